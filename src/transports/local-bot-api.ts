import type { InlineKeyboardMarkup, Message, UserFromGetMe } from 'grammy/types'
import { inlineKeyboardOf } from './keyboard-text.js'

/**
 * An in-process Bot API: answers grammY's HTTP calls (through `client.fetch`) the way Telegram
 * does, including its refusals — 403 when the bot was removed from a group, 400 with
 * `migrate_to_chat_id` for a group that became a supergroup, and chat-member look-ups for admin
 * checks. The console chat runs the real bot on it; tests use it as their fake Bot API.
 */

export interface LocalChat {
  id: number
  type: 'private' | 'group' | 'supergroup'
  title?: string
  firstName?: string
  /** The bot's own membership: removed bots get 403 on every send. */
  botStatus: 'member' | 'administrator' | 'kicked' | 'left'
  admins: Set<number>
  migratedTo?: number
}

export interface OutgoingMessage {
  chatId: number
  messageId: number
  text: string
  /** Only an inline keyboard; a reply keyboard or its removal (`remove_keyboard`) is not kept. */
  keyboard: InlineKeyboardMarkup | undefined
  /** For files and photos: the file's name or the caption. */
  attachment?: { kind: 'document' | 'photo'; fileName: string; bytes: Uint8Array }
}

export type ApiEvent =
  | { kind: 'message'; message: OutgoingMessage }
  | { kind: 'edit'; message: OutgoingMessage }
  | { kind: 'delete'; chatId: number; messageId: number }
  | { kind: 'callback-answer'; text: string | undefined; alert: boolean }

export interface RecordedCall {
  method: string
  payload: Record<string, unknown>
}

export type ApiResult =
  { ok: true; result: unknown } | { ok: false; error_code: number; description: string; parameters?: Record<string, unknown> }

/** A Telegram-shaped refusal (`ok: false`), thrown by the emulated methods. */
export class BotApiRefusal extends Error {
  override name = 'BotApiRefusal'
  constructor(
    readonly errorCode: number,
    readonly description: string,
    readonly parameters?: Record<string, unknown>,
  ) {
    super(description)
  }
}

export const LOCAL_BOT_INFO: UserFromGetMe = {
  id: 7_000_000_001,
  is_bot: true,
  first_name: 'Đối thoại bot',
  username: 'doithoai_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
}

const TEXT_LIMIT = 4096

export class LocalBotApi {
  readonly calls: RecordedCall[] = []
  private readonly chats = new Map<number, LocalChat>()
  private readonly messages = new Map<string, OutgoingMessage>()
  private readonly listeners: ((event: ApiEvent) => void)[] = []
  private readonly files = new Map<string, { path: string; bytes: Uint8Array }>()
  private nextMessageId = 1
  private nextFileId = 1

  constructor(
    readonly botInfo: UserFromGetMe = LOCAL_BOT_INFO,
    private readonly now: () => Date = () => new Date(),
  ) {}

  onEvent(listener: (event: ApiEvent) => void): void {
    this.listeners.push(listener)
  }

  /** Declares (or updates) a chat the bot can see. */
  upsertChat(chat: Omit<LocalChat, 'admins' | 'botStatus'> & Partial<Pick<LocalChat, 'admins' | 'botStatus'>>): LocalChat {
    const existing = this.chats.get(chat.id)
    const merged: LocalChat = {
      botStatus: 'member',
      admins: new Set(),
      ...existing,
      ...chat,
    }
    this.chats.set(chat.id, merged)
    return merged
  }

  chat(id: number): LocalChat | undefined {
    return this.chats.get(id)
  }

  setAdmin(chatId: number, userId: number, admin: boolean): void {
    const chat = this.chats.get(chatId)
    if (!chat) {
      throw new Error(`unknown chat ${chatId}`)
    }
    if (admin) {
      chat.admins.add(userId)
    } else {
      chat.admins.delete(userId)
    }
  }

  /** Registers a local file so the bot can download it through getFile, like a user's upload. */
  registerFile(bytes: Uint8Array, fileName: string): string {
    const fileId = `local-file-${this.nextFileId++}`
    this.files.set(fileId, { path: `documents/${fileId}/${fileName}`, bytes })
    return fileId
  }

  fileBytes(filePath: string): Uint8Array | undefined {
    for (const file of this.files.values()) {
      if (file.path === filePath) {
        return file.bytes
      }
    }
    return undefined
  }

  message(chatId: number, messageId: number): OutgoingMessage | undefined {
    return this.messages.get(`${chatId}:${messageId}`)
  }

  /** A sent message as Telegram would include it in a callback query. */
  telegramMessage(message: OutgoingMessage): Message {
    const chat = this.chats.get(message.chatId)
    if (!chat) {
      throw new Error(`unknown chat ${message.chatId}`)
    }
    return this.toTelegramMessage(chat, message)
  }

  /** Messages the bot sent, oldest first. */
  sentMessages(chatId?: number): OutgoingMessage[] {
    return [...this.messages.values()].filter((m) => chatId === undefined || m.chatId === chatId)
  }

