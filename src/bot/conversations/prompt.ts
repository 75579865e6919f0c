import type { Conversation } from '@grammyjs/conversations'
import { InlineKeyboard } from 'grammy'
import { UserError } from '../../services/errors.js'
import { clip, foldVietnamese, sanitizeText } from '../../services/text.js'
import { ANSWER_DATA_PREFIX } from '../../transports/keyboard-text.js'
import type { BotContext, ConvContext } from '../context.js'

export type BotConversation = Conversation<BotContext, ConvContext>

export type Answer = { kind: 'text'; text: string } | { kind: 'choice'; data: string }

/** Answers longer than this are refused; no field of ours needs more. */
export const ANSWER_MAX_LENGTH = 1000
/** After this many wrong answers in a row the whole list of choices is shown (and again after as many more). */
const LIST_AFTER = 3
/** Buttons a question shows at most; the rest are picked by typing, or from the list. */
const MAX_BUTTONS = 24

/**
 * Words that leave any dialogue, as /huy does: an official on a phone types "thôi" rather than a
 * command. Compared after NFC and lower case, with the diacritics: "dừng" folds to "dung", which is
 * also "đúng" (yes) and "dùng". Without diacritics only "huy" and "thoi", which mean nothing else.
 */
const CANCEL_WORDS = new Set(['huỷ', 'hủy', 'huy', 'thôi', 'thoi', 'dừng', 'huỷ bỏ', 'hủy bỏ', '/huy'])

/** True when `text` asks to leave the dialogue. */
export function isCancelWord(text: string): boolean {
  return CANCEL_WORDS.has(
    sanitizeText(text)
      .toLowerCase()
      .replace(/[.!…]+$/u, ''),
  )
}

/**
 * Leaves the dialogue when the answer is a cancel word: in private from anyone (it is their chat),
 * in a group only from the person who started it (every wait is bound to them with `andFrom`).
 */
export async function leaveIfCancelled(conversation: BotConversation, next: ConvContext): Promise<void> {
  const text: unknown = next.message?.text
  if (typeof text === 'string' && isCancelWord(text)) {
    await next.reply(next.t('cancel-done'), { reply_markup: { remove_keyboard: true } })
    await conversation.halt()
  }
}

/**
 * Waits for the same person's next text or button press. A cancel word ends the dialogue; any
 * command other than /huy (handled before conversations run) ends it and runs as usual, so nobody
 * is trapped.
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
    const raw: unknown = next.message?.text
    const text = typeof raw === 'string' ? raw : ''
    await leaveIfCancelled(conversation, next)
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

/** A button of a question: what it says and the data the dialogue gets when it is chosen. */
interface Choice {
  label: string
  data: string
}

