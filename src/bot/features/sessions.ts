import { Composer, InlineKeyboard } from 'grammy'
import { localDateOf } from '../../services/calendar/local-date.js'
import { UserError } from '../../services/errors.js'
import { mayRead, roleAllows } from '../../services/permissions.js'
import { clip } from '../../services/text.js'
import { sessionPageData, sessionStatusData } from '../callback-data/codec.js'
import type { BotContext } from '../context.js'
import { CREATE_SESSION_CONVERSATION } from '../conversations/create-session.js'
import { CANCEL_SESSION_CONVERSATION, RESCHEDULE_SESSION_CONVERSATION, type SessionArgs } from '../conversations/session-change.js'
import { replyLong } from '../helpers/reply.js'
import { parseNumberArg, readScope, requireActor, requirePrivate, requireRight, type Scope } from '../helpers/scope.js'
import { sessionDetails, sessionLine, sessionWhenWithWords } from '../helpers/session-view.js'
import { taskLine } from '../helpers/task-view.js'
import { afterSessionLines } from '../helpers/after-session-lines.js'
import { RECORD_HELD_CONVERSATION, RECORD_NOTICE_CONVERSATION } from '../conversations/after-session.js'

const composer = new Composer<BotContext>()
const PAGE = 15
/** Tasks shown under one session; the rest are a /viec phien SỐ away. */
const SESSION_TASKS = 15

/**
 * One page of the committee's sessions, those to come first (soonest first), then those that are
 * over (latest first), read by the database: 2,000 sessions are as quick and as short as 20.
 */
async function showSessions(ctx: BotContext, scope: Pick<Scope, 'committee' | 'role'>, page: number, edit: boolean): Promise<void> {
  const { services } = ctx.deps
  const committeeId = scope.committee.id
  const today = localDateOf(services.clock.now(), scope.committee.timeZone)
  const counts = await services.reports.sessionCounts(committeeId, today)
  const pages = Math.max(1, Math.ceil((counts.upcoming + counts.past) / PAGE))
  const current = Math.min(Math.max(page, 0), pages - 1)
  const rows = await services.reports.sessionPage(committeeId, today, current * PAGE, PAGE)
  const upcoming = rows.filter((s) => !s.past)
  const past = rows.filter((s) => s.past)
  const lines = [ctx.t('session-list-header', { committee: scope.committee.name }), '']
  // Each section is headed on the pages where it appears; an empty one only on the first page.
  if (upcoming.length > 0 || current === 0) {
    lines.push(
      ctx.t('session-list-upcoming'),
      ...(upcoming.length ? upcoming.map((s) => sessionLine(ctx.t, s)) : [ctx.t('session-list-none')]),
    )
  }
  if (past.length > 0 || (current === pages - 1 && counts.past === 0)) {
    lines.push('', ctx.t('session-list-past'), ...(past.length ? past.map((s) => sessionLine(ctx.t, s)) : [ctx.t('session-list-none')]))
  }
  lines.push('')
  if (pages > 1) {
    lines.push(
      ctx.t('session-list-counts', { upcoming: counts.upcoming, past: counts.past }),
      ctx.t('task-list-page', { page: current + 1, pages }),
      ctx.t('list-page-typed', { command: '/phien' }),
    )
  }
  lines.push(ctx.t(roleAllows(scope.role, 'session.manage') ? 'session-list-manage-hint' : 'session-list-view-hint'))
  const keyboard = new InlineKeyboard()
  if (current > 0) {
    keyboard.text(ctx.t('button-previous'), sessionPageData.pack({ page: current - 1 }))
  }
  if (current < pages - 1) {
    keyboard.text(ctx.t('button-next'), sessionPageData.pack({ page: current + 1 }))
  }
  const markup = keyboard.inline_keyboard.flat().length ? keyboard : undefined
  const text = lines.join('\n')
  if (edit) {
    await ctx.editMessageText(text.slice(0, 4096), markup ? { reply_markup: markup } : {})
  } else {
    await replyLong(ctx, text, markup)
  }
}

composer.command('phienmoi', async (ctx) => {
  requirePrivate(ctx)
  await requireRight(ctx, 'session.manage')
  await ctx.conversation.enter(CREATE_SESSION_CONVERSATION)
})

