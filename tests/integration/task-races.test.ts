import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createRepositories } from '../../src/db/repositories/index.js'
import { SettableClock } from '../../src/services/clock.js'
import { UserError } from '../../src/services/errors.js'
import { createServices, type Services } from '../../src/services/index.js'
import type { Actor } from '../../src/services/actor.js'
import { createTestDatabase, silentLogger, type TestDatabase } from '../helpers/test-db.js'

describe('concurrent writes on tasks', () => {
  let db: TestDatabase
  let services: Services
  let owner: Actor
  let contacts: Actor[]
  let committeeId: number

  beforeEach(async () => {
    db = await createTestDatabase()
    const clock = new SettableClock()
    clock.set(new Date('2023-02-20T03:00:00Z'))
    services = createServices({
      repos: createRepositories(db.prisma, () => clock.now()),
      clock,
      logger: silentLogger,
      settings: { defaultLocale: 'vi', defaultTimeZone: 'Asia/Ho_Chi_Minh', inviteTtlDays: 7 },
    })
    const person = async (name: string) => {
      const p = await services.people.identify({
        platform: 'telegram',
        externalId: name,
        displayName: name,
        username: null,
        privateChatId: name,
      })
      return { personId: p.id, platform: 'telegram' as const, chatExternalId: name, updateId: null }
    }
    owner = await person('owner')
    committeeId = (
      await services.committees.create(owner, { name: 'Ban Thường vụ Tỉnh ủy', level: 'province', timeZone: 'Asia/Ho_Chi_Minh' })
    ).id
    const body = await services.bodies.add(owner, committeeId, { name: 'Sở Giáo dục và Đào tạo', shortName: 'SGDĐT' })
    contacts = [await person('c1'), await person('c2')]
    for (const contact of contacts) {
      const invite = await services.invites.create(owner, committeeId, 'body_contact', body.id)
      await services.invites.join(contact, invite.code)
    }
    await services.tasks.assign(owner, committeeId, {
      sessionNumber: null,
      planNumber: null,
      title: 'Báo cáo tình hình ngành giáo dục',
      detail: null,
      kind: 'report',
      leadBodyId: body.id,
      coordinatingBodyIds: [],
      recipientBodyId: null,
      ccBodyIds: [],
      deadline: { kind: 'absolute', date: '2023-02-28', inclusive: false, text: 'trước ngày 28/02/2023' },
      requiresCoordinators: false,
    })
  })
  afterEach(async () => {
    await db.destroy()
  })

  it('lets exactly one of two racing confirmations for the same body in', async () => {
    const submit = (actor: Actor, n: number) =>
      services.tasks.submit(actor, committeeId, 1, {
        documentNumber: `${n}/BC`,
        documentDate: '2023-02-20',
        fileId: null,
        fileName: null,
        link: null,
        note: null,
      })
    const results = await Promise.allSettled([submit(contacts[0]!, 1), submit(contacts[1]!, 2)])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const refused = results.find((r) => r.status === 'rejected')
    expect((refused as PromiseRejectedResult).reason).toBeInstanceOf(UserError)
    expect(((refused as PromiseRejectedResult).reason as UserError).key).toBe('submission-error-pending')
    expect(await db.prisma.submission.count()).toBe(1)
  })

  it('records one verdict when two reviewers press at once', async () => {
    const { submission } = await services.tasks.submit(contacts[0]!, committeeId, 1, {
      documentNumber: '1/BC',
      documentDate: '2023-02-20',
      fileId: null,
      fileName: null,
      link: null,
      note: null,
    })
    const results = await Promise.allSettled([
      services.tasks.review(owner, committeeId, submission.id, 'accepted', null),
      services.tasks.review(owner, committeeId, submission.id, 'returned', 'Thiếu số liệu'),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const stored = await db.prisma.submission.findFirstOrThrow()
    const task = await db.prisma.task.findFirstOrThrow()
    expect(stored.review === 'accepted' ? task.status : 'open').toBe(task.status)
    expect(await db.prisma.auditEvent.count({ where: { action: { in: ['task.accept', 'task.return'] } } })).toBe(1)
  })
})
