import { join } from 'node:path'
import { createBot } from './bot/index.js'
import { createI18n } from './bot/i18n.js'
import { ConfigError, parseConfig, type Config } from './config.js'
import { migrateDatabase, openDatabase, type Database, type DatabaseOptions } from './db/client.js'
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
import { startTelegramPolling } from './transports/telegram.js'
import { startZalo } from './transports/zalo/run-zalo.js'
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

async function main(): Promise<number> {
  let config: Config
  try {
    config = parseConfig(process.env)
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`)
      return 1
    }
    throw error
  }
  // With neither token there is nothing to connect to: the console chat opens instead.
  const wantsConsole = process.argv.includes('--console') || (!config.BOT_TOKEN && !config.ZALO_BOT_TOKEN)
  const migrateOnly = process.argv.includes('--migrate-only')
  if (wantsConsole && !migrateOnly) {
    mkdirSync(config.DATA_DIR, { recursive: true })
  }
  // In the console chat, logs go to a file so the transcript on standard output stays clean.
  const logger = createLogger({
    level: config.LOG_LEVEL,
    ...(wantsConsole && !migrateOnly
      ? { destination: pino.destination({ dest: join(config.DATA_DIR, 'bot.log'), mkdir: true, sync: true }) }
      : {}),
  })

  const dbOptions = databaseOptions(config, logger)
  let database: Database
  try {
    database = await openDatabase(dbOptions)
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      process.stderr.write(`${error.message}\n`)
      return 1
    }
    throw error
  }
  let closing: Promise<void> | null = null
  const close = () => (closing ??= database.close())

  try {
    const applied = await migrateDatabase(database, dbOptions)
    if (migrateOnly) {
      process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'Database is up to date.\n')
      return 0
    }
    const clock = wantsConsole ? new SettableClock() : systemClock
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
      const sender = allSenders(drivers.map((driver) => createPlatformSender({ services, driver, clock, logger })))
      senders.push(sender)
      const scheduler = startScheduler(
        { repos, services, translate, logger, sender, clock, conversationTimeoutMs, soleProcess: database.kind === 'pglite' },
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
        },
        async stop() {
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
        config.BOT_TOKEN
          ? 'Console chat (--console): the bot runs locally, Telegram is not contacted.\n'
          : 'No BOT_TOKEN or ZALO_BOT_TOKEN: starting the local console chat (no Telegram or Zalo needed). Logs: ' +
              join(config.DATA_DIR, 'bot.log') +
              '\n',
      )
      const chat = new ConsoleChat({
        bot,
        api,
        state: ConsoleState.inDir(database.kind === 'pglite' ? config.DATA_DIR : null),
        clock: clock as SettableClock,
        timeZone: config.TZ,
        write: (line) => process.stdout.write(`${line}\n`),
        echo: !interactive,
        filesDir: join(database.kind === 'pglite' ? config.DATA_DIR : tmpdir(), 'console-files'),
        onClock: () => scheduler.tick(),
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
    const running: { stop(): Promise<void>; done: Promise<void> }[] = []
    const drivers: PlatformDriver[] = []
    let i18n = createI18n({ defaultLocale: config.DEFAULT_LOCALE, services, platform: 'telegram' })
    if (config.BOT_TOKEN) {
      const bot = createBot(
        { token: config.BOT_TOKEN, services, platform: 'telegram', logger, i18n, conversationTimeoutMs },
        { client: { apiRoot: config.TELEGRAM_API_ROOT } },
      )
      running.push(await startTelegramPolling({ bot, i18n, services, logger, defaultLocale: config.DEFAULT_LOCALE }))
      drivers.push(telegramDriver(bot.api))
    }
    if (config.ZALO_BOT_TOKEN) {
      if (config.ZALO_MODE === 'webhook') {
        process.stderr.write('ZALO_MODE=webhook needs the HTTP server, which this build does not have yet: use ZALO_MODE=polling.\n')
        return 1
      }
      i18n = createI18n({ defaultLocale: config.DEFAULT_LOCALE, services, platform: 'zalo' })
      const zalo = await startZalo({
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
        i18n,
        defaultLocale: config.DEFAULT_LOCALE,
        conversationTimeoutMs,
        logger,
      })
      running.push(zalo)
      drivers.push(zalo.driver)
    }
    const scheduler = schedule(i18n, ...drivers)
    await scheduler.reconcile()
    const shutdown = (signal: string) => {
      logger.info({ signal }, 'shutting down')
      void scheduler.stop().then(() => Promise.all(running.map((transport) => transport.stop())))
    }
    process.once('SIGINT', () => shutdown('SIGINT'))
    process.once('SIGTERM', () => shutdown('SIGTERM'))
    await Promise.all(running.map((transport) => transport.done))
    return 0
  } finally {
    await close()
    logger.flush?.()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Fatal: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exit(1)
  },
)
