import type { Message, Update } from 'grammy/types'
import type { ZaloChatType } from '../../db/repositories/zalo-repository.js'
import { commandEntities } from '../updates.js'
import type { ZaloIncomingMessage, ZaloUpdate } from './types.js'

/**
 * The inbound half of the Zalo translation (reference §7.3): Zalo events become Telegram-shaped
 * updates the shared bot understands. Pure: the update id is given later, by the receiver, once the
 * message is known not to be a re-delivery.
 */

/** A Telegram update before its id is given. */
export type UpdateWithoutId = Omit<Update, 'update_id'>

export type Inbound =
  | { kind: 'message'; messageId: string; chatId: string; chatType: ZaloChatType; fromId: string; update: UpdateWithoutId }
  /** Content Zalo withholds (§1.8: protected senders, link previews, files): answered with guidance. */
  | { kind: 'unsupported'; messageId: string; chatId: string; chatType: ZaloChatType; fromId: string }
  /** The bot's own message, which Zalo delivers back (§1.8 "Self-echo"). */
  | { kind: 'echo'; messageId: string }
  | { kind: 'invalid'; reason: string }

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function asUpdate(value: unknown): ZaloUpdate | null {
  return isObject(value) && isObject(value.message) ? (value as unknown as ZaloUpdate) : null
}

/**
 * The updates in a webhook body or a getUpdates result. Real pushes are bare `{event_name, message}`,
 * the docs wrap them in `{ok, result}` (§2); getUpdates returns one object, and arrays are accepted in
 * case that changes (as goclaw does). Anything else yields nothing.
 */
export function zaloUpdatesOf(body: unknown): ZaloUpdate[] {
  if (Array.isArray(body)) {
    return body.flatMap(zaloUpdatesOf)
  }
  if (isObject(body) && 'result' in body && !('message' in body)) {
    return zaloUpdatesOf(body.result)
  }
  const update = asUpdate(body)
  return update ? [update] : []
}

/** Lower case, NFC, for comparing a typed mention with the bot's name. */
function fold(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi')
}

/**
 * Names a mention of the bot may use, longest first. Zalo bot names start with "Bot " (§5); whether
 * a mention carries the whole display name is unconfirmed (§3), so both forms are tried.
 */
export function mentionNames(names: (string | undefined)[]): string[] {
  const all = new Set<string>()
  for (const name of names) {
    const trimmed = name?.trim()
    if (!trimmed) {
      continue
    }
    all.add(trimmed)
    if (/^bot\s+/i.test(trimmed)) {
      all.add(trimmed.replace(/^bot\s+/i, ''))
    } else {
      all.add(`Bot ${trimmed}`)
    }
  }
  return [...all].sort((a, b) => b.length - a.length)
}

/**
 * Removes a leading `@mention` of the bot: in a Zalo group every message the bot receives mentions it
 * or replies to it (§3), and the command comes after the mention. With a name the bot does not know,
 * a mention followed by a command still loses everything before the command.
 */
export function stripLeadingMention(text: string, names: string[]): string {
  const trimmed = text.trimStart()
  if (!trimmed.startsWith('@')) {
    return text
  }
  const folded = fold(trimmed)
  for (const name of names) {
    const candidate = `@${fold(name)}`
    const after = folded.charAt(candidate.length)
    if (folded.startsWith(candidate) && (after === '' || /[\s,:;.!?]/.test(after))) {
      return trimmed.slice(candidate.length).replace(/^[\s,:;]+/, '')
    }
  }
  const command = /\s(\/[a-zA-Z0-9_]+)/.exec(trimmed)
  return command ? trimmed.slice(command.index + 1) : text
}

function senderName(message: ZaloIncomingMessage): string {
  const from = message.from
  return (from?.display_name ?? from?.first_name ?? from?.name ?? '').trim() || (from?.id ?? '')
}

/** The picture's URL: `photo_url` in real payloads, `photo` (a string, an object or a list) in the docs (§1.8). */
function photoUrlOf(message: ZaloIncomingMessage): string | null {
  const candidates: unknown[] = [message.photo_url, message.photo]
  for (const candidate of candidates) {
    if (typeof candidate === 'string' && candidate) {
      return candidate
    }
    const item: unknown = Array.isArray(candidate) ? (candidate as unknown[]).at(-1) : candidate
    if (isObject(item)) {
      const url = item.url ?? item.photo_url ?? item.src
      if (typeof url === 'string' && url) {
        return url
      }
    }
  }
  return null
}

