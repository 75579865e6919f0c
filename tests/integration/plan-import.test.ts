import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { UserError } from '../../src/services/errors.js'
import { ROOT } from '../helpers/processes.js'
import { committeeWithGroups, deliverySetup } from '../helpers/delivery-setup.js'
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.js'

const PLAN = readFileSync(join(ROOT, 'tests', 'fixtures', 'import', 'other-plan.txt'), 'utf8')

describe('saving an imported plan', () => {
  let db: TestDatabase | null = null
  afterEach(async () => {
    await db?.destroy()
    db = null
  })

  async function setup() {
    db = await createTestDatabase()
    const env = deliverySetup(db, { now: new Date('2024-03-01T02:00:00Z'), groups: 0 })
    const { committee, owner } = await committeeWithGroups(env.services, env.fake, 0)
    await env.services.bodies.add(owner, committee.id, { name: 'Ban Dân vận Huyện ủy', shortName: 'BDVHU' })
    return { ...env, committee, owner, db }
  }

  const counts = async (d: TestDatabase) => ({
    plans: await d.prisma.plan.count(),
    bodies: await d.prisma.body.count(),
    sessions: await d.prisma.session.count(),
    tasks: await d.prisma.task.count(),
  })

  it('creates plan, new bodies, sessions and tasks together, using the bodies the committee has', async () => {
    const env = await setup()
    const prepared = await env.services.planImport.prepare(env.owner, env.committee.id, PLAN, 2024)
    expect(prepared.bodies.find((b) => b.name === 'Ban Dân vận Huyện ủy')?.existing?.shortName).toBe('BDVHU')
    const result = await env.services.planImport.commit(env.owner, env.committee.id, prepared)
    expect(await counts(env.db)).toEqual({ plans: 1, bodies: 7, sessions: 2, tasks: prepared.draft.tasks.length })
    expect(result).toMatchObject({
      planNumber: 1,
      sessionNumbers: [1, 2],
      createdBodies: [
        'Huyện đoàn',
        'Phòng Văn hóa - Thông tin huyện',
        'Văn phòng Huyện ủy',
        'Đảng ủy xã Sơn Kỳ',
        'Đảng ủy xã Sơn Ba',
        'Công an huyện',
      ],
    })
    const audit = await env.db.prisma.auditEvent.groupBy({ by: ['action'], _count: { _all: true } })
    expect(Object.fromEntries(audit.map((a) => [a.action, a._count._all]))).toMatchObject({
      'plan.create': 1,
      'session.create': 2,
      'task.assign': prepared.draft.tasks.length,
    })
  })

  it('changes nothing when any part is refused: the whole import is one transaction', async () => {
    const env = await setup()
    const prepared = await env.services.planImport.prepare(env.owner, env.committee.id, PLAN, 2024)
    const before = await counts(env.db)
    // The last session is refused by the session service (a topic too short to be one).
    prepared.draft.sessions[1]!.topic = 'x'
    await expect(env.services.planImport.commit(env.owner, env.committee.id, prepared)).rejects.toBeInstanceOf(UserError)
    expect(await counts(env.db)).toEqual(before)
    // And the same draft, mended, then saves.
    prepared.draft.sessions[1]!.topic = 'Đối thoại với Nhân dân xã Sơn Kỳ và xã Sơn Ba'
    await env.services.planImport.commit(env.owner, env.committee.id, prepared)
    expect((await counts(env.db)).plans).toBe(1)
  })
})
