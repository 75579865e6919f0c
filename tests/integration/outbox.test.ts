import { Api } from 'grammy'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type Database } from '../../src/db/client.js'
import { createRepositories, type Repositories } from '../../src/db/repositories/index.js'
import type { SendLimits } from '../../src/delivery/pace.js'
import { createPlatformSender, createSender, type SenderEvent } from '../../src/delivery/sender.js'
import { telegramDriver } from '../../src/delivery/telegram.js'
import { toDbDate } from '../../src/services/calendar/local-date.js'
import { createServices } from '../../src/services/index.js'
import { assignDue, committeeWithGroups, deliverySetup, joinWithCode } from '../helpers/delivery-setup.js'
import { createTestDatabase, silentLogger, testDatabaseKind, type TestDatabase } from '../helpers/test-db.js'

describe('announcements are written in the transaction of their change', () => {
  let db: TestDatabase | null = null
  afterEach(async () => {
    await db?.destroy()
    db = null
  })

  async function setup() {
    db = await createTestDatabase()
    const env = deliverySetup(db, { now: new Date('2026-03-02T02:00:00Z'), groups: 0 })
    const { committee, owner } = await committeeWithGroups(env.services, env.fake, 0)
    const sgd = await env.services.bodies.add(owner, committee.id, { name: 'Sở Giáo dục và Đào tạo', shortName: 'SGDĐT' })
    const syt = await env.services.bodies.add(owner, committee.id, { name: 'Sở Y tế', shortName: 'SYT' })
    await joinWithCode(env.services, env.fake, owner, committee.id, { id: 930001, name: 'Cường' }, 'body_contact', sgd.id)
    await joinWithCode(env.services, env.fake, owner, committee.id, { id: 930002, name: 'Hoa', locale: 'en' }, 'body_contact', sgd.id)
    return { ...env, committee, owner, sgd, syt }
  }

  it('writes nothing when the change rolls back, even after the announcement was written in it', async () => {
    const env = await setup()
    // The same services on repositories whose every transaction fails at the end, after the work
    // (and the announcement) was done in it: as if the commit failed.
    const failing: Repositories = {
      ...env.repos,
      transaction: (fn) =>
        env.repos.transaction(async (tx) => {
          await fn(tx)
          throw new Error('commit failed')
        }),
    }
    const services = createServices({ repos: failing, clock: env.clock, logger: silentLogger, settings: env.services.settings })
    await expect(
      assignDue(services, env.owner, env.committee.id, env.sgd.id, 'Báo cáo tình hình ngành giáo dục', '2026-03-12'),
    ).rejects.toThrow('commit failed')
    expect(await db!.prisma.task.count()).toBe(0)
    expect(await db!.prisma.delivery.count()).toBe(0)
    expect(await env.sender.drain()).toMatchObject({ sent: 0 })
    expect(env.fake.texts(930001)).toEqual([])
  })

  it('writes each recipient’s message in their language, buttons in private only, and reports who cannot be reached', async () => {
    const env = await setup()
    const group = -7_000_001
    env.fake.upsertChat({ id: group, type: 'group', title: 'Tổ công tác SGDĐT' })
    const invite = await env.services.invites.create(env.owner, env.committee.id, 'body_group', env.sgd.id)
    await env.services.invites.bindChat(env.owner, invite.code, { platform: 'telegram', externalId: String(group), title: 'Tổ' }, true)
    const { task, reach } = await env.services.tasks.assign(env.owner, env.committee.id, {
      sessionNumber: null,
      planNumber: null,
      title: 'Báo cáo tình hình ngành giáo dục',
      detail: null,
      kind: 'report',
      leadBodyId: env.sgd.id,
      coordinatingBodyIds: [env.syt.id],
      recipientBodyId: null,
      ccBodyIds: [],
      deadline: { kind: 'absolute', date: '2026-03-12', inclusive: true, text: 'chậm nhất ngày 12/03/2026' },
      requiresCoordinators: false,
    })
    // Sở Y tế has no contact and no group: the secretariat is asked to call it.
    expect(reach).toEqual({ people: 2, groups: 1, unreachable: ['Sở Y tế'] })
    const rows = await db!.prisma.delivery.findMany({ orderBy: { id: 'asc' } })
    expect(rows.map((d) => [d.target, d.toGroup, d.runId, d.topic, d.state, d.keyboard !== null])).toEqual([
      ['930001', false, null, 'task-announce', 'pending', true],
      ['930002', false, null, 'task-announce', 'pending', true],
      [String(group), true, null, 'task-announce', 'pending', false],
    ])
    expect(rows[0]?.text).toContain(`📌 Nhiệm vụ mới số ${task.number}`)
    expect(rows[1]?.text).toContain(`New task number ${task.number}`)
    expect(rows[1]?.keyboard).toEqual([[{ text: '📤 Confirm sent', data: `nop:${task.number}` }]])
    expect(await env.sender.drain()).toMatchObject({ sent: 3 })
    expect(env.fake.texts(930002)).toEqual([rows[1]?.text])
    expect(env.fake.sentMessages(930001).at(-1)?.keyboard).toEqual({
      inline_keyboard: [[{ text: '📤 Xác nhận đã gửi', callback_data: 'nop:1' }]],
    })
  })

  it('lets exactly one of two racing confirmations announce itself', async () => {
    const env = await setup()
    await assignDue(env.services, env.owner, env.committee.id, env.sgd.id, 'Báo cáo tình hình ngành giáo dục', '2026-03-12')
    const people = await db!.prisma.person.findMany({ where: { displayName: { in: ['Cường', 'Hoa'] } } })
    const results = await Promise.allSettled(
      people.map((p) =>
        env.services.tasks.submit({ personId: p.id, platform: 'telegram', chatExternalId: null, updateId: null }, env.committee.id, 1, {
          documentNumber: `${p.id}/BC-SGDĐT`,
          documentDate: '2026-03-02',
          fileId: null,
          fileName: null,
          link: null,
          note: null,
        }),
      ),
    )
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    // The secretariat (the owner) is told of the one that was saved, never of the refused one.
    expect(await db!.prisma.delivery.count({ where: { topic: 'submission-announce' } })).toBe(1)
  })
})

