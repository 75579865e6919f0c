import type { Message, Update } from 'grammy/types'
import type { ZaloChatType, ZaloRepository } from '../../db/repositories/zalo-repository.js'
import type { Logger } from '../../logger.js'
import { pickChoice } from '../keyboard-text.js'
import type { ZaloIds } from './ids.js'
import { translateZaloUpdate, zaloUpdatesOf, type UpdateWithoutId } from './inbound.js'
import { ZALO_CALLBACK_PREFIX } from './outbound.js'

export interface ZaloReceiverDeps {
  store: Pick<ZaloRepository, 'recordInbound' | 'markHandled' | 'unhandled' | 'chat'>
  ids: Pick<ZaloIds, 'number' | 'zaloId'>
  /** The bot's Zalo id (getMe), to recognise its own messages coming back. */
  botId: string
  /** Names a mention of the bot may carry (see inbound.ts `mentionNames`). */
  botNames: string[]
  /** Runs the bot on one update (grammY's `bot.handleUpdate`). */
  handle: (update: Update) => Promise<void>
  /**
   * Keeps a picture a person sent (Zalo's URL expires): returns the file id to use instead, or null
   * when it could not be fetched (the URL stays).
   */
  keepPhoto?: (url: string) => Promise<string | null>
  /** Answers content Zalo does not pass on (`message.unsupported.received`) with guidance (ids as the bot numbers them). */
  guide: (chatId: number, chatType: ZaloChatType, fromId: number) => Promise<void>
  now: () => Date
  logger: Logger
}

export interface ReceiveStats {
  received: number
  duplicates: number
  echoes: number
  unsupported: number
  invalid: number
}

/**
 * Zalo messages into the bot. Zalo consumes a message when it hands it out (no offsets, no update
 * ids: reference §1.3), so each one is written to the database before anything else — de-duplicated
 * by Zalo's message id, given an update id — and handled after; a message received but not handled
 * when the process stopped is handled at the next start (`replay`).
 */
