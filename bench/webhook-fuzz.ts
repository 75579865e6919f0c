import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { createBot } from '../src/bot/index.js'
import { createI18n } from '../src/bot/i18n.js'
import { migrateDatabase, openDatabase, type DatabaseOptions } from '../src/db/client.js'
import { createOpsRepository, createRepositories, createUpdateJournalRepository } from '../src/db/repositories/index.js'
import { createLogger } from '../src/logger.js'
import { createHttpServer } from '../src/server/http-server.js'
import { createMetrics } from '../src/server/metrics.js'
import { buildRoutes } from '../src/server/routes.js'
import { SettableClock } from '../src/services/clock.js'
import { createServices } from '../src/services/index.js'
import { LocalBotApi } from '../src/transports/local-bot-api.js'
import { createUpdateInbox } from '../src/transports/update-inbox.js'
import { generateUpdate, prng, type FuzzWorld } from './fuzz-updates.js'

/**
 * The webhook fuzz: N generated updates (bench/fuzz-updates.ts) posted to the real HTTP server,
 * journaled and handled by the real bot, whose Bot API is the in-process one (it refuses unknown
 * chats and messages as Telegram does). Counts crashes (uncaught exceptions and rejections), errors
 * reaching the error sink, and changes to the committee's data (every table but the update journal,
 * dialogue states and the people/accounts that writing to the bot creates).
 *
 *   npx tsx bench/webhook-fuzz.ts [--updates 100000] [--seed 1] [--database postgres://…/postgres]
 */
const args = process.argv.slice(2)
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`)
  return index >= 0 ? (args[index + 1] ?? fallback) : fallback
}
const total = Number(option('updates', '100000'))
const seed = Number(option('seed', '1'))
const adminUrl = option('database', '')
const SECRET = 'fuzz-secret-0123456789abcdef'

let crashes = 0
const crashReasons: string[] = []
process.on('uncaughtException', (error) => {
  crashes++
  crashReasons.push(String(error))
})
process.on('unhandledRejection', (error) => {
  crashes++
  crashReasons.push(String(error))
})

const logger = createLogger({ level: 'silent' })
let dbOptions: DatabaseOptions = { kind: 'pglite', dataDir: null, logger }
let dropDatabase = () => Promise.resolve()
if (adminUrl) {
  const name = `fuzz_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  dbOptions = { kind: 'postgres', url: url.toString(), connectTimeoutMs: 5000, poolMax: 10, logger }
  dropDatabase = async () => {
    const client = new pg.Client({ connectionString: adminUrl })
    await client.connect()
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await client.end()
  }
}
const database = await openDatabase(dbOptions)
await migrateDatabase(database, dbOptions)
const clock = new SettableClock()
clock.set(new Date('2026-03-04T02:00:00Z'))
const repos = createRepositories(database.prisma, () => clock.now())
const services = createServices({
  repos,
  clock,
  logger,
  settings: { defaultLocale: 'vi', defaultTimeZone: 'Asia/Ho_Chi_Minh', inviteTtlDays: 7 },
})

// The world: a committee with bodies, a plan, tasks and a registered group; the people who write are
// a leader and a member (they may read, not change) and thousands of strangers.
const { prisma } = database
const owner = await prisma.person.create({ data: { displayName: 'Chủ trì' } })
const committee = await prisma.committee.create({
  data: { name: 'Ban Thường vụ Tỉnh ủy', level: 'province', timeZone: 'Asia/Ho_Chi_Minh' },
})
await prisma.membership.create({ data: { committeeId: committee.id, personId: owner.id, number: 1, role: 'owner' } })
const world: FuzzWorld = { members: [], groups: [{ id: -4_000_001, title: 'Nhóm điều hành' }] }
for (const [i, role] of (['leader', 'member', 'member'] as const).entries()) {
  const id = 7_000_001 + i
  const person = await prisma.person.create({
    data: {
      displayName: `Thành viên ${i}`,
      activeCommitteeId: committee.id,
      accounts: { create: { platform: 'telegram', externalId: String(id), privateChatId: String(id) } },
    },
  })
  await prisma.membership.create({ data: { committeeId: committee.id, personId: person.id, number: i + 2, role } })
  world.members.push({ id, firstName: `Thành viên ${i}` })
}
await prisma.chat.create({
  data: { committeeId: committee.id, platform: 'telegram', externalId: '-4000001', title: 'Nhóm điều hành', purpose: 'committee' },
})
for (let b = 1; b <= 5; b++) {
  await prisma.body.create({ data: { committeeId: committee.id, number: b, name: `Cơ quan ${b}`, normalizedName: `co quan ${b}` } })
}
const plan = await prisma.plan.create({
  data: {
    committeeId: committee.id,
    number: 1,
    title: 'Kế hoạch đối thoại 2026',
    year: 2026,
    issuer: 'Ban Thường vụ',
    createdByPersonId: owner.id,
  },
})
for (let n = 1; n <= 20; n++) {
  await prisma.task.create({
    data: {
      committeeId: committee.id,
      number: n,
      planId: plan.id,
      title: `Báo cáo số ${n}`,
      kind: 'report',
      dueDate: new Date(Date.UTC(2026, 2, n)),
      ruleDueDate: new Date(Date.UTC(2026, 2, n)),
      createdByPersonId: owner.id,
      bodies: {
        create: {
          bodyId: (await prisma.body.findFirstOrThrow({ where: { committeeId: committee.id, number: (n % 5) + 1 } })).id,
          role: 'lead',
        },
      },
    },
  })
}

