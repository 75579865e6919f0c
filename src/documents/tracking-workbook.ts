import type { ExportSubmission } from '../db/repositories/index.js'
import { formatVietnamese } from '../services/calendar/local-date.js'
import type { AuditLine, AuditSource } from '../services/exports/audit-trail.js'
import type { TrackingSource } from '../services/exports/tracking.js'
import { fieldLabel } from '../services/opinions/fields.js'
import type { OutcomeClass } from '../services/tasks/outcomes.js'
import { writeWorkbook, type Cell, type Column, type Sheet } from './xlsx-stream.js'

type Tr = (key: string, vars?: Record<string, string | number>) => string

const outcomeLabel = (t: Tr, outcome: OutcomeClass | null) => t(outcome ? `outcome-${outcome.replace(/_/g, '-')}` : 'outcome-cancelled')

async function* mapPages<T>(source: AsyncIterable<T[]>, row: (item: T) => Cell[]): AsyncIterable<Cell[][]> {
  for await (const page of source) {
    yield page.map(row)
  }
}

/** The submission that says when the task was done: the lead body's accepted one, else the latest. */
function mainSubmission(submissions: ExportSubmission[]): ExportSubmission | null {
  return submissions.find((s) => s.lead && s.review === 'accepted') ?? submissions.at(-1) ?? null
}

function taskSheet(t: Tr, name: string, source: TrackingSource, planId: number | null): Sheet {
  const columns: Column[] = [
    { header: t('export-col-number'), width: 7, kind: 'number' },
    { header: t('export-col-task'), width: 50, kind: 'wrap' },
    { header: t('export-col-kind'), width: 22, kind: 'wrap' },
    { header: t('export-col-session'), width: 10, kind: 'number' },
    { header: t('export-col-lead'), width: 28, kind: 'wrap' },
    { header: t('export-col-coordinating'), width: 32, kind: 'wrap' },
    { header: t('export-col-deadline-words'), width: 32, kind: 'wrap' },
    { header: t('export-col-deadline-date'), width: 13, kind: 'date' },
    { header: t('export-col-due'), width: 13, kind: 'date' },
    { header: t('export-col-due-note'), width: 16, kind: 'wrap' },
    { header: t('export-col-document'), width: 20, kind: 'wrap' },
    { header: t('export-col-document-date'), width: 13, kind: 'date' },
    { header: t('export-col-submissions'), width: 40, kind: 'wrap' },
    { header: t('export-col-completed'), width: 13, kind: 'date' },
    { header: t('export-col-outcome'), width: 24, kind: 'wrap' },
  ]
  return {
    name,
    columns,
    pages: mapPages(source.tasks(planId), (task) => {
      const main = mainSubmission(task.submissions)
      return [
        task.number,
        task.title,
        t(`task-kind-${task.kind.replace(/_/g, '-')}`),
        task.sessionNumber,
        task.lead.join('\n'),
        task.coordinating.join('\n'),
        task.deadlineText,
        task.ruleDueDate,
        task.dueDate,
        [task.dueProvisional ? t('export-due-provisional') : null, task.extended ? t('export-due-extended') : null]
          .filter((v) => v !== null)
          .join(', '),
        main?.documentNumber ?? null,
        main?.documentDate ?? null,
        task.submissions
          .map((s) =>
            t('export-submission-line', {
              document: s.documentNumber,
              date: formatVietnamese(s.documentDate),
              body: s.body,
              review: t(`review-${s.review}`),
            }),
          )
          .join('\n'),
        task.completedOn,
        outcomeLabel(t, task.outcome),
      ]
    }),
  }
}

