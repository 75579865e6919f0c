import { InlineKeyboard } from 'grammy'
import type { OpinionOutcome } from '../../db/repositories/index.js'
import { readField } from '../../services/opinions/fields.js'
import type { OpinionInput } from '../../services/opinions/opinions.js'
import { UserError } from '../../services/errors.js'
import { readDeadlineInput } from '../../services/after-session/deadline-input.js'
import type { ConvContext } from '../context.js'
import { opinionOutcome } from '../helpers/after-session-view.js'
import { currentScope } from '../helpers/scope.js'
import { pickBody } from './assign-task.js'
import { askChoice, askText, attempt, type BotConversation } from './prompt.js'
import { fieldKeyboard } from './register-speaker.js'
import { clip } from '../../services/text.js'

export const RECORD_OPINION_CONVERSATION = 'record-opinion'

export type OpinionArgs = { session: number }

const SKIP = 'skip'
const KEEP = 'keep'
const NEW = 'new'
const CHAIR = 'chair'
const DEFAULT = 'default'
/** A sitting rarely has more; the loop ends there so a forgotten dialogue cannot run forever. */
const MAX_PER_SITTING = 60

/**
 * /ykien SỐ ghi: the secretary records opinions one after another from a phone. Registered ones are
 * offered first, pre-filled; then the outcome — answered at the session (by whom, what), in writing
 * by a body (its task and deadline; the committee's default offered), or transferred (to whom).
 */
