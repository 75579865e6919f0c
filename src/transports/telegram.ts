import type { I18n } from '@grammyjs/i18n'
import type { Bot } from 'grammy'
import type { LanguageCode } from 'grammy/types'
import { commandMenus } from '../bot/commands.js'
import type { BotContext, ConvContext } from '../bot/context.js'
import { SUPPORTED_LOCALES } from '../bot/i18n.js'
import type { Logger } from '../logger.js'
import type { Services } from '../services/index.js'

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

/**
 * Long polling with grammY's built-in loop: updates are handled one by one and confirmed only by
 * the next getUpdates call, so an update received but not finished before a crash is fetched
 * again after restart (at least once; the dedup ledger absorbs the repeat).
 */
export async function startTelegramPolling(options: {
  bot: Bot<BotContext>
  i18n: I18n<ConvContext>
  services: Services
  logger: Logger
  defaultLocale: string
}): Promise<{ stop(): Promise<void>; done: Promise<void> }> {
  const { bot, logger } = options
  await bot.init()
  // Claims left "processing" by a process that died are released: only one poller can run.
  const released = await options.services.runtime.releaseUnfinished('telegram')
  if (released > 0) {
    logger.warn({ released }, 'updates interrupted by the previous run will be handled again')
  }
  const menus = registerCommandsInBackground(bot, options.i18n, options.defaultLocale, logger)
  await menus.first
  const done = bot.start({
    allowed_updates: [...ALLOWED_UPDATES],
    onStart: (info) => logger.info({ username: info.username }, 'polling Telegram'),
  })
  return {
    done,
    async stop() {
      menus.stop()
      await bot.stop()
    },
  }
}
