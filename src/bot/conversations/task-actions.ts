import { InlineKeyboard } from 'grammy'
import { formatVietnamese } from '../../services/calendar/local-date.js'
import { parseUserDate } from '../../services/calendar/user-date.js'
import { UserError } from '../../services/errors.js'
import { checkDocumentDate, checkRequestedDue } from '../../services/tasks/tasks.js'
import { foldVietnamese } from '../../services/text.js'
import { ANSWER_DATA_PREFIX } from '../../transports/keyboard-text.js'
import type { ConvContext } from '../context.js'
import { currentScope, requireActor } from '../helpers/scope.js'
import { askText, attempt, leaveIfCancelled, requireReason, type BotConversation } from './prompt.js'

export const SUBMIT_TASK_CONVERSATION = 'submit-task'
export const RETURN_SUBMISSION_CONVERSATION = 'return-submission'
export const EXTEND_TASK_CONVERSATION = 'extend-task'

export type TaskNumberArgs = { number: number }
export type SubmissionArgs = { submissionId: number }

/** Files a report may come as: PDF, Word, Excel, OpenDocument, or a photo of the signed page. */
export const ACCEPTED_MIME = [
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'image/jpeg',
  'image/png',
]
/** The Bot API lets bots download files up to 20 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024

const SKIP = 'skip'
/** The file step waits for a file itself; its one button is answer-shaped (keyboard-text.ts). */
const SKIP_FILE = `${ANSWER_DATA_PREFIX}skip-file`
const TODAY = 'today'

/** Typed answers that skip the file step (besides its button). */
const SKIP_WORDS = new Set(['bo qua', 'khong', 'khong co', 'skip', 'no'])

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

  // Where people cannot send a file in the chat (Zalo), a one-time link takes it; it then arrives here as if sent.
  const upload = await conversation.external((outside) =>
    outside.deps.capabilities.files === 'upload-link'
      ? outside.deps.services.uploads.offer(requireActor(outside), `submission ${args.number}`)
      : null,
  )
  const skipFile = new InlineKeyboard().text(ctx.t('button-skip'), SKIP_FILE)
  await ctx.reply(upload ? ctx.t('submit-ask-file-upload', upload) : ctx.t('submit-ask-file'), { reply_markup: skipFile })
  let file: { id: string; name: string } | null = null
  let link: string | null = null
  const userId = ctx.from?.id
  for (let wrong = 0; !file && !link;) {
    const wait = conversation.waitFor(['message:document', 'message:photo', 'message:text', 'callback_query:data'], {
      otherwise: (other) => other.reply(other.t('submit-ask-file')),
    })
    const next = userId === undefined ? await wait : await wait.andFrom(userId)
    if (next.callbackQuery) {
      await next.answerCallbackQuery()
      if (next.callbackQuery.data === SKIP_FILE) {
        break
      }
      await next.reply(next.t('conversation-stale-button'))
      continue
    }
    await leaveIfCancelled(conversation, next)
    const document = next.message?.document
    const photo = next.message?.photo?.at(-1)
    if (document) {
      if ((document.file_size ?? 0) > MAX_FILE_BYTES) {
        await next.reply(next.t('submission-error-file-too-large', { max: 20 }))
        continue
      }
      if (!ACCEPTED_MIME.includes(document.mime_type ?? '')) {
        await next.reply(next.t('submission-error-file-kind', { name: document.file_name ?? '?' }))
        continue
      }
      file = { id: document.file_id, name: document.file_name ?? 'tep' }
    } else if (photo) {
      if ((photo.file_size ?? 0) > MAX_FILE_BYTES) {
        await next.reply(next.t('submission-error-file-too-large', { max: 20 }))
        continue
      }
      file = { id: photo.file_id, name: 'anh.jpg' }
    } else {
      const text = next.message?.text?.trim() ?? ''
      if (text.startsWith('/')) {
        await next.reply(next.t('conversation-interrupted'))
        await conversation.halt({ next: true })
      }
      if (/^https?:\/\/\S+$/i.test(text)) {
        link = text
      } else if (text === '1' || SKIP_WORDS.has(foldVietnamese(text))) {
        break
      } else {
        wrong++
        await next.reply(next.t(wrong % 3 === 0 ? 'submission-file-kept' : 'submission-error-link'), { reply_markup: skipFile })
      }
    }
  }
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