/** Limits scaled down so a test takes seconds, with the same shape as Telegram's (the margin is wider: the machine is busy). */
const TEST_LIMITS: SendLimits = {
  platformPerSecond: 60,
  perSecond: 40,
  group: { count: 3, windowMs: 1500 },
  private: { count: 1, windowMs: 300 },
  concurrency: 4,
}

/** The most calls any window of `windowMs` holds. */
function maxInWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b)
  let most = 0
  for (let start = 0, end = 0; end < sorted.length; end++) {
    while ((sorted[end] ?? 0) - (sorted[start] ?? 0) >= windowMs) {
      start++
    }
    most = Math.max(most, end - start + 1)
  }
  return most
}

describe(`two senders on one database (${testDatabaseKind})`, () => {
  let db: TestDatabase | null = null
  let second: Database | null = null
  afterEach(async () => {
    await second?.close()
    second = null
    await db?.destroy()
    db = null
  })

  it('together stay under the limits per second, per group and per person, and send each delivery once', async () => {
    db = await createTestDatabase()
    const env = deliverySetup(db, { now: new Date(), groups: 0 })
    env.clock.set(new Date())
    const { committee } = await committeeWithGroups(env.services, env.fake, 0)
    const groups = Array.from({ length: 60 }, (_, i) => String(-(8_000_000 + i)))
    const busyGroup = '-8100000'
    const person = '8200000'
    await env.repos.outbox.createRun(
      { committeeId: committee.id, kind: 'daily_digest', localDate: toDbDate('2026-03-02'), state: 'pending', note: null },
      [
        ...groups.map((target) => ({ platform: 'telegram' as const, target, toGroup: true, partNo: 1, text: `Bản tin ${target}` })),
        ...Array.from({ length: 6 }, (_, i) => ({
          platform: 'telegram' as const,
          target: busyGroup,
          toGroup: true,
          partNo: i + 1,
          text: `Phần ${i + 1}`,
        })),
        ...Array.from({ length: 3 }, (_, i) => ({
          platform: 'telegram' as const,
          target: person,
          toGroup: false,
          partNo: i + 1,
          text: `Riêng ${i + 1}`,
        })),
      ],
    )
    for (const id of [...groups, busyGroup]) {
      env.fake.upsertChat({ id: Number(id), type: 'group', title: id })
    }
    env.fake.upsertChat({ id: Number(person), type: 'private', firstName: 'Bình' })

    // When each request reached the Bot API, as Telegram would count it.
    const arrivals: { chat: string; at: number }[] = []
    const fetch = (async (url: string, init?: RequestInit) => {
      if (url.endsWith('/sendMessage') && typeof init?.body === 'string') {
        arrivals.push({ chat: String((JSON.parse(init.body) as { chat_id: unknown }).chat_id), at: performance.now() })
      }
      return env.fake.fetch(url, init)
    }) as never
    // On PostgreSQL the second sender has its own connections, as another process would; PGlite has one database in one process.
    second = testDatabaseKind === 'postgres' ? await openDatabase(db.options) : null
    const senderOn = (prisma: Database['prisma']) => {
      const services = createServices({
        repos: createRepositories(prisma, () => env.clock.now()),
        clock: env.clock,
        logger: silentLogger,
        settings: env.services.settings,
      })
      return createPlatformSender({
        services,
        driver: telegramDriver(new Api('123456:fake-token-for-tests', { fetch }), { limits: TEST_LIMITS }),
        clock: env.clock,
        logger: silentLogger,
      })
    }
    const senders = [senderOn(db.prisma), senderOn(second?.prisma ?? db.prisma)]
    const stats = await Promise.all(senders.map((sender) => sender.drain()))

    // Each delivery once, by one sender or the other, and both took part.
    expect(stats.map((s) => s.sent).reduce((a, b) => a + b)).toBe(69)
    expect(stats.every((s) => s.sent > 0)).toBe(true)
    expect(arrivals).toHaveLength(69)
    expect(groups.map((g) => env.fake.texts(Number(g)))).toEqual(groups.map((g) => [`Bản tin ${g}`]))
    expect(env.fake.texts(Number(busyGroup))).toEqual(['Phần 1', 'Phần 2', 'Phần 3', 'Phần 4', 'Phần 5', 'Phần 6'])
    expect(env.fake.texts(Number(person))).toEqual(['Riêng 1', 'Riêng 2', 'Riêng 3'])
    expect(await db.prisma.delivery.count({ where: { state: { not: 'sent' } } })).toBe(0)

    // What the Bot API saw: never more than the platform's per second, a group's per window, a person's per window.
    expect(
      maxInWindow(
        arrivals.map((a) => a.at),
        1000,
      ),
    ).toBeLessThanOrEqual(TEST_LIMITS.platformPerSecond)
    const busy = arrivals.filter((a) => a.chat === busyGroup).map((a) => a.at)
    expect(maxInWindow(busy, TEST_LIMITS.group.windowMs)).toBeLessThanOrEqual(TEST_LIMITS.group.count)
    const personal = arrivals.filter((a) => a.chat === person).map((a) => a.at)
    expect(maxInWindow(personal, TEST_LIMITS.private.windowMs)).toBe(1)
  }, 120_000)
})

