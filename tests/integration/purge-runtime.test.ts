import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createRepositories, type Repositories } from '../../src/db/repositories/index.js'
import { runPurgeRuntime } from '../../src/jobs/purge-runtime.js'
import { SettableClock } from '../../src/services/clock.js'
import { createServices } from '../../src/services/index.js'
import { uploadFileId } from '../../src/services/uploads.js'
import { createZaloReceiver } from '../../src/transports/zalo/receiver.js'
import { createZaloIds } from '../../src/transports/zalo/ids.js'
import { assignDue } from '../helpers/delivery-setup.js'
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
      zaloMessageIds: 0,
      zaloMedia: 0,
      uploads: 0,
      linkCodes: 0,
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

  it('purges Zalo’s old message ids and expired media, used-up upload links and link codes, keeping what is still needed', async () => {
    const now = new Date('2026-06-01T00:00:00Z')
    const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 3600_000)
    const clock = new SettableClock()
    clock.set(daysAgo(40))
    const services = createServices({
      repos,
      clock,
      logger: silentLogger,
      settings: { defaultLocale: 'vi', defaultTimeZone: 'Asia/Ho_Chi_Minh', inviteTtlDays: 7, publicUrl: 'https://doithoai.test' },
    })

    // Zalo messages as the receiver writes them: two handled long ago, one of them still in the journal; one today.
    const receiver = createZaloReceiver({
      store: repos.zalo,
      ids: createZaloIds(repos.zalo),
      botId: '1459232241454765289',
      botNames: ['Bot Đối Thoại'],
      handle: () => Promise.resolve(),
      guide: () => Promise.resolve(),
      now: () => clock.now(),
      logger: silentLogger,
    })
    const message = (id: string, text: string) => ({
      event_name: 'message.text.received',
      message: {
        message_id: id,
        date: 0,
        chat: { id: 'e4ea2cd5189df1c3a88c', chat_type: 'PRIVATE' },
        from: { id: 'e4ea2cd5189df1c3a88c' },
        text,
      },
    })
    await receiver.receive(message('old-handled', 'xin chào'))
    await receiver.receive(message('old-waiting', 'vẫn chờ'))
    await receiver.receive(message('recent', 'hôm nay'))
    await db.sql.query(`UPDATE zalo_inbound SET created_at = $1 WHERE message_id <> 'recent'`, [daysAgo(40)])
    await db.sql.query(`UPDATE processed_updates SET state = 'done', payload = NULL WHERE payload NOT LIKE '%vẫn chờ%'`)

    await repos.zalo.putMedia(
      'expired-chart-token-0001',
      { fileName: 'tong-ket.png', contentType: 'image/png', bytes: new Uint8Array([1]) },
      daysAgo(1),
    )
    await repos.zalo.putMedia(
      'current-chart-token-002',
      { fileName: 'tong-ket.png', contentType: 'image/png', bytes: new Uint8Array([2]) },
      daysAgo(-1),
    )

    // Upload links: one a submission keeps its file from, one whose file no record names, one never
    // used — all expired more than a week ago — and one that expired yesterday.
    const person = await services.people.identify({
      platform: 'zalo',
      externalId: '1000000001',
      displayName: 'Trần Thị Bình',
      username: null,
      privateChatId: '1000000001',
    })
    const actor = { personId: person.id, platform: 'zalo' as const, chatExternalId: '1000000001', updateId: null }
    const committee = await services.committees.create(actor, { name: 'UBND xã Hoà Tiến', level: 'commune', timeZone: 'Asia/Ho_Chi_Minh' })
    const body = await services.bodies.add(actor, committee.id, { name: 'Văn phòng UBND xã', shortName: 'VP' })
    const { task } = await assignDue(services, actor, committee.id, body.id, 'Biên bản đối thoại', '2026-05-01')
    const upload = (expiresAt: Date, used: boolean) =>
      db.prisma.upload.create({
        data: {
          tokenHash: `hash-${Math.random()}`,
          personId: person.id,
          platform: 'zalo',
          chatId: '1000000001',
          purpose: 'submission',
          expiresAt,
          ...(used
            ? { usedAt: expiresAt, fileName: 'bien-ban.pdf', contentType: 'application/pdf', size: 3, bytes: new Uint8Array([1, 2, 3]) }
            : {}),
        },
      })
    const kept = await upload(daysAgo(30), true)
    await upload(daysAgo(30), true)
    await upload(daysAgo(8), false)
    const fresh = await upload(daysAgo(1), false)
    await db.prisma.submission.create({
      data: {
        taskId: task.id,
        bodyId: body.id,
        submittedByPersonId: person.id,
        documentNumber: '07/BB-UBND',
        documentDate: new Date('2026-04-30'),
        submittedOn: new Date('2026-04-30'),
        fileId: uploadFileId(kept.id),
        fileName: 'bien-ban.pdf',
      },
    })

    // Link codes: used two days ago, expired two days ago, still good.
    const code = (codeHash: string, expiresAt: Date, usedAt: Date | null) =>
      db.prisma.linkCode.create({ data: { codeHash, personId: person.id, platform: 'zalo', expiresAt, usedAt } })
    await code('used', daysAgo(-1), daysAgo(2))
    await code('expired', daysAgo(2), null)
    await code('good', daysAgo(-1), null)

    const purged = await runPurgeRuntime(
      { services: { runtime: repos.runtime, retention: repos.retention }, logger: silentLogger, conversationTimeoutMs: 30 * 60_000 },
      now,
    )
    expect(purged).toMatchObject({ zaloMessageIds: 1, zaloMedia: 1, uploads: 2, linkCodes: 2 })
    expect((await db.prisma.zaloInbound.findMany({ orderBy: { messageId: 'asc' } })).map((row) => row.messageId)).toEqual([
      'old-waiting',
      'recent',
    ])
    // What is left of a message id still de-duplicates: Zalo's late re-delivery is not handled again.
    expect(await receiver.receive(message('recent', 'hôm nay'))).toMatchObject({ duplicates: 1, received: 0 })
    expect((await db.prisma.zaloMedia.findMany()).map((row) => row.token)).toEqual(['current-chart-token-002'])
    expect((await db.prisma.upload.findMany({ orderBy: { id: 'asc' } })).map((row) => row.id)).toEqual([kept.id, fresh.id])
    expect((await db.prisma.linkCode.findMany()).map((row) => row.codeHash)).toEqual(['good'])
  })
})
