import { createCalendar, type Calendar } from '../services/calendar/calendar.js'
import { makeDate, weekday as weekdayOf } from '../services/calendar/local-date.js'
import { foldPlain } from '../services/deadlines/dates.js'
import { foldForDeadline } from '../services/deadlines/parse.js'
import { cleanLines, type Line } from './normalize.js'
import { sameBody } from './bodies.js'
import { buildOutline, CHAT_HEAD, isCaps, markerOf, walk } from './outline.js'
import { postedDay, readSessions, type DraftSession } from './read-sessions.js'
import { readSessionTime, weekdayNumber } from './session-time.js'
import { statedTerm, readTasks, type DraftTask } from './read-tasks.js'
import { closesDocument, frameDocument, isExecution, titleEnd } from './sections.js'
import { ASSEMBLY_TERM_OPENED, MOTTO_PIECES, ORDINAL_WORDS, SESSION_WORD } from './vocabulary.js'

export interface PlanDraft {
  plan: {
    title: string
    year: number | null
    /** Number and symbol ("45-KH/TU"), when the text has them. */
    number: string | null
    issuer: string | null
    legalBases: string[]
    /** The clause allowing sessions when needed, kept as written. */
    adHoc: string | null
  }
  sessions: DraftSession[]
  bodies: { name: string; aliases: string[] }[]
  tasks: DraftTask[]
  /** What the official must look at, as message keys (the chat and the command line render them). */
  warnings: ImportWarning[]
}

export interface ImportWarning {
  key: string
  vars: Record<string, string | number>
}

export interface ReadOptions {
  year?: number | null
  /**
   * The year to read a text in when it names none at all ("Chủ tịch UBND tỉnh tiếp công dân vào chiều 6/2"): the year the
   * official imports it in. A weekday written beside a day picks, near it, the year that day falls on that weekday.
   */
  fallbackYear?: number | null
  knownBodies?: string[]
  calendar?: Calendar
}

const LEGAL_KIND = /(Quyết định|Quy định|Quy chế|Công văn|Chỉ thị|Nghị quyết|Kết luận|Hướng dẫn|Kế hoạch|Luật|Nghị định|Thông tư|Thông báo)/
/** ", ngày 05/01/2023" or " ngày 5 tháng 1 năm 2023". */
const LEGAL_DATE = /(,?\s+ngày\s+\d{1,2}\/\d{1,2}\/\d{4}|,?\s+ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})/
const LEGAL_BASIS = new RegExp(String.raw`${LEGAL_KIND.source}\s+số\s+\d[^\s,;()]*${LEGAL_DATE.source}?`, 'g')

/** A line of the preamble that cites the texts the plan rests on: "Căn cứ …", "Thực hiện …", "Xét đề nghị …". */
const CITES = /^(căn cứ|thực hiện|xét đề nghị|theo đề nghị)\s/iu
/**
 * What a citing line says of the plan itself: none of it, unless it opens the plan ("Thực hiện Kế hoạch số 12/KH-UBND
 * ngày 05/01/2023 của UBND huyện, UBND xã xây dựng kế hoạch tổ chức đối thoại năm 2024 như sau:"), in its last clause.
 */
const ownClause = (line: string) => (/:\s*$/.test(line) && line.includes(',') ? line.slice(line.lastIndexOf(',') + 1) : '')

const KINDS: [RegExp, string][] = [
  [/^ke hoach\b/, 'Kế hoạch'],
  [/^thong bao\b/, 'Thông báo'],
  [/^lich\b/, 'Lịch'],
  [/^chuong trinh\b/, 'Chương trình'],
  [/^quyet dinh\b/, 'Quyết định'],
  [/^giay moi\b/, 'Giấy mời'],
]

/** The title: the kind ("KẾ HOẠCH") and the words that follow it, over one to four lines. */
/** The time that ends a title: "từ tháng 6 đến tháng 12", "năm 2024", "quý III/2024", "6 tháng đầu", "định kỳ". */
const TITLE_TIME = new RegExp(
  String.raw`\s+(${[
    String.raw`từ\s+(ngày\s+\S+|tháng\s+\S+)\s+đến\s+(ngày\s+\S+|tháng\s+\S+)`,
    String.raw`(trong\s+)?(năm|quý|tháng)\s+[\dIVX]+([/.-]\d{4})?(\s*[-–]\s*\d{4})?`,
    String.raw`\d\s+tháng\s+(đầu|cuối)`,
    'định kỳ',
  ].join('|')})\s*$`,
  'i',
)

/**
 * "… sẽ đối thoại trực tiếp với bà con Nhân dân thôn B về …": a sentence announcing a dialogue, from its verb to its end; one
 * naming a time or a document ("… với Nhân dân tháng 11 và tháng 12/2024 (theo Thông báo số …) như sau:") announces a
 * schedule, whose items say what each is about. (Said by whom, "sẽ" or "tổ chức": not an item's "ND: Đối thoại với …".)
 */
// (The meeting may be named with its kind, and end where the legal basis it acts on begins: "… sẽ tổ chức Hội nghị đối
// thoại giữa lãnh đạo Ban với Người có uy tín … về việc thực hiện chính sách theo Quyết định số …".)
const LETTER_DIALOGUE = new RegExp(
  String.raw`\s(?:sẽ|sẽ tổ chức|tổ chức)\s+((?:(?:hội nghị|buổi|cuộc)\s+)?đối thoại\s+(?:trực tiếp\s+)?(?:với|giữa)\s[^.;:\d]{10,300})` +
    String.raw`(?=[.;]|\s*$|\s+(?:theo|căn cứ)\s+(?:quyết định|nghị định|kế hoạch|thông tư|chỉ thị|quy định|luật)\s)`,
  'iu',
)

/**
 * A news item that opens with the day a plan was issued, its source before it ("(Báo A) – Ngày 04/3/2031, UBND tỉnh ban
 * hành Kế hoạch số 45/KH-UBND về tổ chức đối thoại với thanh niên năm 2031."): its subject is what the plan is about,
 * not the sentence that reports its issue. Nothing for any other line.
 */
