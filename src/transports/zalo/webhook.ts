import { createHash, timingSafeEqual } from 'node:crypto'
import type { Logger } from '../../logger.js'
import type { ZaloReceiver } from './receiver.js'

/** Where our HTTP server takes Zalo's webhook posts (PUBLIC_URL + this is given to setWebhook). */
export const ZALO_WEBHOOK_PATH = '/zalo/webhook'

/** Header Zalo sends the webhook's secret in (reference §2; Telegram's is X-Telegram-Bot-Api-Secret-Token). */
export const ZALO_SECRET_HEADER = 'x-bot-api-secret-token'

/** The shape of an HTTP request and answer as our server's routes see them. */
export interface HttpRequest {
  method: string
  url: URL
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}
export interface HttpResponse {
  status: number
  body?: string | Buffer
  contentType?: string
}

/** Constant-time comparison of the presented secret (hashed first, so lengths do not leak either). */
function secretMatches(presented: string | string[] | undefined, secret: string): boolean {
  if (typeof presented !== 'string' || !presented) {
    return false
  }
  const digest = (value: string) => createHash('sha256').update(value).digest()
  return timingSafeEqual(digest(presented), digest(secret))
}

/**
 * Zalo's webhook (reference §2): the secret checked in constant time (401 without it); bodies bare as
 * Zalo really pushes them or wrapped in `{ok, result}` as its docs show; an empty body (setWebhook's
 * verification ping) answered 200. Each message is written to the shared update journal before the
 * 200 — Zalo keeps nothing once answered — and handled after, by whichever instance claims its chat;
 * when it cannot be written the answer is 500, so a retrying Zalo sends it again (whether Zalo
 * retries is not documented).
 */
export function zaloWebhook(deps: { secret: string; receiver: Pick<ZaloReceiver, 'receive'>; logger: Logger }) {
  return async (request: HttpRequest): Promise<HttpResponse> => {
    if (!secretMatches(request.headers[ZALO_SECRET_HEADER], deps.secret)) {
      return { status: 401, body: 'unauthorized', contentType: 'text/plain; charset=utf-8' }
    }
    const text = request.body.toString('utf8').trim()
    if (!text) {
      return { status: 200, body: '{"message":"Success"}', contentType: 'application/json' }
    }
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      return { status: 400, body: 'not JSON', contentType: 'text/plain; charset=utf-8' }
    }
    try {
      await deps.receiver.receive(body)
    } catch (error) {
      deps.logger.error({ err: error }, 'Zalo update not written down: answering 500')
      return { status: 500, body: 'try again', contentType: 'text/plain; charset=utf-8' }
    }
    return { status: 200, body: '{"message":"Success"}', contentType: 'application/json' }
  }
}
