import type { ReportRepository } from '../../db/repositories/report-repository.js'
import type { TaskQuery } from '../../db/repositories/index.js'
import type { Calendar } from '../calendar/calendar.js'
import type { LocalDate } from '../calendar/local-date.js'

/** An open task past its due date, with how many working days late it is on the day asked. */
export interface OverdueTask {
  number: number
  title: string
  /** Its lead bodies' short names (or names). */
  lead: string[]
  due: LocalDate
  lateDays: number
}

/**
 * The overdue tasks a query selects, oldest due first, one page, and how many in all: days late are
 * counted in the committee's working days (a task due on Friday is 1 day late on Monday).
 */
export async function overdueTasks(
  reports: Pick<ReportRepository, 'oldestOverdue'>,
  committeeId: number,
  query: TaskQuery,
  today: LocalDate,
  calendar: Calendar,
  page: { offset: number; limit: number },
): Promise<{ total: number; rows: OverdueTask[] }> {
  const found = await reports.oldestOverdue(committeeId, today, page.limit, query, page.offset)
  return {
    total: found.total,
    rows: found.rows.map((row) => ({
      number: row.number,
      title: row.title,
      lead: row.lead,
      due: row.dueDate,
      lateDays: calendar.countWorkingDays(row.dueDate, today),
    })),
  }
}