function opinionSheet(t: Tr, source: TrackingSource): Sheet {
  const personal = source.personal
  const columns: (Column | null)[] = [
    { header: t('export-col-session'), width: 10, kind: 'number' },
    { header: t('export-col-session-topic'), width: 30, kind: 'wrap' },
    { header: t('export-col-opinion-number'), width: 8, kind: 'number' },
    personal ? { header: t('export-col-speaker'), width: 22, kind: 'wrap' } : null,
    personal ? { header: t('export-col-place'), width: 22, kind: 'wrap' } : null,
    { header: t('export-col-field'), width: 18, kind: 'wrap' },
    { header: t('export-col-content'), width: 50, kind: 'wrap' },
    { header: t('export-col-opinion-outcome'), width: 22, kind: 'wrap' },
    { header: t('export-col-answer'), width: 40, kind: 'wrap' },
    { header: t('export-col-answering-body'), width: 28, kind: 'wrap' },
    { header: t('export-col-task-number'), width: 10, kind: 'number' },
    { header: t('export-col-answer-due'), width: 13, kind: 'date' },
    { header: t('export-col-answer-state'), width: 24, kind: 'wrap' },
  ]
  return {
    name: t('export-sheet-opinions'),
    columns: columns.filter((c): c is Column => c !== null),
    pages: mapPages(source.opinions(), (o) => {
      const answer =
        o.outcome === 'transferred'
          ? t('export-answer-transferred', { to: o.transferredTo ?? '-' })
          : [o.answer, o.answeredBy ? t('export-answer-by', { who: o.answeredBy }) : null].filter((v) => v).join('\n')
      return [
        o.sessionNumber,
        o.sessionTopic,
        o.number,
        ...(personal ? [o.speakerName, o.place] : []),
        fieldLabel(t, o.field),
        o.content,
        t(`export-opinion-outcome-${o.outcome.replace(/_/g, '-')}`),
        answer,
        o.body,
        o.taskNumber,
        o.taskDueDate,
        o.taskStatus ? outcomeLabel(t, o.taskOutcome) : null,
      ]
    }),
  }
}

function itemSheet(t: Tr, source: TrackingSource): Sheet {
  return {
    name: t('export-sheet-items'),
    columns: [
      { header: t('export-col-session'), width: 10, kind: 'number' },
      { header: t('export-col-session-topic'), width: 30, kind: 'wrap' },
      { header: t('export-col-notice'), width: 16, kind: 'wrap' },
      { header: t('export-col-notice-date'), width: 13, kind: 'date' },
      { header: t('export-col-item-number'), width: 8, kind: 'number' },
      { header: t('export-col-item'), width: 50, kind: 'wrap' },
      { header: t('export-col-lead'), width: 28, kind: 'wrap' },
      { header: t('export-col-task-number'), width: 10, kind: 'number' },
      { header: t('export-col-due'), width: 13, kind: 'date' },
      { header: t('export-col-progress'), width: 10, kind: 'number' },
      { header: t('export-col-progress-note'), width: 36, kind: 'wrap' },
      { header: t('export-col-outcome'), width: 24, kind: 'wrap' },
    ],
    pages: mapPages(source.items(), (i) => [
      i.sessionNumber,
      i.sessionTopic,
      i.noticeNumber,
      i.noticeDate,
      i.position,
      i.content,
      i.lead.join('\n'),
      i.taskNumber,
      // An ongoing directive has no due date: the cell says so in words (the column's other cells are dates).
      i.ongoing ? t('export-ongoing') : i.dueDate,
      i.percent,
      i.progressOn ? t('export-progress-note', { date: formatVietnamese(i.progressOn), note: i.progressNote ?? '' }).trim() : null,
      outcomeLabel(t, i.outcome),
    ]),
  }
}

/** Audit actions with words (`audit-action-<code>` in locales/*\/exports.ftl), codes with - for . and _. */
export const AUDIT_ACTIONS = new Set([
  'body-create',
  'body-update',
  'body-remove',
  'body-head',
  'calendar-set',
  'calendar-remove',
  'chat-bind',
  'chat-deactivate',
  'chat-migrate',
  'committee-create',
  'committee-settings',
  'invite-create',
  'invite-use',
  'member-role',
  'member-remove',
  'opinion-record',
  'opinion-edit',
  'opinion-outcome',
  'person-erase',
  'person-erase-requested',
  'person-export',
  'person-link',
  'personal-view',
  'plan-create',
  'registration-create',
  'session-create',
  'session-reschedule',
  'session-planned',
  'session-scheduled',
  'session-held',
  'session-concluded',
  'session-cancelled',
  'session-notice',
  'session-minutes-edit',
  'session-readiness-due',
  'session-bridge-body',
  'session-bridge-ready',
  'session-registration-open',
  'session-registration-close',
  'session-registration-announce',
  'session-registration-merge',
  'session-registration-order',
  'task-assign',
  'task-edit',
  'task-cancel',
  'task-recompute',
  'task-submit',
  'task-accept',
  'task-return',
  'task-extension-request',
  'task-extension-approve',
  'task-extension-reject',
  'task-mute',
  'task-unmute',
  'task-progress',
  'task-milestone',
  'task-milestone-done',
  'task-notice-issued',
  'export-tracking',
  'export-audit',
  'export-calendar-create',
  'export-calendar-rotate',
])

