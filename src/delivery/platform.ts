import type { Platform } from '../db/repositories/index.js'
import type { Keyboard } from '../db/repositories/outbox-repository.js'
import type { SendLimits } from './pace.js'

/** What a failed send means for the delivery, whatever the platform. */
export type SendFailure =
  /** The platform asks us to slow down: every process pauses this platform, the delivery waits. */
  | { kind: 'rate-limited'; retryAfterMs: number; description: string }
  /** The chat refuses us for good (the bot was removed or blocked): deactivate it, tell the secretariat. */
  | { kind: 'gone'; description: string }
  /** The group moved to a new id: re-key the chat and send there. */
  | { kind: 'migrated'; to: string; description: string }
  /** It certainly did not arrive (refused before or by the server): try again later. */
  | { kind: 'retry'; afterMs: number; description: string }
  /** Refused for good for this message only (a bad request): not sent, not retried, the chat stays. */
  | { kind: 'rejected'; description: string }
  /** It may have arrived: never resent automatically, reported. */
  | { kind: 'unknown'; description: string }

/** One message as the sender hands it to a platform. */
export interface OutgoingMessage {
  target: string
  text: string
  keyboard: Keyboard | null
  /** A picture to send with `text` as its caption. */
  image: Uint8Array | null
}

/**
 * A platform's sending side: how a message leaves, what its errors mean, and its limits. One per
 * platform (`telegram.ts`; the console chat reuses Telegram's through its local Bot API); the sender
 * (`sender.ts`) is the same for all.
 */
export interface PlatformDriver {
  platform: Platform
  limits: SendLimits
  /** Sends one message; returns the platform's message id. Throws the platform's own error. */
  send(message: OutgoingMessage): Promise<string>
  /** What an error thrown by `send` means. `attempts` counts this one (1 on the first try). */
  classify(error: unknown, attempts: number): SendFailure
}

/**
 * The longest text one message may carry on each platform: announcements longer than this are cut
 * into parts on line boundaries when they are written (Telegram 4096, Zalo 2000 characters).
 */
export const TEXT_LIMITS: Record<Platform, number> = { telegram: 4096, zalo: 2000, console: 4096 }
