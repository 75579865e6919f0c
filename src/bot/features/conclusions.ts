import { Composer, InlineKeyboard, InputFile } from 'grammy'
import { periodReportDocx } from '../../documents/period-report.js'
import { formatVietnamese, fromDbDate } from '../../services/calendar/local-date.js'
import { parseUserDate } from '../../services/calendar/user-date.js'
import { readPercent } from '../../services/conclusions/conclusions.js'
import { readPeriod } from '../../services/conclusions/periodic-reports.js'
import { UserError } from '../../services/errors.js'
import { roleAllows } from '../../services/permissions.js'
import { foldVietnamese } from '../../services/text.js'
import { noticeActionData, progressData } from '../callback-data/after-session.js'
import type { BotContext } from '../context.js'
import { pickBodies, pickBody } from '../conversations/assign-task.js'
import {
  ADD_ITEMS_CONVERSATION,
  RECORD_NOTICE_CONVERSATION,
  REPORT_PROGRESS_CONVERSATION,
  type SessionNumberArgs,
  type TaskNumberArgs,
} from '../conversations/after-session.js'
import { itemLine, unreachableTail } from '../helpers/after-session-view.js'
import { replyLong } from '../helpers/reply.js'
import { currentScope, parseNumberArg, requireActor, requirePrivate, requireRight } from '../helpers/scope.js'
import { dueText } from '../../services/wording.js'

const composer = new Composer<BotContext>()

/**
 * /ketluan SỐ — the conclusion notice of a session and its items with their progress; the
 * secretariat records the notice (a dialogue) and adds items (dialogue, or one line:
 * /ketluan SỐ them Nội dung | Cơ quan chủ trì | Cơ quan phối hợp hoặc - | hạn hoặc thường xuyên).
 */
composer.command('ketluan', async (ctx) => {
  const scope = await currentScope(ctx)
  const { services } = ctx.deps
  const conclusions = services.afterSession.conclusions
  const text = ctx.match.trim()
  const [first = '', verb = ''] = text.split(/\s+/)
  if (!first) {
    throw new UserError('conclusion-usage')
  }
  const number = parseNumberArg(first, 'session-error-number')
  const word = foldVietnamese(verb)
  const manage = roleAllows(scope.role, 'opinion.manage')
  if (word === 'them') {
    requirePrivate(ctx)
    await requireRight(ctx, 'opinion.manage')
    const rest = text.slice(text.indexOf(verb) + verb.length).trim()
    if (!rest) {
      await conclusions.notice(scope.committee.id, number)
      await ctx.conversation.enter(ADD_ITEMS_CONVERSATION, { number } satisfies SessionNumberArgs)
      return
    }
    const [content = '', lead = '', coordinating = '', due = ''] = rest.split('|').map((p) => p.trim())
    const bodies = await services.bodies.list(scope.committee.id)
    const leadBody = lead ? pickBody(bodies, lead) : null
    const others = coordinating && coordinating !== '-' ? pickBodies(bodies, coordinating) : []
    if (!due) {
      throw new UserError('conclusion-item-usage')
    }
    const result = await conclusions.addItem(scope.actor, scope.committee.id, number, {
      content,
      leadBodyId: leadBody?.id ?? null,
      coordinatingBodyIds: others.map((b) => b.id),
      deadlineText: due,
    })
    await ctx.reply(
      ctx.t('item-added', {
        position: result.item.position,
        task: result.task.number,
        lead: leadBody?.name ?? '-',
        due: result.item.ongoing ? ctx.t('item-due-ongoing') : dueText(ctx.t, result.task),
      }) + unreachableTail(ctx.t, result.reach),
    )
    return
  }
  if (word === 'ghi') {
    requirePrivate(ctx)
    await requireRight(ctx, 'opinion.manage')
    await conclusions.submittedNotice(scope.committee.id, number)
    await ctx.conversation.enter(RECORD_NOTICE_CONVERSATION, { number } satisfies SessionNumberArgs)
    return
  }
  if (word) {
    throw new UserError('conclusion-usage')
  }
  const { session, notice } = await conclusions.notice(scope.committee.id, number)
  const today = await conclusions.today(scope.committee.id)
  const keyboard = new InlineKeyboard()
  const pack = (action: string) => noticeActionData.pack({ committee: scope.committee.id, session: number, action })
  if (!notice) {
    if (manage && ctx.chat?.type === 'private' && (session.status === 'held' || session.status === 'concluded')) {
      keyboard.text(ctx.t('notice-button-record'), pack('ghi'))
    }
    await ctx.reply(
      ctx.t(session.status === 'held' || session.status === 'concluded' ? 'notice-none' : 'conclusion-error-not-held', { number }),
      keyboard.inline_keyboard.flat().length ? { reply_markup: keyboard } : {},
    )
    return
  }
  if (manage && ctx.chat?.type === 'private') {
    keyboard.text(ctx.t('item-button-add'), pack('them'))
  }
  await replyLong(
    ctx,
    [
      ctx.t('notice-header', {
        number: session.number,
        topic: session.topic,
        document: notice.documentNumber,
        date: formatVietnamese(fromDbDate(notice.documentDate)),
        file: notice.fileName ?? '-',
        count: notice.items.length,
      }),
      '',
      ...(notice.items.length ? notice.items.map((item) => itemLine(ctx.t, item, today)) : [ctx.t('item-none')]),
      '',
      ctx.t('notice-hint'),
    ].join('\n'),
    keyboard.inline_keyboard.flat().length ? keyboard : undefined,
  )
})

