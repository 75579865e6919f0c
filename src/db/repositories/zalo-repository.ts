import type { DbClient } from './client-types.js'

export type ZaloChatType = 'private' | 'group'

export interface ZaloMediaFile {
  fileName: string
  contentType: string
  bytes: Uint8Array
}

/**
 * What the Zalo transport keeps in the database: the message ids received (de-duplication, update
 * ids; the updates themselves wait in the shared journal), the chats it knows, and the media it
 * serves to Zalo by URL.
 */
export function createZaloRepository(db: DbClient) {
  return {
    /** The number a Zalo id is known by, given on first sight: positive for a person, negative for a group. */
    async numberOf(zaloId: string, kind: ZaloChatType): Promise<number> {
      await db.$executeRaw`
        INSERT INTO "zalo_ids" ("zalo_id", "number")
        VALUES (${zaloId}, ${kind === 'group' ? -1 : 1} * nextval('zalo_ids_number_seq'))
        ON CONFLICT ("zalo_id") DO NOTHING`
      const row = await db.zaloId.findUniqueOrThrow({ where: { zaloId } })
      return Number(row.number)
    },
    /** The Zalo id behind a number; null when the number was never given. */
    async zaloIdOf(number: number): Promise<string | null> {
      return (await db.zaloId.findUnique({ where: { number: BigInt(number) } }))?.zaloId ?? null
    },
    /**
     * Writes a received message once, in one statement: Zalo's message id de-duplicates it and gives
     * it the next update id, and the update (Telegram-shaped, without its id) goes into the shared
     * journal (`processed_updates`, platform zalo) under that id and `chatKey`, for whichever
     * instance claims the chat (transports/update-inbox.ts). Returns the update id, or null when
     * the message id was seen before (a re-delivery, or the bot's own message coming back). The
     * chat's kind is remembered on the way.
     */
    async journalInbound(input: {
      messageId: string
      chatId: string
      chatType: ZaloChatType
      chatKey: string
      update: object
    }): Promise<number | null> {
      // The payload is JSON text (see processed_updates); the id goes in front of the update's own
      // fields, which JSON.stringify of a non-empty object always opens with '{'.
      const rest = JSON.stringify(input.update)
      if (!rest.startsWith('{"')) {
        throw new Error('a journaled update must be a non-empty object')
      }
      const rows = await db.$queryRaw<{ updateId: bigint }[]>`
        WITH "seen" AS (
          INSERT INTO "zalo_inbound" ("message_id", "chat_id") VALUES (${input.messageId}, ${input.chatId})
          ON CONFLICT ("message_id") DO NOTHING
          RETURNING "update_id"
        )
        INSERT INTO "processed_updates" ("platform", "update_id", "state", "lease_until", "chat_key", "payload")
        SELECT 'zalo'::"Platform", "update_id", 'received', now(), ${input.chatKey}::text,
               '{"update_id":' || "update_id" || ',' || substr(${rest}::text, 2)
        FROM "seen"
        RETURNING "update_id" AS "updateId"`
      await db.$executeRaw`
        INSERT INTO "zalo_chats" ("chat_id", "chat_type") VALUES (${input.chatId}, ${input.chatType})
        ON CONFLICT ("chat_id") DO UPDATE SET "chat_type" = EXCLUDED."chat_type", "updated_at" = now()
        WHERE "zalo_chats"."chat_type" <> EXCLUDED."chat_type"`
      const row = rows[0]
      return row ? Number(row.updateId) : null
    },
    /**
     * Messages the bot sent: Zalo delivers them back to the bot (self-echo); with their ids written
     * here, an echo is a re-delivery however its sender is described.
     */
    async rememberSent(messageIds: string[], chatId: string): Promise<void> {
      await db.zaloInbound.createMany({ data: messageIds.map((messageId) => ({ messageId, chatId })), skipDuplicates: true })
    },

    async chat(chatId: string): Promise<{ chatType: ZaloChatType; latestMessage: string | null } | null> {
      const row = await db.zaloChat.findUnique({ where: { chatId } })
      return row ? { chatType: row.chatType === 'group' ? 'group' : 'private', latestMessage: row.latestMessage } : null
    },
    /** The latest message the bot sent in a chat (JSON), which a typed number answers. */
    async saveLatest(chatId: string, chatType: ZaloChatType, message: string): Promise<void> {
      await db.zaloChat.upsert({
        where: { chatId },
        create: { chatId, chatType, latestMessage: message },
        update: { latestMessage: message },
      })
    },

    async putMedia(token: string, file: ZaloMediaFile, expiresAt: Date): Promise<void> {
      await db.zaloMedia.create({
        data: { token, fileName: file.fileName, contentType: file.contentType, bytes: new Uint8Array(file.bytes), expiresAt },
      })
    },
    async media(token: string, now: Date): Promise<ZaloMediaFile | null> {
      const row = await db.zaloMedia.findUnique({ where: { token } })
      return row && row.expiresAt > now ? { fileName: row.fileName, contentType: row.contentType, bytes: row.bytes } : null
    },
  }
}
export type ZaloRepository = ReturnType<typeof createZaloRepository>
