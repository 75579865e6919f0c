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
import { sendThrough, tellSecretariat } from './delivery/bot-send.js'
import { createSender, TELEGRAM_LIMITS, type SendLimits } from './delivery/sender.js'
import { ConsoleChat } from './transports/console/console-chat.js'
import { ConsoleState } from './transports/console/console-state.js'
import { runConsole } from './transports/console/run-console.js'
import { LocalBotApi } from './transports/local-bot-api.js'
import { startTelegramPolling } from './transports/telegram.js'
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
  const wantsConsole = process.argv.includes('--console') || !config.BOT_TOKEN
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
    const services = createServices({
      repos,
      clock,
      logger,
      settings: { defaultLocale: config.DEFAULT_LOCALE, defaultTimeZone: config.TZ, inviteTtlDays: config.INVITE_TTL_DAYS },
    })
    const conversationTimeoutMs = config.CONVERSATION_TIMEOUT_MINUTES * 60_000
    await runPurgeRuntime({ services, logger, conversationTimeoutMs }, clock.now())
    /** The outbox sender on a bot's API and the scheduler that drives it: the same for both transports. */
    const schedule = (bot: ReturnType<typeof createBot>, i18n: ReturnType<typeof createI18n>, limits: SendLimits) => {
      const translate = (locale: string, key: string, vars?: Record<string, string | number>) => i18n.t(locale, key, vars)
      const sender = createSender({
        repos,
        chats: services.chats,
        send: sendThrough(bot.api),
        onChatGone: tellSecretariat({ services, translate, logger }),
        clock,
        logger,
        limits,
      })
      return startScheduler(
        { repos, services, translate, logger, sender, clock, conversationTimeoutMs, soleProcess: database.kind === 'pglite' },
        logger,
      )
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
      // The console has no rate limits; pacing would only slow the transcript.
      const scheduler = schedule(bot, i18n, { perSecond: 1000, perGroupPerMinute: 60_000, perPrivatePerSecond: 1000, concurrency: 1 })
      const interactive = process.stdin.isTTY === true
      process.stderr.write(
        config.BOT_TOKEN
          ? 'Console chat (--console): the bot runs locally, Telegram is not contacted.\n'
          : 'No BOT_TOKEN: starting the local console chat (no Telegram needed). Logs: ' + join(config.DATA_DIR, 'bot.log') + '\n',
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
        onClock: async () => {
          await scheduler.tick()
        },
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

    const platform = 'telegram' as const
    const i18n = createI18n({ defaultLocale: config.DEFAULT_LOCALE, services, platform })
    const bot = createBot(
      { token: config.BOT_TOKEN ?? '', services, platform, logger, i18n, conversationTimeoutMs },
      { client: { apiRoot: config.TELEGRAM_API_ROOT } },
    )
    const polling = await startTelegramPolling({ bot, i18n, services, logger, defaultLocale: config.DEFAULT_LOCALE })
    const scheduler = schedule(bot, i18n, TELEGRAM_LIMITS)
    await scheduler.reconcile()
    const shutdown = (signal: string) => {
      logger.info({ signal }, 'shutting down')
      void scheduler.stop().then(() => polling.stop())
    }
    process.once('SIGINT', () => shutdown('SIGINT'))
    process.once('SIGTERM', () => shutdown('SIGTERM'))
    await polling.done
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
