import { extensionDecisionData, reviewData, submitTaskData } from '../../bot/callback-data/codec.js'
import type { Body, ExtensionRequest, Submission, Task, TaskWithRefs } from '../../db/repositories/index.js'
import { formatVietnamese, fromDbDate } from '../calendar/local-date.js'
import type { Audience, Notice } from '../notice.js'
import { dueText } from '../wording.js'

// What the tasks service tells, and to whom, when a task changes. Written by the announcer in the
// transaction of the change (services/notice.ts); rendered in each reader's language.

/** The bodies that do the task: its lead and coordinating bodies. */
export function doers(task: Pick<TaskWithRefs, 'bodies'>): number[] {
  return task.bodies.filter((b) => b.role === 'lead' || b.role === 'coordinating').map((b) => b.bodyId)
}

/** The doing bodies' contacts in private, and their groups. */
function doingBodies(task: TaskWithRefs): Audience[] {
  const bodyIds = doers(task)
  return [
    { kind: 'body-contacts', bodyIds },
    { kind: 'body-groups', bodyIds },
  ]
}

export function assignedNotice(task: TaskWithRefs): Notice {
  const lead = task.bodies
    .filter((b) => b.role === 'lead')
    .map((b) => b.body.name)
    .join(', ')
  return {
    committeeId: task.committeeId,
    topic: 'task-announce',
    to: doingBodies(task),
    text: (t) =>
      t('task-announce', { number: task.number, title: task.title, lead, due: dueText(t, task), words: task.deadlineText ?? '-' }),
    buttons: [[{ label: (t) => t('task-button-submit'), data: submitTaskData.pack({ number: task.number }) }]],
  }
}

export function changedNotice(task: TaskWithRefs, key: 'task-announce-edited' | 'task-announce-cancelled', reason: string): Notice {
  return {
    committeeId: task.committeeId,
    topic: key,
    to: doingBodies(task),
    text: (t) => t(key, { number: task.number, title: task.title, due: dueText(t, task), words: task.deadlineText ?? '-', reason }),
  }
}

/** The secretariat hears of a submission at once, with buttons to accept or return it. */
export function submittedNotice(task: Task, body: Body, submission: Submission): Notice {
  return {
    committeeId: task.committeeId,
    topic: 'submission-announce',
    to: [{ kind: 'secretariat' }],
    text: (t) =>
      t('submission-announce', {
        number: task.number,
        title: task.title,
        body: body.name,
        document: submission.documentNumber,
        date: formatVietnamese(fromDbDate(submission.documentDate)),
        file: submission.fileName ?? submission.link ?? '-',
        note: submission.note ?? '-',
      }),
    buttons: [
      [
        { label: (t) => t('review-button-accept'), data: reviewData.pack({ submission: submission.id, verdict: 'ok' }) },
        { label: (t) => t('review-button-return'), data: reviewData.pack({ submission: submission.id, verdict: 'ret' }) },
      ],
    ],
  }
}

/** The body hears the verdict on its submission. */
export function reviewedNotice(
  task: Pick<Task, 'committeeId' | 'number' | 'title'>,
  submission: Pick<Submission, 'bodyId' | 'documentNumber'>,
  reason: string | null,
  completed: boolean,
): Notice {
  const key = reason ? 'review-announce-returned' : 'review-announce-accepted'
  return {
    committeeId: task.committeeId,
    topic: key,
    to: [{ kind: 'body-contacts', bodyIds: [submission.bodyId] }],
    text: (t) =>
      t(key, {
        number: task.number,
        title: task.title,
        document: submission.documentNumber,
        reason: reason ?? '-',
        completed: completed ? 'yes' : 'no',
      }),
  }
}

/** The secretariat hears of an extension request, with buttons to approve or reject. */
export function extensionRequestedNotice(task: Task, body: Body, request: ExtensionRequest): Notice {
  return {
    committeeId: task.committeeId,
    topic: 'extension-announce',
    to: [{ kind: 'secretariat' }],
    text: (t) =>
      t('extension-announce', {
        number: task.number,
        title: task.title,
        body: body.name,
        from: request.previousDue ? formatVietnamese(fromDbDate(request.previousDue)) : '-',
        to: formatVietnamese(fromDbDate(request.requestedDue)),
        reason: request.reason,
      }),
    buttons: [
      [
        { label: (t) => t('extension-button-approve'), data: extensionDecisionData.pack({ request: request.id, verdict: 'ok' }) },
        { label: (t) => t('extension-button-reject'), data: extensionDecisionData.pack({ request: request.id, verdict: 'no' }) },
      ],
    ],
  }
}

/** The lead body hears whether its extension was granted. */
export function extensionDecidedNotice(
  task: Pick<Task, 'committeeId' | 'number' | 'title'>,
  request: ExtensionRequest,
  approved: boolean,
): Notice {
  const key = approved ? 'extension-announce-approved' : 'extension-announce-rejected'
  return {
    committeeId: task.committeeId,
    topic: key,
    to: [{ kind: 'body-contacts', bodyIds: [request.bodyId] }],
    text: (t) => t(key, { number: task.number, title: task.title, to: formatVietnamese(fromDbDate(request.requestedDue)) }),
  }
}

/** After a plan is imported, each contact hears once of all the new tasks of their bodies (not once per task). */
export function importedNotice(committeeId: number, personId: number, tasks: TaskWithRefs[]): Notice {
  return {
    committeeId,
    topic: 'import-announce',
    to: [{ kind: 'people', personIds: [personId] }],
    text: (t) =>
      [
        t('import-announce', { count: tasks.length }),
        ...tasks.map((task) => {
          const title = task.title.length > 90 ? `${task.title.slice(0, 88)}…` : task.title
          const due = task.dueDate ? t('task-due', { due: dueText(t, task) }) : t('task-no-due')
          return `• ${t('import-announce-line', { number: task.number, title, due })}`
        }),
        t('import-announce-footer'),
      ].join('\n'),
  }
}