/** Audit targets with words (`audit-target-<type>`). */
export const AUDIT_TARGETS = new Set([
  'task',
  'session',
  'plan',
  'body',
  'membership',
  'committee',
  'person',
  'opinion',
  'registration',
  'chat',
  'invite',
  'calendar-day',
])

export interface WrittenFile {
  bytes: Buffer
  fileName: string
  /** Rows per sheet, in order. */
  rows: number[]
}

/**
 * The tracking table as .xlsx: one sheet per plan (and one for the tasks without a plan), one row
 * per task; then the opinions and the conclusion items. Headers in the language of `t`.
 */
export async function trackingWorkbook(t: Tr, source: TrackingSource, created: Date): Promise<WrittenFile & { tasks: number }> {
  const taskSheets = source.plans.map((plan) =>
    taskSheet(
      t,
      plan ? t('export-sheet-plan', { number: plan.number, symbol: plan.symbol ?? '' }).trim() : t('export-sheet-no-plan'),
      source,
      plan?.id ?? null,
    ),
  )
  const { bytes, rows } = await writeWorkbook([...taskSheets, opinionSheet(t, source), itemSheet(t, source)], {
    title: t('export-title', { committee: source.committee.name, date: formatVietnamese(source.asOf) }),
    creator: t('export-creator'),
    created,
  })
  return {
    bytes,
    rows,
    tasks: rows.slice(0, taskSheets.length).reduce((a, b) => a + b, 0),
    fileName: `bang-theo-doi-${source.asOf}.xlsx`,
  }
}

/**
 * The audit trail as .xlsx (not CSV: Excel opens a CSV with the list separator of the machine's
 * region — ";" in Vietnamese Windows — and guesses the encoding, so columns and diacritics break; an
 * .xlsx also keeps the times as times, sortable and filterable).
 */
export async function auditWorkbook(t: Tr, source: AuditSource, created: Date): Promise<WrittenFile> {
  const columns: Column[] = [
    { header: t('export-col-at'), width: 17, kind: 'datetime' },
    { header: t('export-col-actor'), width: 24, kind: 'wrap' },
    { header: t('export-col-action'), width: 34, kind: 'wrap' },
    { header: t('export-col-action-code'), width: 24 },
    { header: t('export-col-target'), width: 22, kind: 'wrap' },
    { header: t('export-col-chat'), width: 28, kind: 'wrap' },
    { header: t('export-col-platform'), width: 11 },
    { header: t('export-col-document'), width: 20, kind: 'wrap' },
    { header: t('export-col-detail'), width: 60, kind: 'wrap' },
  ]
  // An action or target recorded by a newer feature without words yet is shown by its code.
  const actionLabel = (action: string) => {
    const key = action.replace(/[._]/g, '-')
    return AUDIT_ACTIONS.has(key) ? t(`audit-action-${key}`) : action
  }
  const target = (e: AuditLine) => {
    const key = e.targetType.replace(/_/g, '-')
    return AUDIT_TARGETS.has(key)
      ? t(`audit-target-${key}`, { number: e.targetNumber ?? e.targetId ?? '' })
      : `${e.targetType} ${e.targetId ?? ''}`.trim()
  }
  const chat = (e: { chatTitle: string | null; chatPurpose: string | null; chatExternalId: string | null; actorVia: string }) => {
    if (e.chatTitle !== null || e.chatPurpose !== null) {
      return t('export-chat-group', { title: e.chatTitle ?? '-', purpose: t(`export-chat-purpose-${e.chatPurpose ?? 'committee'}`) })
    }
    if (e.chatExternalId === null) {
      return t(e.actorVia === 'system' ? 'export-chat-none-system' : 'export-chat-none')
    }
    // Groups have negative ids on Telegram and as the bot numbers Zalo's; people's private chats positive.
    return e.chatExternalId.startsWith('-') ? t('export-chat-other-group', { id: e.chatExternalId }) : t('export-chat-private')
  }
  const { bytes, rows } = await writeWorkbook(
    [
      {
        name: t('export-sheet-audit'),
        columns,
        pages: mapPages(source.events(), (e) => [
          e.localAt,
          e.actor ?? t('export-actor-system'),
          actionLabel(e.action),
          e.action,
          target(e),
          chat(e),
          e.platform,
          e.document,
          e.detail,
        ]),
      },
    ],
    {
      title: t('export-audit-title', {
        committee: source.committee.name,
        from: formatVietnamese(source.from),
        to: formatVietnamese(source.to),
      }),
      creator: t('export-creator'),
      created,
    },
  )
  return { bytes, rows, fileName: `nhat-ky-${source.from}-${source.to}.xlsx` }
}