export function createZaloReceiver(deps: ZaloReceiverDeps) {
  const { store, logger } = deps

  /**
   * A bare number typed under the chat's latest message with choices presses that choice, as a
   * button press would on Telegram (keyboard-text.ts decides which typed texts are presses).
   */
  async function asButtonPress(update: Update, zaloChatId: string): Promise<Update> {
    const message = update.message
    const text = message?.text?.trim()
    if (!message?.from || !text || !/^\d{1,3}$/.test(text)) {
      return update
    }
    const latest = (await store.chat(zaloChatId))?.latestMessage
    if (!latest) {
      return update
    }
    const shown = JSON.parse(latest) as Message
    const choice = pickChoice(shown.reply_markup, text)
    if (!choice?.data) {
      return update
    }
    return {
      update_id: update.update_id,
      callback_query: {
        id: `${ZALO_CALLBACK_PREFIX}${String(message.chat.id)}:${update.update_id}`,
        from: message.from,
        chat_instance: String(message.chat.id),
        message: shown as never,
        data: choice.data,
      },
    }
  }

  /** A picture's Zalo URL replaced by the copy the bot keeps (reference §1.8: download at once). */
  async function withKeptPhoto(update: Update): Promise<Update> {
    const photo = update.message?.photo
    const url = photo?.[0]?.file_id
    if (!photo || !url || !deps.keepPhoto || !/^https?:\/\//i.test(url)) {
      return update
    }
    const kept = await deps.keepPhoto(url).catch((error: unknown) => {
      logger.warn({ err: error }, 'picture from Zalo not kept: its URL stays (it may expire)')
      return null
    })
    return kept
      ? ({ ...update, message: { ...update.message, photo: photo.map((size) => ({ ...size, file_id: kept })) } } as Update)
      : update
  }

  /** Hands one journaled update to the bot, then marks it handled. */
  async function dispatch(update: Update, zaloChatId: string): Promise<void> {
    try {
      await deps.handle(await asButtonPress(await withKeptPhoto(update), zaloChatId))
    } catch (error) {
      // The bot has its own error boundary; this failed outside it and would fail again.
      logger.error({ err: error, update_id: update.update_id }, 'Zalo update handler failed')
    }
    await store.markHandled(update.update_id, deps.now())
  }

  /** Handling happens one update after another in this process, in the order they were written down. */
  let handling: Promise<void> = Promise.resolve()
  const inOrder = (step: () => Promise<void>) => {
    // A failure (the database, marking an update handled) is logged and the queue goes on; the update
    // stays unhandled in the journal and is handled again at the next start.
    handling = handling.then(step).catch((error: unknown) => logger.error({ err: error }, 'Zalo update not handled'))
    return handling
  }
  const handleInOrder = (update: Update, zaloChatId: string) => inOrder(() => dispatch(update, zaloChatId))

  /** Writes down every message of a body (the part that must succeed before Zalo is answered) and queues its handling. */
  async function journal(body: unknown): Promise<{ stats: ReceiveStats; handled: Promise<void> }> {
    const stats: ReceiveStats = { received: 0, duplicates: 0, echoes: 0, unsupported: 0, invalid: 0 }
    let handled = handling
    for (const zalo of zaloUpdatesOf(body)) {
      const inbound = translateZaloUpdate(zalo, { botId: deps.botId, botNames: deps.botNames })
      switch (inbound.kind) {
        case 'invalid':
          stats.invalid++
          logger.warn({ reason: inbound.reason, event: zalo.event_name }, 'Zalo update ignored')
          continue
        case 'echo':
          stats.echoes++
          continue
        case 'unsupported': {
          const updateId = await store.recordInbound({ ...inbound, payload: null })
          if (updateId === null) {
            stats.duplicates++
            continue
          }
          stats.unsupported++
          const chat = await deps.ids.number(inbound.chatId, inbound.chatType)
          const from = await deps.ids.number(inbound.fromId, 'private')
          handled = inOrder(async () => {
            try {
              await deps.guide(chat, inbound.chatType, from)
            } catch (error) {
              logger.warn({ err: error, chat }, 'guidance for unsupported Zalo content not sent')
            }
            await store.markHandled(updateId, deps.now())
          })
          continue
        }
        case 'message': {
          // The bot knows chats and people by their numbers (ids.ts), from here on.
          const message = inbound.update.message as unknown as { chat: { id: number }; from: { id: number } }
          message.chat.id = await deps.ids.number(inbound.chatId, inbound.chatType)
          message.from.id = await deps.ids.number(inbound.fromId, 'private')
          const updateId = await store.recordInbound({ ...inbound, payload: JSON.stringify(inbound.update) })
          if (updateId === null) {
            stats.duplicates++
            logger.info({ zalo_message: inbound.messageId }, 'Zalo message delivered again: ignored')
            continue
          }
          stats.received++
          handled = handleInOrder({ update_id: updateId, ...inbound.update }, inbound.chatId)
        }
      }
    }
    return { stats, handled }
  }

  return {
    journal,
    /** Resolves once everything written down so far has been handled (a webhook answers before that). */
    settled: (): Promise<void> => handling,
    /**
     * Takes a getUpdates result (or a webhook body) and resolves once every message in it is written
     * down and handled; rejects only when a message could not be written (the database is down).
     */
    async receive(body: unknown): Promise<ReceiveStats> {
      const { stats, handled } = await journal(body)
      await handled
      return stats
    },

    /**
     * A file taken by a one-time upload link (Zalo has no files in the chat): it reaches the bot as the
     * person sending that document in their private chat, so the dialogue step waiting for it goes on.
     */
    async receiveUpload(file: {
      uploadId: number
      fileId: string
      fileName: string
      contentType: string
      size: number
      chatId: string
      personName: string
    }): Promise<void> {
      const chat = Number(file.chatId)
      const zaloChat = await deps.ids.zaloId(chat)
      if (!zaloChat) {
        logger.error({ chat: file.chatId }, 'upload for a Zalo chat the bot does not know')
        return
      }
      const person = { id: chat, is_bot: false, first_name: file.personName }
      const update: UpdateWithoutId = {
        message: {
          message_id: `upload-${file.uploadId}` as unknown as number,
          date: Math.floor(deps.now().getTime() / 1000),
          chat: { id: chat, type: 'private', first_name: file.personName },
          from: person,
          document: {
            file_id: file.fileId,
            file_unique_id: file.fileId,
            file_name: file.fileName,
            mime_type: file.contentType,
            file_size: file.size,
          },
        },
      }
      const messageId = `upload:${file.uploadId}`
      const updateId = await store.recordInbound({ messageId, chatId: zaloChat, chatType: 'private', payload: JSON.stringify(update) })
      if (updateId !== null) {
        await handleInOrder({ update_id: updateId, ...update }, zaloChat)
      }
    },

    /** Handles what was received but not handled before the process stopped; returns how many. */
    async replay(): Promise<number> {
      let count = 0
      for (;;) {
        const rows = await store.unhandled(50)
        if (rows.length === 0) {
          return count
        }
        for (const row of rows) {
          const update = { update_id: row.updateId, ...(JSON.parse(row.payload) as UpdateWithoutId) }
          logger.warn({ update_id: row.updateId }, 'handling a Zalo message received before the last stop')
          await handleInOrder(update, row.chatId)
          count++
        }
      }
    },
  }
}
export type ZaloReceiver = ReturnType<typeof createZaloReceiver>
