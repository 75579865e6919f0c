import { lastDayOfMonth, makeDate, type LocalDate } from '../calendar/local-date.js'
import { stripDiacritics } from '../text.js'

/**
 * The date pieces Vietnamese plans write, found in folded text (see `foldWithMap`): days
 * ("15/6/2022", "12-7", "ngày 04 tháng 8 năm 2022"), months ("tháng 8/2025", "tháng 7-2024"),
 * quarters ("quý III/2019") and times of day ("8 giờ 00", "14h30"). Shared by the deadline parser
 * and the importer's reader of session times; a day typed by a person in a dialogue is read by
 * the calendar's own reader.
 */

const VIETNAMESE = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ'
/** The plain lower-case letter of every Vietnamese letter, both cases: a table, so folding a long plan is one look-up a character. */
const PLAIN: Readonly<Record<string, string>> = Object.fromEntries(
  [...VIETNAMESE, ...VIETNAMESE.toUpperCase()].map((ch) => [ch, stripDiacritics(ch)]),
)

/** Lower case without diacritics (đ → d), punctuation kept: `stripDiacritics`, a character at a time from a table. */
export function plainLower(text: string): string {
  // The importer folds the same paragraphs again and again (each rule asks): remember the recent ones.
  let plain = PLAIN_CACHE.get(text)
  if (plain === undefined) {
    plain = text.toLowerCase().replace(/[\u0080-\uffff]/g, (ch) => PLAIN[ch] ?? stripDiacritics(ch))
    if (PLAIN_CACHE.size >= 20_000) {
      PLAIN_CACHE.clear()
    }
    PLAIN_CACHE.set(text, plain)
  }
  return plain
}
const PLAIN_CACHE = new Map<string, string>()

