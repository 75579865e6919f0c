import type { InlineKeyboardMarkup } from 'grammy/types'

/**
 * Inline keyboards as numbered choices, for chats that cannot show buttons: the console chat and
 * Zalo (which has no inline keyboards). The person answers with the number.
 */
export interface NumberedChoice {
  number: number
  label: string
  /** callback_data to send back, or a URL to show. */
  data: string | null
  url: string | null
}

export function numberChoices(markup: InlineKeyboardMarkup | undefined): NumberedChoice[] {
  if (!markup) {
    return []
  }
  const choices: NumberedChoice[] = []
  for (const row of markup.inline_keyboard) {
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

/** "[1] Cấp tỉnh   [2] Cấp huyện" — one line per keyboard row, so the layout stays recognisable. */
export function renderChoices(markup: InlineKeyboardMarkup | undefined): string {
  if (!markup) {
    return ''
  }
  let n = 0
  return markup.inline_keyboard
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

/** The choice a typed number picks, if the text is exactly a valid number. */
export function pickChoice(markup: InlineKeyboardMarkup | undefined, text: string): NumberedChoice | null {
  const n = Number(text.trim())
  if (!Number.isInteger(n)) {
    return null
  }
  return numberChoices(markup).find((choice) => choice.number === n) ?? null
}
