import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { autoRetry } from '@grammyjs/auto-retry'
import { apiThrottler } from '@grammyjs/transformer-throttler'
import { Api } from 'grammy'
import pg from 'pg'
import { migrateDatabase, openDatabase, type DatabaseOptions } from '../src/db/client.js'
import { createRepositories } from '../src/db/repositories/index.js'
import { createPlatformSender, type DrainStats } from '../src/delivery/sender.js'
import { scaledTelegramLimits, telegramDriver } from '../src/delivery/telegram.js'
import { createLogger } from '../src/logger.js'
import { SettableClock } from '../src/services/clock.js'
import { createServices } from '../src/services/index.js'
import { toDbDate } from '../src/services/calendar/local-date.js'

/**
 * A daily digest fanned out to N group chats through a loopback Bot API that enforces Telegram's
 * limits (429 beyond them). Our outbox sender — one process on PGlite, and (with
 * BENCH_DATABASE_URL=postgres://…) several processes on one PostgreSQL database sharing the pace —
 * against the common approach: a plain loop through grammY with @grammyjs/transformer-throttler and
 * @grammyjs/auto-retry at their defaults. The lower bound is N / 30 per second: the ratio to it is
 * what counts.
 *
 *   npm run bench -- [--groups 3000] [--scale 1] [--senders 3] [--no-peer]
 * --scale multiplies the server's limits (and our senders') to make the run shorter; the peer keeps
 * its defaults, so compare the peer only at --scale 1.
 */
