import type { Committee, SessionWithDetails, TaskWithRefs } from '../db/repositories/index.js'
import { clip } from '../services/text.js'
import type { Calendar } from '../services/calendar/calendar.js'
import { addDays, formatVietnamese, fromDbDate, weekday, type LocalDate } from '../services/calendar/local-date.js'

type Translate = (key: string, vars?: Record<string, string | number>) => string

export interface DigestInput {
  committee: Committee
  today: LocalDate
  calendar: Calendar
  openTasks: TaskWithRefs[]
  pendingReviews: { task: { number: number }; body: { name: string; shortName: string | null }; documentNumber: string }[]
  sessions: SessionWithDetails[]
  /** Done/total tasks per session id. */
  sessionProgress: Map<number, { done: number; total: number }>
  /** Sections after the sessions (written answers and conclusions due, bridge points not ready). */
  extraSections?: string[]
}

const short = (date: LocalDate) => formatVietnamese(date).slice(0, 5)
const leadOf = (task: TaskWithRefs) => task.bodies.find((b) => b.role === 'lead')?.body
const bodyLabel = (body: { name: string; shortName: string | null } | undefined) => body?.shortName ?? body?.name ?? '?'

/** "• SGDĐT: số 1 (hạn 27/02), số 5 (hạn 01/03)" — tasks grouped by lead body, numbers to act on. */
function groupedLines(tasks: TaskWithRefs[], withDue: boolean): string[] {
  const byBody = new Map<string, TaskWithRefs[]>()
  for (const task of tasks) {
    const key = bodyLabel(leadOf(task))
    byBody.set(key, [...(byBody.get(key) ?? []), task])
  }
  return [...byBody.entries()].map(
    ([body, list]) =>
      `• ${body}: ${list.map((t) => `số ${t.number}${withDue && t.dueDate ? ` (hạn ${short(fromDbDate(t.dueDate))})` : ''}`).join(', ')}`,
  )
}

/**
 * The daily digest of a committee: overdue tasks, due today, due within the next 3 working days,
 * awaiting review, sessions in the next 14 days with their progress. Empty sections are left out;
 * returns null when there is nothing to say.
 */
export function buildDigest(t: Translate, input: DigestInput): string | null {
  const { today, calendar } = input
  const horizon = calendar.addWorkingDays(today, 3)
  const due = (task: TaskWithRefs) => (task.dueDate ? fromDbDate(task.dueDate) : null)
  const overdue = input.openTasks.filter((task) => (due(task) ?? '9999') < today)
  const dueToday = input.openTasks.filter((task) => due(task) === today)
  const soon = input.openTasks.filter((task) => {
    const d = due(task)
    return d !== null && d > today && d <= horizon
  })
  const until = addDays(today, 14)
  const sessions = input.sessions.filter(
    (s) => s.windowStart && fromDbDate(s.windowStart) >= today && fromDbDate(s.windowStart) <= until && s.status !== 'cancelled',
  )
  const sections: string[] = []
  if (overdue.length) {
    sections.push([t('digest-overdue', { count: overdue.length }), ...groupedLines(overdue, true)].join('\n'))
  }
  if (dueToday.length) {
    sections.push([t('digest-due-today', { count: dueToday.length }), ...groupedLines(dueToday, false)].join('\n'))
  }
  if (soon.length) {
    sections.push([t('digest-due-soon', { count: soon.length }), ...groupedLines(soon, true)].join('\n'))
  }
  if (input.pendingReviews.length) {
    sections.push(
      [
        t('digest-awaiting-review', { count: input.pendingReviews.length }),
        ...input.pendingReviews.map((r) => `• ${bodyLabel(r.body)}: số ${r.task.number} (${r.documentNumber})`),
      ].join('\n'),
    )
  }
  if (sessions.length) {
    sections.push(
      [
        t('digest-sessions'),
        ...sessions.map((s) => {
          const progress = input.sessionProgress.get(s.id) ?? { done: 0, total: 0 }
          const date = fromDbDate(s.windowStart ?? new Date())
          const when = s.precision === 'day' ? `${t(`weekday-${weekday(date)}`)} ${short(date)}` : t('digest-session-window')
          return t('digest-session-line', {
            number: s.number,
            topic: clip(s.topic, 60),
            when,
            done: progress.done,
            total: progress.total,
          })
        }),
      ].join('\n'),
    )
  }
  sections.push(...(input.extraSections ?? []))
  const header = t('digest-header', {
    weekday: t(`weekday-${weekday(today)}`),
    date: formatVietnamese(today),
    committee: input.committee.name,
  })
  if (sections.length === 0) {
    return null
  }
  return [header, '', sections.join('\n\n'), '', t('digest-footer')].join('\n')
}
