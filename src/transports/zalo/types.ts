/**
 * Shapes of Zalo's Bot API (`../shared/reference/zalo-bot-api.md`). Nothing here has been checked on
 * a live bot; fields seen only in some sources are optional and read defensively.
 */

/** Zalo's API root; `ZALO_API_ROOT` points tests and fakes elsewhere. */
export const ZALO_API_ROOT = 'https://bot-api.zaloplatforms.com'

/** sendMessage text and photo captions: 1–2000 characters (§1.5). */
export const ZALO_TEXT_LIMIT = 2000

/** §1.2: `{id, account_name, account_type, can_join_groups}`; some clients also read a display name. */
export interface ZaloMe {
  id: string
  account_name?: string
  account_type?: string
  can_join_groups?: boolean
  name?: string
  display_name?: string
}

export interface ZaloSender {
  id: string
  display_name?: string
  first_name?: string
  name?: string
  is_bot?: boolean
}

export interface ZaloIncomingMessage {
  message_id: string
  /** Epoch milliseconds (§1.8), not seconds. */
  date: number
  chat: { id: string; chat_type?: string }
  from?: ZaloSender
  text?: string
  /** Real payloads carry `photo_url`; the docs show `photo` (§1.8). */
  photo_url?: string
  photo?: unknown
  caption?: string
  sticker?: string
  url?: string
  voice_url?: string
  message_type?: string
}

/** One event: `message.text.received`, `.image.`, `.sticker.`, `.voice.` or `.unsupported.` (absent in one doc sample). */
export interface ZaloUpdate {
  event_name?: string
  message: ZaloIncomingMessage
}

/** What every send answers with: only these two fields, not a message (§1.5). */
export interface ZaloSent {
  message_id: string
  date: number
}

/** Zalo's error codes (§1.1); 408 is also the idle long poll. */
export const ZALO_ERRORS = {
  badRequest: 400,
  unauthorized: 401,
  /** Zalo's own label is "Internal server error": not "the chat is gone" as on Telegram. */
  internal: 403,
  notFound: 404,
  timeout: 408,
  quota: 429,
} as const
