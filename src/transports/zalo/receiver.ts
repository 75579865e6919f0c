import type { Message, Update } from 'grammy/types'
import type { ZaloChatType, ZaloRepository } from '../../db/repositories/zalo-repository.js'
import type { Logger } from '../../logger.js'
import { pickChoice } from '../keyboard-text.js'
import { chatKeyOf, updateKind, type UpdateInbox } from '../update-inbox.js'
import type { ZaloIds } from './ids.js'
import { translateZaloUpdate, zaloUpdatesOf, type UpdateWithoutId } from './inbound.js'
import { ZALO_CALLBACK_PREFIX } from './outbound.js'

export interface ZaloReceiverDeps {
  store: Pick<ZaloRepository, 'journalInbound' | 'chat'>
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

/** Marks a journaled update that stands for content Zalo withholds: it is answered with guidance, not run. */
const UNSUPPORTED = 'zalo_unsupported'

/**
 * Zalo messages into the bot, through the shared update journal (transports/update-inbox.ts) as
 * Telegram's updates go. Zalo consumes a message when it hands it out (no offsets, no update ids:
 * reference §1.3), so each one is written to the journal before anything else — de-duplicated by
 * Zalo's message id and given an update id in the same statement — and handled by the inbox: one
 * chat's messages in order across every instance on the database, leases renewed while handled,
 * taken over when the instance handling them dies (or at the next start).
 */
export function createZaloReceiver(deps: ZaloReceiverDeps) {
  const { store, logger } = deps
  let inbox: Pick<UpdateInbox, 'recorded'> | null = null

  /** Writes one update down; true when new. The inbox attached here starts on it at once (any other finds it in the journal). */
  async function write(messageId: string, zaloChatId: string, chatType: ZaloChatType, update: UpdateWithoutId): Promise<boolean> {
    const chatKey = chatKeyOf({ update_id: 0, ...update })
    const updateId = await store.journalInbound({ messageId, chatId: zaloChatId, chatType, chatKey, update })
    if (updateId === null) {
      return false
    }
    inbox?.recorded(chatKey, updateKind(update))
    return true
  }

  /**
   * A bare number typed under the chat's latest message with choices presses that choice, as a
   * button press would on Telegram (keyboard-text.ts decides which typed texts are presses). Read
   * when the message is handled, after the chat's earlier messages: the latest choices are then known.
   */
  async function asButtonPress(update: Update): Promise<Update> {
    const message = update.message
    const text = message?.text?.trim()
    if (!message?.from || !text || !/^\d{1,3}$/.test(text)) {
      return update
    }
    const zaloChatId = await deps.ids.zaloId(message.chat.id)
    const latest = zaloChatId ? (await store.chat(zaloChatId))?.latestMessage : null
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

  return {
    /** The inbox that handles what is written down from now on (it is built on `handle`, so after the receiver). */
    attach(target: Pick<UpdateInbox, 'recorded'>): void {
      inbox = target
    },

    /**
     * Takes a getUpdates result (or a webhook body) and resolves once every message in it is written
     * down (Zalo may then be answered); rejects only when a message could not be written (the
     * database is down). Handling happens in the inbox.
     */
    async receive(body: unknown): Promise<ReceiveStats> {
      const stats: ReceiveStats = { received: 0, duplicates: 0, echoes: 0, unsupported: 0, invalid: 0 }
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
            const chat = await deps.ids.number(inbound.chatId, inbound.chatType)
            const from = await deps.ids.number(inbound.fromId, 'private')
            const update = {
              message: {
                message_id: inbound.messageId as unknown as number,
                date: Math.floor(deps.now().getTime() / 1000),
                chat: inbound.chatType === 'group' ? { id: chat, type: 'group', title: '' } : { id: chat, type: 'private', first_name: '' },
                from: { id: from, is_bot: false, first_name: '' },
              },
              [UNSUPPORTED]: true,
            } as UpdateWithoutId
            if (await write(inbound.messageId, inbound.chatId, inbound.chatType, update)) {
              stats.unsupported++
            } else {
              stats.duplicates++
            }
            continue
          }
          case 'message': {
            // The bot knows chats and people by their numbers (ids.ts), from here on.
            const message = inbound.update.message as unknown as { chat: { id: number }; from: { id: number } }
            message.chat.id = await deps.ids.number(inbound.chatId, inbound.chatType)
            message.from.id = await deps.ids.number(inbound.fromId, 'private')
            if (await write(inbound.messageId, inbound.chatId, inbound.chatType, inbound.update)) {
              stats.received++
            } else {
              stats.duplicates++
              logger.info({ zalo_message: inbound.messageId }, 'Zalo message delivered again: ignored')
            }
          }
        }
      }
      return stats
    },

    /**
     * Runs one journaled update (the inbox's handler): guidance for withheld content; otherwise the
     * picture kept, a typed number turned into the press of its choice, and the bot run on it.
     */
    async handle(update: Update): Promise<void> {
      if ((update as unknown as Record<string, unknown>)[UNSUPPORTED] === true) {
        const message = update.message
        if (message?.from) {
          try {
            await deps.guide(message.chat.id, message.chat.type === 'private' ? 'private' : 'group', message.from.id)
          } catch (error) {
            logger.warn({ err: error, chat: message.chat.id }, 'guidance for unsupported Zalo content not sent')
          }
        }
        return
      }
      await deps.handle(await asButtonPress(await withKeptPhoto(update)))
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
      await write(`upload:${file.uploadId}`, zaloChat, 'private', update)
    },
  }
}
export type ZaloReceiver = ReturnType<typeof createZaloReceiver>
