import { Composer, InlineKeyboard } from 'grammy'
import type { TaskQuery } from '../../db/repositories/index.js'
import { addDays, localDateOf, weekday, type LocalDate } from '../../services/calendar/local-date.js'
import { parseDeadline } from '../../services/deadlines/parse.js'
import { UserError } from '../../services/errors.js'
import { maySeeTask, seesAllTasks } from '../../services/reports/scope.js'
import { TASK_KINDS } from '../../services/tasks/tasks.js'
import { foldVietnamese } from '../../services/text.js'
import { extendTaskData, extensionDecisionData, reviewData, submitTaskData, taskPageData } from '../callback-data/codec.js'
import type { BotContext } from '../context.js'
import { ASSIGN_TASK_CONVERSATION, pickBody } from '../conversations/assign-task.js'
import {
  EXTEND_TASK_CONVERSATION,
  RETURN_SUBMISSION_CONVERSATION,
  SUBMIT_TASK_CONVERSATION,
  type SubmissionArgs,
  type TaskNumberArgs,
} from '../conversations/task-actions.js'
import { replyLong } from '../helpers/reply.js'
import { currentScope, parseNumberArg, requireActor, requirePrivate, requireRight, type Scope } from '../helpers/scope.js'
import { dueLabel, taskDetails, taskLine } from '../helpers/task-view.js'

const composer = new Composer<BotContext>()
const PAGE = 15

type Mode = 'mine' | 'all' | 'overdue' | 'week' | 'body' | 'session' | 'plan' | 'done' | 'cancelled' | 'kind'
const MODE_CODES: Record<Mode, string> = {
  mine: 'm',
  all: 'a',
  overdue: 'o',
  week: 'w',
  body: 'b',
  session: 's',
  plan: 'p',
  done: 'd',
  cancelled: 'c',
  kind: 'k',
}
const CODE_MODES = Object.fromEntries(Object.entries(MODE_CODES).map(([mode, code]) => [code, mode])) as Record<string, Mode>

/** The end of next week (Sunday), for /tuannay. */
function endOfNextWeek(today: LocalDate): LocalDate {
  return addDays(today, 7 + ((7 - weekday(today)) % 7))
}

async function filterFor(
  ctx: BotContext,
  scope: Scope,
  mode: Mode,
  arg: number,
  today: LocalDate,
): Promise<{ filter: TaskQuery; titleKey: string; titleVars?: Record<string, string> }> {
  const manager = seesAllTasks(scope.role)
  const mine = (await ctx.deps.services.tasks.bodiesOf(scope.committee.id, scope.actor.personId)).map((b) => b.id)
  const restrict: TaskQuery = manager ? {} : { bodyIds: mine }
  if (!manager && mine.length === 0) {
    throw new UserError('task-error-no-bodies')
  }
  switch (mode) {
    case 'mine':
      return { filter: { ...restrict, status: ['open'] }, titleKey: manager ? 'task-list-open' : 'task-list-mine' }
    case 'all':
      return { filter: { ...restrict }, titleKey: 'task-list-all' }
    case 'overdue':
      return { filter: { ...restrict, status: ['open'], dueTo: addDays(today, -1) }, titleKey: 'task-list-overdue' }
    case 'week':
      return {
        filter: { ...restrict, status: ['open'], dueFrom: today, dueTo: endOfNextWeek(today) },
        titleKey: 'task-list-week',
      }
    case 'body':
      // Say which body the typed name matched ("/viec giáo dục" → Sở Giáo dục và Đào tạo).
      return {
        filter: { ...restrict, bodyIds: manager ? [arg] : mine.filter((id) => id === arg) },
        titleKey: 'task-list-body',
        titleVars: { body: (await ctx.deps.services.bodies.list(scope.committee.id)).find((b) => b.id === arg)?.name ?? '-' },
      }
    case 'session':
      return { filter: { ...restrict, sessionId: arg }, titleKey: 'task-list-session' }
    case 'plan':
      return { filter: { ...restrict, planId: arg }, titleKey: 'task-list-plan' }
    case 'done':
      return { filter: { ...restrict, status: ['done'] }, titleKey: 'task-list-done' }
    case 'cancelled':
      return { filter: { ...restrict, status: ['cancelled'] }, titleKey: 'task-list-cancelled' }
    case 'kind':
      return { filter: { ...restrict, kind: TASK_KINDS[arg] ?? 'other' }, titleKey: 'task-list-kind' }
  }
}

