import { createCalendar } from '../calendar/calendar.js'
import { addDays, lastDayOfMonth, makeDate, type LocalDate } from '../calendar/local-date.js'
import { COUNT, plainLower, findDays, findMonths, findQuarters, foldWithMap, quarterEnd, quarterStart, toNumber } from './dates.js'
import type { DeadlineRule, DeadlineUnreadable } from './rule.js'

/**
 * Reads the deadlines in a Vietnamese phrase or sentence of a plan. Shared by the task dialogue and
 * the plan importer. What it cannot read is reported as `kind: 'none'` with a reason — never
 * guessed.
 */
export interface ParseOptions {
  /** The plan's year, for dates written without one ("trước ngày 15/6"). */
  defaultYear?: number | null
  /** The document's own date ("Hạ Long, ngày 06 tháng 7 năm 2020"), for "15 ngày kể từ ngày ký thông báo". */
  documentDate?: LocalDate | null
  /**
   * The text is the value of a deadline field ("Thời hạn: …", a table's "Thời gian hoàn thành"
   * column): a bare day, month or quarter is then the last day itself.
   */
  field?: boolean
}

/** Lower case, no diacritics, no markdown emphasis or escapes, single spaces; keeps / . - for dates. */
export function foldForDeadline(text: string): string {
  return plainLower(text.normalize('NFC'))
    .replace(/[*_\\`]/g, '')
    .replace(/[“”"()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

type Found = Exclude<DeadlineRule, { kind: 'none' }>

/** One deadline found in a text, where its words are, and whether it rests only on "trước khi …" with no count. */
export interface FoundDeadline {
  rule: Found
  /** The deadline's own words, as written ("trước 17 giờ ngày 10/5/2024"). */
  words: string
  index: number
  end: number
  /** "trước khi tổ chức đối thoại" without a count: read only when nothing firmer is in the sentence. */
  weak: boolean
}

interface Candidate {
  index: number
  end: number
  weak: boolean
  /** Several rules from one phrase: "hằng quý, trước ngày 25 tháng cuối quý" is due in each quarter. */
  make: () => Found | Found[] | DeadlineUnreadable
}

// ("05 ngày LV": working days, as a clerk abbreviates them.)
const UNIT = String.raw`(ngay lam viec|ngay lv(?![a-z])|ngay|tuan)`
const isWorkingDays = (unit: string | undefined) => unit === 'ngay lam viec' || unit === 'ngay lv'
/** The nouns of the event a relative deadline hangs on (written short in a chat too: "sau TXCT 03 ngày"). */
const EVENT =
  String.raw`(?:doi thoai|hoi nghi|tiep xuc|tiep cong dan|tiep dan|tiep|buoi|phien|cuoc|ky hop|ky tiep|gap mat|hop|dien dan` +
  String.raw`|txct\b)`
const HOLD = String.raw`(?:to chuc|dien ra|bat dau)`

/** Cues before a day, nearest last. Inclusive ones name the last day itself. */
const CLOCK_CUE =
  /(truoc|cham nhat|den|han chot|khong qua|trong|hoan thanh|xong)( luc| vao)? \d{1,2} ?(gio|h|:)( ?\d{1,2})?( ?phut)?,?( cua)?( ngay)?\s*$/
/** A part of the day before "ngày": "chậm nhất vào sáng ngày 12/5". */
const DAY_PART = String.raw`( (buoi )?(sang|chieu|trua|toi))?`
const INCLUSIVE_CUE = new RegExp(
  String.raw`(${[
    `cham nhat( la)?( vao)?( trong)?${DAY_PART}( ngay)?`,
    'den( het)?( ngay)?',
    'han (chot|cuoi)( la)?:?( ngay)?',
    'han( nop| gui)?( la)?:?( ngay)?',
    'khong (qua|muon hon|tre hon)( ngay)?',
    'truoc hoac trong ngay',
    // "ngay trong ngày hôm nay (06/4)": the day named is today's.
    'trong ngay( hom nay| mai)?',
    'ket thuc( vao)?( ngay)?',
    'hoan thanh( xong)?( vao| trong)?( ngay)?',
    'xong( vao| trong)?( ngay)?',
  ].join('|')})\s*$`,
)
/**
 * "tổng hợp báo cáo Giám đốc Sở vào ngày 29/12/2023", "gửi về Văn phòng vào ngày 10/5": a paper handed in on the day,
 * as a month is ("gửi … trong tháng 10"); not a meeting held on it ("báo cáo tại hội nghị vào ngày 15/5"), a report heard
 * ("nghe báo cáo … vào ngày") or one sent already ("đã gửi … vào ngày").
 */
const HANDED_ON_CUE = new RegExp(
  String.raw`(?<!\b(da|duoc|nghe) )\b(gui|nop|bao cao|trinh)( (?!da |${EVENT}\b)[a-z0-9-]+){0,8}? vao( ngay)?\s*$`,
)
const EXCLUSIVE_CUE = /truoc( ngay)?\s*$/
/** A weekday written before its day ("thứ Sáu 10/4", "thứ Hai, ngày 27/4", "ngày Chủ nhật 12/5"), with its "ngày". */
const WEEKDAY_BEFORE = /(\s+ngay)?\s+(thu (hai|ba|tu|nam|sau|bay|[2-7])|chu nhat)\s*,?(\s+ngay)?\s*$/
/**
 * "số liệu tính đến ngày 30/6", "từ ngày 01/7 đến ngày 15/7 tổ chức …", "từ ngày 10 đến ngày 15 tháng 6": the end of a
 * period described, not of the work.
 */
const CUT_OFF = /(so lieu|moc( thoi gian)?|giai doan|thoi ky|so lieu[^.;]{0,30} tinh|tu (ngay )?\d{1,2}(\s*[/.-]\s*\d{1,2}\S*)?)\s*$/
/**
 * A period the work is to be finished within, "hoàn thành trong thời gian từ ngày 04/11 đến ngày 08/11": the work's
 * own window, due at its end (not a period described).
 */
const WORK_WINDOW = /(hoan thanh|xong)( trong( khoang)?( thoi gian| thoi han)?)? tu (ngay )?\d{1,2}(\s*[/.-]\s*\d{1,2}\S*)?\s*$/
/**
 * A day listed after one with a cue shares it: "trước ngày 15/6 và ngày 15/12", "chậm nhất ngày 10/5 đối
 * với chuyên đề thứ nhất, ngày 20/7 đối với chuyên đề thứ hai", "chậm nhất ngày 13/3 (đợt 1) và ngày 28/8 (đợt 2)".
 */
const LIST_JOIN = /^\s*(doi voi [^.;,]{1,60}?|(dot|lan|phien|ky)( thu)? [a-z0-9]{1,4})?\s*(va|hoac|,)( ngay)?\s*$/
/** A month or quarter listed after a day with a cue: "…, ngày 20/7 đối với …, và trong quý III/2017". */
const PERIOD_LIST_JOIN = /^\s*(doi voi [^.;,]{1,60}?)?\s*,?\s*(va|hoac|,)( trong| vao)?( cuoi)?\s*$/
/** Months and quarters by which work is finished: "hoàn thành trong tháng 8/2025", "trước tháng 7-2024". */
const PERIOD_END_CUE = new RegExp(
  [
    // "hoàn thành … trong", "gửi báo cáo về … cuối": a verb of finishing, a few words, then the period's cue. (Words with
    // a dash are words: "gửi về UBND xã (qua CC VH-XH) trong tháng 10/2014". What "đã" was done in a month is no work
    // due in it: "báo cáo nội dung các vụ việc đã đăng ký tiếp trong tháng 01/2027, gửi … chậm nhất ngày 08/01/2027". The
    // words between may name the addressee and the office it goes through: "báo cáo kết quả về Ban Thường vụ Huyện ủy (qua Ban
    // Dân vận Huyện ủy) trong tháng 12/2018". Spreading a plan is work done by the period's end too: "Phổ biến Kế hoạch đến
    // công đoàn cơ sở trực thuộc trong tháng 4/2025"; so is posting and announcing a notice: "Niêm yết công khai Thông báo
    // tại trụ sở, thông báo trên hệ thống truyền thanh cơ sở trong tháng 01/2024"; and registering the matters to raise:
    // "đăng ký nội dung cần đối thoại với Thường trực … trong tháng 10/2014" — not what "đã" been registered.)
    String.raw`(hoan thanh|xong|cham nhat|han chot|ket thuc|den het|gui|nop|bao cao|trinh|pho bien|quan triet|niem yet|` +
      String.raw`thong bao|ban hanh|(?<!\b(da|duoc) )dang ky)` +
      String.raw`( (?!da )[a-z0-9-]+){0,16}? ` +
      String.raw`(trong|vao|trong khoang|cuoi|het)\s*$`,
    // the cue right after the verb: "hoàn thành trong", "chậm nhất vào"
    '(hoan thanh|xong|cham nhat|han chot|den het) (trong |vao )?$',
  ].join('|'),
)
const PERIOD_BEFORE_CUE = /truoc\s*$/
/** "mỗi buổi tiếp công dân trong", "các hội nghị đối thoại vào" (folded, before a month): the sessions held in it. */
const SESSIONS_IN_PERIOD = new RegExp(String.raw`\b(moi|tung|cac) ${EVENT}( [a-z]+){0,4} (trong|vao)\s*$`)
/**
 * A deadline label right before a month or quarter: "thời hạn: quý III/2019", "thời gian hoàn thành: tháng 7/2019"; or
 * before the work and "trong" the period, as "hoàn thành … trong": "Thời gian hoàn thành: lập hồ sơ, đề nghị hỗ trợ
 * trong quý I/2019".
 */
const PERIOD_LABEL = /(thoi han|han hoan thanh|thoi gian hoan thanh)\s*:\s*(((?!da )[a-z0-9,-]+ ){0,10}?(trong |vao ))?$/
/** A day alone, perhaps after a field label: "Ngày 12-7", "Thời hạn: 15/7/2024 (thứ Hai)". */
const BARE_BEFORE = /^(thoi (gian|han)( hoan thanh| thuc hien| nop| gui)?:? )?(xong |hoan thanh )?(vao |trong )?(ngay )?$/
const BARE_AFTER = /^( thu [a-z0-9]+| chu nhat)?\s*[.;,]?$/

// ("Tham mưu sơ kết 6 tháng (trước ngày 15-6) và tổng kết năm (trước ngày 15-12)": the review of each half-year and year,
// without "báo cáo" before it, recurs too when no year is named; "sơ kết 6 tháng đầu năm 2024" is one review.)
/** Words that make a dated report recur, and the report each one names. */
// (Nor the report of one quarter named: "lấy từ báo cáo quý III và phiếu khảo sát, … gửi VP trước 16h ngày 11/10/2024".)
// (Whole words: "… kinh doanh 9 tháng năm 2026" holds "hang nam" inside "thang nam", and is no "hằng năm". So the report
// of one half-year: "lồng ghép trong báo cáo 6 tháng đầu năm 2025 của Sở, gửi UBND tỉnh trước ngày 15/6/2025".)
const PERIODIC_CONTEXT = new RegExp(
  String.raw`\bdinh ky|\bhang (nam|quy|thang)|\bmoi (nam|quy)` +
    String.raw`|bao cao (ket qua )?(so ket |tong ket )?((6|sau) thang(?! ((dau|cuoi) )?nam \d)|nam|quy(?! (i|ii|iii|iv)\b))(?! \d)` +
    String.raw`|\b(so ket|tong ket) ((6|sau) thang(?! ((dau|cuoi) )?nam \d)|nam(?! \d))`,
)
const PERIOD_WORDS: [RegExp, 'six_months' | 'annual' | 'quarterly'][] = [
  [/(6|sau) thang( dau nam| cuoi nam)?/g, 'six_months'],
  [/\bquy\b(?! (i|ii|iii|iv|[1-4])\b)/g, 'quarterly'],
  [/(?<!dau |cuoi )\bnam\b(?! \d)/g, 'annual'],
]

function year(explicit: number | null, options: ParseOptions): number | null {
  return explicit ?? options.defaultYear ?? null
}

/** The kinds of session held on the days of a rule (folded): a reception, a dialogue, a voter meeting. */
export const RECEPTION_KINDS = 'tiep cong dan|tiep dan|tiep nguoi benh|tiep xuc cu tri|doi thoai'
/**
 * A reception or a dialogue held, just before its day of each month (folded), which makes the day a session's: not the
 * office, the schedule or the registration for it ("Ban Tiếp công dân cập nhật …", "đăng ký tiếp công dân … vào ngày 10").
 */
const RECEPTION_DAY = new RegExp(
  String.raw`(?<!\b(ban|tru so|lich|dang ky|ket qua|phuc vu|cong tac|viec|bao cao) )\b(${RECEPTION_KINDS})\b[^.;]{0,40}$`,
)
/** Work on receptions, due on their day: a report, a sending. */
const REPORTED = /\b(bao cao|gui|tong hop|nop|chuyen|dang tai|cap nhat)\b/

/** A day of each month, from a first month when the plan names one ("trước ngày 5 hằng tháng, bắt đầu từ tháng 5/2019"). */
function monthly(m: RegExpMatchArray, day: number, inclusive: boolean, month: number | null, firstYear: number | null): Candidate {
  return {
    index: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
    weak: false,
    make: () =>
      day >= 1 && day <= 31
        ? {
            kind: 'periodic',
            every: 'month',
            month: month !== null && month >= 1 && month <= 12 && firstYear !== null ? month : null,
            day,
            inclusive,
            report: 'monthly',
            year: month !== null && firstYear !== null ? firstYear : null,
            text: '',
          }
        : 'invalid-date',
  }
}

function candidatesOf(folded: string, options: ParseOptions): Candidate[] {
  const out: Candidate[] = []
  const days = findDays(folded)
  // Days with a cue.
  let previous: { end: number; inclusive: boolean } | null = null
  let lastDay: { end: number; inclusive: boolean } | null = null
  for (const day of days) {
    // "chậm nhất thứ Hai 27/4", "trước 16h thứ Sáu, ngày 10/4": the weekday between the cue and the day names the same day.
    const weekday = WEEKDAY_BEFORE.exec(folded.slice(Math.max(0, day.index - 30), day.index))?.[0].length ?? 0
    const cueEnd = day.index - weekday
    const left = folded.slice(Math.max(0, cueEnd - 60), cueEnd)
    const sinceLast = previous ? folded.slice(previous.end, day.index) : null
    let inclusive: boolean | null = null
    let start = day.index
    const clock = CLOCK_CUE.exec(left)
    const inc = INCLUSIVE_CUE.exec(left) ?? HANDED_ON_CUE.exec(left)
    const exc = EXCLUSIVE_CUE.exec(left)
    if (clock) {
      inclusive = true // "trước 17 giờ ngày 10/5": work handed in that day
      start = cueEnd - clock[0].length
    } else if (
      inc &&
      // "từ ngày 01/7 đến ngày 15/7 tổ chức …" describes a period; in a deadline field ("Từ ngày 25/8 đến ngày 05/9:") it is the work's.
      !(
        /^den/.test(inc[0]) &&
        !options.field &&
        CUT_OFF.test(folded.slice(Math.max(0, day.index - inc[0].length - 40), day.index - inc[0].length)) &&
        !WORK_WINDOW.test(folded.slice(Math.max(0, day.index - inc[0].length - 60), day.index - inc[0].length))
      )
    ) {
      inclusive = true
      start = cueEnd - inc[0].length
    } else if (exc) {
      inclusive = false
      start = cueEnd - exc[0].length
    } else if (previous && sinceLast !== null && LIST_JOIN.test(sinceLast)) {
      inclusive = previous.inclusive
    } else {
      const before = folded.slice(0, day.index)
      const after = folded.slice(day.end)
      if (BARE_BEFORE.test(before) && BARE_AFTER.test(after)) {
        inclusive = true
        start = 0
      } else if (options.field && !/\d/.test(before.replace(/\d{1,2} ?(gio|h)( ?\d{1,2})?/g, ''))) {
        inclusive = true
      }
    }
    // "Từ ngày 25/8 đến ngày 05/9": the first day opens the period; the work is due at its end.
    if (/\btu( ngay)?\s*$/.test(left) && /^\s*(den|-|–)\b/.test(folded.slice(day.end))) {
      inclusive = null
    }
    if (inclusive === null) {
      previous = null
      continue
    }
    previous = { end: day.end, inclusive }
    lastDay = previous
    const isInclusive = inclusive
    out.push({
      index: start,
      end: day.end,
      weak: false,
      make: () => {
        const y = year(day.year, options)
        if (y === null) {
          return 'year-missing'
        }
        const date = makeDate(y, day.month, day.day)
        return date ? { kind: 'absolute', date, inclusive: isInclusive, text: '' } : 'invalid-date'
      },
    })
  }
  // "trước ngày 5 hằng tháng", "ngày 20 hằng tháng".
  for (const m of folded.matchAll(/(truoc ngay|cham nhat ngay|cham nhat vao ngay|ngay|truoc) (\d{1,2}) (hang|moi) thang/g)) {
    // "Chủ tịch UBND tỉnh tiếp công dân định kỳ vào ngày 15 hằng tháng": the day of a reception, a session; no deadline
    // (unless the sentence reports on it: "báo cáo kết quả tiếp công dân vào ngày 25 hằng tháng").
    const before =
      folded
        .slice(0, m.index)
        .split(/[.;]\s/)
        .pop() ?? ''
    if (m[1] === 'ngay' && RECEPTION_DAY.test(before) && !REPORTED.test(before)) {
      continue
    }
    const day = Number(m[2])
    const inclusive = !m[1]?.startsWith('truoc')
    // "…, bắt đầu từ tháng 5/2019": the first month it is due.
    const first = new RegExp(String.raw`^[^.;]{0,20}?(?:bat dau )?tu thang (\d{1,2})(?:\s*[/.-]\s*|\s+nam\s+)?(\d{4})?`).exec(
      folded.slice(m.index + m[0].length),
    )
    const month = first ? Number(first[1]) : null
    const firstYear = first?.[2] ? Number(first[2]) : (options.defaultYear ?? null)
    out.push(monthly(m, day, inclusive, month, firstYear))
  }
  // "Hằng tháng, kể từ tháng 9/2024, báo cáo … trước ngày 25": the recurrence said first, the day alone (no month after
  // it) is that day of each month, from the month it starts in when the sentence names it.
  for (const m of folded.matchAll(
    /(truoc ngay|cham nhat( la)?( vao)? ngay) (\d{1,2})(?![\d\p{L}]|\s*[/.-]\s*\d| (thang|nam|hang|moi|cua|tung)\b)/gu,
  )) {
    const clause =
      folded
        .slice(0, m.index)
        .split(/[.;]\s/)
        .pop() ?? ''
    if (!/\b(hang|moi|tung) thang\b/.test(clause)) {
      continue
    }
    const day = Number(m[4])
    const inclusive = !m[1]?.startsWith('truoc')
    const sentence = `${clause}${folded.slice(m.index).split(/[.;]\s/)[0] ?? ''}`
    const first = /\b(?:ke |bat dau )?tu thang (\d{1,2})(?:\s*[/.-]\s*|\s+nam\s+)?(\d{4})?/.exec(sentence)
    const month = first ? Number(first[1]) : null
    const firstYear = first?.[2] ? Number(first[2]) : (options.defaultYear ?? null)
    out.push(monthly(m, day, inclusive, month, firstYear))
  }
  // "trước ngày 25 tháng cuối quý", "trước ngày 15 của tháng đầu quý sau": a day of a month counted within the quarter.
  // With the quarter named ("Tổng hợp kết quả đối thoại Quý II/2025, báo cáo … trước ngày 15 của tháng cuối quý") it is
  // that quarter's; with its recurrence ("hằng quý, trước ngày 25 tháng cuối quý", "… tháng cuối mỗi quý") it is due in
  // each of the four quarters, as "định kỳ hằng quý (trước ngày 20/3, 20/6, 20/9 và 20/12)" is. Else no quarter is known.
  for (const m of folded.matchAll(
    new RegExp(
      String.raw`(truoc ngay|cham nhat( la)?( vao)? ngay|truoc|ngay) (\d{1,2}) (cua )?thang (cuoi|dau) (cua )?` +
        String.raw`(moi |tung |cac )?quy( sau| tiep theo| ke tiep)?(?! (i|ii|iii|iv|[1-4])\b)`,
      'g',
    ),
  )) {
    const day = Number(m[4])
    const inclusive = !m[1]?.startsWith('truoc')
    // The month's place from the quarter's first: "cuối" the third, "đầu" the first, "đầu quý sau" the next quarter's first.
    const shift = (m[6] === 'cuoi' ? 2 : 0) + (m[9] ? 3 : 0)
    const clause =
      folded
        .slice(0, m.index)
        .split(/[.;]\s/)
        .pop() ?? ''
    const named = findQuarters(clause).pop()
    const recurs = !!m[8] || /\b(hang|moi|tung) quy\b|dinh ky/.test(clause)
    if (!named && !recurs) {
      continue
    }
    const at = (quarter: number, y: number) => {
      const month = (quarter - 1) * 3 + 1 + shift
      return { month: ((month - 1) % 12) + 1, year: y + Math.floor((month - 1) / 12) }
    }
    out.push({
      index: m.index,
      end: m.index + m[0].length,
      weak: false,
      make: () => {
        if (day < 1 || day > 31) {
          return 'invalid-date'
        }
        if (named && !recurs) {
          const y = year(named.year, options)
          if (y === null) {
            return 'year-missing'
          }
          const { month, year: dueYear } = at(named.quarter, y)
          const date = makeDate(dueYear, month, day)
          return date ? { kind: 'absolute', date, inclusive, text: '' } : 'invalid-date'
        }
        const y = options.defaultYear ?? null
        return [1, 2, 3, 4].map((quarter) => {
          const { month, year: dueYear } = at(quarter, y ?? 0)
          return {
            kind: 'periodic' as const,
            every: 'year' as const,
            month,
            day,
            inclusive,
            report: 'quarterly' as const,
            year: y === null ? null : dueYear,
            text: '',
          }
        })
      },
    })
  }
  // Months and quarters as the end of the work.
  const periods = [
    ...findMonths(folded).map((m) => ({ ...m, kind: 'month' as const, n: m.month })),
    ...findQuarters(folded).map((q) => ({ ...q, kind: 'quarter' as const, n: q.quarter })),
  ]
  for (const period of periods) {
    const left = folded.slice(Math.max(0, period.index - 80), period.index)
    const clause = left.split(/[.;:]\s/).pop() ?? left
    // "trước mỗi buổi tiếp công dân trong tháng 10 là 01 ngày": the month says which sessions, the count the deadline.
    if (SESSIONS_IN_PERIOD.test(clause)) {
      continue
    }
    const before = PERIOD_BEFORE_CUE.exec(clause)
    // "(…; thời gian hoàn thành: tháng 7/2019)": a deadline label inside the sentence names the month the work ends in.
    const end = PERIOD_END_CUE.exec(clause) ?? PERIOD_LABEL.exec(left)
    const bare =
      BARE_BEFORE.test(folded.slice(0, period.index).replace(/^(vao |trong |cuoi )/, '')) && BARE_AFTER.test(folded.slice(period.end))
    const listed =
      lastDay !== null && lastDay.inclusive && lastDay.end <= period.index && PERIOD_LIST_JOIN.test(folded.slice(lastDay.end, period.index))
    if (!before && !end && !listed && !(options.field && bare)) {
      continue
    }
    const start = before ? period.index - before[0].length : end ? period.index - end[0].length : period.index
    out.push({
      index: start,
      end: period.end,
      weak: false,
      make: () => {
        const y = year(period.year, options)
        if (y === null) {
          return 'year-missing'
        }
        if (period.kind === 'month') {
          return before
            ? { kind: 'absolute', date: makeDate(y, period.n, 1) ?? '', inclusive: false, of: 'month', text: '' }
            : { kind: 'absolute', date: lastDayOfMonth(y, period.n), inclusive: true, of: 'month', text: '' }
        }
        return before
          ? { kind: 'absolute', date: quarterStart(y, period.n) ?? '', inclusive: false, of: 'quarter', text: '' }
          : { kind: 'absolute', date: quarterEnd(y, period.n), inclusive: true, of: 'quarter', text: '' }
      },
    })
  }
  out.push(...relativeCandidates(folded))
  // "trong thời hạn 15 ngày kể từ ngày ký thông báo": a day after the document's own date. (In working days, "trong vòng
  // 03 ngày làm việc kể từ ngày ký", counted on the national calendar here and again on the committee's when due.)
  for (const m of folded.matchAll(COUNTED_DAYS)) {
    const end = m.index + m[0].length
    const signing = FROM_SIGNING.exec(folded.slice(end))
    if (!signing) {
      continue
    }
    const date = options.documentDate
    const n = toNumber(m[1] ?? '') * (m[2] === 'tuan' ? 7 : 1)
    const working = isWorkingDays(m[2])
    // (Working days only from the signing of this very paper: "kể từ ngày ký", "… ký Thông báo này"; "kể từ ngày ban hành
    // Thông báo" in a plan may be the notice of conclusions to come, whose day is not known.)
    if (working && !/^,? ?(ke tu|tinh tu) ngay (ky|ban hanh)( [a-z ]+ nay)?$/.test(signing[0])) {
      continue
    }
    out.push({
      index: m.index,
      end: end + signing[0].length,
      weak: false,
      make: () =>
        date && n > 0
          ? {
              kind: 'absolute',
              date: working ? createCalendar().addWorkingDays(date, n) : addDays(date, n),
              inclusive: true,
              counted: working ? { days: n, from: 'signing', unit: 'working_days', signed: date } : { days: n, from: 'signing' },
              text: '',
            }
          : 'no-deadline',
    })
  }
  return out
}

function relative(offset: number, unit: string | undefined, anchor: 'session_start' | 'session_end'): Found | DeadlineUnreadable {
  if (!Number.isFinite(offset) || offset === 0) {
    return 'no-deadline'
  }
  const weeks = unit === 'tuan'
  return {
    kind: 'relative',
    offset: weeks ? offset * 7 : offset,
    unit: isWorkingDays(unit) ? 'working_days' : 'days',
    anchor,
    text: '',
  }
}

/** After the count, words that count from the event: "kể từ (ngày) kết thúc", "sau hội nghị". */
const COUNTED_FROM = /^,? ?(ke tu|tinh tu|sau)\b/
/** A count set by law, not by the plan (folded): "… 05 ngày theo quy định", "…, theo Luật …". */
const BY_REGULATION = /^,? ?(theo|dung) (quy dinh|luat)\b/
/** A clause that names a session or what is sent for it (folded): "giấy mời", "hội nghị", "đối thoại". */
const SESSION_NAMED = /\b(doi thoai|hoi nghi|tiep xuc|tiep cong dan|tiep dan|buoi|phien|cuoc|ky hop|dien dan|giay moi|tai lieu)\b/
const FROM_START = new RegExp(String.raw`^,? ?(ke tu|tinh tu) (ngay |khi |luc )?(to chuc|dien ra|bat dau|${EVENT}\b)`)
/**
 * Counted from the receipt of something ("kể từ ngày nhận được câu hỏi") or the signing of a paper ("kể từ ngày Thông báo
 * được ký ban hành"), an event no session dates.
 */
const FROM_RECEIPT = new RegExp(
  String.raw`^,? ?(ke tu|tinh tu) (ngay |khi |luc |thoi diem )?` +
    String.raw`((nhan|tiep nhan|ky|ban hanh)\b|([a-z]+ ){1,4}duoc (nhan|tiep nhan|ky|ban hanh)\b|` +
    // (… or from the day a body hands in its papers: "sau 05 ngày làm việc kể từ ngày Ban Quản lý dự án huyện gửi đầy đủ
    // hồ sơ"; not "kể từ ngày kết thúc hội nghị, đồng thời gửi báo cáo …", which counts from the session.)
    String.raw`(?:(?!(?:ket thuc|${HOLD}|${EVENT})\b)[a-z]+ ){0,10}?(?:gui|nop|trinh|chuyen)(?: day du| du)? ` +
    String.raw`(?:ho so|van ban|to trinh|tai lieu|du toan|bao cao)\b)`,
)
/** A sentence that opens with the event it follows (folded): "Sau mỗi buổi đối thoại, …", "1/ Sau khi kết thúc hội nghị, …". */
const AFTER_EVENT_OPENING = new RegExp(String.raw`^\W*(\d{1,2}\s*[/.)]\s*)?sau (khi )?(ket thuc )?(moi |cac |tung )?${EVENT}\b[^,]{0,40},`)
/** A count of days with its lead words: "trong thời hạn 15 ngày", "chậm nhất 05 ngày làm việc". */
const COUNTED_DAYS = new RegExp(String.raw`(?:(?:trong (?:thoi han|vong|thoi gian)|cham nhat|khong qua) )?${COUNT} ${UNIT}`, 'g')
/** Counted from the day the document itself is signed: "trong thời hạn 15 ngày kể từ ngày ký thông báo". */
const FROM_SIGNING = /^,? ?(ke tu|tinh tu) ngay (ky|ban hanh)( (thong bao|ke hoach|van ban|quyet dinh)( nay)?)?\b/

function relativeCandidates(folded: string): Candidate[] {
  const out: Candidate[] = []
  const add = (m: RegExpExecArray | RegExpMatchArray, make: () => Found | DeadlineUnreadable, weak = false) =>
    out.push({ index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, weak, make })
  const g = (source: string) => new RegExp(source, 'g')

  // After the event: "trong thời hạn 07 ngày làm việc kể từ khi kết thúc …", "sau 10 ngày kể từ ngày kết thúc …",
  // "chậm nhất 05 ngày làm việc kể từ ngày kết thúc hội nghị", "trong vòng 07 ngày làm việc sau hội nghị".
  for (const m of folded.matchAll(
    g(String.raw`(trong (?:thoi han|vong|thoi gian)|trong|sau|cham nhat|khong qua|toi da|han) (?:la )?${COUNT} ${UNIT}`),
  )) {
    const after = folded.slice((m.index ?? 0) + m[0].length)
    const counted = COUNTED_FROM.test(after)
    const lead = m[1] ?? ''
    // "Sau mỗi buổi đối thoại, Phòng A tổng hợp kết quả, báo cáo Trưởng ban trong 03 ngày làm việc.": the sentence opens
    // with the event the count at its end is from.
    const opened =
      lead === 'trong' &&
      /^\s*([.;]|$)/.test(after) &&
      AFTER_EVENT_OPENING.test(
        folded
          .slice(0, m.index ?? 0)
          .split(/[.;:!?]\s/)
          .at(-1) ?? '',
      )
    // "Trong 07 ngày làm việc sau mỗi hội nghị" counts from the event; "trong 01 ngày" alone is a length.
    if (FROM_RECEIPT.test(after) || (lead === 'trong' && !counted && !opened)) {
      continue
    }
    if (opened) {
      add(m, () => relative(toNumber(m[2] ?? ''), m[3], 'session_end'))
      continue
    }
    if (counted || lead.startsWith('trong')) {
      const fromStart = FROM_START.test(after) && !/^.{0,30}ket thuc/.test(after)
      const tail = counted ? (/^[^.;]{0,60}?(ket thuc|hoi nghi|doi thoai|tiep xuc|buoi|phien)( [a-z]+){0,3}/.exec(after)?.[0] ?? '') : ''
      out.push({
        index: m.index ?? 0,
        end: (m.index ?? 0) + m[0].length + tail.length,
        weak: false,
        make: () => relative(toNumber(m[2] ?? ''), m[3], fromStart ? 'session_start' : 'session_end'),
      })
      continue
    }
    if (lead === 'sau' && new RegExp(String.raw`^[^.;0-9]{0,25}?\b${EVENT}`).test(after)) {
      add(m, () => relative(toNumber(m[2] ?? ''), m[3], 'session_end'))
    }
  }
  // "sau khi kết thúc đối thoại 05 ngày", "sau hội nghị 05 ngày", "sau khi kết thúc mỗi cuộc đối thoại 10 ngày",
  // "sau các buổi tiếp xúc 03 ngày": words that say which event ("mỗi", "các", "từng") may stand before its noun.
  for (const m of folded.matchAll(
    g(String.raw`sau (?:khi )?(?:ket thuc )?(?:viec )?(?:[a-z]+ ){0,2}?${EVENT}[^.;0-9]{0,40}? ${COUNT} ${UNIT}`),
  )) {
    // "sau mỗi buổi đối thoại, trình ký ban hành trong thời hạn 05 ngày làm việc kể từ ngày đối thoại": the count says
    // what it is counted from itself (read above), here the day the dialogue is held.
    if (/^,? ?(ke tu|tinh tu)\b/.test(folded.slice((m.index ?? 0) + m[0].length))) {
      continue
    }
    add(m, () => relative(toNumber(m[1] ?? ''), m[2], 'session_end'))
  }
  // "sau khi kết thúc chương trình 05 ngày làm việc": whatever "kết thúc" ends is the event the plan is about.
  for (const m of folded.matchAll(g(String.raw`sau (?:khi )?ket thuc(?: [a-z-]+){1,6}? ${COUNT} ${UNIT}`))) {
    add(m, () => relative(toNumber(m[1] ?? ''), m[2], 'session_end'))
  }
  // "07 ngày làm việc sau mỗi diễn đàn", a table's deadline cell: the count alone first, then the event it follows.
  for (const m of folded.matchAll(g(String.raw`^${COUNT} ${UNIT} sau (?:khi )?(?:ket thuc )?(?:moi |tung |cac )?${EVENT}\b`))) {
    add(m, () => relative(toNumber(m[1] ?? ''), m[2], 'session_end'))
  }
  // "chậm nhất sau 05 ngày làm việc": after the session, counted from its end.
  for (const m of folded.matchAll(g(String.raw`(?:cham nhat|khong qua) sau ${COUNT} ${UNIT}`))) {
    // "… kể từ ngày tổ chức đối thoại": counted from the day it is held; "… kể từ ngày nhận được Kế hoạch": from no session.
    const after = folded.slice((m.index ?? 0) + m[0].length)
    if (FROM_RECEIPT.test(after)) {
      continue
    }
    const fromStart = FROM_START.test(after) && !/^.{0,30}ket thuc/.test(after)
    add(m, () => relative(toNumber(m[1] ?? ''), m[2], fromStart ? 'session_start' : 'session_end'))
  }
  // Before the event, in the word orders the plans use: "chậm nhất trước 10 ngày so với thời điểm tổ chức",
  // "10 ngày trước khi tổ chức", "15 ngày trước mỗi hội nghị", "trước khi tổ chức đối thoại (ít nhất) 20 ngày",
  // "trước thời điểm tổ chức hội nghị tối thiểu 10 ngày", "chậm nhất 07 ngày tiếp xúc, đối thoại".
  // (Not "thông báo lịch ngừng cấp điện cho doanh nghiệp trước ít nhất 05 ngày theo quy định": a count a regulation sets,
  // in a clause naming no session nor its invitations, is before each of the work's own occasions, which no session
  // dates. "Gửi giấy mời dự hội nghị trước ít nhất 05 ngày theo quy định" is before the session.)
  for (const m of folded.matchAll(g(String.raw`(?:cham nhat |it nhat |toi thieu )?truoc (?:it nhat |toi thieu |la )?${COUNT} ${UNIT}`))) {
    const after = folded.slice((m.index ?? 0) + m[0].length)
    const clause =
      folded
        .slice(0, m.index ?? 0)
        .split(/[.;]/)
        .at(-1) ?? ''
    const ownOccasion = BY_REGULATION.test(after) && !SESSION_NAMED.test(clause)
    if (!COUNTED_FROM.test(after) && !ownOccasion) {
      add(m, () => relative(-toNumber(m[1] ?? ''), m[2], 'session_start'))
    }
  }
  for (const m of folded.matchAll(
    g(
      String.raw`(?:cham nhat |it nhat |toi thieu |phai )?(?:la )?${COUNT} ${UNIT} ` +
        String.raw`(?:truoc|so voi)(?: khi| ngay| thoi diem| moi| luc| ngay dien ra| ngay to chuc)?`,
    ),
  )) {
    const after = folded.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 30)
    if (/^ ?\d/.test(after)) {
      continue // "… trước ngày 15/5": the day decides
    }
    add(m, () => relative(-toNumber(m[1] ?? ''), m[2], 'session_start'))
  }
  for (const m of folded.matchAll(
    // ("trước ngày tổ chức đợt 2 ít nhất 02 ngày": a round's number among the words.)
    g(
      String.raw`truoc (?:khi|thoi diem|ngay|luc|moi)(?: [a-z,-]+| (?<=\b(?:dot|lan|so|thu) )\d{1,2}(?![\d/.-])){0,20}? ` +
        String.raw`(?:it nhat |toi thieu |la |khoang )?${COUNT} ${UNIT}`,
    ),
  )) {
    if (COUNTED_FROM.test(folded.slice((m.index ?? 0) + m[0].length))) {
      continue
    }
    if (!new RegExp(String.raw`\b(${HOLD}|${EVENT})\b`).test(m[0])) {
      continue
    }
    add(m, () => relative(-toNumber(m[1] ?? ''), m[2], 'session_start'))
  }
  // "trước Hội nghị đối thoại lần thứ hai ít nhất 05 ngày", "trước các buổi đối thoại tại Phụ lục ít nhất 03 ngày": the
  // event right after "trước", then the count. ("trước mỗi hoạt động 01 ngày": a plan's "hoạt động" are its sessions
  // when it says each of them; "trước buổi đối thoại ngày 05/12/2024 ít nhất 03 ngày": the day names the event.)
  for (const m of folded.matchAll(
    g(
      String.raw`truoc (?:(?:cac|moi|tung|nhung) (?=hoat dong\b)|(?:(?:cac|moi|tung|nhung) )?(?=${EVENT}\b))` +
        // ("trước mỗi buổi tiếp công dân trong tháng 10 là 01 ngày": the month of the sessions may stand between; so may
        // the day of the one it counts from: "trước buổi đối thoại ngày 05/12/2024 ít nhất 03 ngày"; or its half-year, the
        // session's name: "trước đối thoại 6 tháng cuối năm ít nhất 02 ngày làm việc".)
        String.raw`(?:(?:thang|quy) [0-9ivx]{1,4}(?:/\d{4})? |(?:6|sau) thang (?:dau|cuoi) nam(?:[ /.-]\d{4})? |` +
        String.raw`ngay \d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})? |[a-z,-]+ ){1,12}?` +
        String.raw`(?:it nhat |toi thieu |la |khoang )?${COUNT} ${UNIT}`,
    ),
  )) {
    if (!COUNTED_FROM.test(folded.slice((m.index ?? 0) + m[0].length))) {
      add(m, () => relative(-toNumber(m[1] ?? ''), m[2], 'session_start'))
    }
  }
  for (const m of folded.matchAll(g(String.raw`cham nhat (?:la )?${COUNT} ${UNIT}`))) {
    if (!COUNTED_FROM.test(folded.slice((m.index ?? 0) + m[0].length))) {
      add(m, () => relative(-toNumber(m[1] ?? ''), m[2], 'session_start'))
    }
  }
  // "trước 16 giờ 00 của ngày làm việc liền kề trước mỗi buổi tiếp": the working day before the event.
  const adjacent = String.raw`(?:ngay (lam viec) )?lien (?:ke )?truoc (?:ngay )?(?:to chuc )?(?:moi |cac |tung )?${EVENT}\b`
  for (const m of folded.matchAll(g(adjacent))) {
    if (/\bngay\b/.test(folded.slice(Math.max(0, (m.index ?? 0) - 25), m.index ?? 0)) || m[1]) {
      add(m, () => relative(-1, m[1] ? 'ngay lam viec' : 'ngay', 'session_start'))
    }
  }
  // "trước khi tổ chức đối thoại", "trước mỗi hội nghị", "gửi … trước buổi đối thoại" with no count: by the day before the
  // event.
  for (const m of folded.matchAll(
    g(
      String.raw`truoc (?:(?:khi|ngay|thoi diem|moi|luc)(?: [a-z-]+){0,6}? (?:${EVENT}\b|${HOLD}(?= ?[,.;]|$))` +
        String.raw`|(?:cac )?(?:buoi|cuoc|phien) (?:doi thoai|tiep xuc|tiep cong dan|tiep dan|hop|hoi nghi)\b)`,
    ),
  )) {
    // "Trước khi chuẩn bị đối thoại: …" opens a phase of the work; it sets no deadline.
    const rest = folded.slice((m.index ?? 0) + m[0].length)
    if (/^[^.;,:]{0,40}:/.test(rest) && /^\s*(-|\+)?\s*$/.test(folded.slice(0, m.index))) {
      continue
    }
    add(m, () => relative(-1, 'ngay', 'session_start'), true)
  }
  return out
}

function wordsAt(text: string, map: number[], index: number, end: number): string {
  const from = map[index] ?? 0
  const to = end > 0 ? (map[end - 1] ?? from) + 1 : from
  return text
    .normalize('NFC')
    .slice(from, to)
    .replace(/[*_\\]/g, '')
    .trim()
}

function periodicOf(rule: Found, folded: string, index: number, end: number, previousEnd: number): Found {
  if (rule.kind !== 'absolute' || rule.of) {
    return rule
  }
  // "tiếp công dân định kỳ", "đối thoại định kỳ": sessions that recur, not the report; so those of one quarter or one
  // half of a year named ("tổng hợp kết quả tiếp công dân định kỳ quý III/2024, báo cáo … trước ngày 15/10/2024", "… định kỳ
  // 6 tháng cuối năm 2023, báo cáo … trước ngày 05/01/2024": one report, once).
  const before = folded
    .slice(0, index)
    .replace(
      new RegExp(
        String.raw`\b(tiep cong dan|tiep dan|doi thoai|tiep xuc|hoi nghi|hop) dinh ky\b` +
          String.raw`(?! (6|sau|\d+) thang(?! (dau|cuoi) nam \d{4})| nam(?! \d)| quy(?! (i|ii|iii|iv|[1-4])\b)| hang)`,
        'g',
      ),
      '$1',
    )
  // "… trước ngày 15/6 hằng năm": the recurrence may also follow the day.
  const after = /^\s*(hang nam|hang quy|moi nam)\b/.exec(folded.slice(end))
  if (!PERIODIC_CONTEXT.test(before) && !after) {
    return rule
  }
  // "báo cáo sơ kết 6 tháng (trước ngày 20/6/2027) và tổng kết năm (trước ngày 20/11/2027)": the review of the plan's
  // half-year and year, due on a day of a year the plan names, is due once; only "định kỳ", "hằng năm" … make it recur.
  // ("Báo cáo 6 tháng trước ngày 15/6/2018; báo cáo năm trước ngày 15/11/2018" is the standing report, which recurs.)
  const reviewed = /\b(so ket|tong ket) (6 thang|sau thang|nam)\b/.test(folded.slice(previousEnd, index) || before)
  if (
    reviewed &&
    !after &&
    !/\bdinh ky|\bhang (nam|quy|thang)|\bmoi (nam|quy)/.test(before) &&
    /\d{4}\s*$/.test(folded.slice(index, end))
  ) {
    return rule
  }
  // The period word nearest before this day, after the previous one: "6 tháng (trước ngày 10/6) và năm (trước ngày 10/12)".
  const window = folded.slice(previousEnd, index)
  let report: 'six_months' | 'annual' | 'quarterly' | null = null
  let at = -1
  for (const [pattern, kind] of PERIOD_WORDS) {
    for (const m of (window.length > 0 ? window : before).matchAll(pattern)) {
      if (m.index > at) {
        at = m.index
        report = kind
      }
    }
  }
  if (!report && after) {
    report = after[1] === 'hang quy' ? 'quarterly' : 'annual'
  }
  if (!report) {
    const all = [...before.matchAll(/(6|sau) thang|\bquy\b|\bnam\b(?! \d)/g)].pop()?.[0] ?? ''
    report = /thang/.test(all) ? 'six_months' : /quy/.test(all) ? 'quarterly' : 'annual'
  }
  const [y, month, day] = rule.date.split('-').map(Number) as [number, number, number]
  return { kind: 'periodic', every: 'year', month, day, inclusive: rule.inclusive, report, year: y, text: rule.text }
}

/**
 * The words between an old term and the new one that replaces it (folded): "được điều chỉnh thành", ", nay lùi sang",
 * "được gia hạn" (before "đến ngày …"). ("Chuyển", "đổi", "lùi" only with "sang", "thành" …: "chuyển Sở A" is sending.)
 */
const CHANGED_TO = new RegExp(
  String.raw`^\s*[,;]?\s*(nay |da |duoc |nay duoc )?` +
    String.raw`((dieu chinh|gia han)( lai)?( (thanh|sang|den|toi)( la)?)?|(lui|doi|chuyen)( lai)? (thanh|sang|den|toi)( la)?)\s*$`,
)

/**
 * Every deadline in a text, in order: several in one sentence when it states several ("định kỳ
 * 6 tháng (trước ngày 10/6) và năm (trước ngày 10/12)"). A phrase inside a longer one is not read
 * twice. Unreadable dates are returned apart, with their reason.
 */
export function findDeadlines(input: string, options: ParseOptions = {}): { found: FoundDeadline[]; problems: DeadlineUnreadable[] } {
  const text = input.replace(/\s+/g, ' ').trim()
  const { folded: plain, map } = foldWithMap(text)
  // "muộn nhất ngày 10/9" says what "chậm nhất ngày 10/9" does (same length folded, so the map still holds).
  const folded = plain.replace(/\bmuon nhat\b/g, 'cham nhat')
  const candidates = candidatesOf(folded, options).sort((a, b) => a.index - b.index || b.end - a.end)
  const kept: Candidate[] = []
  for (const candidate of candidates) {
    const overlapping = kept.find((k) => candidate.index < k.end && k.index < candidate.end)
    if (!overlapping) {
      kept.push(candidate)
    } else if (candidate.end - candidate.index > overlapping.end - overlapping.index && overlapping.weak) {
      kept.splice(kept.indexOf(overlapping), 1, candidate)
    }
  }
  kept.sort((a, b) => a.index - b.index)
  // "điều chỉnh từ "trước ngày 31/5/2023" thành "trước ngày 30/6/2023"": the deadline replaced is no longer one.
  for (let i = kept.length - 2; i >= 0; i--) {
    const [old, now] = [kept[i]!, kept[i + 1]!]
    if (
      /\btu\s*["“'‘]?\s*$/.test(folded.slice(Math.max(0, old.index - 6), old.index)) &&
      /^\s*["”'’]?\s*(thanh|sang)\s*["“'‘]?\s*$/.test(folded.slice(old.end, now.index))
    ) {
      kept.splice(i, 1)
    }
  }
  // "(theo Kế hoạch số 12 là trước ngày 15/5/2024) được điều chỉnh thành trước ngày 29/5/2024": the old term, the change
  // written after it, is no longer one either.
  for (let i = kept.length - 2; i >= 0; i--) {
    if (CHANGED_TO.test(folded.slice(kept[i]!.end, kept[i + 1]!.index))) {
      kept.splice(i, 1)
    }
  }
  // "trước ngày 05/10/2023 (thay cho thời hạn trước ngày 21/9/2023)": the deadline a new one takes the place of is none.
  for (let i = kept.length - 1; i > 0; i--) {
    if (/\bthay (the |cho )+(thoi han |han |ngay |moc )?$/.test(folded.slice(Math.max(0, kept[i]!.index - 30), kept[i]!.index))) {
      kept.splice(i, 1)
    }
  }
  const found: FoundDeadline[] = []
  const problems: DeadlineUnreadable[] = []
  let previousEnd = 0
  for (const candidate of kept) {
    const made = candidate.make()
    if (typeof made === 'string') {
      if (made !== 'no-deadline') {
        problems.push(made)
      }
      continue
    }
    for (const one of Array.isArray(made) ? made : [made]) {
      const rule = periodicOf({ ...one, text }, folded, candidate.index, candidate.end, previousEnd)
      found.push({
        rule,
        words: wordsAt(text, map, candidate.index, candidate.end),
        index: candidate.index,
        end: candidate.end,
        weak: candidate.weak,
      })
    }
    previousEnd = candidate.end
  }
  // "trước ngày 30/6 để … trình … trước khi đối thoại": the day decides; "trước khi" alone only when nothing firmer is said.
  const firm = found.filter((f) => !f.weak)
  return { found: firm.length > 0 ? firm : found.slice(0, 1), problems }
}

/** Reads one deadline from a phrase or a whole sentence: the first one it states. */
export function parseDeadline(input: string, options: ParseOptions = {}): DeadlineRule {
  const text = input.replace(/\s+/g, ' ').trim()
  if (!text) {
    return { kind: 'none', reason: 'empty', text }
  }
  const { found, problems } = findDeadlines(text, options)
  const first = found[0]
  if (first) {
    return first.rule
  }
  return { kind: 'none', reason: problems[0] ?? 'no-deadline', text }
}