/** `foldVietnamese` by the table: "Ban Dân vận Tỉnh ủy" → "ban dan van tinh uy". */
export function foldPlain(text: string): string {
  return plainLower(text.normalize('NFC'))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** How a character folds: '' dropped, ' ' a space, else its plain lower-case letters. */
function foldChar(ch: string): string {
  if (ch === '*' || ch === '_' || ch === '\\' || ch === '`') {
    return ''
  }
  if (/[\s“”"()[\]«»]/.test(ch)) {
    return ' '
  }
  return plainLower(ch)
}

/** Lower case, no diacritics, no emphasis marks, brackets and quotes as spaces, single spaces. */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  // "cây trồng" folds to what "trong" (within) does, a cue of deadlines ("trong 7 giờ ngày …"): keep them apart.
  const source = text.normalize('NFC').replace(/(?<=tr)ồ(?=ng)/giu, 'x')
  const parts: string[] = []
  const map: number[] = []
  let space = true
  for (let i = 0; i < source.length; i++) {
    const plain = foldChar(source[i] ?? '')
    if (plain === '') {
      continue
    }
    if (plain === ' ') {
      if (!space) {
        parts.push(' ')
        map.push(i)
        space = true
      }
      continue
    }
    for (const c of plain) {
      parts.push(c)
      map.push(i)
    }
    space = false
  }
  let folded = parts.join('')
  if (folded.endsWith(' ')) {
    folded = folded.slice(0, -1)
    map.pop()
  }
  return { folded, map }
}

export const NUMBER_WORDS: Record<string, number> = {
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
  'muoi lam': 15,
  'muoi nam': 15,
  'hai muoi': 20,
  'ba muoi': 30,
}

/** A count as plans write it: digits ("07") or words up to thirty. */
export const COUNT = String.raw`\b(\d{1,3}|muoi lam|muoi nam|hai muoi|ba muoi|muoi|mot|hai|ba|bon|nam|sau|bay|tam|chin)`

export function toNumber(token: string): number {
  return /^\d+$/.test(token) ? Number(token) : (NUMBER_WORDS[token] ?? NaN)
}

export interface DayHit {
  index: number
  end: number
  day: number
  month: number
  year: number | null
}

export interface MonthHit {
  index: number
  end: number
  month: number
  year: number | null
}

export interface QuarterHit {
  index: number
  end: number
  quarter: number
  year: number | null
}

export interface ClockHit {
  index: number
  end: number
  hour: number
  minute: number
}

const YEAR = String.raw`(?:\s*[/.-]\s*(\d{4})|,? nam (\d{4}))`

/** Days: "15/6/2022", "15/6", "12-7" or "12.7.2024" after "ngày", "ngày 04 tháng 8 năm 2022". */
export function findDays(folded: string): DayHit[] {
  const found: DayHit[] = []
  const numeric = /(?<![\d/.,-])(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\d/])/g
  for (const m of folded.matchAll(numeric)) {
    // "ngày mồng 5/8", "ngày mùng 5 tháng 8": the word that counts the first ten days of a month belongs to "ngày"; the day
    // starts there, so that a cue before it ("chậm nhất là ngày mùng 5 …") reads as before any day.
    const honorific = /ngay (mong|mung) $/.test(folded.slice(Math.max(0, m.index - 10), m.index)) ? 5 : 0
    const before = folded.slice(Math.max(0, m.index - honorific - 8), m.index - honorific)
    // "tháng 7-2024" or "quý 3/2024" are not days; "1.2" and "01-02" are days only after "ngày" or with a year.
    if (/(thang|quy|so|khoan|dieu|muc)\s*$/.test(before)) {
      continue
    }
    // (… or as the last day of a range whose first is a day: "từ ngày 30-9 đến 10-10".)
    const rangeEnd = /\bden (het )?$/.test(before) && (found.at(-1)?.end ?? -99) >= m.index - 12
    // (… or after the part of the day, as the press writes a day: "Sáng 4-5, tại …", "Sáng nay, 17-4, …"; not a count,
    // "sáng 4-5 giờ", nor the hour before the day, "Sáng 8-05, ngày 24/11", nor with a dot, "Sáng 8.05": the hour.)
    const partOfDay =
      m[2] === '-' &&
      /\b(sang|chieu|trua)( nay)?,?\s*$/.test(folded.slice(Math.max(0, m.index - 12), m.index)) &&
      !/^\s*(gio|h|tieng|phut|ngay|nguoi|lan|buoi|%)\b|^,? ngay \d/.test(folded.slice(m.index + m[0].length))
    if (m[2] !== '/' && !m[4] && !/ngay\s*$/.test(before) && !rangeEnd && !partOfDay) {
      continue
    }
    const day = Number(m[1])
    const month = Number(m[3])
    if (day < 1 || day > 31 || month < 1 || month > 12) {
      if (/ngay\s*$/.test(before) || m[4]) {
        found.push({ index: m.index - honorific, end: m.index + m[0].length, day, month, year: m[4] ? Number(m[4]) : null })
      }
      continue
    }
    found.push({ index: m.index - honorific, end: m.index + m[0].length, day, month, year: m[4] ? Number(m[4]) : null })
  }
  for (const m of folded.matchAll(/ngay (?:mong |mung )?(\d{1,2}),? thang (\d{1,2})(?:,? nam (\d{4}))?/g)) {
    const at = m.index + 5
    found.push({ index: at, end: m.index + m[0].length, day: Number(m[1]), month: Number(m[2]), year: m[3] ? Number(m[3]) : null })
  }
  // "Ngày mười ba tháng một năm 2026", "ngày hai mươi lăm tháng hai năm 2026": a day written in words, as in solemn texts.
  for (const m of folded.matchAll(WORDED_DAY)) {
    const day = wordedNumber(m[1] ?? '')
    const month = wordedMonth(m[2] ?? '')
    if (!/^\d+$/.test(m[1] ?? '') || !/^\d+$/.test(m[2] ?? '')) {
      const at = m.index + 5
      found.push({ index: at, end: m.index + m[0].length, day, month, year: m[3] ? Number(m[3]) : null })
    }
  }
  return found.sort((a, b) => a.index - b.index)
}

/** A day of the month in words (folded): "mười ba", "hai mươi mốt", "ba mươi", "mồng một". */
const DAY_WORDS =
  String.raw`(?:hai|ba) muoi(?: (?:mot|hai|ba|bon|tu|lam|nham|nam|sau|bay|tam|chin))?|` +
  String.raw`muoi(?: (?:mot|hai|ba|bon|lam|nam|sau|bay|tam|chin))?|mot|hai|ba|bon|tu|nam|sau|bay|tam|chin`
/** A month in words (folded): "tháng một" (or "giêng") … "tháng mười hai" (or "chạp"). */
const MONTH_WORDS = String.raw`muoi mot|muoi hai|muoi|mot|gieng|hai|ba|tu|bon|nam|sau|bay|tam|chin|chap`
const WORDED_DAY = new RegExp(
  String.raw`\bngay (?:mong |mung )?(${DAY_WORDS}|\d{1,2}),? thang (${MONTH_WORDS}|\d{1,2})\b(?:,? nam (\d{4}))?`,
  'g',
)
const UNITS: Record<string, number> = { mot: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, lam: 5, nham: 5, sau: 6, bay: 7, tam: 8, chin: 9 }
const MONTHS: Record<string, number> = { ...UNITS, gieng: 1, muoi: 10, 'muoi mot': 11, 'muoi hai': 12, chap: 12 }

