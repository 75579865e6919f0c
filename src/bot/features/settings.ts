import { Composer } from 'grammy'
import type { Committee } from '../../db/repositories/index.js'
import { UserError } from '../../services/errors.js'
import type { SettingKey } from '../../services/committee-settings.js'
import { foldVietnamese } from '../../services/text.js'
import type { BotContext } from '../context.js'
import { currentScope, readScope } from '../helpers/scope.js'

const composer = new Composer<BotContext>()

const KEYS: Record<string, SettingKey> = {
  gioban: 'digest-time',
  giobantin: 'digest-time',
  guibu: 'catch-up-until',
  hanguibu: 'catch-up-until',
  bantinrong: 'empty-digest',
  gionhac: 'reminder-time',
  gioyenlang: 'quiet-from',
  ngonngu: 'language',
  ngaytongket: 'weekly-day',
  giotongket: 'weekly-time',
  hantraloi: 'answer-days',
}

/**
 * /caidat — the committee's digest time, catch-up limit, empty digest, language, reminders, weekly summary;
 * /caidat KEY VALUE changes one.
 */
composer.command('caidat', async (ctx) => {
  const [first = '', ...rest] = ctx.match.trim().split(/\s+/)
  if (!first) {
    // Settings are for members only, wherever they ask (services/permissions: mayRead).
    const reader = await readScope(ctx, 'settings')
    await ctx.reply(
      `${ctx.t('settings-show', settingVars(ctx, reader.committee))}\n` +
        `${ctx.t('settings-answer-days', { days: reader.committee.answerWorkingDays })}`,
    )
    return
  }
  if (!rest.join(' ').trim()) {
    // "/caidat gioban" alone: how to write it, not "“” is not a time".
    throw new UserError('settings-usage')
  }
  const scope = await currentScope(ctx)
  const key = KEYS[foldVietnamese(first).replace(/ /g, '')]
  if (!key) {
    throw new UserError('settings-usage')
  }
  const after = await ctx.deps.services.settingsOf.set(scope.actor, scope.committee.id, key, rest.join(' '))
  await ctx.reply(
    key === 'answer-days'
      ? ctx.t('settings-answer-days-changed', { days: after.answerWorkingDays })
      : ctx.t('settings-changed', settingVars(ctx, after)),
  )
})

/** The settings of a committee as the messages show them. */
function settingVars(ctx: BotContext, c: Committee) {
  return {
    committee: c.name,
    time: c.digestTime,
    until: c.digestCatchUpUntil,
    empty: ctx.t(c.emptyDigest ? 'settings-yes' : 'settings-no'),
    language: ctx.t(`language-name-${c.locale}`),
    reminder: c.reminderTime,
    quiet: c.quietFrom,
    weeklyDay: ctx.t(`weekday-${c.weeklyDay % 7}`),
    weeklyTime: c.weeklyTime,
  }
}

export { composer as settingsFeature }
