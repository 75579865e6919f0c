import { InlineKeyboard } from 'grammy'
import type { SessionFormat } from '../../db/repositories/index.js'
import { UserError } from '../../services/errors.js'
import { readSessionTime, sessionField, sessionPeople } from '../../services/sessions.js'
import { cleanName, clip, foldVietnamese, requireTitle } from '../../services/text.js'
import type { ConvContext } from '../context.js'
import { currentScope } from '../helpers/scope.js'
import { askChoice, askText, attempt, type BotConversation } from './prompt.js'

export const CREATE_SESSION_CONVERSATION = 'create-session'

const SKIP = 'skip'

/** "150", "khoảng 150 đại biểu", "không giới hạn". */
export function parseExpectedCount(text: string): { count: number | null; unlimited: boolean } {
  const folded = foldVietnamese(text)
  if (/khong gioi han|tat ca|toan the/.test(folded)) {
    return { count: null, unlimited: true }
  }
  // A date or an hour ("15/3/2027", "8h00") answers the time question, not this one.
  if (/\d\s*[/:hH]\s*\d/.test(text)) {
    throw new UserError('session-error-count')
  }
  const digits = /(\d[\d.,]*)/.exec(text)
  const count = digits ? Number((digits[1] ?? '').replace(/[.,]/g, '')) : NaN
  if (!Number.isInteger(count) || count <= 0 || count > 100_000) {
    throw new UserError('session-error-count')
  }
  return { count, unlimited: false }
}

/** Local bridge points, one per line or separated by semicolons. */
export function parsePlaces(text: string): string[] {
  return text
    .split(/[\n;]/)
    .map((line) => cleanName(line.replace(/^[-+*•]\s*/, '')))
    .filter((line): line is string => !!line)
}

/** /phienmoi: plan, topic, host, audience, number of delegates, time, format, venue or bridge points. */
export async function createSessionConversation(conversation: BotConversation, ctx: ConvContext): Promise<void> {
  const context = await conversation.external(async (outside) => {
    const scope = await currentScope(outside)
    const plans = await outside.deps.services.plans.list(scope.committee.id)
    return {
      plans: plans.map((p) => ({ number: p.number, label: p.symbol ?? p.title, year: p.year })),
      year: outside.deps.services.clock.now().getUTCFullYear(),
    }
  })
  // Without any plan there is nothing to choose: say so, and how to make one.
  const planChoice =
    context.plans.length === 0
      ? (await ctx.reply(ctx.t('session-no-plans')), 'p:none')
      : await askChoice(conversation, ctx, ctx.t('session-ask-plan'), [
          ...context.plans
            .slice(0, 20)
            .map((p) => ({ data: `p:${p.number}`, label: ctx.t('choice-plan', { number: p.number, plan: clip(p.label, 50) }) })),
          { data: 'p:none', label: ctx.t('session-plan-none') },
        ])
  const planNumber = planChoice === 'p:none' ? null : Number(planChoice.slice(2))
  const planYear = context.plans.find((p) => p.number === planNumber)?.year ?? null
  const skip = new InlineKeyboard().text(ctx.t('button-skip'), SKIP)
  const skipped = (d: string) => (d === SKIP ? null : undefined)

  const topic = await askText(conversation, ctx, ctx.t('session-ask-topic'), (text) => requireTitle(text, 'session-error-topic'))
  const host = await askText(conversation, ctx, ctx.t('session-ask-host'), sessionPeople, skip, skipped)
  const audience = await askText(conversation, ctx, ctx.t('session-ask-audience'), sessionPeople, skip, skipped)
  const expected = await askText(
    conversation,
    ctx,
    ctx.t('session-ask-count'),
    parseExpectedCount,
    new InlineKeyboard().text(ctx.t('session-count-unlimited'), 'unlimited').text(ctx.t('button-skip'), SKIP),
    (d) => (d === 'unlimited' ? { count: null, unlimited: true } : d === SKIP ? { count: null, unlimited: false } : undefined),
  )
  const time = await askText(conversation, ctx, ctx.t('session-ask-time'), (text) => readSessionTime(text, planYear, context.year).text)
  const format = (
    await askChoice(conversation, ctx, ctx.t('session-ask-format'), [
      { data: 'f:in_person', label: ctx.t('session-format-in_person') },
      { data: 'f:online', label: ctx.t('session-format-online') },
      { data: 'f:alternatives', label: ctx.t('session-format-alternatives') },
    ])
  ).slice(2) as SessionFormat
  const venue = format === 'online' ? null : await askText(conversation, ctx, ctx.t('session-ask-venue'), sessionField)
  const centralPoint = format === 'in_person' ? null : await askText(conversation, ctx, ctx.t('session-ask-central'), sessionField)
  const localPoints =
    format === 'in_person'
      ? []
      : await askText(
          conversation,
          ctx,
          ctx.t('session-ask-locals'),
          (text) => (text === '-' ? [] : parsePlaces(text).map(sessionField)),
          skip,
          (d) => (d === SKIP ? [] : undefined),
        )

  const created = await attempt(conversation, async (outside) => {
    const scope = await currentScope(outside)
    const session = await outside.deps.services.sessions.create(scope.actor, scope.committee.id, {
      planNumber,
      topic,
      host,
      audience,
      expectedCount: expected.count,
      unlimited: expected.unlimited,
      timeText: time,
      format,
      venue,
      centralPoint,
      localPoints,
    })
    return { number: session.number }
  })
  await ctx.reply(created.ok ? ctx.t('session-created', { number: created.value.number }) : ctx.t(created.key, created.vars))
}
