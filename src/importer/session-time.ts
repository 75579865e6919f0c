import { createCalendar } from '../services/calendar/calendar.js'
import { lastDayOfMonth, makeDate, weekday as weekdayOf, type LocalDate } from '../services/calendar/local-date.js'
import { findClocks, findDays, findMonths, findQuarters, foldWithMap, quarterEnd, quarterStart } from '../services/deadlines/dates.js'
import { RECEPTION_KINDS } from '../services/deadlines/parse.js'

/** When a session takes place, read from the words of a plan in whatever order they come. */
export interface SessionTimeRead {
  precision: 'day' | 'month' | 'quarter' | 'unscheduled'
  start: LocalDate | null
  end: LocalDate | null
  hour: number | null
  minute: number | null
  /** The words of the time as written. */
  text: string
}

/** What the text around a session says about its time: the plan's year, a month heading above a list of days. */
export interface TimeContext {
  year: number | null
  month?: number | null
  /** The day the document is dated (its place-and-date line), which a news item's "sáng nay" names. */
  today?: LocalDate | null
}

/** A day after these words is a deadline or a document's date, not the session's. */
const DOCUMENT_KIND =
  /(luat|nghi dinh|quyet dinh|ke hoach|cong van|thong bao|chi thi|nghi quyet|quy dinh|huong dan|thong tu|van ban|quy che|ket luan)/
const NOT_SESSION_DAY = new RegExp(
  [
    // "trước ngày", "hoàn thành"
    String.raw`(truoc|cham nhat|han chot|khong qua|den het|hoan thanh|xong)( la)?( vao| trong)?( ngay)?\s*$`,
    // "kết quả … tính đến ngày 25/11/2022": the day a report counts up to, no session's
    String.raw`\btinh (den|toi)( het)?( ngay)?\s*$`,
    // "trước 17 giờ ngày", "chậm nhất vào lúc 10h30"; not the end of the session's hours ("từ 08 giờ 00 đến 11 giờ 00, ngày")
    String.raw`(truoc|cham nhat|han chot|khong qua|(?<!\btu (luc )?\d{1,2} ?(gio|h|:) ?(\d{1,2} ?)?(phut )?)den|trong)` +
      String.raw`( luc| vao)? \d{1,2} ?(gio|h|:)( ?\d{1,2})?( ?phut)?,?( ngay)?\s*$`,
    // "số 12-KH/TU ngày"; a colon ends it: "… trực thuộc Sở (Cụm 5): trong tháng 10/2023" (Sở folds alike) dates a session
    // (… not "cơ sở", a facility, which folds to "co so": "… xử lý cơ sở chế biến hải sản khô trong tháng 12/2021".)
    String.raw`(?<!\bco )\b(so|ky hieu)\b[^,;:]{0,30}$`,
    // "Kế hoạch … ngày"; not "Theo kế hoạch, hội nghị … sẽ diễn ra vào sáng thứ Năm, ngày" (the plan says, no document's date)
    // nor "Kế hoạch số 1702/KH-SYT ngày 20/6/2022 của Sở Y tế, ngày 12/8/2022 (thứ Sáu), tại …" (the document has its date
    // already; the day after it is the session's).
    // (… not the verb to come: "để thông báo kết quả kỳ họp, trong khoảng từ ngày 05/01 …" informs, it names no document;
    // "Thời gian đã thông báo: … ngày 17/10" is the time announced before, no session's.)
    String.raw`(?<!\b(de|se) )${DOCUMENT_KIND.source}\b(?!,)((?!ngay \d)[^.;]){0,50}\bngay\s*$`,
    // "ngày 08 (thứ Tư) - lùi một tuần do ngày 01/01 trùng ngày nghỉ Tết": the day it was moved from, for that reason
    String.raw`\b(lui|doi|chuyen|dieu chinh)\b[^.;:]{0,40}\b(do|vi)( ngay)?\s*$`,
    // "Đến ngày 15/8/2015, huyện đã bàn giao … mặt bằng": the day a sentence counts progress up to, opening with it
    String.raw`(^|[.;:!?]\s+)den (het )?ngay\s*$`,
    // "thay cho buổi tiếp ngày 20/12/2023 tại …, đồng chí Bí thư … đối thoại … ngày 14/12/2023": the day of the session replaced
    String.raw`\b(thay (cho|the)|thay vi)( (buoi|cuoc|phien|lich))\b[^.;:]{0,40}\bngay\s*$`,
    // "ý kiến của Thường trực Huyện ủy tại phiên giao ban ngày 10/10/2022": the day of a briefing, not of a session it
    // holds with it ("Hội nghị giao ban và đối thoại với doanh nghiệp ngày …")
    String.raw`\bgiao ban\b((?!doi thoai|tiep xuc|tiep (cong )?dan)[^.;:]){0,40}\bngay\s*$`,
    // "(đơn đề ngày 12/02/2014)", "đơn khiếu nại ghi ngày …": the day a citizen's letter was written, not a session's
    String.raw`\bdon( (khieu nai|to cao|kien nghi|de nghi|thu))?( (de|ghi|gui|dat))? ngay\s*$`,
    // "ban hành ngày", "ký ngày"
    String.raw`(ban hanh|ky|thanh lap)( ngay)?\s*$`,
    // "Quảng Ngãi, ngày" (a document's place and date), not a weekday before the day ("Thứ Năm, ngày", "sáng Chủ nhật, ngày")
    // nor a word that links the sentence to the one before ("Trước đó, ngày 22/9 (thứ Ba), tại …, sẽ chủ trì hội nghị …"),
    // nor the part of the day ("Buổi sáng, ngày 25/02/2025", "Chiều, ngày …"), nor what the day is by ("Theo kế hoạch, ngày
    // 15/6/2018, Bí thư Tỉnh ủy … tiếp công dân huyện A": a place's name never opens with "theo").
    String.raw`^(?!theo )[a-z ]{2,40}(?<!\b(thu (hai|ba|tu|nam|sau|bay)|chu nhat|(truoc|sau|tiep) (do|theo)|dong thoi|ngoai ra|cung|` +
      String.raw`sang|chieu|trua)), ngay\s*$`,
  ].join('|'),
)
/** A day in the words before another (folded): "10 thang 8 nam 2022", "15/3", "15/12/2026". */
const LISTED_DAY = String.raw`\d{1,2}( thang \d{1,2}( nam \d{4})?|\s*[/.-]\s*\d{1,2}(\s*[/.-]\s*\d{4})?)`
/**
 * A second deadline after a first: "chậm nhất ngày 10 tháng 8 năm 2022 đối với Hội nghị thứ nhất và ngày" (the words
 * before the day, folded); so each day of a list of deadlines, "gửi … trước ngày 15/3, 15/6, 15/9 và 15/12/2026".
 */
const NEXT_DEADLINE = new RegExp(
  String.raw`(truoc|cham nhat|han chot|khong qua|den het|hoan thanh)( la)?( vao)?( ngay)? ${LISTED_DAY}` +
    String.raw`(\s*,\s*(ngay )?${LISTED_DAY})*([^;.]{0,60} (va|hoac)( ngay)?|\s*,( ngay)?)\s*$`,
)
/** A day the words before it make a deadline or a document's date. */
/**
 * The window of some other activity: "thời gian nhận câu hỏi từ ngày 15/02/2022 đến ngày" (the words before the day,
 * folded): the days people send questions or register in, not the session's.
 */
// (… or take a survey in: "Thời gian thực hiện khảo sát từ ngày 4/2 đến ngày 12/2/2026".)
const OTHER_WINDOW = /\bthoi (gian|han) (thuc hien )?(nhan|tiep nhan|gui|nop|dang ky|thu thap|lay y kien|khao sat)\b[^.;]{0,50}$/
/**
 * "(trước dịp kỷ niệm 76 năm Ngày Thương binh - Liệt sĩ 27/7)": the day of an anniversary, not the session's (folded); its
 * name may be long and its years given both: "nhân dịp kỷ niệm 95 năm Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh
 * (26/3/1931 - 26/3/2026)".
 */