  /** The `fetch` to give grammY as `client.fetch`. */
  readonly fetch = (url: string | URL | Request, init?: RequestInit): Promise<Response> => this.handleFetch(url, init)

  protected async handleFetch(url: string | URL | Request, init?: RequestInit): Promise<Response> {
    const href = typeof url === 'string' ? url : url instanceof URL ? url.href : url.url
    // File downloads: https://api.telegram.org/file/bot<token>/<file_path>, as Telegram serves them.
    const download = /\/file\/bot[^/]+\/(.+)$/.exec(href)
    if (download) {
      const bytes = this.fileBytes(decodeURIComponent(download[1] ?? ''))
      return bytes ? new Response(Buffer.from(bytes)) : new Response('Not Found', { status: 404 })
    }
    const method = href.split('/').pop() ?? ''
    const payload = await readPayload(init)
    this.calls.push({ method, payload })
    let body: ApiResult
    try {
      body = { ok: true, result: await this.call(method, payload) }
    } catch (error) {
      if (!(error instanceof BotApiRefusal)) {
        throw error
      }
      body = {
        ok: false,
        error_code: error.errorCode,
        description: error.description,
        ...(error.parameters ? { parameters: error.parameters } : {}),
      }
    }
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })
  }

  /** Answers one Bot API method. Throws BotApiRefusal for Telegram-shaped errors. */
  call(method: string, payload: Record<string, unknown>): Promise<unknown> {
    // A throw inside the executor becomes the rejection, as from a real HTTP call.
    return new Promise((resolve) => resolve(this.answer(method, payload)))
  }

  private answer(method: string, payload: Record<string, unknown>): unknown {
    switch (method) {
      case 'getMe':
        return this.botInfo
      case 'sendMessage':
        return this.send(payload, textOf(payload.text))
      case 'sendDocument':
      case 'sendPhoto':
        return this.send(payload, textOf(payload.caption), method === 'sendPhoto' ? 'photo' : 'document')
      case 'editMessageText':
      case 'editMessageReplyMarkup':
        return this.edit(method, payload)
      case 'deleteMessage': {
        const chatId = Number(payload.chat_id)
        const messageId = Number(payload.message_id)
        this.messages.delete(`${chatId}:${messageId}`)
        this.emit({ kind: 'delete', chatId, messageId })
        return true
      }
      case 'answerCallbackQuery':
        this.emit({ kind: 'callback-answer', text: payload.text as string | undefined, alert: payload.show_alert === true })
        return true
      case 'getChatMember':
        return this.chatMember(Number(payload.chat_id), Number(payload.user_id))
      case 'getChatAdministrators': {
        const chat = this.requireChat(Number(payload.chat_id))
        return [...chat.admins].map((id) => this.chatMember(chat.id, id))
      }
      case 'getFile': {
        const file = this.files.get(String(payload.file_id))
        if (!file) {
          throw new BotApiRefusal(400, 'Bad Request: invalid file_id')
        }
        return { file_id: payload.file_id, file_unique_id: String(payload.file_id), file_size: file.bytes.length, file_path: file.path }
      }
      case 'setMyCommands':
      case 'deleteMyCommands':
      case 'setMyDescription':
      case 'setMyShortDescription':
      case 'sendChatAction':
      case 'leaveChat':
      case 'deleteWebhook':
      case 'setWebhook':
        return true
      case 'getMyCommands':
        return []
      case 'getUpdates':
        return []
      default:
        throw new BotApiRefusal(404, `Not Found: method ${method} is not emulated`)
    }
  }

  private requireChat(chatId: number): LocalChat {
    const chat = this.chats.get(chatId)
    if (!chat) {
      throw new BotApiRefusal(400, 'Bad Request: chat not found')
    }
    return chat
  }

  private checkWritable(chat: LocalChat): void {
    if (chat.migratedTo !== undefined) {
      throw new BotApiRefusal(400, 'Bad Request: group chat was upgraded to a supergroup chat', {
        migrate_to_chat_id: chat.migratedTo,
      })
    }
    if (chat.botStatus === 'kicked' || chat.botStatus === 'left') {
      const description =
        chat.type === 'private'
          ? 'Forbidden: bot was blocked by the user'
          : `Forbidden: bot was kicked from the ${chat.type === 'supergroup' ? 'supergroup' : 'group'} chat`
      throw new BotApiRefusal(403, description)
    }
  }

  private send(payload: Record<string, unknown>, text: string, kind?: 'document' | 'photo'): Message {
    const chat = this.requireChat(Number(payload.chat_id))
    this.checkWritable(chat)
    if (!kind && (text.length === 0 || text.length > TEXT_LIMIT)) {
      throw new BotApiRefusal(400, text.length === 0 ? 'Bad Request: message text is empty' : 'Bad Request: message is too long')
    }
    const file = kind ? (payload[kind] as { name: string; bytes: Uint8Array } | undefined) : undefined
    const message: OutgoingMessage = {
      chatId: chat.id,
      messageId: this.nextMessageId++,
      text,
      keyboard: inlineKeyboardOf(payload.reply_markup),
      ...(kind ? { attachment: { kind, fileName: file?.name ?? kind, bytes: file?.bytes ?? new Uint8Array() } } : {}),
    }
    this.messages.set(`${chat.id}:${message.messageId}`, message)
    this.emit({ kind: 'message', message })
    return this.toTelegramMessage(chat, message)
  }

  private edit(method: string, payload: Record<string, unknown>): Message | true {
    const chat = this.requireChat(Number(payload.chat_id))
    this.checkWritable(chat)
    const key = `${chat.id}:${Number(payload.message_id)}`
    const existing = this.messages.get(key)
    if (!existing) {
      throw new BotApiRefusal(400, 'Bad Request: message to edit not found')
    }
    const text = method === 'editMessageText' ? textOf(payload.text) : existing.text
    const keyboard = inlineKeyboardOf(payload.reply_markup)
    if (text === existing.text && JSON.stringify(keyboard) === JSON.stringify(existing.keyboard)) {
      throw new BotApiRefusal(
        400,
        'Bad Request: message is not modified: ' +
          'specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
      )
    }
    const updated: OutgoingMessage = { ...existing, text, keyboard }
    this.messages.set(key, updated)
    this.emit({ kind: 'edit', message: updated })
    return this.toTelegramMessage(chat, updated)
  }

  private chatMember(chatId: number, userId: number) {
    const chat = this.requireChat(chatId)
    const user = { id: userId, is_bot: userId === this.botInfo.id, first_name: String(userId) }
    if (userId === this.botInfo.id) {
      return { status: chat.botStatus, user }
    }
    if (chat.type === 'private') {
      return { status: 'member', user }
    }
    return chat.admins.has(userId) ? { status: 'administrator', user, can_be_edited: false } : { status: 'member', user }
  }

  private toTelegramMessage(chat: LocalChat, message: OutgoingMessage): Message {
    return {
      message_id: message.messageId,
      date: Math.floor(this.now().getTime() / 1000),
      chat:
        chat.type === 'private'
          ? { id: chat.id, type: 'private', first_name: chat.firstName ?? 'User' }
          : chat.type === 'group'
            ? { id: chat.id, type: 'group', title: chat.title ?? 'Group' }
            : { id: chat.id, type: 'supergroup', title: chat.title ?? 'Group' },
      from: this.botInfo,
      text: message.text,
      ...(message.keyboard ? { reply_markup: message.keyboard } : {}),
    }
  }

  private emit(event: ApiEvent): void {
    for (const listener of this.listeners) {
      listener(event)
    }
  }
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

