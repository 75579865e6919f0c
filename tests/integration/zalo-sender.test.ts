import { afterEach, describe, expect, it } from 'vitest'
import { createPlatformSender } from '../../src/delivery/sender.js'
import { zaloDriver, zaloLimits } from '../../src/delivery/zalo.js'
import { createZaloTestBot, type ZaloTestBot } from '../helpers/fake-zalo-bot.js'
import { silentLogger } from '../helpers/test-db.js'

/**
 * Zalo's sender against the fake server's quota (Zalo publishes no limits, so ours are
 * configuration): within the quota nothing is refused; past it, 429 "Quota exceeded" pauses every
 * sender and nothing is sent twice.
 */
describe('the Zalo sender under a quota', () => {
  let t: ZaloTestBot
  afterEach(async () => {
    expect(t.errors).toEqual([])
    await t.close()
  })

  /** `count` people who started the bot on Zalo, and one notice to each of them in the outbox. */
  async function noticesTo(count: number) {
    const owner = await t.services.people.identify({
      platform: 'zalo',
      externalId: '1',
      displayName: 'Chủ',
      username: null,
      privateChatId: '1',
    })
    const committee = await t.services.committees.create(
      { personId: owner.id, platform: 'zalo', chatExternalId: '1', updateId: null },
      { name: 'Ban Thường vụ Huyện ủy', level: 'district', timeZone: 'Asia/Ho_Chi_Minh' },
    )
    const users = Array.from({ length: count }, (_, i) => t.fake.user(`Cán bộ ${i + 1}`))
    const personIds: number[] = []
    for (const user of users) {
      const id = String(await t.idOf(user))
      personIds.push(
        (await t.services.people.identify({ platform: 'zalo', externalId: id, displayName: user.name, username: null, privateChatId: id }))
          .id,
      )
    }
    await t.services.announce(t.repos, [
      {
        committeeId: committee.id,
        topic: 'test-notice',
        to: [{ kind: 'people', personIds }],
        text: () => 'Thông báo lịch đối thoại quý II',
      },
    ])
    return users
  }

  it('keeps within a quota matching its limits: every notice sent once, no 429', async () => {
    t = await createZaloTestBot({ fake: { quota: { count: 3, windowMs: 1000 }, echo: 'none' } })
    const users = await noticesTo(6)
    const sender = createPlatformSender({
      services: t.services,
      driver: zaloDriver(t.bot.api, zaloLimits({ perSecond: 3, groupPerMinute: 10 })),
      clock: t.clock,
      logger: silentLogger,
    })
    const stats = await sender.drain()
    expect(stats).toMatchObject({ sent: 6, rateLimited: 0, unknown: 0, failed: 0 })
    expect(users.map((user) => t.fake.texts(user.id))).toEqual(users.map(() => ['Thông báo lịch đối thoại quý II']))
  }, 60_000)

  it('backs off when Zalo answers "Quota exceeded": paused, the rest kept for later, nothing sent twice', async () => {
    t = await createZaloTestBot({ fake: { quota: { count: 2, windowMs: 60_000 }, echo: 'none' } })
    const users = await noticesTo(4)
    const events: string[] = []
    const sender = createPlatformSender({
      services: t.services,
      driver: zaloDriver(t.bot.api, zaloLimits({ perSecond: 20, groupPerMinute: 10 })),
      clock: t.clock,
      logger: silentLogger,
      onEvent: (event) => events.push(event.type === 'paused' ? `paused ${event.ms}` : event.type),
    })
    const stats = await sender.drain()
    expect(stats.sent).toBe(2)
    expect(stats.rateLimited).toBeGreaterThanOrEqual(1)
    expect(events).toContain('paused 5000')
    const shown = users.flatMap((user) => t.fake.texts(user.id))
    expect(shown).toHaveLength(2)
    const pending = await t.db.prisma.delivery.findMany({ where: { state: 'pending' } })
    expect(pending).toHaveLength(2)
    expect(pending.every((delivery) => delivery.error?.includes('Quota exceeded'))).toBe(true)
  }, 60_000)
})
