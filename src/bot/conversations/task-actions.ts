import { InlineKeyboard } from 'grammy'
import { formatVietnamese } from '../../services/calendar/local-date.js'
import { parseUserDate } from '../../services/calendar/user-date.js'
import { UserError } from '../../services/errors.js'
import { checkDocumentDate, checkRequestedDue } from '../../services/tasks/tasks.js'
import type { ConvContext } from '../context.js'
import { currentScope } from '../helpers/scope.js'
import { askFileOrLink } from './file-step.js'
import { askText, attempt, requireReason, type BotConversation } from './prompt.js'

export const SUBMIT_TASK_CONVERSATION = 'submit-task'
export const RETURN_SUBMISSION_CONVERSATION = 'return-submission'
export const EXTEND_TASK_CONVERSATION = 'extend-task'

export type TaskNumberArgs = { number: number }
export type SubmissionArgs = { submissionId: number }

const SKIP = 'skip'
const TODAY = 'today'

/**
 * /nop N: who may confirm is checked first; then document number and symbol, its date (between the
 * assignment and today, checked at that step), the file or a link (optional), a note (optional).
 */
export async function submitTaskConversation(conversation: BotConversation, ctx: ConvContext, args: TaskNumberArgs): Promise<void> {
  const allowed = await attempt(conversation, async (outside) => {
    const scope = await currentScope(outside)
    const { assignedOn, today } = await outside.deps.services.tasks.checkSubmitter(scope.actor, scope.committee.id, args.number)
    return { assignedOn, today }
  })
  if (!allowed.ok) {
    await ctx.reply(ctx.t(allowed.key, allowed.vars))
    return
  }
  const { assignedOn, today } = allowed.value
  const year = Number(today.slice(0, 4))
  const documentNumber = await askText(conversation, ctx, ctx.t('submit-ask-number', { number: args.number }), (text) => {
    if (!/^[\p{L}\p{N}][\p{L}\p{N}./\-–_ ]{0,59}$/u.test(text)) {
      throw new UserError('submission-error-number')
    }
    return text
  })
  const documentDate = await askText(
    conversation,
    ctx,
    ctx.t('submit-ask-date'),
    (text) => {
      const date = parseUserDate(text, year)
      checkDocumentDate(date, assignedOn, today)
      return date
    },
    new InlineKeyboard().text(ctx.t('submit-today', { date: formatVietnamese(today) }), TODAY),
    (d) => (d === TODAY ? today : undefined),
  )

  const { file, link } = await askFileOrLink(conversation, ctx, {
    prompt: ctx.t('submit-ask-file'),
    purpose: `submission ${args.number}`,
    uploadPrompt: (upload) => ctx.t('submit-ask-file-upload', upload),
    reminderKey: 'submission-file-kept',
  })
  const note = await askText(
    conversation,
    ctx,
    ctx.t('submit-ask-note'),
    (text) => text,
    new InlineKeyboard().text(ctx.t('button-skip'), SKIP),
    (d) => (d === SKIP ? null : undefined),
  )

  const done = await attempt(conversation, async (outside) => {
    const scope = await currentScope(outside)
    const result = await outside.deps.services.tasks.submit(scope.actor, scope.committee.id, args.number, {
      documentNumber,
      documentDate,
      fileId: file?.id ?? null,
      fileName: file?.name ?? null,
      link,
      note,
    })
    return { body: result.body.name }
  })
  await ctx.reply(done.ok ? ctx.t('submit-done', { number: args.number, body: done.value.body }) : ctx.t(done.key, done.vars))
}

/** Returning a submission needs a reason the body will read. */
export async function returnSubmissionConversation(conversation: BotConversation, ctx: ConvContext, args: SubmissionArgs): Promise<void> {
  const reason = await askText(conversation, ctx, ctx.t('review-ask-reason'), requireReason)
  const done = await attempt(conversation, async (outside) => {
    const scope = await currentScope(outside)
    const result = await outside.deps.services.tasks.review(scope.actor, scope.committee.id, args.submissionId, 'returned', reason)
    return { number: result.task.number }
  })
  await ctx.reply(done.ok ? ctx.t('review-reply-returned', { number: done.value.number }) : ctx.t(done.key, done.vars))
}

/** /giahan N: who may ask is checked first; then the new due date (checked at that step) and why. */
export async function extendTaskConversation(conversation: BotConversation, ctx: ConvContext, args: TaskNumberArgs): Promise<void> {
  const current = await attempt(conversation, async (outside) => {
    const scope = await currentScope(outside)
    const { due, today } = await outside.deps.services.tasks.checkExtender(scope.actor, scope.committee.id, args.number)
    return { due: due ? formatVietnamese(due) : '-', dueIso: due, today, year: Number(today.slice(0, 4)) }
  })
  if (!current.ok) {
    await ctx.reply(ctx.t(current.key, current.vars))
    return
  }
  const requested = await askText(conversation, ctx, ctx.t('extend-ask-date', { number: args.number, due: current.value.due }), (text) => {
    const date = parseUserDate(text, current.value.year)
    checkRequestedDue(date, current.value.dueIso, current.value.today)
    return date
  })
  const reason = await askText(conversation, ctx, ctx.t('extend-ask-reason'), requireReason)
  const done = await attempt(conversation, async (outside) => {
    const scope = await currentScope(outside)
    // The secretariat is told in the request's own transaction (through the outbox).
    await outside.deps.services.tasks.requestExtension(scope.actor, scope.committee.id, args.number, requested, reason)
    return { date: formatVietnamese(requested) }
  })
  await ctx.reply(done.ok ? ctx.t('extend-requested', { number: args.number, date: done.value.date }) : ctx.t(done.key, done.vars))
}