/** Every table the fuzz must not change, as a hash of its rows. */
const WATCHED_EXCLUDED = new Set(['processed_updates', 'conversation_states', 'people', 'platform_accounts', '_prisma_migrations'])
/**
 * What a person may do about themselves, whoever they are: `/dulieu xoa` records their own request
 * for deletion (in the audit trail, with a notice to their committees' secretariats). Counted apart,
 * not as a change the fuzz made to the committee's data.
 */
const SELF_SERVICE: Record<string, string> = {
  audit_events: `"action" <> 'person.erase_requested'`,
  deliveries: `"topic" <> 'pdata-notice-request'`,
}
async function snapshot(): Promise<Map<string, string>> {
  const tables = await database.sql.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1`,
  )
  const result = new Map<string, string>()
  for (const { name } of tables.filter((t) => !WATCHED_EXCLUDED.has(t.name))) {
    const [row] = await database.sql.query<{ n: string; h: string | null }>(
      `SELECT count(*)::text AS n, md5(string_agg(row_to_json(t)::text, '|' ORDER BY row_to_json(t)::text)) AS h
       FROM (SELECT * FROM "${name}" WHERE ${SELF_SERVICE[name] ?? 'true'}) t`,
    )
    result.set(name, `${row?.n ?? 0}:${row?.h ?? ''}`)
  }
  return result
}

// A Bot API that knows the world's chats and half of the strangers' private chats; the rest is
// "chat not found", as Telegram answers for a chat the bot cannot write to.
const api = new LocalBotApi(undefined, () => clock.now())
for (const member of world.members) {
  api.upsertChat({ id: member.id, type: 'private', firstName: member.firstName })
}
for (const group of world.groups) {
  api.upsertChat({ id: group.id, type: 'group', title: group.title, admins: new Set([world.members[0]?.id ?? 0]) })
}
for (let i = 0; i <= 5000; i += 2) {
  api.upsertChat({ id: 8_000_000 + i, type: 'private', firstName: 'x' })
}

const errors: { updateId: number; message: string }[] = []
const i18n = createI18n({ defaultLocale: 'vi', services, platform: 'telegram' })
const claimed = new WeakSet<object>()
const bot = createBot(
  {
    token: '123456:fuzz-token-for-the-local-api',
    services,
    platform: 'telegram',
    logger,
    i18n,
    conversationTimeoutMs: 30 * 60_000,
    onError: (error, updateId) => {
      errors.push({ updateId, message: error instanceof Error ? error.message : String(error) })
      if (args.includes('--stacks') && error instanceof Error) {
        process.stderr.write(`${updateId}: ${(error.stack ?? '').split('\n').slice(0, 8).join(' | ')}\n`)
      }
    },
    preclaimed: (update) => claimed.has(update),
  },
  { botInfo: api.botInfo, client: { fetch: api.fetch as never } },
)
const journal = createUpdateJournalRepository(prisma)
const ops = createOpsRepository(prisma)
const metrics = createMetrics({ ops, logger })
const inbox = createUpdateInbox({
  journal,
  platform: 'telegram',
  owner: 'fuzz',
  handle: (update) => bot.handleUpdate(update),
  concurrency: 8,
  leaseMs: 60_000,
  logger,
  claimed,
  observer: metrics.inbox,
})
const server = createHttpServer({
  logger,
  routes: buildRoutes({
    logger,
    metrics,
    readiness: { ops, expectedMigrations: [], senderRunning: () => true, accepting: () => true },
    telegram: { path: '/hook', secret: SECRET, accept: (update) => inbox.accept(update) },
  }),
})
const port = await server.listen(0, '127.0.0.1')
await inbox.start({ alone: true })

const before = await snapshot()
const peopleBefore = await prisma.person.count()
const rng = prng(seed)
const statuses = new Map<number, number>()
let next = 0
const started = Date.now()
async function poster(): Promise<void> {
  for (;;) {
    const i = next++
    if (i >= total) {
      return
    }
    let body: string
    let secret = SECRET
    if (rng.chance(0.003)) {
      body = rng.pick(['{', '[]', 'null', '{"update_id":"1"}', '{"update_id":-5}', '\u0000'])
    } else {
      body = JSON.stringify(generateUpdate(rng, world, 100_000 + i))
      if (rng.chance(0.003)) {
        secret = 'wrong-secret-wrong-secret'
      }
    }
    const response = await fetch(`http://127.0.0.1:${port}/hook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
      body,
    })
    await response.arrayBuffer()
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
    if (i % 10_000 === 0 && i > 0) {
      process.stderr.write(`${i} posted, ${((Date.now() - started) / 1000).toFixed(0)} s, ${errors.length} errors\n`)
    }
  }
}
await Promise.all(Array.from({ length: 16 }, poster))
const posted = Date.now()
for (;;) {
  const counts = await journal.counts('telegram')
  if (!counts.received && !counts.processing && inbox.load().handling === 0) {
    break
  }
  await new Promise((resolve) => setTimeout(resolve, 200))
}
const finished = Date.now()
const after = await snapshot()
const changed = [...before].filter(([table, hash]) => after.get(table) !== hash).map(([table]) => table)
const peopleAfter = await prisma.person.count()
const erasureRequests = await prisma.auditEvent.count({ where: { action: 'person.erase_requested' } })
// What changed: audit events say what the bot did and for which update (regenerate it with the seed).
const audited = changed.includes('audit_events')
  ? await database.sql.query<{ action: string; n: string; update_id: string | null }>(
      `SELECT "action", count(*)::text AS n, min("update_id")::text AS update_id FROM "audit_events" GROUP BY 1 ORDER BY 2 DESC`,
    )
  : []
