import { InlineKeyboard } from 'grammy'
import type { TaskWithRefs } from '../../db/repositories/index.js'
import { formatVietnamese, fromDbDate } from '../../services/calendar/local-date.js'
import { extensionDecisionData, reviewData, submitTaskData } from '../callback-data/codec.js'
import type { BotContext } from '../context.js'
import { notifyBodyGroups, notifyPeople, type Recipient } from './notify-people.js'

type Contact = Awaited<ReturnType<BotContext['deps']['services']['tasks']['contactsOf']>>[number]

export function recipientsOf(contacts: { person: Contact['person'] }[]): Recipient[] {
  return contacts.map((c) => ({ personId: c.person.id, name: c.person.displayName, accounts: c.person.accounts, locale: c.person.locale }))
}

/** "28/02/2023 (dự kiến)" or "không có hạn", as the bodies are told. */
export function dueText(
  t: (key: string, vars?: Record<string, string | number>) => string,
  task: Pick<TaskWithRefs, 'dueDate' | 'dueProvisional'>,
): string {
  return task.dueDate
    ? `${formatVietnamese(fromDbDate(task.dueDate))}${task.dueProvisional ? ` ${t('task-due-provisional')}` : ''}`
    : t('task-no-due')
}

/**
 * Tells every contact of the lead and coordinating bodies (in private) and the bodies' groups
 * about a new task. Returns who could not be reached, so the secretariat can call them.
 */
export async function announceAssignment(
  ctx: BotContext,
  committeeId: number,
  task: TaskWithRefs,
): Promise<{ unreachable: string[]; groups: number }> {
  const bodyIds = task.bodies.filter((b) => b.role === 'lead' || b.role === 'coordinating').map((b) => b.bodyId)
  const contacts = await ctx.deps.services.tasks.contactsOf(bodyIds)
  const message = (locale: string) => {
    const t = (key: string, vars?: Record<string, string | number>) => ctx.deps.translate(locale, key, vars)
    const lead = task.bodies
      .filter((b) => b.role === 'lead')
      .map((b) => b.body.name)
      .join(', ')
    return t('task-announce', { number: task.number, title: task.title, lead, due: dueText(t, task), words: task.deadlineText ?? '-' })
  }
  const keyboard = new InlineKeyboard().text(ctx.t('task-button-submit'), submitTaskData.pack({ number: task.number }))
  const people = await notifyPeople(ctx, recipientsOf(contacts), message, keyboard)
  const groups = await notifyBodyGroups(ctx, committeeId, bodyIds, message)
  const bodiesWithoutAnyone = task.bodies
    .filter(
      (b) => (b.role === 'lead' || b.role === 'coordinating') && !contacts.some((c) => c.bodyId === b.bodyId) && !groups.includes(b.bodyId),
    )
    .map((b) => b.body.name)
  return { unreachable: [...people.unreachable, ...bodiesWithoutAnyone], groups: groups.length }
}

type Services = BotContext['deps']['services']
type SubmitResult = Awaited<ReturnType<Services['tasks']['submit']>>
type ReviewResult = Awaited<ReturnType<Services['tasks']['review']>>
type ExtensionResult = Awaited<ReturnType<Services['tasks']['requestExtension']>>
type DecisionResult = Awaited<ReturnType<Services['tasks']['decideExtension']>>

const reviewerRecipients = (reviewers: Awaited<ReturnType<Services['tasks']['reviewers']>>): Recipient[] =>
  reviewers.map((m) => ({ personId: m.person.id, name: m.person.displayName, accounts: m.person.accounts, locale: m.person.locale }))

/** The secretariat hears of a submission at once, with buttons to accept or return it. */
export async function announceSubmission(ctx: BotContext, result: SubmitResult): Promise<void> {
  const { submission, task, body } = result
  const keyboard = new InlineKeyboard()
    .text(ctx.t('review-button-accept'), reviewData.pack({ submission: submission.id, verdict: 'ok' }))
    .text(ctx.t('review-button-return'), reviewData.pack({ submission: submission.id, verdict: 'ret' }))
  await notifyPeople(
    ctx,
    reviewerRecipients(result.reviewers),
    (locale) =>
      ctx.deps.translate(locale, 'submission-announce', {
        number: task.number,
        title: task.title,
        body: body.name,
        document: submission.documentNumber,
        date: formatVietnamese(fromDbDate(submission.documentDate)),
        file: submission.fileName ?? submission.link ?? '-',
        note: submission.note ?? '-',
      }),
    keyboard,
  )
}

/** The body hears the verdict. */
export async function announceReview(ctx: BotContext, result: ReviewResult, reason: string | null): Promise<void> {
  await notifyPeople(ctx, recipientsOf(result.contacts), (locale) =>
    ctx.deps.translate(locale, reason ? 'review-announce-returned' : 'review-announce-accepted', {
      number: result.task.number,
      title: result.task.title,
      document: result.submission.documentNumber,
      reason: reason ?? '-',
      completed: result.completed ? 'yes' : 'no',
    }),
  )
}

/** The secretariat hears of an extension request, with buttons to approve or reject. */
export async function announceExtensionRequest(ctx: BotContext, result: ExtensionResult): Promise<void> {
  const keyboard = new InlineKeyboard()
    .text(ctx.t('extension-button-approve'), extensionDecisionData.pack({ request: result.request.id, verdict: 'ok' }))
    .text(ctx.t('extension-button-reject'), extensionDecisionData.pack({ request: result.request.id, verdict: 'no' }))
  await notifyPeople(
    ctx,
    reviewerRecipients(result.reviewers),
    (locale) =>
      ctx.deps.translate(locale, 'extension-announce', {
        number: result.task.number,
        title: result.task.title,
        body: result.body.name,
        from: result.request.previousDue ? formatVietnamese(fromDbDate(result.request.previousDue)) : '-',
        to: formatVietnamese(fromDbDate(result.request.requestedDue)),
        reason: result.request.reason,
      }),
    keyboard,
  )
}

export async function announceExtensionDecision(ctx: BotContext, result: DecisionResult, approved: boolean): Promise<void> {
  await notifyPeople(ctx, recipientsOf(result.contacts), (locale) =>
    ctx.deps.translate(locale, approved ? 'extension-announce-approved' : 'extension-announce-rejected', {
      number: result.request.task.number,
      title: result.request.task.title,
      to: formatVietnamese(fromDbDate(result.request.requestedDue)),
    }),
  )
}

/** Tells the lead and coordinating bodies (contacts and groups) that a task changed or was cancelled. */
export async function announceTaskChange(
  ctx: BotContext,
  committeeId: number,
  task: TaskWithRefs,
  key: 'task-announce-edited' | 'task-announce-cancelled',
  reason: string,
): Promise<string[]> {
  const bodyIds = task.bodies.filter((b) => b.role === 'lead' || b.role === 'coordinating').map((b) => b.bodyId)
  const contacts = await ctx.deps.services.tasks.contactsOf(bodyIds)
  const message = (locale: string) => {
    const t = (k: string, vars?: Record<string, string | number>) => ctx.deps.translate(locale, k, vars)
    return t(key, { number: task.number, title: task.title, due: dueText(t, task), words: task.deadlineText ?? '-', reason })
  }
  const people = await notifyPeople(ctx, recipientsOf(contacts), message)
  await notifyBodyGroups(ctx, committeeId, bodyIds, message)
  return people.unreachable
}
