import type { Context } from 'grammy'
import type { InlineKeyboard } from 'grammy'

/** Telegram's limit; Zalo's is lower and its transport splits further. */
export const MESSAGE_LIMIT = 4096

/** Splits text on line boundaries into pieces that fit one message each. */
export function splitMessage(text: string, limit = MESSAGE_LIMIT): string[] {
  if (text.length <= limit) {
    return [text]
  }
  const parts: string[] = []
  let current = ''
  for (const line of text.split('\n')) {
    const pieces = line.length > limit ? (line.match(new RegExp(`[\\s\\S]{1,${limit}}`, 'g')) ?? []) : [line]
    for (const piece of pieces) {
      if (current && current.length + 1 + piece.length > limit) {
        parts.push(current)
        current = piece
      } else {
        current = current ? `${current}\n${piece}` : piece
      }
    }
  }
  if (current) {
    parts.push(current)
  }
  return parts
}

/** Replies with a text of any length; the keyboard goes under the last part. */
export async function replyLong(ctx: Context, text: string, keyboard?: InlineKeyboard): Promise<void> {
  const parts = splitMessage(text)
  for (const [index, part] of parts.entries()) {
    const last = index === parts.length - 1
    await ctx.reply(part, last && keyboard ? { reply_markup: keyboard } : {})
  }
}