/** A short, stable tag for a question, so a button of an earlier question is not read as this one's. */
function questionTag(prompt: string): string {
  let hash = 0x811c9dc5
  for (const char of prompt) {
    hash ^= char.codePointAt(0) ?? 0
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(36).slice(0, 5)
}

/** The choices of a keyboard a dialogue built (callback buttons only), in reading order, and its rows. */
function choicesOf(keyboard: InlineKeyboard | undefined): { choices: Choice[]; rows: number[] } {
  const choices: Choice[] = []
  const rows: number[] = []
  for (const row of keyboard?.inline_keyboard ?? []) {
    let inRow = 0
    for (const button of row) {
      if ('callback_data' in button && button.callback_data !== undefined) {
        choices.push({ label: button.text, data: button.callback_data })
        inRow++
      }
    }
    if (inRow > 0) {
      rows.push(inRow)
    }
  }
  return { choices, rows }
}

/**
 * The keyboard as sent: each button's data is `~<question>:<index>` (keyboard-text.ts: a text-only
 * transport passes typed answers to the dialogue), rows as the dialogue laid them out.
 */
function answerKeyboard(tag: string, choices: Choice[], rows: number[]): InlineKeyboard | undefined {
  if (choices.length === 0) {
    return undefined
  }
  const keyboard = new InlineKeyboard()
  let index = 0
  for (const size of rows) {
    for (let i = 0; i < size && index < Math.min(choices.length, MAX_BUTTONS); i++, index++) {
      keyboard.text(choices[index]?.label ?? '', `${ANSWER_DATA_PREFIX}${tag}:${index}`)
    }
    keyboard.row()
  }
  return keyboard
}

/** The choice a typed label names: the same words (folded), else the only label that begins with them. */
function choiceByLabel(choices: Choice[], text: string): Choice | Choice[] | null {
  const folded = foldVietnamese(text)
  if (!folded) {
    return null
  }
  const exact = choices.filter((c) => foldVietnamese(c.label) === folded)
  if (exact.length === 1) {
    return exact[0] ?? null
  }
  const starts = choices.filter((c) => foldVietnamese(c.label).startsWith(folded))
  if (starts.length === 1 && folded.length >= 3) {
    return starts[0] ?? null
  }
  return starts.length > 1 && folded.length >= 3 ? starts : null
}

/** How a typed value reads back to the person: a body by its name, a list of them, else what was typed. */
function describe(value: unknown, typed: string): string {
  const nameOf = (item: unknown) =>
    item && typeof item === 'object' && typeof (item as { name?: unknown }).name === 'string' ? (item as { name: string }).name : null
  if (Array.isArray(value)) {
    const names = value.map(nameOf)
    return names.every((n) => n !== null) && names.length > 0 ? names.join(', ') : typed
  }
  return nameOf(value) ?? typed
}

type Read<T> = { ok: true; value: T } | { ok: false; error: UserError }

function tryRead<T>(read: () => T): Read<T> {
  try {
    return { ok: true, value: read() }
  } catch (error) {
    if (error instanceof UserError) {
      return { ok: false, error }
    }
    throw error
  }
}

export interface AskExtras {
  /**
   * Lines listing every valid answer (e.g. all bodies, numbered as /coquan numbers them), shown
   * after the third wrong answer when the buttons are not the whole list.
   */
  list?: string[]
}

/**
 * Asks one question and waits until it is answered: the model of every dialogue step.
 *
 * - `parse` reads a typed answer (a name, a date, a count) and throws UserError to refuse it;
 * - `keyboard` offers buttons, and `onChoice` turns a button's data into the answer. A button is
 *   also chosen by typing its number ([N] as the console and Zalo show it) or its label. When a
 *   typed number could be both a button and a typed value (the count "2" under [1] [2]) and the two
 *   differ, the person is asked which one they meant — where the transport has buttons; without
 *   them (Zalo) the number is the choice;
 * - a cancel word ("huỷ", "thôi", "dừng", /huy) leaves the dialogue; another command interrupts it;
 * - after a wrong answer the question's choices are shown again; after the third, the whole list,
 *   with a note that what was entered so far is kept. The dialogue never ends on wrong answers
 *   (it ends when the person cancels, or after its time-out).
 */
export async function askText<T>(
  conversation: BotConversation,
  ctx: ConvContext,
  prompt: string,
  parse: ((text: string) => T) | null,
  keyboard?: InlineKeyboard,
  onChoice?: (data: string) => T | undefined,
  extras: AskExtras = {},
): Promise<T> {
  const tag = questionTag(prompt)
  const { choices, rows } = choicesOf(keyboard)
  const markup = answerKeyboard(tag, choices, rows)
  // Without buttons (Zalo) typing the number is the only way to choose: it always means the button.
  const numbersPress = choices.length > 0 && (await conversation.external((outside) => !outside.deps.capabilities.hasButtons))
  await ctx.reply(prompt, markup ? { reply_markup: markup } : {})
  const pick = (choice: Choice): Read<T> => {
    const value = onChoice?.(choice.data)
    return value === undefined ? { ok: false, error: new UserError('conversation-stale-button') } : { ok: true, value }
  }
  let wrong = 0
  for (;;) {
    const answer = await waitAnswer(conversation, ctx)
    const read = readAnswer(answer)
    if ('ambiguous' in read) {
      await ctx.reply(ctx.t('conversation-ambiguous-number', read.ambiguous), markup ? { reply_markup: markup } : {})
      continue
    }
    if (read.ok) {
      return read.value
    }
    wrong++
    if (wrong % LIST_AFTER === 0) {
      await ctx.reply(ctx.t(read.error.key, read.error.vars))
      const list = extras.list ?? choices.map((c, i) => `[${i + 1}] ${c.label}`)
      await ctx.reply(
        [ctx.t(list.length > 0 ? 'conversation-kept-pick' : 'conversation-kept-retry'), ...list].join('\n'),
        markup ? { reply_markup: markup } : {},
      )
    } else {
      // The refusal carries the question's buttons again: the valid choices are under it.
      await ctx.reply(ctx.t(read.error.key, read.error.vars), markup ? { reply_markup: markup } : {})
    }
  }

  function readAnswer(answer: Answer): Read<T> | { ambiguous: { n: number; label: string; value: string; meaning: string } } {
    if (answer.kind === 'choice') {
      const match = new RegExp(`^${ANSWER_DATA_PREFIX}([a-z0-9]+):(\\d+)$`).exec(answer.data)
      const choice = match && match[1] === tag ? choices[Number(match[2])] : undefined
      return choice ? pick(choice) : { ok: false, error: new UserError('conversation-stale-button') }
    }
    const text = answer.text
    if (/^\d{1,3}$/.test(text) && choices.length > 0) {
      const n = Number(text)
      const button = choices[n - 1]
      const typed = parse ? tryRead(() => parse(text)) : null
      if (button) {
        const chosen = pick(button)
        if (!numbersPress && typed?.ok && chosen.ok && JSON.stringify(typed.value) !== JSON.stringify(chosen.value)) {
          return { ambiguous: { n, label: button.label, value: text, meaning: describe(typed.value, text) } }
        }
        return chosen
      }
      if (typed) {
        return typed
      }
      return { ok: false, error: new UserError('conversation-choice-range', { max: choices.length }) }
    }
    const byLabel = choiceByLabel(choices, text)
    if (byLabel && !Array.isArray(byLabel)) {
      return pick(byLabel)
    }
    if (parse) {
      return tryRead(() => parse(text))
    }
    if (Array.isArray(byLabel)) {
      return {
        ok: false,
        error: new UserError('conversation-choice-several', {
          value: clip(text, 40),
          choices: byLabel.map((c) => `[${choices.indexOf(c) + 1}] ${c.label}`).join(', '),
        }),
      }
    }
    return { ok: false, error: new UserError('conversation-pick-button') }
  }
}

/**
 * Offers buttons and waits for one of them; a typed number or label picks a button, and other text
 * is read by `fromText` if given (it returns the option's data, or undefined).
 */
export async function askChoice(
  conversation: BotConversation,
  ctx: ConvContext,
  prompt: string,
  options: readonly { data: string; label: string }[],
  fromText?: (text: string) => string | undefined,
  columns = 1,
  extras: AskExtras = {},
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
    fromText
      ? (text) => {
          const matched = fromText(text)
          if (matched === undefined || !valid.has(matched)) {
            throw new UserError('conversation-pick-button')
          }
          return matched
        }
      : null,
    keyboard,
    (data) => (valid.has(data) ? data : undefined),
    extras,
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