const ANNIVERSARY = /\bky niem\b(?![^.;]*\b(to chuc|dien ra|vao ngay|vao luc|luc \d|bat dau)\b)[^.;]{0,100}$/
/**
 * "Nhân kỷ niệm 87 năm Ngày thành lập Đoàn …, ngày 26/3/2018, Tỉnh Đoàn tổ chức buổi đối thoại …" (folded, around the day): the
 * day of the sentence's own clause, set off after the occasion's name, its subject holding the session right after it.
 */
const OWN_CLAUSE_BEFORE = /,\s*((sang|chieu|toi|trua) )?(ngay )?$/
const OWN_CLAUSE_AFTER = /^(\s*[/.-]\s*\d{4})?\s*,[^.;]{0,60}\b(to chuc|dien ra|co buoi|da co|doi thoai|tiep xuc)\b/
const ownClauseDay = (folded: string, index: number, end: number) =>
  OWN_CLAUSE_BEFORE.test(folded.slice(Math.max(0, index - 15), index)) && OWN_CLAUSE_AFTER.test(folded.slice(end, end + 90))
/**
 * "Ngày 15/3 trùng Chủ nhật", "(ngày 30/4 trùng ngày nghỉ lễ)": a day falling on a day off, said in a schedule's note to
 * explain why the session is held on another (the words after the day, folded).
 */
const ON_DAY_OFF = /^\s*(\([^()]*\)\s*)?(la |vao )?(ngay )?trung (vao |voi )?(ngay |dip )?(chu nhat|thu bay|nghi|le|tet|cuoi tuan)\b/
/** "(Từ tháng 3/2013) đến nay" (folded, just after the day or month): a span up to now, what was done, no session. */
const UP_TO_NOW = /^\s*(den|toi|cho den) nay\b/
/**
 * "Ngày 20-9, Đoàn ĐBQH tỉnh có Công văn số 41/…", "…, Đoàn ĐBQH tỉnh ban hành Kế hoạch số 08/…" (folded, just after the
 * day): the day a body issued the document that a news page reports on, no session's.
 */
const ISSUED_ON = new RegExp(String.raw`^\s*,\s*[^.;]{0,60}\b(co|ban hanh|ky|gui)\s+${DOCUMENT_KIND.source}\s+so\b`)
/**
 * "trong thời gian 1/2 ngày tại một địa điểm" (folded): half a day, how long a meeting lasts, no 1st of February. Not
 * after "ngày" or a weekday: "Ngày 1/3 buổi sáng", "Thứ Bảy ngày 1/2 buổi chiều" are days.
 */
const FRACTION_OF_DAY = /^1\s*\/\s*[2-4] (ngay|buoi)\b/
const NAMES_DAY = /(ngay|thu (hai|ba|tu|nam|sau|bay|[2-7])|chu nhat)\s*$/
const isFractionOfDay = (folded: string, index: number, end: number) =>
  FRACTION_OF_DAY.test(folded.slice(index, end + 6)) && !NAMES_DAY.test(folded.slice(Math.max(0, index - 12), index))
/**
 * "thông báo kết quả Kỳ họp chuyên đề HĐND tỉnh (tổ chức ngày 02/5/2024)" (folded, before the day): the day of the council's
 * sitting, right after its name (brackets fold away), no meeting with voters. Not when the clause names one before the
 * sitting ("Hội nghị tiếp xúc cử tri trước Kỳ họp thứ 7 sẽ tổ chức ngày 5/7"), nor after a comma ("… sau Kỳ họp thứ 7, tổ
 * chức ngày 5/7").
 */
const SITTING_DAY = /\bky hop\b([^.;,]{0,60})\b(to chuc|dien ra|hop)\s+(vao )?(ngay )?$/
const isSittingDay = (before: string) => {
  const sitting = SITTING_DAY.exec(before)
  const clause = sitting ? (before.slice(0, sitting.index).split(/[.;,]/).at(-1) ?? '') : ''
  return sitting !== null && !/\b(tiep xuc|doi thoai|cu tri|tiep cong dan)\b/.test(`${clause} ${sitting[1] ?? ''}`)
}
const notSessionDay = (folded: string, index: number, end = index) =>
  isSittingDay(folded.slice(Math.max(0, index - 120), index)) ||
  isFractionOfDay(folded, index, end) ||
  ON_DAY_OFF.test(folded.slice(end, end + 60)) ||
  ISSUED_ON.test(folded.slice(end, end + 110)) ||
  UP_TO_NOW.test(folded.slice(end, end + 20)) ||
  NOT_SESSION_DAY.test(folded.slice(Math.max(0, index - 70), index)) ||
  (ANNIVERSARY.test(folded.slice(Math.max(0, index - 120), index)) && !ownClauseDay(folded, index, end)) ||
  NEXT_DEADLINE.test(folded.slice(Math.max(0, index - 130), index)) ||
  OTHER_WINDOW.test(folded.slice(Math.max(0, index - 80), index))
// ("… tạm lùi do trùng thời gian chuẩn bị kỳ họp; thời gian cụ thể sẽ thông báo sau": put off with no new day; "tạm lùi
// sang ngày …" moves it.)
// ("Hoãn buổi đối thoại … (dự kiến tổ chức ngày 16/10/2014 …). Thời gian … sẽ thông báo sau.": deferred from its first word.)
const DEFERRED = new RegExp(
  String.raw`^hoan (buoi|cuoc|phien|hoi nghi)\b` +
    String.raw`|\b(tam hoan|hoan to chuc|hoan lai|hoan den khi|chua to chuc|tam lui(?! (sang|den|toi|vao|lai vao)\b))\b`,
)
const MOVED = new RegExp(
  // ("Nay lùi thời gian tổ chức sang 8 giờ 00, ngày 22/7": what is moved may be named between.)
  String.raw`\b(nay )?(dieu chinh|chuyen|lui|doi|thay doi)( lai)?( (thoi gian|ngay|lich|thoi diem)( to chuc)?` +
    // ("… thống nhất điều chỉnh lịch tiếp công dân định kỳ vào ngày 19/10/2020": the reception named too.)
    String.raw`( (hoi nghi|doi thoai|buoi doi thoai|tiep cong dan( dinh ky)?))?)? (sang|thanh|lai vao|den|toi|vao)\b` +
    // "… từ ngày 10-11-2017 sang 8 giờ 00, ngày 23-11-2017": the day after "sang" is the new one.
    // ("chuyển từ thứ Ba, ngày 09/10 sang thứ Năm, ngày 11/10": the old day's weekday may stand before it.)
    // ("… từ 14h00 thứ Sáu ngày 16/9/2022 sang 14h00 thứ Sáu, ngày 23/9/2022": its hour too.)
    // ("… chuyển từ sáng thứ Ba 01/10 sang sáng thứ Năm 03/10/2024": the old day's half too.)
    String.raw`|\btu ((buoi )?(sang|chieu|toi) )?(\d{1,2}\s*(h|gio)\s*(\d{1,2})?( phut)?,? )?((thu [a-z0-9]+|chu nhat),? )?` +
    String.raw`(ngay )?\d{1,2}\s*[/.-]\s*\d{1,2}(\s*[/.-]\s*\d{2,4})? (sang|thanh)\b` +
    // ("… có ghi: "Thời gian: …, ngày 26/3/2025". Nay đính chính lại như sau: "Thời gian: …, ngày 27/3/2025"": a correction.)
    String.raw`|\bnay dinh chinh( lai)?( nhu sau| thanh| la)?\b` +
    // ("Chuyển buổi tiếp công dân ngày 15/9/2022 (thứ Năm) sang 8 giờ 00, ngày 20/9/2022": the session and its old day.)
    String.raw`|\b(chuyen|lui|doi|dieu chinh)( [a-z]+){1,12} (ngay )?\d{1,2}\s*[/.-]\s*\d{1,2}(\s*[/.-]\s*\d{2,4})?` +
    // (… only where a time follows: "… ngày 15/4 sang Hội trường UBND xã …" moves the place, "… sang buổi chiều cùng ngày" the hour.)
    String.raw`( (thu [a-z0-9]+|chu nhat))? (sang|thanh)(?= (\d|ngay\b|thu\b|chu nhat\b))`,
)
/**
 * Words that move a session to another day ("theo lịch là ngày 21/8 (thứ Hai); do …, lùi sang ngày 25/8 (thứ Sáu)"): the
 * days before them are the old one, no session of their own.
 */