export async function recordOpinionConversation(conversation: BotConversation, ctx: ConvContext, args: OpinionArgs): Promise<void> {
  const skip = new InlineKeyboard().text(ctx.t('button-skip'), SKIP)
  for (let round = 0; round < MAX_PER_SITTING; round++) {
    const context = await attempt(conversation, async (outside) => {
      const scope = await currentScope(outside)
      const { services } = outside.deps
      const pending = await services.afterSession.opinions.unrecorded(scope.actor, scope.committee.id, args.session)
      return {
        registrations: pending.map((r) => ({ number: r.number, name: r.name, place: r.place, field: r.field, content: r.content })),
        bodies: (await services.bodies.list(scope.committee.id)).map((b) => ({
          id: b.id,
          number: b.number,
          name: b.name,
          shortName: b.shortName,
          aliases: b.aliases,
        })),
        days: await services.afterSession.opinions.answerDays(scope.committee.id),
        year: Number((await services.tasks.today(scope.committee.id)).slice(0, 4)),
      }
    })
    if (!context.ok) {
      await ctx.reply(ctx.t(context.key, context.vars))
      return
    }
    const { registrations, bodies, days, year } = context.value
    let from: (typeof registrations)[number] | null = null
    if (registrations.length > 0) {
      const picked = await askText(
        conversation,
        ctx,
        ctx.t('opinion-ask-registration', { count: registrations.length }),
        (text) => {
          const wanted = Number(text.replace(/\D/g, ''))
          const found = registrations.find((r) => r.number === wanted)
          if (!found) {
            throw new UserError('opinion-error-registration-pick')
          }
          return String(found.number)
        },
        registrations
          .slice(0, 8)
          .reduce(
            (keyboard, r) => keyboard.text(`${r.number}. ${clip(r.name, 18)}: ${clip(r.content, 26)}`, `r:${r.number}`).row(),
            new InlineKeyboard(),
          )
          .text(ctx.t('opinion-button-new'), NEW),
        (data) => (data === NEW ? NEW : data.startsWith('r:') ? data.slice(2) : undefined),
      )
      from = picked === NEW ? null : (registrations.find((r) => String(r.number) === picked) ?? null)
    }
    let input: Pick<OpinionInput, 'registration' | 'speakerName' | 'place' | 'field' | 'content'>
    if (from) {
      const content = await askText(
        conversation,
        ctx,
        ctx.t('opinion-ask-content-registered', { name: from.name, place: from.place, content: from.content }),
        (text) => {
          if (text.length < 3) {
            throw new UserError('opinion-error-content')
          }
          return text
        },
        new InlineKeyboard().text(ctx.t('opinion-button-keep'), KEEP),
        (data) => (data === KEEP ? null : undefined),
      )
      input = { registration: from.number, speakerName: null, place: null, field: null, content }
    } else {
      const speakerName = await askText(
        conversation,
        ctx,
        ctx.t('opinion-ask-speaker'),
        (text) => text,
        skip,
        (d) => (d === SKIP ? null : undefined),
      )
      const place = await askText(
        conversation,
        ctx,
        ctx.t('opinion-ask-place'),
        (text) => text,
        skip,
        (d) => (d === SKIP ? null : undefined),
      )
      const content = await askText(conversation, ctx, ctx.t('opinion-ask-content'), (text) => {
        if (text.length < 3) {
          throw new UserError('opinion-error-content')
        }
        return text
      })
      const field = await askText(
        conversation,
        ctx,
        ctx.t('opinion-ask-field'),
        readField,
        fieldKeyboard(ctx.t).row().text(ctx.t('button-skip'), SKIP),
        (data) => (data === SKIP ? null : data.startsWith('f:') ? data.slice(2) : undefined),
      )
      input = { registration: null, speakerName, place, field, content }
    }
    const outcome = (await askChoice(conversation, ctx, ctx.t('opinion-ask-outcome'), [
      { data: 'answered_at_session', label: ctx.t('opinion-button-at-session') },
      { data: 'in_writing', label: ctx.t('opinion-button-in-writing') },
      { data: 'transferred', label: ctx.t('opinion-button-transferred') },
      { data: 'pending', label: ctx.t('opinion-button-pending') },
    ])) as OpinionOutcome
    const bodyKeyboard = () =>
      bodies.slice(0, 20).reduce((keyboard, b, i) => {
        keyboard.text(b.shortName ?? clip(b.name, 24), `b:${b.id}`)
        return i % 2 === 1 ? keyboard.row() : keyboard
      }, new InlineKeyboard())
    const byId = (data: string) => (data.startsWith('b:') ? bodies.find((b) => b.id === Number(data.slice(2))) : undefined)
    let bodyId: number | null = null
    let answeredBy: string | null = null
    let answer: string | null = null
    let deadlineText: string | null = null
    let transferredTo: string | null = null
    if (outcome === 'answered_at_session') {
      type Who = { body: { id: number } | null; words: string | null }
      const who = await askText<Who>(
        conversation,
        ctx,
        ctx.t('opinion-ask-who'),
        (text) => {
          try {
            return { body: pickBody(bodies, text), words: null }
          } catch {
            return { body: null, words: text }
          }
        },
        bodyKeyboard().row().text(ctx.t('opinion-chair'), CHAIR),
        (data) => (data === CHAIR ? { body: null, words: null } : byId(data) ? { body: byId(data) ?? null, words: null } : undefined),
      )
      bodyId = who.body?.id ?? null
      answeredBy = who.words
      answer = await askText(
        conversation,
        ctx,
        ctx.t('opinion-ask-answer'),
        (text) => text,
        skip,
        (d) => (d === SKIP ? null : undefined),
      )
    } else if (outcome === 'in_writing') {
      bodyId = (await askText(conversation, ctx, ctx.t('opinion-ask-body'), (text) => pickBody(bodies, text), bodyKeyboard(), byId)).id
      deadlineText = await askText(
        conversation,
        ctx,
        ctx.t('opinion-ask-deadline', { days }),
        (text) => {
          readDeadlineInput(text, year, false)
          return text
        },
        new InlineKeyboard().text(ctx.t('opinion-button-default-deadline', { days }), DEFAULT),
        (data) => (data === DEFAULT ? null : undefined),
      )
    } else if (outcome === 'transferred') {
      transferredTo = await askText(conversation, ctx, ctx.t('opinion-ask-transfer'), (text) => {
        if (text.length < 3) {
          throw new UserError('opinion-error-transfer')
        }
        return text
      })
    }
    const done = await attempt(conversation, async (outside) => {
      const scope = await currentScope(outside)
      const result = await outside.deps.services.afterSession.opinions.record(scope.actor, scope.committee.id, args.session, {
        ...input,
        outcome,
        bodyId,
        answeredBy,
        answer,
        deadlineText,
        transferredTo,
      })
      const today = await outside.deps.services.tasks.today(scope.committee.id)
      return {
        number: result.opinion.number,
        outcome: opinionOutcome(
          outside.t,
          {
            outcome: result.opinion.outcome,
            body: result.opinion.body?.name ?? null,
            answeredBy: result.opinion.answeredBy,
            transferredTo: result.opinion.transferredTo,
            task: result.task
              ? { number: result.task.number, status: result.task.status, dueDate: result.task.dueDate, completedOn: null }
              : null,
          },
          today,
        ),
        unreachable: result.reach.unreachable,
      }
    })
    if (!done.ok) {
      await ctx.reply(ctx.t(done.key, done.vars))
    } else {
      await ctx.reply(
        ctx.t('opinion-recorded', { number: done.value.number, outcome: done.value.outcome }) +
          (done.value.unreachable.length ? `\n${ctx.t('task-unreachable', { names: done.value.unreachable.join(', ') })}` : ''),
      )
    }
    const next = await askChoice(conversation, ctx, ctx.t('opinion-ask-next'), [
      { data: 'more', label: ctx.t('opinion-button-more') },
      { data: 'done', label: ctx.t('opinion-button-done') },
    ])
    if (next === 'done') {
      await ctx.reply(ctx.t('opinion-sitting-done', { session: args.session }))
      return
    }
  }
}
