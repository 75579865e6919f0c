import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createRepositories, type Repositories } from '../../src/db/repositories/index.js'
import { runPurgeRuntime } from '../../src/jobs/purge-runtime.js'
import { createTestDatabase, silentLogger, type TestDatabase } from '../helpers/test-db.js'

describe('runtime state: processed updates and dialogue states', () => {
  let db: TestDatabase
  let repos: Repositories
  beforeEach(async () => {
    db = await createTestDatabase()
    repos = createRepositories(db.prisma)
  })
  afterEach(async () => {
    await db.destroy()
  })

  it('claims an update once, lets a crashed claim be handled again, and ignores a finished one', async () => {
    const now = new Date('2026-03-02T01:00:00Z')
    expect(await repos.runtime.claimUpdate('telegram', 42, now, 60_000)).toBe(true)
    expect(await repos.runtime.claimUpdate('telegram', 42, now, 60_000)).toBe(false)
    // The same id on another platform is another update.
    expect(await repos.runtime.claimUpdate('console', 42, now, 60_000)).toBe(true)
    // After the lease, an unfinished claim can be taken again (the first handler died).
    expect(await repos.runtime.claimUpdate('telegram', 42, new Date(now.getTime() + 61_000), 60_000)).toBe(true)
    await repos.runtime.finishUpdate('telegram', 42)
    expect(await repos.runtime.claimUpdate('telegram', 42, new Date(now.getTime() + 10 * 60_000), 60_000)).toBe(false)
    // A new poller releases claims left unfinished by a dead process.
    expect(await repos.runtime.claimUpdate('telegram', 43, now, 60_000)).toBe(true)
    expect(await repos.runtime.releaseUnfinished('telegram')).toBe(1)
    expect(await repos.runtime.claimUpdate('telegram', 43, now, 60_000)).toBe(true)
  })

  it('purges old update ids and abandoned dialogue states, and keeps recent ones', async () => {
    const old = new Date('2026-03-01T00:00:00Z')
    await repos.runtime.claimUpdate('telegram', 1, old, 1000)
    await repos.runtime.finishUpdate('telegram', 1)
    await repos.runtime.writeConversation('1:1', '{"v":1}')
    await db.sql.query(`UPDATE processed_updates SET created_at = $1`, [old])
    await db.sql.query(`UPDATE conversation_states SET updated_at = $1`, [old])
    await repos.runtime.claimUpdate('telegram', 2, new Date(), 1000)
    await repos.runtime.finishUpdate('telegram', 2)
    await repos.runtime.writeConversation('2:2', '{"v":2}')

    const purged = await runPurgeRuntime(
      { services: { runtime: repos.runtime }, logger: silentLogger, conversationTimeoutMs: 30 * 60_000 },
      new Date('2026-03-09T00:00:00Z'),
    )
    expect(purged).toEqual({ updates: 1, conversations: 1 })
    expect(await repos.runtime.readConversation('2:2')).toBe('{"v":2}')
    expect(await repos.runtime.readConversation('1:1')).toBeUndefined()
  })
  it('purges old deliveries and their runs, set-aside updates and old audit details, keeping the audit events', async () => {
    const now = new Date('2027-06-01T00:00:00Z')
    const long = new Date('2026-01-01T00:00:00Z')
    const committee = await db.prisma.committee.create({ data: { name: 'Tỉnh ủy', level: 'province', timeZone: 'Asia/Ho_Chi_Minh' } })
    const oldRun = await db.prisma.run.create({
      data: { committeeId: committee.id, kind: 'daily_digest', localDate: new Date('2026-01-01'), state: 'done', createdAt: long },
    })
    await db.prisma.delivery.create({
      data: {
        runId: oldRun.id,
        committeeId: committee.id,
        topic: 'digest',
        platform: 'telegram',
        target: '-1',
        partNo: 1,
        text: 'cũ',
        state: 'sent',
        createdAt: long,
      },
    })
    // An old delivery still to send is never purged, nor its run.
    const stuckRun = await db.prisma.run.create({
      data: { committeeId: committee.id, kind: 'daily_digest', localDate: new Date('2026-01-02'), createdAt: long },
    })
    await db.prisma.delivery.create({
      data: {
        runId: stuckRun.id,
        committeeId: committee.id,
        topic: 'digest',
        platform: 'telegram',
        target: '-1',
        partNo: 1,
        text: 'chờ',
        createdAt: long,
      },
    })
    const recent = new Date('2027-05-31T00:00:00Z')
    const recentRun = await db.prisma.run.create({
      data: { committeeId: committee.id, kind: 'daily_digest', localDate: new Date('2027-05-31'), state: 'done', createdAt: recent },
    })
    await db.prisma.delivery.create({
      data: {
        runId: recentRun.id,
        committeeId: committee.id,
        topic: 'digest',
        platform: 'telegram',
        target: '-1',
        partNo: 1,
        text: 'mới',
        state: 'sent',
        createdAt: recent,
      },
    })
    await db.prisma.auditEvent.create({
      data: { actorVia: 'user', action: 'task.create', targetType: 'task', before: { a: 1 }, after: { title: 'Báo cáo' }, at: long },
    })
    await db.prisma.auditEvent.create({
      data: { actorVia: 'user', action: 'task.create', targetType: 'task', after: { title: 'Mới' }, at: now },
    })
    await db.prisma.processedUpdate.create({
      data: { platform: 'telegram', updateId: 5n, state: 'abandoned', leaseUntil: long, payload: '{}', createdAt: long },
    })

    const purged = await runPurgeRuntime(
      { services: { runtime: repos.runtime, retention: repos.retention }, logger: silentLogger, conversationTimeoutMs: 30 * 60_000 },
      now,
    )
    expect(purged).toEqual({
      updates: 0,
      conversations: 0,
      abandonedUpdates: 1,
      deliveries: 1,
      runs: 1,
      auditDetails: 1,
      dashboardLogins: 0,
    })
    expect((await db.prisma.delivery.findMany({ orderBy: { id: 'asc' } })).map((d) => d.text)).toEqual(['chờ', 'mới'])
    expect((await db.prisma.run.findMany()).map((r) => r.id).sort()).toEqual([stuckRun.id, recentRun.id].sort())
    const audit = await db.prisma.auditEvent.findMany({ orderBy: { id: 'asc' } })
    expect(audit.map((a) => [a.action, a.before, a.after])).toEqual([
      ['task.create', null, null],
      ['task.create', null, { title: 'Mới' }],
    ])
  })
})
