import type { ZaloChatType, ZaloRepository } from '../../db/repositories/zalo-repository.js'

/**
 * Zalo ids (20-character hex strings) and the numbers the bot knows them by. grammY and its plugins
 * take ids for Telegram's numbers (conversations' `andFrom` compares numbers, for one), so the Zalo
 * transport gives every Zalo id a number once, for good (`zalo_ids`), and translates both ways at
 * its edges: the bot, the database and the outbox only ever see the numbers. A mapping never
 * changes, so each process caches what it has looked up.
 */
export function createZaloIds(store: Pick<ZaloRepository, 'numberOf' | 'zaloIdOf'>) {
  const numbers = new Map<string, number>()
  const zaloIds = new Map<number, string>()
  const remember = (zaloId: string, number: number) => {
    numbers.set(zaloId, number)
    zaloIds.set(number, zaloId)
    return number
  }
  return {
    /** The number of a Zalo id: a person (and their private chat) positive, a group negative. */
    async number(zaloId: string, kind: ZaloChatType): Promise<number> {
      return numbers.get(zaloId) ?? remember(zaloId, await store.numberOf(zaloId, kind))
    },
    /**
     * The Zalo id behind a chat id the bot used: one of our numbers (or its digits as a string), or a
     * Zalo id as such. Null for a number never given.
     */
    async zaloId(chatId: unknown): Promise<string | null> {
      const text = String(chatId).trim()
      const number = Number(text)
      if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(number)) {
        return text || null
      }
      const cached = zaloIds.get(number)
      if (cached) {
        return cached
      }
      const found = await store.zaloIdOf(number)
      if (found) {
        remember(found, number)
      }
      return found
    },
  }
}
export type ZaloIds = ReturnType<typeof createZaloIds>
