import type { NextFunction } from 'grammy'
import type { BotContext } from '../context.js'
import { hasPersonSender, isGroupChat, isPrivateChat } from '../filters/senders.js'

function displayNameOf(from: { first_name: string; last_name?: string }): string {
  return [from.first_name, from.last_name].filter(Boolean).join(' ')
}

/**
 * Group commands with which a person starts using the bot there: registering the group with a
 * code, choosing a language. Anything else a stranger does in a group needs no record of them.
 */
const IDENTIFYING_GROUP_COMMANDS = /^\/(dangky|lang)(@\w+)?(\s|$)/i

/**
 * Loads the person behind the update and the binding of the group it came from. A person is
 * stored only when they use the bot — in a private chat (which starts with /start), by redeeming a
 * code or choosing a language in a group; a member is found by their account. Everyone else in a
 * group (chatter, a stranger's command) is counted, not stored: the personal-data law asks that
 * the bot keep personal data only of the people it serves.
 */
export async function identify(ctx: BotContext, next: NextFunction): Promise<void> {
  const { services, platform } = ctx.deps
  if (hasPersonSender(ctx) && ctx.from) {
    const externalId = String(ctx.from.id)
    const mayCreate = isPrivateChat(ctx) || IDENTIFYING_GROUP_COMMANDS.test(ctx.message?.text ?? '')
    const person = mayCreate
      ? await services.people.identify({
          platform,
          externalId,
          displayName: displayNameOf(ctx.from),
          username: ctx.from.username ?? null,
          privateChatId: isPrivateChat(ctx) && ctx.chat ? String(ctx.chat.id) : null,
        })
      : await services.people.find(platform, externalId)
    if (person) {
      ctx.person = person
      ctx.actor = {
        personId: person.id,
        platform,
        chatExternalId: ctx.chat ? String(ctx.chat.id) : null,
        updateId: ctx.update.update_id,
      }
    } else {
      services.people.noteStranger()
    }
  }
  if (ctx.chat && isGroupChat(ctx)) {
    ctx.binding = await services.chats.binding(platform, String(ctx.chat.id))
  }
  await next()
}
