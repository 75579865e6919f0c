import { InlineKeyboard } from 'grammy'
import { formatVietnamese, fromDbDate } from '../../services/calendar/local-date.js'
import { parseUserDate } from '../../services/calendar/user-date.js'
import { readDeadlineInput } from '../../services/after-session/deadline-input.js'
import { readPercent } from '../../services/conclusions/conclusions.js'
import { UserError } from '../../services/errors.js'
import type { BotContext, ConvContext } from '../context.js'
import { currentScope } from '../helpers/scope.js'
import { dueText } from '../../services/wording.js'
import { pickBodies, pickBody } from './assign-task.js'
import { askText, attempt, type BotConversation } from './prompt.js'
import { askFileOrLink } from './file-step.js'

export const RECORD_HELD_CONVERSATION = 'record-held'
export const RECORD_NOTICE_CONVERSATION = 'record-notice'
export const ADD_ITEMS_CONVERSATION = 'add-conclusion-items'
export const REPORT_PROGRESS_CONVERSATION = 'report-progress'

export type SessionNumberArgs = { number: number }
export type TaskNumberArgs = { number: number }

const SKIP = 'skip'
const TODAY = 'today'
const PLANNED = 'planned'
const DONE = 'done'
const NONE = 'none'
const ONGOING = 'ongoing'
const DEFAULT = 'default'
const USE_SUBMITTED = 'submitted'
/** A notice rarely has more items; the loop stops there. */
const MAX_ITEMS = 40

type Body = { id: number; number: number; name: string; shortName: string | null; aliases: string[] }

function bodyKeyboard(bodies: Body[], extra?: { label: string; data: string }): InlineKeyboard {
  const keyboard = new InlineKeyboard()
  bodies.slice(0, 24).forEach((b, i) => {
    keyboard.text(b.shortName ?? (b.name.length > 24 ? `${b.name.slice(0, 23)}…` : b.name), `b:${b.id}`)
    if (i % 2 === 1) {
      keyboard.row()
    }
  })
  if (extra) {
    keyboard.row().text(extra.label, extra.data)
  }
  return keyboard
}

async function bodiesOf(outside: BotContext): Promise<Body[]> {
  const scope = await currentScope(outside)
  return (await outside.deps.services.bodies.list(scope.committee.id)).map((b) => ({
    id: b.id,
    number: b.number,
    name: b.name,
    shortName: b.shortName,
    aliases: b.aliases,
  }))
}

/**
 * The session was held: on which day (today, or the day it was set for); then its conclusion-notice
 * task is made from the plan's rule — or, where the plan set none, the drafting body and the
 * deadline are asked (kept on the plan for its next sessions).
 */