const ISSUED_ABOUT = new RegExp(
  String.raw`^(?:\([^()]{2,40}\)\s*[-–]\s*)?ngày\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?,[^.]{2,80}?\sban hành\s+` +
    String.raw`(?:kế hoạch|thông báo)(?:\s+số\s+\S+)?(?:\s+ngày\s+\S+)?\s+(?:về(?:\s+việc)?\s+)?([^.;]{10,200})`,
  'iu',
)

/**
 * The same report without the day, the body having just issued it: "UBND tỉnh A vừa có Thông báo số 364/TB-UBND về việc
 * thay đổi ngày tiếp công dân định kỳ tháng 10 năm 2016." — what it is about, after the change it makes (the session moved,
 * not the moving).
 */
const JUST_ISSUED_ABOUT = new RegExp(
  String.raw`^[^.]{2,80}?\svừa\s+(?:có|ban hành|ra)\s+(?:kế hoạch|thông báo)(?:\s+số\s+\S+)?(?:\s+ngày\s+\S+)?\s+` +
    String.raw`(?:về(?:\s+việc)?\s+)?(?:(?:thay đổi|điều chỉnh|lùi|dời|hoãn)\s+(?:thời gian|lịch|địa điểm|ngày)\s+)?([^.;]{10,200})`,
  'iu',
)

function issuedAbout(line: string): string | undefined {
  // (The month a just-issued notice names at its end is the document's time, as in a letter's subject: "… định kỳ tháng 10
  // năm 2016".)
  return ISSUED_ABOUT.exec(line.trim())?.[1]?.trim() ?? JUST_ISSUED_ABOUT.exec(line.trim())?.[1]?.replace(TITLE_TIME, '').trim()
}

/**
 * A chat message that posts a notice of a schedule, under the group's name: "@Tất cả 📣 THÔNG BÁO số 87/TB-HĐND ngày
 * 16/11/2026 của Thường trực HĐND … về LỊCH TIẾP XÚC CỬ TRI của Tổ đại biểu … trước Kỳ họp …:" — the schedule it is about.
 */
const POSTED_NOTICE_ABOUT = new RegExp(
  String.raw`(?<![\p{L}])(?:thông báo|kế hoạch)(?:\s+số\s+\S+)?[^:;]{0,120}?\svề(?:\s+việc)?\s+` +
    String.raw`((?:lịch|kế hoạch)\s+(?:tổ chức\s+)?(?:tiếp xúc cử tri|tiếp công dân|đối thoại)(?![\p{L}])[^:;()]{0,160})`,
  'iu',
)

/**
 * "LỊCH TIẾP XÚC CỬ TRI của Tổ …": the words in capitals as a sentence's ("Lịch tiếp xúc cử tri của Tổ …"); an abbreviation,
 * a word of no vowel ("HĐND", "ĐBQH"), stays as it is.
 */
const sentenceCase = (text: string) =>
  text.replace(/^(?:[\p{Lu}\d]+(?:\s+|$))+/u, (caps) =>
    caps.replace(/\p{Lu}+/gu, (word) => (/[aeiouy]/.test(foldPlain(word)) ? word.toLowerCase() : word)),
  )

/** The days a headline opens with before a colon: "Từ ngày 7 đến 25-10: ", "Ngày 15/8: ", "Từ 02 - 05/6/2030: ". */
const HEADLINE_DAYS = new RegExp(
  String.raw`^(?:từ\s+)?(?:ngày\s+)?\d{1,2}(?:\s*[/.-]\s*\d{1,2}){0,2}` +
    String.raw`(?:\s*(?:đến|-|–)\s*(?:ngày\s+)?\d{1,2}(?:\s*[/.-]\s*\d{1,4}){1,2})?\s*:\s+(?=\S)`,
  'iu',
)

/** The session a line names, from its words on, to what it says comes next: "tiếp xúc cử tri … với nội dung như sau:". */
const NAMED_SESSION = new RegExp(
  String.raw`(?<![\p{L}])((?:hội nghị\s+|buổi\s+)?(?:đối thoại|tiếp xúc cử tri|tiếp công dân)(?![\p{L}]).*?)` +
    String.raw`(?=\s+(?:với nội dung|như sau|cụ thể)|[:;.]?\s*$)`,
  'iu',
)

/**
 * A page with no title that opens with its legal bases ("Căn cứ Luật …;" / "Căn cứ vào Kế hoạch số …," / "… tổ chức tiếp
 * xúc cử tri trước kỳ họp lần thứ 3 HĐND xã … với nội dung như sau:"): its subject is the session the line after them
 * names, not the first law.
 */
function basedSession(lines: Line[], first: string, bodyStart: number): string | undefined {
  if (!/^(căn cứ|thực hiện)(?![\p{L}])/iu.test(first)) {
    return undefined
  }
  const line = lines
    .slice(0, bodyStart + 1)
    .find((l) => !l.cells && !/^(căn cứ|thực hiện)(?![\p{L}])/iu.test(l.text) && NAMED_SESSION.test(l.text))
  return line ? NAMED_SESSION.exec(line.text)?.[1] : undefined
}

/** A day alone on its line, as a page stamps when it was posted: "11/06/2024", "Thứ Ba, 11/06/2024". */
const POSTED_DAY = /^((thứ\s+(hai|ba|tư|năm|sáu|bảy)|chủ nhật),?\s+)?\d{1,2}\/\d{1,2}\/\d{4}$/iu

/**
 * A news page's line above its headline: its section's label ("Tin trong tỉnh") or a picture's caption, a sentence closed
 * by its full stop ("Thủ tướng … với các công nhân."), naming no session, over the headline that names one.
 */
