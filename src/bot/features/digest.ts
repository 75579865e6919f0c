import { Composer, InputFile } from 'grammy'
import { composeDigest } from '../../jobs/daily-digest.js'
import { gatherSummary } from '../../jobs/summary-content.js'
import { summaryChart, summaryMessages } from '../../jobs/weekly-summary.js'
import { formatVietnamese, localDateOf } from '../../services/calendar/local-date.js'
import { UserError } from '../../services/errors.js'
import { roleAllows } from '../../services/permissions.js'
import type { BotContext } from '../context.js'
import { replyLong } from '../helpers/reply.js'
import { currentScope } from '../helpers/scope.js'

const composer = new Composer<BotContext>()

/** /bantin: today's digest as it would be sent, shown here only (not counted as the day's digest). */
composer.command('bantin', async (ctx) => {
  const scope = await currentScope(ctx)
  if (!roleAllows(scope.role, 'task.manage') && scope.role !== 'leader') {
    throw new UserError('error-forbidden')
  }
  const today = localDateOf(ctx.deps.services.clock.now(), scope.committee.timeZone)
  const t = (key: string, vars?: Record<string, string | number>) => ctx.t(key, vars)
  const text = (await composeDigest(ctx.deps.services, scope.committee, today, t)) ?? t('digest-empty', { date: formatVietnamese(today) })
  await replyLong(ctx, `${ctx.t('bantin-preview')}\n\n${text}`)
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
