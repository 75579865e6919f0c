import { GrammyError } from 'grammy'
import type { BotContext } from '../context.js'

/**
 * Tells a committee's main group(s) something, in the committee's language. A group the bot was
 * removed from is deactivated; a group that became a supergroup is re-keyed and written to again.
 * Returns how many groups were told.
 */
export async function notifyCommitteeGroups(ctx: BotContext, committeeId: number, text: (locale: string) => string): Promise<number> {
  const { services, platform } = ctx.deps
  const committee = await services.committees.findById(committeeId)
  const chats = (await services.chats.listActive(committeeId)).filter((chat) => chat.purpose === 'committee' && chat.platform === platform)
  let told = 0
  for (const chat of chats) {
    let target = chat.externalId
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await ctx.api.sendMessage(target, text(committee?.locale ?? 'vi'))
        told++
        break
      } catch (error) {
        if (!(error instanceof GrammyError)) {
          throw error
        }
        const migratedTo = error.parameters.migrate_to_chat_id
        if (error.error_code === 400 && migratedTo) {
          await services.chats.migrate(platform, target, String(migratedTo), ctx.update.update_id)
          target = String(migratedTo)
          continue
        }
        if (error.error_code === 403) {
          await services.chats.deactivate(platform, target, error.description, ctx.update.update_id)
          break
        }
        ctx.logger.warn({ err: error, chat: target }, 'could not notify a committee group')
        break
      }
    }
  }
  return told
}
