import type { Repositories } from '../db/repositories/index.js'
import { auditSource, type Actor } from './actor.js'
import { createCalendar, type Calendar, type YearDaysOff } from './calendar/calendar.js'
import { fromDbDate, toDbDate, type LocalDate } from './calendar/local-date.js'
import { UserError } from './errors.js'
import type { PermissionService } from './permissions.js'
import { cleanName } from './text.js'

/** A committee's working-day calendar: the national days off plus its own changes (/ngaynghi). */
export function createCommitteeCalendarService(repos: Repositories, permissions: PermissionService) {
  async function forCommittee(committeeId: number): Promise<Calendar> {
    const days = await repos.calendarDays.list(committeeId)
    return createCalendar(days.map((d) => ({ date: fromDbDate(d.date), kind: d.kind, reason: d.reason })))
  }

  return {
    forCommittee,

    async year(committeeId: number, year: number): Promise<YearDaysOff> {
      if (!Number.isInteger(year) || year < 1990 || year > 2100) {
        throw new UserError('calendar-error-year', { value: String(year) })
      }
      return (await forCommittee(committeeId)).daysOff(year)
    },

    /** Adds a local day off or make-up working day; refuses one that changes nothing. */
    async setDay(actor: Actor, committeeId: number, date: LocalDate, kind: 'day_off' | 'working_day', rawReason: string) {
      await permissions.require(committeeId, actor.personId, 'calendar.manage')
      const reason = cleanName(rawReason)
      if (!reason || reason.length < 3) {
        throw new UserError('calendar-error-reason')
      }
      const calendar = createCalendar()
      const national = calendar.dayInfo(date)
      if (national.working === (kind === 'working_day')) {
        throw new UserError(kind === 'day_off' ? 'calendar-error-already-off' : 'calendar-error-already-working', {
          reason: national.reason ?? '',
        })
      }
      const before = await repos.calendarDays.find(committeeId, toDbDate(date))
      return repos.transaction(async (tx) => {
        const after = await tx.calendarDays.upsert({ committeeId, date: toDbDate(date), kind, reason, createdByPersonId: actor.personId })
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: 'calendar.set',
          targetType: 'calendar_day',
          targetId: date,
          before: before ?? undefined,
          after,
        })
        return after
      })
    },

    async removeDay(actor: Actor, committeeId: number, date: LocalDate) {
      await permissions.require(committeeId, actor.personId, 'calendar.manage')
      const before = await repos.calendarDays.find(committeeId, toDbDate(date))
      if (!before) {
        throw new UserError('calendar-error-not-local', { date })
      }
      await repos.transaction(async (tx) => {
        await tx.calendarDays.remove(before.id)
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: 'calendar.remove',
          targetType: 'calendar_day',
          targetId: date,
          before,
        })
      })
      return before
    },
  }
}
export type CommitteeCalendarService = ReturnType<typeof createCommitteeCalendarService>
