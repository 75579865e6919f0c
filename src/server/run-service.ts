import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'
import type { I18n } from '@grammyjs/i18n'
import type { Bot } from 'grammy'
import type { Update } from 'grammy/types'
import type { BotContext, ConvContext } from '../bot/context.js'
import type { Config } from '../config.js'
import { MIGRATIONS_DIR, type Database } from '../db/client.js'
import { readMigrations } from '../db/migrate.js'
import { createOpsRepository, createUpdateJournalRepository } from '../db/repositories/index.js'
import type { Logger } from '../logger.js'
import { SettableClock, type Clock } from '../services/clock.js'
import type { Services } from '../services/index.js'
import { startTelegramPolling, startTelegramWebhook } from '../transports/telegram.js'
import { createUpdateInbox } from '../transports/update-inbox.js'
import { mediaRoute } from '../transports/zalo/media.js'
import type { RunningZalo } from '../transports/zalo/run-zalo.js'
import { ZALO_WEBHOOK_PATH, zaloWebhook } from '../transports/zalo/webhook.js'
import type { SenderLiveness } from './health.js'
import { createHttpServer } from './http-server.js'
import { createMetrics } from './metrics.js'
import { buildRoutes } from './routes.js'
import { uploadPage } from './upload-page.js'
import { downloadPage } from './download-page.js'
import { icalRoute } from './ical-route.js'

export interface RunServiceDeps {
  config: Config
  database: Database
  services: Services
  /** The Telegram bot, or null when the bot runs on Zalo alone. */
  bot: Bot<BotContext> | null
  /** Zalo, when ZALO_BOT_TOKEN is set (built; it takes messages once its inbox runs: polling, or the webhook below). */
  zalo: RunningZalo | null
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
  schedule: () => { reconcile(): Promise<void>; tick(): Promise<unknown>; stop(): Promise<void> }
}

/** Names this process in the journal's `owner` column: host, pid and a random part (pids repeat across restarts). */
function instanceId(): string {
  return `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`
}

/**
 * The bot as a service, on Telegram, Zalo or both: the update journal and an inbox per platform, the HTTP
 * server (the webhooks, Zalo's pictures and upload pages, health, metrics), the transports (webhook
 * or long polling), the scheduler, and a graceful stop on SIGTERM/SIGINT — stop taking updates,
 * finish the ones in hand, stop the scheduler. Resolves when stopped; rejects if polling fails for
 * good (a revoked token).
 */