export const movesDay = (text: string) => MOVED.test(foldWithMap(text).folded)
const UNSCHEDULED = new RegExp(
  [
    'chua (xac dinh|co lich|len lich|ro)',
    'se (thong bao|co giay moi|co lich)',
    'thong bao sau',
    'khi can thiet',
    'dot xuat',
    'khi (cong dan|nguoi dan|nhan dan) (co )?(nguyen vong|yeu cau|de nghi)',
  ].join('|'),
)

/** The first time of day in a folded text, its dates ("15/6") blanked first so that they are not read as hours. */
function clockOf(folded: string) {
  return findClocks(folded.replace(/(\d{1,2})\s*[/.-]\s*(\d{1,2})/g, (m) => ' '.repeat(m.length)))[0] ?? null
}

interface Range {
  index: number
  end: number
  start: LocalDate
  last: LocalDate
}

/**
 * "trong 6 tháng đầu năm 2023", "định kỳ quý 2 năm 2023", "của tháng 5/2023" (folded): the parts of a year a session is said to
 * be held in or for, with their months (not one it speaks about: "về kết quả giải quyết kiến nghị quý 2 năm 2023").
 */
const PART_OF_YEAR = new RegExp(
  String.raw`\b(?:trong|cua|dinh ky)\s+(?:quy (?<quarter>[ivx]{1,3}|[1-4])|(?:6|sau) thang (?<half>dau|cuoi)|thang (?<month>\d{1,2}))` +
    String.raw`(?: nam |\s*[/.-]\s*)(?<year>20\d{2})\b`,
  'g',
)

/** The one year whose named parts hold a month (null when none, or parts of several years do). */
function yearOfPartHolding(folded: string, month: number | undefined): number | null {
  if (month === undefined) {
    return null
  }
  const years = new Set<number>()
  for (const m of folded.matchAll(PART_OF_YEAR)) {
    const { quarter, half, month: named, year: written } = m.groups ?? {}
    const q = quarter ? (ROMAN_QUARTER[quarter] ?? Number(quarter)) : null
    const [from, to] = q ? [q * 3 - 2, q * 3] : half ? (half === 'dau' ? [1, 6] : [7, 12]) : [Number(named), Number(named)]
    if (from <= month && month <= to) {
      years.add(Number(written))
    }
  }
  return years.size === 1 ? [...years][0]! : null
}

/** "(quý II) năm sau", "(tháng 3) năm tới" (folded, just after the month or quarter): of the year after. */
const NEXT_YEAR = /^,?\s*(cua )?nam (sau|toi|ke tiep)\b/

function year(explicit: number | null, ctx: TimeContext): number | null {
  return explicit ?? ctx.year ?? null
}

/** "nhân ngày Doanh nhân Việt Nam", "nhân dịp kỷ niệm …" just before a day: an occasion's day, no session's (folded). */
const OCCASION = /\bnhan (dip )?(ngay|ky niem)\b[^\d]{0,50}$/

/**
 * Reads the time of a session from a label's value or a sentence: "8 giờ 00, ngày 21/5/2024 (thứ
 * Ba)", "Tháng 6 — Ngày 18 (thứ Ba)", "dự kiến tổ chức vào ngày 17/11/2020 hoặc ngày 18/11/2020",
 * "trong khoảng từ ngày 15/9 đến 25/9/2023", "giữa tháng 10/2023", "Quý II năm 2023 (dự kiến
 * trong tháng 4/2023)", "quý III/2019", "chưa xác định". Null when it states no time at all.
 */
