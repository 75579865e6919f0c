import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'
import type { I18n } from '@grammyjs/i18n'
import type { Bot } from 'grammy'
import type { BotContext, ConvContext } from '../bot/context.js'
import type { Config } from '../config.js'
import { MIGRATIONS_DIR, type Database } from '../db/client.js'
import { readMigrations } from '../db/migrate.js'
import { createOpsRepository, createUpdateJournalRepository } from '../db/repositories/index.js'
import type { Logger } from '../logger.js'
import { SettableClock, type Clock } from '../services/clock.js'
import { startTelegramPolling, startTelegramWebhook } from '../transports/telegram.js'
import { createUpdateInbox } from '../transports/update-inbox.js'
import type { SenderLiveness } from './health.js'
import { createHttpServer } from './http-server.js'
import { createMetrics } from './metrics.js'
import { buildRoutes } from './routes.js'

export interface RunTelegramDeps {
  config: Config
  database: Database
  bot: Bot<BotContext>
  i18n: I18n<ConvContext>
  logger: Logger
  clock: Clock
  /** Started with --test-clock: POST /test/clock drives the clock (see test-clock.ts). */
  testClock: boolean
  /** The outbox sender's liveness, for /readyz. */
  liveness: SenderLiveness
  /** Shared with createBot's `preclaimed`: updates the journal hands to the bot. */
  claimed: WeakSet<object>
  /** Builds the outbox sender (sending continuously once reconciled) and the scheduler on this bot. */
  schedule: () => { reconcile(): Promise<void>; tick(): Promise<void>; stop(): Promise<void> }
}

/** Names this process in the journal's `owner` column: host, pid and a random part (pids repeat across restarts). */
function instanceId(): string {
  return `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`
}

/**
 * The Telegram service: the update journal and its inbox, the HTTP server (webhook, health,
 * metrics), the transport (webhook or long polling), the scheduler, and a graceful stop on
 * SIGTERM/SIGINT — stop taking updates, finish the ones in hand, stop the scheduler. Resolves when
 * stopped; rejects if polling fails for good (a revoked token).
 */
export async function runTelegram(deps: RunTelegramDeps): Promise<void> {
  const { config, database, bot, logger } = deps
  const platform = 'telegram' as const
  // Listened for before anything starts: a stop asked for during start-up runs once start-up is done.
  const stopAsked = new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'))
    process.once('SIGTERM', () => resolve('SIGTERM'))
  })
  const ops = createOpsRepository(database.prisma)
  const metrics = createMetrics({ ops, logger })
  bot.api.config.use(async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal)
    if (!result.ok && result.error_code === 429) {
      metrics.rateLimited(platform)
    }
    return result
  })
  const owner = instanceId()
  const inbox = createUpdateInbox({
    journal: createUpdateJournalRepository(database.prisma),
    platform,
    owner,
    handle: (update) => bot.handleUpdate(update),
    concurrency: config.UPDATE_CONCURRENCY,
    leaseMs: config.UPDATE_LEASE_SECONDS * 1000,
    logger: logger.child({ component: 'inbox', owner }),
    claimed: deps.claimed,
    observer: metrics.inbox,
  })
  await bot.init()
  const scheduler = deps.schedule()
  let accepting = true

  const webhook = config.BOT_MODE === 'webhook' && config.WEBHOOK_URL && config.WEBHOOK_SECRET
  const port = config.PORT ?? (webhook ? 8080 : null)
  const server =
    port === null
      ? null
      : createHttpServer({
          logger,
          routes: buildRoutes({
            logger,
            metrics,
            readiness: {
              ops,
              expectedMigrations: readMigrations(MIGRATIONS_DIR).map((m) => m.name),
              senderRunning: deps.liveness.running,
              accepting: () => accepting,
            },
            ...(webhook
              ? {
                  telegram: {
                    path: new URL(config.WEBHOOK_URL ?? '').pathname,
                    secret: config.WEBHOOK_SECRET ?? '',
                    accept: (u) => inbox.accept(u),
                  },
                }
              : {}),
            ...(deps.testClock && deps.clock instanceof SettableClock
              ? { testClock: { clock: deps.clock, tick: () => scheduler.tick() } }
              : {}),
          }),
        })
  if (server && port !== null) {
    logger.info({ port: await server.listen(port), mode: config.BOT_MODE, owner }, 'HTTP server listening')
  }
  await inbox.start({ alone: database.kind === 'pglite' })
  // Start-up reconciliation runs in the background: a large outbox must not delay taking updates.
  void scheduler.reconcile().catch((error: unknown) => logger.error({ err: error }, 'start-up reconciliation failed'))

  const polling = webhook
    ? null
    : await startTelegramPolling({ bot, i18n: deps.i18n, logger, defaultLocale: config.DEFAULT_LOCALE, accept: (u) => inbox.accept(u) })
  if (webhook && config.WEBHOOK_URL && config.WEBHOOK_SECRET) {
    await startTelegramWebhook({
      bot,
      i18n: deps.i18n,
      logger,
      defaultLocale: config.DEFAULT_LOCALE,
      url: config.WEBHOOK_URL,
      secret: config.WEBHOOK_SECRET,
    })
  }

  const signal = await (polling ? Promise.race([stopAsked, polling.done.then(() => stopAsked)]) : stopAsked)
  logger.info({ signal }, 'shutting down: finishing the updates in hand')
  accepting = false
  await polling?.stop()
  // Requests in progress are answered; new connections are refused (Telegram retries them elsewhere).
  await server?.close()
  await inbox.drain()
  await scheduler.stop()
  logger.info('stopped')
}
