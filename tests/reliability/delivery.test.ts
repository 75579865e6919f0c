import { afterEach, describe, expect, it } from 'vitest'
import { toDbDate } from '../../src/services/calendar/local-date.js'
import { BotApiRefusal, FakeBotApi } from '../helpers/fake-bot-api.js'
import { paceRules } from '../../src/delivery/pace.js'
import { committeeWithGroups, deliverySetup, FAST_LIMITS } from '../helpers/delivery-setup.js'
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.js'

describe('the sender: outcomes of Telegram errors', () => {
  let db: TestDatabase | null = null
  afterEach(async () => {
    await db?.destroy()
    db = null
  })

  async function setup(groups: number, api?: FakeBotApi) {
    db = await createTestDatabase()
    const env = deliverySetup(db, { now: new Date(), groups, ...(api ? { api } : {}) })
    // The sender's pacing uses real time; the clock runs with it here.
    env.clock.set(new Date())
    const { committee, chatIds } = await committeeWithGroups(env.services, env.fake, groups)
    const run = await env.repos.outbox.createRun(
      { committeeId: committee.id, kind: 'daily_digest', localDate: toDbDate('2026-03-02'), state: 'pending', note: null },
      chatIds.map((id) => ({ platform: 'telegram' as const, target: String(id), toGroup: true, partNo: 1, text: `Bản tin cho ${id}` })),
    )
    return { ...env, chatIds, run: run! }
  }

  it('honours 429 retry_after: nothing is sent until it has passed, then everything is', async () => {
    const api = new FakeBotApi()
    const env = await setup(4, api)
    api.failNext('sendMessage', new BotApiRefusal(429, 'Too Many Requests: retry after 1', { retry_after: 1 }))
    const limited = new Date()
    env.clock.set(limited)
    const first = await env.sender.drain()
    expect(first).toMatchObject({ rateLimited: 1, sent: 3 })
    // The refused delivery waits for retry_after: not claimable before it has passed…
    const waiting = await db!.prisma.delivery.findFirstOrThrow({ where: { state: 'pending' } })
    expect(waiting.notBefore?.getTime()).toBe(limited.getTime() + 1000)
    expect((await env.sender.drain()).sent).toBe(0)
    // …and sent once it has.
    env.clock.set(new Date(limited.getTime() + 1000))
    expect((await env.sender.drain()).sent).toBe(1)
    const sends = api.calls.filter((c) => c.method === 'sendMessage')
    expect(sends).toHaveLength(4)
    expect((await db!.prisma.delivery.findMany()).every((d) => d.state === 'sent')).toBe(true)
    // Each group got its digest exactly once.
    expect(env.chatIds.map((id) => api.texts(id).length)).toEqual([1, 1, 1, 1])
  })

  it('fails a delivery for good on 403 and deactivates the chat', async () => {
    const api = new FakeBotApi()
    const env = await setup(2, api)
    api.upsertChat({ id: env.chatIds[0]!, type: 'group', title: 'Nhóm 0', botStatus: 'kicked' })
    const stats = await env.sender.drain()
    // The other group's digest, and the notice to the secretariat (the owner here) in the same drain.
    expect(stats).toMatchObject({ sent: 2, failed: 1 })
    const chat = await db!.prisma.chat.findFirstOrThrow({ where: { externalId: String(env.chatIds[0]) } })
    expect(chat).toMatchObject({ active: false, deactivationReason: '403: Forbidden: bot was kicked from the group chat' })
    expect(api.texts(900001)).toEqual([
      expect.stringContaining('⚠️ Bot không còn gửi được tin vào nhóm “Nhóm 0” của Ban Thường vụ Tỉnh ủy'),
    ])
    expect(await db!.prisma.delivery.count({ where: { state: 'failed' } })).toBe(1)
    expect((await env.sender.drain()).sent).toBe(0)
  })

  it('re-keys a group that became a supergroup and delivers there once', async () => {
    const api = new FakeBotApi()
    const env = await setup(1, api)
    const old = env.chatIds[0]!
    const superId = -Number(`100${Math.abs(old)}`)
    api.upsertChat({ id: old, type: 'group', title: 'Nhóm 0', migratedTo: superId })
    api.upsertChat({ id: superId, type: 'supergroup', title: 'Nhóm 0' })
    const stats = await env.sender.drain()
    expect(stats).toMatchObject({ rekeyed: 1, sent: 1 })
    expect(api.texts(superId)).toEqual([`Bản tin cho ${old}`])
    expect((await db!.prisma.chat.findFirstOrThrow()).externalId).toBe(String(superId))
    expect((await db!.prisma.delivery.findFirstOrThrow()).target).toBe(String(superId))
  })

  it('never resends a delivery whose outcome is unknown (network error after the request left)', async () => {
    const api = new FakeBotApi()
    const env = await setup(2, api)
    api.failNext('sendMessage', 'network')
    const stats = await env.sender.drain()
    expect(stats).toMatchObject({ unknown: 1, sent: 1 })
    expect((await env.sender.drain()).sent).toBe(0)
    expect(await db!.prisma.delivery.count({ where: { state: 'unknown' } })).toBe(1)
  })

  it('marks deliveries left "sending" by a dead process as unknown, and does not resend them', async () => {
    const env = await setup(3)
    // A process claimed two deliveries and died before recording anything.
    const rules = paceRules(FAST_LIMITS)
    await env.repos.outbox.claim('telegram', new Date(Date.now() - 10 * 60_000), 60_000, rules)
    await env.repos.outbox.claim('telegram', new Date(Date.now() - 10 * 60_000), 60_000, rules)
    expect(await env.sender.expireInterrupted()).toBe(2)
    // A live lease is left alone unless this is known to be the only process.
    await env.repos.outbox.claim('telegram', new Date(), 60_000, rules)
    expect(await env.sender.expireInterrupted()).toBe(0)
    expect(await env.sender.expireInterrupted(true)).toBe(1)
    const stats = await env.sender.drain()
    expect(stats.sent).toBe(0)
    expect((await db!.prisma.delivery.findMany({ orderBy: { id: 'asc' } })).map((d) => d.state)).toEqual(['unknown', 'unknown', 'unknown'])
    expect(await db!.prisma.run.findFirstOrThrow()).toMatchObject({ state: 'done' })
  })
})