function aboveHeadline(line: string | undefined, next: string | undefined): boolean {
  const names = (text: string) => SESSION_WORD.test(foldForDeadline(text))
  return (
    line !== undefined &&
    next !== undefined &&
    !names(line) &&
    (line.split(/\s+/).length <= 4 || /\.$/.test(line)) &&
    names(next) &&
    !/[.:]$/.test(next) &&
    next.split(/\s+/).length <= 40
  )
}

function readTitle(lines: Line[], at: number, bodyStart: number): { title: string; subject: string } {
  if (at === -1) {
    // A letter has no title but what it is about under its number: "V/v thay đổi thời gian tổ chức Hội nghị …" (also above
    // a mark of urgency, "HỎA TỐC", which is no subject).
    // (Its words may wrap over the lines under it, up to the place and date, the motto or "Kính gửi".)
    const about = lines.slice(0, 20).findIndex((l) => !l.cells && /^(v\/v|về việc)\s+\S/iu.test(l.text))
    // (Not the day a news page was posted, alone over its headline: "11/06/2024" / "Tiếp xúc cử tri thành phố A …".)
    // (Nor a chat's head of a message, "[08:47] Nguyễn Thị Hà (Văn phòng)": who wrote, not what about.)
    const texts = lines.filter((l) => !l.cells && !(CHAT_HEAD.test(l.text.trim()) && /^\[/.test(l.text.trim()))).map((l) => l.text.trim())
    const first =
      (POSTED_DAY.test(texts[0] ?? '') && texts.length > 1 ? texts[1] : aboveHeadline(texts[0], texts[1]) ? texts[1] : texts[0]) ?? ''
    const wrapped: string[] = []
    for (const line of about === -1 ? [] : lines.slice(about, about + 4)) {
      const stop = /^(kính gửi|số\s*:|độc lập|cộng hòa|cộng hoà)|^[^,]{2,40},\s*ngày\s/iu.test(line.text) || isCaps(line.text)
      if (line.cells || (wrapped.length > 0 && (stop || markerOf(line.text) !== null))) {
        break
      }
      wrapped.push(line.text)
    }
    const letter = wrapped.join(' ').replace(/\s+/g, ' ').trim()
    const subject = letter
      .replace(/^(v\/v|về việc)\s+/iu, '')
      .replace(/^(thay đổi|điều chỉnh|lùi|dời|hoãn)\s+(thời gian|lịch|địa điểm|ngày)(,\s+địa điểm)?\s+/iu, '')
      .replace(/^(chuẩn bị\s+)?tổ chức\s+/iu, '')
      .replace(TITLE_TIME, '')
    if (subject) {
      return { title: letter.slice(0, 200), subject: subject.replace(/^./, (c) => c.toUpperCase()).slice(0, 200) }
    }
    // A short letter with neither ("ỦY BAN NHÂN DÂN XÃ A" / "Kính gửi: …" / "…, đồng chí Chủ tịch UBND xã sẽ đối thoại trực
    // tiếp với bà con Nhân dân thôn B về việc …"): its subject is the dialogue its first such sentence announces, not the
    // letterhead.
    // (Nor a greeting, a chat's first words: "Kính gửi Lãnh đạo Ban và các phòng." over the sentence that announces it.)
    // (Nor a chat group's name, "HĐND-UBND ĐẶC KHU A - ĐIỀU HÀNH CHUNG", over a message that posts a notice of a schedule.)
    const announced =
      isCaps(first) || /^kính gửi\s/iu.test(first)
        ? (lines
            .slice(0, 20)
            .filter((l) => !l.cells && !/^(căn cứ|kính gửi)\b/iu.test(l.text))
            .map((l) => LETTER_DIALOGUE.exec(l.text)?.[1])
            .find(Boolean) ??
          lines
            .slice(1, Math.min(bodyStart + 1, 20))
            // (Not a recital of another document: "Căn cứ Thông báo số 41/TB-HĐND … về lịch tiếp xúc cử tri …;".)
            .map((l) =>
              l.cells || /^(căn cứ|thực hiện|kính gửi)(?![\p{L}])/iu.test(l.text) ? undefined : POSTED_NOTICE_ABOUT.exec(l.text)?.[1],
            )
            .find(Boolean))
        : undefined
    const own = (announced ? sentenceCase(announced.trim()) : (issuedAbout(first) ?? basedSession(lines, first, bodyStart)))?.replace(
      /[\s,]+$/,
      '',
    )
    // (A headline that opens with its days, "Từ ngày 7 đến 25-10: Đại biểu HĐND tỉnh tiếp xúc cử tri": the words after them.)
    const headline = first.replace(HEADLINE_DAYS, '')
    return {
      title: first.slice(0, 200),
      subject: own ? own.replace(/^./, (c) => c.toUpperCase()).slice(0, 200) : headline.slice(0, 200),
    }
  }
  const head = lines[at]?.text ?? ''
  const kind = KINDS.find(([cue]) => cue.test(foldForDeadline(head)))
  const kindWord = kind?.[1] ?? ''
  // "KẾ HOẠCH tổ chức …": the kind's two words go; "Lịch tiếp công dân …" is its own subject.
  const parts = [kindWord === 'Lịch' ? head.replace(/^\S+\s*/, '') : head.replace(/^\S+\s+\S+\s*/, '')]
  for (const line of lines.slice(at + 1, Math.min(titleEnd(lines, at), bodyStart))) {
    parts.push(line.text)
  }
  const rest = parts.join(' ').replace(/\s+/g, ' ').trim()
  // (A title in capitals stays in capitals, "LỊCH CÔNG TÁC TUẦN 20/2024 …", not "Lịch CÔNG TÁC …" nor "Kế hoạch tỔ CHỨC …".)
  // (Its period in brackets after it may be in small letters: "… QUẬN (Từ ngày 12/5/2031 đến ngày 18/5/2031)".)
  const capitals = !/\p{Ll}/u.test(rest.replace(/\s*\([^()]*\)\s*$/, ''))
  const title = !rest
    ? kindWord
    : capitals
      ? `${kindWord.toUpperCase()} ${rest}`
      : `${kindWord} ${kindWord === 'Lịch' ? rest : rest.charAt(0).toLowerCase() + rest.slice(1)}`.trim()
  let subject = rest
    .replace(/^số\s+\S+,?\s+ngày\s+\S+\s+của\s+.+?\s+(về|v\/v)\s+/i, '')
    // ("THÔNG BÁO" / "Về lịch tiếp công dân của lãnh đạo …": what it is about, "về" alone as "về việc".)
    .replace(/^(về việc|v\/v|về)\s+/i, '')
    .replace(/^lịch\s+/i, '')
    // ("Kế hoạch phối hợp tổ chức đối thoại tại nơi làm việc …": the dialogue is the subject, not the work of helping hold it.)
    .replace(/^(phối hợp\s+)?tổ chức\s+/i, '')
    // "GIẤY MỜI / Dự hội nghị đối thoại …": what the invitation is to.
    .replace(/^dự\s+(?=\p{L})/iu, '')
    .replace(/\s*\((lần|đợt)[^)]*\)\s*$/i, '')
  // The time at the end of a title is the document's, not the sessions' subject: "… tháng 7 năm 2024",
  // "… từ tháng 6 đến tháng 12 năm 2024".
  for (let previous = ''; previous !== subject;) {
    previous = subject
    subject = subject.replace(TITLE_TIME, '')
  }
  subject = subject.replace(/^./, (c) => c.toUpperCase())
  return { title: title.replace(/\s+/g, ' '), subject: subject || title }
}

