import type { Committee, Repositories } from '../db/repositories/index.js'
import { clip } from '../services/text.js'
import type { Logger } from '../logger.js'
import { addDays, formatVietnamese, localDateOf } from '../services/calendar/local-date.js'
import type { Services } from '../services/index.js'
import { queueReminders, type ReminderLine } from '../services/tasks/reminders.js'
import { atLocalTime, localHhmm } from '../services/time.js'
import { forEachCommittee, type CommitteeJobResult } from './job-runner.js'

export interface ReminderDeps {
  repos: Repositories
  services: Services
  translate: (locale: string, key: string, vars?: Record<string, string | number>) => string
  logger: Logger
}

/**
 * Queues one committee's reminders of the day: on working days only, from its reminder time and
 * never in quiet hours; one message per recipient and day, merging every task it must hear of.
 * Looked at once a day, at the reminder time (later the same day only after a missed time).
 */
export async function remindersForCommittee(deps: ReminderDeps, committee: Committee, now: Date): Promise<CommitteeJobResult> {
  const today = localDateOf(now, committee.timeZone)
  const time = localHhmm(now, committee.timeZone)
  const tomorrow = atLocalTime(addDays(today, 1), committee.reminderTime, committee.timeZone)
  if (time < committee.reminderTime) {
    return { outcome: 'none', next: atLocalTime(today, committee.reminderTime, committee.timeZone) }
  }
  if (time >= committee.quietFrom) {
    return { outcome: 'none', next: tomorrow }
  }
  const calendar = await deps.services.calendar.forCommittee(committee.id)
  if (!calendar.isWorkingDay(today)) {
    return { outcome: 'none', next: tomorrow }
  }
  const render = (lines: ReminderLine[], locale: string, more: number) => {
    const t = (key: string, vars?: Record<string, string | number>) => deps.translate(locale, key, vars)
    return [
      t('reminder-header'),
      ...lines.map(({ task, step }) =>
        t(step.daysLeft > 0 ? 'reminder-line-before' : step.daysLeft === 0 ? 'reminder-line-due' : 'reminder-line-overdue', {
          number: task.number,
          title: clip(task.title, 80),
          body: task.leadName ?? '-',
          due: formatVietnamese(task.dueDate),
          days: Math.abs(step.daysLeft),
        }),
      ),
      ...(more > 0 ? [t('reminder-more', { count: more })] : []),
      t('reminder-footer'),
    ].join('\n')
  }
  const queued = await queueReminders(deps.repos, committee, today, calendar, render)
  if (queued > 0) {
    deps.logger.info({ job: 'reminders', committee: committee.id, queued }, 'reminders queued')
  }
  return { outcome: queued > 0 ? 'created' : 'none', next: tomorrow, queued }
}

/** The reminders of every committee at `now`, each in its own error boundary (tests and tools; the scheduler runs the due ones). */
export async function runReminders(deps: ReminderDeps, now: Date): Promise<number> {
  return (await forEachCommittee(deps, 'reminders', (committee) => remindersForCommittee(deps, committee, now))).queued
}
