import type { Logger } from '../../logger.js'
import { zaloUpdatesOf } from './inbound.js'
import { ZALO_ERRORS } from './types.js'

export interface ZaloPollerOptions {
  apiRoot: string
  token: string
  /** Takes one getUpdates result; rejects when it could not be written down (see receiver.ts). */
  receive: (result: unknown) => Promise<unknown>
  logger: Logger
  /** Seconds Zalo holds an idle poll open before answering 408 (its default is 30). */
  timeoutSeconds?: number
  /** How long stop() lets the poll in flight finish before abandoning it. */
  stopGraceMs?: number
  fetch?: typeof fetch
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>
}

/** Waits `ms`, or less when `signal` aborts. */
function sleepFor(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms)
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer)
        resolve()
      },
      { once: true },
    )
  })
}

/** Doubling from 1 s to a minute after errors in a row: a struggling server is not hammered. */
export function pollBackoffMs(failures: number): number {
  return Math.min(60_000, 1000 * 2 ** Math.max(0, failures - 1))
}

/** Thrown by `done` when Zalo refuses the token: polling cannot go on. */
export class ZaloTokenRefusedError extends Error {
  override name = 'ZaloTokenRefusedError'
}

/**
 * Long polling of Zalo (reference §1.3, §7.2). Not grammY's `bot.start()`, which breaks on Zalo:
 * getUpdates returns one update per call (not an array) and no update ids; an idle poll answers
 * `ok: false, 408`, which here just means "poll again" (grammY would sleep 3 s); and grammY's stop()
 * "confirms" with one more getUpdates, which on Zalo would consume — and lose — a waiting message.
 * This loop never makes that call: stop() lets the poll in flight end (it returns at once when a
 * message comes), abandoning it after a grace period. The token is never logged.
 */
export function startZaloPolling(options: ZaloPollerOptions): { stop(): Promise<void>; done: Promise<void> } {
  const { logger } = options
  const timeoutSeconds = options.timeoutSeconds ?? 30
  const doFetch = options.fetch ?? fetch
  const sleep = options.sleep ?? sleepFor
  const stopping = new AbortController()
  let inFlight: AbortController | null = null
  const url = `${options.apiRoot}/bot${options.token}/getUpdates`

  async function pollOnce(): Promise<{ ok: boolean; result?: unknown; error_code?: number; description?: string }> {
    const request = new AbortController()
    inFlight = request
    // Zalo answers an idle poll after `timeoutSeconds`; a silent network is given 5 s more (§1.3).
    const timer = setTimeout(() => request.abort(), (timeoutSeconds + 5) * 1000)
    try {
      const response = await doFetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        // Documented as a string of seconds; the official example sends a number. Both appear to work.
        body: JSON.stringify({ timeout: String(timeoutSeconds) }),
        signal: request.signal,
      })
      return (await response.json()) as { ok: boolean; result?: unknown; error_code?: number; description?: string }
    } finally {
      clearTimeout(timer)
      inFlight = null
    }
  }

  async function loop(): Promise<void> {
    let failures = 0
    logger.info({ timeout_seconds: timeoutSeconds }, 'polling Zalo')
    while (!stopping.signal.aborted) {
      let body: Awaited<ReturnType<typeof pollOnce>>
      try {
        body = await pollOnce()
      } catch (error) {
        if (stopping.signal.aborted) {
          break
        }
        failures++
        // The message of a fetch error never holds the URL (and so the token).
        logger.warn({ err: { message: error instanceof Error ? error.message : String(error) }, failures }, 'Zalo poll failed')
        await sleep(pollBackoffMs(failures), stopping.signal)
        continue
      }
      if (body.ok) {
        failures = 0
        await receiveWithRetry(body.result)
        continue
      }
      if (body.error_code === ZALO_ERRORS.timeout) {
        // Nothing arrived during the poll: the normal idle answer.
        failures = 0
        continue
      }
      if (body.error_code === ZALO_ERRORS.unauthorized) {
        throw new ZaloTokenRefusedError(`Zalo refused the token (401 ${body.description ?? ''}): check ZALO_BOT_TOKEN`)
      }
      failures++
      const hint =
        body.error_code === ZALO_ERRORS.badRequest ? 'a webhook may be set (polling and the webhook exclude each other)' : undefined
      logger.warn({ error_code: body.error_code, description: body.description, failures, hint }, 'Zalo refused getUpdates')
      await sleep(pollBackoffMs(failures), stopping.signal)
    }
    logger.info('Zalo polling stopped')
  }

  /**
   * Zalo will not hand this message out again: it is retried until written down, even while
   * stopping (a database that is back in a few seconds loses nothing).
   */
  async function receiveWithRetry(result: unknown): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await options.receive(result)
        return
      } catch (error) {
        if (attempt >= 5) {
          logger.error(
            { err: error, zalo_messages: zaloUpdatesOf(result).map((update) => update.message.message_id) },
            'Zalo message lost: it could not be written to the database',
          )
          return
        }
        logger.warn({ err: error, attempt }, 'Zalo message not written yet; trying again')
        await new Promise((resolve) => setTimeout(resolve, pollBackoffMs(attempt)))
      }
    }
  }

  const done = loop()
  return {
    done,
    async stop() {
      stopping.abort()
      const grace = setTimeout(() => inFlight?.abort(), options.stopGraceMs ?? 5000)
      try {
        await done
      } catch {
        // The reason was reported through `done` already.
      } finally {
        clearTimeout(grace)
      }
    },
  }
}