/** The issuer from the letterhead's left column ("ỦY BAN NHÂN DÂN" / "HUYỆN THĂNG BÌNH"), when the text does not say who issues it. */
function letterheadIssuer(preamble: Line[]): string | null {
  const motto = preamble.findIndex((l) => MOTTO_PIECES.includes(l.text))
  if (motto <= 0) {
    return null
  }
  const left = preamble
    .slice(0, motto + 2)
    .filter((l) => isCaps(l.text) && !MOTTO_PIECES.includes(l.text) && !/^(KẾ HOẠCH|THÔNG BÁO)/.test(l.text))
    .map((l) => l.text)
  return left.length > 0 ? left.join(' ') : null
}

/** The session a notice of conclusions reports as held: its first dated line that says who chaired which dialogue. */
function heldSession(lines: Line[], year: number | null, subject: string): { session: DraftSession; source: string } | null {
  for (const line of lines) {
    const key = foldPlain(line.text)
    if (line.cells || !/\d{1,2}\s*[/.-]\s*\d{1,2}|ngay \d{1,2} thang/.test(line.text + key) || !/\b(chu tri|to chuc|da)\b/.test(key)) {
      continue
    }
    const found = readSessions(
      buildOutline([{ ...line, text: line.text.split(/(?<=\.)\s+(?=\p{Lu})/u)[0] ?? line.text }]),
      { year, subject },
      [],
    )
    const session = found.sessions.find((s) => s.time.precision === 'day')
    if (session) {
      return { session, source: line.text }
    }
  }
  return null
}

/**
 * "(Theo Thông báo số 575/TB-VP ngày 26/4/2024 về kết luận tiếp công dân định kỳ tháng 4/2024)" under a conclusion's work
 * that schedules no session: the session concluded, the one its work follows up, wherever the citation stands.
 */
const CONCLUDED = new RegExp(
  String.raw`(?<![\p{L}])kết luận\s+(?:(?:của|tại)\s+[^.;:()]{0,60}?\s+)?` +
    String.raw`((?:(?:phiên|buổi|hội nghị|cuộc)\s+)?(?:tiếp công dân|đối thoại|tiếp xúc cử tri)[^.;:()]{0,40}?` +
    String.raw`((?:tháng\s+\d{1,2}|quý\s+[IVX\d]{1,3})\s*[/.-]\s*20\d{2}))(?!\d)`,
  'iu',
)

function citedConclusion(lines: Line[], year: number | null): { session: DraftSession; source: string } | null {
  for (const line of lines) {
    const cited = line.cells ? null : CONCLUDED.exec(line.text)
    // (Its period alone: "định kỳ" before it would read as a rule of days.)
    const time = cited ? readSessionTime(cited[2]!, { year }) : null
    if (cited && time?.start && time.end && (time.precision === 'month' || time.precision === 'quarter')) {
      const topic = cited[1]!.replace(/^./, (c) => c.toUpperCase())
      const window = { text: time.text, precision: time.precision, start: time.start, end: time.end }
      const session = {
        topic,
        audience: null,
        expectedCount: null,
        time: window,
        startsAt: null,
        venues: [],
        bridgePoints: [],
        adHoc: false,
      }
      return { session, source: line.text }
    }
  }
  return null
}

/**
 * Dates no calendar has ("ngày 31/02/2027", "30 tháng 2 năm 2027", "32/5"): nothing is read from them, so the official is
 * told which, rather than finding a session or a deadline silently missing.
 */
export function impossibleDates(lines: Line[]): string[] {
  const found = new Set<string>()
  const text = lines.map((l) => (l.cells ? l.cells.join(' | ') : l.text)).join('\n')
  const numeric = /(?<![\d/.-])(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*\2\s*((?:19|20)\d{2}))?(?![\d/.-]*\d)/g
  const written = /\bngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+((?:19|20)\d{2}))?/giu
  const check = (match: string, day: number, month: number, year: number | null, dated: boolean) => {
    // (Without "ngày" before it or a year after it, "12/15" may be a number or a count, not a date.)
    if (!dated || month < 1) {
      return
    }
    if (month > 12 || day < 1 || makeDate(year ?? 2024, month, day) === null) {
      found.add(match.trim())
    }
  }
  for (const m of text.matchAll(numeric)) {
    const before = text.slice(Math.max(0, (m.index ?? 0) - 12), m.index)
    const dated = m[4] !== undefined || /(ngày|hạn|đến|trước)\s*$/iu.test(before)
    // ("Số 12/13/2027" or "Nghị định 04/2015" is a document's number, not a day.)
    if (/(số|số hiệu|ký hiệu)[:\s]*$/iu.test(before) || (m[2] === '-' && m[4] === undefined)) {
      continue
    }
    check(m[0], Number(m[1]), Number(m[3]), m[4] ? Number(m[4]) : null, dated)
  }
  for (const m of text.matchAll(written)) {
    check(m[0], Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : null, true)
  }
  return [...found]
}

