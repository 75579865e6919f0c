import { Composer, InlineKeyboard } from 'grammy'
import { languageData } from '../callback-data/codec.js'
import type { BotContext } from '../context.js'
import { isSupportedLocale, SUPPORTED_LOCALES } from '../i18n.js'
import { requireActor } from '../helpers/scope.js'
import { foldVietnamese } from '../../services/text.js'

const composer = new Composer<BotContext>()

/** "/lang en", "/lang tiếng Anh", "/lang vi": the language named after the command, if any. */
export function namedLocale(text: string): string | null {
  const folded = foldVietnamese(text)
  if (!folded) {
    return null
  }
  const names: Record<string, readonly string[]> = {
    vi: ['vi', 'vn', 'tieng viet', 'viet', 'vietnamese'],
    en: ['en', 'english', 'tieng anh', 'anh'],
  }
  return SUPPORTED_LOCALES.find((locale) => names[locale]?.includes(folded)) ?? null
}

/** Saves the person's language and answers in it from this message on. */
async function switchLanguage(ctx: BotContext, personId: number, locale: string): Promise<void> {
  await ctx.deps.services.people.setLocale(personId, locale)
  await ctx.i18n.renegotiateLocale()
}

composer.command('lang', async (ctx) => {
  const actor = requireActor(ctx)
  const named = namedLocale(typeof ctx.match === 'string' ? ctx.match : '')
  if (named) {
    await switchLanguage(ctx, actor.personId, named)
    await ctx.reply(ctx.t('language-changed'))
    return
  }
  const keyboard = new InlineKeyboard()
  for (const locale of SUPPORTED_LOCALES) {
    keyboard.text(ctx.t(`language-name-${locale}`), languageData.pack({ locale }))
  }
  await ctx.reply(ctx.t('language-choose'), { reply_markup: keyboard })
})

composer.callbackQuery(languageData.pattern, async (ctx) => {
  const actor = requireActor(ctx)
  const { locale } = languageData.unpack(ctx.callbackQuery.data)
  if (!isSupportedLocale(locale)) {
    await ctx.answerCallbackQuery()
    return
  }
  await switchLanguage(ctx, actor.personId, locale)
  await ctx.answerCallbackQuery()
  await ctx.editMessageText(ctx.t('language-changed'))
})

export { composer as languageFeature }
