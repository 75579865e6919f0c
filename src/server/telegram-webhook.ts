import { createHash, timingSafeEqual } from 'node:crypto'
import type { Update } from 'grammy/types'
import type { Logger } from '../logger.js'
import { InboxClosedError } from '../transports/update-inbox.js'
import { text, type RouteRequest, type RouteResponse } from './http-server.js'

/** Header Telegram sends the webhook's secret token in. */
export const TELEGRAM_SECRET_HEADER = 'x-telegram-bot-api-secret-token'

/** Constant-time comparison of the presented secret (hashed first, so lengths do not leak either). */
export function secretMatches(presented: string | string[] | undefined, secret: string): boolean {
  if (typeof presented !== 'string') {
    return false
  }
  const digest = (value: string) => createHash('sha256').update(value).digest()
  return timingSafeEqual(digest(presented), digest(secret))
}

/** Telegram's shape at the least: an object with a non-negative integer update_id. */
function asUpdate(value: unknown): Update | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return null
  }
  const id = (value as { update_id?: unknown }).update_id
  return typeof id === 'number' && Number.isSafeInteger(id) && id >= 0 ? (value as Update) : null
}

/**
 * The Telegram webhook: the secret is checked (401 without it), the update written to the journal,
 * and 200 answered at once — handling happens after, in order per chat (transports/update-inbox.ts).
 * When the update cannot be made durable (database down, shutting down) the answer is 503 and
 * Telegram delivers it again later.
 */
export function telegramWebhook(deps: { secret: string; accept: (update: Update) => Promise<boolean>; logger: Logger }) {
  return async (request: RouteRequest): Promise<RouteResponse> => {
    if (!secretMatches(request.headers[TELEGRAM_SECRET_HEADER], deps.secret)) {
      return text(401, 'unauthorized')
    }
    let parsed: unknown
    try {
      parsed = JSON.parse(request.body.toString('utf8'))
    } catch {
      return text(400, 'not JSON')
    }
    const update = asUpdate(parsed)
    if (!update) {
      return text(400, 'not an update')
    }
    try {
      await deps.accept(update)
    } catch (error) {
      if (!(error instanceof InboxClosedError)) {
        deps.logger.warn({ err: error, update_id: update.update_id }, 'update not journaled; Telegram will retry')
      }
      return text(503, 'try again')
    }
    return { status: 200 }
  }
}
