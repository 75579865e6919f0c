import type { CalendarDay, CalendarDayKind } from '../../generated/prisma/client.js'
import type { DbClient } from './client-types.js'

export function createCalendarDayRepository(db: DbClient) {
  return {
    list(committeeId: number): Promise<CalendarDay[]> {
      return db.calendarDay.findMany({ where: { committeeId }, orderBy: { date: 'asc' } })
    },
    find(committeeId: number, date: Date): Promise<CalendarDay | null> {
      return db.calendarDay.findUnique({ where: { committeeId_date: { committeeId, date } } })
    },
    upsert(data: {
      committeeId: number
      date: Date
      kind: CalendarDayKind
      reason: string
      createdByPersonId: number
    }): Promise<CalendarDay> {
      const { committeeId, date, ...rest } = data
      return db.calendarDay.upsert({ where: { committeeId_date: { committeeId, date } }, create: data, update: rest })
    },
    remove(id: number): Promise<CalendarDay> {
      return db.calendarDay.delete({ where: { id } })
    },
  }
}
export type CalendarDayRepository = ReturnType<typeof createCalendarDayRepository>