export async function recordHeldConversation(conversation: BotConversation, ctx: ConvContext, args: SessionNumberArgs): Promise<void> {
  const info = await attempt(conversation, async (outside) => {
    const scope = await currentScope(outside)
    const session = await outside.deps.services.sessions.get(scope.committee.id, args.number)
    const today = await outside.deps.services.tasks.today(scope.committee.id)
    const planned = session.precision === 'day' && session.windowStart ? fromDbDate(session.windowStart) : null
    return { today, planned: planned && planned < today ? planned : null, status: session.status }
  })
  if (!info.ok) {
    await ctx.reply(ctx.t(info.key, info.vars))
    return
  }
  if (info.value.status !== 'planned' && info.value.status !== 'scheduled') {
    await ctx.reply(ctx.t('session-error-status', { number: args.number }))
    return
  }
  const { today, planned } = info.value
  const keyboard = new InlineKeyboard().text(ctx.t('held-today', { date: formatVietnamese(today) }), TODAY)
  if (planned) {
    keyboard.text(ctx.t('held-planned', { date: formatVietnamese(planned) }), PLANNED)
  }
  const heldOn = await askText(
    conversation,
    ctx,
    ctx.t('held-ask-date', { number: args.number }),
    (text) => {
      const date = parseUserDate(text, Number(today.slice(0, 4)))
      if (date > today) {
        throw new UserError('held-error-future')
      }
      return date
    },
    keyboard,
    (data) => (data === TODAY ? today : data === PLANNED && planned ? planned : undefined),
  )
  const held = await attempt(conversation, async (outside) => {
    const scope = await currentScope(outside)
    const { afterSession } = outside.deps.services
    const result = await afterSession.held.recordHeld(scope.actor, scope.committee.id, args.number, heldOn)
    const unreachable = [...result.reach.unreachable]
    // The year's report tasks come with its first held session, when the standing body is known.
    let reports: string | null
    try {
      const ensured = await afterSession.reports.ensure(scope.actor, scope.committee.id, Number(heldOn.slice(0, 4)), null)
      unreachable.push(...ensured.reach.unreachable)
      reports = ensured.created.length ? ensured.created.map((t) => t.number).join(', ') : null
    } catch (error) {
      if (!(error instanceof UserError)) {
        throw error
      }
      reports = error.key === 'report-error-standing-body' ? '?' : null
    }
    const task = result.noticeTask
    return {
      task: task
        ? {
            number: task.number,
            body: task.bodies.find((b) => b.role === 'lead')?.body.name ?? '-',
            due: dueText(outside.t, task),
            words: task.deadlineText ?? '-',
          }
        : null,
      moved: result.moved.length,
      reports,
      unreachable: [...new Set(unreachable)],
      year: heldOn.slice(0, 4),
    }
  })
  if (!held.ok) {
    await ctx.reply(ctx.t(held.key, held.vars))
    return
  }
  const lines = [ctx.t('held-done', { number: args.number, date: formatVietnamese(heldOn) })]
  let task = held.value.task
  if (!task) {
    const bodies = await conversation.external((outside) => bodiesOf(outside))
    if (bodies.length === 0) {
      // No body to give the notice to yet: say what was done, and how to give it later.
      await ctx.reply(
        [...lines, ctx.t('held-notice-later', { number: args.number }), ctx.t('held-next', { number: args.number })].join('\n'),
      )
      return
    }
    const body = await askText(
      conversation,
      ctx,
      ctx.t('held-ask-notice-body'),
      (text) => pickBody(bodies, text),
      bodyKeyboard(bodies),
      (data) => (data.startsWith('b:') ? bodies.find((b) => b.id === Number(data.slice(2))) : undefined),
    )
    // The button keeps the usual rule (seven working days after the session); typed words are read as a plan's.
    const rule = await askText<string | null>(
      conversation,
      ctx,
      ctx.t('held-ask-notice-rule'),
      (text) => text,
      new InlineKeyboard().text(ctx.t('held-default-rule'), DEFAULT),
      (data) => (data === DEFAULT ? null : undefined),
    )
    const made = await attempt(conversation, async (outside) => {
      const scope = await currentScope(outside)
      const result = await outside.deps.services.afterSession.held.setNoticeRule(
        scope.actor,
        scope.committee.id,
        args.number,
        body.id,
        rule,
      )
      return {
        number: result.task.number,
        body: body.name,
        due: dueText(outside.t, result.task),
        words: result.task.deadlineText ?? '-',
        unreachable: result.reach.unreachable,
      }
    })
    if (!made.ok) {
      await ctx.reply([...lines, ctx.t(made.key, made.vars), ctx.t('held-notice-later', { number: args.number })].join('\n'))
      return
    }
    task = made.value
    held.value.unreachable.push(...made.value.unreachable)
  }
  lines.push(ctx.t('held-notice-task', task))
  if (held.value.moved > 0) {
    lines.push(ctx.t('held-moved', { count: held.value.moved }))
  }
  if (held.value.reports === '?') {
    lines.push(ctx.t('held-reports-need-body', { year: held.value.year }))
  } else if (held.value.reports) {
    lines.push(ctx.t('held-reports-created', { tasks: held.value.reports, year: held.value.year }))
  }
  if (held.value.unreachable.length) {
    lines.push(ctx.t('task-unreachable', { names: held.value.unreachable.join(', ') }))
  }
  lines.push(ctx.t('held-next', { number: args.number }))
  await ctx.reply(lines.join('\n'))
}

