import { InlineKeyboard } from 'grammy'
import type { TaskKind } from '../../db/repositories/index.js'
import { matchBody } from '../../services/bodies.js'
import { formatVietnamese } from '../../services/calendar/local-date.js'
import { parseUserDate } from '../../services/calendar/user-date.js'
import { parseDeadline } from '../../services/deadlines/parse.js'
import type { DeadlineRule } from '../../services/deadlines/rule.js'
import { UserError } from '../../services/errors.js'
import { clip, requireTitle } from '../../services/text.js'
import { bodyLine } from '../helpers/labels.js'
import { TASK_KINDS, type AssignInput } from '../../services/tasks/tasks.js'
import type { ConvContext } from '../context.js'
import { currentScope } from '../helpers/scope.js'
import { askChoice, askText, attempt, type BotConversation } from './prompt.js'

export const ASSIGN_TASK_CONVERSATION = 'assign-task'

type BodyRef = { id: number; number: number; name: string; shortName: string | null; aliases: string[] }

/** One body from a typed name, short name, alias or number; a refusal names the closest ones. */
export function pickBody(bodies: BodyRef[], text: string): BodyRef {
  const byNumber = /^\d+$/.test(text.trim()) ? bodies.find((b) => String(b.number) === text.trim()) : undefined
  // A line copied from a list ("2. Sở Giáo dục và Đào tạo (SGDĐT)") names its body too.
  const listed = /^(?:(\d+)\.\s*)?(.+?)(?:\s*\(([^()]+)\))?$/.exec(text.trim())
  const match =
    byNumber ??
    matchBody(bodies, text).body ??
    (listed?.[2] ? matchBody(bodies, listed[2]).body : null) ??
    (listed?.[3] ? matchBody(bodies, listed[3]).body : null)
  if (match) {
    return match
  }
  const suggestions = matchBody(bodies, text).suggestions.map((b) => (b.shortName ? `${b.name} (${b.shortName})` : b.name))
  throw new UserError(suggestions.length ? 'body-error-not-found-suggest' : 'body-error-not-found', {
    name: clip(text, 60),
    suggestions: suggestions.join(', '),
  })
}

/** Several bodies separated by commas or semicolons. */
export function pickBodies(bodies: BodyRef[], text: string): BodyRef[] {
  return text
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => pickBody(bodies, part))
}

const NONE = 'none'
const SESSION_UNSCHEDULED = 'session-unscheduled'
const WORKING_DAYS_KEY = 'working-days'

