import { GrammyError, HttpError } from 'grammy'
import { describe, expect, it } from 'vitest'
import { backoffMs, classifyTelegramError } from '../../src/delivery/telegram.js'

const refusal = (code: number, description: string, parameters: Record<string, unknown> = {}) =>
  new GrammyError(`Call to 'sendMessage' failed!`, { ok: false, error_code: code, description, parameters }, 'sendMessage', {})

const network = (code?: string) => {
  const cause = Object.assign(new Error('fetch failed'), code ? { cause: Object.assign(new Error(code), { code }) } : {})
  return new HttpError('Network request for sendMessage failed!', cause)
}

describe("what Telegram's errors mean for a delivery", () => {
  it('429: every sender pauses for retry_after', () => {
    expect(classifyTelegramError(refusal(429, 'Too Many Requests: retry after 7', { retry_after: 7 }), 1)).toMatchObject({
      kind: 'rate-limited',
      retryAfterMs: 7000,
    })
  })

  it('403 and "chat not found": the chat is gone (deactivated, the secretariat told)', () => {
    expect(classifyTelegramError(refusal(403, 'Forbidden: bot was kicked from the group chat'), 1).kind).toBe('gone')
    expect(classifyTelegramError(refusal(403, 'Forbidden: bot was blocked by the user'), 1).kind).toBe('gone')
    expect(classifyTelegramError(refusal(400, 'Bad Request: chat not found'), 1).kind).toBe('gone')
  })

  it('400 with migrate_to_chat_id: the group moved, re-key it', () => {
    const failure = classifyTelegramError(
      refusal(400, 'Bad Request: group chat was upgraded to a supergroup chat', { migrate_to_chat_id: -1001234 }),
      1,
    )
    expect(failure).toMatchObject({ kind: 'migrated', to: '-1001234' })
  })

  it('5xx and errors before a connection existed: not delivered, retried with a growing wait', () => {
    expect(classifyTelegramError(refusal(502, 'Bad Gateway'), 1)).toMatchObject({ kind: 'retry', afterMs: 30_000 })
    expect(classifyTelegramError(refusal(500, 'Internal Server Error'), 3)).toMatchObject({ kind: 'retry', afterMs: 120_000 })
    expect(classifyTelegramError(network('ECONNREFUSED'), 1)).toMatchObject({ kind: 'retry' })
    expect(classifyTelegramError(network('UND_ERR_CONNECT_TIMEOUT'), 2)).toMatchObject({ kind: 'retry', afterMs: 60_000 })
    expect(backoffMs(20)).toBe(600_000)
  })

  it('any other network error may have delivered the message: unknown, never resent', () => {
    expect(classifyTelegramError(network('ECONNRESET'), 1).kind).toBe('unknown')
    expect(classifyTelegramError(network(), 1).kind).toBe('unknown')
    expect(classifyTelegramError(new Error('socket hang up'), 1).kind).toBe('unknown')
  })

  it('another 400 refuses this message only: failed, the chat stays active', () => {
    expect(classifyTelegramError(refusal(400, 'Bad Request: message is too long'), 1).kind).toBe('rejected')
  })
})
