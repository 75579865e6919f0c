import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createBot } from '../../src/bot/index.js'
import { createI18n } from '../../src/bot/i18n.js'
import { migrateDatabase, openDatabase, type Database, type DatabaseOptions } from '../../src/db/client.js'
import { createRepositories } from '../../src/db/repositories/index.js'
import { createLogger } from '../../src/logger.js'
import { SettableClock } from '../../src/services/clock.js'
import { createServices, type Services } from '../../src/services/index.js'
import { LocalBotApi } from '../../src/transports/local-bot-api.js'
import { callbackUpdate, messageUpdate, type UpdateChat } from '../../src/transports/updates.js'
import type { ScaleSpec } from './generate.js'

export const ROOT = join(import.meta.dirname, '..', '..')
export const DATA_ROOT = join(ROOT, 'bench', '.data')
export const logger = createLogger({ level: process.env.BENCH_LOG_LEVEL ?? 'silent' })

export type Engine = 'pglite' | 'postgres'

/** The data sets: one large committee at two sizes, and many small committees. */
export const DATASETS: Record<string, ScaleSpec> = {
  big10k: { committees: 1, bodies: 1000, sessions: 2000, tasks: 10_000, today: '2026-03-02' },
  big100k: { committees: 1, bodies: 1000, sessions: 2000, tasks: 100_000, today: '2026-03-02' },
  multi: { committees: 3300, bodies: 20, sessions: 10, tasks: 200, today: '2026-03-02' },
}

export const PG_BASE = process.env.BENCH_PG_URL ?? 'postgres://bench:bench@127.0.0.1:5432'

export function databaseOptions(engine: Engine, dataset: string, onQuery?: (query: string, ms: number) => void): DatabaseOptions {
  return engine === 'pglite'
    ? { kind: 'pglite', dataDir: join(DATA_ROOT, `pglite-${dataset}`), logger, ...(onQuery ? { onQuery } : {}) }
    : {
        kind: 'postgres',
        url: `${PG_BASE}/bench_${dataset}`,
        connectTimeoutMs: 10_000,
        poolMax: 10,
        logger,
        ...(onQuery ? { onQuery } : {}),
      }
}

export function datasetSpec(engine: Engine, dataset: string): ScaleSpec {
  const marker = join(DATA_ROOT, `${engine}-${dataset}.json`)
  if (existsSync(marker)) {
    return (JSON.parse(readFileSync(marker, 'utf8')) as { spec: ScaleSpec }).spec
  }
  const spec = DATASETS[dataset]
  if (!spec) {
    throw new Error(`unknown data set ${dataset}`)
  }
  return spec
}

/** Counts the SQL statements Prisma sends, through the database's query hook. */
export class QueryCounter {
  count = 0
  recent: string[] = []
  /** Also called with each statement and its duration (bench/scale/profile.ts). */
  onEach: ((query: string, ms: number) => void) | null = null
  readonly hook = (query: string, ms: number) => {
    this.count++
    this.onEach?.(query, ms)
    if (this.recent.length < 200) {
      this.recent.push(query)
    }
  }
  reset(): void {
    this.count = 0
    this.recent = []
  }
}

/** Opens a data set as the application does (open, then migrate). */
export async function openDataset(engine: Engine, dataset: string, counter: QueryCounter): Promise<Database> {
  const options = databaseOptions(engine, dataset, counter.hook)
  const database = await openDatabase(options)
  await migrateDatabase(database, options)
  // As the application's start-up does (where it can): statistics for tables that changed much.
  const repos = createRepositories(database.prisma) as unknown as { maintenance?: { analyzeStale(): Promise<string[]> } }
  if (repos.maintenance && options.kind === 'pglite') {
    await repos.maintenance.analyzeStale()
  }
  return database
}

/** Peak and current resident memory of this process, in MB (Linux). */
export function memory(): { peakMb: number; rssMb: number } {
  const status = readFileSync('/proc/self/status', 'utf8')
  const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) / 1024
  return { peakMb: Math.round(field('VmHWM')), rssMb: Math.round(field('VmRSS')) }
}

/** The value after `--name` on a command line, or the fallback. */
export function argOption(args: string[], name: string, fallback: string): string {
  const index = args.indexOf(`--${name}`)
  return index >= 0 ? (args[index + 1] ?? fallback) : fallback
}

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) {
    return NaN
  }
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
}

export interface BotRig {
  services: Services
  clock: SettableClock
  api: LocalBotApi
  errors: unknown[]
  /** Sends `text` as user `userId` in `chat`; returns what the bot sent back. */
  say(userId: number, chat: UpdateChat, text: string): Promise<Answer>
  /** Presses the button carrying `data` under the last message the bot sent to `chatId`, as `userId`. */
  press(userId: number, chatId: number, data: string): Promise<Answer>
}

export interface Answer {
  messages: number
  chars: number
  texts: string[]
}

/** The real bot on the data set, with the in-process Bot API, at a fixed clock. */
export function botRig(database: Database, now: Date): BotRig {
  const clock = new SettableClock()
  clock.set(now)
  const services = createServices({
    repos: createRepositories(database.prisma, () => clock.now()),
    clock,
    logger,
    settings: { defaultLocale: 'vi', defaultTimeZone: 'Asia/Ho_Chi_Minh', inviteTtlDays: 7 },
  })
  const api = new LocalBotApi(undefined, () => clock.now())
  const errors: unknown[] = []
  const i18n = createI18n({ defaultLocale: 'vi', services, platform: 'telegram' })
  const bot = createBot(
    {
      token: '123456:bench-token-for-the-local-api',
      services,
      platform: 'telegram',
      logger,
      i18n,
      conversationTimeoutMs: 30 * 60_000,
      onError: (error: unknown) => errors.push(error),
    },
    { botInfo: api.botInfo, client: { fetch: api.fetch as never } },
  )
  // Update ids already handled are ignored (dedup): each run starts where no earlier one went.
  let updateId = Date.now()
  let messageId = 1
  const answer = (): Answer => {
    const sent = api.calls.filter((c) => ['sendMessage', 'sendPhoto', 'sendDocument', 'editMessageText'].includes(c.method))
    const texts = sent.map((c) =>
      typeof c.payload.text === 'string' ? c.payload.text : typeof c.payload.caption === 'string' ? c.payload.caption : '',
    )
    return { messages: sent.length, chars: texts.reduce((sum, t) => sum + t.length, 0), texts }
  }
  return {
    services,
    clock,
    api,
    errors,
    async say(userId, chat, text) {
      if (!api.chat(chat.id)) {
        api.upsertChat(
          chat.kind === 'private'
            ? { id: chat.id, type: 'private', firstName: chat.firstName }
            : { id: chat.id, type: chat.kind, title: chat.title },
        )
      }
      api.calls.length = 0
      await bot.handleUpdate(
        messageUpdate(updateId++, { id: userId, firstName: `U${userId}` }, chat, text, { date: clock.now(), messageId: messageId++ }),
      )
      return answer()
    },
    async press(userId, chatId, data) {
      const message = api.sentMessages(chatId).at(-1)
      if (!message) {
        throw new Error(`no message in chat ${chatId}`)
      }
      api.calls.length = 0
      await bot.handleUpdate(callbackUpdate(updateId++, { id: userId, firstName: `U${userId}` }, api.telegramMessage(message), data))
      return answer()
    },
  }
}
