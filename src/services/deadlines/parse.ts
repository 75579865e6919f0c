import { makeDate } from '../calendar/local-date.js'
import { DATE_NUMERIC, DATE_WORDS } from '../calendar/user-date.js'
import { stripDiacritics } from '../text.js'
import type { DeadlineRule } from './rule.js'

/**
 * Reads the deadline in a Vietnamese phrase or sentence of a plan. Shared by the task dialogue and
 * the plan importer. What it cannot read is reported as `kind: 'none'` with a reason — never
 * guessed.
 */
export interface ParseOptions {
  /** The plan's year, for dates written without one ("trước ngày 15/6"). */
  defaultYear?: number | null
}

/** Lower case, no diacritics, no markdown emphasis or escapes, single spaces; keeps / . - for dates. */
export function foldForDeadline(text: string): string {
  return stripDiacritics(text)
    .replace(/[*_\\`]/g, '')
    .replace(/[“”"()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

const NUMBER_WORDS: Record<string, number> = {
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  tu: 4,
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

const NUM = String.raw`(\d{1,3}|mot|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi lam|muoi nam|hai muoi|ba muoi|muoi)`
const DAYS = String.raw`ngay( lam viec)?`
/** Words that name the session a relative deadline hangs on. */
const SESSION = String.raw`(to chuc|dien ra|doi thoai|hoi nghi|tiep xuc|buoi|phien)`

function toNumber(token: string): number {
  return /^\d+$/.test(token) ? Number(token) : (NUMBER_WORDS[token] ?? NaN)
}

// The same date forms as every other date a person types (calendar/user-date.ts).
const DATE = DATE_NUMERIC

type DateMatch = { index: number; end: number; day: number; month: number; year: number | null }

function findDates(folded: string): DateMatch[] {
  const found: DateMatch[] = []
  for (const pattern of [new RegExp(DATE, 'g'), new RegExp(DATE_WORDS, 'g')]) {
    for (const m of folded.matchAll(pattern)) {
      found.push({
        index: m.index,
        end: m.index + m[0].length,
        day: Number(m[1]),
        month: Number(m[2]),
        year: m[3] ? Number(m[3]) : null,
      })
    }
  }
  return found.sort((a, b) => a.index - b.index)
}

/** Cues before a date, nearest last. Inclusive ones name the last day itself. */
const INCLUSIVE_CUE =
  /(cham nhat( la)?( vao)?( ngay)?|den( het)? ngay|han chot( la)?( ngay)?|khong qua( ngay)?|truoc hoac trong ngay|trong ngay|ket thuc( vao)? ngay)\s*$/
const EXCLUSIVE_CUE = /(truoc( ngay)?)\s*$/

function relativeRule(folded: string, text: string): DeadlineRule | null {
  const unitOf = (match: string | undefined) => (match ? 'working_days' : 'days')
  // After the session: "trong thời hạn 07 ngày làm việc kể từ khi kết thúc (việc) đối thoại",
  // "trong vòng 5 ngày làm việc", "sau N ngày kể từ ...", "sau khi kết thúc ... N ngày".
  let m = new RegExp(
    String.raw`(?:trong (?:thoi han|vong|thoi gian)|sau|chua qua) ${NUM} ${DAYS}(?: (?:ke tu|sau)( ngay)?( khi)?( ket thuc| to chuc| dien ra)?)?`,
  ).exec(folded)
  if (m) {
    const fromStart = /ke tu (ngay |khi )?(to chuc|dien ra)/.test(folded.slice(m.index))
    const n = toNumber(m[1] ?? '')
    if (Number.isFinite(n)) {
      return { kind: 'relative', offset: n, unit: unitOf(m[2]), anchor: fromStart ? 'session_start' : 'session_end', text }
    }
  }
  m = new RegExp(String.raw`sau khi (?:ket thuc )?(?:viec )?${SESSION}[^.;]*? ${NUM} ${DAYS}`).exec(folded)
  if (m) {
    const n = toNumber(m[2] ?? '')
    if (Number.isFinite(n)) {
      return { kind: 'relative', offset: n, unit: unitOf(m[3]), anchor: 'session_end', text }
    }
  }
  // Before the session, in the word orders the plans use:
  // "chậm nhất trước 10 ngày so với thời điểm tổ chức", "trước khi tổ chức đối thoại 10 ngày",
  // "chậm nhất 10 ngày trước khi tổ chức", "chậm nhất 07 ngày tiếp xúc, đối thoại", "trước N ngày".
  const before = [
    new RegExp(String.raw`(?:cham nhat )?truoc ${NUM} ${DAYS}`),
    new RegExp(
      String.raw`truoc khi (?:to chuc |dien ra )?(?:hoi nghi |buoi )?(?:doi thoai|tiep xuc|hoi nghi)?[^.;0-9]{0,40}? ${NUM} ${DAYS}`,
    ),
    new RegExp(String.raw`cham nhat (?:la )?${NUM} ${DAYS}`),
  ]
  for (const pattern of before) {
    m = pattern.exec(folded)
    if (m) {
      const n = toNumber(m[1] ?? '')
      if (Number.isFinite(n) && n > 0) {
        return { kind: 'relative', offset: -n, unit: unitOf(m[2]), anchor: 'session_start', text }
      }
    }
  }
  // "trước khi tổ chức đối thoại" with no number: by the day before the session.
  if (
    new RegExp(String.raw`truoc khi (?:to chuc |dien ra |bi thu [a-z ]+ )?(?:hoi nghi |buoi )?(?:doi thoai|tiep xuc|hoi nghi)`).test(folded)
  ) {
    return { kind: 'relative', offset: -1, unit: 'days', anchor: 'session_start', text }
  }
  return null
}

function periodicRule(folded: string, text: string, dates: DateMatch[]): Extract<DeadlineRule, { kind: 'periodic' }> | null {
  // "trước ngày 5 hằng tháng", "ngày 20 hằng tháng"
  const monthly = /(truoc ngay|cham nhat ngay|ngay|truoc) (\d{1,2}) (hang|hai|moi) thang/.exec(folded)
  if (monthly) {
    const day = Number(monthly[2])
    if (day >= 1 && day <= 31) {
      return {
        kind: 'periodic',
        every: 'month',
        month: null,
        day,
        inclusive: !monthly[1]?.startsWith('truoc'),
        report: 'monthly',
        year: null,
        text,
      }
    }
  }
  // "báo cáo 6 tháng trước ngày 15/6/2022", "báo cáo năm trước ngày 25/11/2022", "hằng năm trước ngày 15/12"
  const report = /(bao cao|dinh ky) (6 thang|sau thang|nam|quy|hang nam|hang quy)|hang nam/.exec(folded)
  if (report) {
    const date = dates.find((d) => d.index > report.index)
    if (date) {
      const prefix = folded.slice(report.index, date.index)
      const kindText = report[2] ?? 'hang nam'
      return {
        kind: 'periodic',
        every: 'year',
        month: date.month,
        day: date.day,
        inclusive: !EXCLUSIVE_CUE.test(prefix) || INCLUSIVE_CUE.test(prefix),
        report: /6|sau/.test(kindText) ? 'six_months' : /quy/.test(kindText) ? 'quarterly' : 'annual',
        year: date.year,
        text,
      }
    }
  }
  return null
}

/** Reads one deadline from a phrase or a whole sentence. */
export function parseDeadline(input: string, options: ParseOptions = {}): DeadlineRule {
  const text = input.replace(/\s+/g, ' ').trim()
  if (!text) {
    return { kind: 'none', reason: 'empty', text }
  }
  const folded = foldForDeadline(text)
  const dates = findDates(folded)

  const periodic = periodicRule(folded, text, dates)
  if (periodic) {
    if (periodic.month !== null && !makeDate(periodic.year ?? 2000, periodic.month, periodic.day)) {
      return { kind: 'none', reason: 'invalid-date', text }
    }
    return periodic
  }

  // An explicit date with a deadline cue wins: "trước ngày 30/6/2022 để ... trước khi đối thoại".
  for (const date of dates) {
    const prefix = folded.slice(Math.max(0, date.index - 40), date.index)
    const inclusive = INCLUSIVE_CUE.test(prefix)
    if (!inclusive && !EXCLUSIVE_CUE.test(prefix)) {
      continue
    }
    const year = date.year ?? options.defaultYear ?? null
    if (year === null) {
      return { kind: 'none', reason: 'year-missing', text }
    }
    const local = makeDate(year, date.month, date.day)
    if (!local) {
      return { kind: 'none', reason: 'invalid-date', text }
    }
    return { kind: 'absolute', date: local, inclusive, text }
  }

  const relative = relativeRule(folded, text)
  if (relative) {
    return relative
  }
  return { kind: 'none', reason: 'no-deadline', text }
}