const args = process.argv.slice(2)
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`)
  return index >= 0 ? Number(args[index + 1]) : fallback
}
const groups = option('groups', 3000)
const scale = option('scale', 1)
const senders = option('senders', 3)
const postgresUrl = process.env.BENCH_DATABASE_URL
const limits = { perSecond: 30 * scale, perGroupPerMinute: 20 * scale }
const bound = groups / limits.perSecond

/**
 * The limited Bot API in a process of its own (as Telegram is): a sender process that is slow to run
 * must not slow the server's clock too, or the server would see its requests bunched.
 */
async function startServer() {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(import.meta.dirname, 'limited-bot-api-process.ts'),
      String(limits.perSecond),
      String(limits.perGroupPerMinute),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  const apiRoot = await new Promise<string>((resolve) => {
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const line = out.split('\n').find((l) => l.startsWith('http'))
      if (line) {
        resolve(line.trim())
      }
    })
  })
  const call = async (path: string): Promise<unknown> => (await fetch(`${apiRoot}${path}`)).json()
  return {
    apiRoot,
    async stats(targets: string[]) {
      const { refused, received } = (await call('/__stats')) as { refused: number; received: Record<string, number> }
      let duplicates = 0
      let losses = 0
      for (const chat of targets) {
        const count = received[chat] ?? 0
        duplicates += Math.max(0, count - 1)
        losses += count === 0 ? 1 : 0
      }
      return { refused, duplicates, losses }
    },
    reset: () => call('/__reset'),
    close: () => child.kill(),
  }
}

const server = await startServer()
const chats = Array.from({ length: groups }, (_, i) => String(-(1_000_000_000 + i)))
const text = 'Bản tin hằng ngày: 3 nhiệm vụ quá hạn, 2 nhiệm vụ đến hạn hôm nay.'
const rows: { name: string; seconds: number; refused: number; duplicates: number; losses: number }[] = []
const logger = createLogger({ level: 'silent' })

/** A committee and today's digest run to every group, in a migrated database. */
async function seed(options: DatabaseOptions) {
  const database = await openDatabase(options)
  await migrateDatabase(database, options)
  const clock = new SettableClock()
  const repos = createRepositories(database.prisma, () => clock.now())
  const services = createServices({
    repos,
    clock,
    logger,
    settings: { defaultLocale: 'vi', defaultTimeZone: 'Asia/Ho_Chi_Minh', inviteTtlDays: 7 },
  })
  const owner = await services.people.identify({
    platform: 'telegram',
    externalId: '1',
    displayName: 'bench',
    username: null,
    privateChatId: null,
  })
  const committee = await services.committees.create(
    { personId: owner.id, platform: 'telegram', chatExternalId: null, updateId: null },
    { name: 'Ban Thường vụ', level: 'province', timeZone: 'Asia/Ho_Chi_Minh' },
  )
  await repos.outbox.createRun(
    { committeeId: committee.id, kind: 'daily_digest', localDate: toDbDate('2026-03-02'), state: 'pending', note: null },
    chats.map((target) => ({ platform: 'telegram' as const, target, toGroup: true, partNo: 1, text })),
  )
  return { database, clock, services }
}

// Ours, one process: the outbox on an in-memory PGlite, the real sender, the real Bot API client.
{
  const { database, clock, services } = await seed({ kind: 'pglite', dataDir: null, logger })
  const sender = createPlatformSender({
    services,
    // The production limits (a margin under Telegram's), scaled like the server's.
    driver: telegramDriver(new Api('1:bench', { apiRoot: server.apiRoot }), { limits: scaledTelegramLimits(scale) }),
    clock,
    logger,
  })
  const started = performance.now()
  const stats = await sender.drain()
  const seconds = (performance.now() - started) / 1000
  rows.push({ name: 'outbox sender, 1 process (PGlite)', seconds, ...(await server.stats(chats)) })
  console.error(`1 process: ${JSON.stringify(stats)}`)
  await database.close()
}

// Ours, several processes on one PostgreSQL database: the pace is shared through it.
if (postgresUrl) {
  await server.reset()
  const name = `bench_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: postgresUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  const target = new URL(postgresUrl)
  target.pathname = `/${name}`
  try {
    const { database } = await seed({ kind: 'postgres', url: target.toString(), connectTimeoutMs: 5000, poolMax: 4, logger })
    await database.close()
    const children = Array.from({ length: senders }, () => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', join(import.meta.dirname, 'fanout-sender.ts'), target.toString(), server.apiRoot, String(scale)],
        { stdio: ['pipe', 'pipe', 'inherit'] },
      )
      let out = ''
      const ready = new Promise<void>((resolve) =>
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString()
          if (out.includes('ready')) {
            resolve()
          }
        }),
      )
      const done = new Promise<DrainStats>((resolve, reject) =>
        child.on('exit', (code) => {
          const last = out.trim().split('\n').at(-1) ?? ''
          if (code === 0) {
            resolve(JSON.parse(last) as DrainStats)
          } else {
            reject(new Error(`sender exited with ${code}: ${out}`))
          }
        }),
      )
      return { child, ready, done }
    })
    await Promise.all(children.map((c) => c.ready))
    const started = performance.now()
    for (const { child } of children) {
      child.stdin.write('go\n')
    }
    const stats = await Promise.all(children.map((c) => c.done))
    const seconds = (performance.now() - started) / 1000
    rows.push({ name: `outbox sender, ${senders} processes (PostgreSQL)`, seconds, ...(await server.stats(chats)) })
    console.error(
      `${senders} processes: ${stats.map((s) => s.sent).join(' + ')} sent, ${stats.map((s) => s.rebooked).join(' + ')} booked again`,
    )
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await admin.end()
  }
}

// The peer: a loop through grammY with the throttler and auto-retry at their defaults.
if (!args.includes('--no-peer')) {
  await server.reset()
  const api = new Api('1:bench', { apiRoot: server.apiRoot })
  api.config.use(apiThrottler())
  api.config.use(autoRetry())
  const started = performance.now()
  for (const chat of chats) {
    await api.sendMessage(chat, text)
  }
  const seconds = (performance.now() - started) / 1000
  rows.push({ name: 'grammY loop + throttler + auto-retry', seconds, ...(await server.stats(chats)) })
}
server.close()

console.log(
  `digest fan-out to ${groups} groups, server limits ${limits.perSecond}/s and ${limits.perGroupPerMinute}/min per group; ` +
    `lower bound ${bound.toFixed(1)} s`,
)
console.log('approach                                        time (s)  ratio  429s  duplicates  losses')
for (const row of rows) {
  console.log(
    `${row.name.padEnd(48)}${row.seconds.toFixed(1).padStart(8)}  ${(row.seconds / bound).toFixed(2).padStart(5)}  ` +
      `${String(row.refused).padStart(4)}  ${String(row.duplicates).padStart(10)}  ${String(row.losses).padStart(6)}`,
  )
}
for (const row of rows.filter((r) => r.name.startsWith('outbox'))) {
  console.log(`ratio to bound (${row.name}): ${(row.seconds / bound).toFixed(2)}`)
}
process.exit(0)
