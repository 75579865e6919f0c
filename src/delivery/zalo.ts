import { GrammyError, HttpError, type Api } from 'grammy'
import type { SendLimits } from './pace.js'
import type { PlatformDriver, SendFailure } from './platform.js'
import { backoffMs, causeCode, PRE_CONNECT, SEND_TIMEOUT_MS, sendThroughApi } from './telegram.js'

/**
 * Zalo publishes no numbers (reference §5: only "429 Quota exceeded"), so its limits are
 * configuration (ZALO_SENDS_PER_SECOND, ZALO_GROUP_PER_MINUTE) with cautious defaults: we book 80 %
 * of the rate assumed, one message a second to a person, and a group's minute like Telegram's.
 */
export function zaloLimits(options: { perSecond: number; groupPerMinute: number }): SendLimits {
  return {
    platformPerSecond: options.perSecond,
    perSecond: Math.max(0.1, Math.round(options.perSecond * 80) / 100),
    group: { count: options.groupPerMinute, windowMs: 60_000 },
    private: { count: 1, windowMs: 1000 },
    concurrency: Math.max(1, Math.min(4, Math.floor(options.perSecond))),
  }
}

/** Zalo's 403 ("Internal server error") is retried this many times, then the message is given up (the chat stays). */
const MAX_SERVER_ERROR_ATTEMPTS = 8

/**
 * What a Zalo failure means (reference §1.1, §7.4). 408 is a timeout on Zalo's side: later. 429
 * "Quota exceeded" carries no `retry_after`: every process pauses, doubling from 5 s to 10 minutes
 * with the attempts. 403 is Zalo's label for an internal server error — never "the chat is gone" as
 * on Telegram (Zalo documents no error for a removed bot or a blocked person, so nothing here
 * deactivates a chat); retried with back-off, then given up for this message. 401 (the token) and
 * 5xx: later. Another 400 refuses this message only. A network failure after the request left may
 * have delivered it: unknown, never resent.
 */
export function classifyZaloError(error: unknown, attempts: number): SendFailure {
  if (error instanceof GrammyError) {
    const description = `${error.error_code}: ${error.description}`
    switch (error.error_code) {
      case 429:
        return { kind: 'rate-limited', retryAfterMs: backoffMs(attempts, 5_000, 600_000), description }
      case 408:
        return { kind: 'retry', afterMs: backoffMs(attempts, 5_000, 300_000), description }
      case 403:
        return attempts >= MAX_SERVER_ERROR_ATTEMPTS
          ? { kind: 'rejected', description: `${description} (after ${attempts} attempts)` }
          : { kind: 'retry', afterMs: backoffMs(attempts, 10_000, 600_000), description }
      case 401:
        return { kind: 'retry', afterMs: backoffMs(attempts), description }
      default:
        return error.error_code >= 500 ? { kind: 'retry', afterMs: backoffMs(attempts), description } : { kind: 'rejected', description }
    }
  }
  if (error instanceof HttpError) {
    const code = causeCode(error)
    if (code && PRE_CONNECT.has(code)) {
      return { kind: 'retry', afterMs: backoffMs(attempts), description: `network before connecting: ${code}` }
    }
    return { kind: 'unknown', description: `network: ${error.message}` }
  }
  return { kind: 'unknown', description: error instanceof Error ? error.message : String(error) }
}

/**
 * Zalo's sending side through the Zalo bot's `Api`, whose client translates each call (transports/
 * zalo/outbound.ts): buttons become numbered choices, the picture a URL our server publishes, a text
 * over 2,000 characters several messages. No auto-retry: a resent message could be a duplicate. A
 * send without an answer within `sendTimeoutMs` ends as unknown (see SEND_TIMEOUT_MS).
 */
export function zaloDriver(api: Api, limits: SendLimits, sendTimeoutMs = SEND_TIMEOUT_MS): PlatformDriver {
  return {
    platform: 'zalo',
    limits,
    classify: classifyZaloError,
    send: sendThroughApi(api, sendTimeoutMs),
  }
}
