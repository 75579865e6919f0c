import type { Message, UserFromGetMe } from 'grammy/types'
import type { ZaloChatType } from '../../db/repositories/zalo-repository.js'
import type { Logger } from '../../logger.js'
import { numberChoices, renderChoices } from '../keyboard-text.js'
import { readPayload } from '../local-bot-api.js'
import type { ZaloIds } from './ids.js'
import { chunkText, toPlainText } from './text.js'
import type { ZaloMe, ZaloSent } from './types.js'

/**
 * The outbound half of the Zalo translation (reference §7.4): every Bot API call the shared bot
 * makes becomes what Zalo's small API can do, so features, dialogues and jobs run unchanged. Zalo has
 * sendMessage (plain text, 1–2000 characters), sendPhoto (a public URL), sendChatAction and little
 * else: no edits, deletions, keyboards, callbacks, documents, command menus or member look-ups. Each
 * call is translated, emulated, dropped or refused here — none reaches Zalo under its Telegram name.
 *
 * It works as grammY's `client.fetch`, not as an API transformer: the conversations plugin builds a
 * fresh `Api` for every dialogue step from the client options alone, so transformers installed on
 * `bot.api` never see what dialogues send; the client's fetch is carried everywhere.
 */

/** Where pictures and files get the public URL Zalo fetches them from (null when no public address is set). */
export interface MediaPublisher {
  publish(file: { bytes: Uint8Array; fileName: string; contentType: string }): Promise<string | null>
  /** A picture a person sent, as the bot keeps it (receiver.ts `keepPhoto`). */
  kept?(fileId: string): Promise<{ bytes: Uint8Array; fileName: string; contentType: string } | null>
}

export interface ZaloOutboundDeps {
  botInfo: UserFromGetMe
  /**
   * The kind of each chat, the latest message the bot sent there (typed numbers answer its choices),
   * and the ids of what it sent (Zalo echoes them back).
   */
  store: {
    chat(chatId: string): Promise<{ chatType: ZaloChatType; latestMessage: string | null } | null>
    saveLatest(chatId: string, chatType: ZaloChatType, message: string): Promise<void>
    rememberSent(messageIds: string[], chatId: string): Promise<void>
  }
  now: () => Date
  ids: Pick<ZaloIds, 'zaloId'>
  media: MediaPublisher
  /** The line under numbered choices telling how to answer, in the chat's language (the chat as the bot numbers it). */
  choicesHint: (chatId: number, chatType: ZaloChatType) => Promise<string>
  logger: Logger
}

type ApiResponse = { ok: true; result: unknown } | { ok: false; error_code: number; description: string }
type Prev = (method: string, payload: Record<string, unknown>, signal?: AbortSignal) => Promise<ApiResponse>
type Payload = Record<string, unknown>
interface Chat {
  /** As the bot knows it. */
  number: number
  zaloId: string
  type: ZaloChatType
}

/** Methods with nothing to do on Zalo: answered "done" without a call. */
const NO_OPS = new Set([
  'deleteMessage',
  'deleteMessages',
  'answerCallbackQuery',
  'setMyCommands',
  'deleteMyCommands',
  'setMyDescription',
  'setMyShortDescription',
  'setMyName',
  'setChatMenuButton',
  'pinChatMessage',
  'unpinChatMessage',
  'unpinAllChatMessages',
  'setMessageReaction',
  'leaveChat',
  'close',
  'logOut',
])

const MEDIA_METHODS: Record<string, string> = {
  sendDocument: 'document',
  sendAudio: 'audio',
  sendVideo: 'video',
  sendAnimation: 'animation',
  sendVoice: 'voice',
  sendVideoNote: 'video_note',
}

const CONTENT_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  txt: 'text/plain; charset=utf-8',
}

