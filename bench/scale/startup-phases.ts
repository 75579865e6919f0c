/* eslint-disable @typescript-eslint/consistent-type-imports -- the modules are loaded from src/ or dist/ at run time; their types come from src/ */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Where start-up time and memory go, phase by phase, in one process: loading the code, opening
 * PGlite on an existing folder, the migration check, the first Prisma query, building the bot and
 * answering a first update. Run it under tsx (as `npm start` did) and compiled to compare.
 *
 *   tsx bench/scale/startup-phases.ts [--dataset big100k] [--compiled]
 */
const t0 = performance.now()
const rss = () => {
  const status = readFileSync('/proc/self/status', 'utf8')
  return Math.round(Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024)
}
const phases: { phase: string; ms: number; rssMb: number }[] = []
let last = performance.now()
const mark = (phase: string) => {
  const now = performance.now()
  phases.push({ phase, ms: Math.round(now - last), rssMb: rss() })
  last = now
}
mark('node + loader')
const args = process.argv.slice(2)
const dataset = args[args.indexOf('--dataset') + 1] ?? 'big100k'
const root = join(import.meta.dirname, '..', '..')
const source = join(root, 'bench', '.data', `pglite-${dataset}`)
if (!existsSync(source)) {
  throw new Error(`generate ${dataset} first`)
}
// --compiled: the same phases on dist/ (what `npm start` runs), with node's own loader.
const code = args.includes('--compiled') ? '../../dist' : '../../src'
const load = async <T>(path: string): Promise<T> => (await import(`${code}/${path}`)) as T
const dir = mkdtempSync(join(tmpdir(), 'bench-phases-'))
cpSync(source, dir, { recursive: true, filter: (path) => !path.endsWith('bot.lock') })
last = performance.now()

const { openDatabase, migrateDatabase } = await load<typeof import('../../src/db/client.js')>('db/client.js')
mark('import db (PGlite, Prisma client)')
const { createBot } = await load<typeof import('../../src/bot/index.js')>('bot/index.js')
const { createI18n } = await load<typeof import('../../src/bot/i18n.js')>('bot/i18n.js')
mark('import bot (grammY, features)')
const { createServices } = await load<typeof import('../../src/services/index.js')>('services/index.js')
const { createRepositories } = await load<typeof import('../../src/db/repositories/index.js')>('db/repositories/index.js')
const { createLogger } = await load<typeof import('../../src/logger.js')>('logger.js')
const { SettableClock } = await load<typeof import('../../src/services/clock.js')>('services/clock.js')
const { LocalBotApi } = await load<typeof import('../../src/transports/local-bot-api.js')>('transports/local-bot-api.js')
const { messageUpdate } = await load<typeof import('../../src/transports/updates.js')>('transports/updates.js')
await load('jobs/scheduler.js')
mark('import services, jobs, transports')
const logger = createLogger({ level: 'silent' })
const options = { kind: 'pglite' as const, dataDir: dir, logger }
const database = await openDatabase(options)
mark('open PGlite (existing folder)')
await migrateDatabase(database, options)
mark('migrations (check, first time: apply)')
await migrateDatabase(database, options)
mark('migrations (check only)')
await database.prisma.committee.findFirst()
mark('first Prisma query')
const clock = new SettableClock()
const services = createServices({
  repos: createRepositories(database.prisma, () => clock.now()),
  clock,
  logger,
  settings: { defaultLocale: 'vi', defaultTimeZone: 'Asia/Ho_Chi_Minh', inviteTtlDays: 7 },
})
const api = new LocalBotApi()
const i18n = createI18n({ defaultLocale: 'vi', services, platform: 'console' })
const bot = createBot(
  { token: '0:console', services, platform: 'console', logger, i18n, conversationTimeoutMs: 60_000 },
  { botInfo: api.botInfo, client: { fetch: api.fetch as never } },
)
mark('services, i18n, createBot')
api.upsertChat({ id: 42, type: 'private', firstName: 'Thử' })
await bot.handleUpdate(
  messageUpdate(1, { id: 42, firstName: 'Thử' }, { kind: 'private', id: 42, firstName: 'Thử' }, '/start', {
    date: new Date(),
    messageId: 1,
  }),
)
mark('first update (/start)')
await database.close()
rmSync(dir, { recursive: true, force: true })
process.stdout.write(
  `${phases.map((p) => `${p.phase.padEnd(42)} ${String(p.ms).padStart(6)} ms  rss ${p.rssMb} MB`).join('\n')}\ntotal in process ${Math.round(performance.now() - t0)} ms\n`,
)
process.exit(0)
