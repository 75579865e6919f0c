import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/db/client.js'
import { runDailyDigest } from '../../src/jobs/daily-digest.js'
import { atLocalTime } from '../../src/services/time.js'
import { committeeWithGroups, deliverySetup } from '../helpers/delivery-setup.js'
import { createTestDatabase, silentLogger, type TestDatabase } from '../helpers/test-db.js'

const at = (date: string, time: string) => atLocalTime(date, time, 'Asia/Ho_Chi_Minh')

describe('the daily digest job', () => {
  let db: TestDatabase | null = null
  afterEach(async () => {
    await db?.destroy()
    db = null
  })

  async function setup(now: Date, groups = 2) {
    db = await createTestDatabase()
    const env = deliverySetup(db, { now, groups })
    const { committee, chatIds } = await committeeWithGroups(env.services, env.fake, groups)
    const run = async (time: Date) => {
      env.clock.set(time)
      const result = await runDailyDigest({ services: env.services, translate: env.translate, logger: silentLogger }, time)
      const stats = await env.sender.drain()
      return { ...result, ...stats }
    }
    return { ...env, committee, chatIds, run }
  }

  const workingMorningsTitle =
    'sends on working mornings only: not before 07:30, not on a weekend, a Tết day or a swapped day; yes on a make-up Saturday'
  it(workingMorningsTitle, async () => {
    const env = await setup(at('2026-01-05', '07:00'))
    expect((await env.run(at('2026-01-05', '07:29'))).created).toBe(0)
    expect(await env.run(at('2026-01-05', '07:30'))).toMatchObject({ created: 1, sent: 2 })
    expect((await env.run(at('2026-01-05', '08:00'))).created).toBe(0)
    expect((await env.run(at('2026-01-04', '08:00'))).created).toBe(0) // Sunday
    expect((await env.run(at('2026-01-02', '08:00'))).created).toBe(0) // swapped Friday, off
    expect((await env.run(at('2026-02-18', '08:00'))).created).toBe(0) // Tết Bính Ngọ
    expect((await env.run(at('2026-01-10', '08:00'))).created).toBe(1) // make-up Saturday
    for (const chatId of env.chatIds) {
      expect(env.fake.texts(chatId)).toHaveLength(2)
      expect(env.fake.texts(chatId)[0]).toBe(
        '📋 Bản tin ngày 2026-01-05: không có nhiệm vụ quá hạn hay đến hạn.'.replace('2026-01-05', '05/01/2026'),
      )
    }
  })

  it('catches up a digest missed while the bot was down, until 11:00, and records it skipped after', async () => {
    const env = await setup(at('2026-03-02', '06:00'))
    // Down across 07:30, back at 09:00: sent once.
    expect(await env.run(at('2026-03-02', '09:00'))).toMatchObject({ created: 1, sent: 2 })
    expect(await env.run(at('2026-03-02', '09:01'))).toMatchObject({ created: 0, sent: 0 })
    // Down until 12:00 the next day: skipped, reported to the secretariat, nothing sent to the groups.
    const next = await env.run(at('2026-03-03', '12:00'))
    expect(next).toMatchObject({ created: 0, skipped: 1 })
    const runs = await db!.prisma.run.findMany({ orderBy: { id: 'asc' } })
    expect(runs.map((r) => r.state)).toEqual(['done', 'skipped'])
    expect(runs[1]?.note).toContain('missed')
    expect(env.chatIds.map((id) => env.fake.texts(id).length)).toEqual([1, 1])
    expect(env.fake.texts(900001).at(-1)).toBe(
      '⚠️ Bản tin ngày 03/03/2026 không được gửi: bot không chạy trong khung giờ 07:30–11:00. Xem tình hình bằng /quahan và /tuannay.',
    )
  })

  it('makes one run per committee and day however many times and from however many instances it ticks', async () => {
    const env = await setup(at('2026-03-04', '07:30'), 3)
    // On PostgreSQL the second "instance" has its own connection pool, as a second process would.
    const second = db!.kind === 'postgres' ? await openDatabase(db!.options) : null
    const other = deliverySetup(second ? { ...db!, prisma: second.prisma } : db!, {
      now: at('2026-03-04', '07:30'),
      groups: 0,
      api: env.fake,
    })
    const tick = (services: typeof env.services) =>
      runDailyDigest({ services, translate: env.translate, logger: silentLogger }, at('2026-03-04', '07:31'))
    const results = await Promise.all([tick(env.services), tick(other.services), tick(env.services), tick(other.services)])
    expect(results.reduce((sum, r) => sum + r.created, 0)).toBe(1)
    const drained = await Promise.all([env.sender.drain(), other.sender.drain()])
    expect(drained.reduce((sum, s) => sum + s.sent, 0)).toBe(3)
    expect(env.chatIds.map((id) => env.fake.texts(id).length)).toEqual([1, 1, 1])
    await second?.close()
  })
})
