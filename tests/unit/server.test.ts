import { GrammyError } from 'grammy'
import { afterEach, describe, expect, it } from 'vitest'
import { isUnanswerable } from '../../src/bot/errors.js'
import { createSenderLiveness } from '../../src/server/health.js'
import { createHttpServer, json, type HttpServer } from '../../src/server/http-server.js'
import { secretMatches } from '../../src/server/telegram-webhook.js'
import { testClockRefusal, testClockStart } from '../../src/server/test-clock.js'
import { malformedReason } from '../../src/transports/update-shape.js'
import { silentLogger } from '../helpers/test-db.js'

describe('the HTTP server', () => {
  let server: HttpServer | null = null
  afterEach(async () => {
    await server?.close()
  })

  async function start(): Promise<string> {
    server = createHttpServer({
      logger: silentLogger,
      routes: [
        { method: 'GET', path: '/a', handle: () => Promise.resolve(json(200, { a: 1 })) },
        {
          method: 'POST',
          path: '/echo',
          maxBodyBytes: 10,
          handle: (request) => Promise.resolve({ status: 200, body: request.body }),
        },
        { method: 'GET', path: '/boom', handle: () => Promise.reject(new Error('boom')) },
      ],
    })
    return `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`
  }

  it('routes by exact path and method; 404, 405, 413 and 500 for the rest', async () => {
    const base = await start()
    expect(await (await fetch(`${base}/a`)).json()).toEqual({ a: 1 })
    expect((await fetch(`${base}/a?x=1`)).status).toBe(200)
    expect((await fetch(`${base}/a/`)).status).toBe(404)
    const wrongMethod = await fetch(`${base}/a`, { method: 'POST', body: 'x' })
    expect(wrongMethod.status).toBe(405)
    expect(wrongMethod.headers.get('allow')).toBe('GET')
    expect(await (await fetch(`${base}/echo`, { method: 'POST', body: '0123456789' })).text()).toBe('0123456789')
    expect((await fetch(`${base}/echo`, { method: 'POST', body: '01234567890' })).status).toBe(413)
    expect((await fetch(`${base}/boom`)).status).toBe(500)
  })

  it('refuses two routes on one method and path', () => {
    const handle = () => Promise.resolve(json(200, {}))
    expect(() =>
      createHttpServer({
        logger: silentLogger,
        routes: [
          { method: 'GET', path: '/x', handle },
          { method: 'GET', path: '/x', handle },
        ],
      }),
    ).toThrow(/duplicate route/)
  })
})

describe('the webhook secret', () => {
  it('matches only the exact secret, whatever its length', () => {
    expect(secretMatches('s3cret-s3cret-s3cret', 's3cret-s3cret-s3cret')).toBe(true)
    expect(secretMatches('s3cret-s3cret-s3cre', 's3cret-s3cret-s3cret')).toBe(false)
    expect(secretMatches(undefined, 's3cret-s3cret-s3cret')).toBe(false)
    expect(secretMatches(['s3cret-s3cret-s3cret'], 's3cret-s3cret-s3cret')).toBe(false)
  })
})

describe('the test clock', () => {
  it('is refused in production and with a Bot API that is not on loopback', () => {
    expect(testClockRefusal({ apiRoot: 'http://127.0.0.1:8081', nodeEnv: undefined })).toBeNull()
    expect(testClockRefusal({ apiRoot: 'http://localhost:8081', nodeEnv: 'test' })).toBeNull()
    expect(testClockRefusal({ apiRoot: 'https://api.telegram.org', nodeEnv: undefined })).toMatch(/loopback/)
    expect(testClockRefusal({ apiRoot: 'http://127.0.0.1:8081', nodeEnv: 'production' })).toMatch(/production/)
    expect(testClockRefusal({ apiRoot: 'https://bot-api.zaloplatforms.com', nodeEnv: undefined, variable: 'ZALO_API_ROOT' })).toMatch(
      /ZALO_API_ROOT on loopback/,
    )
  })

  it('is off without the flag and starts at the time it names', () => {
    expect(testClockStart(['node', 'main.js'])).toBeNull()
    expect(testClockStart(['node', 'main.js', '--test-clock=2026-03-02T01:00:00Z'])?.toISOString()).toBe('2026-03-02T01:00:00.000Z')
    expect(() => testClockStart(['--test-clock=tomorrow'])).toThrow(/not a date/)
  })
})

