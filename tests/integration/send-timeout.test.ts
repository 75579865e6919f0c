import { Api } from 'grammy'
import { afterEach, describe, expect, it } from 'vitest'
import { createPlatformSender, DELIVERY_LEASE_MS } from '../../src/delivery/sender.js'
import { classifyTelegramError, SEND_TIMEOUT_MS, SendTimeoutError, telegramDriver, withSendTimeout } from '../../src/delivery/telegram.js'
import { toDbDate } from '../../src/services/calendar/local-date.js'
import { committeeWithGroups, deliverySetup, FAST_LIMITS } from '../helpers/delivery-setup.js'
import { startFakeTelegram } from '../helpers/fake-telegram-server.js'
import { createTestDatabase, silentLogger, type TestDatabase } from '../helpers/test-db.js'

describe('a send that gets no answer', () => {
  let db: TestDatabase | null = null
  let telegram: Awaited<ReturnType<typeof startFakeTelegram>> | null = null
  afterEach(async () => {
    await telegram?.close()
    await db?.destroy()
    telegram = null
    db = null
  })

  it('ends as unknown at its deadline, through a real HTTP request, and is never sent again', async () => {
    db = await createTestDatabase()
    const env = deliverySetup(db, { now: new Date('2026-03-02T00:30:00Z'), groups: 0 })
    const { committee } = await committeeWithGroups(env.services, env.fake, 0)
    await env.repos.outbox.createRun(
      { committeeId: committee.id, kind: 'daily_digest', localDate: toDbDate('2026-03-02'), state: 'pending', note: null },
      [{ platform: 'telegram', target: '-8500001', toGroup: true, partNo: 1, text: 'Bản tin ngày 02/3' }],
    )
    // A Bot API on loopback that takes the request and never answers (the connection stays open).
    telegram = await startFakeTelegram()
    telegram.api.upsertChat({ id: -8500001, type: 'group', title: 'Nhóm' })
    telegram.hold('sendMessage')
    const sender = createPlatformSender({
      services: env.services,
      driver: telegramDriver(new Api('123456:fake-token-for-tests', { apiRoot: telegram.url }), {
        limits: FAST_LIMITS,
        // Long enough for the request to reach the fake server on a loaded machine (at 300 ms a busy CI box could
        // end the send before its bytes were read, and the request was never seen).
        sendTimeoutMs: 1500,
      }),
      clock: env.clock,
      logger: silentLogger,
    })

    expect(await sender.drain()).toMatchObject({ sent: 0, unknown: 1, retried: 0 })
    const [row] = await db.prisma.delivery.findMany()
    expect(row).toMatchObject({ state: 'unknown', attempts: 1 })
    expect(row?.error).toMatch(/^timeout: no answer within 1500 ms/)
    // Telegram got the request once; the run is finished (nothing left pending), and later passes,
    // even after the lease would have run out, never send it again.
    const sends = () => telegram?.calls.filter((c) => c.method === 'sendMessage').length
    expect(sends()).toBe(1)
    telegram.release('sendMessage')
    env.clock.set(new Date(env.clock.now().getTime() + 2 * DELIVERY_LEASE_MS))
    expect(await sender.expireInterrupted()).toBe(0)
    expect(await sender.drain()).toMatchObject({ sent: 0, unknown: 0 })
    expect(sends()).toBe(1)
    expect(await db.prisma.delivery.findMany()).toMatchObject([{ state: 'unknown' }])
    expect(await db.prisma.run.findMany()).toMatchObject([{ state: 'done' }])
  })
})

describe('the send deadline', () => {
  it('ends a send whose request ignores the abort, and aborts the request', async () => {
    let aborted = false
    const hanging = withSendTimeout(
      50,
      (signal) =>
        new Promise<never>(() => {
          signal.addEventListener('abort', () => (aborted = true))
        }),
    )
    await expect(hanging).rejects.toBeInstanceOf(SendTimeoutError)
    expect(aborted).toBe(true)
    expect(classifyTelegramError(new SendTimeoutError('no answer within 50 ms'), 1)).toMatchObject({ kind: 'unknown' })
  })

  it('leaves an answer in time alone', async () => {
    await expect(withSendTimeout(1000, () => Promise.resolve('42'))).resolves.toBe('42')
  })

  it('is well inside the delivery lease, so a hung send is settled by its own process', () => {
    expect(SEND_TIMEOUT_MS).toBeLessThanOrEqual(DELIVERY_LEASE_MS / 2)
  })
})
