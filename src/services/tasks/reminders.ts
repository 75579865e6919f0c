import type { Committee, ReminderRange, Repositories } from '../../db/repositories/index.js'
import type { Calendar } from '../calendar/calendar.js'
import { toDbDate, type LocalDate } from '../calendar/local-date.js'
import { privateTargets } from '../people.js'

/** 1: the body's contacts; 2: the head of the body; 3: the committee group. */
export type ReminderLevel = 1 | 2 | 3

export interface ReminderStep {
  step: string
  level: ReminderLevel
  /** Working days until the due date (negative when overdue). */
  daysLeft: number
}

/**
 * Which reminder a task gets today, if any: 7, 3 and 1 working days before the due date and on
 * the due day, to the body's contacts; then every 2 working days while overdue, climbing from the
 * contacts to the head of the body to the committee group.
 */
export function reminderStepFor(calendar: Calendar, today: LocalDate, due: LocalDate): ReminderStep | null {
  if (due >= today) {
    const left = calendar.countWorkingDays(today, due)
    if (left === 0) {
      return { step: 'due', level: 1, daysLeft: 0 }
    }
    return [7, 3, 1].includes(left) ? { step: `before-${left}`, level: 1, daysLeft: left } : null
  }
  const late = calendar.countWorkingDays(due, today)
  if (late <= 0 || late % 2 !== 0) {
    return null
  }
  const level: ReminderLevel = late === 2 ? 1 : late === 4 ? 2 : 3
  return { step: `overdue-${late}`, level, daysLeft: -late }
}

/**
 * The due dates that give each reminder step today, as ranges [from, to): the same answer as
 * reminderStepFor for every due date (a test checks it), worked out once per committee and day
 * so that the database picks the tasks — the job never walks a committee's open tasks in
 * JavaScript. `oldestDue` bounds the overdue steps (every 2 working days, for ever).
 */
export function reminderRanges(calendar: Calendar, today: LocalDate, oldestDue: LocalDate): ReminderRange[] {
  const ranges: ReminderRange[] = []
  const ahead = [today]
  for (let k = 1; k <= 8; k++) {
    ahead.push(calendar.addWorkingDays(ahead[k - 1] ?? today, 1))
  }
  // Due today or before the next working day: the due-day step; k working days ahead: before-k.
  ranges.push({ from: today, to: ahead[1] ?? today, step: 'due', level: 1, daysLeft: 0 })
  for (const k of [1, 3, 7]) {
    ranges.push({ from: ahead[k] ?? today, to: ahead[k + 1] ?? today, step: `before-${k}`, level: 1, daysLeft: k })
  }
  // Overdue L working days: due in [the L-th working day back, the (L-1)-th).
  let newer = today
  for (let late = 1; newer > oldestDue; late++) {
    const older = calendar.addWorkingDays(newer, -1)
    if (late % 2 === 0) {
      ranges.push({ from: older, to: newer, step: `overdue-${late}`, level: late === 2 ? 1 : late === 4 ? 2 : 3, daysLeft: -late })
    }
    newer = older
  }
  return ranges
}

/** A task's reminder of the day: what its line says. */
export interface ReminderLine {
  task: { number: number; title: string; dueDate: LocalDate; leadName: string | null }
  step: ReminderStep
}

/** Lines of one reminder message; the rest are counted ("… and N more: /quahan"). */
export const REMINDER_LINES = 15

/**
 * Queues today's reminders of a committee in one transaction: the day's run (unique, so one per
 * day whatever the ticks or instances), each step recorded once (never twice) by one set-based
 * statement, and one message per recipient merging all its lines (the first REMINDER_LINES, the
 * rest counted). Returns how many messages were queued. A bounded number of queries whatever the
 * number of tasks.
 */
export async function queueReminders(
  repos: Repositories,
  committee: Committee,
  today: LocalDate,
  calendar: Calendar,
  render: (lines: ReminderLine[], locale: string, more: number) => string,
): Promise<number> {
  const oldest = await repos.reports.oldestOpenDue(committee.id)
  if (oldest === null) {
    return 0
  }
  const ranges = reminderRanges(calendar, today, oldest)
  const groups = (await repos.chats.listActive(committee.id)).filter((c) => c.purpose !== 'leaders')
  return repos
    .transaction(async (tx) => {
      const run = await tx.outbox.createRun({
        committeeId: committee.id,
        kind: 'reminder',
        localDate: toDbDate(today),
        state: 'pending',
        note: null,
      })
      if (!run) {
        return 0
      }
      const recorded = await tx.reports.recordReminderSteps(committee.id, today, ranges)
      if (recorded.length === 0) {
        throw new NothingToRemind()
      }
      const leadBodies = [...new Set(recorded.map((r) => r.leadBodyId).filter((id): id is number => id !== null))]
      const contacts = await tx.tasks.contactsOf(leadBodies)
      const byTarget = new Map<
        string,
        { platform: 'telegram' | 'zalo' | 'console'; toGroup: boolean; locale: string; lines: ReminderLine[] }
      >()
      const add = (platform: 'telegram' | 'zalo' | 'console', target: string, locale: string, line: ReminderLine, toGroup = true) => {
        const entry = byTarget.get(`${platform}:${target}`) ?? { platform, toGroup, locale, lines: [] }
        entry.lines.push(line)
        byTarget.set(`${platform}:${target}`, entry)
      }
      for (const row of recorded) {
        if (row.leadBodyId === null) {
          continue
        }
        const line: ReminderLine = {
          task: { number: row.number, title: row.title, dueDate: row.dueDate, leadName: row.leadName },
          step: { step: row.step, level: row.level as ReminderLevel, daysLeft: row.daysLeft },
        }
        if (row.level === 3) {
          for (const chat of groups.filter((c) => c.purpose === 'committee')) {
            add(chat.platform, chat.externalId, committee.locale, line)
          }
          continue
        }
        const ofBody = contacts.filter((c) => c.bodyId === row.leadBodyId)
        const heads = ofBody.filter((c) => c.isHead)
        // The head hears of a task two steps overdue; a body with no head on record: its contacts.
        const people = row.level === 2 && heads.length > 0 ? heads : ofBody
        for (const target of privateTargets(people, committee.locale)) {
          add(target.platform, target.target, target.locale, line, false)
        }
        if (row.level === 1) {
          for (const chat of groups.filter((c) => c.purpose === 'body' && c.bodyId === row.leadBodyId)) {
            add(chat.platform, chat.externalId, committee.locale, line)
          }
        }
      }
      const items = [...byTarget.entries()].map(([key, entry]) => ({
        platform: entry.platform,
        target: key.slice(key.indexOf(':') + 1),
        toGroup: entry.toGroup,
        partNo: 1,
        text: render(entry.lines.slice(0, REMINDER_LINES), entry.locale, Math.max(0, entry.lines.length - REMINDER_LINES)),
      }))
      return items.length > 0 ? tx.outbox.addDeliveries(run, items) : 0
    })
    .catch((error: unknown) => {
      if (error instanceof NothingToRemind) {
        return 0 // rolled back: no empty run for a day without reminders
      }
      throw error
    })
}

/** Thrown inside the transaction to roll back the day's run when no step is due. */
class NothingToRemind extends Error {}
