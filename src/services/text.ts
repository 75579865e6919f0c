import { UserError } from './errors.js'

/**
 * Folds Vietnamese text for matching: lower case, no diacritics, đ → d, punctuation to spaces,
 * single spaces. "Ban Dân vận Tỉnh ủy" → "ban dan van tinh uy".
 */
export function foldVietnamese(text: string): string {
  return stripDiacritics(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** Lower case without diacritics (đ → d), punctuation kept: the common first step of every fold. */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
}

/** Initials of a folded name: "Ban Dân vận Tỉnh ủy" → "bdvtu" (how officials abbreviate bodies). */
export function initialsOf(text: string): string {
  return foldVietnamese(text)
    .split(' ')
    .filter(Boolean)
    .map((word) => (/^\d+$/.test(word) ? word : word[0]))
    .join('')
}

/** Levenshtein distance, for "did you mean" suggestions on short names. */
export function editDistance(a: string, b: string): number {
  if (a === b) {
    return 0
  }
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
    }
    previous = current
  }
  return previous[b.length] ?? 0
}

/** Sanitises (see sanitizeText); returns null for an empty result. */
export function cleanName(text: string): string | null {
  const cleaned = sanitizeText(text)
  return cleaned === '' ? null : cleaned
}

/**
 * Characters that show nothing or reorder what is shown: C0/C1 controls (NUL included), soft
 * hyphen, zero-width spaces and joiners, bidi marks, embeddings, overrides and isolates (U+202E
 * "RIGHT-TO-LEFT OVERRIDE" makes a name read backwards), the BOM, and lone UTF-16 surrogates (which
 * PostgreSQL refuses to store). Whitespace controls (tab, new line) become spaces first.
 */
const INVISIBLE = new RegExp(
  [
    // The controls, soft hyphen, zero-width, bidi and filler characters and the BOM.
    String.raw`[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\ufff9-\ufffb]`,
    // A high surrogate without its low half, a low surrogate without its high half.
    String.raw`[\ud800-\udbff](?![\udc00-\udfff])`,
    String.raw`(?<![\ud800-\udbff])[\udc00-\udfff]`,
  ].join('|'),
  'g',
)

/**
 * The one sanitiser for every name typed by a person or sent by the platform (first names,
 * usernames, bodies, committees, plans, topics): Unicode NFC (so "ủ" typed with a combining mark
 * is the same letter as the precomposed one), invisible and bidi control characters removed,
 * whitespace collapsed, trimmed. Text that looks like SQL stays text: storage is parameterised.
 */
export function sanitizeText(raw: string): string {
  return raw
    .replace(/[\t\n\r\v\f\u0085\u2028\u2029]/g, ' ')
    .replace(INVISIBLE, '')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Pictographs and emoji: not part of any official name. */
const PICTOGRAPH = /\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u{1f3fb}-\u{1f3ff}]|\ufe0f|\u20e3/u

/** Characters a name of a body, committee or person may hold besides letters, digits and spaces. */
const NAME_PUNCTUATION = /^[\p{L}\p{M}\p{N} .,'’\-–()/&"“”]+$/u

export type NameCheck = 'ok' | 'no-letter' | 'symbols'

/**
 * Whether a sanitised name looks like a name: it has letters, and (strict, for bodies, committees,
 * people) nothing but letters, digits, spaces and the punctuation official names use
 * ("Sở Giáo dục và Đào tạo", "UBND xã Nghĩa Hà", "Đài PT-TH tỉnh", "Hội LHPN (tỉnh)"); a title or topic
 * may hold any punctuation but no pictographs.
 */
export function checkName(name: string, strict: boolean): NameCheck {
  if ((name.match(/\p{L}/gu) ?? []).length < 2) {
    return 'no-letter'
  }
  if (PICTOGRAPH.test(name)) {
    return 'symbols'
  }
  if (strict && !NAME_PUNCTUATION.test(name)) {
    return 'symbols'
  }
  return 'ok'
}

/**
 * Shortens a text shown back to the user ("“…” is not a date") at a word boundary, with an
 * ellipsis, so an echo is never cut mid-word.
 */
export function clip(text: string, max: number): string {
  const clean = sanitizeText(text)
  if (clean.length <= max) {
    return clean
  }
  const cut = clean.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s.,;:–-]+$/u, '')}…`
}

/**
 * A name typed for a body, a committee, a short name or an alias, sanitised; refused with a clear
 * message when it is too short or long, a command, has no letters (🎉🎉🎉) or holds symbols no
 * official name has (`'; DROP TABLE "Task"; --`).
 */
export function requireName(raw: string, limits: { min?: number; max?: number } = {}): string {
  const { min = 3, max = 200 } = limits
  const name = sanitizeText(raw)
  if (name.startsWith('/')) {
    throw new UserError('error-name-is-command')
  }
  // "😀" is not a name, rather than a name too short: say the first.
  if (name.length > 0 && name.length < min && checkName(name, true) === 'no-letter') {
    throw new UserError('error-name-no-letter', { name })
  }
  if (name.length < min) {
    throw new UserError('error-name-too-short', { min })
  }
  if (name.length > max) {
    throw new UserError('error-name-too-long', { max })
  }
  const check = checkName(name, true)
  if (check !== 'ok') {
    throw new UserError(`error-name-${check}`, { name: clip(name, 60) })
  }
  return name
}

/** A title, topic or place typed by a person: sanitised, long enough, with letters and no pictographs. */
export function requireTitle(raw: string, tooShortKey: string, min = 5, max = 1000): string {
  const title = sanitizeText(raw)
  if (title.length < min) {
    throw new UserError(tooShortKey, { min })
  }
  if (title.length > max) {
    throw new UserError('error-name-too-long', { max })
  }
  const check = checkName(title, false)
  if (check !== 'ok') {
    throw new UserError(`error-title-${check}`, { name: clip(title, 60) })
  }
  return title
}

/** Text made safe inside HTML or SVG, in an element or a quoted attribute (the web pages the server makes). */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)
}
