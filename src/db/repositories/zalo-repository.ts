import type { DbClient } from './client-types.js'

export type ZaloChatType = 'private' | 'group'

/** A Zalo message written down before it is handled. */
export interface ZaloInboundRow {
  updateId: number
  messageId: string
  chatId: string
  /** The Telegram-shaped update without its id (JSON). */
  payload: string
}

export interface ZaloMediaFile {
  fileName: string
  contentType: string
  bytes: Uint8Array
}

/**
 * What the Zalo transport keeps in the database: the messages received (de-duplication, update ids,
 * the journal until handled), the chats it knows, and the media it serves to Zalo by URL.
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
     * Writes a received message once. Returns its new update id, or null when Zalo's message id was
     * already received (a re-delivery). The chat's kind is remembered on the way.
     */
    async recordInbound(input: {
      messageId: string
      chatId: string
      chatType: ZaloChatType
      payload: string | null
    }): Promise<number | null> {
      const rows = await db.$queryRaw<{ updateId: bigint }[]>`
        INSERT INTO "zalo_inbound" ("message_id", "chat_id", "payload")
        VALUES (${input.messageId}, ${input.chatId}, ${input.payload})
        ON CONFLICT ("message_id") DO NOTHING
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
     * here as handled, an echo is a re-delivery however its sender is described.
     */
    async rememberSent(messageIds: string[], chatId: string, at: Date): Promise<void> {
      await db.zaloInbound.createMany({
        data: messageIds.map((messageId) => ({ messageId, chatId, payload: null, handledAt: at })),
        skipDuplicates: true,
      })
    },
    /** The update was handled: its payload is no longer needed (the message id stays, for de-duplication). */
    async markHandled(updateId: number, at: Date): Promise<void> {
      await db.zaloInbound.updateMany({ where: { updateId: BigInt(updateId) }, data: { handledAt: at, payload: null } })
    },
    /** Messages received but not handled (the process stopped in between), oldest first. */
    async unhandled(limit: number): Promise<ZaloInboundRow[]> {
      const rows = await db.zaloInbound.findMany({
        where: { handledAt: null, payload: { not: null } },
        orderBy: { updateId: 'asc' },
        take: limit,
      })
      return rows.map((row) => ({
        updateId: Number(row.updateId),
        messageId: row.messageId,
        chatId: row.chatId,
        payload: row.payload ?? '{}',
      }))
    },
    async purgeInboundBefore(cutoff: Date): Promise<number> {
      return (await db.zaloInbound.deleteMany({ where: { createdAt: { lt: cutoff }, handledAt: { not: null } } })).count
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
    async purgeMedia(now: Date): Promise<number> {
      return (await db.zaloMedia.deleteMany({ where: { expiresAt: { lt: now } } })).count
    },
  }
}
export type ZaloRepository = ReturnType<typeof createZaloRepository>