/** The typed form of a list, for the "trang SỐ" hint (null: reached only through buttons). */
const TYPED: Partial<Record<Mode, string>> = {
  mine: '/viec',
  all: '/viec tatca',
  overdue: '/quahan',
  week: '/tuannay',
  done: '/viec xong',
  cancelled: '/viec huy',
}

/**
 * One page of a task list: the database reads the page (15 tasks by due date, then number) and
 * counts the four classes of the whole list, so the answer costs the same at 100 tasks and at
 * 100,000 and always fits one message; the other pages are a button or "trang SỐ" away.
 */
async function showList(ctx: BotContext, scope: Scope, mode: Mode, arg: number, page: number, edit: boolean): Promise<void> {
  const { services } = ctx.deps
  const committeeId = scope.committee.id
  const today = localDateOf(services.clock.now(), scope.committee.timeZone)
  const { filter, titleKey, titleVars } = await filterFor(ctx, scope, mode, arg, today)
  const counts = await services.reports.taskCounts(committeeId, filter, today)
  const pages = Math.max(1, Math.ceil(counts.all / PAGE))
  const current = Math.min(Math.max(page, 0), pages - 1)
  const shown = counts.all > 0 ? await services.reports.taskPage(committeeId, filter, current * PAGE, PAGE) : []
  const typed = TYPED[mode]
  const text = [
    ctx.t(titleKey, { count: counts.all, ...titleVars }),
    '',
    ...(shown.length ? shown.map((task) => taskLine(ctx.t, task, today)) : [ctx.t('task-list-empty')]),
    '',
    ctx.t('task-list-counts', {
      onTime: counts.done_on_time,
      late: counts.done_late,
      inTerm: counts.open_in_term,
      overdue: counts.open_overdue,
      extended: counts.extended,
    }),
    ...(pages > 1 ? [ctx.t('task-list-page', { page: current + 1, pages })] : []),
    ...(pages > 1 && typed ? [ctx.t('list-page-typed', { command: typed })] : []),
    ctx.t('task-list-hint'),
  ].join('\n')
  const keyboard = new InlineKeyboard()
  if (current > 0) {
    keyboard.text(ctx.t('button-previous'), taskPageData.pack({ mode: MODE_CODES[mode], arg, page: current - 1 }))
  }
  if (current < pages - 1) {
    keyboard.text(ctx.t('button-next'), taskPageData.pack({ mode: MODE_CODES[mode], arg, page: current + 1 }))
  }
  const markup = keyboard.inline_keyboard.flat().length ? keyboard : undefined
  if (edit) {
    await ctx.editMessageText(text.slice(0, 4096), markup ? { reply_markup: markup } : {})
  } else {
    await replyLong(ctx, text, markup)
  }
}

/** "… trang 3" at the end of a list command: the page asked for (0-based) and the words before it. */
function pageArg(args: string): { rest: string; page: number } {
  const match = /^(.*?)\s*\btrang\s+(\d{1,6})$/i.exec(args.trim())
  return match ? { rest: match[1] ?? '', page: Math.max(0, Number(match[2]) - 1) } : { rest: args.trim(), page: 0 }
}

composer.command('giaoviec', async (ctx) => {
  requirePrivate(ctx)
  await requireRight(ctx, 'task.manage')
  await ctx.conversation.enter(ASSIGN_TASK_CONVERSATION)
})

