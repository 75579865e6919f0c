import type { InlineKeyboardMarkup } from 'grammy/types'

/**
 * Inline keyboards as numbered choices, for chats that cannot show buttons: the console chat and
 * Zalo (which has no inline keyboards). The person answers with the number.
 *
 * Two kinds of keyboards, told apart by their callback data:
 * - a dialogue's question (`bot/conversations/prompt.ts`): its buttons' data start with
 *   ANSWER_DATA_PREFIX. The dialogue itself reads a typed number as "button N" (or as a value, when
 *   the question asks for a number, e.g. a count), and a typed label as that button, so a text-only
 *   transport sends what was typed as text;
 * - any other keyboard (a page of a list, accept/return, a language): a typed bare number presses
 *   button N, but only on the latest message of the chat — the one that just asked.
 */
export const ANSWER_DATA_PREFIX = '~'

export interface NumberedChoice {
  number: number
  label: string
  /** callback_data to send back, or a URL to show. */
  data: string | null
  url: string | null
}

/** The inline keyboard of a reply_markup, if it is one (a reply keyboard or its removal is not). */
export function inlineKeyboardOf(markup: unknown): InlineKeyboardMarkup | undefined {
  if (!markup || typeof markup !== 'object') {
    return undefined
  }
  const rows = (markup as { inline_keyboard?: unknown }).inline_keyboard
  return Array.isArray(rows) && rows.every((row) => Array.isArray(row)) ? (markup as InlineKeyboardMarkup) : undefined
}

export function numberChoices(markup: unknown): NumberedChoice[] {
  const keyboard = inlineKeyboardOf(markup)
  if (!keyboard) {
    return []
  }
  const choices: NumberedChoice[] = []
  for (const row of keyboard.inline_keyboard) {
    for (const button of row) {
      choices.push({
        number: choices.length + 1,
        label: button.text,
        data: 'callback_data' in button ? (button.callback_data ?? null) : null,
        url: 'url' in button ? (button.url ?? null) : null,
      })
    }
  }
  return choices
}

/** True when the keyboard is a dialogue's question: typed answers go to the dialogue as text. */
export function isAnswerKeyboard(markup: unknown): boolean {
  const choices = numberChoices(markup)
  return choices.length > 0 && choices.every((choice) => choice.data === null || choice.data.startsWith(ANSWER_DATA_PREFIX))
}

/** "[1] Cấp tỉnh   [2] Cấp huyện" — one line per keyboard row, so the layout stays recognisable. */
export function renderChoices(markup: unknown): string {
  const keyboard = inlineKeyboardOf(markup)
  if (!keyboard) {
    return ''
  }
  let n = 0
  return keyboard.inline_keyboard
    .filter((row) => row.length > 0)
    .map((row) =>
      row
        .map((button) => {
          n += 1
          return 'url' in button && button.url ? `[${n}] ${button.text} (${button.url})` : `[${n}] ${button.text}`
        })
        .join('   '),
    )
    .join('\n')
}

/**
 * The button a typed text presses on `markup`, the keyboard of the chat's latest message: only a
 * bare number, only on a keyboard that is not a dialogue's question (see above), only an existing
 * button. Anything else is sent as text.
 */
export function pickChoice(markup: unknown, text: string): NumberedChoice | null {
  if (!/^\d{1,3}$/.test(text.trim()) || isAnswerKeyboard(markup)) {
    return null
  }
  const n = Number(text.trim())
  return numberChoices(markup).find((choice) => choice.number === n) ?? null
}
