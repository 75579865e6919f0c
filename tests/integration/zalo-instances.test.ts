import { afterEach, describe, expect, it } from 'vitest'
import { createUpdateJournalRepository } from '../../src/db/repositories/index.js'
import { zaloWebhook, ZALO_SECRET_HEADER } from '../../src/transports/zalo/webhook.js'
import { createZaloTestBot, type ZaloInstance, type ZaloTestBot } from '../helpers/fake-zalo-bot.js'
import type { ZaloUser } from '../helpers/fake-zalo-server.js'
import { silentLogger, testDatabaseKind } from '../helpers/test-db.js'
import { until } from '../helpers/until.js'

const SECRET = 'zalo-webhook-secret-for-two-instances'

/** The webhook of one instance, as our HTTP server runs it: resolves with the status Zalo gets. */
function hookOf(instance: ZaloInstance) {
  const hook = zaloWebhook({ secret: SECRET, receiver: instance.receiver, logger: silentLogger })
  return async (body: unknown) =>
    (
      await hook({
        method: 'POST',
        url: new URL('https://doithoai.test/zalo/webhook'),
        headers: { [ZALO_SECRET_HEADER]: SECRET },
        body: Buffer.from(JSON.stringify(body)),
      })
    ).status
}

/**
 * Several instances of the service in Zalo webhook mode on one database (PostgreSQL in CI): Zalo's
 * messages go through the shared update journal, so each is handled once, one chat's messages in
 * order whichever instance took them, and what an instance could not handle is taken over.
 */
describe(`Zalo with several instances on one database (${testDatabaseKind})`, () => {
  let t: ZaloTestBot
  afterEach(async () => {
    expect(t.errors).toEqual([])
    await t.close()
  })

  it('handles each message once, each chat in order, whichever instance the load balancer gives it to', async () => {
    t = await createZaloTestBot({ fake: { echo: 'none' } })
    const handledBy = { a: 0, b: 0 }
    const a = await t.instance('instance-a', { observer: { received: () => undefined, handled: () => void handledBy.a++ } })
    const b = await t.instance('instance-b', { observer: { received: () => undefined, handled: () => void handledBy.b++ } })
    await a.inbox.start({ alone: false })
    await b.inbox.start({ alone: false })
    const posts = [hookOf(a), hookOf(b)]
    const people: { user: ZaloUser; name: string; level: string }[] = [
      { user: t.fake.user('Nguyễn Văn An'), name: 'Ban Thường vụ Tỉnh ủy Quảng Ngãi', level: '1' },
      { user: t.fake.user('Trần Thị Bình'), name: 'Ban Thường vụ Huyện ủy Ba Tơ', level: '2' },
      { user: t.fake.user('Lê Văn Cường'), name: 'Đảng ủy xã Ba Động', level: '3' },
      { user: t.fake.user('Phạm Thị Dung'), name: 'Ban Dân vận Tỉnh ủy', level: '4' },
    ]
    // Each person runs /khoitao to the end, typing every answer at once: Zalo delivers the messages in
    // order, each to whichever instance; a few twice (a retried push), once to each instance.
    let posted = 0
    const statuses: number[] = []
    for (let step = 0; step < 5; step++) {
      for (const person of people) {
        const text = ['/khoitao', person.name, person.level, '1', '1'][step] ?? ''
        const { update } = t.fake.say(person.user, 'private', text)
        statuses.push(await posts[posted++ % 2]!(update))
        if (posted % 3 === 0) {
          statuses.push(await posts[posted % 2]!(update))
        }
      }
    }
    expect(statuses.every((status) => status === 200)).toBe(true)

    const journal = createUpdateJournalRepository(t.db.prisma)
    await until(async () => (await journal.counts('zalo')).done === 20, 30_000, 'all twenty updates done', 20)
    await a.inbox.idle()
    await b.inbox.idle()
    expect(await journal.counts('zalo')).toEqual({ done: 20 })
    // Both instances did part of the work; together each message once.
    expect(handledBy.a).toBeGreaterThan(0)
    expect(handledBy.b).toBeGreaterThan(0)
    expect(handledBy.a + handledBy.b).toBe(20)

    const levels = ['province', 'district', 'commune', 'agency']
    const committees = await t.db.prisma.committee.findMany({ orderBy: { id: 'asc' } })
    expect(committees.map((c) => ({ name: c.name, level: c.level })).sort((x, y) => x.name.localeCompare(y.name))).toEqual(
      people.map((p) => ({ name: p.name, level: levels[Number(p.level) - 1] })).sort((x, y) => x.name.localeCompare(y.name)),
    )
    for (const person of people) {
      // One answer per message, in the dialogue's order: the name asked, the level, the time zone, the summary, done.
      const texts = t.fake.texts(person.user.id)
      expect(texts).toHaveLength(5)
      expect(texts[3]).toContain(person.name)
      expect(texts[4]).toContain(person.name)
    }
  })

  it('takes over a chat whose messages an instance wrote down but did not handle (it stopped, or died)', async () => {
    t = await createZaloTestBot({ fake: { echo: 'none' } })
    const a = await t.instance('instance-a')
    const b = await t.instance('instance-b', { pickUpAfterMs: 200 })
    await b.inbox.start({ alone: false })
    // Instance a stops taking updates right after writing them down (as when it dies at that moment).
    await a.inbox.drain()
    const an = t.fake.user('Nguyễn Văn An')
    const postToA = hookOf(a)
    for (const text of ['/khoitao', 'UBND xã Hoà Tiến', '3', '1', '1']) {
      expect(await postToA(t.fake.say(an, 'private', text).update)).toBe(200)
    }
    // Instance b finds them in the journal and runs the dialogue in order.
    const journal = createUpdateJournalRepository(t.db.prisma)
    await until(async () => (await journal.counts('zalo')).done === 5, 30_000, 'all five updates done', 20)
    expect(await journal.counts('zalo')).toEqual({ done: 5 })
    expect(t.fake.texts(an.id)).toHaveLength(5)
    expect(await t.db.prisma.committee.findFirst()).toMatchObject({ name: 'UBND xã Hoà Tiến', level: 'commune' })
  })
})