composer.command('viec', async (ctx) => {
  const scope = await currentScope(ctx)
  const { rest: args, page } = pageArg(ctx.match)
  const [first = '', second = ''] = args.split(/\s+/)
  const word = foldVietnamese(first).replace(/ /g, '')
  if (/^\d+$/.test(first)) {
    const { services } = ctx.deps
    const task = await services.tasks.get(scope.committee.id, parseNumberArg(first, 'task-error-number'))
    const mine = new Set((await services.tasks.bodiesOf(scope.committee.id, scope.actor.personId)).map((b) => b.id))
    if (!maySeeTask({ bodyIds: seesAllTasks(scope.role) ? null : [...mine] }, task.bodies)) {
      throw new UserError('task-error-not-your-task', { number: task.number })
    }
    const today = await services.tasks.today(scope.committee.id)
    const history = await services.tasks.history(scope.committee.id, task.id)
    const keyboard = new InlineKeyboard()
    if (task.status === 'open' && task.bodies.some((b) => (b.role === 'lead' || b.role === 'coordinating') && mine.has(b.bodyId))) {
      keyboard.text(ctx.t('task-button-submit'), submitTaskData.pack({ number: task.number }))
      if (task.bodies.some((b) => b.role === 'lead' && mine.has(b.bodyId))) {
        keyboard.text(ctx.t('task-button-extend'), extendTaskData.pack({ number: task.number }))
      }
    }
    await replyLong(
      ctx,
      taskDetails(ctx.t, task, today, history, scope.committee.timeZone),
      keyboard.inline_keyboard.flat().length ? keyboard : undefined,
    )
    return
  }
  if (!first) {
    await showList(ctx, scope, 'mine', 0, page, false)
    return
  }
  const simple: Record<string, Mode> = {
    tatca: 'all',
    all: 'all',
    het: 'all',
    xong: 'done',
    daxong: 'done',
    hoanthanh: 'done',
    huy: 'cancelled',
    dahuy: 'cancelled',
    quahan: 'overdue',
    tuannay: 'week',
  }
  const mode = simple[word]
  if (mode) {
    await showList(ctx, scope, mode, 0, page, false)
    return
  }
  if (word === 'loai') {
    const wanted = foldVietnamese(args.slice(first.length))
    const index = TASK_KINDS.findIndex(
      (kind) => foldVietnamese(ctx.t(`task-kind-${kind.replace(/_/g, '-')}`)).startsWith(wanted) && wanted.length > 0,
    )
    if (index < 0) {
      throw new UserError('task-kind-unknown', {
        kinds: TASK_KINDS.map((kind) => ctx.t(`task-kind-${kind.replace(/_/g, '-')}`)).join(', '),
      })
    }
    await showList(ctx, scope, 'kind', index, page, false)
    return
  }
  if (['phien', 'kehoach'].includes(word)) {
    const number = parseNumberArg(second, word === 'phien' ? 'session-error-number' : 'plan-error-number', 'task-list-usage')
    const { services } = ctx.deps
    const id =
      word === 'phien'
        ? (await services.sessions.get(scope.committee.id, number)).id
        : (await services.plans.get(scope.committee.id, number)).plan.id
    await showList(ctx, scope, word === 'phien' ? 'session' : 'plan', id, page, false)
    return
  }
  const bodies = (await ctx.deps.services.bodies.list(scope.committee.id)).map((b) => ({
    id: b.id,
    number: b.number,
    name: b.name,
    shortName: b.shortName,
    aliases: b.aliases,
  }))
  const body = pickBody(bodies, args.replace(/^(co quan|coquan)\s+/i, ''))
  await showList(ctx, scope, 'body', body.id, page, false)
})

composer.command('quahan', async (ctx) => {
  await showList(ctx, await currentScope(ctx), 'overdue', 0, pageArg(ctx.match).page, false)
})

composer.command('tuannay', async (ctx) => {
  await showList(ctx, await currentScope(ctx), 'week', 0, pageArg(ctx.match).page, false)
})

composer.callbackQuery(taskPageData.pattern, async (ctx) => {
  const { mode, arg, page } = taskPageData.unpack(ctx.callbackQuery.data)
  await ctx.answerCallbackQuery()
  await showList(ctx, await currentScope(ctx), CODE_MODES[mode] ?? 'mine', Number(arg), Number(page), true)
})

composer.command('huyviec', async (ctx) => {
  const scope = await currentScope(ctx)
  const [first = '', ...rest] = ctx.match.trim().split(/\s+/)
  const reason = rest.join(' ')
  // The bodies are told in the change's own transaction (through the outbox), as for every change below.
  const { task } = await ctx.deps.services.tasks.cancel(
    scope.actor,
    scope.committee.id,
    parseNumberArg(first, 'task-error-number', 'task-cancel-usage'),
    reason,
  )
  await ctx.reply(ctx.t('task-cancelled', { number: task.number }))
})

composer.command(['tatnhac', 'batnhac'], async (ctx) => {
  const scope = await currentScope(ctx)
  const muted = ctx.message?.text?.startsWith('/tatnhac') ?? true
  const task = await ctx.deps.services.tasks.setRemindersMuted(
    scope.actor,
    scope.committee.id,
    parseNumberArg(ctx.match.trim(), 'task-error-number', 'mute-usage'),
    muted,
  )
  await ctx.reply(ctx.t(muted ? 'reminder-muted' : 'reminder-unmuted', { number: task.number }))
})

