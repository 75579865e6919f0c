import type { Repositories } from '../db/repositories/index.js'
import { clip } from '../services/text.js'
import type { Logger } from '../logger.js'
import { formatVietnamese, fromDbDate, localDateOf } from '../services/calendar/local-date.js'
import type { Services } from '../services/index.js'
import { queueReminders, type ReminderLine } from '../services/tasks/reminders.js'
import { localHhmm } from '../services/time.js'

export interface ReminderDeps {
  repos: Repositories
  services: Services
  translate: (locale: string, key: string, vars?: Record<string, string | number>) => string
  logger: Logger
}

/**
 * Queues the day's reminders to bodies: on working days only, from the committee's reminder time
 * and never in quiet hours; one message per recipient and day, merging every task it must hear of.
 */
export async function runReminders(deps: ReminderDeps, now: Date): Promise<number> {
  let queued = 0
  for (const committee of await deps.services.committees.listAll()) {
    const today = localDateOf(now, committee.timeZone)
    const time = localHhmm(now, committee.timeZone)
    const calendar = await deps.services.calendar.forCommittee(committee.id)
    if (!calendar.isWorkingDay(today) || time < committee.reminderTime || time >= committee.quietFrom) {
      continue
    }
    const render = (lines: ReminderLine[], locale: string) => {
      const t = (key: string, vars?: Record<string, string | number>) => deps.translate(locale, key, vars)
      return [
        t('reminder-header'),
        ...lines.map(({ task, step }) =>
          t(step.daysLeft > 0 ? 'reminder-line-before' : step.daysLeft === 0 ? 'reminder-line-due' : 'reminder-line-overdue', {
            number: task.number,
            title: clip(task.title, 80),
            body: task.bodies.find((b) => b.role === 'lead')?.body.name ?? '-',
            due: formatVietnamese(fromDbDate(task.dueDate ?? new Date())),
            days: Math.abs(step.daysLeft),
          }),
        ),
        t('reminder-footer'),
      ].join('\n')
    }
    queued += await queueReminders(deps.repos, committee, today, calendar, render)
  }
  if (queued > 0) {
    deps.logger.child({ job: 'reminders' }).info({ queued }, 'reminders queued')
  }
  return queued
}
