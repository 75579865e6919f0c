import { autoRetry } from '@grammyjs/auto-retry'
import { apiThrottler } from '@grammyjs/transformer-throttler'
import { Api } from 'grammy'
import { openDatabase, migrateDatabase } from '../src/db/client.js'
import { createRepositories } from '../src/db/repositories/index.js'
import { createPlatformSender } from '../src/delivery/sender.js'
import { TELEGRAM_LIMITS, telegramDriver } from '../src/delivery/telegram.js'
import { createLogger } from '../src/logger.js'
import { SettableClock } from '../src/services/clock.js'
import { createServices } from '../src/services/index.js'
import { toDbDate } from '../src/services/calendar/local-date.js'
import { startLimitedBotApi } from './limited-bot-api.js'

/**
 * A daily digest fanned out to N group chats through a loopback Bot API that enforces Telegram's
 * limits (429 beyond them). Our outbox sender against the common approach: a plain loop through
 * grammY with @grammyjs/transformer-throttler and @grammyjs/auto-retry at their defaults.
 * The lower bound is N / perSecond: the ratio to it is what counts.
 *
 *   npm run bench -- [--groups 3000] [--scale 1]
 * --scale multiplies the server's limits (and our sender's) to make the run shorter; the peer keeps
 * its defaults, so compare the peer only at --scale 1.
 */
const args = process.argv.slice(2)
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`)
  return index >= 0 ? Number(args[index + 1]) : fallback
}
const groups = option('groups', 3000)
const scale = option('scale', 1)
const limits = { perSecond: 30 * scale, perGroupPerMinute: 20 * scale }
const bound = groups / limits.perSecond

const server = await startLimitedBotApi(limits)
const chats = Array.from({ length: groups }, (_, i) => String(-(1_000_000_000 + i)))
const text = 'Bản tin hằng ngày: 3 nhiệm vụ quá hạn, 2 nhiệm vụ đến hạn hôm nay.'
const rows: { name: string; seconds: number; refused: number; duplicates: number; losses: number }[] = []

// Ours: the outbox on an in-memory PGlite, the real sender, the real Bot API client.
{
  const logger = createLogger({ level: 'silent' })
  const database = await openDatabase({ kind: 'pglite', dataDir: null, logger })
  await migrateDatabase(database, { kind: 'pglite', dataDir: null, logger })
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
  const api = new Api('1:bench', { apiRoot: server.apiRoot })
  const sender = createPlatformSender({
    services,
    // The production limits (a margin under Telegram's), scaled like the server's.
    driver: telegramDriver(api, {
      limits: {
        ...TELEGRAM_LIMITS,
        platformPerSecond: TELEGRAM_LIMITS.platformPerSecond * scale,
        perSecond: TELEGRAM_LIMITS.perSecond * scale,
        group: { count: TELEGRAM_LIMITS.group.count * scale, windowMs: TELEGRAM_LIMITS.group.windowMs },
      },
    }),
    clock,
    logger,
  })
  const started = performance.now()
  await sender.drain()
  const seconds = (performance.now() - started) / 1000
  rows.push({ name: 'outbox sender (ours)', seconds, ...server.stats(chats) })
  await database.close()
}

server.reset()

// The peer: a loop through grammY with the throttler and auto-retry at their defaults.
{
  const api = new Api('1:bench', { apiRoot: server.apiRoot })
  api.config.use(apiThrottler())
  api.config.use(autoRetry())
  const started = performance.now()
  for (const chat of chats) {
    await api.sendMessage(chat, text)
  }
  const seconds = (performance.now() - started) / 1000
  rows.push({ name: 'grammY loop + throttler + auto-retry', seconds, ...server.stats(chats) })
}
await server.close()

console.log(
  `digest fan-out to ${groups} groups, server limits ${limits.perSecond}/s and ${limits.perGroupPerMinute}/min per group; lower bound ${bound.toFixed(1)} s`,
)
console.log('approach                              time (s)  ratio  429s  duplicates  losses')
for (const row of rows) {
  console.log(
    `${row.name.padEnd(38)}${row.seconds.toFixed(1).padStart(8)}  ${(row.seconds / bound).toFixed(2).padStart(5)}  ${String(row.refused).padStart(4)}  ${String(row.duplicates).padStart(10)}  ${String(row.losses).padStart(6)}`,
  )
}
console.log(`ratio to bound: ${((rows[0]?.seconds ?? 0) / bound).toFixed(2)}`)
process.exit(0)