composer.command('suaviec', async (ctx) => {
  // /suaviec N hạn mới | lý do   or   /suaviec N ten Tên mới | lý do
  const scope = await currentScope(ctx)
  const [first = '', ...rest] = ctx.match.trim().split(/\s+/)
  const number = parseNumberArg(first, 'task-error-number', 'task-edit-usage')
  const [change = '', reason = ''] = rest
    .join(' ')
    .split('|')
    .map((part) => part.trim())
  if (!change || !reason) {
    throw new UserError('task-edit-usage')
  }
  const isTitle = /^(ten|tên)\s+/i.test(change)
  const { services } = ctx.deps
  const task = await services.tasks.get(scope.committee.id, number)
  const year = task.plan?.year ?? Number((await services.tasks.today(scope.committee.id)).slice(0, 4))
  const { after } = await services.tasks.edit(
    scope.actor,
    scope.committee.id,
    number,
    isTitle ? { title: change.replace(/^(ten|tên)\s+/i, '') } : { deadline: parseDeadline(change, { defaultYear: year }) },
    reason,
  )
  await ctx.reply(
    ctx.t('task-edited', { number: after.number, title: after.title, due: dueLabel(ctx.t, after), words: after.deadlineText ?? '-' }),
  )
})

// Works in private and in a registered group (the body's own group), where the dialogue is bound
// to the person who started it.
composer.command(['nop', 'giahan'], async (ctx) => {
  const submit = ctx.message?.text?.startsWith('/nop') ?? true
  const [first = '', ...more] = ctx.match.trim().split(/\s+/)
  if (more.length > 0 && /^\d+$/.test(first)) {
    // "/giahan 2 10/3/2023 | bận": the dialogue asks each answer in turn; what follows the number would be lost.
    throw new UserError(submit ? 'submit-one-number' : 'extend-one-number', { number: first })
  }
  const number = parseNumberArg(ctx.match.trim(), 'task-error-number', submit ? 'submit-usage' : 'extend-usage')
  await enterTaskAction(ctx, submit, number)
})

/** Checks who may act on the task before the dialogue asks anything (a refusal comes first, not last). */
async function enterTaskAction(ctx: BotContext, submit: boolean, number: number): Promise<void> {
  const scope = await currentScope(ctx)
  const { tasks } = ctx.deps.services
  await (submit
    ? tasks.checkSubmitter(scope.actor, scope.committee.id, number)
    : tasks.checkExtender(scope.actor, scope.committee.id, number))
  await ctx.conversation.enter(submit ? SUBMIT_TASK_CONVERSATION : EXTEND_TASK_CONVERSATION, { number } satisfies TaskNumberArgs)
}

composer.callbackQuery([submitTaskData.pattern, extendTaskData.pattern], async (ctx) => {
  requireActor(ctx)
  await ctx.answerCallbackQuery()
  const submit = submitTaskData.pattern.test(ctx.callbackQuery.data)
  const { number } = submit ? submitTaskData.unpack(ctx.callbackQuery.data) : extendTaskData.unpack(ctx.callbackQuery.data)
  await enterTaskAction(ctx, submit, Number(number))
})

composer.callbackQuery(reviewData.pattern, async (ctx) => {
  requireActor(ctx)
  const { submission, verdict } = reviewData.unpack(ctx.callbackQuery.data)
  await ctx.answerCallbackQuery()
  const scope = await currentScope(ctx)
  if (verdict === 'ret') {
    await ctx.deps.services.permissions.require(scope.committee.id, scope.actor.personId, 'task.manage')
    await ctx.conversation.enter(RETURN_SUBMISSION_CONVERSATION, { submissionId: Number(submission) } satisfies SubmissionArgs)
    return
  }
  const result = await ctx.deps.services.tasks.review(scope.actor, scope.committee.id, Number(submission), 'accepted', null)
  await ctx.reply(ctx.t(result.completed ? 'review-reply-accepted-done' : 'review-reply-accepted', { number: result.task.number }))
})

composer.callbackQuery(extensionDecisionData.pattern, async (ctx) => {
  requireActor(ctx)
  const { request, verdict } = extensionDecisionData.unpack(ctx.callbackQuery.data)
  await ctx.answerCallbackQuery()
  const scope = await currentScope(ctx)
  const approve = verdict === 'ok'
  const result = await ctx.deps.services.tasks.decideExtension(scope.actor, scope.committee.id, Number(request), approve, null)
  await ctx.reply(ctx.t(approve ? 'extension-reply-approved' : 'extension-reply-rejected', { number: result.request.task.number }))
})

export { composer as tasksFeature }
