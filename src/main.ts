import { join, resolve } from 'node:path'
import { BackupError, restoreBackup, writeBackup } from './db/backup.js'
import { readMigrations } from './db/migrate.js'
import { runNightlyBackup } from './jobs/backup.js'
import { createBot } from './bot/index.js'
import { createI18n, createStartupTranslator } from './bot/i18n.js'
import { ConfigError, parseConfig, type Config } from './config.js'
import { migrateDatabase, MIGRATIONS_DIR, openDatabase, type Database, type DatabaseOptions } from './db/client.js'
import { DataDirLockedError } from './db/lock.js'
import { createRepositories } from './db/repositories/index.js'
import { createLogger, type Logger } from './logger.js'
import { SettableClock, systemClock } from './services/clock.js'
import { createServices } from './services/index.js'
import { runPurgeRuntime } from './jobs/purge-runtime.js'
import { startScheduler } from './jobs/scheduler.js'
import type { SendLimits } from './delivery/pace.js'
import type { PlatformDriver } from './delivery/platform.js'
import { allSenders } from './delivery/all-senders.js'
import { createPlatformSender, type Sender } from './delivery/sender.js'
import { telegramDriver } from './delivery/telegram.js'
import { ConsoleChat } from './transports/console/console-chat.js'
import { ConsoleState } from './transports/console/console-state.js'
import { runConsole } from './transports/console/run-console.js'
import { LocalBotApi } from './transports/local-bot-api.js'
import { createSenderLiveness } from './server/health.js'
import { runService } from './server/run-service.js'
import { testClockRefusal, testClockStart } from './server/test-clock.js'
import { startZalo, type RunningZalo } from './transports/zalo/run-zalo.js'
import { pino } from 'pino'
import { mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'

/** Placeholder token for the console chat: it never leaves the process. */
const CONSOLE_TOKEN = '0:console'

function databaseOptions(config: Config, logger: Logger): DatabaseOptions {
  return config.DATABASE_URL
    ? { kind: 'postgres', url: config.DATABASE_URL, connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS, poolMax: config.DB_POOL_MAX, logger }
    : { kind: 'pglite', dataDir: config.DATA_DIR, logger }
}

/** Every line `npm start` prints is in the configured language (Vietnamese by default). */
const say = createStartupTranslator(process.env.DEFAULT_LOCALE)

/** `--backup [FILE]` writes a backup (default DATA_DIR/backups/manual-…); `--restore FILE` loads one into an empty database. */
async function backupOrRestore(
  database: Database,
  config: Config,
  what: { backup?: string | undefined; restore?: string | undefined },
  logger: Logger,
): Promise<number> {
  try {
    if ('restore' in what) {
      const result = await restoreBackup(database, readMigrations(MIGRATIONS_DIR), resolve(what.restore ?? ''), logger)
      process.stdout.write(`${say('startup-restored', { rows: result.rows, file: what.restore ?? '', migrations: result.migrations })}\n`)
      return 0
    }
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    const file = resolve(
      what.backup && !what.backup.startsWith('--') ? what.backup : join(config.DATA_DIR, 'backups', `manual-${stamp}.jsonl.gz`),
    )
    const rows = await writeBackup(database, file, new Date())
    process.stdout.write(`${say('startup-backup-written', { file, rows })}\n`)
    return 0
  } catch (error) {
    if (error instanceof BackupError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
      process.stderr.write(`${(error as Error).message}\n`)
      return 1
    }
    throw error
  }
}

async function main(): Promise<number> {
  let config: Config
  try {
    config = parseConfig(process.env)
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${say('startup-config-invalid')}\n${error.message}\n`)
      return 1
    }
    throw error
  }
  // With neither token there is nothing to connect to: the console chat opens instead.
  const wantsConsole = process.argv.includes('--console') || (!config.BOT_TOKEN && !config.ZALO_BOT_TOKEN)
  const migrateOnly = process.argv.includes('--migrate-only')
  // Operations that open the database, do one thing and exit: npm run backup / npm run restore FILE.
  const backupArg = process.argv.indexOf('--backup')
  const restoreArg = process.argv.indexOf('--restore')
  const toolMode = migrateOnly || backupArg >= 0 || restoreArg >= 0
  const restoreFile = restoreArg >= 0 ? process.argv[restoreArg + 1] : undefined
  if (restoreArg >= 0 && (!restoreFile || restoreFile.startsWith('--'))) {
    process.stderr.write('usage: npm run restore FILE (into an empty database: a new DATA_DIR or an empty PostgreSQL database)\n')
    return 2
  }
  // Tests drive the time of real processes (README: "Testing with a driven clock"); never in production.
  const testClockAt = testClockStart(process.argv)
  if (testClockAt) {
    // Every platform the process talks to must be a test API (Telegram's is asked also without a token: the console).
    const refusal =
      (config.BOT_TOKEN || !config.ZALO_BOT_TOKEN
        ? testClockRefusal({ apiRoot: config.TELEGRAM_API_ROOT, nodeEnv: process.env.NODE_ENV })
        : null) ??
      (config.ZALO_BOT_TOKEN
        ? testClockRefusal({ apiRoot: config.ZALO_API_ROOT, nodeEnv: process.env.NODE_ENV, variable: 'ZALO_API_ROOT' })
        : null)
    if (refusal) {
      process.stderr.write(`${refusal}\n`)
      return 1
    }
  }
  if (wantsConsole && !toolMode) {
    mkdirSync(config.DATA_DIR, { recursive: true })
  }
  // In the console chat, logs go to a file so the transcript on standard output stays clean.
  const logger = createLogger({
    level: config.LOG_LEVEL,
    ...(wantsConsole && !toolMode
      ? { destination: pino.destination({ dest: join(config.DATA_DIR, 'bot.log'), mkdir: true, sync: true }) }
      : {}),
  })

  const dbOptions = databaseOptions(config, logger)
  let database: Database
  try {
    database = await openDatabase(dbOptions)
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      const key = error.ownerPid === null ? 'startup-data-dir-locked' : 'startup-data-dir-locked-pid'
      process.stderr.write(`${say(key, { dir: error.dataDir, pid: String(error.ownerPid ?? '') })}\n`)
      return 1
    }
    throw error
  }
  let closing: Promise<void> | null = null
  const close = () => (closing ??= database.close())

  try {
    if (restoreArg >= 0 || backupArg >= 0) {
      return await backupOrRestore(
        database,
        config,
        restoreArg >= 0 ? { restore: restoreFile } : { backup: process.argv[backupArg + 1] },
        logger,
      )
    }
    const applied = await migrateDatabase(database, dbOptions)
    if (migrateOnly) {
      process.stdout.write(
        `${applied.length ? say('startup-migrations-applied', { list: applied.join(', ') }) : say('startup-migrations-none')}\n`,
      )
      return 0
    }
    const clock = wantsConsole || testClockAt ? new SettableClock() : systemClock
    if (testClockAt && clock instanceof SettableClock) {
      clock.set(testClockAt)
      logger.warn({ at: testClockAt.toISOString() }, 'TEST CLOCK: time is driven by POST /test/clock (tests only)')
    }
    const liveness = createSenderLiveness()
    const repos = createRepositories(database.prisma, () => clock.now())
    // What a change writes to the outbox is sent at once by this process's sender (other processes
    // find it within their idle poll).
    const senders: Pick<Sender, 'wake'>[] = []
    const services = createServices({
      repos,
      clock,
      logger,
      settings: {
        defaultLocale: config.DEFAULT_LOCALE,
        defaultTimeZone: config.TZ,
        inviteTtlDays: config.INVITE_TTL_DAYS,
        publicUrl: config.PUBLIC_URL ?? null,
      },
      onQueued: () => setImmediate(() => senders.forEach((sender) => sender.wake())),
    })
    const conversationTimeoutMs = config.CONVERSATION_TIMEOUT_MINUTES * 60_000
    await runPurgeRuntime({ services, logger, conversationTimeoutMs }, clock.now())
    /**
     * The outbox sender of a platform, sending continuously, and the scheduler that makes the runs:
     * the same for both transports.
     */
    const schedule = (i18n: ReturnType<typeof createI18n>, ...drivers: PlatformDriver[]) => {
      const translate = (locale: string, key: string, vars?: Record<string, string | number>) => i18n.t(locale, key, vars)
      // Watched for /readyz: running, and not stuck.
      const sender = liveness.wrap(allSenders(drivers.map((driver) => createPlatformSender({ services, driver, clock, logger }))))
      senders.push(sender)
      const scheduler = startScheduler(
        {
          repos,
          services,
          translate,
          logger,
          sender,
          clock,
          conversationTimeoutMs,
          soleProcess: database.kind === 'pglite',
          ...(database.kind === 'pglite' && !wantsConsole
            ? {
                nightlyBackup: () =>
                  runNightlyBackup({ database, dir: join(config.DATA_DIR, 'backups'), timeZone: config.TZ, logger }, clock.now()),
              }
            : {}),
        },
        logger,
      )
      return {
        ...scheduler,
        /** Sends what is due now (the console chat does after each update). */
        async deliver() {
          await sender.drain()
        },
        /** Interrupted sends are settled first, then the sender runs. */
        async reconcile() {
          await scheduler.reconcile()
          sender.start()
          liveness.start()
        },
        async stop() {
          liveness.stop()
          await scheduler.stop()
          await sender.stop()
        },
      }
    }

    if (wantsConsole) {
      const platform = 'console' as const
      const i18n = createI18n({ defaultLocale: config.DEFAULT_LOCALE, services, platform })
      const api = new LocalBotApi(undefined, () => clock.now())
      const bot = createBot(
        { token: CONSOLE_TOKEN, services, platform, logger, i18n, conversationTimeoutMs },
        { botInfo: api.botInfo, client: { fetch: api.fetch as never } },
      )
      await services.runtime.releaseUnfinished(platform)
      // The console has no rate limits; pacing would only slow the transcript (one at a time keeps its order).
      const limits: SendLimits = {
        platformPerSecond: 100_000,
        perSecond: 1000,
        group: { count: 60_000, windowMs: 60_000 },
        private: { count: 1000, windowMs: 1000 },
        concurrency: 1,
      }
      const scheduler = schedule(i18n, telegramDriver(bot.api, { platform, limits }))
      const interactive = process.stdin.isTTY === true
      process.stderr.write(
        `${config.BOT_TOKEN ? say('startup-console-flag') : say('startup-console-no-token', { log: join(config.DATA_DIR, 'bot.log') })}\n`,
      )
      const knownChats = {
        groups: (await services.chats.listByPlatform(platform)).map((c) => ({
          id: Number(c.externalId),
          title: c.title,
          active: c.active,
        })),
        people: (await services.people.privateChats(platform)).map((p) => ({ id: Number(p.chatId), name: p.name })),
      }
      const chat = new ConsoleChat({
        bot,
        api,
        knownChats,
        state: ConsoleState.inDir(database.kind === 'pglite' ? config.DATA_DIR : null),
        clock: clock as SettableClock,
        timeZone: config.TZ,
        write: (line) => process.stdout.write(`${line}\n`),
        echo: !interactive,
        filesDir: join(database.kind === 'pglite' ? config.DATA_DIR : tmpdir(), 'console-files'),
        onClock: async () => {
          await scheduler.tick()
        },
        afterUpdate: () => scheduler.deliver(),
        zaloHint: (group) =>
          i18n.t(config.DEFAULT_LOCALE, group ? 'zalo-choices-hint-group' : 'zalo-choices-hint-private', { bot: api.botInfo.first_name }),
      })
      await scheduler.reconcile()
      // A reader that goes away (`npm run chat | head`) ends the chat quietly.
      process.stdout.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE') {
          void close().then(() => process.exit(0))
        }
      })
      const onSignal = () => {
        void close().then(() => process.exit(130))
      }
      process.once('SIGINT', onSignal)
      process.once('SIGTERM', onSignal)
      await runConsole(chat, process.stdin, process.stdout, interactive)
      await scheduler.stop()
      return 0
    }

    // Telegram, Zalo or both in one process, on the same services, database and outbox.
    let zalo: RunningZalo | null = null
    if (config.ZALO_BOT_TOKEN) {
      zalo = await startZalo({
        settings: {
          token: config.ZALO_BOT_TOKEN,
          apiRoot: config.ZALO_API_ROOT,
          mode: config.ZALO_MODE,
          botName: config.ZALO_BOT_NAME,
          publicUrl: config.PUBLIC_URL,
          sendsPerSecond: config.ZALO_SENDS_PER_SECOND,
          groupPerMinute: config.ZALO_GROUP_PER_MINUTE,
        },
        services,
        repos,
        i18n: createI18n({ defaultLocale: config.DEFAULT_LOCALE, services, platform: 'zalo' }),
        defaultLocale: config.DEFAULT_LOCALE,
        conversationTimeoutMs,
        logger,
      })
    }
    const zaloDrivers = zalo ? [zalo.driver] : []
    // The i18n of the scheduler's texts: Telegram's wording when it runs, Zalo's when alone.
    const i18n = createI18n({ defaultLocale: config.DEFAULT_LOCALE, services, platform: config.BOT_TOKEN ? 'telegram' : 'zalo' })
    // Updates the journal claimed (transports/update-inbox.ts) are not claimed again by the bot.
    const claimed = new WeakSet<object>()
    const bot = config.BOT_TOKEN
      ? createBot(
          {
            token: config.BOT_TOKEN,
            services,
            platform: 'telegram',
            logger,
            i18n,
            conversationTimeoutMs,
            preclaimed: (update) => claimed.has(update),
          },
          { client: { apiRoot: config.TELEGRAM_API_ROOT } },
        )
      : null
    await runService({
      config,
      database,
      services,
      bot,
      zalo,
      i18n,
      logger,
      clock,
      testClock: testClockAt !== null,
      liveness,
      claimed,
      schedule: () => schedule(i18n, ...(bot ? [telegramDriver(bot.api)] : []), ...zaloDrivers),
    })
    return 0
  } finally {
    await close()
    logger.flush?.()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${say('startup-fatal')}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exit(1)
  },
)