composer.callbackQuery(noticeActionData.pattern, async (ctx) => {
  requireActor(ctx)
  const { committee, session, action } = noticeActionData.unpack(ctx.callbackQuery.data)
  await ctx.answerCallbackQuery()
  const scope = await requireRight(ctx, 'opinion.manage')
  if (scope.committee.id !== Number(committee)) {
    throw new UserError('conversation-stale-button')
  }
  await ctx.conversation.enter(action === 'ghi' ? RECORD_NOTICE_CONVERSATION : ADD_ITEMS_CONVERSATION, {
    number: Number(session),
  } satisfies SessionNumberArgs)
})

/**
 * /tiendo N — a task's progress and milestones; /tiendo N 60 [ghi chú] reports 60 % (a dialogue
 * without the percentage, to add evidence). Contacts of its bodies and the secretariat.
 */
composer.command('tiendo', async (ctx) => {
  const scope = await currentScope(ctx)
  const conclusions = ctx.deps.services.afterSession.conclusions
  const [first = '', second = '', ...rest] = ctx.match.trim().split(/\s+/)
  const number = parseNumberArg(first, 'task-error-number')
  if (second) {
    const percent = readPercent(second)
    await conclusions.reportProgress(scope.actor, scope.committee.id, number, {
      percent,
      note: rest.join(' ') || null,
      fileId: null,
      fileName: null,
      link: null,
    })
    await ctx.reply(ctx.t(percent === 100 ? 'progress-recorded-full' : 'progress-recorded', { number, percent }))
    return
  }
  const { task, progress, milestones, item } = await conclusions.progressOf(scope.actor, scope.committee.id, number)
  const today = await conclusions.today(scope.committee.id)
  const lines = [
    ctx.t('progress-header', { number: task.number, title: task.title, percent: progress[0]?.percent ?? 0 }),
    ...(item
      ? [ctx.t('progress-item', { position: item.position, session: item.session.number, notice: item.notice.documentNumber })]
      : []),
    '',
    ctx.t('progress-history', { count: progress.length }),
    ...progress.map((p) =>
      ctx.t('progress-line', {
        date: formatVietnamese(fromDbDate(p.reportedOn)),
        percent: p.percent,
        note: p.note ?? '-',
        evidence: p.fileName ?? p.link ?? '-',
      }),
    ),
    '',
    ctx.t('milestone-header', { count: milestones.length }),
    ...milestones.map((m) =>
      ctx.t('milestone-line', {
        number: m.position,
        title: m.title,
        due: formatVietnamese(fromDbDate(m.dueDate)),
        state: m.doneOn
          ? ctx.t('milestone-done', { date: formatVietnamese(fromDbDate(m.doneOn)) })
          : fromDbDate(m.dueDate) < today
            ? ctx.t('milestone-overdue')
            : ctx.t('milestone-open'),
      }),
    ),
    '',
    ctx.t('progress-hint', { number: task.number }),
  ]
  const doer = task.status === 'open'
  await replyLong(
    ctx,
    lines.join('\n'),
    doer && ctx.chat?.type === 'private'
      ? new InlineKeyboard().text(ctx.t('progress-button-report'), progressData.pack({ number: task.number }))
      : undefined,
  )
})

composer.callbackQuery(progressData.pattern, async (ctx) => {
  requireActor(ctx)
  await ctx.answerCallbackQuery()
  const number = Number(progressData.unpack(ctx.callbackQuery.data).number)
  const scope = await currentScope(ctx)
  await ctx.deps.services.tasks.get(scope.committee.id, number)
  await ctx.conversation.enter(REPORT_PROGRESS_CONVERSATION, { number } satisfies TaskNumberArgs)
})

