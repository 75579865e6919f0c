import { afterEach, describe, expect, it } from 'vitest'
import { classifyZaloError, zaloLimits } from '../../src/delivery/zalo.js'
import { GrammyError, HttpError } from 'grammy'
import { startZaloPolling, ZaloTokenRefusedError } from '../../src/transports/zalo/poller.js'
import { FakeZaloServer } from '../helpers/fake-zalo-server.js'
import { silentLogger } from '../helpers/test-db.js'
import { until as waitUntil } from '../helpers/until.js'

const until = (check: () => boolean, ms = 10_000) => waitUntil(check, ms, 'the poller', 5)

describe('Zalo long polling', () => {
  let stop: (() => Promise<void>) | null = null
  afterEach(async () => {
    await stop?.()
    stop = null
  })

  function poll(fake: FakeZaloServer, received: unknown[], extra: Partial<Parameters<typeof startZaloPolling>[0]> = {}) {
    const polling = startZaloPolling({
      apiRoot: 'http://zalo.test',
      token: fake.token,
      receive: (result) => Promise.resolve(void received.push(result)),
      logger: silentLogger,
      fetch: fake.fetch,
      ...extra,
    })
    stop = () => polling.stop()
    return polling
  }

  it('takes one update per call, treats 408 as idle and polls again at once', async () => {
    const fake = new FakeZaloServer({ idleMs: 20, echo: 'none' })
    const received: unknown[] = []
    const sleeps: number[] = []
    poll(fake, received, { sleep: (ms) => Promise.resolve(void sleeps.push(ms)) })
    await until(() => fake.count('getUpdates') >= 4)
    // Idle polls are not errors: no back-off between them.
    expect(sleeps).toEqual([])
    const an = fake.user('An')
    fake.say(an, 'private', 'một')
    fake.say(an, 'private', 'hai')
    await until(() => received.length === 2)
    expect(received.map((r) => (r as { message: { text: string } }).message.text)).toEqual(['một', 'hai'])
    expect(fake.calls.filter((c) => c.method === 'getUpdates').every((c) => c.payload.timeout === '30')).toBe(true)
  })

  it('never calls getUpdates once stopped, so no waiting message is taken and lost', async () => {
    const fake = new FakeZaloServer({ idleMs: 60_000, echo: 'none' })
    const received: unknown[] = []
    const polling = poll(fake, received, { stopGraceMs: 10 })
    await until(() => fake.count('getUpdates') === 1)
    await polling.stop()
    stop = null
    const calls = fake.count('getUpdates')
    const an = fake.user('An')
    fake.say(an, 'private', '/start')
    // The message waits at Zalo for the next start: the abandoned poll did not take it.
    expect(fake.queue).toHaveLength(1)
    expect(fake.count('getUpdates')).toBe(calls)
    expect(received).toEqual([])
  })

  it('lets the poll in flight finish on stop and keeps what it brought', async () => {
    const fake = new FakeZaloServer({ idleMs: 60_000, echo: 'none' })
    const received: unknown[] = []
    const polling = poll(fake, received, { stopGraceMs: 60_000 })
    await until(() => fake.count('getUpdates') === 1)
    const stopped = polling.stop()
    stop = null
    fake.say(fake.user('An'), 'private', '/help')
    await stopped
    expect(received).toHaveLength(1)
    expect(fake.count('getUpdates')).toBe(1)
  })

  it('backs off on other errors and ends when Zalo refuses the token', async () => {
    const fake = new FakeZaloServer({ idleMs: 20 })
    fake.webhook = { url: 'https://example.vn/hook', secret: 'secret-123' }
    const sleeps: number[] = []
    // The waits are recorded, not waited (a macrotask each, so the test's own timers still run).
    poll(fake, [], { sleep: (ms) => new Promise((resolve) => setImmediate(() => resolve(void sleeps.push(ms)))) })
    await until(() => sleeps.length >= 3)
    // getUpdates answers 400 while a webhook is set: doubling waits, not a tight loop.
    expect(sleeps.slice(0, 3)).toEqual([1000, 2000, 4000])

    const refused = startZaloPolling({
      apiRoot: 'http://zalo.test',
      token: '1:wrong-token',
      receive: () => Promise.resolve(),
      logger: silentLogger,
      fetch: fake.fetch,
    })
    await expect(refused.done).rejects.toThrow(ZaloTokenRefusedError)
  })

  it('retries writing a received message until the database takes it', async () => {
    const fake = new FakeZaloServer({ idleMs: 20, echo: 'none' })
    let failures = 2
    const written: unknown[] = []
    poll(fake, [], {
      receive: (result) => {
        if (failures-- > 0) {
          return Promise.reject(new Error('database unavailable'))
        }
        written.push(result)
        return Promise.resolve()
      },
    })
    fake.say(fake.user('An'), 'private', '/start')
    await until(() => written.length === 1, 15_000)
    expect(written).toHaveLength(1)
  }, 20_000)
})

describe('Zalo send failures', () => {
  const zalo = (code: number, description: string) =>
    new GrammyError(
      `Call to 'sendMessage' failed! (${code}: ${description})`,
      { ok: false, error_code: code, description },
      'sendMessage',
      {},
    )

  it('retries 408, pauses with a doubling wait on 429, and never takes 403 for a chat gone', () => {
    expect(classifyZaloError(zalo(408, 'Request timeout'), 1)).toMatchObject({ kind: 'retry', afterMs: 5000 })
    expect(classifyZaloError(zalo(429, 'Quota exceeded'), 1)).toMatchObject({ kind: 'rate-limited', retryAfterMs: 5000 })
    expect(classifyZaloError(zalo(429, 'Quota exceeded'), 3)).toMatchObject({ kind: 'rate-limited', retryAfterMs: 20_000 })
    expect(classifyZaloError(zalo(429, 'Quota exceeded'), 20)).toMatchObject({ kind: 'rate-limited', retryAfterMs: 600_000 })
    expect(classifyZaloError(zalo(403, 'Internal server error'), 1).kind).toBe('retry')
    expect(classifyZaloError(zalo(403, 'Internal server error'), 8).kind).toBe('rejected')
    expect(classifyZaloError(zalo(400, 'Bad request'), 1).kind).toBe('rejected')
    expect(classifyZaloError(zalo(401, 'Unauthorized'), 1).kind).toBe('retry')
    for (const attempts of [1, 5, 50]) {
      expect(classifyZaloError(zalo(403, 'x'), attempts).kind).not.toBe('gone')
    }
  })

  it('marks a send whose fate cannot be known as unknown, and one that never connected as retry', () => {
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })
    expect(classifyZaloError(new HttpError('Network request failed', reset), 1).kind).toBe('unknown')
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })
    expect(classifyZaloError(new HttpError('Network request failed', refused), 1).kind).toBe('retry')
  })

  it('books under the assumed limits with a margin', () => {
    expect(zaloLimits({ perSecond: 3, groupPerMinute: 10 })).toMatchObject({
      platformPerSecond: 3,
      perSecond: 2.4,
      group: { count: 10, windowMs: 60_000 },
      private: { count: 1, windowMs: 1000 },
    })
  })
})