/** "mười ba" → 13, "hai mươi mốt" → 21, "07" → 7. */
function wordedNumber(words: string): number {
  if (/^\d+$/.test(words)) {
    return Number(words)
  }
  const [a = '', b, c] = words.split(' ')
  if (a === 'muoi') {
    return 10 + (b ? (UNITS[b] ?? NaN) : 0)
  }
  if (b === 'muoi') {
    return (UNITS[a] ?? NaN) * 10 + (c ? (UNITS[c] ?? NaN) : 0)
  }
  return UNITS[a] ?? NaN
}

function wordedMonth(words: string): number {
  return /^\d+$/.test(words) ? Number(words) : (MONTHS[words] ?? NaN)
}

/** Months: "tháng 8/2025", "tháng 7-2024", "tháng 8 năm 2023", "tháng 8". Not "6 tháng" (a length). */
export function findMonths(folded: string): MonthHit[] {
  const found: MonthHit[] = []
  for (const m of folded.matchAll(new RegExp(String.raw`\bthang (\d{1,2})(?![\d/.-]\d{1,2}\b)${YEAR}?(?![\d])`, 'g'))) {
    // "mỗi tháng 01 ngày", "hằng tháng 02 buổi": a count in each month, not a month.
    if (
      !m[2] &&
      !m[3] &&
      /(moi|hang)\s*$/.test(folded.slice(0, m.index)) &&
      /^\s*(ngay|buoi|lan|dot|phien)\b/.test(folded.slice(m.index + m[0].length))
    ) {
      continue
    }
    // "ngày 14 tháng 8 năm 2019": the month of a day written out, not a month of its own; "tuần thứ 3 tháng 10/2023"
    // names a week of the month, whose number is no day.
    // (A day is written out with "năm", never with a slash: in "4 Tháng 10/2024 (thời gian cụ thể thông báo sau)" the
    // number before is a row's, the month stands, unless "ngày" says that number is a day: "ngày 4 tháng 10/2024".)
    const left = folded.slice(Math.max(0, m.index - 16), m.index)
    const slashYear = m[2] !== undefined && !/\bngay (mong |mung )?\d{1,2},?\s+$/.test(left)
    if (/(?<![\d/.-])\d{1,2},?\s+$/.test(left.slice(-8)) && !/\btuan (thu )?\d{1,2},?\s+$/.test(left) && !slashYear) {
      continue
    }
    const month = Number(m[1])
    if (month >= 1 && month <= 12) {
      const year = m[2] ?? m[3]
      found.push({ index: m.index, end: m.index + m[0].length, month, year: year ? Number(year) : null })
    }
  }
  // "Trong tháng ba năm 2026": a month in words, with its year ("tháng hai lần" is a count, not February); not the month
  // of a day written out ("ngày mười ba tháng một năm 2026").
  for (const m of folded.matchAll(new RegExp(String.raw`\bthang (${MONTH_WORDS}),? nam (\d{4})`, 'g'))) {
    if (
      !new RegExp(String.raw`\bngay (?:mong |mung )?(?:${DAY_WORDS}|\d{1,2}),? $`).test(folded.slice(Math.max(0, m.index - 30), m.index))
    ) {
      found.push({ index: m.index, end: m.index + m[0].length, month: wordedMonth(m[1] ?? ''), year: Number(m[2]) })
    }
  }
  return found.sort((a, b) => a.index - b.index)
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 }

/** Quarters: "quý III/2019", "quý 3 năm 2024", "Quý II". */
export function findQuarters(folded: string): QuarterHit[] {
  const found: QuarterHit[] = []
  for (const m of folded.matchAll(new RegExp(String.raw`\bquy (iv|iii|ii|i|[1-4])\b${YEAR}?`, 'g'))) {
    const year = m[2] ?? m[3]
    found.push({ index: m.index, end: m.index + m[0].length, quarter: ROMAN[m[1] ?? ''] ?? Number(m[1]), year: year ? Number(year) : null })
  }
  return found
}

/** Times of day: "8 giờ 00", "8h30", "14 giờ 30 phút", "lúc 7:30". */
export function findClocks(folded: string): ClockHit[] {
  const found: ClockHit[] = []
  for (const m of folded.matchAll(/(?<![\d/.,])(\d{1,2})\s*(?:gio|h(?![a-z])|:(?=\d{2}))\s*(\d{1,2})?(?:\s*(?:phut|p\b|'))?/g)) {
    const hour = Number(m[1])
    const minute = m[2] ? Number(m[2]) : 0
    if (hour <= 23 && minute <= 59) {
      found.push({ index: m.index, end: m.index + m[0].length, hour, minute })
    }
  }
  return found
}

export function quarterStart(year: number, quarter: number): LocalDate | null {
  return makeDate(year, quarter * 3 - 2, 1)
}

export function quarterEnd(year: number, quarter: number): LocalDate {
  return lastDayOfMonth(year, quarter * 3)
}
