/**
 * What a transport can do, declared by the transport and asked by features — never the platform's
 * name (issue 14). Telegram has the Bot API's full set; Zalo (transports/zalo/capabilities.ts) has
 * plain text in shorter messages, no buttons, no edits, no files in the chat, no admin look-ups.
 */
export interface Capabilities {
  /** A sent message can be edited in place; without it an edit arrives as a new message. */
  canEdit: boolean
  /** Buttons show under a message; without them they are numbered choices answered by typing the number. */
  hasButtons: boolean
  /** The longest text one message may carry. */
  maxText: number
  /** How people hand the bot a file: in the chat, or through a one-time upload link (the platform has no files). */
  files: 'in-chat' | 'upload-link'
  /** The platform says who administers a group; without it a group's single-use code alone proves the right. */
  adminChecks: boolean
  /** A button opens a web page inside the app, signed with who opens it (Telegram's Mini Apps); without it, a one-time login link. */
  webApps: boolean
}

/** The Telegram Bot API's (the console chat emulates it). */
export const TELEGRAM_CAPABILITIES: Capabilities = Object.freeze({
  canEdit: true,
  hasButtons: true,
  maxText: 4096,
  files: 'in-chat',
  adminChecks: true,
  webApps: true,
})
