import type { I18n } from '@grammyjs/i18n'
import { GrammyError, type Bot } from 'grammy'
import type { LanguageCode, Update } from 'grammy/types'
import { commandMenus } from '../bot/commands.js'
import type { BotContext, ConvContext } from '../bot/context.js'
import { SUPPORTED_LOCALES } from '../bot/i18n.js'
import type { Logger } from '../logger.js'

/** Update kinds the bot needs; `my_chat_member` tells it when it is added to or removed from a group. */
export const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query', 'my_chat_member'] as const

/** Registers the command menus per scope (private, groups, group admins) and language. */
export async function registerCommands(bot: Bot<BotContext>, i18n: I18n<ConvContext>, defaultLocale: string): Promise<void> {
  for (const menu of commandMenus((locale, key) => i18n.t(locale, key), SUPPORTED_LOCALES, defaultLocale)) {
    await bot.api.setMyCommands(menu.commands, {
      scope: menu.scope,
      ...(menu.languageCode ? { language_code: menu.languageCode as LanguageCode } : {}),
    })
  }
}

/** When a failed registration of the command menus is tried again. */
export const COMMAND_RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3600_000]

/**
 * Registers the command menus without ever stopping the bot: menus are a nicety, so a 429, a 5xx
 * or an API without setMyCommands is logged and tried again later (timers that never keep the
 * process alive). Resolves true when the first attempt succeeded. `stop()` cancels pending retries.
 */
export function registerCommandsInBackground(
  bot: Bot<BotContext>,
  i18n: I18n<ConvContext>,
  defaultLocale: string,
  logger: Logger,
  delaysMs: readonly number[] = COMMAND_RETRY_DELAYS_MS,
): { first: Promise<boolean>; settled: Promise<boolean>; stop(): void } {
  let timer: NodeJS.Timeout | undefined
  let stopped = false
  let resolveSettled: (ok: boolean) => void = () => undefined
  const settled = new Promise<boolean>((resolve) => (resolveSettled = resolve))
  const attempt = async (n: number): Promise<boolean> => {
    try {
      await registerCommands(bot, i18n, defaultLocale)
      if (n > 0) {
        logger.info({ attempt: n + 1 }, 'command menus registered')
      }
      resolveSettled(true)
      return true
    } catch (error) {
      const delay = delaysMs[n]
      logger.warn({ err: error, attempt: n + 1, retryInMs: delay ?? null }, 'could not register the command menus')
      if (delay === undefined || stopped) {
        resolveSettled(false)
      } else {
        timer = setTimeout(() => void attempt(n + 1), delay)
        timer.unref()
      }
      return false
    }
  }
  return {
    first: attempt(0),
    settled,
    stop() {
      stopped = true
      clearTimeout(timer)
      resolveSettled(false)
    },
  }
}

/** Telegram errors that mean the token is wrong or revoked: polling cannot go on. */
function isFatal(error: unknown): boolean {
  return error instanceof GrammyError && (error.error_code === 401 || error.error_code === 404)
}

/**
 * Long polling. Each batch is written to the update journal before the next getUpdates confirms it
 * to Telegram, so an update received before a crash is never lost: the journal hands it to the
 * next process (at once on the embedded database, after its lease elsewhere). Handling happens in
 * the inbox, in order per chat. Telegram allows one poller per token: several instances need the
 * webhook.
 */
export async function startTelegramPolling(options: {
  bot: Bot<BotContext>
  i18n: I18n<ConvContext>
  logger: Logger
  defaultLocale: string
  /** The journal's door (UpdateInbox.accept): resolves once the update is durable. */
  accept: (update: Update) => Promise<boolean>
}): Promise<{ stop(): Promise<void>; done: Promise<void> }> {
  const { bot, logger } = options
  await bot.init()
  // A webhook left set by an earlier deployment makes getUpdates fail with 409.
  await bot.api.deleteWebhook()
  const menus = registerCommandsInBackground(bot, options.i18n, options.defaultLocale, logger)
  await menus.first
  const abort = new AbortController()
  let offset = 0
  let failures = 0
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms)
      abort.signal.addEventListener('abort', () => {
        clearTimeout(timer)
        resolve()
      })
    })

  async function loop(): Promise<void> {
    logger.info({ username: bot.botInfo.username }, 'polling Telegram')
    while (!abort.signal.aborted) {
      let updates: Update[]
      try {
        updates = await bot.api.getUpdates(
          { offset, limit: 100, timeout: 30, allowed_updates: [...ALLOWED_UPDATES] },
          abort.signal as never,
        )
        failures = 0
      } catch (error) {
        if (abort.signal.aborted) {
          break
        }
        if (isFatal(error)) {
          throw error
        }
        failures++
        const conflict = error instanceof GrammyError && error.error_code === 409
        logger.error(
          { err: error },
          conflict ? 'another process polls this bot: only one may (use the webhook for several)' : 'getUpdates failed',
        )
        await pause(Math.min(30_000, 500 * 2 ** Math.min(failures, 6)))
        continue
      }
      for (const update of updates) {
        // Until it is journaled the offset does not move: a failure here means Telegram sends it again.
        try {
          await options.accept(update)
        } catch (error) {
          logger.error({ err: error, update_id: update.update_id }, 'could not journal an update; it will be fetched again')
          await pause(1000)
          break
        }
        offset = update.update_id + 1
      }
    }
    // Confirms the last journaled batch, so a restart does not fetch it again (it would be a duplicate anyway).
    if (offset > 0) {
      await bot.api.getUpdates({ offset, limit: 1, timeout: 0 }).catch(() => undefined)
    }
  }

  const done = loop()
  return {
    done,
    async stop() {
      menus.stop()
      abort.abort()
      await done.catch(() => undefined)
    },
  }
}

/**
 * Webhook mode: registers the command menus and tells Telegram where to post, with the secret it
 * must present. The HTTP server (src/server) must already listen.
 */
export async function startTelegramWebhook(options: {
  bot: Bot<BotContext>
  i18n: I18n<ConvContext>
  logger: Logger
  defaultLocale: string
  url: string
  secret: string
}): Promise<void> {
  const { bot } = options
  await bot.init()
  // Menus are a nicety: a failure is retried in the background and never stops the webhook.
  await registerCommandsInBackground(bot, options.i18n, options.defaultLocale, options.logger).first
  await bot.api.setWebhook(options.url, {
    secret_token: options.secret,
    allowed_updates: [...ALLOWED_UPDATES],
    max_connections: 40,
  })
  options.logger.info({ url: options.url, username: bot.botInfo.username }, 'webhook set')
}