export async function runService(deps: RunServiceDeps): Promise<void> {
  const { config, database, bot, zalo, logger } = deps
  // Listened for before anything starts: a stop asked for during start-up runs once start-up is done.
  const stopAsked = new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'))
    process.once('SIGTERM', () => resolve('SIGTERM'))
  })
  const ops = createOpsRepository(database.prisma)
  const metrics = createMetrics({ ops, logger })
  const countRateLimits = (platform: 'telegram' | 'zalo', target: Bot<BotContext>) =>
    target.api.config.use(async (prev, method, payload, signal) => {
      const result = await prev(method, payload, signal)
      if (!result.ok && result.error_code === 429) {
        metrics.rateLimited(platform)
      }
      return result
    })
  if (bot) {
    countRateLimits('telegram', bot)
  }
  if (zalo) {
    countRateLimits('zalo', zalo.bot)
  }
  const owner = instanceId()
  const journal = createUpdateJournalRepository(database.prisma)
  const inboxOf = (platform: 'telegram' | 'zalo', handle: (update: Update) => Promise<void>, malformed?: () => null) =>
    createUpdateInbox({
      journal,
      platform,
      owner,
      handle,
      concurrency: config.UPDATE_CONCURRENCY,
      leaseMs: config.UPDATE_LEASE_SECONDS * 1000,
      logger: logger.child({ component: 'inbox', platform, owner }),
      claimed: deps.claimed,
      observer: metrics.inbox,
      ...(malformed ? { malformed } : {}),
    })
  const inbox = bot ? inboxOf('telegram', (update) => bot.handleUpdate(update)) : null
  // Zalo's updates go through the same journal (leases, one chat in order across instances, take-over);
  // the receiver builds them itself, Zalo's message ids staying strings, so Telegram's shape check is not theirs.
  const zaloInbox = zalo
    ? inboxOf(
        'zalo',
        (update) => zalo.receiver.handle(update),
        () => null,
      )
    : null
  if (zalo && zaloInbox) {
    zalo.receiver.attach(zaloInbox)
  }
  await bot?.init()
  const scheduler = deps.schedule()
  let accepting = true

  const webhook = bot && config.BOT_MODE === 'webhook' && config.WEBHOOK_URL && config.WEBHOOK_SECRET
  const zaloWebhookOn = zalo !== null && config.ZALO_MODE === 'webhook' && config.ZALO_WEBHOOK_SECRET !== undefined
  // People open the dashboard, upload and download links, calendars read the sessions' feed and Zalo
  // fetches pictures: with PUBLIC_URL the server must run.
  const needsServer = webhook || zaloWebhookOn || config.PUBLIC_URL !== undefined
  const port = config.PORT ?? (needsServer ? 8080 : null)
  const translate = (locale: string, key: string, vars?: Record<string, string | number>) => deps.i18n.t(locale, key, vars)
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
            ...(webhook && inbox
              ? {
                  telegram: {
                    path: new URL(config.WEBHOOK_URL ?? '').pathname,
                    secret: config.WEBHOOK_SECRET ?? '',
                    accept: (u) => inbox.accept(u),
                  },
                }
              : {}),
            ...(zalo
              ? {
                  zalo: {
                    webhook: zaloWebhookOn
                      ? zaloWebhook({ secret: config.ZALO_WEBHOOK_SECRET ?? '', receiver: zalo.receiver, logger })
                      : null,
                    media: mediaRoute(zalo.media),
                    upload: uploadPage({
                      uploads: deps.services.uploads,
                      translate,
                      defaultLocale: config.DEFAULT_LOCALE,
                      timeZone: config.TZ,
                      deliver: (received) => zalo.receiver.receiveUpload(received),
                      logger,
                    }),
                  },
                }
              : {}),
            dashboard: {
              services: deps.services,
              translate,
              defaultLocale: config.DEFAULT_LOCALE,
              botToken: config.BOT_TOKEN ?? null,
              secureCookie: config.PUBLIC_URL?.startsWith('https://') ?? false,
              logger,
            },
            exports: {
              download: downloadPage({
                downloads: deps.services.exports.downloads,
                translate,
                defaultLocale: config.DEFAULT_LOCALE,
                timeZone: config.TZ,
                logger,
              }),
              ical: icalRoute({ calendar: deps.services.exports.calendar, translate }),
            },
            ...(deps.testClock && deps.clock instanceof SettableClock
              ? { testClock: { clock: deps.clock, tick: () => scheduler.tick() } }
              : {}),
          }),
        })
  if (server && port !== null) {
    logger.info({ port: await server.listen(port), mode: config.BOT_MODE, owner }, 'HTTP server listening')
  }
  await inbox?.start({ alone: database.kind === 'pglite' })
  await zaloInbox?.start({ alone: database.kind === 'pglite' })
  // Start-up reconciliation runs in the background: a large outbox must not delay taking updates.
  void scheduler.reconcile().catch((error: unknown) => logger.error({ err: error }, 'start-up reconciliation failed'))

  const polling =
    bot && inbox && !webhook
      ? await startTelegramPolling({ bot, i18n: deps.i18n, logger, defaultLocale: config.DEFAULT_LOCALE, accept: (u) => inbox.accept(u) })
      : null
  if (bot && webhook && config.WEBHOOK_URL && config.WEBHOOK_SECRET) {
    await startTelegramWebhook({
      bot,
      i18n: deps.i18n,
      logger,
      defaultLocale: config.DEFAULT_LOCALE,
      url: config.WEBHOOK_URL,
      secret: config.WEBHOOK_SECRET,
    })
  }
  const zaloListening = zalo ? await zalo.listen() : null
  if (zalo && zaloWebhookOn && config.PUBLIC_URL) {
    // The Zalo client maps Telegram's setWebhook onto Zalo's (url and secret_token).
    await zalo.bot.api.setWebhook(`${config.PUBLIC_URL}${ZALO_WEBHOOK_PATH}`, { secret_token: config.ZALO_WEBHOOK_SECRET ?? '' })
    logger.info({ url: `${config.PUBLIC_URL}${ZALO_WEBHOOK_PATH}` }, 'Zalo webhook set')
  }

  // A transport that ends for good (a revoked token) ends the service.
  const ended = [polling?.done, zaloWebhookOn ? undefined : zaloListening?.done].filter((p) => p !== undefined)
  const signal = await Promise.race([stopAsked, ...ended.map((done) => done.then(() => stopAsked))])
  logger.info({ signal }, 'shutting down: finishing the updates in hand')
  accepting = false
  await polling?.stop()
  await zaloListening?.stop()
  // Requests in progress are answered; new connections are refused (Telegram retries them elsewhere).
  await server?.close()
  await inbox?.drain()
  await zaloInbox?.drain()
  await scheduler.stop()
  logger.info('stopped')
}