/** /giaoviec: session, what, kind, lead, coordinating, recipient and cc, deadline; a preview; then save. */
export async function assignTaskConversation(conversation: BotConversation, ctx: ConvContext): Promise<void> {
  const context = await conversation.external(async (outside) => {
    const scope = await currentScope(outside)
    const { services } = outside.deps
    const { upcoming, past } = await services.sessions.list(scope.committee.id)
    // Held sessions stay selectable: their written answers, conclusions and follow-up concern them.
    const sessions = [...upcoming, ...past.filter((s) => s.status === 'held' || s.status === 'concluded')]
    return {
      sessions: sessions.slice(0, 12).map((s) => ({ number: s.number, topic: s.topic, year: s.plan?.year ?? null })),
      plans: (await services.plans.list(scope.committee.id))
        .slice(0, 12)
        .map((p) => ({ number: p.number, label: p.symbol ?? p.title, year: p.year })),
      bodies: (await services.bodies.list(scope.committee.id)).map((b) => ({
        id: b.id,
        number: b.number,
        name: b.name,
        shortName: b.shortName,
        aliases: b.aliases,
      })),
      year: outside.deps.services.clock.now().getUTCFullYear(),
    }
  })
  if (context.bodies.length === 0) {
    await ctx.reply(ctx.t('invite-no-bodies'))
    return
  }
  const short = (text: string) => clip(text, 48)
  // Labels never begin with a number: a typed "2" is button [2], and "buổi 2" picks session 2.
  const sessionChoice = await askChoice(conversation, ctx, ctx.t('task-ask-session'), [
    ...context.sessions.map((s) => ({
      data: `s:${s.number}`,
      label: ctx.t('choice-session', { number: s.number, topic: short(s.topic) }),
    })),
    { data: 's:none', label: ctx.t('task-session-none') },
  ])
  const sessionNumber = sessionChoice === 's:none' ? null : Number(sessionChoice.slice(2))
  let planNumber: number | null = null
  if (sessionNumber === null && context.plans.length > 0) {
    const planChoice = await askChoice(conversation, ctx, ctx.t('task-ask-plan'), [
      ...context.plans.map((p) => ({ data: `p:${p.number}`, label: ctx.t('choice-plan', { number: p.number, plan: short(p.label) }) })),
      { data: 'p:none', label: ctx.t('session-plan-none') },
    ])
    planNumber = planChoice === 'p:none' ? null : Number(planChoice.slice(2))
  }
  const planYear =
    context.sessions.find((s) => s.number === sessionNumber)?.year ??
    context.plans.find((p) => p.number === planNumber)?.year ??
    context.year

  // The service's own check, here at the step: "🎉🎉🎉🎉🎉" is refused before eight more questions.
  const title = await askText(conversation, ctx, ctx.t('task-ask-title'), (text) => requireTitle(text, 'task-error-title'))
  const kind = (
    await askChoice(
      conversation,
      ctx,
      ctx.t('task-ask-kind'),
      TASK_KINDS.map((k) => ({ data: `k:${k}`, label: ctx.t(`task-kind-${k.replace(/_/g, '-')}`) })),
      undefined,
      2,
    )
  ).slice(2) as TaskKind

  const bodyKeyboard = new InlineKeyboard()
  context.bodies.slice(0, 24).forEach((b, i) => {
    bodyKeyboard.text(b.shortName ?? short(b.name), `b:${b.id}`)
    if (i % 2 === 1) {
      bodyKeyboard.row()
    }
  })
  const byId = (data: string) => (data.startsWith('b:') ? context.bodies.find((b) => b.id === Number(data.slice(2))) : undefined)
  // After three wrong names, every body with the number /coquan gives it.
  const bodyList = { list: context.bodies.map((b) => bodyLine(b)) }
  const lead = await askText(
    conversation,
    ctx,
    ctx.t('task-ask-lead'),
    (text) => pickBody(context.bodies, text),
    bodyKeyboard,
    byId,
    bodyList,
  )
  const none = new InlineKeyboard().text(ctx.t('body-button-none'), NONE)
  const coordinating = (
    await askText(
      conversation,
      ctx,
      ctx.t('task-ask-coordinating'),
      (text) => pickBodies(context.bodies, text),
      none,
      (d) => (d === NONE ? [] : undefined),
      bodyList,
    )
  ).filter((body) => body.id !== lead.id)
  const requiresCoordinators =
    coordinating.length > 0 &&
    (await askChoice(conversation, ctx, ctx.t('task-ask-requires-coordinators'), [
      { data: 'rc:no', label: ctx.t('task-requires-coordinators-no') },
      { data: 'rc:yes', label: ctx.t('task-requires-coordinators-yes') },
    ])) === 'rc:yes'
  const recipient = await askText(
    conversation,
    ctx,
    ctx.t('task-ask-recipient'),
    (text) => pickBody(context.bodies, text),
    none,
    (d) => (d === NONE ? null : undefined),
    bodyList,
  )
  const cc = recipient
    ? await askText(
        conversation,
        ctx,
        ctx.t('task-ask-cc'),
        (text) => pickBodies(context.bodies, text),
        none,
        (d) => (d === NONE ? [] : undefined),
        bodyList,
      )
    : []

  const deadlineKeyboard = new InlineKeyboard()
    .text(ctx.t('task-deadline-date'), 'd:date')
    .row()
    .text(ctx.t('task-deadline-before'), 'd:before')
    .row()
    .text(ctx.t('task-deadline-after'), 'd:after')
    .row()
    .text(ctx.t('task-deadline-none'), 'd:none')
  const typed = await askText(
    conversation,
    ctx,
    ctx.t('task-ask-deadline'),
    (text): DeadlineRule | string => {
      const rule = parseDeadline(text, { defaultYear: planYear })
      if (rule.kind === 'none') {
        throw new UserError(`task-deadline-${rule.reason}`, { text: clip(text, 80) })
      }
      if (rule.kind === 'relative' && sessionNumber === null) {
        throw new UserError('task-error-relative-needs-session')
      }
      return rule
    },
    deadlineKeyboard,
    (d) => (d.startsWith('d:') ? d.slice(2) : undefined),
  )
  let deadline: DeadlineRule | null = null
  if (typeof typed !== 'string') {
    deadline = typed
  } else if (typed === 'date') {
    const date = await askText(conversation, ctx, ctx.t('task-ask-date'), (text) => parseUserDate(text, planYear))
    deadline = { kind: 'absolute', date, inclusive: true, text: ctx.t('task-deadline-text-date', { date: formatVietnamese(date) }) }
  } else if (typed === 'before' || typed === 'after') {
    if (sessionNumber === null) {
      await ctx.reply(ctx.t('task-error-relative-needs-session'))
      return
    }
    const n = await askText(conversation, ctx, ctx.t('task-ask-days'), (text) => {
      const value = Number(text)
      if (!Number.isInteger(value) || value < 1 || value > 365) {
        throw new UserError('task-error-days')
      }
      return value
    })
    const unit = (
      await askChoice(
        conversation,
        ctx,
        ctx.t('task-ask-unit'),
        [
          { data: 'u:days', label: ctx.t('task-unit-days') },
          { data: 'u:working_days', label: ctx.t('task-unit-working-days') },
        ],
        undefined,
        2,
      )
    ).slice(2) as 'days' | 'working_days'
    const unitKey = unit === 'days' ? 'days' : WORKING_DAYS_KEY
    const words = ctx.t(`task-deadline-text-${typed}-${unitKey}`, { n })
    deadline =
      typed === 'before'
        ? { kind: 'relative', offset: -n, unit, anchor: 'session_start', text: words }
        : { kind: 'relative', offset: n, unit, anchor: 'session_end', text: words }
  }

  const input: AssignInput = {
    sessionNumber,
    planNumber,
    title,
    detail: null,
    kind,
    leadBodyId: lead.id,
    coordinatingBodyIds: coordinating.map((b) => b.id),
    recipientBodyId: recipient?.id ?? null,
    ccBodyIds: cc.map((b) => b.id),
    deadline,
    requiresCoordinators,
  }
  const preview = await attempt(conversation, async (outside) => {
    const scope = await currentScope(outside)
    return outside.deps.services.tasks.preview(scope.committee.id, input)
  })
  if (!preview.ok) {
    await ctx.reply(ctx.t(preview.key, preview.vars))
    return
  }
  const due = preview.value.due
    ? `${formatVietnamese(preview.value.due)}${preview.value.provisional ? ` ${ctx.t('task-due-provisional')}` : ''}`
    : ctx.t(preview.value.missing === SESSION_UNSCHEDULED ? 'task-due-waits-session' : 'task-no-due')
  const confirm = await askChoice(
    conversation,
    ctx,
    ctx.t('task-preview', {
      title,
      kind: ctx.t(`task-kind-${kind.replace(/_/g, '-')}`),
      lead: lead.name,
      coordinating: coordinating.map((b) => b.name).join(', ') || '-',
      recipient: recipient?.name ?? '-',
      cc: cc.map((b) => b.name).join(', ') || '-',
      due,
      words: deadline?.text ?? '-',
    }),
    [
      { data: 'ok', label: ctx.t('button-save') },
      { data: 'no', label: ctx.t('button-cancel') },
    ],
    undefined,
    2,
  )
  if (confirm !== 'ok') {
    await ctx.reply(ctx.t('conversation-cancelled'))
    return
  }
  const saved = await attempt(conversation, async (outside) => {
    const scope = await currentScope(outside)
    // The bodies are told in the assignment's own transaction (through the outbox).
    const { task, reach } = await outside.deps.services.tasks.assign(scope.actor, scope.committee.id, input)
    return { number: task.number, unreachable: reach.unreachable.join(', '), groups: reach.groups }
  })
  if (!saved.ok) {
    await ctx.reply(ctx.t(saved.key, saved.vars))
    return
  }
  await ctx.reply(
    [
      ctx.t('task-assigned', { number: saved.value.number, groups: saved.value.groups }),
      ...(saved.value.unreachable ? [ctx.t('task-unreachable', { names: saved.value.unreachable })] : []),
    ].join('\n'),
  )
}
