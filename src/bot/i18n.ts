import { join } from 'node:path'
import { I18n, type TranslationVariables } from '@grammyjs/i18n'
import type { Context } from 'grammy'
import type { Platform } from '../db/repositories/index.js'
import type { Services } from '../services/index.js'
import type { TransportFlavor } from './context.js'

export const LOCALES_DIR = join(import.meta.dirname, '..', '..', 'locales')
export const SUPPORTED_LOCALES = ['vi', 'en'] as const
export type Locale = (typeof SUPPORTED_LOCALES)[number]

export function isSupportedLocale(value: string): value is Locale {
  return (SUPPORTED_LOCALES as readonly string[]).includes(value)
}

/**
 * Fluent translations from locales/<lang>/*.ftl. The locale is the one the person chose with
 * /lang, else the deployment default — never Telegram's interface language, which officials
 * rarely set to Vietnamese.
 */
/**
 * Texts that vary with the transport read `$buttons`; translating one outside a chat (no transport)
 * must not fail on the missing variable, so it reads as with buttons there.
 */
class TransportI18n<C extends Context> extends I18n<C> {
  override translate<K extends string>(locale: string, key: string, variables?: TranslationVariables<K>): string {
    return super.translate(locale, key, { buttons: 'yes', ...variables } as TranslationVariables<K>)
  }
}

export function createI18n<C extends Context>(options: { defaultLocale: string; services: Services; platform: Platform }): I18n<C> {
  return new TransportI18n<C>({
    defaultLocale: options.defaultLocale,
    directory: LOCALES_DIR,
    // Isolation marks around placeables would show up as stray characters in plain-text chats.
    fluentBundleOptions: { useIsolating: false },
    // `$buttons` in every text shown in a chat: "no" where the transport has no buttons (Zalo's numbered
    // choices), so a prompt says "choose" instead of "press the button". Texts made outside a chat
    // (the outbox's) have no transport and read the same on every platform.
    globalTranslationContext: (ctx) => ({
      buttons: (ctx as Partial<TransportFlavor>).capabilities?.hasButtons === false ? 'no' : 'yes',
    }),
    localeNegotiator: async (ctx) => {
      const from = ctx.from
      if (!from) {
        return options.defaultLocale
      }
      const locale = await options.services.people.localeOf(options.platform, String(from.id))
      return locale && isSupportedLocale(locale) ? locale : options.defaultLocale
    },
  })
}

/**
 * Translation without a chat, for the lines `npm start` prints before (or without) the bot: the
 * start-up notice, a refused data folder, migrations. In `locale` when supported, else Vietnamese.
 */
export function createStartupTranslator(locale: string | undefined): (key: string, vars?: Record<string, string | number>) => string {
  const chosen = locale && isSupportedLocale(locale) ? locale : 'vi'
  const i18n = new I18n({ defaultLocale: chosen, directory: LOCALES_DIR, fluentBundleOptions: { useIsolating: false } })
  return (key, vars) => i18n.t(chosen, key, vars)
}
