import { GrammyError, HttpError, InputFile, type Api } from 'grammy'
import type { Platform } from '../db/repositories/index.js'
import type { SendLimits } from './pace.js'
import type { PlatformDriver, SendFailure } from './platform.js'

/**
 * Telegram's limits (reliability.md §1): about 30 messages a second in bulk, 20 a minute to one
 * group, about one a second to one person. We book 28/s and 19 a minute, for every process together.
 */
export const TELEGRAM_LIMITS: SendLimits = {
  platformPerSecond: 30,
  perSecond: 28,
  group: { count: 19, windowMs: 60_000 },
  private: { count: 1, windowMs: 1000 },
  // Enough sends waiting for their slots to cover Telegram's round trip at 28/s (claimed 4 at a time);
  // also the most a crash can leave unknown.
  concurrency: 8,
}

/** Telegram's limits multiplied by `scale` (the benchmark's shorter runs against a server scaled alike). */
export function scaledTelegramLimits(scale: number): SendLimits {
  const limits = TELEGRAM_LIMITS
  return {
    ...limits,
    platformPerSecond: limits.platformPerSecond * scale,
    perSecond: limits.perSecond * scale,
    group: { count: limits.group.count * scale, windowMs: limits.group.windowMs },
  }
}

/**
 * How long one send may take. grammY's own default is 500 s, longer than a delivery's lease (2 min
 * in sender.ts): a hung request would outlive its claim, be declared unknown by another process, and
 * then perhaps be recorded sent. Well under the lease, a send without an answer ends here, as unknown
 * (it may have reached Telegram), never resent. A photo with its chart is some 50 kB: 30 s is ample.
 */
export const SEND_TIMEOUT_MS = 30_000

/** The abort signal type grammY's methods declare. */
export type GrammySignal = Parameters<Api['sendMessage']>[3]

/** A send that got no answer in time: it may have been delivered. */
export class SendTimeoutError extends Error {
  override name = 'SendTimeoutError'
}

/**
 * Runs one send under a deadline: when it passes, the request is aborted and the send fails with
 * SendTimeoutError, whether or not the underlying fetch honours the abort.
 */
export async function withSendTimeout<T>(ms: number, send: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController()
  let timer: NodeJS.Timeout | undefined
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new SendTimeoutError(`no answer within ${ms} ms`))
      controller.abort()
    }, ms)
  })
  try {
    return await Promise.race([send(controller.signal), expired])
  } finally {
    clearTimeout(timer)
  }
}

/** Errors raised before a connection exists: the request cannot have reached Telegram. */
export const PRE_CONNECT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT'])

export function causeCode(error: unknown): string | undefined {
  let current: unknown = error
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string') {
      return code
    }
    current = (current as { cause?: unknown; error?: unknown }).cause ?? (current as { error?: unknown }).error
  }
  return undefined
}

/** Doubling from 30 s, at most 10 minutes: a server in trouble is not hammered. */
export function backoffMs(attempts: number, firstMs = 30_000, maxMs = 600_000): number {
  return Math.min(maxMs, firstMs * 2 ** Math.max(0, attempts - 1))
}

/**
 * What a Bot API failure means (reliability.md §1, §8). 429 waits `retry_after`; 403 means the bot
 * was removed from the group or blocked by the person, as does 400 "chat not found"; 400 with
 * `migrate_to_chat_id` means the group became a supergroup; 5xx and network errors raised before a
 * connection existed are retried later; another 400 refuses this message only. Any other network
 * error may have delivered the message: unknown, never resent.
 */
export function classifyTelegramError(error: unknown, attempts: number): SendFailure {
  if (error instanceof SendTimeoutError) {
    return { kind: 'unknown', description: `timeout: ${error.message}` }
  }
  if (error instanceof GrammyError) {
    const description = `${error.error_code}: ${error.description}`
    if (error.error_code === 429) {
      return { kind: 'rate-limited', retryAfterMs: (error.parameters.retry_after ?? 5) * 1000, description }
    }
    if (error.error_code === 403) {
      return { kind: 'gone', description }
    }
    if (error.error_code === 400 && error.parameters.migrate_to_chat_id) {
      return { kind: 'migrated', to: String(error.parameters.migrate_to_chat_id), description }
    }
    if (error.error_code === 400 && /chat not found/i.test(error.description)) {
      return { kind: 'gone', description }
    }
    if (error.error_code >= 500 || error.error_code === 401) {
      // A server error, or a token Telegram does not know right now: nothing was delivered.
      return { kind: 'retry', afterMs: backoffMs(attempts), description }
    }
    return { kind: 'rejected', description }
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
 * A delivery sent through a grammY `Api`: buttons as an inline keyboard, the picture as a photo with
 * the text as its caption, within `timeoutMs`. Zalo's client takes the same calls (transports/zalo).
 */
export function sendThroughApi(api: Api, timeoutMs: number): PlatformDriver['send'] {
  return async ({ target, text, keyboard, image }) => {
    const markup = keyboard
      ? { reply_markup: { inline_keyboard: keyboard.map((row) => row.map((b) => ({ text: b.text, callback_data: b.data }))) } }
      : {}
    const message = await withSendTimeout<{ message_id: number }>(timeoutMs, (abort) => {
      // grammY types its signal with its own shim; Node's AbortSignal is what it uses at run time.
      const signal = abort as GrammySignal
      return image
        ? api.sendPhoto(target, new InputFile(image, 'tong-ket.png'), { caption: text, ...markup }, signal)
        : api.sendMessage(target, text, markup, signal)
    })
    return String(message.message_id)
  }
}

/**
 * Telegram's sending side through a grammY `Api` (no auto-retry on it: a retried send after a lost
 * response would be a duplicate). The console chat uses it too, on its local Bot API and its own platform.
 * Each send has its own deadline (`sendTimeoutMs`, default SEND_TIMEOUT_MS).
 */
export function telegramDriver(
  api: Api,
  options: { platform?: Platform; limits?: SendLimits; sendTimeoutMs?: number } = {},
): PlatformDriver {
  const timeoutMs = options.sendTimeoutMs ?? SEND_TIMEOUT_MS
  return {
    platform: options.platform ?? 'telegram',
    limits: options.limits ?? TELEGRAM_LIMITS,
    classify: classifyTelegramError,
    send: sendThroughApi(api, timeoutMs),
  }
}