/** Decodes grammY's request body: JSON for plain calls, multipart when a file is uploaded. */
export async function readPayload(init: RequestInit | undefined): Promise<Record<string, unknown>> {
  const body = init?.body
  if (body === undefined || body === null) {
    return {}
  }
  if (typeof body === 'string') {
    return JSON.parse(body) as Record<string, unknown>
  }
  const headers = new Headers(init?.headers)
  const chunks: Uint8Array[] = []
  for await (const chunk of body as AsyncIterable<Uint8Array | string>) {
    chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk)
  }
  const payload = parseMultipart(Buffer.concat(chunks), headers.get('content-type') ?? '')
  // grammY sends files as attach://<id> references; resolve them to the file itself.
  for (const [key, value] of Object.entries(payload)) {
    if (typeof value === 'string' && value.startsWith('attach://')) {
      payload[key] = payload[value.slice('attach://'.length)]
    }
  }
  return payload
}

/**
 * Reads a multipart/form-data body the way Telegram's server does. grammY writes parameters
 * without quotes (`filename=a.png`), which stricter parsers (undici's FormData) refuse.
 */
export function parseMultipart(body: Buffer, contentType: string): Record<string, unknown> {
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1]
  if (!boundary) {
    throw new BotApiRefusal(400, 'Bad Request: multipart boundary missing')
  }
  const payload: Record<string, unknown> = {}
  const delimiter = Buffer.from(`--${boundary}`)
  let start = body.indexOf(delimiter)
  while (start !== -1) {
    const next = body.indexOf(delimiter, start + delimiter.length)
    if (next === -1) {
      break
    }
    // A part: CRLF, headers, blank line, content, CRLF before the next delimiter.
    const part = body.subarray(start + delimiter.length + 2, next - 2)
    const split = part.indexOf('\r\n\r\n')
    if (split !== -1) {
      const head = part.subarray(0, split).toString('utf8')
      const content = part.subarray(split + 4)
      const name = /name="?([^";\r\n]+)"?/i.exec(head)?.[1]
      const fileName = /filename="?([^";\r\n]+)"?/i.exec(head)?.[1]
      if (name) {
        if (fileName) {
          payload[name] = { name: fileName, bytes: new Uint8Array(content) }
        } else {
          const text = content.toString('utf8')
          try {
            payload[name] = JSON.parse(text)
          } catch {
            payload[name] = text
          }
        }
      }
    }
    start = next
  }
  return payload
}
