import { Composer, InputFile } from 'grammy'
import { digestText } from '../../jobs/daily-digest.js'
import { gatherSummary } from '../../jobs/summary-content.js'
import { summaryChart, summaryMessages } from '../../jobs/weekly-summary.js'
import { formatVietnamese, localDateOf } from '../../services/calendar/local-date.js'
import { UserError } from '../../services/errors.js'
import { roleAllows } from '../../services/permissions.js'
import type { BotContext } from '../context.js'
import { MESSAGE_LIMIT } from '../helpers/reply.js'
import { currentScope } from '../helpers/scope.js'

const composer = new Composer<BotContext>()

/**
 * /bantin: today's digest exactly as the job would queue it (the same text, byte for byte),
 * shown here only — not counted as the day's digest. One message with the preview's label, or the
 * label then the digest when both would not fit one.
 */
composer.command('bantin', async (ctx) => {
  const scope = await currentScope(ctx)
  if (!roleAllows(scope.role, 'task.manage') && scope.role !== 'leader') {
    throw new UserError('error-forbidden')
  }
  const today = localDateOf(ctx.deps.services.clock.now(), scope.committee.timeZone)
  const t = (key: string, vars?: Record<string, string | number>) => ctx.t(key, vars)
  const text = await digestText(ctx.deps.services, scope.committee, today, t)
  const label = ctx.t('bantin-preview')
  if (text === null) {
    await ctx.reply(`${label}\n\n${ctx.t('bantin-nothing', { date: formatVietnamese(today) })}`)
  } else if (label.length + 2 + text.length <= MESSAGE_LIMIT) {
    await ctx.reply(`${label}\n\n${text}`)
  } else {
    await ctx.reply(label)
    await ctx.reply(text)
  }
})

/** /tongket: the weekly summary with its chart, now, for the secretariat or a leader (here only). */
composer.command('tongket', async (ctx) => {
  const scope = await currentScope(ctx)
  if (!roleAllows(scope.role, 'summary.view')) {
    throw new UserError('error-forbidden')
  }
  const { services } = ctx.deps
  const today = localDateOf(services.clock.now(), scope.committee.timeZone)
  const calendar = await services.calendar.forCommittee(scope.committee.id)
  const data = await gatherSummary(services, scope.committee, today, calendar)
  const t = (key: string, vars?: Record<string, string | number>) => ctx.t(key, vars)
  const messages = summaryMessages(t, data)
  for (const part of messages.parts) {
    await ctx.reply(part)
  }
  await ctx.replyWithPhoto(new InputFile(await summaryChart(t, data), 'tong-ket.png'), { caption: messages.caption })
})

export { composer as digestFeature }