export function readSessionTime(input: string, ctx: TimeContext): SessionTimeRead | null {
  let text = input.replace(/\s+/g, ' ').trim()
  if (!text) {
    return null
  }
  // An adjustment: "đã ghi … là ngày 19/5/2016, nay điều chỉnh sang … ngày 23/6/2016" — the new time counts;
  // "… nay tạm hoãn; thời gian … sẽ thông báo sau" — none.
  const folded0 = foldWithMap(text)
  if (DEFERRED.test(folded0.folded)) {
    return { precision: 'unscheduled', start: null, end: null, hour: null, minute: null, text: text.replace(/[.;]+$/, '') }
  }
  const moved = MOVED.exec(folded0.folded)
  // "ngày 19/10/2023 (thứ Năm tuần thứ hai là ngày 12/10/2023 trùng … nên lùi sang thứ Năm tuần kế tiếp)": a remark in
  // brackets saying why the day given is not the usual one; the day before it stands.
  const before = moved ? text.normalize('NFC').slice(0, folded0.map[moved.index] ?? 0) : ''
  const remark = /\([^()]*$/.test(before) && /\d{1,2}\s*[/.-]\s*\d{1,2}/.test(before.replace(/\([^()]*$/, ''))
  if (moved && !remark) {
    text = text
      .normalize('NFC')
      .slice((folded0.map[moved.index + moved[0].length - 1] ?? 0) + 1)
      .trim()
  }
  const { folded, map } = foldWithMap(text)
  // The clause that holds the time, as written: a sentence may go on to the venue or the audience.
  const source = text.normalize('NFC')
  const clause = (index: number) => {
    const at = map[index] ?? 0
    const from = Math.max(source.lastIndexOf('. ', at), source.lastIndexOf('; ', at))
    const stops = [source.indexOf('. ', at), source.indexOf('; ', at)].filter((i) => i !== -1)
    return source
      .slice(from === -1 ? 0 : from + 2, stops.length > 0 ? Math.min(...stops) : source.length)
      .replace(/[.;,]+$/, '')
      .trim()
  }
  const clock = clockOf(folded)
  const withClock = (read: Omit<SessionTimeRead, 'hour' | 'minute'>): SessionTimeRead => ({
    ...read,
    hour: read.precision === 'day' ? (clock?.hour ?? null) : null,
    minute: read.precision === 'day' ? (clock?.minute ?? null) : null,
  })
  const days = findDays(folded).filter((d) => !notSessionDay(folded, d.index, d.end))
  const months = findMonths(folded).filter(
    (m) => !NOT_SESSION_DAY.test(folded.slice(Math.max(0, m.index - 40), m.index)) && !UP_TO_NOW.test(folded.slice(m.end, m.end + 20)),
  )
  // "Chiều 31/5, UBND Quận 6 tổ chức Hội nghị đối thoại … trong 6 tháng đầu năm 2023 và Hội nghị nhân dân quý 2 năm 2023" on
  // a page posted in 2024: a day without its year, in words that name a part of one year holding that day's month, is of
  // that year. (Not a part that does not hold it: "Ngày 15/1, … tổng kết đối thoại quý IV năm 2023" is of the next year.)
  const partYear = days.every((d) => d.year === null) ? yearOfPartHolding(folded, days[0]?.month) : null
  if (partYear !== null) {
    ctx = { ...ctx, year: partYear }
  }
  // "… đối thoại … với các doanh nghiệp nhân ngày Doanh nhân Việt Nam 13/10": the day of the occasion the session is held
  // for; the session falls around it, in its month, on no day the text gives.
  const occasion = days.length === 1 && months.length === 0 ? days[0]! : null
  const around = occasion ? year(occasion.year, ctx) : null
  if (occasion && around !== null && OCCASION.test(folded.slice(Math.max(0, occasion.index - 60), occasion.index))) {
    const start = makeDate(around, occasion.month, 1)
    return withClock({ precision: 'month', start, end: lastDayOfMonth(around, occasion.month), text: clause(occasion.index) })
  }
  // "… kết hợp trong Hội nghị đối thoại quý IV": the time of another session the text refers to.
  // (A month or quarter after "hoàn thành trong", "… tổ chức đối thoại với nông dân, hoàn thành trong quý III/2018", is the
  // deadline of the work, as "hoàn thành" already makes a day or a month one (NOT_SESSION_DAY): the sessions it asks for
  // have no time of their own.)
  // (… nor that of a session whose conclusions are followed up: "nghe kết quả giải quyết các … kết luận, chỉ đạo của đồng chí
  // … tại phiên tiếp dân tháng 1, tháng 2 năm 2020".)
  const referred = (index: number) =>
    /ket hop (trong|voi|vao|tai)( [a-z]+){0,5}\s*$|\bhoan thanh (trong|truoc)\s*$/.test(folded.slice(Math.max(0, index - 60), index)) ||
    /\b(ket luan|chi dao)\b[^.;]{0,120}\btai (cac )?(phien|buoi|hoi nghi|cuoc)( [a-z]+){0,4}\s*$/.test(
      folded.slice(Math.max(0, index - 200), index),
    )

  // Ranges and alternatives of days: "từ ngày 15/9 đến 25/9/2023", "ngày 17/11/2020 hoặc ngày 18/11/2020", "ngày 15-16/9/2023".
  const ranges: Range[] = []
  for (let i = 0; i + 1 < days.length; i++) {
    const a = days[i]!
    const b = days[i + 1]!
    const between = folded.slice(a.end, b.index)
    // (A weekday may stand between: "ngày 05/9/2019 (thứ Năm) hoặc ngày 06/9/2019".)
    if (/^\s*((thu \S+|chu nhat)\s*)?(den|-|–|toi|hoac|va|,)\s*(het\s+)?(ngay\s*)?$/.test(between)) {
      const y = year(b.year ?? a.year, ctx)
      const from = y === null ? null : makeDate(a.year ?? y, a.month, a.day)
      const to = y === null ? null : makeDate(y, b.month, b.day)
      if (from && to && from <= to) {
        ranges.push({ index: a.index, end: b.end, start: from, last: to })
        i++
      }
    }
  }
  for (const m of folded.matchAll(
    // "15-16/9/2023", "ngày 12 đến ngày 13/12/2013" (not "thứ 6, ngày 11/10": a weekday is no first day).
    new RegExp(
      // (… nor its numeral without "ngày": "Thứ 3, 15/4/2025", "T5, 12/12" is one day.)
      String.raw`(?<![\d/])(?<!\b(?:thu |t))(\d{1,2})\s*(?:-|–|den|va|hoac|,)\s*` +
        String.raw`(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?` +
        // (with words between, the date may be written "13-12-2013" or "13.12.2013": "ngày 15 hoặc 16-12-2027")
        String.raw`|(?<=ngay )(\d{1,2}) (?:den|hoac|va) (?:ngay )?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?`,
      'g',
    ),
  )) {
    const [first, last, month, written] = m[1] ? [m[1], m[2], m[3], m[4]] : [m[5], m[6], m[7], m[8]]
    const y = year(written ? Number(written) : null, ctx)
    const from = y === null ? null : makeDate(y, Number(month), Number(first))
    const to = y === null ? null : makeDate(y, Number(month), Number(last))
    if (from && to && from < to && !days.some((d) => d.index === m.index)) {
      ranges.push({ index: m.index, end: m.index + m[0].length, start: from, last: to })
    }
  }
  // "ngày 15 và 16 tháng 8 năm 2024", "từ ngày 10 đến ngày 14 tháng 6"
  for (const m of folded.matchAll(/ngay (\d{1,2}),? (?:va|den|-|–|,|hoac) (?:ngay )?(\d{1,2}),? thang (\d{1,2})(?:,? nam (\d{4}))?/g)) {
    const y = year(m[4] ? Number(m[4]) : null, ctx)
    const from = y === null ? null : makeDate(y, Number(m[3]), Number(m[1]))
    const to = y === null ? null : makeDate(y, Number(m[3]), Number(m[2]))
    if (from && to && from < to) {
      ranges.push({ index: m.index, end: m.index + m[0].length, start: from, last: to })
    }
  }
  const range = ranges.sort((a, b) => a.index - b.index)[0]
  const day = days.find((d) => !ranges.some((r) => d.index >= r.index && d.index < r.end))
  // "Tuần thứ nhất (từ 01/10 đến 05/10): thứ Ba, ngày 02/10 - …": a day inside the window named before it is the session's;
  // the window is only its week.
  const dayDate = day ? makeDate(year(day.year, ctx) ?? 0, day.month, day.day) : null
  // ("02 ngày, ngày 15 và 16/9/2022; khai mạc lúc 7 giờ 30 phút ngày 15/9/2022": the hour it opens on its first day, which
  // keeps the days it is held on.)
  const opening = range && day && dayDate === range.start && /\b(khai mac|bat dau)\b/.test(folded.slice(range.end, day.index))
  const within = range && day && dayDate && !opening && range.end <= day.index && range.start <= dayDate && dayDate <= range.last
  if (range && (!day || range.index <= day.index) && !within) {
    return withClock({
      precision: range.start === range.last ? 'day' : 'month',
      start: range.start,
      end: range.last,
      text: clause(range.index),
    })
  }
  // "Ngày 15/5 (nếu trùng ngày nghỉ thì chuyển sang ngày làm việc kế tiếp)": the day the rule after it gives, the next
  // working day when the one written is a day off.
  const heldOn = (date: LocalDate, end: number) =>
    NEXT_WORKING_DAY.test(folded.slice(end, end + 120)) ? NATIONAL.nearestWorkingDay(date, 1) : date
  if (day) {
    const y = year(day.year, ctx)
    const date = y === null ? null : makeDate(y, day.month, day.day)
    if (date) {
      const held = heldOn(date, day.end)
      return withClock({ precision: 'day', start: held, end: held, text: clause(day.index) })
    }
  }
  const dated = monthThenWeekday(folded, ctx)
  if (dated) {
    const held = heldOn(dated.date, dated.end)
    return withClock({ precision: 'day', start: held, end: held, text: clause(dated.index) })
  }
  // "Tháng 6 — Ngày 18 (thứ Ba)", or "Ngày 18" under a month heading.
  const bareDay = /(?<![\d/])\bngay (\d{1,2})\b(?!\s*[/.-]\s*\d)(?! thang)/.exec(folded)
  if (bareDay && !NOT_SESSION_DAY.test(folded.slice(0, bareDay.index))) {
    const month = months.find((m) => m.index < bareDay.index) ?? null
    const m = month?.month ?? ctx.month ?? null
    const y = year(month?.year ?? null, ctx)
    const date = m !== null && y !== null ? makeDate(y, m, Number(bareDay[1])) : null
    if (date) {
      const held = heldOn(date, bareDay.index + bareDay[0].length)
      return withClock({ precision: 'day', start: held, end: held, text: clause(bareDay.index) })
    }
  }
  // "dự kiến trong quý II năm sau", "tháng 3 năm tới": the year after the plan's.
  const nextYear = (end: number, written: number | null) => {
    const y = year(written, ctx)
    return written === null && y !== null && NEXT_YEAR.test(folded.slice(end, end + 20)) ? y + 1 : y
  }
  const ownMonths = months.filter((m) => !referred(m.index))
  const month = ownMonths.find((m) => /du kien|vao|trong/.test(folded.slice(Math.max(0, m.index - 20), m.index))) ?? ownMonths[0]
  // "vào tháng 7 hoặc tháng 8/2019": two months the session may fall in, the window of both (as two alternative days are),
  // in the year the second gives.
  const other = month ? ownMonths[ownMonths.indexOf(month) + 1] : undefined
  const either = month && other && /^\s*hoac\s*$/.test(folded.slice(month.end, other.index)) && other.month > month.month ? other : null
  if (month) {
    const y = nextYear(month.end, month.year ?? either?.year ?? null)
    if (y !== null) {
      // "đầu tháng 5", "giữa tháng 10" name no days: the month, none invented.
      const lastDay = lastDayOfMonth(y, either?.month ?? month.month)
      return withClock({ precision: 'month', start: makeDate(y, month.month, 1), end: lastDay, text: clause(month.index) })
    }
  }
  const quarter = findQuarters(folded).find((q) => !referred(q.index))
  if (quarter) {
    const y = nextYear(quarter.end, quarter.year)
    if (y !== null) {
      return withClock({
        precision: 'quarter',
        start: quarterStart(y, quarter.quarter),
        end: quarterEnd(y, quarter.quarter),
        text: clause(quarter.index),
      })
    }
  }
  // "Từ 8h30 đến 10h00 sáng nay, trên Cổng thông tin …" under "Hải Phòng, ngày 19 tháng 09 năm 2019": the day of the news item.
  const today = ctx.today ? /\b((sang|chieu|toi|trua) nay|hom nay)\b/.exec(folded) : null
  // (… not a voter's words the item quotes: "“Và hôm nay, cử tri bày tỏ …”" is no day of the item's.)
  if (today && ctx.today && (source.slice(0, map[today.index] ?? 0).match(/["“”]/g)?.length ?? 0) % 2 === 0) {
    return withClock({ precision: 'day', start: ctx.today, end: ctx.today, text: clause(today.index) })
  }
  if (UNSCHEDULED.test(folded)) {
    return withClock({ precision: 'unscheduled', start: null, end: null, text })
  }
  return null
}

/**
 * The days of a schedule line that lists several sessions: "Quý I: ngày 15/01 (thứ Ba), ngày 15/02 (thứ
 * Sáu) và ngày 15/3 (thứ Sáu)" → three days. Empty unless the line lists two or more days apart from one
 * another (not a range, "từ … đến …", nor alternatives, "… hoặc …", nor two days in a row, one session).
 */
/** "(các) ngày 02, 09, 16 và 23/10/2025" (folded): the days, the last, its month and its year. */
const SHARED_MONTH_DAYS =
  /\bngay ((?:\d{1,2}\s*,\s*)*\d{1,2})\s*(?:,|va)\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?!\d)(?!\s*[/.-]\s*\d)/

export function readSessionDays(input: string, ctx: TimeContext): SessionTimeRead[] {
  // What brackets hold is a remark ("17/6 (thứ Hai, do ngày 15/6 là thứ Bảy)"), not another day.
  const text = input
    .replace(/\([^()]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  const { folded } = foldWithMap(text)
  // (The hours of the sessions, "buổi sáng từ 7 giờ 30 phút đến 11 giờ 00 phút", are no range of days.)
  const hours = /\btu \d{1,2}\s*(gio|h)(\s*\d{1,2}(\s*phut)?)? den \d{1,2}\s*(gio|h)/g
  if (/\b(hoac|den|toi)\b/.test(folded.replace(hours, ' '))) {
    return []
  }
  const days = findDays(folded).filter((d) => !notSessionDay(folded, d.index, d.end))
  if (days.length === 0) {
    days.push(...bareDays(folded, ctx))
  }
  // "thứ Năm các ngày 02, 09, 16, 23 và 30/10/2025": days of one month, the month and year written once, after the last.
  const shared = SHARED_MONTH_DAYS.exec(folded)
  const dates =
    days.length < 2 && shared && !notSessionDay(folded, shared.index) ? sharedMonthDays(shared, ctx) : listedDays(days, folded, ctx)
  // (Days in a row, "trong 02 ngày 26 và 27/10", are one session over them, read elsewhere.)
  const apart = dates?.every((date, i) => i === 0 || Date.parse(date) - Date.parse(dates[i - 1]!) > 3 * 86_400_000)
  if (!dates || dates.length < 2 || !apart) {
    return []
  }
  const clock = clockOf(folded)
  return dates.map((date) => ({
    precision: 'day',
    start: date,
    end: date,
    hour: clock?.hour ?? null,
    minute: clock?.minute ?? null,
    text: text.replace(/[.;]+$/, ''),
  }))
}

/** The days of "các ngày 02, 09 và 16/10/2025" (SHARED_MONTH_DAYS matched), or null when one is no date. */
function sharedMonthDays(shared: RegExpExecArray, ctx: TimeContext): LocalDate[] | null {
  const month = Number(shared[3])
  const y = year(shared[4] ? Number(shared[4]) : null, ctx)
  const dates = [...(shared[1] ?? '').split(/\s*,\s*/), shared[2] ?? ''].map((day) => (y === null ? null : makeDate(y, month, Number(day))))
  return dates.every((date): date is LocalDate => date !== null) ? dates : null
}

/** The days a line lists one after another ("ngày 15/6, 20/7 và ngày 18/8"), or null when anything else stands between. */
function listedDays(days: ReturnType<typeof findDays>, folded: string, ctx: TimeContext): LocalDate[] | null {
  const dates: LocalDate[] = []
  for (let i = 0; i < days.length; i++) {
    const d = days[i]!
    // (A weekday may stand before the next: "ngày 04/7 và thứ Năm, ngày 18/7".)
    if (
      i > 0 &&
      !/^\s*(,|va|;)?\s*((thu (hai|ba|tu|nam|sau|bay)|chu nhat),?\s*)?(ngay\s*)?$/.test(folded.slice(days[i - 1]!.end, d.index))
    ) {
      return null
    }
    const y = year(d.year ?? days.at(-1)?.year ?? null, ctx)
    const date = y === null ? null : makeDate(y, d.month, d.day)
    if (!date) {
      return null
    }
    dates.push(date)
  }
  return dates
}

/**
 * Days written without their month, in a line or under a heading that names it: "Tháng 7/2024: ngày 10 (thứ Tư) và
 * ngày 25 (thứ Năm)" → 10/7 and 25/7/2024. None when no month is named before them ("ngày 10 và ngày 25 hằng tháng").
 */
function bareDays(folded: string, ctx: TimeContext): { index: number; end: number; day: number; month: number; year: number | null }[] {
  const found = [...folded.matchAll(/(?<![\d/])\bngay (\d{1,2})\b(?!\s*[/.-]\s*\d)(?! thang)/g)]
  const first = found[0]
  if (!first || NOT_SESSION_DAY.test(folded.slice(0, first.index))) {
    return []
  }
  const named = findMonths(folded).find((m) => m.index < first.index)
  const month = named?.month ?? ctx.month ?? null
  if (month === null) {
    return []
  }
  return found.map((m) => ({
    index: m.index,
    end: m.index + m[0].length,
    day: Number(m[1]),
    month,
    year: named?.year ?? null,
  }))
}

/**
 * "Tháng 1 30 (Thứ 2)" (folded), a table's row of month, day and weekday: the number after the month is its day only
 * when the weekday written agrees with that date; otherwise it may be a count or the start of another cell.
 */
const MONTH_DAY_WEEKDAY = /\bthang (\d{1,2}) (\d{1,2})\s*[(,-]?\s*(?:thu (\d|hai|ba|tu|nam|sau|bay)|(chu nhat))\b/

function monthThenWeekday(folded: string, ctx: TimeContext): { date: LocalDate; index: number; end: number } | null {
  const m = MONTH_DAY_WEEKDAY.exec(folded)
  const y = m ? year(null, ctx) : null
  const date = m && y !== null ? makeDate(y, Number(m[1]), Number(m[2])) : null
  if (!m || !date) {
    return null
  }
  const written = weekdayNumber(m[4] ?? `thu ${m[3] ?? ''}`)
  return weekdayOf(date) === written ? { date, index: m.index, end: m.index + m[0].length } : null
}

/** The month a heading names ("Tháng 6/2024", "THÁNG 7"), for the days listed under it. */
export function monthOf(input: string): { month: number; year: number | null } | null {
  const { folded } = foldWithMap(input)
  const month = findMonths(folded)[0]
  return month && month.index < 12 ? { month: month.month, year: month.year } : null
}

const WEEKDAY: Record<string, number> = { 'chu nhat': 0, hai: 1, ba: 2, tu: 3, nam: 4, sau: 5, bay: 6 }
/** A weekday's number (0 = Sunday; −1 unknown) from its folded name: "chu nhat", "thu ba", "thu 3" (Tuesday). */
export function weekdayNumber(name: string): number {
  const word = name.replace(/^thu\s+/, '')
  return name === 'chu nhat' ? 0 : /^\d$/.test(word) ? Number(word) - 1 : (WEEKDAY[word] ?? -1)
}
const WEEK_OF_MONTH: Record<string, number> = { nhat: 1, 'dau tien': 1, dau: 1, hai: 2, ba: 3, tu: 4, 'cuoi cung': -1, cuoi: -1 }
// ("thứ Năm tuần thứ hai hằng tháng", "thứ Sáu cuối cùng của tháng", "ngày thứ 5 của tuần thứ 2 mỗi tháng".)
const RECURRING = new RegExp(
  String.raw`\b(?:ngay )?(thu (hai|ba|tu|nam|sau|bay|[2-7])|chu nhat),?(?: cua)?(?: tuan(?: thu)?)? ` +
    String.raw`(nhat|dau tien|dau|hai|ba|tu|cuoi cung|cuoi|[1-4])(?:(?: cua)? (?:hang|moi|cac) thang\b| cua thang\b(?! \d))`,
)
// ("từ tháng 7/2022 đến hết tháng 12/2022": the first month may carry the year too.)
const MONTH_SPAN = /\btu thang (\d{1,2})(?:\s*[/.-]\s*\d{4}| nam \d{4})? den (?:het )?thang (\d{1,2})(?:\s*[/.-]\s*(\d{4})| nam (\d{4}))?/
/**
 * "ngày 25 của các tháng 3, 6, 9 và 12 năm 2023", "ngày 15 các tháng 1, 4, 7, 10", "ngày 15 hằng tháng trong các tháng: 02,
 * 03, 04 … và 11 năm 2017" (folded): a day of each month listed.
 */
const MONTHS_LISTED = new RegExp(
  String.raw`\bngay (\d{1,2}) (?:(?:hang|moi) thang,? (?:trong|vao|o) )?(?:cua )?cac thang\s*:?\s*` +
    String.raw`(\d{1,2}(?:\s*(?:,|va)\s*\d{1,2})+)(?:\s*(?:[/.-]\s*|nam\s+)(\d{4}))?`,
)
/** "vào ngày 10 hằng tháng": a day of the month, each month. */
const MONTH_DAY = /\bngay (\d{1,2}) (?:hang|moi|cac) thang\b/
/** A day of the rule that falls on a day off (folded): "trùng vào ngày nghỉ", "gặp ngày thứ Bảy, Chủ nhật", "nếu là ngày lễ". */
const ON_A_DAY_OFF = String.raw`\b(trung|roi|la|gap)( vao| voi)?( cac)?( ngay)? (nghi|le|thu bay|chu nhat|tet)\b.{0,80}?`
/** "… thì chuyển sang ngày làm việc liền trước", "… lên ngày làm việc trước đó": a day off gives way to the working day before. */
const PREVIOUS_WORKING_DAY = new RegExp(`${ON_A_DAY_OFF}\\bngay (lam viec )?(lien truoc|truoc do|ke truoc|lien ke truoc)\\b`)
/** "… thì chuyển sang ngày làm việc tiếp theo", "… tiếp vào ngày liền kề", "… lùi sang ngày hôm sau": the working day after. */
// ("liền kề trước đó" is the day before: "liền kề" alone, the day after.)
const NEXT_WORKING_DAY = new RegExp(`${ON_A_DAY_OFF}\\bngay (lam viec )?(tiep theo|lien ke(?! truoc)|ke tiep|sau do|lien sau|hom sau)\\b`)

/** The national days off, on which a recurring day is moved (a committee's own calendar is the tasks', not the plan's words). */
const NATIONAL = createCalendar()

/**
 * A day that recurs each month over a span of months: "14 giờ 00, thứ Năm tuần thứ ba hằng tháng, từ tháng 6 đến
 * tháng 12/2024" → the third Thursday of June … December 2024, at 14:00. Empty without a span of months: a rule
 * alone ("thứ Năm tuần thứ ba hằng tháng") names no months, and its days are listed elsewhere or not at all.
 */
export function readRecurringDays(input: string, ctx: TimeContext): SessionTimeRead[] {
  const { folded } = foldWithMap(input.replace(/\s+/g, ' '))
  // ("vào ngày 25 của các tháng 3, 6, 9 và 12 năm 2023": that day of each month listed.)
  const listed = MONTHS_LISTED.exec(folded)
  if (listed) {
    const months = (listed[2] ?? '').match(/\d{1,2}/g)?.map(Number) ?? []
    const y = year(listed[3] ? Number(listed[3]) : null, ctx)
    return months.flatMap((month) => monthDays(Number(listed[1]), [month, month], y, folded, listed[0]))
  }
  const rule = RECURRING.exec(folded)
  const span = MONTH_SPAN.exec(folded)
  if (!rule && !span) {
    return weeklyDays(folded, ctx)
  }
  const monthDay = rule ? null : MONTH_DAY.exec(folded)
  if (monthDay && span) {
    const y = year(span[3] ? Number(span[3]) : span[4] ? Number(span[4]) : null, ctx)
    return monthDays(Number(monthDay[1]), [Number(span[1]), Number(span[2])], y, folded, monthDay[0])
  }
  if (!rule || !span) {
    return []
  }
  const { weekday, week } = weekOfRule(rule)
  const y = year(span[3] ? Number(span[3]) : span[4] ? Number(span[4]) : null, ctx)
  const [from, to] = [Number(span[1]), Number(span[2])]
  if (y === null || weekday < 0 || week === 0 || from < 1 || to > 12 || from >= to) {
    return []
  }
  const clock = clockOf(folded)
  const days: SessionTimeRead[] = []
  for (let month = from; month <= to; month++) {
    const date = nthWeekday(y, month, weekday, week)
    if (date) {
      days.push({ precision: 'day', start: date, end: date, hour: clock?.hour ?? null, minute: clock?.minute ?? null, text: rule[0] })
    }
  }
  return days
}

/** A RECURRING match's weekday (0 = Sunday; −1 unknown) and week of the month (−1 = the last; 0 unknown). */
function weekOfRule(rule: RegExpExecArray): { weekday: number; week: number } {
  const weekday = weekdayNumber(rule[1] ?? '')
  const week = /\d/.test(rule[3] ?? '') ? Number(rule[3]) : (WEEK_OF_MONTH[rule[3] ?? ''] ?? 0)
  return { weekday, week }
}

/** The weekday of a week of the month (week −1: the last): "thứ Năm tuần thứ hai" of 3/2025 → 13/3/2025. */
function nthWeekday(y: number, month: number, weekday: number, week: number): LocalDate | null {
  const first = new Date(Date.UTC(y, month - 1, 1)).getUTCDay()
  const last = new Date(Date.UTC(y, month, 0)).getUTCDate()
  const firstMatch = 1 + ((weekday - first + 7) % 7)
  const day = week > 0 ? firstMatch + 7 * (week - 1) : firstMatch + 7 * Math.floor((last - firstMatch) / 7)
  return day <= last ? makeDate(y, month, day) : null
}

/**
 * The same day of each month of a span: "vào ngày 10 hằng tháng, từ tháng 7/2022 đến hết tháng 12/2022" → 10/7 …
 * 10/12/2022; with "trùng vào ngày nghỉ … ngày làm việc tiếp theo" (or "… liền trước"), a day off gives way to the next
 * working day (or the one before).
 */
function monthDays(day: number, [from, to]: [number, number], y: number | null, folded: string, text: string): SessionTimeRead[] {
  if (y === null || day < 1 || day > 31 || from < 1 || to > 12 || from > to) {
    return []
  }
  const moves = PREVIOUS_WORKING_DAY.test(folded) ? -1 : NEXT_WORKING_DAY.test(folded) ? 1 : 0
  const clock = clockOf(folded)
  const days: SessionTimeRead[] = []
  for (let month = from; month <= to; month++) {
    const date = makeDate(y, month, day)
    const held = date && moves !== 0 ? NATIONAL.nearestWorkingDay(date, moves) : date
    if (held) {
      days.push({ precision: 'day', start: held, end: held, hour: clock?.hour ?? null, minute: clock?.minute ?? null, text })
    }
  }
  return days
}

/** "tiếp công dân định kỳ vào ngày 15 hằng tháng" (folded): a reception's one day of each month, in the rule's sentence. */
const RECEPTION_MONTH_DAY = /\b(tiep cong dan|tiep dan|doi thoai)\b[^.;]{0,40}\bvao ngay (\d{1,2}) (?:hang|moi) thang\b[^.]*/

/**
 * The days of a reception rule over a whole year: "Đồng chí Bí thư tiếp công dân định kỳ vào ngày 15 hằng tháng; nếu ngày
 * 15 trùng vào thứ Bảy, Chủ nhật … thì chuyển sang ngày làm việc kế tiếp. Buổi sáng, từ 7 giờ 30 …" → that day of each
 * month of the year, moved off the days off. Empty when the text names its own months ("từ tháng 7 đến tháng 12"):
 * those are readRecurringDays'.
 */
export function readYearOfMonthDays(input: string, y: number): SessionTimeRead[] {
  const { folded } = foldWithMap(input.replace(/\s+/g, ' '))
  const rule = RECEPTION_MONTH_DAY.exec(folded)
  if (!rule || MONTH_SPAN.test(folded)) {
    return []
  }
  return monthDays(Number(rule[2]), [1, 12], y, folded.slice(rule.index), rule[0])
}

/** The months a title names as its period, of one year. */
export interface Period {
  year: number
  from: number
  to: number
}

/** A quarter's number in Roman numerals (folded, lower case). */
const ROMAN_QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 }
/** "quý III năm 2024", "quý 4/2024", "quý I và quý II năm 2025" (folded). */
const QUARTER_PERIOD = /\bquy (iv|i{1,3}|[1-4])(?: (?:va|den|-) (?:quy )?(iv|i{1,3}|[1-4]))?(?:\s*[/.-]\s*|\s+(?:nam\s+)?)(\d{4})\b/
/** "6 tháng đầu năm 2025", "sáu tháng cuối năm 2024" (folded). */
const HALF_PERIOD = /\b(?:6|sau) thang (dau|cuoi) nam (\d{4})\b/
/** "tháng 11/2024", "tháng 11 năm 2024" (folded). */
const MONTH_PERIOD = /\bthang (\d{1,2})(?:\s*[/.-]\s*|\s+nam\s+)(\d{4})\b/
/** "năm 2025" (folded); not one year of several, "năm 2021 - 2025", "từ năm 2021 đến năm 2025". */
const YEAR_PERIOD = /\bnam (\d{4})\b(?!\s*[-–]\s*\d{4}| den (nam )?\d{4})/
/** "Lịch tiếp công dân 2020", "lịch tiếp dân định kỳ 2021" (folded): a schedule's year right after its kind, without "năm". */
const SCHEDULE_YEAR = new RegExp(String.raw`\blich (?:${RECEPTION_KINDS})(?: dinh ky)? (\d{4})\b(?!\s*[-–/]\s*\d)`)
/** What names a year without naming a period (folded): a document's date, a law's or a decree's year. */
const NOT_A_PERIOD = new RegExp(
  String.raw`\bngay \d{1,2} thang \d{1,2} nam \d{4}\b|\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\b|` +
    String.raw`\b(luat|nghi dinh|quyet dinh|quy dinh|quy che|thong tu|chi thi|nghi quyet|hien phap)\b[^.;,]{0,60}?\bnam \d{4}\b|` +
    String.raw`\bnam \d{4}\s*[-–]\s*\d{4}\b|\btu nam \d{4} den (nam )?\d{4}\b`,
  'g',
)

/**
 * The period a title names: "Lịch tiếp công dân định kỳ năm 2025" → 1–12/2025, "… quý III năm 2024" → 7–9/2024, "… 6 tháng
 * cuối năm 2024" → 7–12/2024, "… từ tháng 3 đến tháng 6/2025", "… tháng 11/2024". Null when it names none: a rule then
 * gives no days (a news item's "tiếp dân vào ngày 15 hằng tháng" is a standing rule, not a list of sessions).
 */
export function namedPeriod(input: string): Period | null {
  // (Without the dates of documents: "Thông báo số 02/TB-UBND ngày 03 tháng 01 năm 2024 … năm 2024" names a year, not January.)
  // (Nor a law's year, "Luật Tiếp công dân năm 2013", nor years of a span, "giai đoạn 2021 - 2025", which names no one year.)
  const cut = foldWithMap(input.replace(/\s+/g, ' ')).folded
  const folded = cut.replace(NOT_A_PERIOD, ' ')
  if (folded !== cut && /\bnam \d{4}\s*[-–]\s*\d{4}|\btu nam \d{4} den/.test(cut)) {
    return null
  }
  const quarter = QUARTER_PERIOD.exec(folded)
  if (quarter) {
    const q = (n: string | undefined) => ROMAN_QUARTER[n ?? ''] ?? Number(n)
    return { year: Number(quarter[3]), from: 3 * q(quarter[1]) - 2, to: 3 * q(quarter[2] ?? quarter[1]) }
  }
  const half = HALF_PERIOD.exec(folded)
  if (half) {
    return half[1] === 'dau' ? { year: Number(half[2]), from: 1, to: 6 } : { year: Number(half[2]), from: 7, to: 12 }
  }
  const yearOf = YEAR_PERIOD.exec(folded) ?? SCHEDULE_YEAR.exec(folded)
  const span = MONTH_SPAN.exec(folded)
  // (A span across two years, "từ tháng 11/2024 đến tháng 02/2025", is no period of one year.)
  if (span && new Set(span[0].match(/\d{4}/g)).size > 1) {
    return null
  }
  const spanYear = span ? Number(span[3] ?? span[4] ?? yearOf?.[1] ?? NaN) : NaN
  if (span && Number.isFinite(spanYear) && Number(span[1]) >= 1 && Number(span[2]) <= 12 && Number(span[1]) < Number(span[2])) {
    return { year: spanYear, from: Number(span[1]), to: Number(span[2]) }
  }
  const month = MONTH_PERIOD.exec(folded)
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) {
    return { year: Number(month[2]), from: Number(month[1]), to: Number(month[1]) }
  }
  // ("Lịch tiếp dân tháng 11, năm 2024" names a month; "… vào ngày 15 hằng tháng, năm 2021" the year.)
  return yearOf && !/\bthang \d/.test(folded) ? { year: Number(yearOf[1]), from: 1, to: 12 } : null
}

/** "vào ngày 10 và ngày 25 hằng tháng", "các ngày 05, 15 và 25 hàng tháng" (folded): days of each month. */
const MONTH_DAYS = /\bngay (\d{1,2})((?:\s*(?:,|\bva\b)\s*(?:ngay\s+)?\d{1,2})*)\s+(?:hang|moi|cua moi|cua hang) thang\b/g
/** The words before a day that make it a deadline or a report's, not a session's: "trước ngày 25 hằng tháng". */
const DEADLINE_BEFORE = /\b(truoc|cham nhat|han chot|khong qua|den|bao cao|gui)( la)?( vao| trong)?\s*$/
/**
 * "thứ Năm hằng tuần", "các ngày thứ Tư hằng tuần" (folded): a weekday of every week, said so ("các ngày thứ Ba" alone may
 * only name the weekday of days listed before it).
 */
const EVERY_WEEK = /\b(?:cac ngay )?(thu (hai|ba|tu|nam|sau|bay|[2-7])|chu nhat) (?:hang|moi) tuan\b/
/**
 * After a rule, what says its days are listed (folded): "cụ thể:", "như sau:", "vào các ngày: 19/3 và 16/4/2024", a date
 * after "ngày", "(riêng tháng 02/2030 …)". (Not a house number, "số 12/5", nor an hour, "từ 7.30 đến 11.00".)
 */
const LISTS_ITS_DAYS =
  /\b(cu the|nhu sau|cac ngay|gom)\s*:|\b(cu the|nhu sau)\s*$|\bngay \d{1,2}\s*[/.-]\s*\d{1,2}\b|\brieng (thang|ngay)\b/
/** A reception or a dialogue held (folded), not the office, the schedule or the registration for it ("Ban Tiếp công dân"). */
const HELD_BY_RULE = new RegExp(
  String.raw`(?<!\b(ban|tru so|lich|dang ky|ket qua|phuc vu|cong tac|viec|bao cao|luat|noi quy|quy che) )\b(${RECEPTION_KINDS})\b`,
)
/** The reception of the standing office, every working day (folded): no leader's session. */
const STANDING = /\btiep (cong )?dan\b.{0,30}\b(thuong xuyen|hang ngay)\b/
/** "đã tiếp công dân …": a report of receptions held, no schedule. */
const REPORTED_HELD = new RegExp(String.raw`\bda (${RECEPTION_KINDS})\b`)
/** A reading of one day (no hour unless the clock gives one). */
const dayRead = (date: LocalDate, clock: { hour: number; minute: number } | null, text: string): SessionTimeRead => ({
  precision: 'day',
  start: date,
  end: date,
  hour: clock?.hour ?? null,
  minute: clock?.minute ?? null,
  text,
})

/**
 * The days a reception rule gives over a period: "Chủ tịch UBND huyện tiếp công dân định kỳ vào ngày 10 và ngày 25 hằng
 * tháng; nếu trùng vào ngày nghỉ, ngày lễ thì chuyển sang ngày làm việc tiếp theo" over 1–12/2025 → 24 days, each moved off
 * the days off; "… vào thứ Năm tuần thứ hai hằng tháng" → the second Thursday of each month. Empty when the sentence holds
 * no reception or dialogue held (nor is the line listed under one: "- Phó Chủ tịch UBND tỉnh: ngày 25 hằng tháng" under
 * "Lịch tiếp công dân … như sau:"), when the day is a deadline's ("báo cáo trước ngày 25 hằng tháng"), or the receptions
 * are reported as held. `around` is the text beside the rule where the move may be said ("2. Trường hợp trùng …").
 */
export function readRuleDays(input: string, period: Period, listedUnder = '', around = ''): SessionTimeRead[] {
  const { folded } = foldWithMap(input.replace(/\s+/g, ' '))
  // (The line a list stands under names the schedule: "Lịch tiếp công dân … như sau:".)
  const under = new RegExp(String.raw`\b(${RECEPTION_KINDS})\b`).test(foldWithMap(listedUnder).folded)
  const held = (m: RegExpExecArray | RegExpMatchArray) => {
    const index = m.index ?? 0
    const start = Math.max(folded.lastIndexOf('.', index), folded.lastIndexOf(';', index)) + 1
    // (The reception may come after its day: "định kỳ vào ngày 25 hằng tháng, Chủ tịch UBND tỉnh sẽ tiếp công dân tại …".)
    const own = folded.slice(start, index + m[0].length) + (folded.slice(index + m[0].length).split(/[.;]/)[0] ?? '')
    // ("- Đồng chí Bí thư Huyện ủy: thứ Năm tuần thứ hai hằng tháng" under "Lịch tiếp công dân … như sau:": a label's value.)
    // (Or a line that holds what its heading names: "1. Tiếp công dân định kỳ" / "- Tổ chức mỗi tháng 01 ngày, vào ngày 20 hàng
    // tháng …".)
    const label = /[:–-]\s*(vao\s+)?$/.test(folded.slice(0, index)) || /^\s*(duoc )?to chuc\b/.test(folded)
    const says = HELD_BY_RULE.test(own) || (under && start === 0 && label)
    // (The standing office's reception in a clause of its own beside the leader's: "Trụ sở … tiếp công dân thường xuyên vào
    // tất cả các ngày làm việc, và Chủ tịch UBND huyện tiếp công dân định kỳ vào ngày 15 hằng tháng".)
    const clause = folded.slice(start, index).split(',').at(-1) ?? ''
    return says && !STANDING.test(clause) && !REPORTED_HELD.test(own) && !DEADLINE_BEFORE.test(folded.slice(0, index))
  }
  // (Every day of the month the sentence names: "ngày 05 hằng tháng và ngày 20 hằng tháng".)
  const byDay = [...folded.matchAll(MONTH_DAYS)].filter(held)
  const byWeek = byDay.length > 0 ? null : RECURRING.exec(folded)
  const everyWeek = byDay.length > 0 || byWeek ? null : EVERY_WEEK.exec(folded)
  const rule = byDay[0] ?? (byWeek && held(byWeek) ? byWeek : null) ?? (everyWeek && held(everyWeek) ? everyWeek : null)
  // (A rule over its own months, "… vào ngày 15 hằng tháng, từ tháng 3/2027 đến hết tháng 6/2027" or "… trong các tháng: 02,
  // 03 và 05", is readRecurringDays'; one that goes on to list its days, "… thứ Ba tuần đầu tiên hằng tháng, cụ thể:", "…, vào
  // các ngày: 19/3 và 16/4/2024", or its exceptions, "(riêng tháng 02/2030 …)", is read from them.)
  if (!rule || MONTH_SPAN.test(folded) || MONTHS_LISTED.test(folded) || LISTS_ITS_DAYS.test(folded.slice(rule.index))) {
    return []
  }
  const after = `${folded.slice(rule.index)} ${foldWithMap(around).folded}`
  const direction = PREVIOUS_WORKING_DAY.test(after) ? -1 : NEXT_WORKING_DAY.test(after) ? 1 : 0
  const clock = clockOf(folded.slice(rule.index))
  const monthDays = byDay.flatMap((m) => [m[1], ...(m[2]?.match(/\d{1,2}/g) ?? [])].map(Number))
  const dates: LocalDate[] = []
  for (let month = period.from; month <= period.to; month++) {
    if (monthDays.length > 0) {
      dates.push(...[...new Set(monthDays)].sort((a, b) => a - b).flatMap((d) => makeDate(period.year, month, d) ?? []))
    } else if (rule === byWeek) {
      const { weekday, week } = weekOfRule(byWeek)
      const date = weekday >= 0 && week !== 0 ? nthWeekday(period.year, month, weekday, week) : null
      dates.push(...(date ? [date] : []))
    } else {
      dates.push(...weekdaysOfMonth(period.year, month, weekdayOfWeekly(rule)))
    }
  }
  return dates.map((date) => dayRead(direction === 0 ? date : NATIONAL.nearestWorkingDay(date, direction), clock, rule[0]))
}

/** "vào các ngày thứ Năm", "thứ Năm hằng tuần": a weekday every week. */
const WEEKLY = new RegExp(
  String.raw`\b(?:cac ngay (thu (hai|ba|tu|nam|sau|bay|[2-7])|chu nhat)|(thu (hai|ba|tu|nam|sau|bay|[2-7])|chu nhat) (?:hang|moi) tuan)\b`,
)
const ONE_MONTH = /\bthang (\d{1,2})(?:\s*[/.-]\s*(\d{4})| nam (\d{4}))?\b/

/**
 * A weekday every week of one month: "tiếp công dân định kỳ vào các ngày thứ Năm trong tháng 3/2027" → each Thursday of
 * March 2027. Empty without exactly one month: the rule alone names no days, and over many months it is a standing rule.
 */
function weeklyDays(folded: string, ctx: TimeContext): SessionTimeRead[] {
  const rule = WEEKLY.exec(folded)
  const months = [...folded.matchAll(new RegExp(ONE_MONTH.source, 'g'))]
  const month = months.length === 1 ? months[0] : undefined
  if (!rule || !month || month.index < rule.index) {
    return []
  }
  const weekday = weekdayOfWeekly(rule)
  const y = year(month[2] ? Number(month[2]) : month[3] ? Number(month[3]) : null, ctx)
  const m = Number(month[1])
  if (y === null || weekday < 0 || m < 1 || m > 12) {
    return []
  }
  const clock = clockOf(folded)
  return weekdaysOfMonth(y, m, weekday).map((date) => ({
    precision: 'day' as const,
    start: date,
    end: date,
    hour: clock?.hour ?? null,
    minute: clock?.minute ?? null,
    text: rule[0],
  }))
}

/** A WEEKLY match's weekday (0 = Sunday; −1 unknown). */
function weekdayOfWeekly(rule: RegExpExecArray): number {
  return weekdayNumber(rule[1] ?? rule[3] ?? '')
}

/** Every date of a month on a weekday (none for −1). */
function weekdaysOfMonth(y: number, m: number, weekday: number): LocalDate[] {
  if (weekday < 0) {
    return []
  }
  const first = new Date(Date.UTC(y, m - 1, 1)).getUTCDay()
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
  const dates: LocalDate[] = []
  for (let day = 1 + ((weekday - first + 7) % 7); day <= last; day += 7) {
    const date = makeDate(y, m, day)
    if (date) {
      dates.push(date)
    }
  }
  return dates
}