composer.command('phien', async (ctx) => {
  const scope = await readScope(ctx, 'public')
  const { services } = ctx.deps
  const arg = ctx.match.trim()
  const paged = /^(?:trang\s+)(\d{1,6})$/i.exec(arg)
  if (!arg || paged) {
    await showSessions(ctx, scope, paged ? Number(paged[1]) - 1 : 0, false)
    return
  }
  const session = await services.sessions.get(scope.committee.id, parseNumberArg(arg, 'session-error-number'))
  // Who changed what is people's data: members see the names, others only what changed.
  const showNames = mayRead('people', scope.role, scope.where)
  const history = (await services.sessions.history(scope.committee.id, session)).map((event) =>
    showNames ? event : { ...event, actor: event.actor === null ? null : ctx.t('actor-member') },
  )
  const keyboard = new InlineKeyboard()
  if (roleAllows(scope.role, 'session.manage') && ctx.chat?.type === 'private') {
    const pack = (status: string) => sessionStatusData.pack({ committee: scope.committee.id, number: session.number, status })
    if (session.status === 'planned' || session.status === 'scheduled') {
      keyboard.text(ctx.t('session-button-held'), pack('held')).row()
    }
    if (session.status === 'held') {
      keyboard.text(ctx.t('session-button-concluded'), pack('concluded')).row()
    }
    if (session.status !== 'cancelled' && session.status !== 'concluded') {
      keyboard.text(ctx.t('session-button-cancel'), pack('cancelled'))
    }
  }
  const today = localDateOf(services.clock.now(), scope.committee.timeZone)
  const counts = await services.reports.taskCounts(scope.committee.id, { sessionId: session.id }, today)
  const tasks = counts.all > 0 ? await services.reports.taskPage(scope.committee.id, { sessionId: session.id }, 0, SESSION_TASKS) : []
  const text = [
    sessionDetails(ctx.t, session, history, scope.committee.timeZone),
    '',
    ctx.t('session-detail-tasks', { count: counts.all }),
    ...(tasks.length ? tasks.map((task) => taskLine(ctx.t, task, today)) : [ctx.t('session-list-none')]),
    ...(counts.all > tasks.length
      ? [ctx.t('session-detail-more-tasks', { count: counts.all - tasks.length, number: session.number })]
      : []),
    ...(await afterSessionLines(ctx, session, today)),
  ].join('\n')
  await replyLong(ctx, text, keyboard.inline_keyboard.flat().length ? keyboard : undefined)
})

composer.callbackQuery(sessionPageData.pattern, async (ctx) => {
  const { page } = sessionPageData.unpack(ctx.callbackQuery.data)
  await ctx.answerCallbackQuery()
  await showSessions(ctx, await readScope(ctx, 'public'), Number(page), true)
})

composer.command('doilich', async (ctx) => {
  requirePrivate(ctx)
  const scope = await requireRight(ctx, 'session.manage')
  const [first = '', ...rest] = ctx.match.trim().split(/\s+/)
  const number = parseNumberArg(first, 'session-error-number', 'reschedule-usage')
  const session = await ctx.deps.services.sessions.get(scope.committee.id, number)
  const inline = rest.join(' ')
  if (inline.includes('|')) {
    // One-line form: /doilich 2 15/8/2023 8h00 | lý do
    const [time = '', reason = ''] = inline.split('|').map((part) => part.trim())
    const result = await ctx.deps.services.sessions.reschedule(scope.actor, scope.committee.id, session.number, time, reason)
    await ctx.reply(ctx.t('reschedule-done', { number, when: sessionWhenWithWords(ctx.t, result.session), groups: result.reach.groups }))
    return
  }
  if (inline !== '') {
    // "/doilich 1 20/4/2023 8h00" without the reason: asking "Thời gian mới?" would drop what was typed.
    throw new UserError('reschedule-inline-needs-reason', { number, time: clip(inline, 40) })
  }
  await ctx.conversation.enter(RESCHEDULE_SESSION_CONVERSATION, { number } satisfies SessionArgs)
})

composer.callbackQuery(sessionStatusData.pattern, async (ctx) => {
  const actor = requireActor(ctx)
  const { committee, number, status } = sessionStatusData.unpack(ctx.callbackQuery.data)
  await ctx.answerCallbackQuery()
  if (status === 'cancelled') {
    await ctx.deps.services.permissions.require(Number(committee), actor.personId, 'session.manage')
    await ctx.conversation.enter(CANCEL_SESSION_CONVERSATION, { number: Number(number) } satisfies SessionArgs)
    return
  }
  if (status !== 'held' && status !== 'concluded') {
    return
  }
  // Held: the day it was held, then its conclusion-notice task; concluded: the notice and its items.
  await ctx.deps.services.permissions.require(Number(committee), actor.personId, 'session.manage')
  await ctx.conversation.enter(status === 'held' ? RECORD_HELD_CONVERSATION : RECORD_NOTICE_CONVERSATION, { number: Number(number) })
})

export { composer as sessionsFeature }