/** The conclusion notice: its number and date (or the document the drafting body sent), its file; then its items. */
export async function recordNoticeConversation(conversation: BotConversation, ctx: ConvContext, args: SessionNumberArgs): Promise<void> {
  const info = await attempt(conversation, async (outside) => {
    const scope = await currentScope(outside)
    const submitted = await outside.deps.services.afterSession.conclusions.submittedNotice(scope.committee.id, args.number)
    return { submitted, today: await outside.deps.services.tasks.today(scope.committee.id) }
  })
  if (!info.ok) {
    await ctx.reply(ctx.t(info.key, info.vars))
    return
  }
  const { submitted, today } = info.value
  const keyboard = submitted
    ? new InlineKeyboard().text(
        ctx.t('notice-use-submitted', { document: submitted.documentNumber, date: formatVietnamese(submitted.documentDate) }),
        USE_SUBMITTED,
      )
    : undefined
  const documentNumber = await askText(
    conversation,
    ctx,
    ctx.t('notice-ask-number', { number: args.number }),
    (text) => {
      if (!/^[\p{L}\p{N}][\p{L}\p{N}./\-–_ ]{0,59}$/u.test(text)) {
        throw new UserError('submission-error-number')
      }
      return text
    },
    keyboard,
    (data) => (data === USE_SUBMITTED && submitted ? USE_SUBMITTED : undefined),
  )
  let input
  if (documentNumber === USE_SUBMITTED && submitted) {
    input = submitted
  } else {
    const documentDate = await askText(
      conversation,
      ctx,
      ctx.t('notice-ask-date'),
      (text) => {
        const date = parseUserDate(text, Number(today.slice(0, 4)))
        if (date > today) {
          throw new UserError('submission-error-date-future')
        }
        return date
      },
      new InlineKeyboard().text(ctx.t('submit-today', { date: formatVietnamese(today) }), TODAY),
      (data) => (data === TODAY ? today : undefined),
    )
    const { file } = await askFileOrLink(conversation, ctx, { prompt: ctx.t('notice-ask-file'), purpose: `notice ${args.number}` })
    input = { documentNumber, documentDate, fileId: file?.id ?? null, fileName: file?.name ?? null }
  }
  const done = await attempt(conversation, async (outside) => {
    const scope = await currentScope(outside)
    const result = await outside.deps.services.afterSession.conclusions.recordNotice(scope.actor, scope.committee.id, args.number, input)
    return { document: result.notice.documentNumber, completed: result.completed.join(', ') }
  })
  if (!done.ok) {
    await ctx.reply(ctx.t(done.key, done.vars))
    return
  }
  await ctx.reply(
    [
      ctx.t('notice-recorded', { number: args.number, document: done.value.document }),
      ...(done.value.completed ? [ctx.t('notice-task-completed', { tasks: done.value.completed })] : []),
    ].join('\n'),
  )
  await addItems(conversation, ctx, args.number)
}

/** /ketluan SỐ them: items one after another until “Xong”. */
export async function addItemsConversation(conversation: BotConversation, ctx: ConvContext, args: SessionNumberArgs): Promise<void> {
  await addItems(conversation, ctx, args.number)
}