/**
 * The year of the National Assembly's sitting a text names ("trước Kỳ họp thứ 8, Quốc hội khóa XV" → 2024), as a string;
 * null when it names none (a council's sitting, "Kỳ họp thứ 16 HĐND tỉnh", is numbered by its own calendar).
 */
function sittingYear(text: string): string | null {
  // (The term in figures too: "kỳ họp thứ 4 Quốc hội khóa 15"; the sitting counted with "lần": "kỳ họp lần thứ 9, Quốc hội
  // khóa XIII".)
  const m = /\bky hop (?:lan )?thu (\d{1,2}|[a-z]+)\s*[,–-]?\s*quoc hoi (?:khoa )?([xvi]+|1[1-6])\b/.exec(foldPlain(text))
  const term = m ? (ROMAN_TERMS[Number(m[2]) - 11] ?? m[2]!.toUpperCase()) : ''
  const opened = m ? ASSEMBLY_TERM_OPENED[term] : undefined
  const nth = m ? (ORDINAL_WORDS[m[1]!] ?? Number(m[1])) : NaN
  return opened !== undefined && nth >= 1 && nth <= 12 ? String(opened + Math.floor((nth - 1) / 2)) : null
}

/** The terms of the National Assembly from the eleventh, in Roman numerals, as ASSEMBLY_TERM_OPENED names them. */
const ROMAN_TERMS = ['XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI']

/** The latest year of a whole date ("ngày 29/9/2031") in a text, as a string; null when it gives none. */
function latestYear(text: string): string | null {
  const years = [...text.matchAll(/\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(20\d{2})\b/g)].map((m) => Number(m[1]))
  return years.length > 0 ? String(Math.max(...years)) : null
}

/** The place-and-date line of a letterhead or a news item: "Hạ Long, ngày 06 tháng 7 năm 2020". */
const PLACE_AND_DATE = /(?:^|\n)[^\n,]{2,40},\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu

function readDocument(lines: Line[], options: ReadOptions, several = false): PlanDraft {
  const frame = frameDocument(lines)
  const preamble = lines.slice(0, frame.start)
  const body = [...lines.slice(frame.start, frame.end), ...(frame.appendix ? lines.slice(...frame.appendix) : [])]
  const warnings: ImportWarning[] = []
  const { title, subject } = readTitle(lines, frame.title, frame.start)
  // The opening "… ban hành Kế hoạch … như sau:" is the body's first line and still the preamble's.
  const intro = lines
    .slice(0, frame.start + (/:\s*$/.test(lines[frame.start]?.text ?? '') ? 1 : 0))
    .map((l) => l.text)
    .join('\n')
  // (Not the date of a law the preamble cites: "Căn cứ Luật Tiếp công dân số 42/2013/QH13 ngày 25 tháng 11 năm 2013;"
  // above "Giám đốc Sở … thông báo lịch trực tiếp công dân năm 2019 của Sở như sau:".)
  const ownIntro = intro
    .split('\n')
    .map((line) => (CITES.test(line.trim()) ? ownClause(line) : line))
    .join('\n')
  const dated = /ngày\s+\S*\s*tháng\s+\S*\s*năm\s+(20\d{2})/i.exec(ownIntro)?.[1]
  // The place-and-date line of the letterhead ("Hạ Long, ngày 06 tháng 7 năm 2020"), not a law's date.
  const signed = PLACE_AND_DATE.exec(intro)
  const documentDate = signed ? makeDate(Number(signed[3]), Number(signed[2]), Number(signed[1])) : null
  // (A news item's date line over its headline, "Hải Phòng, ngày 19 tháng 09 năm 2019", is the day its "sáng nay" names.)
  const datedLine = PLACE_AND_DATE.exec(
    lines
      .slice(0, 3)
      .map((l) => l.text)
      .join('\n'),
  )
  // (… or, on a page with no such line, the stamp it was posted under: "Thứ Năm, 19/09/2019 10:20" below the headline.)
  const today =
    documentDate ??
    (datedLine ? makeDate(Number(datedLine[3]), Number(datedLine[2]), Number(datedLine[1])) : null) ??
    lines
      .slice(0, 6)
      .map((l) => postedDay(l.text))
      .find((day) => day !== null) ??
    null
  // The body's words without the laws it cites, read only when the title and the preamble give no year.
  const uncited = () =>
    body
      .map((l) => l.text)
      .join('\n')
      .replace(LEGAL_BASIS, '')
  const year =
    options.year ??
    Number(
      /năm (20\d{2})/i.exec(title)?.[1] ??
        // (Not a term's span, "… khóa XI, nhiệm kỳ 2016 - 2021", whose first year is not the schedule's.)
        /\b(20\d{2})\b/.exec(title.replace(/\b20\d{2}\s*[-–]\s*20\d{2}\b/g, ' '))?.[1] ??
        dated ??
        /năm (20\d{2})/i.exec(ownIntro)?.[1] ??
        // Nothing above says the year: the first date of the text does ("Ngày 12/9/2023, tại …"), not the date of a
        // document it cites ("Thực hiện … Thông tư số 10/2016/TT-BGDĐT ngày 05/4/2016 …, buổi đối thoại … 10/12/2021").
        /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(20\d{2})\b/.exec(uncited())?.[1] ??
        // Nor the body: a message that sums up a plan ("Kế hoạch số 18-KH/ĐU ngày 29/9/2031 … (quý IV/2031)" over
        // "8h00 thứ Năm, 16/10") dates it above, by its period or, else, by the latest day it gives (what a plan cites
        // is older than the plan).
        /(?:quý|tháng)\s+[IVX\d]{1,4}\s*[/.-]\s*(20\d{2})\b/iu.exec(intro)?.[1] ??
        latestYear(intro) ??
        // Nor any date: a news item with no title line gives the year in its words alone ("… kế hoạch đối thoại giữa …
        // với nông dân năm 2022 …, dự kiến tổ chức vào cuối tháng 7 này"), not in a law it cites.
        /năm (20\d{2})\b/i.exec(uncited())?.[1] ??
        // … or the month or quarter it names ("chủ trì phiên tiếp công dân định kỳ tháng 10/2025" under "Sáng 15/10, …").
        /(?:quý|tháng)\s+[IVX\d]{1,4}\s*[/.-]\s*(20\d{2})\b/iu.exec(uncited())?.[1] ??
        // Nor a year at all: the sitting the voter meetings come before or after does.
        sittingYear(`${title}\n${uncited()}`) ??
        NaN,
    )
  const assumed = Number.isFinite(year) || !options.fallbackYear ? null : yearOfWeekdays(lines, options.fallbackYear)
  if (assumed !== null) {
    warnings.push({ key: 'import-warning-year-assumed', vars: { year: String(assumed) } })
  }
  const planYear = Number.isFinite(year) ? year : assumed
  const number = /Số[:\s]+(\d+[\w.]*[-–/][A-ZĐ][\wĐ./-]*)/u.exec(intro)?.[1] ?? null
  const issuer =
    /,\s*([A-ZĐ][^,;:()]{3,60}?)\s+(?:ban hành|xây dựng|thông báo)\s+(?:Kế hoạch|kế hoạch|lịch|Lịch)/.exec(intro)?.[1]?.trim() ??
    letterheadIssuer(preamble)
  const legalBases = [...new Set([...intro.matchAll(LEGAL_BASIS)].map((m) => m[0]))]
  // The appendix stands beside the plan's parts, not under its last item: "Phụ lục" / "LỊCH TỔ CHỨC ĐỐI THOẠI" over the
  // table of sessions, after "7. Đề nghị Công an thành phố …" and the signature, is not that body's work.
  const content = buildOutline(lines.slice(frame.start, frame.end))
  for (const part of frame.appendix ? buildOutline(lines.slice(...frame.appendix)).children : []) {
    part.parent = content
    content.children.push(part)
  }
  // (The paragraphs between the title and the body may name the session the body's labels give the time of.)
  const opening = lines.slice(frame.title + 1, frame.start).filter((l) => !l.cells)
  const read = readSessions(content, { year: planYear, subject, title, untitled: frame.title === -1, opening, today }, warnings)
  // A notice of conclusions ("Kết luận của Chủ tịch … tại Hội nghị đối thoại …") opens with the session it concludes:
  // "Ngày 26/3/2027, tại …, đồng chí Chủ tịch … chủ trì Hội nghị đối thoại với …". When it schedules no other, that
  // session is the one its work follows up (one it schedules, "Hội nghị đối thoại lần thứ hai …", is read instead).
  const concludes = /\bket luan\b/.test(foldPlain(title)) && read.sessions.length === 0
  const held = concludes
    ? (heldSession(lines.slice(frame.title + 1, frame.start + 3), planYear, subject) ?? citedConclusion(lines, planYear))
    : read.sessions.length === 0
      ? citedConclusion(lines, planYear)
      : null
  const known = held ? read.sessions.findIndex((s) => s.time.start === held.session.time.start) : -1
  const { sessions, adHoc, roles, sources } =
    held && known === -1
      ? {
          ...read,
          sessions: [held.session, ...read.sessions],
          roles: [[], ...read.roles],
          sources: [held.source, ...read.sources],
        }
      : read
  for (const date of impossibleDates(body)) {
    warnings.push({ key: 'import-warning-impossible-date', vars: { date } })
  }
  if (sessions.length === 0) {
    warnings.push({ key: 'import-warning-no-sessions', vars: {} })
  }
  const hasExecution = [...walk(content)].some(isExecution)
  const { bodies, tasks } = readTasks(
    content,
    {
      year: planYear,
      sessions,
      roles,
      sources,
      documentDate,
      known: options.knownBodies ?? [],
      calendar: options.calendar ?? createCalendar(),
      everywhere: !hasExecution,
      subject,
    },
    warnings,
  )
  if (!hasExecution && tasks.length === 0) {
    warnings.push({ key: 'import-warning-no-execution', vars: {} })
  }
  // "THÔNG BÁO Kết luận … tại Hội nghị đối thoại với Nhân dân xã A" pasted above "KẾ HOẠCH Tổ chức đối thoại … với Nhân
  // dân xã B": the dialogue the notice reports as held is kept only as the anchor of work that counts from it ("trong 10
  // ngày kể từ ngày đối thoại"); work all dated by the calendar leaves it a past event, and the text's sessions are the plan's.
  const reported = several && held !== null && known === -1 && !tasks.some((t) => t.session === 0)
  return {
    plan: { title, year: planYear, number, issuer, legalBases, adHoc },
    sessions: reported ? sessions.slice(1) : sessions,
    bodies: bodies.map((name) => ({ name, aliases: [] })),
    tasks,
    warnings,
  }
}

