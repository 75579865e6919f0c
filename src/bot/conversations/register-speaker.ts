import { InlineKeyboard } from 'grammy'
import { formatVietnamese, localDateOf } from '../../services/calendar/local-date.js'
import { FIELD_CODES, readField } from '../../services/opinions/fields.js'
import { registrationRules } from '../../services/opinions/registrations.js'
import { localHhmm } from '../../services/time.js'
import type { ConvContext } from '../context.js'
import { requireActor } from '../helpers/scope.js'
import { sessionWhenWithWords } from '../helpers/session-view.js'
import { askChoice, askText, attempt, type BotConversation } from './prompt.js'

export const REGISTER_SPEAKER_CONVERSATION = 'register-speaker'

export type RegisterArgs = { code: string }

const SKIP = 'skip'

/** The fields as buttons, two a row; a field may also be typed in one's own words. */
export function fieldKeyboard(t: (key: string) => string): InlineKeyboard {
  const keyboard = new InlineKeyboard()
  FIELD_CODES.forEach((code, index) => {
    keyboard.text(t(`field-${code}`), `f:${code}`)
    if (index % 2 === 1) {
      keyboard.row()
    }
  })
  return keyboard
}

/**
 * A delegate or citizen registers to speak or ask, in private, through the session's code: name,
 * unit or place, field, the question in their words, speaking or in writing, a phone number if they
 * wish. Nothing they send is shown to other citizens; a form finished after the closing time is refused.
 */
export async function registerSpeakerConversation(conversation: BotConversation, ctx: ConvContext, args: RegisterArgs): Promise<void> {
  const opened = await attempt(conversation, async (outside) => {
    const { session, committee, closesAt } = await outside.deps.services.afterSession.registrations.sessionForCode(args.code)
    return {
      committee: committee.name,
      number: session.number,
      topic: session.topic,
      when: sessionWhenWithWords(outside.t, session),
      closes: `${localHhmm(closesAt, committee.timeZone)} ${formatVietnamese(localDateOf(closesAt, committee.timeZone))}`,
    }
  })
  if (!opened.ok) {
    await ctx.reply(ctx.t(opened.key, opened.vars))
    return
  }
  await ctx.reply(ctx.t('registration-intro', opened.value))
  const name = await askText(conversation, ctx, ctx.t('registration-ask-name'), registrationRules.name)
  const place = await askText(conversation, ctx, ctx.t('registration-ask-place'), registrationRules.place)
  const field = await askText(conversation, ctx, ctx.t('registration-ask-field'), readField, fieldKeyboard(ctx.t), (data) =>
    data.startsWith('f:') ? data.slice(2) : undefined,
  )
  const content = await askText(conversation, ctx, ctx.t('registration-ask-content'), registrationRules.content)
  const mode = await askChoice(conversation, ctx, ctx.t('registration-ask-mode'), [
    { data: 'speak', label: ctx.t('registration-mode-speak') },
    { data: 'written', label: ctx.t('registration-mode-written') },
  ])
  const phone = await askText(
    conversation,
    ctx,
    ctx.t('registration-ask-phone'),
    registrationRules.phone,
    new InlineKeyboard().text(ctx.t('button-skip'), SKIP),
    (data) => (data === SKIP ? null : undefined),
  )
  const done = await attempt(conversation, async (outside) =>
    outside.deps.services.afterSession.registrations.register(requireActor(outside), args.code, {
      name,
      place,
      field,
      content,
      mode: mode === 'speak' ? 'speak' : 'written',
      phone,
    }),
  )
  await ctx.reply(
    done.ok ? ctx.t('registration-done', { number: done.value.number, session: done.value.sessionNumber }) : ctx.t(done.key, done.vars),
  )
}