function contentTypeOf(fileName: string): string {
  return CONTENT_TYPES[fileName.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream'
}

/** The prefix of callback query ids the Zalo receiver makes up; the chat follows it (see receiver.ts). */
export const ZALO_CALLBACK_PREFIX = 'zalo:'

/** The chat (as the bot numbers it) a made-up callback query id belongs to. */
export function chatOfCallbackId(id: unknown): string | null {
  if (typeof id !== 'string' || !id.startsWith(ZALO_CALLBACK_PREFIX)) {
    return null
  }
  const rest = id.slice(ZALO_CALLBACK_PREFIX.length)
  const end = rest.lastIndexOf(':')
  return end > 0 ? rest.slice(0, end) : null
}

/**
 * A text parameter as sent. A multipart body (a call with a file) has its fields read back as JSON
 * where they parse, so a caption "2026" arrives as a number: it is turned back into its text.
 */
function str(value: unknown): string {
  if (typeof value === 'string') {
    return value
  }
  if (value === undefined) {
    return ''
  }
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : (JSON.stringify(value) ?? '')
}

const refuse = (description: string, code = 400): ApiResponse => ({ ok: false, error_code: code, description })

/** A file grammY uploaded (multipart, read by `readPayload`). */
function uploadedFile(value: unknown): { name: string; bytes: Uint8Array } | null {
  if (typeof value !== 'object' || value === null) {
    return null
  }
  const { name, bytes } = value as { name?: unknown; bytes?: unknown }
  return typeof name === 'string' && bytes instanceof Uint8Array ? { name, bytes } : null
}

/** Zalo's `getMe` as grammY's `botInfo` (§7.2: Zalo has no username, first_name or is_bot). */
export function zaloBotInfo(me: ZaloMe, displayName: string | undefined, number: number): UserFromGetMe {
  const name = displayName ?? me.display_name ?? me.name ?? me.account_name ?? 'Bot'
  return {
    // Zalo's bot id (a numeric string beyond 2^53) as the bot numbers it (ids.ts).
    id: number,
    is_bot: true,
    first_name: name,
    username: me.account_name ?? `zalo_${me.id}`,
    can_join_groups: me.can_join_groups ?? false,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  }
}

/**
 * A message as Zalo shows it: plain text, its buttons as numbered choices with how to answer
 * (`hint`), cut into messages of 2,000 characters. The console's `:zalo` shows the same.
 */
export function zaloTexts(text: string, markup: unknown, hint: string): string[] {
  const choices = renderChoices(markup)
  return chunkText(choices ? `${text}\n\n${choices}${hint ? `\n${hint}` : ''}` : text)
}

/** What grammY's client gets back for one call. */
export type ZaloTranslator = (prev: Prev, method: string, payload: Payload, signal?: AbortSignal) => Promise<ApiResponse>

/**
 * grammY's `client.fetch` for the Zalo bot: reads each Bot API request (JSON, or multipart with a
 * file), translates it, calls Zalo with `realFetch` (JSON, the token kept in the URL as Zalo wants),
 * and answers in the Bot API's envelope. Requests that are not API calls (file downloads) pass through.
 */
export function createZaloFetch(deps: ZaloOutboundDeps & { apiRoot: string; realFetch?: typeof fetch }): typeof fetch {
  const realFetch = deps.realFetch ?? fetch
  const translate = createZaloTranslator(deps)
  return async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    // A kept picture is downloaded as a Bot API file (createBot's downloadFile): served from the database.
    const keptFile = href.startsWith(`${deps.apiRoot}/file/bot`) ? /\/file\/bot[^/]+\/(zalo-kept:[A-Za-z0-9_-]+)$/.exec(href) : null
    if (keptFile) {
      const file = await deps.media.kept?.(keptFile[1] ?? '')
      return file
        ? new Response(Buffer.from(file.bytes), { headers: { 'content-type': file.contentType } })
        : new Response('not found', { status: 404 })
    }
    const call = href.startsWith(`${deps.apiRoot}/bot`) ? /\/bot([^/]+)\/([A-Za-z]+)$/.exec(href.slice(deps.apiRoot.length)) : null
    if (!call) {
      return realFetch(input, init)
    }
    const base = `${deps.apiRoot}/bot${call[1] ?? ''}/`
    const prev: Prev = async (method, payload, signal) => {
      const response = await realFetch(`${base}${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payload),
        ...(signal ? { signal } : {}),
      })
      return (await response.json()) as ApiResponse
    }
    const result = await translate(prev, call[2] ?? '', await readPayload(init), init?.signal ?? undefined)
    return new Response(JSON.stringify(result), { headers: { 'content-type': 'application/json' } })
  }
}

/** The translation of one call; `prev` makes a call to Zalo itself. */
export function createZaloTranslator(deps: ZaloOutboundDeps): ZaloTranslator {
  const { logger } = deps

  async function remember(messageIds: string[], chat: Chat): Promise<void> {
    if (messageIds.length > 0) {
      await deps.store.rememberSent(messageIds, chat.zaloId)
    }
  }

  /** A chat as the bot names it (our number) and as Zalo does; null for a number never given. */
  async function resolve(chatId: unknown): Promise<Chat | null> {
    const zaloId = await deps.ids.zaloId(chatId)
    if (!zaloId) {
      return null
    }
    const number = Number(chatId)
    return {
      number: Number.isSafeInteger(number) ? number : (chatId as number),
      zaloId,
      type: (await deps.store.chat(zaloId))?.chatType ?? 'private',
    }
  }

  function synthetic(chat: Chat, sent: ZaloSent, content: Partial<Message>): Message {
    return {
      // Zalo's message ids are hex strings; nothing in the bot does arithmetic on them.
      message_id: sent.message_id as unknown as number,
      date: Math.floor(Number(sent.date) / 1000),
      chat: chat.type === 'group' ? { id: chat.number, type: 'group', title: '' } : { id: chat.number, type: 'private', first_name: '' },
      from: deps.botInfo,
      ...content,
    }
  }

  /** Sends a text in as many messages as it takes; returns the last one, which carries the keyboard. */
  async function sendText(prev: Prev, chatId: unknown, text: string, markup: unknown, signal?: AbortSignal): Promise<ApiResponse> {
    const chat = await resolve(chatId)
    if (!chat) {
      return refuse('Bad Request: chat not found')
    }
    const parts = zaloTexts(text, markup, numberChoices(markup).length > 0 ? await deps.choicesHint(chat.number, chat.type) : '')
    if (parts.length === 0) {
      return refuse('Bad Request: message text is empty')
    }
    let last: ApiResponse = refuse('Bad Request: nothing sent')
    const sentIds: string[] = []
    for (const part of parts) {
      last = await prev('sendMessage', { chat_id: chat.zaloId, text: part }, signal)
      if (!last.ok) {
        await remember(sentIds, chat)
        return last
      }
      sentIds.push(String((last.result as ZaloSent).message_id))
    }
    await remember(sentIds, chat)
    const keyboard = numberChoices(markup).length > 0 ? { reply_markup: markup as never } : {}
    const message = synthetic(chat, (last as { result: ZaloSent }).result, { text: parts.at(-1) ?? '', ...keyboard })
    await deps.store.saveLatest(chat.zaloId, chat.type, JSON.stringify(message))
    return { ok: true, result: message }
  }

  /** A picture: Zalo fetches it from a public URL; a caption longer than a message goes before it as text. */
  async function sendPhoto(prev: Prev, payload: Payload, signal?: AbortSignal): Promise<ApiResponse> {
    const chat = await resolve(payload.chat_id)
    if (!chat) {
      return refuse('Bad Request: chat not found')
    }
    const caption = toPlainText(str(payload.caption), payload.parse_mode)
    const url = await publicUrl(payload.photo, 'anh.png')
    if (!url) {
      logger.warn({ chat: chat.number }, 'picture not sent to Zalo: it has no public URL (PUBLIC_URL unset or a Telegram file id)')
      return caption ? sendText(prev, chat.number, caption, payload.reply_markup, signal) : { ok: true, result: true }
    }
    const choices = numberChoices(payload.reply_markup).length > 0
    const parts = zaloTexts(caption, payload.reply_markup, choices ? await deps.choicesHint(chat.number, chat.type) : '')
    const sentIds: string[] = []
    for (const part of parts.slice(0, -1)) {
      const sent = await prev('sendMessage', { chat_id: chat.zaloId, text: part }, signal)
      if (!sent.ok) {
        await remember(sentIds, chat)
        return sent
      }
      sentIds.push(String((sent.result as ZaloSent).message_id))
    }
    const lastPart = parts.at(-1)
    const sent = await prev('sendPhoto', { chat_id: chat.zaloId, photo: url, ...(lastPart ? { caption: lastPart } : {}) }, signal)
    if (sent.ok) {
      sentIds.push(String((sent.result as ZaloSent).message_id))
    }
    await remember(sentIds, chat)
    if (!sent.ok) {
      return sent
    }
    const message = synthetic(chat, sent.result as ZaloSent, {
      photo: [{ file_id: url, file_unique_id: String((sent.result as ZaloSent).message_id), width: 0, height: 0 }],
      ...(lastPart ? { caption: lastPart } : {}),
      ...(choices ? { reply_markup: payload.reply_markup as never } : {}),
    })
    await deps.store.saveLatest(chat.zaloId, chat.type, JSON.stringify(message))
    return { ok: true, result: message }
  }

  /** An uploaded file is published through our HTTP server; a URL stays; a Telegram file id means nothing on Zalo. */
  async function publicUrl(file: unknown, fallbackName: string): Promise<string | null> {
    const uploaded = uploadedFile(file)
    if (uploaded) {
      const fileName = uploaded.name || fallbackName
      return deps.media.publish({ bytes: uploaded.bytes, fileName, contentType: contentTypeOf(fileName) })
    }
    if (typeof file === 'string' && /^https?:\/\//i.test(file)) {
      return file
    }
    return null
  }

  /** Documents, audio, video: Zalo has no such messages, so the file becomes a link in a text. */
  async function sendFileAsLink(prev: Prev, payload: Payload, field: string, signal?: AbortSignal): Promise<ApiResponse> {
    const file = payload[field]
    const fileName = uploadedFile(file)?.name ?? (typeof file === 'string' ? (file.split('/').pop() ?? field) : field)
    const url = await publicUrl(file, fileName)
    const caption = toPlainText(str(payload.caption), payload.parse_mode)
    if (!url) {
      logger.warn({ chat: payload.chat_id, field }, 'file not sent to Zalo: it has no public URL')
    }
    const text = [caption, url ? `${fileName}: ${url}` : ''].filter(Boolean).join('\n\n')
    return text ? sendText(prev, payload.chat_id, text, payload.reply_markup, signal) : { ok: true, result: true }
  }

  /** Edits cannot be made on Zalo: the new text (or keyboard) arrives as a new message. */
  async function edit(prev: Prev, method: string, payload: Payload, signal?: AbortSignal): Promise<ApiResponse> {
    if (payload.chat_id === undefined) {
      // An inline message (from inline mode, which Zalo does not have).
      return { ok: true, result: true }
    }
    const chatId = payload.chat_id
    if (method === 'editMessageText') {
      return sendText(prev, chatId, toPlainText(str(payload.text), payload.parse_mode), payload.reply_markup, signal)
    }
    if (method === 'editMessageCaption') {
      return sendText(prev, chatId, toPlainText(str(payload.caption), payload.parse_mode), payload.reply_markup, signal)
    }
    // editMessageReplyMarkup: only a new set of choices is worth a message; removing buttons is nothing to show.
    if (numberChoices(payload.reply_markup).length === 0) {
      return { ok: true, result: true }
    }
    const zaloId = await deps.ids.zaloId(chatId)
    const latest = zaloId ? (await deps.store.chat(zaloId))?.latestMessage : null
    const previous = latest ? (JSON.parse(latest) as Message) : null
    const text = previous && String(previous.message_id) === String(payload.message_id) ? (previous.text ?? '') : ''
    return sendText(prev, chatId, text, payload.reply_markup, signal)
  }

  return async (prev, method, payload, signal) => {
    if (NO_OPS.has(method)) {
      if (method === 'answerCallbackQuery' && typeof payload.text === 'string' && payload.text) {
        // A button's answer (a toast on Telegram) is a message on Zalo, in the chat the number was typed in.
        const chatId = chatOfCallbackId(payload.callback_query_id)
        if (chatId) {
          const sent = await sendText(prev, chatId, payload.text, undefined, signal)
          if (!sent.ok) {
            logger.warn({ chat: chatId, error: sent.description }, 'answer to a typed choice not sent')
          }
        }
      }
      return { ok: true, result: true }
    }
    const media = MEDIA_METHODS[method]
    if (media) {
      return sendFileAsLink(prev, payload, media, signal)
    }
    switch (method) {
      case 'getMe': {
        const me = await prev('getMe', {}, signal)
        return me.ok ? { ok: true, result: zaloBotInfo(me.result as ZaloMe, deps.botInfo.first_name, deps.botInfo.id) } : me
      }
      case 'sendMessage':
        return sendText(prev, payload.chat_id, toPlainText(str(payload.text), payload.parse_mode), payload.reply_markup, signal)
      case 'sendPhoto':
        return sendPhoto(prev, payload, signal)
      case 'sendMediaGroup': {
        const results: unknown[] = []
        for (const item of (payload.media as { type: string; media: unknown; caption?: string }[] | undefined) ?? []) {
          const one =
            item.type === 'photo'
              ? await sendPhoto(prev, { chat_id: payload.chat_id, photo: item.media, caption: item.caption }, signal)
              : await sendFileAsLink(prev, { chat_id: payload.chat_id, document: item.media, caption: item.caption }, 'document', signal)
          if (!one.ok) {
            return one
          }
          results.push(one.result)
        }
        return { ok: true, result: results }
      }
      case 'editMessageText':
      case 'editMessageCaption':
      case 'editMessageReplyMarkup':
        return edit(prev, method, payload, signal)
      case 'sendChatAction': {
        // Zalo knows "typing" only; a failed indicator is not worth an error.
        const zaloId = await deps.ids.zaloId(payload.chat_id)
        const sent = zaloId ? await prev('sendChatAction', { chat_id: zaloId, action: 'typing' }, signal) : null
        if (!sent) {
          return refuse('Bad Request: chat not found')
        }
        if (!sent.ok) {
          logger.debug({ error: sent.description }, 'typing indicator refused')
        }
        return { ok: true, result: true }
      }
      case 'getChatMember': {
        // Zalo cannot say who administers a group (§3): everyone is a plain member here, and
        // whatever needs an administrator takes another path on Zalo (the transport's capabilities).
        const userId = payload.user_id as number
        const user = String(userId) === String(deps.botInfo.id) ? deps.botInfo : { id: userId, is_bot: false, first_name: '' }
        return { ok: true, result: { status: 'member', user } }
      }
      case 'getChatAdministrators':
        return { ok: true, result: [] }
      case 'getChat': {
        const chat = await resolve(payload.chat_id)
        if (!chat) {
          return refuse('Bad Request: chat not found')
        }
        return {
          ok: true,
          result: chat.type === 'group' ? { id: chat.number, type: 'group', title: '' } : { id: chat.number, type: 'private' },
        }
      }
      case 'getFile': {
        // Zalo's pictures come as URLs (the update's file_id is that URL): the URL is the file's path.
        const fileId = str(payload.file_id)
        return /^https?:\/\//i.test(fileId) || fileId.startsWith('zalo-kept:')
          ? { ok: true, result: { file_id: fileId, file_unique_id: fileId, file_path: fileId } }
          : refuse('Bad Request: invalid file_id')
      }
      case 'getUpdates':
        // Zalo's getUpdates consumes what it returns; only the Zalo poller may call it (never grammY's stop()).
        return { ok: true, result: [] }
      case 'setWebhook': {
        const secret = str(payload.secret_token)
        if (secret.length < 8 || secret.length > 256) {
          return refuse('Bad Request: Zalo needs a secret_token of 8 to 256 characters')
        }
        return prev('setWebhook', { url: payload.url, secret_token: secret }, signal)
      }
      case 'deleteWebhook':
      case 'getWebhookInfo':
        return prev(method, {}, signal)
      default:
        logger.warn({ method }, 'Bot API method not available on Zalo')
        return refuse(`Bad Request: ${method} is not available on Zalo`)
    }
  }
}
