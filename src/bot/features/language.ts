import { Composer, InlineKeyboard } from 'grammy'
import { languageData } from '../callback-data/codec.js'
import type { BotContext } from '../context.js'
import { isSupportedLocale, SUPPORTED_LOCALES } from '../i18n.js'
import { requireActor } from '../helpers/scope.js'

const composer = new Composer<BotContext>()

composer.command('lang', async (ctx) => {
  requireActor(ctx)
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
  await ctx.deps.services.people.setLocale(actor.personId, locale)
  await ctx.i18n.renegotiateLocale()
  await ctx.answerCallbackQuery()
  await ctx.editMessageText(ctx.t('language-changed'))
})

export { composer as languageFeature }
