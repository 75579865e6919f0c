import type { Context } from 'grammy'

/** Telegram's stand-ins: anonymous group admins, channel auto-forwards, channel bot. */
const SERVICE_SENDER_IDS = new Set([1087968824, 777000, 136817688])

/**
 * True when the update's sender is a real, identifiable person. Anonymous admins post as the
 * group (`sender_chat`) under a shared bot id; channel posts have no person at all. Neither may
 * ever gain a privilege (reliability.md §6.3).
 */
export function hasPersonSender(ctx: Context): boolean {
  const from = ctx.from
  if (!from || from.is_bot || SERVICE_SENDER_IDS.has(from.id)) {
    return false
  }
  return !ctx.msg?.sender_chat
}

export function isPrivateChat(ctx: Context): boolean {
  return ctx.chat?.type === 'private'
}

export function isGroupChat(ctx: Context): boolean {
  return ctx.chat?.type === 'group' || ctx.chat?.type === 'supergroup'
}
