import type { TaskFull, TaskLine, TaskWithRefs } from '../../db/repositories/index.js'
import { clip } from '../../services/text.js'
import { formatVietnamese, fromDbDate, type LocalDate } from '../../services/calendar/local-date.js'
import { historyWords, type HistoryEvent } from '../../services/tasks/history.js'
import { classifyTask, type OutcomeClass } from '../../services/tasks/outcomes.js'
import { formatDateTime } from './labels.js'

type Translate = (key: string, vars?: Record<string, string | number>) => string

export function outcomeOf(task: TaskWithRefs, today: LocalDate): OutcomeClass | null {
  return classifyTask(
    {
      status: task.status,
      dueDate: task.dueDate ? fromDbDate(task.dueDate) : null,
      completedOn: task.completedOn ? fromDbDate(task.completedOn) : null,
    },
    today,
  )
}

/** "28/02/2023 (dự kiến)" or "không có hạn". The due date as stored (a Date) or as a local date. */
export function dueLabel(t: Translate, task: { dueDate: Date | string | null; dueProvisional: boolean; extended: boolean }): string {
  if (!task.dueDate) {
    return t('task-no-due')
  }
  const date = formatVietnamese(typeof task.dueDate === 'string' ? task.dueDate : fromDbDate(task.dueDate))
  return `${date}${task.dueProvisional ? ` ${t('task-due-provisional')}` : ''}${task.extended ? ` ${t('task-due-extended')}` : ''}`
}

/** "5. SGDĐT — Báo cáo kết quả… — hạn 27/02/2023 «trước ngày 28/02/2023» — quá hạn": one line of a list page. */
export function taskLine(t: Translate, task: TaskLine, today: LocalDate): string {
  const outcome = task.status === 'cancelled' ? 'cancelled' : (classifyTask(task, today) ?? 'cancelled')
  const title = clip(task.title, 70)
  const words = task.deadlineText && task.deadlineText.length <= 60 ? ` «${task.deadlineText}»` : ''
  const due = task.dueDate ? t('task-due', { due: dueLabel(t, task) }) : t('task-no-due')
  // A page has 15 lines whatever the data: a task led by many bodies names the first few.
  return `${task.number}. ${clip(task.lead.join(', '), 60)} — ${title} — ${due}${words} — ${t(`outcome-${outcome.replace(/_/g, '-')}`)}`
}

export function taskDetails(t: Translate, task: TaskFull, today: LocalDate, history: HistoryEvent[], timeZone: string): string {
  const outcome = task.status === 'cancelled' ? 'cancelled' : (outcomeOf(task, today) ?? 'cancelled')
  const list = (role: 'lead' | 'coordinating' | 'recipient' | 'cc') =>
    task.bodies
      .filter((b) => b.role === role)
      .map((b) => b.body.name)
      .join(', ') || '-'
  const lines = [
    t('task-detail-header', { number: task.number, outcome: t(`outcome-${outcome.replace(/_/g, '-')}`) }),
    t('task-detail-title', { title: task.title }),
    ...(task.detail && task.detail !== task.title ? [t('task-detail-text', { text: task.detail })] : []),
    t('task-detail-kind', { kind: t(`task-kind-${task.kind.replace(/_/g, '-')}`) }),
    t('task-detail-lead', { bodies: list('lead') }),
    t('task-detail-coordinating', { bodies: list('coordinating') }),
    t('task-detail-recipient', { recipient: list('recipient'), cc: list('cc') }),
    t('task-detail-due', { due: dueLabel(t, task), words: task.deadlineText ?? '-' }),
    ...(task.session ? [t('task-detail-session', { number: task.session.number, topic: task.session.topic })] : []),
    ...(task.cancelReason ? [t('task-detail-cancelled', { reason: task.cancelReason })] : []),
  ]
  if (task.submissions.length) {
    lines.push('', t('task-detail-submissions'))
    for (const s of task.submissions) {
      lines.push(
        `  ${t('task-submission-line', {
          body: s.body.shortName ?? s.body.name,
          document: s.documentNumber,
          date: formatVietnamese(fromDbDate(s.documentDate)),
          on: formatVietnamese(fromDbDate(s.submittedOn)),
          review: t(`review-${s.review}`),
        })}${s.reviewNote ? ` — ${s.reviewNote}` : ''}${s.fileName ? ` [${s.fileName}]` : ''}${s.link ? ` ${s.link}` : ''}`,
      )
    }
  }
  if (task.extensions.length) {
    lines.push('', t('task-detail-extensions'))
    for (const e of task.extensions) {
      lines.push(
        `  ${t('task-extension-line', {
          from: e.previousDue ? formatVietnamese(fromDbDate(e.previousDue)) : '-',
          to: formatVietnamese(fromDbDate(e.requestedDue)),
          reason: e.reason,
          state: t(`extension-state-${e.state}`),
        })}`,
      )
    }
  }
  lines.push('', t('task-detail-history'))
  for (const event of history) {
    const words = historyWords(event)
    lines.push(`  ${formatDateTime(event.at, timeZone)} — ${event.actor ?? t('actor-system')}: ${t(words.key, words.vars)}`)
  }
  return lines.join('\n')
}