type EventKind = 'text' | 'image' | 'sticker' | 'voice' | 'unsupported'

/** The event's kind: from `event_name`, or from the fields when it is missing (the getUpdates doc sample). */
function eventKind(update: ZaloUpdate): EventKind {
  const name = update.event_name ?? ''
  const m = update.message
  const known = /^message\.(text|image|sticker|voice|unsupported)\.received$/.exec(name)?.[1] as EventKind | undefined
  if (known) {
    return known
  }
  if (typeof m.text === 'string' && m.text) {
    return 'text'
  }
  if (photoUrlOf(m)) {
    return 'image'
  }
  if (typeof m.sticker === 'string') {
    return 'sticker'
  }
  if (typeof m.voice_url === 'string') {
    return 'voice'
  }
  return 'unsupported'
}

/**
 * One Zalo event as a Telegram update (without its id). Dates go from milliseconds to seconds,
 * PRIVATE/GROUP to private/group, ids stay strings, a leading mention of the bot is removed and a
 * command gets its `bot_command` entity; the bot's own messages come back as `echo`.
 */
export function translateZaloUpdate(update: ZaloUpdate, options: { botId: string; botNames: string[] }): Inbound {
  const m = update.message
  const messageId = typeof m.message_id === 'string' || typeof m.message_id === 'number' ? String(m.message_id) : ''
  const chatId = m.chat && (typeof m.chat.id === 'string' || typeof m.chat.id === 'number') ? String(m.chat.id) : ''
  if (!messageId || !chatId) {
    return { kind: 'invalid', reason: 'no message or chat id' }
  }
  const fromId = m.from?.id !== undefined ? String(m.from.id) : ''
  if (m.from?.is_bot === true || (fromId && fromId === options.botId)) {
    return { kind: 'echo', messageId }
  }
  const chatType: ZaloChatType = String(m.chat.chat_type ?? '').toUpperCase() === 'GROUP' ? 'group' : 'private'
  // In a private chat the chat is the person (§1.8); in a group a message without a sender has no author.
  const author = fromId || (chatType === 'private' ? chatId : '')
  if (!author) {
    return { kind: 'invalid', reason: 'group message without a sender' }
  }
  const kind = eventKind(update)
  if (kind === 'unsupported') {
    return { kind: 'unsupported', messageId, chatId, chatType, fromId: author }
  }
  const name = senderName(m) || author
  const date = Number(m.date)
  const base = {
    // Zalo's ids are strings (hex); the bot only compares and stores them, so they stay strings.
    message_id: messageId as unknown as number,
    date: Math.floor((Number.isFinite(date) ? date : 0) / 1000),
    chat: (chatType === 'group' ? { id: chatId, type: 'group' } : { id: chatId, type: 'private', first_name: name }) as never,
    from: { id: author as unknown as number, is_bot: false, first_name: name },
  }
  let content: Partial<Message>
  switch (kind) {
    case 'text': {
      const text = stripLeadingMention(String(m.text ?? ''), options.botNames)
      const entities = commandEntities(text)
      content = { text, ...(entities.length > 0 ? { entities } : {}) }
      break
    }
    case 'image': {
      const url = photoUrlOf(m) ?? ''
      const caption = typeof m.caption === 'string' ? stripLeadingMention(m.caption, options.botNames) : ''
      content = { photo: [{ file_id: url, file_unique_id: messageId, width: 0, height: 0 }], ...(caption ? { caption } : {}) }
      break
    }
    case 'sticker':
      content = {
        sticker: {
          file_id: String(m.sticker ?? ''),
          file_unique_id: String(m.sticker ?? messageId),
          type: 'regular',
          width: 0,
          height: 0,
          is_animated: false,
          is_video: false,
        },
      }
      break
    case 'voice':
      content = { voice: { file_id: String(m.voice_url ?? ''), file_unique_id: messageId, duration: 0, mime_type: 'audio/aac' } }
      break
  }
  return { kind: 'message', messageId, chatId, chatType, fromId: author, update: { message: { ...base, ...content } as never } }
}
