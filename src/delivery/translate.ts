import { I18n } from '@grammyjs/i18n'
import { LOCALES_DIR } from '../bot/i18n.js'

/** Translation in a given language, for messages to chats other than the one being answered. */
export type Translate = (locale: string, key: string, vars?: Record<string, string | number>) => string

/**
 * The same Fluent messages the bot answers with (locales/<lang>/*.ftl), for what is written to the
 * outbox: announcements are rendered when written, in each recipient's language.
 */
export function createTranslator(defaultLocale: string): Translate {
  const i18n = new I18n({ defaultLocale, directory: LOCALES_DIR, fluentBundleOptions: { useIsolating: false } })
  return (locale, key, vars) => i18n.t(locale, key, vars)
}