/** /mocviec N them NGÀY nội dung — a milestone; /mocviec N xong K — milestone K done. */
composer.command('mocviec', async (ctx) => {
  const scope = await currentScope(ctx)
  const conclusions = ctx.deps.services.afterSession.conclusions
  const [first = '', verb = '', second = '', ...rest] = ctx.match.trim().split(/\s+/)
  const number = parseNumberArg(first, 'task-error-number')
  switch (foldVietnamese(verb)) {
    case 'them': {
      const year = Number((await conclusions.today(scope.committee.id)).slice(0, 4))
      const due = parseUserDate(second, year)
      const milestone = await conclusions.addMilestone(scope.actor, scope.committee.id, number, due, rest.join(' '))
      await ctx.reply(
        ctx.t('milestone-added', { task: number, number: milestone.position, title: milestone.title, due: formatVietnamese(due) }),
      )
      return
    }
    case 'xong': {
      const position = parseNumberArg(second, 'milestone-usage')
      const result = await conclusions.completeMilestone(scope.actor, scope.committee.id, number, position)
      await ctx.reply(ctx.t('milestone-completed', { task: number, number: position, date: formatVietnamese(result.on) }))
      return
    }
    default:
      throw new UserError('milestone-usage')
  }
})

/**
 * /baocao 6thang|nam [năm] — the six-month or annual report drafted from the data, as a .docx;
 * /baocao lich [năm] [cơ quan] — the year's report tasks for the standing body; /baocao — the year's tasks.
 */
composer.command('baocao', async (ctx) => {
  const scope = await currentScope(ctx)
  const { services } = ctx.deps
  const reports = services.afterSession.reports
  const [first = '', second = '', ...rest] = ctx.match.trim().split(/\s+/)
  const thisYear = Number((await services.tasks.today(scope.committee.id)).slice(0, 4))
  const yearOf = (text: string) => (text ? parseNumberArg(text, 'calendar-error-year') : thisYear)
  if (!first || foldVietnamese(first) === 'lich') {
    const year = /^\d{4}$/.test(second) ? Number(second) : thisYear
    if (first) {
      await requireRight(ctx, 'task.manage')
      const bodyWords = (/^\d{4}$/.test(second) ? rest : [second, ...rest]).join(' ').trim()
      const body = bodyWords ? pickBody(await services.bodies.list(scope.committee.id), bodyWords) : null
      const result = await reports.ensure(scope.actor, scope.committee.id, year, body?.id ?? null)
      await ctx.reply(
        ctx.t(result.created.length ? 'report-tasks-created' : 'report-tasks-exist', {
          year: String(year),
          tasks: [...result.created, ...result.existing].map((t) => t.number).join(', ') || '-',
        }) + unreachableTail(ctx.t, result.reach),
      )
      return
    }
    const linked = await reports.tasksOf(scope.committee.id, year)
    await ctx.reply(
      [
        ctx.t('report-header', { year: String(year) }),
        ...(linked.length
          ? linked.map((l) =>
              ctx.t('report-task-line', {
                period: ctx.t(l.period === 'six_months' ? 'report-period-six-months' : 'report-period-annual'),
                number: l.task.number,
                due: l.task.dueDate ? formatVietnamese(fromDbDate(l.task.dueDate)) : '-',
                status: ctx.t(`report-task-status-${l.task.status}`),
              }),
            )
          : [ctx.t('report-no-tasks', { year: String(year) })]),
        '',
        ctx.t('report-usage'),
      ].join('\n'),
    )
    return
  }
  const period = readPeriod(first)
  if (!period) {
    throw new UserError('report-usage')
  }
  const data = await reports.draft(scope.actor, scope.committee.id, period, yearOf(second))
  const t = (key: string, vars?: Record<string, string | number>) => ctx.deps.translate(scope.committee.locale, key, vars)
  const bytes = await periodReportDocx(t, data)
  const o = data.total.opinions
  await ctx.replyWithDocument(new InputFile(bytes, `bao-cao-doi-thoai-${period === 'six_months' ? '6-thang' : 'nam'}-${data.year}.docx`), {
    caption: ctx.t('report-caption', {
      period: ctx.t(period === 'six_months' ? 'report-period-six-months' : 'report-period-annual'),
      year: String(data.year),
      asOf: formatVietnamese(data.asOf),
      held: data.held.length,
      notHeld: data.notHeld.length,
      opinions: o.received,
      items: data.total.items.total,
      overdue: data.overdue.length,
    }),
  })
})

export { composer as conclusionsFeature }
