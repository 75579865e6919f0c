import { GrammyError, type InlineKeyboard } from 'grammy'
import type { BotContext } from '../context.js'

export interface Recipient {
  personId: number
  name: string
  accounts: { platform: string; privateChatId: string | null; blockedAt: Date | null; id: number }[]
  locale: string | null
}

/**
 * Writes to each person in private, in their language, where the bot can (they have started it
 * and not blocked it). Returns the names of those it could not reach, so nobody is silently missed.
 */
export async function notifyPeople(
  ctx: BotContext,
  people: Recipient[],
  text: (locale: string) => string,
  keyboard?: InlineKeyboard,
): Promise<{ reached: string[]; unreachable: string[] }> {
  const reached: string[] = []
  const unreachable: string[] = []
  const seen = new Set<number>()
  for (const person of people) {
    if (seen.has(person.personId)) {
      continue
    }
    seen.add(person.personId)
    const account = person.accounts.find((a) => a.platform === ctx.deps.platform && a.privateChatId && !a.blockedAt)
    if (!account?.privateChatId) {
      unreachable.push(person.name)
      continue
    }
    try {
      await ctx.api.sendMessage(account.privateChatId, text(person.locale ?? 'vi'), keyboard ? { reply_markup: keyboard } : {})
      reached.push(person.name)
    } catch (error) {
      if (error instanceof GrammyError && error.error_code === 403) {
        unreachable.push(person.name)
        continue
      }
      throw error
    }
  }
  return { reached, unreachable }
}

/** Sends to groups bound to bodies (purpose "body"), returns how many were told. */
export async function notifyBodyGroups(
  ctx: BotContext,
  committeeId: number,
  bodyIds: number[],
  text: (locale: string) => string,
): Promise<number[]> {
  const locale = (await ctx.deps.services.committees.findById(committeeId))?.locale ?? 'vi'
  const chats = (await ctx.deps.services.chats.listActive(committeeId)).filter(
    (c) => c.purpose === 'body' && c.bodyId !== null && bodyIds.includes(c.bodyId) && c.platform === ctx.deps.platform,
  )
  const told: number[] = []
  for (const chat of chats) {
    try {
      await ctx.api.sendMessage(chat.externalId, text(locale))
      told.push(chat.bodyId ?? 0)
    } catch (error) {
      if (error instanceof GrammyError && error.error_code === 403) {
        await ctx.deps.services.chats.deactivate(ctx.deps.platform, chat.externalId, error.description, ctx.update.update_id)
        continue
      }
      throw error
    }
  }
  return told
}
