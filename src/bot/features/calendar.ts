import { Composer } from 'grammy'
import { formatVietnamese, localDateOf, weekday } from '../../services/calendar/local-date.js'
import { parseUserDate } from '../../services/calendar/user-date.js'
import { UserError } from '../../services/errors.js'
import { roleAllows } from '../../services/permissions.js'
import { foldVietnamese } from '../../services/text.js'
import type { BotContext } from '../context.js'
import { replyLong } from '../helpers/reply.js'
import { currentScope, readScope, requireActor } from '../helpers/scope.js'

const composer = new Composer<BotContext>()

/**
 * /ngaynghi [năm] — the year's days off and make-up days (national and local);
 * /ngaynghi nghi 04/5/2026 Lý do — a local day off; /ngaynghi lambu 09/5/2026 Lý do — a local
 * working day; /ngaynghi xoa 04/5/2026 — remove a local change.
 */
composer.command('ngaynghi', async (ctx) => {
  const { services } = ctx.deps
  const [first = '', second = '', ...rest] = ctx.match.trim().split(/\s+/)
  const action = foldVietnamese(first).replace(/ /g, '')
  const listing = !first || /^\d{4}$/.test(first)
  const scope = listing ? await readScope(ctx, 'public') : await currentScope(ctx)
  const today = localDateOf(services.clock.now(), scope.committee.timeZone)
  const thisYear = Number(today.slice(0, 4))
  if (listing) {
    const year = first ? Number(first) : thisYear
    const list = await services.calendar.year(scope.committee.id, year)
    const lines = list.days.map((day) =>
      ctx.t(`calendar-line-${day.kind.replace('_', '-')}`, {
        date: formatVietnamese(day.date),
        weekday: ctx.t(`weekday-${weekday(day.date)}`),
        name: day.name,
        local: day.source === 'local' ? ctx.t('calendar-local-mark') : '',
      }),
    )
    await replyLong(
      ctx,
      [
        ctx.t(list.provisional ? 'calendar-header-provisional' : 'calendar-header', {
          year: String(year),
          committee: scope.committee.name,
        }),
        '',
        ...lines,
        '',
        ctx.t('calendar-sources'),
        ...list.sources.map((source) => `• ${source}`),
        ...(list.note ? ['', list.note] : []),
        '',
        ctx.t(roleAllows(scope.role, 'calendar.manage') ? 'calendar-manage-hint' : 'calendar-view-hint'),
      ].join('\n'),
    )
    return
  }
  const kinds: Record<string, 'day_off' | 'working_day' | 'remove'> = {
    nghi: 'day_off',
    them: 'day_off',
    lambu: 'working_day',
    xoa: 'remove',
  }
  const kind = kinds[action]
  const actor = requireActor(ctx)
  if (!kind) {
    throw new UserError('calendar-usage')
  }
  if (!second) {
    // "/ngaynghi nghi" alone: how to write it, not "“” is not a date".
    throw new UserError('calendar-usage')
  }
  const date = parseUserDate(second, thisYear)
  if (kind === 'remove') {
    await services.calendar.removeDay(actor, scope.committee.id, date)
    await ctx.reply(ctx.t('calendar-removed', { date: formatVietnamese(date) }))
    return
  }
  const reason = rest.join(' ')
  await services.calendar.setDay(actor, scope.committee.id, date, kind, reason)
  await ctx.reply(
    ctx.t(kind === 'day_off' ? 'calendar-day-off-added' : 'calendar-working-day-added', { date: formatVietnamese(date), reason }),
  )
})

export { composer as calendarFeature }