/** A day with its weekday beside it (folded): "28/11 (thu ba)", "thu tu, ngay 29/11", "chu nhat 3/12". */
const WEEKDAY_WORD = String.raw`(thu (?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat)`
const DAY_MONTH = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})(?!\d|\s*[/.-]\s*\d)`
const DAY_WITH_WEEKDAY = new RegExp(
  // (Not an ordinal: "Kỳ họp thứ 7, ngày 12/6", "lần thứ hai, ngày 5/3".)
  String.raw`\b${DAY_MONTH}\s*,?\s*\(?\s*${WEEKDAY_WORD}\b|` +
    String.raw`(?<!\b(?:ky hop|lan|dot|khoa|phien|buoi|hoi nghi|cuoc) )\b${WEEKDAY_WORD}\s*,?\s*(?:ngay\s+)?${DAY_MONTH}`,
  'g',
)

/**
 * The year a text that names none is read in: the fallback, unless the weekdays it writes beside its days ("Sáng 28/11 (thứ
 * Ba)") fall so only in other years; then the nearest of those, in the ten years before or the one after.
 */
function yearOfWeekdays(lines: Line[], fallback: number): number {
  const marked = [...foldForDeadline(lines.map((l) => l.text).join('\n')).matchAll(DAY_WITH_WEEKDAY)].map((m) => {
    return { day: Number(m[1] ?? m[5]), month: Number(m[2] ?? m[6]), weekday: weekdayNumber(m[3] ?? m[4] ?? '') }
  })
  const fits = (y: number) =>
    marked.every(({ day, month, weekday }) => {
      const date = makeDate(y, month, day)
      return date !== null && weekdayOf(date) === weekday
    })
  if (marked.length === 0 || fits(fallback)) {
    return fallback
  }
  const candidates = [fallback + 1, ...Array.from({ length: 10 }, (_, k) => fallback - 1 - k)].filter(fits)
  return candidates.sort((a, b) => Math.abs(a - fallback) - Math.abs(b - fallback) || b - a)[0] ?? fallback
}

/** A line that opens a document of the family: its title in capitals ("KẾ HOẠCH", "THÔNG BÁO", "TRÍCH …") or its letterhead's motto. */
const DOCUMENT_OPENING = /^(KẾ HOẠCH|THÔNG BÁO|TRÍCH(?! SAO)|LỊCH|CHƯƠNG TRÌNH)(\s|$)/u
const isOpening = (line: Line) => !line.cells && (DOCUMENT_OPENING.test(line.text) || MOTTO_PIECES.includes(line.text))

/** A line of a letterhead, above a title: capitals, "Số: …", "…, ngày … tháng … năm …", a motto. */
const isLetterhead = (line: Line) =>
  !line.cells &&
  (isCaps(line.text) ||
    /^Số(?![\p{L}])/u.test(line.text) ||
    /ngày\s+\S*\s*tháng\s+\S*\s*năm/.test(line.text) ||
    MOTTO_PIECES.includes(line.text))

/**
 * Several documents pasted into one text: a new one starts at a title in capitals after the
 * previous one has closed (its distribution list or signature) or has run its own numbering, with
 * the letterhead just above the title.
 */
export function splitDocuments(lines: Line[]): Line[][] {
  const starts: number[] = []
  let closed = false
  let romans = 0
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    // "PHỤ LỤC / LỊCH ĐỐI THOẠI … / (Kèm theo Kế hoạch số 37/KH-UBND …)": the plan's appendix, not another document.
    const appendix =
      /^(PHỤ LỤC|Phụ lục)\b/u.test(lines[i - 1]?.text ?? '') || lines.slice(i, i + 3).some((l) => /^\(?\s*kèm theo\b/iu.test(l.text))
    if (isOpening(line) && !appendix) {
      if (starts.length === 0) {
        starts.push(i)
      } else if (closed || romans >= 2) {
        let begin = i
        while (begin - 1 > (starts.at(-1) ?? 0) && i - (begin - 1) <= 8 && isLetterhead(lines[begin - 1]!)) {
          begin--
        }
        starts.push(begin)
      } else {
        continue
      }
      closed = false
      romans = 0
      continue
    }
    if (!line.cells && closesDocument(line.text)) {
      closed = true
    }
    if (/^[IVX]{1,4}\s*[.\-–]\s+\S/.test(line.text)) {
      romans++
    }
  }
  if (starts.length <= 1) {
    return [lines]
  }
  starts[0] = 0
  return starts.map((start, k) => lines.slice(start, starts[k + 1] ?? lines.length))
}

/** What a session is called, spelled out (folded): the words an abbreviation may stand for. */
const SESSION_PHRASE = /^(tiep xuc cu tri|tiep cong dan|doi thoai)$/

/**
 * A news item spells a session's words out once and abbreviates them after: "… kế hoạch tiếp xúc cử tri (TXCT) …" then
 * "…, sẽ TXCT tại thành phố A vào ngày 10-10": the abbreviation is read as the words it stands for (their initials).
 */
function withSessionWordsSpelled(raw: string): string {
  let text = raw
  for (const m of raw.matchAll(/((?:[\p{L}]+\s+){2,5}[\p{L}]+)\s*\(([A-ZĐ]{3,6})\)/gu)) {
    const abbreviation = m[2]!
    const words = m[1]!.split(/\s+/).slice(-abbreviation.length)
    const initials = words.map((w) => foldPlain(w).charAt(0)).join('')
    if (initials === foldPlain(abbreviation) && SESSION_PHRASE.test(foldPlain(words.join(' ')))) {
      text = text.replace(new RegExp(`(?<![\\p{L}(])${abbreviation}(?![\\p{L})])`, 'gu'), words.join(' ').toLowerCase())
    }
  }
  return text
}

/** Reads every document of a text, each as its own draft (one for an ordinary plan). Pure: no database, no chat. */
export function readPlans(raw: string, options: ReadOptions = {}): PlanDraft[] {
  const documents = splitDocuments(cleanLines(withSessionWordsSpelled(raw)))
  return documents.map((lines) => {
    const draft = readDocument(lines, options, documents.length > 1)
    if (draft.sessions.length > 0 || draft.tasks.length > 0) {
      return draft
    }
    // "Kế hoạch đối thoại năm 2027. Hội nghị đối thoại tổ chức ngày 28/4/2027. Văn phòng UBND xã chuẩn bị báo cáo trước ngày
    // 15/4/2027.": a short plan typed into a chat as one paragraph. Read as it stands it has no outline; its sentences are
    // its lines. (Only when the text read as written gives nothing: a plan with an outline is never read this way.)
    const sentences = lines.flatMap((l) =>
      l.cells ? [l] : l.text.split(/(?<=[.;!?])\s+(?=\p{Lu})/u).map((text) => ({ ...l, text, emphasis: false })),
    )
    if (sentences.length === lines.length) {
      return draft
    }
    // (Read either way it is empty; the sentences' reading also names what stopped it, a "ngày 31/02/2027".)
    return readDocument(sentences, options, documents.length > 1)
  })
}

/** "… không tổ chức vào ngày 23/6/2015, chuyển sang …" (folded): the day a later document moves a session away from. */
const MOVED_AWAY = /khong to chuc (?:vao )?(?:ngay )?(\d{1,2})\/(\d{1,2})\/(\d{4}),? (?:ma )?(?:chuyen|doi|lui) sang/g

/**
 * A plan with the notice adjusting it pasted below: "Buổi đối thoại lần 1 (…) không tổ chức vào ngày 23/6/2015, chuyển
 * sang 14 giờ 00 ngày 07/7/2015": the notice's day replaces the plan's, which is no session of its own; the work counted
 * from the session is counted from the day it moved to (once, if both documents gave it). The documents' sessions in
 * order, and their tasks by the joined sessions' numbers.
 */
function withoutMovedDays(raw: string, drafts: PlanDraft[], tasks: DraftTask[]): { sessions: DraftSession[]; tasks: DraftTask[] } {
  const all = drafts.flatMap((d) => d.sessions)
  const movedFrom = new Set(
    [...foldForDeadline(raw).matchAll(MOVED_AWAY)].map((m) => `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`),
  )
  const firstCount = drafts[0]!.sessions.length
  const onDay = (s: DraftSession) => s.time.precision === 'day' && s.time.start !== null
  // The first document's day moved away → the later documents' first day that is not itself moved away.
  const to = all.findIndex((s, j) => j >= firstCount && onDay(s) && !movedFrom.has(s.time.start!))
  const moved = new Map<number, number>()
  all.forEach((s, k) => {
    if (k < firstCount && onDay(s) && movedFrom.has(s.time.start!) && to !== -1) {
      moved.set(k, to)
    }
  })
  if (moved.size === 0) {
    return { sessions: all, tasks }
  }
  const kept = all.filter((_, k) => !moved.has(k))
  const seen = new Set<string>()
  const retargeted = tasks
    .map((t) => ({ ...t, session: t.session === null ? null : kept.indexOf(all[moved.get(t.session) ?? t.session]!) }))
    .filter((t) => {
      const key = JSON.stringify(t)
      return !seen.has(key) && seen.add(key) !== undefined
    })
  return { sessions: kept, tasks: retargeted }
}

/** The words of a text that carry meaning, for telling which of a body's works a later notice names. */
const contentWords = (text: string) =>
  new Set(
    foldPlain(text)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 2 && !/^\d+$/.test(w)),
  )

/**
 * A plan with the notice adjusting it pasted below: "Thời hạn báo cáo rà soát hồ sơ của công chức A điều chỉnh thành
 * trước ngày 30/6/2015" replaces the plan's term for that work ("A: … báo cáo … trước ngày 15/6/2015"), which is no
 * longer owed on its first day: of the earlier documents' dated works of that body, the one that shares most words with
 * the notice's goes.
 */
function withoutReplacedTerms(raw: string, tasks: (DraftTask & { document: number })[]): DraftTask[] {
  const replaced = new Set<DraftTask>()
  const terms = raw
    .split(/\n|(?<=[.;])\s+(?=\p{Lu})/u)
    .map((line) => statedTerm(line.replace(/^\s*(?:\d{1,2}[.)]|[a-zđ]\)|[-+*•])\s*/u, '')))
    .filter((term): term is NonNullable<typeof term> => term?.changed === true)
  for (const term of terms) {
    const rest = foldPlain(term.rest).replace(/[.;,\s]+$/, '')
    const later = tasks.find((t) => t.document > 0 && sameBody(t.lead, term.bodies[0]?.name ?? '') && foldPlain(t.text).includes(rest))
    if (!later) {
      continue
    }
    const words = contentWords(later.text)
    const shared = (t: DraftTask) => [...contentWords(t.text)].filter((w) => words.has(w)).length
    const earlier = tasks
      .filter((t) => t.document < later.document && t.deadline.rule.kind === 'absolute' && sameBody(t.lead, later.lead))
      .sort((a, b) => shared(b) - shared(a))
    if (earlier[0] && (earlier.length === 1 || shared(earlier[0]) > shared(earlier[1]!))) {
      replaced.add(earlier[0])
    }
  }
  return tasks.filter((t) => !replaced.has(t)).map(({ document: _, ...task }) => task)
}

/**
 * Reads a plan's text into a draft: the plan, its sessions, its bodies and their tasks, and the
 * warnings an official must see. A text holding several documents gives their sessions and tasks
 * together, each document also apart in `documents`.
 */
export function readPlan(raw: string, options: ReadOptions = {}): PlanDraft & { documents?: PlanDraft[] } {
  const drafts = readPlans(raw, options)
  if (drafts.length === 1) {
    return drafts[0]!
  }
  const [first] = drafts
  let offset = 0
  const tasks: (DraftTask & { document: number })[] = []
  drafts.forEach((draft, document) => {
    tasks.push(...draft.tasks.map((t) => ({ ...t, document, session: t.session === null ? null : t.session + offset })))
    offset += draft.sessions.length
  })
  const { sessions, tasks: retargeted } = withoutMovedDays(raw, drafts, withoutReplacedTerms(raw, tasks))
  const bodies = [...new Set(drafts.flatMap((d) => d.bodies.map((b) => b.name)))]
  return {
    plan: first!.plan,
    sessions,
    bodies: bodies.map((name) => ({ name, aliases: [] })),
    tasks: retargeted,
    warnings: [{ key: 'import-warning-several-plans', vars: { count: drafts.length } }, ...drafts.flatMap((d) => d.warnings)],
    documents: drafts,
  }
}