async function addItems(conversation: BotConversation, ctx: ConvContext, session: number): Promise<void> {
  const bodies = await conversation.external((outside) => bodiesOf(outside))
  const year = await conversation.external(async (outside) =>
    Number((await outside.deps.services.tasks.today((await currentScope(outside)).committee.id)).slice(0, 4)),
  )
  const byId = (data: string) => (data.startsWith('b:') ? bodies.find((b) => b.id === Number(data.slice(2))) : undefined)
  for (let count = 0; count < MAX_ITEMS; count++) {
    const content = await askText(
      conversation,
      ctx,
      ctx.t(count === 0 ? 'item-ask-first' : 'item-ask-next', { session }),
      (text) => {
        if (text.length < 5) {
          throw new UserError('conclusion-error-content')
        }
        return text
      },
      new InlineKeyboard().text(ctx.t('item-button-done'), DONE),
      (data) => (data === DONE ? DONE : undefined),
    )
    if (content === DONE) {
      await ctx.reply(ctx.t('item-done', { session }))
      return
    }
    const lead = await askText(conversation, ctx, ctx.t('item-ask-lead'), (text) => pickBody(bodies, text), bodyKeyboard(bodies), byId)
    const coordinating = (
      await askText(
        conversation,
        ctx,
        ctx.t('item-ask-coordinating'),
        (text) => pickBodies(bodies, text),
        new InlineKeyboard().text(ctx.t('body-button-none'), NONE),
        (data) => (data === NONE ? [] : undefined),
      )
    ).filter((b) => b.id !== lead.id)
    const due = await askText(
      conversation,
      ctx,
      ctx.t('item-ask-due'),
      (text) => {
        readDeadlineInput(text, year, true)
        return text
      },
      new InlineKeyboard().text(ctx.t('item-ongoing'), ONGOING),
      (data) => (data === ONGOING ? 'thường xuyên' : undefined),
    )
    const added = await attempt(conversation, async (outside) => {
      const scope = await currentScope(outside)
      const result = await outside.deps.services.afterSession.conclusions.addItem(scope.actor, scope.committee.id, session, {
        content,
        leadBodyId: lead.id,
        coordinatingBodyIds: coordinating.map((b) => b.id),
        deadlineText: due,
      })
      return {
        position: result.item.position,
        task: result.task.number,
        lead: lead.name,
        due: result.item.ongoing ? outside.t('item-due-ongoing') : dueText(outside.t, result.task),
        unreachable: result.reach.unreachable,
      }
    })
    if (!added.ok) {
      await ctx.reply(ctx.t(added.key, added.vars))
      continue
    }
    await ctx.reply(
      ctx.t('item-added', { position: added.value.position, task: added.value.task, lead: added.value.lead, due: added.value.due }) +
        (added.value.unreachable.length ? `\n${ctx.t('task-unreachable', { names: added.value.unreachable.join(', ') })}` : ''),
    )
  }
}

/** /tiendo N: a body reports progress — the percentage, a note, evidence if any. */
export async function reportProgressConversation(conversation: BotConversation, ctx: ConvContext, args: TaskNumberArgs): Promise<void> {
  const percent = await askText(conversation, ctx, ctx.t('progress-ask-percent', { number: args.number }), readPercent)
  const note = await askText(
    conversation,
    ctx,
    ctx.t('progress-ask-note'),
    (text) => text,
    new InlineKeyboard().text(ctx.t('button-skip'), SKIP),
    (data) => (data === SKIP ? null : undefined),
  )
  const evidence = await askFileOrLink(conversation, ctx, { prompt: ctx.t('progress-ask-evidence'), purpose: `progress ${args.number}` })
  const done = await attempt(conversation, async (outside) => {
    const scope = await currentScope(outside)
    const result = await outside.deps.services.afterSession.conclusions.reportProgress(scope.actor, scope.committee.id, args.number, {
      percent,
      note,
      fileId: evidence.file?.id ?? null,
      fileName: evidence.file?.name ?? null,
      link: evidence.link,
    })
    return { percent: result.progress.percent }
  })
  await ctx.reply(
    done.ok
      ? ctx.t(done.value.percent === 100 ? 'progress-recorded-full' : 'progress-recorded', {
          number: args.number,
          percent: done.value.percent,
        })
      : ctx.t(done.key, done.vars),
  )
}
