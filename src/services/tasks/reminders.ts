import type { Committee, Repositories, TaskWithRefs } from '../../db/repositories/index.js'
import type { Calendar } from '../calendar/calendar.js'
import { fromDbDate, toDbDate, type LocalDate } from '../calendar/local-date.js'
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

export interface ReminderLine {
  task: TaskWithRefs
  step: ReminderStep
}

/**
 * Queues today's reminders of a committee in one transaction: the day's run (unique, so one per
 * day whatever the ticks or instances), each step recorded once (never twice), and one message per
 * recipient merging all its lines. Returns how many messages were queued.
 */
export async function queueReminders(
  repos: Repositories,
  committee: Committee,
  today: LocalDate,
  calendar: Calendar,
  render: (lines: ReminderLine[], locale: string) => string,
): Promise<number> {
  const tasks = (await repos.tasks.list(committee.id, { status: ['open'] })).filter((t) => !t.remindersMuted && t.dueDate)
  const planned = tasks.flatMap((task) => {
    const step = reminderStepFor(calendar, today, fromDbDate(task.dueDate ?? new Date()))
    return step ? [{ task, step }] : []
  })
  if (planned.length === 0) {
    return 0
  }
  const groups = (await repos.chats.listActive(committee.id)).filter((c) => c.purpose !== 'leaders')
  return repos.transaction(async (tx) => {
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
    const byTarget = new Map<
      string,
      { platform: 'telegram' | 'zalo' | 'console'; toGroup: boolean; locale: string; lines: ReminderLine[] }
    >()
    const add = (platform: 'telegram' | 'zalo' | 'console', target: string, locale: string, line: ReminderLine, toGroup = true) => {
      const entry = byTarget.get(`${platform}:${target}`) ?? { platform, toGroup, locale, lines: [] }
      entry.lines.push(line)
      byTarget.set(`${platform}:${target}`, entry)
    }
    for (const line of planned) {
      if (!(await tx.tasks.recordReminder(line.task.id, line.step.step, line.step.level, toDbDate(today)))) {
        continue
      }
      const lead = line.task.bodies.find((b) => b.role === 'lead')
      if (!lead) {
        continue
      }
      if (line.step.level === 3) {
        for (const chat of groups.filter((c) => c.purpose === 'committee')) {
          add(chat.platform, chat.externalId, committee.locale, line)
        }
        continue
      }
      const contacts = await tx.tasks.contactsOf([lead.bodyId])
      const heads = contacts.filter((c) => c.isHead)
      // The head hears of a task two steps overdue; a body with no head on record: its contacts.
      const people = line.step.level === 2 && heads.length > 0 ? heads : contacts
      for (const target of privateTargets(people, committee.locale)) {
        add(target.platform, target.target, target.locale, line, false)
      }
      if (line.step.level === 1) {
        for (const chat of groups.filter((c) => c.purpose === 'body' && c.bodyId === lead.bodyId)) {
          add(chat.platform, chat.externalId, committee.locale, line)
        }
      }
    }
    const items = [...byTarget.entries()].map(([key, entry]) => ({
      platform: entry.platform,
      target: key.slice(key.indexOf(':') + 1),
      toGroup: entry.toGroup,
      partNo: 1,
      text: render(entry.lines, entry.locale),
    }))
    return items.length > 0 ? tx.outbox.addDeliveries(run, items) : 0
  })
}