describe('a busy process', () => {
  let db: TestDatabase | null = null
  afterEach(async () => {
    await db?.destroy()
    db = null
  })

  it('books again a send it woke up too late for, instead of sending it late: the pace holds', async () => {
    db = await createTestDatabase()
    const env = deliverySetup(db, { now: new Date(), groups: 0 })
    env.clock.set(new Date())
    const { committee } = await committeeWithGroups(env.services, env.fake, 0)
    // More sends in flight than the platform allows in a second: all of them wait through the freeze.
    const limits: SendLimits = { ...TEST_LIMITS, platformPerSecond: 24, perSecond: 20, concurrency: 30 }

    /** 40 groups' digest through a sender whose process freezes for 2 s at the start; when each request arrived. */
    async function fanOut(round: number, tolerant: boolean) {
      const groups = Array.from({ length: 40 }, (_, i) => -(8_400_000 + round * 1000 + i))
      for (const id of groups) {
        env.fake.upsertChat({ id, type: 'group', title: String(id) })
      }
      await env.repos.outbox.createRun(
        { committeeId: committee.id, kind: 'daily_digest', localDate: toDbDate(`2026-03-0${round}`), state: 'pending', note: null },
        groups.map((id) => ({ platform: 'telegram' as const, target: String(id), toGroup: true, partNo: 1, text: `Bản tin ${id}` })),
      )
      const arrivals: number[] = []
      const fetch = (async (url: string, init?: RequestInit) => {
        if (url.endsWith('/sendMessage')) {
          arrivals.push(performance.now())
        }
        return env.fake.fetch(url, init)
      }) as never
      // Every wait that starts during the freeze ends when it ends, as timers do in a starved process.
      let frozenUntil = Infinity
      const sleep = (ms: number) =>
        new Promise<void>((resolve) => {
          const now = performance.now()
          frozenUntil = Math.min(frozenUntil, now + 2000)
          setTimeout(resolve, Math.max(ms, now < frozenUntil ? frozenUntil - now : 0))
        })
      const sender = createSender({
        outbox: env.repos.outbox,
        // A sender that took the platform's limit for its own (no margin) would have no room to send late.
        driver: telegramDriver(new Api('123456:fake-token-for-tests', { fetch }), {
          limits: tolerant ? { ...limits, platformPerSecond: 1000 } : limits,
        }),
        chatGone: () => Promise.resolve(),
        chatMoved: () => Promise.resolve(),
        clock: env.clock,
        logger: silentLogger,
        sleep,
      })
      const stats = await sender.drain()
      expect(stats).toMatchObject({ sent: 40, unknown: 0 })
      expect(groups.map((id) => env.fake.texts(id).length)).toEqual(groups.map(() => 1))
      return { stats, arrivals }
    }

    const paced = await fanOut(1, false)
    // The sends that woke up late were booked again, and what left keeps the platform's limit.
    expect(paced.stats.rebooked).toBeGreaterThan(0)
    expect(maxInWindow(paced.arrivals, 1000)).toBeLessThanOrEqual(limits.platformPerSecond)
    // Control: sent late as they woke, the same sends bunch beyond it.
    const bunched = await fanOut(2, true)
    expect(bunched.stats.rebooked).toBe(0)
    expect(maxInWindow(bunched.arrivals, 1000)).toBeGreaterThan(limits.platformPerSecond)
  }, 180_000)
})