const counts = await journal.counts('telegram')

const byMessage = new Map<string, number>()
for (const error of errors) {
  const key = error.message.slice(0, 120)
  byMessage.set(key, (byMessage.get(key) ?? 0) + 1)
}
console.log(`webhook fuzz: ${total} updates, seed ${seed}, database ${database.kind}`)
console.log(
  '| posted in | handled after | HTTP statuses | handled (journal) | crashes | errors to the sink | tables changed | people added ' +
    '| own deletion requests |',
)
console.log(`|---|---|---|---|---|---|---|---|---|`)
const statusList = [...statuses]
  .sort()
  .map(([s, n]) => `${s}: ${n}`)
  .join(', ')
console.log(
  `| ${((posted - started) / 1000).toFixed(1)} s | ${((finished - started) / 1000).toFixed(1)} s | ${statusList} ` +
    `| ${JSON.stringify(counts)} | ${crashes} | ${errors.length} | ${changed.join(', ') || 'none'} | ${peopleAfter - peopleBefore} ` +
    `| ${erasureRequests} |`,
)
for (const [message, n] of [...byMessage].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
  console.log(`  ${n} × ${message}`)
}
for (const row of audited) {
  console.log(`  audit: ${row.n} × ${row.action} (first update ${row.update_id ?? '-'})`)
}
for (const reason of crashReasons.slice(0, 5)) {
  console.log(`  crash: ${reason}`)
}
const sample = errors.slice(0, 3).map((e) => e.updateId)
if (sample.length > 0) {
  console.log(`  first failing update ids (regenerate with the same seed): ${sample.join(', ')}`)
}
await inbox.drain()
await server.close()
await database.close()
await dropDatabase()
process.exit(crashes + errors.length + changed.length > 0 ? 1 : 0)
