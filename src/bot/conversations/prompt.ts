import type { Conversation } from '@grammyjs/conversations'
import { InlineKeyboard } from 'grammy'
import { UserError } from '../../services/errors.js'
import type { BotContext, ConvContext } from '../context.js'

export type BotConversation = Conversation<BotContext, ConvContext>

export type Answer = { kind: 'text'; text: string } | { kind: 'choice'; data: string }

/** Answers longer than this are refused; no field of ours needs more. */
export const ANSWER_MAX_LENGTH = 1000
const MAX_ATTEMPTS = 3

/**
 * Waits for the same person's next text or button press. Any command other than /huy (which is
 * handled before conversations run) ends the dialogue and runs as usual, so nobody is trapped.
 */
export async function waitAnswer(conversation: BotConversation, ctx: ConvContext): Promise<Answer> {
  const userId = ctx.from?.id
  for (;;) {
    const wait = conversation.waitFor(['message:text', 'callback_query:data'], {
      otherwise: (other) => other.reply(other.t('conversation-need-text')),
    })
    const next = userId === undefined ? await wait : await wait.andFrom(userId)
    if (next.callbackQuery?.data !== undefined) {
      await next.answerCallbackQuery()
      return { kind: 'choice', data: next.callbackQuery.data }
    }
    const text = next.message?.text ?? ''
    if (text.startsWith('/')) {
      await next.reply(next.t('conversation-interrupted'))
      await conversation.halt({ next: true })
    }
    if (text.length > ANSWER_MAX_LENGTH) {
      await next.reply(next.t('conversation-too-long', { max: ANSWER_MAX_LENGTH }))
      continue
    }
    return { kind: 'text', text: text.trim() }
  }
}

/**
 * Asks until `parse` accepts the typed text (it throws UserError to refuse), at most three
 * times; then the dialogue ends with a note.
 */
export async function askText<T>(
  conversation: BotConversation,
  ctx: ConvContext,
  prompt: string,
  parse: (text: string) => T,
  keyboard?: InlineKeyboard,
  onChoice?: (data: string) => T | undefined,
): Promise<T> {
  await ctx.reply(prompt, keyboard ? { reply_markup: keyboard } : {})
  for (let attempt = 1; ; attempt++) {
    const answer = await waitAnswer(conversation, ctx)
    try {
      if (answer.kind === 'choice') {
        const chosen = onChoice?.(answer.data)
        if (chosen !== undefined) {
          return chosen
        }
        throw new UserError('conversation-stale-button')
      }
      return parse(answer.text)
    } catch (error) {
      if (!(error instanceof UserError)) {
        throw error
      }
      await ctx.reply(ctx.t(error.key, error.vars))
      if (attempt >= MAX_ATTEMPTS) {
        await ctx.reply(ctx.t('conversation-gave-up'))
        return conversation.halt()
      }
    }
  }
}

/** Offers buttons and waits for one of them; typed text is matched by `fromText` if given. */
export async function askChoice(
  conversation: BotConversation,
  ctx: ConvContext,
  prompt: string,
  options: readonly { data: string; label: string }[],
  fromText?: (text: string) => string | undefined,
  columns = 1,
): Promise<string> {
  const keyboard = new InlineKeyboard()
  options.forEach((option, index) => {
    keyboard.text(option.label, option.data)
    if ((index + 1) % columns === 0 && index < options.length - 1) {
      keyboard.row()
    }
  })
  const valid = new Set(options.map((o) => o.data))
  return askText(
    conversation,
    ctx,
    prompt,
    (text) => {
      const matched = fromText?.(text)
      if (matched === undefined) {
        throw new UserError('conversation-pick-button')
      }
      return matched
    },
    keyboard,
    (data) => (valid.has(data) ? data : undefined),
  )
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; key: string; vars: Record<string, string | number> }

/**
 * Runs a service call outside the replay log. An expected refusal comes back as data, so the
 * dialogue can answer it and go on; the value must survive JSON (no Dates, no BigInts).
 */
export function attempt<T>(conversation: BotConversation, op: (outside: BotContext) => Promise<T>): Promise<Outcome<T>> {
  return conversation.external(async (outside) => {
    try {
      return { ok: true as const, value: await op(outside) }
    } catch (error) {
      if (error instanceof UserError) {
        return { ok: false as const, key: error.key, vars: error.vars }
      }
      throw error
    }
  })
}

/** Accepts a reason of at least three characters (cancelling, returning, rescheduling…). */
export function requireReason(text: string): string {
  if (text.length < 3) {
    throw new UserError('session-error-reason')
  }
  return text
}