describe('the sender liveness', () => {
  it('is running after start, during a long drain, and until drains stall or it stops', async () => {
    let now = 0
    const liveness = createSenderLiveness(() => now)
    let finish: () => void = () => undefined
    const sender = liveness.wrap({ drain: () => new Promise<number>((resolve) => (finish = () => resolve(1))) })
    expect(liveness.running()).toBe(false)
    liveness.start()
    expect(liveness.running()).toBe(true)
    const draining = sender.drain()
    now = 10 * 60_000
    expect(liveness.running()).toBe(true)
    finish()
    expect(await draining).toBe(1)
    now += 60_000
    expect(liveness.running()).toBe(true)
    now += 5 * 60_000
    expect(liveness.running()).toBe(false)
    liveness.stop()
    expect(liveness.running()).toBe(false)
  })
})

describe('the Bot API contract at the door', () => {
  const chat = { id: 5, type: 'private', first_name: 'A' }
  const from = { id: 5, is_bot: false, first_name: 'A' }
  const message = (extra: Record<string, unknown>) => ({ update_id: 1, message: { message_id: 1, date: 1, chat, from, ...extra } })

  it('lets through what Telegram sends, including kinds the bot does not read', () => {
    expect(malformedReason(message({ text: '/viec 1', entities: [{ type: 'bot_command', offset: 0, length: 5 }] }))).toBeNull()
    expect(
      malformedReason({ update_id: 1, channel_post: { message_id: 1, date: 1, chat: { id: -1, type: 'channel' }, text: 'x' } }),
    ).toBeNull()
    expect(malformedReason({ update_id: 1, callback_query: { id: 'q', from, chat_instance: 'c', data: 'x' } })).toBeNull()
    expect(malformedReason({ update_id: 1, poll: { id: 'p' } })).toBeNull()
  })

  it('sets aside what breaks it', () => {
    expect(malformedReason(message({ text: 42 }))).toMatch(/not text/)
    expect(malformedReason(message({ chat: undefined, text: '/viec' }))).toMatch(/chat without/)
    expect(malformedReason(message({ chat: { id: '5', type: 'private' } }))).toMatch(/chat without/)
    expect(malformedReason(message({ from: { id: 2 ** 53 + 1, is_bot: false, first_name: 'x' } }))).toMatch(/sender/)
    expect(malformedReason(message({ text: '/viec', entities: [{ type: 'bot_command', offset: 0, length: 99 }] }))).toMatch(/outside/)
    expect(malformedReason(message({ text: '/viec', entities: 'nope' }))).toMatch(/entities/)
    expect(malformedReason({ update_id: 1, message: 'not an object' })).toMatch(/message without/)
    expect(malformedReason({ update_id: 1, callback_query: { id: 'q', from, data: 7 } })).toMatch(/callback_query/)
  })
})

describe('answers Telegram refuses', () => {
  const refusal = (code: number, description: string) =>
    new GrammyError('failed', { ok: false, error_code: code, description }, 'sendMessage', {})

  it('are out of reach (a warning) for gone chats and lost messages, errors otherwise', () => {
    expect(isUnanswerable(refusal(400, 'Bad Request: chat not found'))).toBe(true)
    expect(isUnanswerable(refusal(403, 'Forbidden: bot was blocked by the user'))).toBe(true)
    expect(isUnanswerable(refusal(400, 'Bad Request: message to edit not found'))).toBe(true)
    expect(isUnanswerable(refusal(400, 'Bad Request: message text is empty'))).toBe(false)
    expect(isUnanswerable(refusal(429, 'Too Many Requests: retry after 5'))).toBe(false)
    expect(isUnanswerable(new Error('chat not found'))).toBe(false)
  })
})