describe('each platform has its own sender, errors and limits', () => {
  let db: TestDatabase | null = null
  afterEach(async () => {
    await db?.destroy()
    db = null
  })

  it('claims only its platform’s deliveries and reads its errors its own way (Zalo’s 403 is a server error, not a chat gone)', async () => {
    db = await createTestDatabase()
    const env = deliverySetup(db, { now: new Date(), groups: 0 })
    env.clock.set(new Date())
    const { committee } = await committeeWithGroups(env.services, env.fake, 0)
    const zaloGroup = 'a1b2c3d4e5f60718293a'
    await env.repos.outbox.createRun(
      { committeeId: committee.id, kind: 'daily_digest', localDate: toDbDate('2026-03-02'), state: 'pending', note: null },
      [
        { platform: 'zalo', target: zaloGroup, toGroup: true, partNo: 1, text: 'Bản tin (Zalo)' },
        { platform: 'telegram', target: '-8300000', toGroup: true, partNo: 1, text: 'Bản tin (Telegram)' },
      ],
    )
    // A platform whose 403 means "internal server error": one new driver, the same sender.
    const tried: string[] = []
    const events: SenderEvent[] = []
    const zalo = createPlatformSender({
      services: env.services,
      driver: {
        platform: 'zalo',
        limits: {
          platformPerSecond: 100,
          perSecond: 50,
          group: { count: 20, windowMs: 1000 },
          private: { count: 5, windowMs: 1000 },
          concurrency: 2,
        },
        send: (message) => {
          tried.push(message.target)
          return Promise.reject(Object.assign(new Error('Internal server error'), { error_code: 403 }))
        },
        classify: (error) =>
          (error as { error_code?: number }).error_code === 403
            ? { kind: 'retry', afterMs: 60_000, description: '403: Internal server error' }
            : { kind: 'unknown', description: String(error) },
      },
      clock: env.clock,
      logger: silentLogger,
      onEvent: (event) => events.push(event),
    })
    expect(await zalo.drain()).toMatchObject({ sent: 0, retried: 1, failed: 0 })
    expect(tried).toEqual([zaloGroup])
    expect(events.filter((e) => e.type === 'outcome')).toEqual([
      { type: 'outcome', platform: 'zalo', topic: 'daily_digest', outcome: 'retried', attempts: 1 },
    ])
    const rows = await db.prisma.delivery.findMany({ orderBy: { id: 'asc' } })
    // The Zalo delivery waits for its retry; the Telegram one was not touched by the Zalo sender.
    expect(rows.map((d) => [d.platform, d.state, d.attempts])).toEqual([
      ['zalo', 'pending', 1],
      ['telegram', 'pending', 0],
    ])
    expect(rows[0]?.notBefore?.getTime()).toBe(env.clock.now().getTime() + 60_000)
    // Telegram's sender sends its own.
    env.fake.upsertChat({ id: -8300000, type: 'group', title: 'Nhóm' })
    expect(await env.sender.drain()).toMatchObject({ sent: 1 })
    expect(env.fake.texts(-8300000)).toEqual(['Bản tin (Telegram)'])
  })
})
