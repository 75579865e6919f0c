import type { I18n } from '@grammyjs/i18n'
import type { Bot } from 'grammy'
import type { BotContext, ConvContext } from '../../bot/context.js'
import type { Repositories } from '../../db/repositories/index.js'
import type { PlatformDriver } from '../../delivery/platform.js'
import { zaloDriver, zaloLimits } from '../../delivery/zalo.js'
import type { Logger } from '../../logger.js'
import type { Services } from '../../services/index.js'
import { createZaloBot, fetchZaloMe } from './bot.js'
import { createMediaStore } from './media.js'
import { startZaloPolling } from './poller.js'
import type { ZaloReceiver } from './receiver.js'

export interface ZaloSettings {
  token: string
  apiRoot: string
  mode: 'polling' | 'webhook'
  /** ZALO_BOT_NAME: how people mention the bot, when getMe does not say. */
  botName?: string | undefined
  /** PUBLIC_URL: where Zalo fetches pictures and people open upload links. */
  publicUrl?: string | undefined
  sendsPerSecond: number
  groupPerMinute: number
}

export interface RunningZalo {
  bot: Bot<BotContext>
  /** Writes Zalo's messages to the shared update journal; its `handle` is what the Zalo inbox runs. */
  receiver: ZaloReceiver
  media: ReturnType<typeof createMediaStore>
  /** The outbox's way out to Zalo. */
  driver: PlatformDriver
  mode: 'polling' | 'webhook'
  /**
   * Starts taking messages: long polling (ZALO_MODE=polling), or nothing in webhook mode (the HTTP
   * server feeds `receiver.receive`). Call once the Zalo inbox is attached to the receiver. `done`
   * resolves when polling ends (never, until stop(), in webhook mode) and rejects when Zalo refuses
   * the token.
   */
  listen(): Promise<{ done: Promise<void>; stop(): Promise<void> }>
}

/**
 * The bot on Zalo: asks Zalo who the bot is and builds it on the shared `createBot`. Nothing is taken
 * from Zalo until `listen()`; what was received but not handled before the last stop waits in the
 * shared journal, where the Zalo inbox (server/run-service.ts) takes it.
 */
export async function startZalo(deps: {
  settings: ZaloSettings
  services: Services
  repos: Repositories
  i18n: I18n<ConvContext>
  defaultLocale: string
  conversationTimeoutMs: number
  logger: Logger
  fetch?: typeof fetch
}): Promise<RunningZalo> {
  const { settings, logger } = deps
  const log = logger.child({ platform: 'zalo' })
  const me = await fetchZaloMe(settings.apiRoot, settings.token, deps.fetch)
  const media = createMediaStore({ store: deps.repos.zalo, publicUrl: settings.publicUrl ?? null, now: () => deps.services.clock.now() })
  if (!settings.publicUrl) {
    log.warn('PUBLIC_URL is not set: pictures (the weekly chart) reach Zalo as their caption only')
  }
  const { bot, receiver, names } = await createZaloBot({
    token: settings.token,
    apiRoot: settings.apiRoot,
    me,
    ...(settings.botName ? { displayName: settings.botName } : {}),
    services: deps.services,
    store: deps.repos.zalo,
    media,
    logger: log,
    i18n: deps.i18n,
    defaultLocale: deps.defaultLocale,
    conversationTimeoutMs: deps.conversationTimeoutMs,
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
  })
  log.info({ bot: me.id, names }, 'Zalo bot ready')
  if (!settings.botName && !me.name && !me.display_name) {
    log.warn("Zalo did not say the bot's display name: set ZALO_BOT_NAME to the name people mention in groups")
  }
  const driver = zaloDriver(bot.api, zaloLimits({ perSecond: settings.sendsPerSecond, groupPerMinute: settings.groupPerMinute }))
  return {
    bot,
    receiver,
    media,
    driver,
    mode: settings.mode,
    async listen() {
      if (settings.mode === 'webhook') {
        let release: () => void = () => undefined
        const done = new Promise<void>((resolve) => (release = resolve))
        return { done, stop: () => Promise.resolve(release()) }
      }
      // Polling and a webhook exclude each other (getUpdates answers 400 while one is set).
      await bot.api.deleteWebhook()
      return startZaloPolling({
        apiRoot: settings.apiRoot,
        token: settings.token,
        receive: (result) => receiver.receive(result),
        logger: log,
        ...(deps.fetch ? { fetch: deps.fetch } : {}),
      })
    },
  }
}
