import { addDays, makeDate, type LocalDate } from '../services/calendar/local-date.js'
import { foldWithMap, toNumber } from '../services/deadlines/dates.js'
import { findDeadlines, foldForDeadline, RECEPTION_KINDS } from '../services/deadlines/parse.js'
import type { TimePrecision } from '../services/sessions/session-time.js'
import { leadAndLabels, labelledOf, labelledSegments, splitValue, type SplitValue } from './fields.js'
import { fullText, isCaps, walk, type OutlineNode } from './outline.js'
import {
  monthOf,
  movesDay,
  namedPeriod,
  readRecurringDays,
  readRuleDays,
  readSessionDays,
  readYearOfMonthDays,
  readSessionTime,
  type Period,
  type SessionTimeRead,
  type TimeContext,
} from './session-time.js'
import type { ImportWarning } from './read-plan.js'
import {
  AD_HOC_CUE,
  ALTERNATIVE_CUE,
  BRIDGE_CUE,
  CANCELLED_CUE,
  CANCELLED_SESSION,
  CHANGE_CAUSE,
  CHANGE_WORDS,
  DITTO_MARK,
  HELD_CUE,
  OTHER_MEETING,
  RECITED_SCHEDULE,
  NOT_HELD_CUE,
  CASE_COLUMN,
  type SessionField,
  COMPLAINT_CASE,
  OBLIGATION_VERBS,
  OPENS_SESSION,
  ORDINALS,
  SESSION_ORDINAL,
  SESSION_SECTION_CUE,
  SESSION_WORD,
  CAPS_ABBREVIATIONS,
  CAPITALIZED_TITLES,
  UNIT_COLUMN,
  WORK_GROUP,
  WORKPLACE_OPENING,
  titlePattern,
} from './vocabulary.js'
import { bodyHeading, lowerVietnamese } from './bodies.js'
import { isExecution, isPurpose, isTimeline } from './sections.js'

export interface DraftSession {
  topic: string
  audience: string | null
  expectedCount: number | null
  /** Issue 6's shape: the plan's words, the precision (`day` for a single day) and the window. */
  time: { text: string; precision: TimePrecision; start: string | null; end: string | null }
  /** The hour it starts, when the plan gives one ("8 giờ 00"). */
  startsAt: { hour: number; minute: number } | null
  venues: string[]
  bridgePoints: string[]
  adHoc: boolean
}

/**
 * A body a schedule's row names in a column of bodies ("Cơ quan tham mưu": "Sở Xây dựng"), which the plan
 * may assign by the column's name.
 */
export interface SessionRole {
  label: string
  body: string
  /** The column's number, counted from 1 as plans refer to it ("ghi tại cột 5"). */
  column: number
}

/**
 * A column of a schedule that names a body for each row: "Cơ quan tham mưu", "Đơn vị chủ trì", "Cơ quan chuẩn bị
 * nội dung", "Cơ quan chủ trì chuẩn bị nội dung" (a role and its work, up to six words), "Cơ quan chuẩn bị hồ sơ, báo cáo".
 */
// ("Công chức giúp việc" beside "Lãnh đạo tiếp công dân": the commune's officer who prepares each day.)
const ROLE_COLUMN = /^(co quan|don vi|bo phan|cong chuc|can bo)( [a-z]+){1,6}(,( [a-z]+){1,2})?$/

/** A cell that names days off (folded): "Nghỉ Tết Nguyên đán …", "Nghỉ lễ 30/4 - 01/5", "Ngày nghỉ bù". */
const DAYS_OFF = /^(nghi|ngay nghi)( le| tet| bu)\b/

/**
 * Whether a cell of a schedule says its row is not held: opening so ("Không tổ chức (…)", "Hủy bỏ"), naming days off, or
 * in a clause after the reason ("Nghỉ lễ 30/4, không tiếp công dân"). (Not "Tạm hoãn": a session put off is still one
 * to schedule.)
 */
function cancels(cell: string): boolean {
  const clauses = cell.split(/[,;]\s*/).slice(1)
  return (
    (CANCELLED_CUE.test(cell) && !/^tam (hoan|dung)\b/.test(cell)) ||
    DAYS_OFF.test(cell) ||
    clauses.some((clause) => NOT_HELD_CUE.exec(clause)?.index === 0)
  )
}

/**
 * A line under a schedule's line that names its body by a role, as a column would: "Cơ quan chuẩn bị: Sở A (chủ trì),
 * phối hợp Sở B." → the role's lead, "Sở A" (the one that leads, or those named when none is marked); else none.
 */
function roleOfLine(line: string): SessionRole[] {
  const labelled = /^([^:]{3,60}):\s*(\S.*)$/u.exec(line)
  const label = labelled?.[1]?.trim() ?? ''
  if (!labelled || !ROLE_COLUMN.test(fold(label))) {
    return []
  }
  const body = (labelled[2] ?? '')
    .split(/\s*\(\s*chủ trì\s*\)|\s+chủ trì(?![\p{L}])|,?\s+(?:phối hợp|cùng)(?:\s+với)?\s/iu)[0]
    ?.replace(/[.;,]+$/, '')
    .trim()
  return body ? [{ label, body, column: 0 }] : []
}

/** What the labels of one item say, gathered from its own line, its paragraphs and its labelled sub-items. */
interface Fields extends SplitValue {
  venues: string[]
  bridgePoints: string[]
  /** Unlabelled paragraphs under the item, where a time may stand in running text. */
  plain: OutlineNode[]
}

const emptyFields = (): Fields => ({ venues: [], bridgePoints: [], plain: [] })

function merge(into: Fields, split: SplitValue): void {
  for (const [key, value] of Object.entries(split) as [keyof SplitValue, unknown][]) {
    if (value !== undefined && value !== '' && (into[key] === undefined || into[key] === '' || into[key] === null)) {
      ;(into as unknown as Record<string, unknown>)[key] = value
    }
  }
}

const fold = (text: string) => foldForDeadline(text)
/**
 * Receptions held every working day, or on the days of a schedule published apart (folded): "tiếp công dân thường xuyên
 * tại Trụ sở …", "tiếp công dân định kỳ theo Lịch tiếp công dân đã niêm yết tại …".
 */
const STANDING_RECEPTION = new RegExp(
  String.raw`\btiep (cong )?dan\b.{0,30}\b(thuong xuyen|hang ngay)\b|` +
    String.raw`\b(tat ca cac ngay lam viec|cac ngay lam viec trong tuan)\b|` +
    String.raw`\btheo lich\b.{0,40}\b(da )?(duoc )?(niem yet|cong khai)\b`,
)
/** "Theo Phụ lục …", "theo lịch … kèm theo", "tại danh sách đính kèm": a pointer to where the sessions are listed (folded). */
const APPENDIX_REFERENCE = /\b(theo|tai|nhu|xem) phu luc\b|\b(lich|danh sach|bieu)\b.{0,40}\b(kem theo|dinh kem)\b/

/** A round's label before the dialogue it holds: "Đợt 2: Tổ chức 01 hội nghị …", "Đợt 1 (quý II/2021): Đối thoại với …". */
const ROUND_LABEL = new RegExp(
  String.raw`^(đợt|lần) (thứ )?(\d{1,2}|[IVX]{1,4})(\s*\([^()]*\))?\s*:\s*` +
    String.raw`(?=tổ chức |(hội nghị |buổi |cuộc )?(đối thoại|tiếp xúc)(?![\p{L}]))`,
  'iu',
)

/**
 * A session a line of the work announces with its time: "… sẽ tổ chức Hội nghị đối thoại định kỳ … lần tiếp theo vào quý
 * II/2024", or a further round of the dialogue it reports on, whoever prepares it: "Tham mưu Chủ tịch UBND huyện tổ chức
 * đối thoại lần thứ hai với các hộ dân … vào Quý IV/2023" (a body told to hold a dialogue of its own, "UBND các xã tổ
 * chức đối thoại với Nhân dân vào quý III", is no session of the plan). (So is the round a body is told to prepare,
 * its time after a comma: "phối hợp Hội Nông dân tỉnh chuẩn bị Hội nghị đối thoại lần thứ hai với nông dân …, dự kiến tổ
 * chức trong tháng 11".) So is a reception held to answer what a session left open ("… Chủ tịch UBND phường sẽ tiếp
 * công dân để trả lời trực tiếp các hộ có kiến nghị vào 8 giờ 00, …") and an item that opens with the next session ("3.
 * Hội nghị đối thoại quý II năm 2026 giữa … dự kiến tổ chức trong tháng 6/2026.").
 */
const ANNOUNCED_SESSION = new RegExp(
  String.raw`(?:\bsẽ (?:tiếp tục )?tổ chức ((?:hội nghị |buổi |cuộc )?đối thoại [^;.()]*?)` +
    String.raw`|(?<![\p{L}])(?:tổ chức|chuẩn bị) ((?:hội nghị |buổi |cuộc )?đối thoại ` +
    String.raw`(?:lần (?:thứ [\p{L}\d]+|\d{1,2}|tiếp theo)|tiếp theo)(?![\p{L}])[^;.()]*?)` +
    String.raw`|\bsẽ (tiếp công dân [^;.()]*?)` +
    String.raw`|^((?:hội nghị|buổi|cuộc) (?:đối thoại|tiếp xúc) [^;.()]*?)(?= dự kiến))` +
    String.raw`,? (?:vào|trong|dự kiến)\s`,
  'iu',
)
/**
 * The same with its time first, opening its sentence: "Trong quý IV/2023, Chủ tịch UBND xã sẽ đối thoại lại với Nhân dân
 * ấp A để thông tin kết quả …" → the words after the time, who holds it and with whom.
 */
const ANNOUNCED_AFTER_TIME = new RegExp(
  String.raw`(?:^|[.;]\s+)((?:trong|vào|dự kiến(?: trong| vào)?)\s+(?:quý|tháng|ngày)\s+[^,;.]{1,20}?),\s+` +
    String.raw`([^,;.]{3,80}?\ssẽ\s+(?:tổ chức\s+)?(?:(?:hội nghị|buổi|cuộc)\s+)?` +
    String.raw`(?:đối thoại|tiếp xúc)(?:\s+lại)?\s+(?:với|giữa)\s[^;.()]+)`,
  'iu',
)

/** The next session an item of the work announces with its time (ANNOUNCED_SESSION), read in its own clause; else null. */
function announcedSession(c: OutlineNode, ctx: Context): DraftSession | null {
  const first = ANNOUNCED_AFTER_TIME.exec(c.text)
  const timeFirst = first ? readSessionTime(first[1] ?? '', ctx.time) : null
  if (first && timeFirst?.start) {
    const topic = (first[2] ?? '').trim()
    const session = draft(topic.charAt(0).toUpperCase() + topic.slice(1), emptyFields(), timeFirst)
    ctx.sources.set(session, c.text)
    return session
  }
  const named = ANNOUNCED_SESSION.exec(c.text)
  // (Its own sentence: "… trong tháng 6/2026. Văn phòng … trình Chủ tịch UBND phường trước ngày 15/5/2026." gives its
  // deadline after.)
  const clause = named ? (c.text.slice(named.index).split(/;|\.\s+(?=\p{Lu})/u)[0] ?? '') : ''
  const time = named ? readSessionTime(clause, ctx.time) : null
  if (!named || !time?.start) {
    return null
  }
  const topic = named[1] ?? named[2] ?? named[3] ?? named[4] ?? ''
  const session = draft(topic.charAt(0).toUpperCase() + topic.slice(1), emptyFields(), time)
  ctx.sources.set(session, c.text)
  return session
}

/** A Roman part, a heading in capitals or the root: never a field, even when titled "Thời gian, địa điểm". */
const isSection = (n: OutlineNode) => n.kind === 'root' || n.style === 'part' || n.style === 'roman' || n.style === 'caps'

/** A node that is a label of the item above it ("c) Thời gian: …", "- Đối tượng: …", "5. Thời gian, địa điểm, số lượng"). */
export function isFieldNode(n: OutlineNode): boolean {
  return (
    (n.kind === 'item' || n.kind === 'text') &&
    !isSection(n) &&
    labelledOf(n.text) !== null &&
    // "1. Nội dung đối thoại" over "1.1. Đối thoại với …", "1.2. …": a part holding sessions, not a label.
    !n.children.some((c) => c.kind === 'item' && /^(dec|letter|LETTER)/.test(c.style)) &&
    // … and "2. Thời gian, địa điểm, thành phần" over "Buổi 1: Đối thoại với …" / "+ Thời gian: …" (or "- Hội nghị thứ
    // nhất: Đối thoại với …" / "+ Thời gian: …"): a line under it, bulleted or not, that holds its own labels is a session.
    !n.children.some((c) => c.kind === 'item' && !isFieldNode(c) && c.children.some(isFieldNode))
  )
}

/**
 * A line that introduces a table: "- Lịch tiếp công dân cụ thể như sau:" over the schedule's rows (and a remark on
 * them after, "Trường hợp Chủ tịch … bận công tác đột xuất …").
 */
const introducesTable = (n: OutlineNode) => n.kind === 'item' && n.children[0]?.kind === 'table' && /:$/.test(n.text)

/**
 * The tables under a labelled node: its own, those a line of it introduces, and those under its labelled lines ("1. Thời
 * gian, địa điểm" / "- Địa điểm: Trụ sở …" / "Lịch cụ thể:" / the table: the lines after the last label fall under it).
 */
const tablesUnder = (n: OutlineNode): OutlineNode[] =>
  n.children.flatMap((c) =>
    c.kind === 'table'
      ? [c]
      : introducesTable(c)
        ? c.children.filter((d) => d.kind === 'table')
        : c.kind === 'item' && labelledOf(c.text)
          ? tablesUnder(c)
          : [],
  )

/**
 * The fields a labelled node gives: its value, its unlabelled lines as values of its label, its labelled lines,
 * alternatives, bridge points.
 */
function fieldsOfNode(n: OutlineNode, into: Fields): void {
  // "Thời gian: quý III-2017. Địa điểm: Hội trường Tỉnh ủy. Thành phần: …": each label its own value; lines under it go to the last.
  const segments = labelledSegments(n.text)
  for (const segment of segments.slice(0, -1)) {
    merge(into, splitValue(segment.fields, segment.value))
  }
  const own = segments.length > 1 ? segments.at(-1) : labelledOf(n.text)
  if (!own) {
    return
  }
  const values: string[] = own.value ? [own.value] : []
  for (const child of n.children) {
    const key = fold(child.text)
    if (ALTERNATIVE_CUE.test(key)) {
      into.venues.push(child.text.replace(/^[^:]*:\s*/, '').trim() || child.text)
      for (const point of child.children.filter((c) => BRIDGE_CUE.test(fold(c.text)))) {
        into.bridgePoints.push(point.text)
      }
      continue
    }
    if (BRIDGE_CUE.test(key)) {
      into.bridgePoints.push(child.text)
      continue
    }
    if (isFieldNode(child)) {
      fieldsOfNode(child, into)
      continue
    }
    // A schedule under "Thời gian, địa điểm" is read as rows of sessions, not as the label's value (also with the line
    // that introduces it: "- Lịch tiếp công dân cụ thể như sau:").
    if (child.kind === 'table' || introducesTable(child)) {
      continue
    }
    // "- Địa điểm: Hội trường Huyện ủy." then, unmarked, "Ngoài các cuộc đối thoại nêu trên, … đối thoại đột xuất …" or
    // "Trường hợp Chủ tịch bận công tác đột xuất, …": the value ended with its sentence; a paragraph of its own after it,
    // naming no label, speaks of the sessions as a whole, not of this one's place or time ("Thành phần mỗi buổi: …", the
    // audience of them all, is no part of this one's place either). A labelled one, "Thành phần: …", is still read.
    if (child.kind === 'text' && /\.$/.test(values.at(-1)?.trim() ?? '') && /^\p{Lu}/u.test(child.text) && !labelledOf(child.text)) {
      continue
    }
    values.push(fullText(child))
  }
  if (values.length > 0) {
    merge(into, splitValue(own.fields, values.join(' ')))
  }
}

/** What a session knows of the document around it. */
interface Context {
  time: TimeContext
  /** The document's own subject ("Tổ chức hội nghị đối thoại giữa …"), for a session described only by its fields. */
  subject: string
  /** Inside a part titled for sessions ("Nội dung, thời gian, địa điểm", "Lịch …"). */
  sessionPart: boolean
  /** A timetable of the work is read for sessions only when nothing else in the document lists them. */
  timetables: boolean
  /** An item of a list announced as sessions: itself a session, not a part holding sessions. */
  sessionLine: boolean
  /** The time a heading above gives the dialogues listed under it ("II. ĐỐI THOẠI QUÝ III/2024"). */
  inherited: SessionTimeRead | null
  warnings: ImportWarning[]
  adHoc: string[]
  roles: Map<DraftSession, SessionRole[]>
  /** The words each session was read from, for the tasks that name it by place or audience. */
  sources: Map<DraftSession, string>
  /** The paragraphs between the title and the body ("… tổ chức buổi đối thoại giữa … với …" above the labels). */
  opening?: { text: string }[]
  /** A page with no title of a plan or notice (a news item): its first line is its headline. */
  untitled?: boolean
}

/** What may follow the places in such a heading: its time or its hall ("…, 07 giờ 30 ngày 15/5 tại Hội trường …"). */
const PLACES_TIME_AFTER = /[,;–-]?\s*(?:(?:vào|lúc)\s+)?(?:\d{1,2}\s*(?:giờ|h)|ngày\s+\d|\d{1,2}\s*\/\s*\d{1,2}|tại\s).*$/u
/** After a short name, its colon and the places it is held for: ": các xã A, B, C", ": phường A và xã B". */
const PLACES_AFTER_NAME = /^\s*:\s*(các\s+)?(xã|phường|thị trấn|huyện|quận|thôn|ấp|bản|khu phố|tổ dân phố)(?![\p{L}])/iu

/** A heading that is only a time ("1. Quý I/2023", "Tháng 6") or a generic name ("Hội nghị đối thoại thứ nhất"). */
/** A heading that says what an adjustment changes: "Thay đổi thời gian tổ chức đối thoại", "Bổ sung buổi đối thoại thứ hai". */
/** Words that open a place's name: "Trụ sở Tiếp công dân tỉnh", "tại Hội trường UBND xã A", "Nhà văn hóa thôn B". */
const HALL_OPENING = /^(tại\s+)?(hội trường|trụ sở|nhà văn hóa|nhà văn hoá|phòng họp)(?![\p{L}])/iu

const CHANGE_HEADING =
  /^(thay doi|dieu chinh|bo sung|dieu chinh, bo sung|lui|doi|hoan)( (thoi gian|lich|dia diem|ngay|buoi|cuoc|hoi nghi)( [a-z]+){0,5})?$/

/**
 * A line that says who holds the dialogue with whom: "Chủ tịch UBND tỉnh đối thoại với …", "Chủ tịch Ủy ban nhân dân tỉnh
 * sẽ tiếp tục đối thoại với …" (folded; the host in a few words, then the helpers of the verb).
 */
const HOST_WITH_WHOM = /^(?:[a-z0-9-]+ ){1,8}(?:se )?(?:tiep tuc )?(?:doi thoai|tiep xuc|gap mat|gap go) (?:truc tiep )?(?:voi|giua) [a-z]/

/** The kind of session and nothing more: "Cuộc đối thoại", "Hội nghị tiếp xúc" (folded). */
const BARE_KIND = /^((hoi nghi|buoi|cuoc|phien) )?(doi thoai|tiep xuc|tiep cong dan|tiep dan|gap mat)$/

function isBareHeading(text: string): boolean {
  // "Đợt 1 (quý II/2019)": the time in brackets is the heading's, not a name.
  const key = fold(text.replace(/\s*\([^()]*\)\s*/g, ' ').trim())
    .replace(/[.:;,]+$/, '')
    .trim()
    // "7. Về buổi đối thoại tiếp theo" in a notice of conclusions: "Về" names the matter, the heading stays as bare.
    .replace(/^ve (viec )?(?=(hoi nghi|buoi|phien|cuoc|dot|doi thoai) )/, '')
  return (
    /^(quy [ivx\d]+|thang \d{1,2}|dot \d+|lan \d+|nam \d{4})([ /.-]*\d{4})?$/.test(key) ||
    // ("Đối thoại lần 1: Chủ tịch UBND phường đối thoại với các hộ dân …": the rank, its subject after the colon.)
    new RegExp(
      String.raw`^(hoi nghi|buoi|phien|cuoc|dot|ky|dien dan|doi thoai)( doi thoai| tiep xuc| tiep cong dan)? ` +
        String.raw`((lan thu|thu|lan|so) ?\S+|\d{1,2}|[ivx]{1,4})$`,
    ).test(key) ||
    // ("3. Lịch tổ chức đối thoại (… chọn 05 đơn vị làm điểm):" over a table: the schedule's name, the plan's subject.)
    // "3. Hội nghị đối thoại tiếp theo" in a notice of conclusions: the next one, named by its paragraph.
    // ("3. Về việc tổ chức đối thoại lần tiếp theo": so too, the matter the paragraph under it speaks of.)
    new RegExp(
      String.raw`^((ve )?(viec )?to chuc )?(hoi nghi|buoi|phien|cuoc|dot|doi thoai)( doi thoai| tiep xuc| tiep cong dan)?` +
        String.raw`( lan| dot)? (tiep theo|ke tiep|sap toi)$`,
    ).test(key) ||
    /^lich( to chuc)?( (cac )?(buoi |cuoc |hoi nghi )?(doi thoai|tiep cong dan|tiep xuc))?$/.test(key) ||
    // "3.1. Đối thoại 6 tháng đầu năm", "Kỳ đối thoại quý II/2027": the kind and its period, as a rank, name no subject.
    // (Not "3.1. Đối thoại định kỳ năm 2022" over "– Nội dung: tình hình sản xuất …": the yearly one of its kind, named.)
    new RegExp(
      String.raw`^(ky |hoi nghi |buoi |phien |cuoc )?(doi thoai|tiep xuc|tiep cong dan) ` +
        String.raw`((6|sau) thang (dau|cuoi) nam|quy [ivx\d]+( nam)?)([ /.-]*\d{4})?$`,
    ).test(key) ||
    // "2. Học kỳ II năm học 2025 - 2026", "1. Sáu tháng đầu năm 2030": a period alone, the rank of the sessions in it.
    /^(hoc ky [ivx\d]+|(6|sau) thang (dau|cuoi) nam)( nam( hoc)?)?([ /.-]*\d{4}){0,2}$/.test(key) ||
    // "1. Thay đổi thời gian tổ chức đối thoại", "2. Bổ sung buổi đối thoại thứ hai": what changes, not whose session.
    (CHANGE_HEADING.test(key) && !/ (voi|ve|giua) /.test(key))
  )
}

/** What an adjustment does to a session, before the session it names: "Lùi thời gian Hội nghị …", "Bổ sung 01 Hội nghị …". */
const CHANGE_OPENING = new RegExp(
  String.raw`^((điều chỉnh|thay đổi|dời|lùi|đổi|chuyển) (thời gian|lịch|địa điểm|thời gian, địa điểm|ngày|thời điểm)` +
    String.raw`( tổ chức)?|tạm hoãn|hoãn|bổ sung( \d{1,2}| một(?! số))?|dời|lùi)\s+(?=\p{L})(?!(một )?số )`,
  'iu',
)

/** An occasion a sentence opens with, up to its comma: "Nhân dịp kỷ niệm …, ", "Hướng tới Đại hội …, ", "Chào mừng …, ". */
const OCCASION_OPENING = new RegExp(
  // (Without the flag for case: the clause after the comma opens with a capital, "Thủ tướng …", not "gặp mặt và đối thoại …".)
  String.raw`^([Nn]hân dịp|[Nn]hân kỷ niệm|[Hh]ướng tới|[Cc]hào mừng|[Kk]ỷ niệm)\s[^,()]{3,120}(\([^()]{2,60}\)[^,()]{0,40})?,\s+` +
    String.raw`(?=\p{Lu}[^,]{0,80}([đĐ]ối thoại|[tT]iếp xúc|[gG]ặp mặt|[tT]iếp công dân))`,
  'u',
)

/** Who holds a meeting, to the verb before its name: "Ủy ban MTTQVN phường A tổ chức " before "Hội nghị “Đối thoại …". */
const HOST_BEFORE_MEETING = new RegExp(
  String.raw`^[^,.;:“"]{3,80}?\s(?:đã\s+|sẽ\s+)?tổ chức\s+` +
    String.raw`(?=(?:hội nghị|buổi|cuộc|phiên|chương trình)\s*[“"]?\s*(?:đối thoại|tiếp xúc|gặp mặt|tiếp công dân))`,
  'iu',
)

/** A sentence that names its session near its opening, after who holds it: "Ban Giám đốc đối thoại với …". */
const NAMES_ITS_SESSION = /^(?:[^.;:]{0,60}?\s)?(đối thoại|tiếp xúc|tiếp công dân|gặp mặt)(?![\p{L}])/iu

function cleanTopic(text: string): string {
  return (
    text
      // A text message "[UBND xã A] Thông báo: Chủ tịch UBND xã tổ chức đối thoại với …": the sender in brackets and the
      // message's kind are no subject; what follows them is.
      .replace(/^\[[^[\]]{2,80}\]\s*(?:(?:[Tt]hông báo|THÔNG BÁO|[Tt][Bb])\s*:\s*)?(?=\p{Lu})/u, '')
      // "(Báo A) - Lịch tiếp công dân …": the paper that ran a news item, in brackets before its lead.
      .replace(/^\([^()]{2,40}\)\s*[-–]\s*(?=\p{Lu})/u, '')
      // "Tổ chức thêm buổi đối thoại với …", "Buổi đối thoại với …": the dialogue itself; so for "Phối hợp với Văn phòng
      // UBND tỉnh tổ chức Hội nghị đối thoại giữa …" (the work of preparing it, said before it).
      // ("Đợt 2: Tổ chức 01 hội nghị đối thoại chung với …", "Đợt 1 (quý II/2021): Đối thoại với …": the round's number, its
      // period and how many it holds are not its topic.)
      .replace(ROUND_LABEL, '')
      // ("Giám đốc (hoặc Phó Giám đốc được ủy quyền) trực tiếp tiếp người bệnh …": who may stand in is no part of it.)
      .replace(/\s*\(\s*hoặc\s[^()]{2,80}\)/u, '')
      // ("… tiếp người bệnh, người nhà người bệnh vào sáng" left by the rule's day cut off: the words that led to it.)
      .replace(/\s+(vào|lúc)(\s+(buổi\s+)?(sáng|chiều|tối|trưa))?$/iu, '')
      // ("Khối lâm sàng (các khoa …): Ban Giám đốc đối thoại với viên chức …": the group a line is for, before the sentence
      // that names its dialogue.)
      .replace(/^([^:]{3,260}?):\s+(?=\p{Lu})/u, (all: string, label: string, _at: number, whole: string) =>
        !SESSION_WORD.test(fold(label)) && NAMES_ITS_SESSION.test(whole.slice(all.length)) ? '' : all,
      )
      // "UBND tỉnh vừa ban hành kế hoạch đối thoại giữa … với nông dân năm 2022 bằng hình thức trực tuyến": a news item's
      // report of the plan; the dialogue it plans is the subject, without the form it takes.
      .replace(/^.{3,80}?\s(vừa|đã)\s+ban hành\s+kế hoạch\s+(tổ chức\s+)?(?=(hội nghị\s+)?(đối thoại|tiếp xúc)(?![\p{L}]))/iu, '')
      .replace(/\s+(bằng|theo|dưới)\s+hình thức\s+(trực tuyến|trực tiếp)(?![\p{L}])[^,.;]*/iu, '')
      // "Đ/c Chủ tịch UBND huyện sẽ chủ trì đối thoại với các hộ dân …": who holds it and the verb's helpers are no part of
      // the dialogue, named from its word on.
      .replace(CHAIRED_DIALOGUE, '')
      // ("Ủy ban MTTQVN phường A tổ chức Hội nghị “Đối thoại trực tiếp …”": so who holds a meeting named after its verb.)
      .replace(HOST_BEFORE_MEETING, '')
      .replace(/^(phối hợp với .{3,80}? |chủ trì,? )?tổ chức ((\d{1,2}|một) )?(?=(hội nghị )?(đối thoại|tiếp xúc)(?![\p{L}]))/iu, '')
      .replace(/^(tổ chức (thêm )?)?(các |một )?(buổi|cuộc|phiên) (?=(đối thoại|tiếp xúc|gặp mặt)(?![\p{L}]))/iu, '')
      .replace(/^\p{Ll}(?=[^\s]*(\s\S+)? (với|giữa)\s)|^h(?=ội nghị (đối thoại|tiếp xúc)(?![\p{L}]))/u, (c) => c.toUpperCase())
      .replace(/^(nội dung|chủ đề)( đối thoại)?\s*:\s*/i, '')
      // "Hội nghị lần thứ hai với chủ đề “Phát triển …”": a session named by its rank or kind alone, its theme in quotes.
      .replace(/^(.{3,40}?)\s+(?:với|có|theo)\s+chủ đề\s*:?\s*(["“][^"“”]+["”])$/u, (all, head: string, theme: string) =>
        isBareHeading(head) || BARE_KIND.test(fold(head)) ? theme : all,
      )
      // A theme in quotes ("Chủ đề: "Thanh niên với …"."): the words, not the quotes.
      .replace(/^["“„]\s*([^"“”]+?)\s*["”][.;]?$/u, '$1')
      // ("Bổ sung 01 Hội nghị đối thoại …": how many it adds is not its topic either; "Lùi thời gian Hội nghị đối thoại thứ
      // hai (…)": what moves is the session, whichever verb moves it.)
      // (Of any case after it, "Điều chỉnh thời gian buổi đối thoại …"; but "Bổ sung một số nội dung …" adds some matters.)
      .replace(CHANGE_OPENING, '')
      // ("Chuyển buổi tiếp công dân ngày 15/9/2022 (thứ Năm) sang 8 giờ 00": the old day it moves from, and the new.)
      .replace(/\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?(?:\s*\([^()]*\))?\s+sang\s.*$/iu, '')
      // ("TXCT tại xã An Sơn dự kiến thứ Ba 24/6" of a meeting put off: the day it was to be held is no part of what it is.)
      .replace(
        /\s+dự kiến\s+(?:vào\s+)?(?:(?:thứ\s+\S+|chủ nhật),?\s+)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?$/iu,
        '',
      )
      .replace(/[.;,:]+$/, '')
      // "Đồng chí Bí thư Huyện ủy tiếp dân định kỳ hằng tháng, cụ thể như sau:": the words that lead to the list are not
      // the subject's.
      .replace(/,?\s+(cụ thể|chi tiết)(\s+(như sau|sau đây|như bảng sau))?$/iu, '')
      // "Hội nghị đối thoại thứ hai (Đối thoại với đoàn viên, thanh niên về việc làm)": the rank names it, the brackets say
      // what it is about.
      .replace(
        /^(hội nghị|buổi|phiên|cuộc|đợt)( đối thoại| tiếp xúc)? (thứ|lần thứ|lần|số) \S+\s*\(((đối thoại|tiếp xúc|gặp mặt)\s[^()]+)\)$/iu,
        '$4',
      )
      // "Tiếp công dân tháng 10/2018 (buổi sáng, từ 7 giờ 30 đến 11 giờ 00, tại phòng Tiếp công dân)": the hours and the
      // place in brackets after the subject are the session's time and venue, not its topic.
      .replace(/\s*\([^()]*(?<![\p{L}\d])\d{1,2}\s*(giờ|h)(?![\p{L}])[^()]*\)$/iu, '')
      // "Đối thoại với Nhân dân theo cụm tổ dân phố (04 buổi)": how many sessions the heading covers, not what they are about.
      .replace(/\s*\(\s*\d{1,2}\s*(buổi|cuộc|phiên|hội nghị|đợt)\s*\)$/iu, '')
      // "Hội nghị Thủ tướng đối thoại với nông dân sẽ diễn ra": that it is to be held is no part of its name.
      .replace(/\s+(sẽ|sắp|dự kiến)\s+(được\s+)?(diễn ra|tổ chức|khai mạc)$/iu, '')
      // "Nhân dịp kỷ niệm 93 năm Ngày thành lập Đoàn (26-3-1931 / 26-3-2024), Thủ tướng sẽ gặp mặt và đối thoại với thanh
      // niên": the occasion it is held for is no part of it either.
      .replace(OCCASION_OPENING, '')
      // ("TXCT xã A, huyện B": the abbreviation every voter-meeting schedule uses, spelled out as the topic's first words.)
      .replace(/^TXCT(?=\s)/u, 'Tiếp xúc cử tri')
      .replace(/\s+/g, ' ')
      .trim()
  )
}

function draft(topic: string, fields: Fields, time: SessionTimeRead): DraftSession {
  const audience = fields.audience ?? /(?:^đối thoại|\s)với\s+((?:(?!\svới\s).)+?)(?:\s+về\s+.*)?$/i.exec(topic)?.[1] ?? null
  return {
    topic: cleanTopic(topic),
    audience: audience ? audience.replace(/[.;]$/, '') : null,
    expectedCount: fields.count ?? null,
    time: {
      text: time.text.replace(/[.;,]+$/, ''),
      precision: time.precision,
      start: time.start,
      end: time.end,
    },
    startsAt: time.precision === 'day' && time.hour !== null ? { hour: time.hour, minute: time.minute ?? 0 } : null,
    venues: [...(fields.venue ? [fields.venue] : []), ...fields.venues],
    bridgePoints: fields.bridgePoints,
    adHoc: false,
  }
}

/** Where a line's clauses part (see topicOfLine). */
const CLAUSE_BREAK = new RegExp(
  // (Nor the comma of "phòng, chống", one phrase of the plans: "về phòng, chống ma túy".)
  String.raw`(?<!(?<![\p{L}])phòng)\s*[;,:]\s+(?!(?:huyện|quận|thị xã|thành phố|tỉnh)\s+\p{Lu}|chống(?![\p{L}]))|\s+[–—]\s+` +
    String.raw`|\s+-\s+(?=(?:[Đđ]ối thoại|[Tt]iếp xúc|[Tt]iếp công dân|[Gg]ặp mặt)\s)|(?<=[.!?])\s+(?=\p{Lu})`,
  'u',
)

/**
 * The topic of a line that also holds the time and the place: "Ngày 17/10/2013 (thứ Năm), lúc 8
 * giờ: tại Hội trường UBND xã Long Hiệp, đối thoại với các hộ dân xã Long Hiệp" → "đối thoại với
 * các hộ dân xã Long Hiệp". The line itself when it holds no time.
 */
function topicOfLine(text: string): string {
  const named = namedSubject(text)
  if (named) {
    return named
  }
  // "Đối thoại với cán bộ, đảng viên và Nhân dân xã A về …: tổ chức ngày …": the words before the colon, commas and all.
  const opening = /^([^:]+?):\s+(.*\d.*)$/.exec(text)
  if (
    opening &&
    fold(opening[1] ?? '').search(/(doi thoai|tiep cong dan|tiep dan|tiep xuc|hoi nghi|gap mat)/) === 0 &&
    !/\d{1,2}\s*[/.-]\s*\d{1,2}/.test(opening[1] ?? '') &&
    (opening[1] ?? '').split(/\s+/).length >= 3
  ) {
    return opening[1] ?? text
  }
  // (A place's district after its commune is the place's: "tiếp xúc cử tri tại xã A, huyện B vào buổi sáng ngày …".)
  // (Nor does a clause run over the end of its sentence: "… thời gian tiếp xúc từ ngày 7 đến 25-10. Nội dung tiếp xúc gồm: …".)
  const clauses = text
    // (A hyphen parts clauses only before the session it names: "…, tại Hội trường A - Đối thoại với sinh viên khối ngành Kỹ
    // thuật - Công nghệ" keeps the faculty's name whole.)
    .split(CLAUSE_BREAK)
    .map((c) => (PLACE_WITH_DISTRICT.test(c) ? c.replace(/\s+(vào|lúc|từ)\s+(buổi\s+\S+\s+|(hồi|lúc)\s+)?(ngày|\d).*$/iu, '') : c))
  const own = clauses.find((c) => SESSION_WORD.test(fold(c)) && !/^(tại|ở)\s/i.test(c))
  // Running text: "Theo kế hoạch, hội nghị đầu tiên sẽ diễn ra vào sáng thứ Năm, ngày 22/3, tại …. Tại đây, Chủ tịch UBND
  // tỉnh sẽ đối thoại với Nhân dân các xã … về …" — the clause that says with whom and about what, commas and all, to
  // its sentence's end (or a comma before where or when), when the paragraph has several sentences or its first clause
  // that names the session does so by a bare noun ("Hội nghị cuối cùng trong năm dự kiến tổ chức vào tháng 12, Chủ tịch
  // … sẽ đối thoại với …"; not "Chủ tịch UBND tỉnh tiếp công dân định kỳ, kết hợp đối thoại với …", which says what it is).
  // ("Cuộc đối thoại cuối năm với cán bộ, đảng viên và Nhân dân thị trấn A về …, dự kiến tổ chức vào ngày …": when in the
  // year, or what kind, may stand between the dialogue and with whom.)
  // (Not the subject of a text it cites: "Thực hiện Hướng dẫn số … về công tác đối thoại giữa người đứng đầu …, Chủ tịch UBND
  // xã sẽ tổ chức Hội nghị đối thoại trực tiếp với Nhân dân …".)
  // ("Thực hiện Luật … trong việc tiếp dân, đối thoại trực tiếp với dân …, đồng chí Bí thư … tổ chức phiên tiếp dân chuyên
  // đề tháng 3/2020 vào sáng, ngày 16/3 tại …": after the law it carries out, the session it holds.)
  const held = heldAfterRecital(text)
  if (held) {
    return held
  }
  const dialogue = CITED_SUBJECT_FREE_DIALOGUE.exec(text)?.[0]?.split(/,\s+(?:tại|dự kiến|vào|lúc|thời gian|địa điểm)(?![\p{L}])/iu)[0]
  const sentences = text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).length
  if (
    dialogue &&
    dialogue.split(/\s+/).length >= 4 &&
    (sentences >= 2 || (own && !/\b(doi thoai|tiep cong dan|tiep dan|tiep xuc|gap mat)\b/.test(fold(own))))
  ) {
    return dialogue.replace(/[.,;:]+$/, '').trim()
  }
  // ("Vào cuối tháng 11/2022, tại Công ty A … sẽ tổ chức đối thoại về việc thương lượng, ký kết thỏa ước …": what it is about,
  // commas and all, when it names no one it is held with.)
  const about = dialogue
    ? undefined
    : DIALOGUE_ABOUT.exec(text)?.[0]?.split(/,\s+(?:tại|dự kiến|vào|lúc|thời gian|địa điểm)(?![\p{L}])/iu)[0]
  if (about && about.split(/\s+/).length >= 5 && clauses.some((c) => /\d/.test(c))) {
    const words = about.replace(/[.,;:]+$/, '').trim()
    return words.charAt(0).toUpperCase() + words.slice(1)
  }
  if (clauses.length < 2 || !clauses.some((c) => /\d/.test(c))) {
    return text
  }
  if (!own) {
    return text
  }
  const start = own.search(/(đối thoại|tiếp công dân|tiếp dân|tiếp xúc|hội nghị|gặp mặt)/i)
  // ("… sẽ tiếp xúc cử tri tại thành phố A vào ngày 10-10": the day after the place is the time, no part of the topic.)
  let topic = receptionOf(own.slice(0, Math.max(0, start)), own.slice(Math.max(0, start)).trim()).replace(
    /\s+(vào|lúc)\s+(buổi\s+\S+\s+)?(các\s+)?ngày\s+\d.*$/iu,
    '',
  )
  // ("… sẽ tiếp xúc cử tri tại các huyện: A, B và C vào các ngày 1 và 2-10": the places listed after the colon are where.)
  const listed = PLACES_LISTED.exec(text)
  if (listed && topic.toLowerCase().endsWith(listed[1]!.toLowerCase())) {
    topic = `${topic}: ${listed[2]?.trim()}`
  }
  return topic.split(/\s+/).length >= 3 ? topic.charAt(0).toUpperCase() + topic.slice(1) : text
}

/** Not the subject of a text cited: "(Hướng dẫn …) về công tác đối thoại …", "về việc tiếp xúc …". */
// (Nor the programme a news item says is carried out: "Thực hiện chương trình tiếp xúc cử tri trước Kỳ họp thứ 5, …, chiều 4/5,
// đồng chí … đã có cuộc tiếp xúc với cử tri các xã: …".)
// (Nor the name of a place or a body that holds the words: "tại Trụ sở Tiếp công dân tỉnh", "Ban Tiếp công dân".)
const NOT_CITED_SUBJECT = String.raw`(?<!(?:về công tác|về việc|hướng dẫn|thực hiện (?:chương trình|kế hoạch)|trụ sở|ban|phòng)\s+)`
/** A session's words in a sentence, not as the subject of a text it cites. */
const CITED_SUBJECT_FREE_SESSION = new RegExp(
  String.raw`${NOT_CITED_SUBJECT}(?:(?:gặp mặt|gặp gỡ)\s+và\s+)?(hội nghị đối thoại|đối thoại|tiếp công dân|tiếp xúc)(?![\p{L}])`,
  'iu',
)
/** "đối thoại với …" in running text, not after "về công tác" / "về việc" (the subject of a text cited). */
const CITED_SUBJECT_FREE_DIALOGUE = new RegExp(
  // (With the meeting it is held with: "gặp mặt và đối thoại với người có uy tín …", "gặp gỡ và đối thoại với …".)
  String.raw`(?<![\p{L}])${NOT_CITED_SUBJECT}(?:(?:gặp mặt|gặp gỡ|tiếp xúc)\s+và\s+)?(?:đối thoại|tiếp xúc|gặp mặt)` +
    String.raw`(?:\s+(?:cuối năm|đầu năm|giữa năm|chuyên đề|định kỳ|trực tiếp))?\s+(?:với|giữa)\s[^.;]+`,
  'iu',
)

/** "đối thoại về …" in running text: a dialogue named by what it is about. */
const DIALOGUE_ABOUT = new RegExp(
  String.raw`(?<![\p{L}])${NOT_CITED_SUBJECT}(?:đối thoại|tiếp xúc)(?:\s+(?:chuyên đề|định kỳ|trực tiếp))?\s+về\s[^.;]+`,
  'iu',
)

/** The session a sentence holds, to its time or place: "… tổ chức phiên tiếp dân chuyên đề tháng 3/2020 vào sáng, …". */
const HELD_AFTER_RECITAL = new RegExp(
  // (Or what the meeting is held for: "… tổ chức Hội nghị để các vị đại biểu Quốc hội … tiếp xúc với cử tri … vào hồi 8h00 …".)
  String.raw`(?<![\p{L}])tổ chức\s+(?:hội nghị\s+để\s+(?=[^.;]*(?:tiếp xúc|đối thoại)(?![\p{L}])))?` +
    String.raw`((?:(?:phiên|hội nghị|buổi|cuộc)\s+(?:đối thoại|tiếp dân|tiếp công dân|tiếp xúc)(?![\p{L}])|(?<=để\s+))[^.;]*?)` +
    String.raw`(?=,?\s+(?:vào|lúc|tại|từ)(?![\p{L}])|[.;]|$)`,
  'iu',
)

/** The session a sentence that opens with what it carries out ("Thực hiện Luật …, …") holds; null when it names none. */
function heldAfterRecital(text: string): string | null {
  // (Or the text's clause that cites it: "…; Công văn số 750/… về việc tiếp xúc cử tri …, Thường trực … tổ chức Hội nghị để …".)
  const recital = /^(thực hiện|căn cứ)\s|^(công văn|kế hoạch|thông báo|quyết định|hướng dẫn) số\s/iu.test(text)
  const held = recital ? HELD_AFTER_RECITAL.exec(text)?.[1] : undefined
  return held && held.split(/\s+/).length >= 3 ? held.charAt(0).toUpperCase() + held.slice(1) : null
}

/** A place by its kind, opening a clause: "quận 3 …", "huyện A …", "thị trấn B …". */
const PLACE_KIND = String.raw`(?:quận|huyện|thị xã|thành phố|xã|phường|thị trấn)\s+\S`
/** Places listed after their kind and a colon, up to when: "tại các huyện: A, B và C vào …" (the kind, the list). */
const PLACES_LISTED =
  /(?<![\p{L}])(các (?:huyện|quận|thị xã|xã|phường|thị trấn|thôn))\s*:\s*([^.;:]+?)(?=\s+(?:vào|lúc|từ|trong)(?![\p{L}])|[.;]|$)/iu

/** A commune, ward or town named with its district: "tại xã A, huyện B", "tại Phường C, thành phố D". */
// (Case spelled out, no "i" flag: under it "\p{Lu}" takes small letters too.)
const PLACE_WITH_DISTRICT =
  /(?<![\p{L}])([Xx]ã|[Pp]hường|[Tt]hị trấn)\s+\p{Lu}[^,;:]{0,40},\s+([Hh]uyện|[Qq]uận|[Tt]hị xã|[Tt]hành phố|[Tt]ỉnh)\s+\p{Lu}/u

/** A voter meeting's list of places after its count: "tiếp xúc cử tri tại 3 xã: xã A, huyện B; …" (the count optional). */
const VOTERS_AT = /(?<![\p{L}])tiếp xúc cử tri tại\s+(?:\d{1,2}\s+(?:xã|phường)[^:;.]{0,30}:\s*)?([^.]+)/iu
/** One place of such a list, whole: a commune, ward or town and its district. */
const COMMUNE_ALONE = /^(xã|phường|thị trấn)\s+\p{Lu}[^,;:]{0,40},\s+(huyện|quận|thị xã|thành phố)\s+\p{Lu}[^,;:]{0,40}$/u

/**
 * The communes a voter meeting's line lists, each with its district ("xã A, huyện B; xã C, huyện D và xã E, huyện F"):
 * a meeting in each. Empty unless every part of the list is such a place.
 */
function votersCommunes(text: string): string[] {
  const list = VOTERS_AT.exec(text)?.[1]
  const places = (list ?? '')
    .split(/\s*;\s*|\s+và\s+(?=(?:xã|phường|thị trấn)\s)/u)
    .map((p) => p.trim().replace(/[.,]+$/, ''))
    .filter(Boolean)
  return places.length >= 2 && places.every((p) => COMMUNE_ALONE.test(p)) ? places : []
}

/**
 * "Ngày 06/7, tiếp xúc cử tri tại 3 xã: xã A, huyện B; xã C, huyện D; …": on a day, a meeting in each commune the line
 * lists, named by its place (the session read from a line of its own).
 */
function perCommune(session: DraftSession, ctx: Context): DraftSession[] {
  const source = ctx.sources.get(session) ?? ''
  const communes = session.time.precision === 'day' && !source.includes('\n') ? votersCommunes(source) : []
  if (communes.length < 2) {
    return [session]
  }
  return communes.map((place) => {
    const one = { ...session, time: { ...session.time }, topic: place, venues: [place] }
    ctx.sources.set(one, source)
    ctx.roles.set(one, [...(ctx.roles.get(session) ?? [])])
    return one
  })
}

/**
 * The subject a line labels after its time: "… tại Hội trường Tỉnh ủy, với chủ đề: Đối thoại với chức sắc … về ….
 * Thành phần …", "Thứ Ba, 08/10 - 7h30: xã A. Nội dung: sạt lở bờ biển, …. Tại hội trường UBND xã." → the named subject.
 */
function namedSubject(text: string): string | null {
  const named = /(?:^|[\s,;])(?:với |có )?(?:chủ đề|nội dung)(?: là)?\s*:\s*["“]?([^.;"”]{12,})/iu.exec(text)
  return named && /\d/.test(text.slice(0, named.index)) ? (named[1] ?? '').trim() : null
}

/** Who receives, opening a sentence: "Phó Chủ tịch UBND huyện (phụ trách khối …)", "Đồng chí Bí thư Tỉnh ủy". */
const HOST_OPENING = /^(đồng chí |đ\/c )?(chủ tịch|phó chủ tịch|bí thư|phó bí thư|thường trực|lãnh đạo)(?![\p{L}])[^,;:.]{0,60}$/iu
/** A host and the helpers of the verb before the dialogue it holds: "Chủ tịch UBND tỉnh sẽ tiếp tục ", "Bí thư Huyện ủy trực tiếp ". */
// ("… nên đồng chí sẽ tiếp và đối thoại trực tiếp với công dân …": the host named by "đồng chí" alone, receiving too.)
const HOSTED_DIALOGUE = new RegExp(
  String.raw`^((đồng chí |đ\/c )?(chủ tịch|phó chủ tịch|bí thư|phó bí thư|thường trực|lãnh đạo)|đồng chí|đ\/c)(?![\p{L}])` +
    String.raw`[^,;:.]{0,60}?\s+(sẽ\s+)?(tiếp tục\s+)?(tiếp(,| và)\s+)?(trực tiếp\s+)?(chủ trì\s+)?` +
    String.raw`(?=(đối thoại|tiếp xúc|gặp mặt)\s+(trực tiếp\s+)?(với|giữa)\s)`,
  'iu',
)
/** A host who chairs the dialogue it names: "Đ/c Chủ tịch UBND huyện sẽ chủ trì đối thoại với …" (the chairing is no topic). */
const CHAIRED_DIALOGUE = new RegExp(
  String.raw`^(đồng chí |đ\/c )?(chủ tịch|phó chủ tịch|bí thư|phó bí thư|thường trực|lãnh đạo)(?![\p{L}])[^,;:.]{0,60}?\s+` +
    String.raw`(sẽ\s+)?(trực tiếp\s+)?chủ trì\s+(?=(đối thoại|tiếp xúc|gặp mặt)\s+(với|giữa)\s)`,
  'iu',
)
/** Words that open whom a dialogue is with, in a schedule's "Thành phần" cell: "Cán bộ quản lý …", "Cha mẹ học sinh …". */
const AUDIENCE_OPENING = new RegExp(
  String.raw`^(các|những|hộ|người|nhân dân|đại diện|cán bộ|đoàn viên|hội viên|doanh nghiệp|(lưu )?học sinh|sinh viên|học viên|` +
    String.raw`công nhân|cha mẹ|phụ huynh)`,
  'iu',
)
/**
 * The weekly or monthly day a rule gives after the reception: "vào sáng thứ Năm hằng tuần", "vào thứ Năm tuần thứ tư …",
 * or the days of a month a schedule's paragraph gives ("Tháng 4, Chủ tịch UBND huyện tiếp công dân vào ngày 08 và ngày 22").
 */
// (… or how often, the rule's days after it: "tiếp dân định kỳ 01 ngày trong tháng, vào ngày 25 hằng tháng".)
const RULE_DAY = new RegExp(
  String.raw`\s+(vào|lúc)\s+((buổi\s+)?(sáng|chiều)\s+)?(các\s+)?(ngày\s+)?(thứ|chủ nhật|(?<=ngày\s+)\d)(?![\p{L}])` +
    String.raw`|\s+(0?[1-4]|một|hai)\s+(ngày|buổi|lần)\s*(trong|mỗi|\/)\s*(tuần|tháng|quý)(?![\p{L}])`,
  'iu',
)

/** "Chủ tịch UBND huyện tiếp công dân định kỳ vào thứ Năm …" → "Tiếp công dân định kỳ của Chủ tịch UBND huyện"; else null. */
function hostedReception(text: string): string | null {
  const plain = text.replace(/[*_]/g, '')
  const at = plain.search(/(?<![\p{L}])(tiếp công dân|tiếp dân)(?![\p{L}])/iu)
  if (at <= 0) {
    return null
  }
  const topic = receptionOf(plain.slice(0, at), (plain.slice(at).split(/[,;:]\s/)[0] ?? '').trim())
  return / của /u.test(topic) ? topic.charAt(0).toUpperCase() + topic.slice(1) : null
}

/**
 * A reception stated as a rule, "Phó Chủ tịch UBND huyện (phụ trách …) tiếp công dân định kỳ vào thứ Năm tuần thứ tư
 * hằng tháng": "Tiếp công dân định kỳ của Phó Chủ tịch UBND huyện", whose reception it is without the day the rule gives
 * (the days are each session's). Other words as they are.
 */
function receptionOf(before: string, topic: string): string {
  if (!/^(tiếp công dân|tiếp dân)(?![\p{L}])/iu.test(topic)) {
    return topic
  }
  const cut = topic.search(RULE_DAY)
  if (cut === -1) {
    return topic
  }
  const host = before
    .replace(/\s*\([^()]*\)/g, '')
    .replace(/[*_]/g, '')
    .replace(/\s+(sẽ|trực tiếp)$/iu, '')
    .trim()
  const own = topic.slice(0, cut).trim()
  return HOST_OPENING.test(host) && !/(?<![\p{L}])của(?![\p{L}])/iu.test(own) ? `${own} của ${host}` : own
}

/** Words, after a comma or a space, that mark where something ends: a session's topic before its time. */
function cueBefore(words: string[]): RegExp {
  return new RegExp(String.raw`,?\s+(${words.join('|')})(?![\p{L}])`, 'iu')
}

/** The words that end a session's topic in running text: "dự kiến", "tổ chức vào", "tại" … */
const SESSION_TIME_CUE = cueBefore([
  'dự kiến',
  String.raw`(vào|lúc) \d`,
  '(được )?(chuyển|dời|lùi|điều chỉnh) sang',
  '(sẽ )?(chính thức )?được tổ chức',
  // ("Theo đó, buổi tiếp dân sẽ diễn ra từ 14 giờ 30 phút ngày …": what takes place is named before it.)
  '(sẽ )?diễn ra',
  'tổ chức vào',
  'sẽ tổ chức',
  'sẽ được tổ chức',
  'vào ngày',
  'vào lúc',
  'vào tháng',
  'trong (tháng|quý)',
  'tại',
  'thời gian',
])

/** A sentence that opens with the session's kind and name: "Hội nghị đối thoại giữa …", "Buổi tiếp xúc với …". */
const NAMED_SESSION_OPENING = /^(hội nghị|buổi|cuộc|phiên)\s+(đối thoại|tiếp xúc|tiếp công dân)\s+\p{L}/iu

/**
 * The topic a sentence of running text gives its session: "Hội nghị đối thoại với Nhân dân về …,
 * dự kiến tổ chức vào ngày 20/8/2022 tại …" → "Hội nghị đối thoại với Nhân dân về …". Null when the
 * words before the time are not a session's.
 */
/** A day in a topic ("… ngày 15/10"), which makes it a sentence with its time; not the month a session is of ("tháng 10/2025"). */
const DAY_IN_TOPIC = /(?<![\d/])\d{1,2}\/\d{1,2}(?![\d])/

function topicOfSentence(text: string): string | null {
  // ("Hội nghị đối thoại với các hộ dân xã A (dự kiến Quý III/2019 theo Kế hoạch số 18/KH-UBND): tạm hoãn …": the time in
  // brackets ends the topic, as "dự kiến" does outside them.)
  // ("Theo thông báo, hội nghị đối thoại được tổ chức vào hồi 14 giờ 00 …": a news item's lead-in says where it read it, not
  // what the session is.)
  // (Not after a place's abbreviation: "Hội LHPN TT. B tổ chức hội nghị đối thoại …", "UBND TP. A".)
  const first = (text.split(/(?<=[.!?])(?<!(?<![\p{L}])\p{Lu}{1,2}\.)\s+(?=\p{Lu})/u)[0] ?? text)
    .replace(/\s*\((dự kiến|theo kế hoạch)(?![\p{L}]).*$/iu, '')
    .replace(/^(theo (thông báo|kế hoạch|đó)|cụ thể),\s+/iu, '')
    // ("Phòng Thương mại … cho biết, Hội nghị thường niên … sẽ được tổ chức vào ngày …": who told the news is no session.)
    .replace(/^[^,.;:]{3,120}?\s(cho biết|cho hay)\s*[,:]\s*/iu, '')
    // ("Tuy nhiên, do …, nên đồng chí sẽ tiếp và đối thoại …": the reason is not the session.)
    .replace(/^(tuy nhiên,?\s+)?(do|vì)\s.+?,\s*(nên|vì vậy|do đó)\s+/iu, '')
  const held = heldAfterRecital(first)
  if (held) {
    return held
  }
  const cut = first.search(SESSION_TIME_CUE)
  const head = (cut > 0 ? first.slice(0, cut) : '').replace(/[.,;:]+$/, '').trim()
  // ("Đợt 3 dành cho các nhà đầu tư, doanh nghiệp …, dự kiến tổ chức …": a session named by its rank says whom it is for.)
  const ranked = RANKED.test(head)
  if (head.split(/\s+/).length >= 3 && (SESSION_WORD.test(fold(head)) || ranked) && !/\d{1,2}\/\d{1,2}/.test(head)) {
    // "Chủ tịch UBND tỉnh sẽ tiếp tục đối thoại với các hộ dân … vào 8 giờ 30 ngày …": who holds it and the verb's helpers
    // are no part of the dialogue, which is named from its word on.
    const hosted = HOSTED_DIALOGUE.exec(head)
    // ("Theo đó, nội dung đối thoại trực tiếp của đồng chí Bí thư Tỉnh ủy về Việc chăm lo … dự kiến tổ chức vào ngày …": the
    // content it is about is the session's subject.)
    const about = CONTENT_ABOUT.exec(head)
    if (about && head.length - about[0].length >= 12) {
      return head.slice(about[0].length).replace(/^./, (c) => c.toUpperCase())
    }
    return hosted ? head.slice(hosted[0].length).replace(/^./, (c) => c.toUpperCase()) : head
  }
  // "Ngày 15/8/2024, tại …, Chủ tịch UBND tỉnh sẽ tổ chức hội nghị đối thoại với doanh nghiệp về …": from the session's words on.
  // (Not the subject of a text it cites first: "Thực hiện Hướng dẫn số … về công tác đối thoại giữa …, Chủ tịch …".)
  const at = first.search(CITED_SUBJECT_FREE_SESSION)
  if (at === -1) {
    return null
  }
  const tail = receptionOf(first.slice(0, at), first.slice(at))
  // ("… tổ chức tiếp xúc cử tri bắt đầu từ 7 giờ 30 phút, thứ ba ngày …": when it starts is its time.)
  // ("… tại Chương trình đối thoại giữa … năm 2022 được tổ chức ngày 30/11": so is the day it is said to be held on.)
  const end = tail.search(TOPIC_END)
  const topic = (end > 0 ? tail.slice(0, end) : tail).replace(/[.,;:]+$/, '').trim()
  return topic.split(/\s+/).length >= 3 && !DAY_IN_TOPIC.test(topic) ? topic.charAt(0).toUpperCase() + topic.slice(1) : null
}

/** "nội dung đối thoại trực tiếp của … về ": the words before what a session is about. */
const CONTENT_ABOUT = /^nội dung (của )?((buổi|cuộc|hội nghị) )?(đối thoại|tiếp xúc)(?![\p{L}])[^,;:]{0,80}?\s+về\s+/iu

/** Where a session's name in running text ends: its time, its place, when it starts or is held. */
const TOPIC_END = new RegExp(
  String.raw`,?\s+(dự kiến|vào ngày|vào lúc|vào tháng|vào quý|tại|thời gian|bắt đầu|` +
    String.raw`(sẽ )?(được )?(tổ chức|diễn ra)( vào)?( (sáng|chiều|tối|trưa))?( ngày|(?= \d)))(?![\p{L}])|,?\s+(vào|lúc) \d|[.;](\s|$)`,
  'iu',
)

/** The first paragraph whose sentence names a session and with whom it is: "… tổ chức buổi đối thoại giữa A với B." */
function withWhomAbove(plain: { text: string }[]): string | null {
  return (
    plain
      .map((p) => topicOfSentence(p.text))
      .find((topic): topic is string => topic !== null && WITH_WHOM.test(fold(topic)) && !/\d{1,2}\/\d{1,2}/.test(topic)) ?? null
  )
}

/**
 * The session a bare kind refers back to: "… ban hành Thông báo về việc tổ chức hội nghị đối thoại giữa Chủ tịch UBND
 * huyện với giáo viên về …." then "Theo thông báo, hội nghị đối thoại được tổ chức vào hồi 14 giờ 00, ngày …": the
 * paragraph before names the dialogue the later one only gives the time of. Null unless the kind is all the topic says.
 */
function namedBefore(topic: string | null, plain: { text: string }[]): string | null {
  const kind = topic ? fold(topic) : ''
  if (!BARE_KIND.test(kind)) {
    return null
  }
  for (const p of plain) {
    const named = topicOfSentence(p.text)
    if (named && new RegExp(`^${kind} (giua|voi) `).test(fold(named))) {
      return named
    }
  }
  // ("Ban A vừa ban hành Thông báo về buổi tiếp dân định kỳ của đồng chí Bí thư Tỉnh ủy theo quy định …" then "Theo đó,
  // buổi tiếp dân sẽ diễn ra từ …": the kind first named with whose it is, wherever in its sentence.)
  const whose = new RegExp(
    String.raw`(?<![\p{L}])${topic}\s+(?:định kỳ\s+)?(?:của|giữa|với)\s[^.;,()]+?(?=\s+(?:theo|tại|vào|về việc|nhằm)(?![\p{L}])|[.;,(]|$)`,
    'iu',
  )
  for (const p of plain) {
    const named = whose.exec(p.text)?.[0]
    if (named) {
      return named.charAt(0).toUpperCase() + named.slice(1)
    }
  }
  return null
}

/**
 * A sentence opening with an ordinal session noun: "Hội nghị thứ hai …", "Cuộc đối thoại thứ nhất …",
 * "Buổi thứ 2 …", "Hội nghị lần thứ ba …"; after "… tổ chức đối thoại ba lần.", "Lần thứ nhất, Chủ tịch … đối thoại với …".
 * A news item's prose may lead in ("Theo đó, hội nghị đầu tiên là đối thoại với …", "Theo kế hoạch, buổi đối thoại thứ
 * nhất dự kiến …") and say "đầu tiên" for the first.
 */
const ORDINAL_OPENING = new RegExp(
  [
    '^((theo do|theo ke hoach|trong do|cu the),? )?((hoi nghi|buoi|cuoc|phien)( doi thoai| tiep xuc| tiep cong dan)?',
    ' ((lan thu|thu|lan) ?(nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi|\\d{1,2})|dau tien)|' +
      'lan thu ?(nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi|\\d{1,2}))(?![a-z\\d])',
  ].join(''),
)
/** What a session devoted to someone is about: "…, với nội dung trọng tâm là …", "…, nội dung tập trung vào …". */
const DEVOTED_MATTER = /,?\s+(?:với\s+)?nội dung(?: trọng tâm| chính| đối thoại)?\s+(?:là|về|tập trung vào)\s+/iu
/** A round by its number opening a clause of a sentence that lists them: "…: đợt 1 vào ngày …; đợt 2 dự kiến …" (folded). */
const ROUND_OPENING = /^dot (thu )?(nhat|hai|ba|tu|nam|\d{1,2})(?![a-z\d])/
/** Where a sentence listing rounds starts the next: after its colon or semicolon, "đợt 2 …". */
// (… or the next by its rank: "Cuộc thứ nhất: đối thoại với …, vào sáng thứ Ba, ngày 14/4; cuộc thứ hai là đối thoại với …".)
const ROUND_CLAUSE =
  /(?<=[:;])\s+(?=(?:đợt\s+(?:thứ\s+)?[\d\p{L}]+|(?:cuộc|buổi|hội nghị|phiên)\s+thứ\s+(?:hai|ba|tư|năm|sáu|\d{1,2}))[\s,])/iu

/**
 * Where the time starts after a session's topic ("…, tổ chức ngày 05/4/2031", "…, dự kiến trong quý
 * III"); not "tại", which may be the audience's place.
 */
const ORDINAL_TIME_CUE = cueBefore([
  'dự kiến',
  'được tổ chức',
  'sẽ (được )?tổ chức',
  'tổ chức (vào|ngày|lúc|trong)',
  'vào (ngày|lúc|tháng|quý)',
  'trong (tháng|quý)',
  'thời gian',
  String.raw`lúc \d`,
  String.raw`ngày \d`,
])

/**
 * A paragraph of running text that describes several sessions by ordinal: "… tổ chức 02 hội nghị …. Hội
 * nghị thứ nhất được tổ chức vào lúc 19 giờ 30 ngày 23/5/2024 tại …, đối thoại với … về …. Hội nghị thứ
 * hai dự kiến tổ chức trong tháng 10/2024 …" → one session per such sentence that carries a time, its topic
 * what the sentence says the dialogue is with or about. Empty when fewer than two such sentences.
 */
function ordinalSessions(
  text: string,
  time: TimeContext,
  least = 2,
): { topic: string | null; venue: string | null; time: SessionTimeRead }[] {
  const out: { topic: string | null; venue: string | null; time: SessionTimeRead }[] = []
  // ("Hội nghị được tổ chức 02 đợt: đợt 1 vào ngày …, đối thoại với …; đợt 2 dự kiến vào …": each round a clause.)
  const clauses = text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).flatMap((sentence) => {
    const [first = '', ...rounds] = sentence.split(ROUND_CLAUSE)
    return [{ text: first, round: false }, ...rounds.map((round) => ({ text: round, round: true }))]
  })
  const sentences = clauses.map((clause) => clause.text)
  sentences.forEach((sentence, at) => {
    const opening = ORDINAL_OPENING.exec(fold(sentence)) ?? (clauses[at]?.round ? ROUND_OPENING.exec(fold(sentence)) : null)
    if (!opening) {
      return
    }
    // "…; thời gian cụ thể … sẽ thông báo sau": a clause after the time, which does not unschedule it.
    const main = sentence.split(/;\s+/)[0] ?? sentence
    let read = readSessionTime(sentence, time)
    if (!read || read.precision === 'unscheduled') {
      const before = readSessionTime(main, time)
      read = before && before.precision !== 'unscheduled' ? before : read
    }
    // "Hội nghị thứ nhất là cuộc đối thoại … . Hội nghị dự kiến tổ chức trong tháng 10/2025 …": the time in a
    // sentence after it, before the next ordinal.
    for (let next = at + 1; (!read || read.precision === 'unscheduled') && next < sentences.length; next++) {
      const later = sentences[next] ?? ''
      if (ORDINAL_OPENING.test(fold(later))) {
        break
      }
      const found = readSessionTime(later, time)
      read = found && found.precision !== 'unscheduled' ? found : read
    }
    // ("Lần thứ ba là đối thoại với nhân dân về …; thời gian sẽ thông báo sau": a session to schedule.)
    const toSchedule = read?.precision === 'unscheduled' && /\b(doi thoai|tiep xuc) (voi|giua)\b/.test(fold(main))
    if (!read || (read.precision === 'unscheduled' && !toSchedule)) {
      return
    }
    const words = opening[0].split(' ').length
    // ("Buổi đối thoại thứ nhất được tổ chức với các hộ dân … về …": that it is held, then with whom, as "… thứ hai với …".)
    const rest = sentence
      .split(/\s+/)
      .slice(words)
      .join(' ')
      .replace(/^((sẽ )?được |sẽ )?tổ chức\s+(?=(với|cùng)\s)/iu, '')
    // ("…, UBND xã đối thoại tại nhà văn hóa các thôn với các hộ …": where, then with whom.)
    const clause = rest.search(/(?<![\p{L}])(đối thoại|tiếp xúc|gặp mặt|tiếp công dân)\s+(với|về|cùng|giữa|tại)\s/iu)
    // "Cuộc đối thoại thứ hai với doanh nghiệp về …, tổ chức ngày …": the words after the ordinal, up to the time.
    // ("Hội nghị thứ ba dành cho đoàn viên, thanh niên, với nội dung trọng tâm là khởi nghiệp …, sẽ được tổ chức …": whom
    // it is for, then what about, as "đối thoại với đoàn viên, thanh niên về khởi nghiệp …".)
    const devoted = /^dành (?:riêng )?cho\s+(.+)$/iu.exec(rest)?.[1]?.replace(DEVOTED_MATTER, ' về ')
    // ("Lần thứ nhất tổ chức vào ngày 22-4-2027 tại Hội trường UBND phường A, với cán bộ, đảng viên và Nhân dân phường A
    // về …": its time and place first, then with whom, after a comma; not "…, với sự tham dự của …".)
    const audience = rest.search(/,\s+với\s+(?!(sự|hình thức|quy mô|thành phần|số lượng|khoảng|trên|dưới)(?![\p{L}])|\d)/iu)
    const kind = /tiep xuc/.test(opening[0]) ? 'tiếp xúc' : 'đối thoại'
    // "Hội nghị đối thoại lần thứ nhất về công tác thủy lợi nội đồng, …": a ranked dialogue that says what about but not with
    // whom is named by its rank, and the sentence, rank and all, is its subject ("Cuộc đối thoại thứ hai với hợp tác xã …"
    // reads "Đối thoại với hợp tác xã …"; "Hội nghị thứ hai về …" names no dialogue and reads "Đối thoại về …"). (Past a
    // lead-in, "Theo đó, ".)
    const named = / (doi thoai|tiep xuc)(?![a-z])/.test(opening[0]) && /^về\s/iu.test(rest)
    const leadIn = opening[1]?.trim().split(' ').length ?? 0
    let own =
      clause !== -1
        ? rest.slice(clause)
        : /^(với|về|cùng)\s/i.test(rest)
          ? named
            ? sentence.split(/\s+/).slice(leadIn).join(' ')
            : `đối thoại ${rest}`
          : devoted
            ? `${kind} với ${devoted}`
            : audience !== -1
              ? `${kind} ${rest.slice(audience).replace(/^,\s+/, '')}`
              : null
    // "Hội nghị thứ nhất được tổ chức dự kiến trong tháng 3/2027, tại …. Chủ tịch UBND thành phố đối thoại với đoàn viên,
    // thanh niên … về …": whom it is with, said in a sentence after it, before the next ordinal.
    for (let next = at + 1; !own && next < sentences.length && !ORDINAL_OPENING.test(fold(sentences[next] ?? '')); next++) {
      const later = sentences[next] ?? ''
      const said = later.search(/(?<![\p{L}])(đối thoại|tiếp xúc|gặp mặt)\s+(với|giữa)\s/iu)
      own = said !== -1 ? later.slice(said) : null
    }
    let topic: string | null = null
    if (own) {
      const clauseOf = own.split(/;\s+/)[0] ?? own
      const cut = clauseOf.search(ORDINAL_TIME_CUE)
      topic = (cut > 0 ? clauseOf.slice(0, cut) : clauseOf)
        .replace(/[.,;:]+$/, '')
        // ("… về quản lý chợ (thời gian cụ thể Văn phòng … sẽ thông báo sau)": a remark on its time, no part of its subject.)
        .replace(/\s*\([^()]*(thời gian|thông báo sau)[^()]*\)$/iu, '')
        .trim()
      topic = topic.charAt(0).toUpperCase() + topic.slice(1)
    }
    if (topic && topic.split(/\s+/).length < 3) {
      topic = null
    }
    const venue = /(?<![\p{L}])tại\s+([^,;.]+)/iu.exec(main)?.[1]?.trim() ?? null
    out.push({ topic, venue, time: read })
  })
  return out.length >= least ? out : []
}

/** Words that open with a time: "ngày 15/4/2027 …", "vào lúc 8 giờ …", "dự kiến tháng 9/2027", "Quý III/2027". */
const OPENS_WITH_TIME =
  /^(dự kiến\s+)?(bắt đầu\s+)?((vào|lúc|từ|trong)\s+){0,2}((ngày|tháng|quý)\s+[\dIVX]|\d{1,2}\s*(giờ|h\b|[/.-]\s*\d))/iu

/** The paragraphs under a time's label with no value of its own that describe its sessions by ordinal. */
function roundsUnder(n: OutlineNode, time: TimeContext): OutlineNode[] {
  const label = labelledOf(n.text)
  if (!label?.fields.includes('time') || label.value) {
    return []
  }
  const several = n.children.filter((c) => c.kind === 'text' && ordinalSessions(c.text, time).length >= 2)
  // … or a paragraph each ("Hội nghị thứ nhất được tổ chức dự kiến trong tháng 3/2027, tại …. Chủ tịch … đối thoại với …"
  // / "Hội nghị thứ hai đối thoại với …, được tổ chức trong quý III/2027 …"), two of them or more.
  const each = n.children.filter((c) => c.kind === 'text' && ordinalSessions(c.text, time, 1).length === 1)
  return several.length > 0 || each.length < 2 ? several : each
}

/**
 * A group that lists its members before the meeting it holds: "Tổ đại biểu HĐND tỉnh (đơn vị bầu cử huyện A) gồm các đại
 * biểu: Nguyễn Văn B, Bí thư Huyện ủy; Trần Thị C, … tiếp xúc cử tri huyện A." — the meeting, from its verb on, is what
 * the item is about; the members' names and titles are who attend it.
 */
const MEMBERS_THEN_MEETING = new RegExp(
  String.raw`(?<![\p{L}])gồm(?:\s+có)?(?:\s+các)?\s+(?:đại biểu|đồng chí|thành viên|ông,\s*bà)\s*:.+?` +
    String.raw`(?<![\p{L}])((?:tiếp xúc cử tri|đối thoại với)(?![\p{L}])[^.;:]*)[.;]?$`,
  'iu',
)

/** "Hội nghị thứ nhất: Đối thoại giữa … về …. Thành phần gồm …" → the first sentence after the generic name. */
function topicOfHeading(text: string): string {
  const labelled = /^([^:]{3,40}):\s*(.+)$/.exec(text) ?? /^([^:.]{3,40})\.\s+(\p{Lu}.+)$/u.exec(text)
  const rest = labelled && isBareHeading(labelled[1] ?? '') ? (labelled[2] ?? text) : text
  // "Hội nghị đối thoại lần thứ nhất: ngày 15/4/2027 tại Hội trường …, chủ đề: đất đai": after the rank come its time and
  // place, which are no subject; the rank keeps the subject the line names, if any.
  if (labelled && rest !== text && OPENS_WITH_TIME.test(rest)) {
    // "Đợt 1: 14 giờ 00, ngày 21/3/2031 (thứ Năm) — Đối thoại với các hộ … về …. Địa điểm: …": after the time a dash, then
    // the round's own subject, to its sentence's end.
    const dashed = /\s[–—-]\s+(\p{Lu}.*?)(?:[.;](?=\s|$)|$)/u.exec(rest)?.[1]?.trim()
    if (dashed && dashed.split(/\s+/).length >= 4 && SESSION_WORD.test(fold(dashed))) {
      return dashed
    }
    const named = /(?:^|[\s,;])(?:chủ đề|nội dung)(?: đối thoại)?\s*:\s*["“]?([^.;"”]+)/iu.exec(rest)?.[1]?.trim()
    // "Buổi thứ nhất: Vào lúc 14 giờ 00, ngày 13/3/2026, tại Hội trường khu vực 3. Đối thoại với 96 hộ dân … về …": the
    // time and place in one sentence, with whom in the next; that sentence is the subject.
    const said = rest
      .split(/(?<=[.!?])\s+(?=\p{Lu})/u)
      .slice(1)
      .find((sentence) => /^(đối thoại|tiếp xúc|gặp mặt)(\s+riêng)?\s+(với|giữa)\s/iu.test(sentence))
      ?.split(/;\s+/)[0]
      ?.replace(/[.,;:]+$/, '')
      .trim()
    const about = /,\s*(về\s+[^.;]{3,})/u.exec(rest)?.[1]?.trim()
    // ("Cuộc đối thoại thứ ba: trong tháng 9, đối thoại với hộ nghèo, hộ cận nghèo về …. Ngày cụ thể …": after the time, in
    // its sentence, with whom.)
    const clause = /,\s*((?:đối thoại|tiếp xúc|gặp mặt)(?:\s+riêng)?\s+(?:với|giữa)\s[^.;]{3,})/iu.exec(rest)?.[1]?.trim()
    const withWhom = clause ? clause.charAt(0).toUpperCase() + clause.slice(1) : null
    return named ? `${labelled[1]}: ${named}` : said ? said : (withWhom ?? (about ? `${labelled[1]} ${about}` : (labelled[1] ?? text)))
  }
  const first = rest.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? rest
  const met = MEMBERS_THEN_MEETING.exec(first)?.[1]
    ?.replace(/[.;,:]+$/, '')
    .trim()
  if (met && met.split(/\s+/).length >= 4) {
    return met.charAt(0).toUpperCase() + met.slice(1)
  }
  // "Giám đốc Sở chủ trì Hội nghị đối thoại với doanh nghiệp … về …": the session the body hosts, by its name, not the
  // body (not "Chủ tịch UBND thị xã tổ chức đối thoại lại với …", which names none: whose dialogue it is stays said).
  const hosted = bodyHeading(first)?.rest
  if (hosted && HOSTS_SESSION.test(fold(hosted)) && /^\S+ \S+ (cac |mot |01 )?(hoi nghi|buoi|cuoc|phien) /.test(fold(hosted))) {
    return topicOfLine(hosted.replace(/^\S+\s+\S+\s+/u, '').replace(/^(?:các|một|01)\s+/iu, ''))
  }
  return topicOfLine(first)
}

/** The subject a line of a schedule states for its session, when it states one ("Buổi thứ hai: Đối thoại với … về …"). */
function ownSubject(text: string): string | null {
  const topic = topicOfHeading(text)
  // ("Kỳ đối thoại thứ nhất (6 tháng đầu năm): 14 giờ 00, ngày …": the rank and its period in brackets name no subject.)
  const says =
    topic !== text &&
    !isBareHeading(topic) &&
    topic.split(/\s+/).length >= 5 &&
    SESSION_WORD.test(fold(topic)) &&
    !/\d{1,2}\s*[/.-]\s*\d{1,2}/.test(topic) &&
    !/^(tại|ở)\s/i.test(topic)
  return says ? topic : null
}

/** A session named by its rank at the start of a line: "Đợt 3 …", "Cuộc thứ hai …", "Hội nghị số 2 …". */
const RANKED = /^(đợt|cuộc|buổi|phiên|hội nghị)( đối thoại)? (thứ |số )?[\dIVX\p{L}]+\s/iu

/**
 * A schedule line that opens with its subject, before its time: "Cụm số 1 (thành phố Mỹ Tho, …) - thanh niên nông
 * thôn với ứng dụng công nghệ số …: ngày 09/3/2024, tại …" → "Cụm số 1 - thanh niên nông thôn với …". Only words that
 * say with whom or about what ("với", "về"), not a host's name before the day.
 */
function leadingSubject(text: string): string | null {
  const plain = text.replace(/\s*\([^()]*\)/g, '').replace(/\s+/g, ' ')
  const at = plain.search(/\s*[:,–—-]\s*(?:(?:vào|từ|lúc|trong)\s+)?(?:ngày|tháng|quý|\d{1,2}\s*(?:giờ|h\b|[/.-]\s*\d))/iu)
  const head = at > 0 ? plain.slice(0, at).trim() : ''
  return head.split(' ').length >= 5 && /(?<![\p{L}])(với|về)\s/iu.test(head) && !/^(tại|ở)\s/i.test(head) ? head : null
}

/**
 * A schedule line that names before its time only the group of places its session is held for: "- Cụm 3 (thành phố
 * A và các huyện B, C): ngày 12 hoặc ngày 13/9/2025, tại Hội trường …" → "Cụm 3 (thành phố A và các huyện B, C)". The
 * lines share the plan's session and differ by it.
 */
function groupBeforeTime(text: string): string | null {
  const line = /^((?:cụm|khu vực|vùng)\s+(?:số\s+|thứ\s+)?[\dIVX\p{L}]{1,6}\s*(?:\([^()]*\))?)\s*:\s+(.+)$/iu.exec(text)
  // ("ngày 12 hoặc ngày 13/9/2025": the "hoặc" of two days is of the time.)
  const rest = withoutTime(line?.[2] ?? '')
  return line && /\d/.test(line[2] ?? '') && /^(?:(?:hoặc|và)(?![\p{L}])[\s,]*)?((tại|ở)(?![\p{L}]).*)?$/iu.test(rest)
    ? (line[1] ?? '').trim()
    : null
}

/** The places a voter meeting's line lists after its time and hall: "…, tại hội trường …, gồm phường A (30 cử tri) và xã B". */
const VOTERS_LISTED = new RegExp(String.raw`,\s*gồm(?:\s+có)?\s+(${PLACE_KIND}.*?)[.;]?$`, 'iu')

/**
 * A line of a voter meetings' schedule that gives its time and hall, then the wards or communes whose voters meet there:
 * "- Vào lúc 8 giờ 00, ngày 21/5 (thứ ba), tại hội trường UBND phường A, gồm phường A (30 cử tri) và phường B (30 cử
 * tri)" → "phường A (30 cử tri) và phường B (30 cử tri)", the meeting named by its places (the hall is only where). Null
 * unless the lines share a voter meeting and the list opens with a place.
 */
function votersListed(line: string, shared: string): string | null {
  const listed = VOTERS_LISTED.exec(line)?.[1]?.trim()
  return listed && /\btiep xuc cu tri\b/.test(fold(shared)) && /\d/.test(line.slice(0, line.search(VOTERS_LISTED))) ? listed : null
}

/**
 * A schedule line that ends with its subject after a dash: "Quý I: 14 giờ 00, ngày 27/3/2015, tại Phòng họp lầu 2 -
 * việc điều chỉnh tiền lương …" → "việc điều chỉnh tiền lương …".
 */
function trailingSubject(text: string): string | null {
  const parts = text.split(/\s+[-–—]\s+/)
  const tail = parts.length >= 2 ? (parts.at(-1) ?? '').replace(/[.;]+$/, '').trim() : ''
  // ("Thứ Năm, ngày 06/12/2012: đồng chí A - Phó Chủ tịch UBND quận": the title of who receives that day, not a subject.)
  return tail.split(/\s+/).length >= 5 &&
    !HOST_OPENING.test(tail) &&
    !/\d{1,2}\s*[/.-]\s*\d{1,2}/.test(tail) &&
    /\d/.test(parts.slice(0, -1).join(' '))
    ? tail
    : null
}

/**
 * A schedule line that opens with its time and a colon, its subject after: "Ngày 24/3/2027 (thứ Tư), từ 08 giờ 00: tiếp
 * các hộ kinh doanh về việc …; tại Hội trường …" → "Tiếp các hộ kinh doanh về việc …". Only words that receive or talk
 * with someone about something ("với", "về").
 */
function subjectAfterTime(text: string): string | null {
  const line = /^([^:]{4,80}):\s+(.+)$/u.exec(text)
  if (!line || !/\d/.test(line[1] ?? '') || withoutTime(line[1] ?? '') !== '') {
    return null
  }
  // (To a comma before where or when: "… đối thoại với Nhân dân thôn A, tại Nhà văn hóa thôn.")
  const rest = (
    (line[2] ?? '').split(/;\s+|\.\s+(?=\p{Lu})|,\s+(?:[Tt]ại|[Dd]ự kiến|[Vv]ào|[Ll]úc|[Tt]hời gian|[Đđ]ịa điểm)(?![\p{L}])/u)[0] ?? ''
  )
    .replace(/[.;,:]+$/, '')
    .trim()
  // (It opens with the reception or dialogue itself: not a host's name, "Bà …, Bí thư …", nor a remark on the day.)
  return rest.split(/\s+/).length >= 5 &&
    /^(tiếp|đối thoại|tiếp xúc|gặp mặt|gặp gỡ|hội nghị)(?![\p{L}])/iu.test(rest) &&
    /(?<![\p{L}])(với|về)\s/iu.test(rest)
    ? rest.charAt(0).toUpperCase() + rest.slice(1)
    : null
}

/**
 * A schedule line that names, after its time, only the workplace its session is held at: "- Tháng 4/2025: Công ty Cổ
 * phần A (Khu công nghiệp B, xã C), khoảng 900 lao động;" → "Công ty Cổ phần A (Khu công nghiệp B, xã C)", to its first
 * comma or semicolon outside brackets. The lines share the plan's dialogue and differ by it.
 */
function workplaceAfterTime(text: string): string | null {
  const line = /^([^:]{4,80}):\s+(.+)$/u.exec(text)
  const rest = line?.[2] ?? ''
  if (!line || !/\d/.test(line[1] ?? '') || withoutTime(line[1] ?? '') !== '' || !WORKPLACE_OPENING.test(fold(rest))) {
    return null
  }
  let depth = 0
  let end = rest.length
  for (const [i, c] of [...rest].entries()) {
    depth += c === '(' ? 1 : c === ')' ? -1 : 0
    if (depth === 0 && (c === ',' || c === ';')) {
      end = i
      break
    }
  }
  return [...rest]
    .slice(0, end)
    .join('')
    .replace(/[.;:]+$/, '')
    .trim()
}

/**
 * A schedule line that gives its time and place first and says with whom last, after a comma: "+ Buổi thứ nhất: 07 giờ
 * 30 ngày 11/10/2023 (thứ Tư), tại Hội trường UBND xã A, đối thoại với chủ tàu, ngư dân các xã A, B." → "Đối thoại với
 * chủ tàu, ngư dân các xã A, B" (the rest of its sentence, commas and all); also after a semicolon, "Buổi thứ hai: Bắt
 * đầu lúc 14 giờ 00, ngày …, tại Nhà văn hóa khu phố 3; đối thoại với các hộ … trên địa bàn phường B (64 hộ).".
 */
function dialogueAfterPlace(text: string): string | null {
  // (… or after a dash: "* Đợt 1: 7 giờ 30 phút, ngày 24/4/2014, tại Hội trường UBND xã A – đối thoại với các hộ dân …".)
  // (… or after a colon that ends the place: "+ Buổi 1: 8 giờ 00 ngày 20/5/2025 (thứ Ba), tại Hội trường UBND xã A, huyện
  // B: đối thoại với nông dân trồng bưởi về …".)
  const m = /(?:[,;:]|\s[–—])\s+((?:đối thoại|tiếp xúc|gặp mặt)\s+(?:với|giữa)\s[^.;]+)/iu.exec(text)
  const clause = (m?.[1] ?? '').replace(/[.,;:]+$/, '').trim()
  return m && /\d/.test(text.slice(0, m.index)) && clause.split(/\s+/).length >= 5 ? clause.charAt(0).toUpperCase() + clause.slice(1) : null
}

/**
 * A schedule line whose sentence after its time says what is talked about: "- 6 tháng đầu năm: Tổ chức vào tháng 5/2017,
 * tại Hội trường UBND tỉnh. Nội dung tập trung đối thoại về thủ tục hành chính …; tiếp cận vốn …." → "Đối thoại về thủ
 * tục hành chính …; tiếp cận vốn …" (semicolons and all, to the sentence's end).
 */
function contentAfterTime(text: string): string | null {
  const m = /\.\s+Nội dung(?:\s+(?:tập trung|chủ yếu))?\s*:?\s+((?:đối thoại|tiếp xúc)\s+(?:về|với)\s[^.]+)/iu.exec(text)
  const clause = (m?.[1] ?? '').replace(/[.,;:]+$/, '').trim()
  return m && /\d/.test(text.slice(0, m.index)) && clause.split(/\s+/).length >= 5 ? clause.charAt(0).toUpperCase() + clause.slice(1) : null
}

/**
 * A schedule line that says who receives on its day: "- Ngày 04/4/2019: Đồng chí Bí thư Tỉnh ủy tiếp công dân;" → "Đồng
 * chí Bí thư Tỉnh ủy tiếp công dân". When a notice's days differ by who receives, that is what tells them apart.
 */
function hostAfterTime(text: string): string | null {
  const line = /^([^:]{4,80}):\s+(.+)$/u.exec(text)
  // ("Sáng thứ Hai (03/3): …": the part of the day is of the time too.)
  if (!line || !/\d/.test(line[1] ?? '') || !/^((buổi\s+)?(sáng|chiều|tối))?$/iu.test(withoutTime(line[1] ?? ''))) {
    return null
  }
  const rest = ((line[2] ?? '').split(/;\s*|\.\s+(?=\p{Lu})|\s+\(/u)[0] ?? '').replace(/[.;,:*]+$/, '').trim()
  // ("- Sáng thứ Năm (06/3): đồng chí Nguyễn Thị A, Phó Chủ tịch UBND huyện tiếp công dân.": a name, a comma, then the
  // title of who receives.)
  const title = String.raw`(?:chủ tịch|phó chủ tịch|bí thư|phó bí thư|giám đốc|phó giám đốc|trưởng ban|phó trưởng ban)(?![\p{L}])`
  const host = new RegExp(
    String.raw`^((đồng chí|đ/c|ông|bà|chủ tịch|phó chủ tịch|bí thư|phó bí thư|thường trực|lãnh đạo|đoàn đại biểu)` +
      String.raw`(?![\p{L}])(?:[^,;:]{0,40},\s+(?=${title}))?[^,;:]{0,80}?)\s+(tiếp công dân|tiếp dân|đối thoại|tiếp xúc)(?![\p{L}])`,
    'iu',
  )
  return host.test(rest) && rest.split(/\s+/).length <= 20 ? rest : null
}

/**
 * Who receives on a schedule line's day, when that tells it from the lines beside it: "- Sáng thứ Năm (06/3): đồng chí
 * A, Phó Chủ tịch UBND huyện tiếp công dân." among days of other leaders. When every line names the same one ("- Thứ
 * Năm, ngày 02/10: Đồng chí A, Chủ tịch UBND phường tiếp công dân." each week), it tells none apart: the notice's
 * subject names them.
 */
function distinctHost(n: OutlineNode): string | null {
  const own = hostAfterTime(n.text)
  const others = (n.parent?.children ?? []).filter((c) => c !== n && c.kind === n.kind).flatMap((c) => hostAfterTime(c.text) ?? [])
  return own && others.length > 0 && others.every((h) => fold(h) === fold(own)) ? null : own
}

/**
 * A paragraph that says when and where before a colon and what after it: "14 giờ 00, thứ Ba, ngày 17/3/2026, tại Hội
 * trường UBND phường: Chủ tịch UBND phường đối thoại với các hộ kinh doanh về …." → the words after the colon, when they
 * name the session.
 */
function wordsAfterWhenAndWhere(text: string): string | null {
  const m = /^([^:]{4,160}):\s+(.+)$/u.exec(text)
  const before = (m?.[1] ?? '').replace(/,?\s*(?<![\p{L}])tại\s+[^,]+$/u, '')
  const rest = (m?.[2] ?? '').replace(/[.;:]+$/, '').trim()
  return m && /\d/.test(before) && withoutTime(before) === '' && SESSION_WORD.test(fold(rest)) && rest.split(/\s+/).length >= 5
    ? rest.charAt(0).toUpperCase() + rest.slice(1)
    : null
}

/** The words of a schedule line without its time: "Tháng 6 — Ngày 18 (thứ Ba)" → "". */
function withoutTime(text: string): string {
  return (
    text
      // ("… tại phường E vào buổi sáng ngày 16/4": the part of the day goes with its day.)
      .replace(/(?<![\p{L}])(vào\s+)?buổi\s+(sáng|chiều|tối|trưa)(?=\s+ngày(?![\p{L}]))/giu, ' ')
      .replace(/\(?\s*(thứ\s+(hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ nhật)\s*\)?/gi, ' ')
      // ("T4 (06/3)", "CN (10/3)": a calendar's weekdays written short, before their day.)
      .replace(/(?<![\p{L}\d])(T[2-7]|CN)(?=\s*[,(]?\s*\d)/gu, ' ')
      // (Not the "h" of a word after a day: "ngày 12 hoặc ngày 13/9".)
      .replace(
        /(từ|vào|lúc|ngày|tháng|năm|quý|buổi sáng|buổi chiều|sáng|chiều)?\s*\d{1,2}\s*(giờ|h(?![\p{L}]))\s*\d{0,2}\s*(phút)?/giu,
        ' ',
      )
      // (A numeral standing alone: the "X" of "huyện Đồng Xuân" is a letter of the name.)
      .replace(/(ngày|tháng|quý)?\s*(?<![\p{L}\d])[\dIVX]{1,4}\s*([/.-]\s*\d{1,4}){0,2}(?![\p{L}])/gu, ' ')
      .replace(/(?<![\p{L}])(ngày|tháng|năm|quý|vào|lúc|từ|đến)(?![\p{L}])/giu, ' ')
      // ("THỨ TƯ (15/5/2024)": the brackets the day was in.)
      .replace(/\(\s*\)/g, ' ')
      .replace(/^[\s,;:.–—|-]+|[\s,;:.–—|-]+$/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  )
}

/** The subject of a heading that opens with its time: "Quý II/2023: Đối thoại với giáo viên …" → "Đối thoại với giáo viên …". */
function timedHeading(text: string): string | null {
  const m = /^([^:]{3,30}):\s*(.+)$/.exec(text)
  const subject = (m?.[2] ?? '').replace(/[.;]+$/, '')
  return m && isBareHeading(m[1] ?? '') && /^(doi thoai|hoi nghi doi thoai|tiep xuc) (voi|giua)\b/.test(fold(subject)) ? subject : null
}

/** An item whose own words name its session: it opens with a dialogue or meeting word and says more than an ordinal. */
function namesSession(n: OutlineNode): boolean {
  return (
    n.kind === 'item' &&
    !isSection(n) &&
    !isBareHeading(n.text) &&
    !labelledOf(n.text) &&
    /^(doi thoai|hoi nghi|tiep xuc|dien dan|toa dam|gap mat)\b/.test(fold(n.text)) &&
    n.text.split(/\s+/).length >= 3 &&
    n.text.length <= 160 &&
    !/\d{1,2}\s*[/.-]\s*\d{1,2}/.test(n.text)
  )
}

/** "đối thoại với …", "đối thoại chuyên đề với …", "tiếp xúc định kỳ giữa …" (folded). */
/** A session with a title of its own, in quotes: "Diễn đàn "Thanh niên với khởi nghiệp"", "Tọa đàm “…”". */
const TITLED_EVENT = /^(diễn đàn|tọa đàm|toạ đàm|hội nghị)\s+["“]/iu

const WITH_WHOM = /\b(doi thoai|tiep xuc|gap mat)( (chuyen de|dinh ky|truc tiep|dot xuat))? (voi|giua)\b/

/**
 * "2. Đối thoại với Nhân dân xã A và xã B" over "- Nội dung: Đối thoại về công tác dồn điền, đổi thửa …": the heading says
 * with whom, the label only what about, each with the same dialogue word; one topic joins them, "Đối thoại với Nhân dân
 * xã A và xã B về công tác dồn điền, đổi thửa …" (so "Đối thoại giữa Bí thư Huyện ủy với hội viên …", its audience).
 * Only a heading that opens with the dialogue word is the first half of that phrase: "1. Hội nghị đối thoại với cán bộ,
 * hội viên nông dân" names the meeting, and its label "Đối thoại về …" is the topic whole. Null too when the heading says
 * no audience, says its own subject ("… về …") or its time, or the label opens otherwise.
 */
function withAudience(n: OutlineNode, topic: string): string | null {
  const about = /^(đối thoại|tiếp xúc)(?:\s+trực tiếp)?\s+về\s+(\S.*)$/iu.exec(topic.trim())
  if (!about || !namesWithWhom(n)) {
    return null
  }
  const heading = new RegExp(
    String.raw`^(${about[1]})(?:\s+(?:chuyên đề|định kỳ|trực tiếp|đột xuất))?\s+(?:giữa\s+.+?\s+)?với\s+([^:;()]+?)\s*[.;]?$`,
    'iu',
  ).exec(n.text)
  const audience = heading?.[2]
  if (!audience || /(?<![\p{L}])(về|ngày|tháng|lúc|tại)(?![\p{L}])/iu.test(audience)) {
    return null
  }
  return `${topic.trim().slice(0, about[1]?.length ?? 0)} với ${audience} về ${about[2]}`
}

/** An item whose own words say whom its session is with: "Hội nghị đối thoại với doanh nghiệp các khu công nghiệp A, B". */
function namesWithWhom(n: OutlineNode): boolean {
  return (
    n.kind === 'item' &&
    !isSection(n) &&
    !isBareHeading(n.text) &&
    !labelledOf(n.text) &&
    WITH_WHOM.test(fold(n.text)) &&
    n.text.length <= 200 &&
    !/\d{1,2}\s*[/.-]\s*\d{1,2}/.test(n.text)
  )
}

/**
 * A line that gives several sessions, one a part between semicolons: "huyện Thọ Xuân - thứ Ba, ngày 08/10/2024, tại
 * Trường THPT Lê Hoàn; huyện Triệu Sơn - thứ Năm, ngày 10/10/2024, tại …" → each part with its day. Empty unless
 * every part holds exactly one day of its own (a remark in brackets aside) and the days differ.
 */
function daysApart(text: string, time: TimeContext): { text: string; time: SessionTimeRead; topic?: string }[] {
  // (The last part may join the one before it with "và": "…; tại xã A vào buổi sáng ngày 06/5/2022 và tại xã B vào buổi
  // chiều ngày 06/5/2022." — two parts, each "tại …".)
  const parts = sharingTheirVerb(text.split(/;\s+|,?\s+và\s+(?=tại\s)/u).filter((part) => part.trim()))
  // ("Tháng 8: theo lịch là ngày 21/8 (thứ Hai); do …, lùi sang ngày 25/8 (thứ Sáu)": the clause after the semicolon moves
  // the day before it; one session, on its new day.)
  if (parts.length < 2 || parts.slice(1).some(movesDay)) {
    return []
  }
  // "Tuần 3 (từ 21/10 – 25/10/2024): huyện A - thứ Ba, ngày 22/10/2024; huyện B - trong tuần": B on some day of that week.
  const week = /^tuần\s+\d{1,2}\s*(\([^()]*\))/iu.exec(text.trim())?.[1]
  const span = week ? readSessionTime(week, time) : null
  const read = parts.map((part) => {
    const plain = part.replace(/\([^()]*\)/g, ' ')
    const days = plain.match(/\b\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\b|\bngày \d{1,2} tháng \d{1,2}\b/giu) ?? []
    const day = days.length === 1 ? readSessionTime(plain, time) : null
    if (days.length === 0 && span?.precision === 'month' && /\btrong tuan\b/.test(fold(plain))) {
      return { text: part.trim(), time: span }
    }
    // "… tổ chức hai buổi đối thoại cấp cụm. Buổi đối thoại cụm thứ nhất … ngày 05/3/2022 tại …; buổi … thứ hai …": the
    // part's own words are the sentence that holds its day, not the one that announces them all.
    const sentences = part.trim().split(/(?<=[.!?])\s+(?=\p{Lu})/u)
    const own = sentences.find((sentence) => days[0] !== undefined && sentence.includes(days[0])) ?? part.trim()
    return day?.precision === 'day' ? { text: own, time: day } : null
  })
  // ("…; đối thoại chuyên đề … tại UBND huyện ngày 31/5 …; xin ý kiến về thông báo phân công nhiệm vụ …; phiếu lấy ý kiến
  // …": the clauses after the last day, giving none, are the rest of the meeting's agenda, no sessions.)
  const last = read.findLastIndex((r) => r !== null)
  const trailing = parts.slice(last + 1).every((part) => !/\d{1,2}\s*[/.-]\s*\d{1,2}|\bngày \d/u.test(part))
  const found = read.slice(0, trailing && last >= 1 ? last + 1 : read.length).filter((r) => r !== null)
  // (Two on one day at two moments, "tại xã A vào buổi sáng ngày 28/4; tại xã B vào buổi chiều ngày 28/4", are two.)
  const moment = (r: { text: string; time: SessionTimeRead }) => `${r.time.start} ${HALF_DAY.exec(fold(r.text))?.[0] ?? ''}`
  if (found.length !== (trailing && last >= 1 ? last + 1 : parts.length) || new Set(found.map(moment)).size !== found.length) {
    return []
  }
  const places = placesOfTheirVerb(found.map((r) => r.text))
  return found.map((r, i) => (places[i] ? { ...r, topic: places[i] } : r))
}

/** "… tổ chức 02 buổi tiếp xúc cử tri chuyên đề:", "hai cuộc đối thoại:": a count of sessions, then the sessions it counts. */
const COUNTED_SESSIONS =
  /(?<![\p{L}\d])(0?[2-4]|hai|ba|bốn)\s+(?:buổi|cuộc|hội nghị)\s+(?:đối thoại|tiếp xúc cử tri|tiếp công dân)[^:;.]{0,60}:\s*/iu
/** Where the subject of a counted session ends: its time, its place or what it says of its time. */
const COUNTED_SUBJECT_END = /,?\s+(?:vào|lúc)\s|,\s*(?:thời gian|dự kiến)\s|\s+tại\s|\s*\(/iu

/**
 * "Ngoài ra, Đoàn … phối hợp tổ chức 02 buổi tiếp xúc cử tri chuyên đề: tiếp xúc cử tri là chức sắc … vào sáng thứ Sáu, ngày
 * 11/10/2024 tại …; tiếp xúc cử tri là công nhân lao động …, thời gian sẽ thông báo sau.": as many sessions as counted,
 * a clause each, with its own time, or none yet. None unless the clauses are as many as the count.
 */
function countedSessions(text: string, time: TimeContext): { text: string; time: SessionTimeRead; topic: string }[] {
  const count = COUNTED_SESSIONS.exec(text)
  if (!count) {
    return []
  }
  const n = toNumber(fold(count[1] ?? ''))
  const parts = text
    .slice(count.index + count[0].length)
    .split(/;\s+(?:và\s+)?/u)
    .map((part) => part.trim().replace(/[.;]+$/, ''))
    .filter(Boolean)
  if (parts.length !== n) {
    return []
  }
  const found = parts.map((part) => {
    const read = readSessionTime(part, time)
    const later = /\b(se (duoc )?thong bao sau|chua xac dinh)\b/.test(fold(part))
    const when = read && read.precision !== 'unscheduled' ? read : later ? { ...NO_TIME, text: part } : null
    const end = part.search(COUNTED_SUBJECT_END)
    const subject = (end > 0 ? part.slice(0, end) : part).trim()
    return when && SESSION_WORD.test(fold(subject))
      ? { text: part, time: when, topic: subject.charAt(0).toUpperCase() + subject.slice(1) }
      : null
  })
  const read = found.filter((f) => f !== null)
  return read.length === found.length ? read : []
}

/**
 * One sentence that gives several dialogues in turn, a clause each with its time and with whom: "Chủ tịch UBND xã sẽ tổ
 * chức đối thoại lần lượt vào lúc 8 giờ 00 ngày 10/10/2013 tại Hội trường UBND xã với các hộ dân … về …; vào lúc 14 giờ
 * 00 cùng ngày, tại …, với các hộ dân … về …; …; và trong tháng 11/2013 (…) với cán bộ, hội viên … về …" → one session a
 * clause ("cùng ngày" the day of the clause before, at its own hour), named "Đối thoại với" whom and about what. Empty
 * unless the sentence says "lần lượt" and every clause has its time and says with whom.
 */
function dialoguesInTurn(text: string, time: TimeContext): { text: string; time: SessionTimeRead; topic: string }[] {
  const verb = /(?<![\p{L}])(đối thoại|tiếp xúc)(?=(?:\s+\S+){0,3}\s+lần lượt\s)/iu.exec(text)
  if (!verb) {
    return []
  }
  const parts = text
    .slice(verb.index)
    .split(/;\s+(?:và\s+)?/u)
    .map((part) => part.trim())
    .filter(Boolean)
  const found: { text: string; time: SessionTimeRead; topic: string }[] = []
  for (const part of parts) {
    const unremarked = part.replace(/\([^()]*\)/g, ' ')
    const whom = /(?<![\p{L}])với\s+(.+?)[.;]?$/u.exec(unremarked.replace(/\s+/g, ' '))
    const before = found.at(-1)?.time
    const clock = readClock(part)
    const own =
      /(?<![\p{L}])cùng ngày(?![\p{L}])/iu.test(part) && before
        ? { ...before, hour: clock?.hour ?? null, minute: clock?.minute ?? null }
        : null
    const when = own ?? readSessionTime(unremarked, time)
    if (!whom || !when || when.precision === 'unscheduled') {
      return []
    }
    found.push({
      text: part,
      time: { ...when, text: part },
      topic: `${verb[1]!.charAt(0).toUpperCase()}${verb[1]!.slice(1).toLowerCase()} với ${whom[1]!.trim()}`,
    })
  }
  return found.length >= 2 ? found : []
}

/**
 * One sentence that joins two dialogues with "và", each with whom and its own time: "… sẽ tiếp tục tổ chức đối thoại với
 * các hộ dân xã A bị ảnh hưởng dự án vào sáng thứ Ba, ngày 08/9/2015 tại Hội trường UBND xã A, và đối thoại với các hộ dân
 * xã B trong tháng 10/2015." → one session each, named "Đối thoại với" whom. Empty unless every part has both.
 */
function dialoguesJoined(text: string, time: TimeContext): { text: string; time: SessionTimeRead; topic: string }[] {
  const sentence = text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).find((one) => JOINED_DIALOGUES.test(one))
  const verb = sentence ? /(?<![\p{L}])(đối thoại|tiếp xúc)\s+với\s/iu.exec(sentence) : null
  if (!sentence || !verb) {
    return []
  }
  const found: { text: string; time: SessionTimeRead; topic: string }[] = []
  for (const part of sentence.slice(verb.index).split(/,?\s+và\s+(?:tổ chức\s+)?(?=(?:đối thoại|tiếp xúc)\s+với\s)/iu)) {
    const whom = /^(đối thoại|tiếp xúc)\s+với\s+(.+?)(?=\s+(?:vào|trong|tại|lúc|từ|dự kiến|ngày)\s|,|\.?$)/iu.exec(part.trim())
    const when = readSessionTime(part, time)
    if (!whom || !when || when.precision === 'unscheduled') {
      return []
    }
    found.push({
      text: part,
      time: { ...when, text: part },
      topic: `${whom[1]!.charAt(0).toUpperCase()}${whom[1]!.slice(1).toLowerCase()} với ${whom[2]!.trim()}`,
    })
  }
  return found.length >= 2 ? found : []
}
/** Two dialogues joined in one sentence: "… đối thoại với A … , và đối thoại với B …". */
const JOINED_DIALOGUES = /(?<![\p{L}])(đối thoại|tiếp xúc)\s+với\s[^.]*?,?\s+và\s+(?:tổ chức\s+)?(đối thoại|tiếp xúc)\s+với\s/iu

/** A voter meeting's words before the place it is held for: "tiếp xúc cử tri quận 1 vào lúc …" (the verb, then the place). */
const VOTERS_BEFORE_PLACE = new RegExp(String.raw`(?<![\p{L}])(tiếp xúc cử tri|TXCT)\s+(?=${PLACE_KIND})`, 'iu')
/** Where a clause's place ends and its time begins: "… vào lúc 14 giờ ngày 26-6", "…, lúc 8 giờ", "… ngày 27-6". */
const TIME_AFTER_PLACE = /,?\s+(?:vào\s+)?(?:(?:hồi|lúc)\s+)?(?:\d{1,2}\s*(?:giờ|h(?![\p{L}]))|ngày\s+\d)/iu
/** A clause that opens with a place: "quận 3 vào lúc 8 giờ …". */
const PLACE_OPENING = new RegExp(`^${PLACE_KIND}`, 'iu')
/** A clause that opens with its time: "vào lúc 14 giờ ngày 25-6-2014 tại …". */
const TIME_OPENING = /^(?:vào\s+)?(?:hồi|lúc)\s+\d/iu

/**
 * "Các đại biểu đơn vị 1 tiếp xúc cử tri quận 1 vào lúc 14 giờ ngày 26-6 tại …; quận 3 vào lúc 8 giờ ngày 27-6 tại …;
 * vào lúc 14 giờ ngày 27-6 tại …": one voter meeting a part, each named by its place, the verb said once in the first
 * ("Tiếp xúc cử tri quận 1", "Tiếp xúc cử tri quận 3"); a part that opens with its time goes on with the place before it,
 * unless it names its meeting after its time ("vào lúc 19 giờ ngày 24-6, ĐBQH A TXCT nơi cư trú phường 3, quận B").
 * Nulls unless the first part says the verb before a place and every later one opens with a place or its time.
 */
function placesOfTheirVerb(parts: string[]): (string | null)[] {
  const verb = VOTERS_BEFORE_PLACE.exec(parts[0] ?? '')
  const opensWithPlace = (part: string) => PLACE_OPENING.test(part)
  if (!verb || !parts.slice(1).every((part) => opensWithPlace(part) || TIME_OPENING.test(part))) {
    return parts.map(() => null)
  }
  const words = `${verb[1]!.charAt(0).toUpperCase()}${verb[1]!.slice(1)}`
  const placeOf = (part: string) => `${words} ${part.slice(0, Math.max(0, part.search(TIME_AFTER_PLACE))).trim()}`
  const topics: string[] = []
  for (const [i, part] of parts.entries()) {
    const own = TIME_OPENING.test(part) ? /^[^,]+,\s+(.*(?:tiếp xúc|TXCT).*)$/iu.exec(part)?.[1] : undefined
    const before = topics.at(-1)
    topics.push(
      i === 0
        ? placeOf(part.slice(verb.index + verb[0].length))
        : own
          ? own.replace(/[.;]+$/, '').trim()
          : opensWithPlace(part) || !before
            ? placeOf(part)
            : before,
    )
  }
  return topics.map((t) => (t.split(/\s+/).length >= 4 ? t : null))
}

/**
 * "Các đại biểu sẽ tiếp xúc cử tri tại xã A vào buổi sáng ngày 28/4; tại xã B vào buổi chiều ngày 28/4; …": the parts
 * after the first say only where and when; what is held there is the first part's, "Tiếp xúc cử tri tại xã B …". Each
 * part is given those words (the first without who holds them). The parts as they are unless every later one opens
 * with "tại".
 */
function sharingTheirVerb(parts: string[]): string[] {
  const verb = /(?<![\p{L}])((?:tiếp xúc|đối thoại|tiếp công dân|tiếp dân)(?:\s+(?!tại\s)[^\s;,]+){0,6}?)\s+(?=tại\s)/iu.exec(
    parts[0] ?? '',
  )
  if (!verb || parts.length < 2 || !parts.slice(1).every((part) => /^\s*tại\s/u.test(part))) {
    return parts
  }
  const words = `${verb[1]!.charAt(0).toUpperCase()}${verb[1]!.slice(1)}`
  return parts.map((part, i) => `${words} ${(i === 0 ? part.slice(verb.index + verb[0].length) : part).trim()}`)
}

/**
 * A sentence's words from its dialogue word on, up to its time: "đồng chí Bí thư Tỉnh ủy sẽ chủ trì tiếp, đối thoại
 * trực tiếp với công dân định kỳ tháng 10/2019 vào ngày 18/10/2019, …" → "Đối thoại trực tiếp với công dân định kỳ tháng
 * 10/2019". Null when it names no dialogue or reception.
 */
function wordsOfSession(sentence: string): string | null {
  const at = sentence.search(/(?<![\p{L}])(đối thoại|tiếp xúc|tiếp công dân|tiếp dân)(?![\p{L}])/iu)
  if (at === -1) {
    return null
  }
  const words = sentence
    .slice(at)
    .split(/,?\s+(?:vào|lúc|từ)\s+(?:(?:hồi|lúc)\s+)?(?:ngày|\d)|,\s+(?:tại|địa điểm)\s/iu)[0]
    ?.replace(/[.,;:]+$/, '')
    .trim()
  return words && words.split(/\s+/).length >= 3 ? `${words.charAt(0).toUpperCase()}${words.slice(1)}` : null
}

/** A half of a day and the meeting held in it: "buổi sáng TXCT xã A, Phường 5, tại hội trường UBND Phường 6" (its place). */
const HALF_WITH_MEETING =
  /(?<![\p{L}])buổi\s+(?:sáng|chiều|tối)\s+((?:tiếp xúc|TXCT|đối thoại)(?![\p{L}])[^;]*?)(?:,\s*(?:tại|ở)\s+([^;]*?))?\s*(?:[;.]|$)/giu

/**
 * A line of one day whose meetings are its halves: "* Ngày 5-5-2021: …: buổi sáng TXCT xã A, Phường 5, tại hội trường …;
 * buổi chiều TXCT các xã B, C, tại …" → each half's meeting, named by its places ("TXCT xã A, Phường 5"), and where it
 * is held. Empty unless two halves or more each name their meeting.
 */
function halvesOfDay(text: string): { text: string; topic: string; venue: string | null }[] {
  const halves = [...text.matchAll(HALF_WITH_MEETING)].map((m) => ({
    text: m[0].replace(/[;.]$/, '').trim(),
    topic: m[1]!.trim(),
    venue: m[2]?.trim() || null,
  }))
  return halves.length >= 2 && halves.every((h) => h.topic.split(/\s+/).length >= 3) ? halves : []
}

/** The part of the day a session is held in, folded: "buổi sáng", "chiều", "8 giờ", "14h". */
const HALF_DAY = /\bbuoi (sang|chieu|toi|trua)\b|^(sang|chieu|toi)\b|\b\d{1,2} ?(h|gio)(?![a-z])/

/** A clause that opens with its period and says with whom the dialogue is held, folded: "trong quý ii, … đối thoại với …". */
const PERIOD_CLAUSE = /^(trong|vao) (thang \d{1,2}|quy [ivx1-4]+)\b.{0,120}\b(doi thoai|tiep xuc|gap mat) (truc tiep )?(voi|giua)\b/

/**
 * Running text that gives several sessions, one a clause between semicolons opening with its period: "Trong quý II, Bí
 * thư đối thoại với cán bộ, công chức cấp xã về …; trong tháng 9 đối thoại với ngư dân xã A về …" → each clause with
 * its month or quarter. The sentence before the first clause ("Năm 2025, Bí thư tổ chức 03 cuộc đối thoại …") only
 * counts them. Empty unless every part is such a clause and the periods differ.
 */
function periodsApart(text: string, time: TimeContext): { text: string; time: SessionTimeRead; topic: string }[] {
  const parts = text.split(/;\s+/).filter((part) => part.trim())
  if (parts.length < 2) {
    return []
  }
  const read = parts.map((part) => {
    const own = (
      part
        .trim()
        .split(/(?<=[.!?])\s+(?=\p{Lu})/u)
        .at(-1) ?? part
    ).trim()
    const when = PERIOD_CLAUSE.test(fold(own)) ? readSessionTime(own, time) : null
    // Its topic is the clause after its period, up to how or where it is held ("…, hình thức hội nghị trực tiếp tại …",
    // "…, tổ chức tại Nhà văn hóa xã A").
    const topic = own
      .replace(/^(trong|vào)\s+(tháng\s+\d{1,2}|quý\s+[IVX1-4]+)(\s*[/.-]\s*\d{4}|\s+năm\s+\d{4})?,?\s+/iu, '')
      .split(/,\s+(?:hình thức|tổ chức|tại|dự kiến|vào|lúc|thời gian|địa điểm)(?![\p{L}])/iu)[0]
      ?.replace(/[.,;:]+$/, '')
      .trim()
    return when?.start && when.precision !== 'day' && topic
      ? { text: own, time: when, topic: topic.charAt(0).toUpperCase() + topic.slice(1) }
      : null
  })
  const found = read.filter((r) => r !== null)
  return found.length === parts.length && new Set(found.map((r) => r.time.start)).size === found.length ? found : []
}

/** A sentence on a dialogue that ends with its expected month or quarter, folded: "… đối thoại với …, dự kiến trong tháng 6." */
const EXPECTED_PERIOD_AT_END =
  /\b(doi thoai|tiep xuc|gap mat)\b.*,\s*du kien (trong |vao )?(thang \d{1,2}|quy [ivx1-4]+)([/.-]\d{4})?[.;]?$/

/**
 * Running text that gives several sessions, one a sentence that ends with its expected month: "Về lĩnh vực giáo dục, đối
 * thoại với Ban giám hiệu, giáo viên …, dự kiến trong tháng 5. Tiếp xúc, đối thoại với người có công …, dự kiến trong
 * tháng 6." → each sentence with its month, its topic from its dialogue word to its period. The paragraph's other
 * sentences are no sessions. Empty unless two or more sentences are such, their periods differing.
 */
function sentencesWithPeriods(text: string, time: TimeContext): { text: string; time: SessionTimeRead; topic: string }[] {
  const found = text
    .split(/(?<=[.!?])\s+(?=\p{Lu})/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => EXPECTED_PERIOD_AT_END.test(fold(sentence)))
    .map((sentence) => {
      const at = sentence.search(/(?<![\p{L}])(đối thoại|tiếp xúc|gặp mặt)(?![\p{L}])/iu)
      const cut = sentence.search(/,\s*dự kiến\s+(trong\s+|vào\s+)?(tháng|quý)\s+[\dIVX]+([/.-]\d{4})?[.;]?$/iu)
      const when = readSessionTime(sentence.slice(cut), time)
      const topic = sentence.slice(at, cut).trim()
      return when?.start && when.precision !== 'day' && topic.split(/\s+/).length >= 3
        ? { text: sentence, time: when, topic: topic.charAt(0).toUpperCase() + topic.slice(1) }
        : null
    })
    .filter((r) => r !== null)
  return found.length >= 2 && new Set(found.map((r) => r.time.start)).size === found.length ? found : []
}

/** A sentence whose subject holds sessions over a span of days (its verb): "… sẽ tổ chức 13 buổi, từ ngày 5 …". */
const HOLDS_SPAN = /^(.{6,})\s(?:sẽ|dự kiến)\s(?:tổ chức|tiếp xúc|gặp gỡ)(?![\p{L}])/iu
/** Words before a group's name in running text: "Riêng …", "Còn …", "trong đó: …". */
const GROUP_OPENING = /^(riêng|còn|trong đó)\s*:?\s+/iu

/**
 * Running text whose sentences each give a group's sessions over a span of days: "… trong đó: Đơn vị bầu cử số 1 (…) và
 * Đơn vị bầu cử số 2 (…) sẽ tổ chức 10 buổi tiếp xúc cử tri, từ ngày 5 đến ngày 11-5-2021. Riêng đơn vị bầu cử số 3 (gồm
 * …: A, B) sẽ tổ chức 13 buổi, từ ngày 5 đến ngày 13-5." → each span, named by the group before its verb (after the last
 * colon outside brackets, without "Riêng"). Empty unless two or more sentences are such, their spans differing.
 */
function spansApart(text: string, time: TimeContext): { text: string; time: SessionTimeRead; topic: string }[] {
  if (!SESSION_WORD.test(fold(text))) {
    return []
  }
  // (Not after an abbreviation in capitals: "(TP. Nha Trang)".)
  const found = text
    .split(/(?<=[\p{Ll}\d)][.!?])\s+(?=\p{Lu})/u)
    .map((sentence) => sentence.trim())
    .map((sentence) => {
      const when = readSessionTime(sentence, time)
      const verb = HOLDS_SPAN.exec(sentence.normalize('NFC'))
      if (!when?.start || when.precision !== 'month' || when.start === when.end || wholeMonthSpan(when) || !verb) {
        return null
      }
      // (The subject as written, to its last verb; after a colon that leads to it, not one inside its brackets.)
      const subject = verb[1]!
      const open = subject.replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length)).lastIndexOf(':')
      const topic = subject
        .slice(open + 1)
        .trim()
        .replace(GROUP_OPENING, '')
      return topic.split(/\s+/).length >= 3 ? { text: sentence, time: when, topic: topic.charAt(0).toUpperCase() + topic.slice(1) } : null
    })
    .filter((r) => r !== null)
  return found.length >= 2 && new Set(found.map((r) => `${r.time.start}|${r.time.end}`)).size === found.length ? found : []
}

/** A sentence that gives a round's span under its label in running text (folded): "thời gian tổ chức tiếp xúc cử tri … từ ngày". */
const ROUND_SPAN =
  /^thoi gian (to chuc |thuc hien )?(cac )?(hoi nghi |buoi |cuoc |dot )?(tiep xuc cu tri|doi thoai|tiep cong dan)\b.{0,40}\btu ngay\b/
/** A meeting said to be held, its kind after the verb: "kết hợp tổ chức tiếp xúc cử tri …", "có buổi đối thoại …". */
const HELD_MEETING = new RegExp(
  String.raw`(?<![\p{L}])(?:tổ chức|có buổi|tiến hành|dự|tham gia)\s+(?:(?:buổi|cuộc|hội nghị)\s+)?` +
    String.raw`((?:tiếp xúc cử tri|đối thoại|tiếp công dân)(?![\p{L}]))`,
  'iu',
)
/** The time a day's clause gives, where its topic ends: "… vào sáng ngày 04/6/2019", "…, lúc 8 giờ ngày …". */
const DAY_CLAUSE_TIME = /,?\s+(vào|lúc|trong)\s+((buổi\s+)?(sáng|chiều|tối)\s+)?(ngày|thứ|\d)/iu

/**
 * Running text that gives a round's span under its label and, in another sentence, one meeting of the round on a day of
 * its own: "… Thời gian tổ chức tiếp xúc cử tri thống nhất từ ngày 20/5/2019 đến ngày 10/6/2019. Đối với Tổ đại biểu … xã A,
 * đề nghị kết hợp tổ chức tiếp xúc cử tri cùng Tổ đại biểu HĐND tỉnh vào sáng ngày 04/6/2019 tại …" → the span (the
 * round, named by its kind) and the day (named from its kind to its time). Empty unless both are there, the day inside
 * the span.
 */
function spanThenDays(text: string, time: TimeContext): { text: string; time: SessionTimeRead; topic: string }[] {
  const sentences = text.split(/(?<=[\p{Ll}\d)][.!?])\s+(?=\p{Lu})/u).map((sentence) => sentence.trim())
  const spanAt = sentences.findIndex((sentence) => ROUND_SPAN.test(fold(sentence)))
  const span = spanAt === -1 ? null : readSessionTime(sentences[spanAt]!, time)
  if (!span?.start || !span.end || span.start === span.end || span.precision === 'day') {
    return []
  }
  const kind = KIND_NAMED.exec(sentences[spanAt]!)?.[3] ?? ''
  const days = sentences.flatMap((sentence, i) => {
    // (A meeting held, "kết hợp tổ chức tiếp xúc cử tri cùng …"; not the work on its results, "… gửi báo cáo kết quả tiếp
    // xúc cử tri về Thường trực HĐND huyện", on a day of the span too.)
    const held = i === spanAt ? null : HELD_MEETING.exec(sentence)
    const when = held ? readSessionTime(sentence, time) : null
    if (!held || when?.precision !== 'day' || !when.start || when.start < span.start! || when.start > span.end!) {
      return []
    }
    const clause = sentence.slice(held.index + held[0].length - (held[1]?.length ?? 0))
    const cut = clause.search(DAY_CLAUSE_TIME)
    const topic = (cut === -1 ? clause : clause.slice(0, cut)).replace(/[.,;:]+$/, '').trim()
    return topic.split(/\s+/).length >= 3 ? [{ text: sentence, time: when, topic: topic.charAt(0).toUpperCase() + topic.slice(1) }] : []
  })
  if (days.length === 0) {
    return []
  }
  return [{ text: sentences[spanAt]!, time: span, topic: kind.charAt(0).toUpperCase() + kind.slice(1) }, ...days]
}

/** A reading of whole months ("tháng 5/2021"), not a span of days. */
const wholeMonthSpan = (t: SessionTimeRead) =>
  t.start?.endsWith('-01') === true && t.end !== null && new Date(Date.parse(`${t.end}T00:00:00Z`) + 86_400_000).getUTCDate() === 1

/** A news item's sentence that opens with the day its source said it (folded): "chiều 4/5, văn phòng chính phủ cho hay, …". */
const REPORTED_ON = /^((sang|chieu|toi|trua) |ngay )?\d{1,2}\/\d{1,2}(\/\d{4})?, [^,.;]{2,60} (cho hay|cho biet)\b/

/** A clause that opens with the part of the day it is held in, its day the clause's before: "buổi chiều từ 14 giờ, …". */
const OTHER_HALF = /^(buổi\s+)?(sáng|chiều|tối|trưa)(\s+cùng ngày)?(?![\p{L}])/iu
/** A day written in figures ("27/6", "28/6/2013"), not a fraction of a day ("1/2 ngày"). */
const DAY_IN_FIGURES = /(?<![\d/])\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?(?![\d/]|\s*(?:ngày|buổi)(?![\p{L}]))/gu

/**
 * Running text that gives several sessions in its sentences and the clauses between their semicolons, each with its day
 * and place: "Dự kiến buổi sáng ngày 27/6, từ 8 giờ các đại biểu sẽ tiếp xúc cử tri các huyện A, B; buổi chiều từ 14
 * giờ, tiếp xúc cử tri tại các huyện C, D. Ngày 28/6, từ 7 giờ 30 phút tiếp xúc cử tri huyện E." → three, the second on
 * the day before it (its other half). Clauses with neither a day nor a half of one (how the meetings are held) are no
 * sessions. Empty unless two or more clauses are such sessions, one of them on the day of the clause before it.
 */
function halvesApart(text: string, time: TimeContext): { text: string; time: SessionTimeRead; topic: string }[] {
  const clauses = text
    .split(/(?<=[.!?])\s+(?=\p{Lu})/u)
    .flatMap((sentence) => sentence.split(/;\s+/))
    .map((clause) => clause.trim())
  let halves = 0
  const found: { text: string; time: SessionTimeRead; topic: string }[] = []
  for (const clause of clauses) {
    const days = clause.match(DAY_IN_FIGURES) ?? []
    const before = days.length === 0 && OTHER_HALF.test(clause) ? (found.at(-1)?.time ?? null) : null
    const own = days.length === 1 ? readSessionTime(clause, time) : null
    const clock = before ? readClock(clause) : null
    const when = before
      ? { ...before, text: clause, hour: clock?.hour ?? null, minute: clock?.minute ?? null }
      : own?.precision === 'day'
        ? own
        : null
    if (days.length > 1 || (days.length === 1 && !when)) {
      return []
    }
    const topic = when ? wordsOfSession(clause) : null
    if (when && topic) {
      found.push({ text: clause, time: when, topic })
      halves += before ? 1 : 0
    }
  }
  return found.length >= 2 && halves > 0 ? found : []
}

/**
 * A paragraph's days and, apart, the sentence that sets one of them apart: "Tháng 5, … vào ngày 13 và ngày 27. Riêng
 * ngày 13/5/2021, Chủ tịch UBND huyện tiếp công dân tại …" → the first sentence, and the second. The whole and null else.
 */
function splitException(text: string): [string, string | null] {
  const at = text.search(/(?<=[.;]\s+)Riêng\s+ngày\s+\d/u)
  return at > 0 ? [text.slice(0, at).trim(), text.slice(at).trim()] : [text, null]
}

/**
 * A rule that repeats ("… tiếp công dân định kỳ vào ngày thứ Năm của tuần thứ ba hằng tháng (riêng tháng 02/2026 tiếp
 * vào thứ Năm tuần thứ nhất do trùng dịp Tết)") without its exception in brackets: the month excepted is one of the
 * rule's, whose day the schedule lists, not a session of its own.
 */
function withoutException(text: string): string {
  return /\b(hang|moi) (thang|quy|tuan)\b/.test(fold(text)) ? text.replace(/\s*\(riêng\s[^()]*\)/giu, '') : text
}

/**
 * The items of a cell written as a list, one session an item: "- Buổi 1: 8 giờ 00, ngày 13/6/2017 tại Hội trường BHXH
 * huyện A - Buổi 2: 8 giờ 00, ngày 15/6/2017 tại …" (its lines joined) → each item with its day. Empty unless the cell
 * opens with the list's mark and every item holds exactly one day, the days differing (a dash inside an item, "Lao
 * động - Thương binh", stays in it).
 */
function listedItems(cell: string, time: TimeContext): { text: string; time: SessionTimeRead }[] {
  const mark = /^([-+•])\s+(?=\p{Lu})/u.exec(cell.trim())?.[1]
  if (!mark) {
    return []
  }
  const dayIn = (text: string) =>
    text.replace(/\([^()]*\)/g, ' ').match(/\b\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\b|\bngày \d{1,2} tháng \d{1,2}\b/giu) ?? []
  const items: string[] = []
  for (const piece of cell
    .trim()
    .slice(1)
    .split(new RegExp(String.raw`\s+[${mark}]\s+(?=\p{Lu})`, 'u'))) {
    if (items.length > 0 && dayIn(piece).length === 0) {
      items[items.length - 1] += ` ${mark} ${piece}`
    } else {
      items.push(piece.trim())
    }
  }
  const read = items.map((text) => ({ text, time: dayIn(text).length === 1 ? readSessionTime(text, time) : null }))
  const found = read.filter((r): r is { text: string; time: SessionTimeRead } => r.time?.precision === 'day')
  return items.length >= 2 && found.length === items.length && new Set(found.map((r) => r.time.start)).size === found.length ? found : []
}

/** What a cell says of one day of its row: "Ngày 15: Trụ sở …; ngày 28: Hội trường UBND xã …" → the part of that day. */
function cellForDay(cell: string, day: number): string {
  const parts = cell.split(/;\s*(?=ngày\s+\d{1,2}\s*:)/i)
  if (parts.length < 2) {
    return cell
  }
  const mine = parts.find((part) => Number(/^ngày\s+(\d{1,2})\s*:/i.exec(part.trim())?.[1]) === day)
  return (mine ?? '').replace(/^ngày\s+\d{1,2}\s*:\s*/i, '').trim()
}

/**
 * A time cell that says "as above" ("-nt-", "như trên"): the time of the row above; a comma part that says it ("14 giờ
 * 00, -nt-"), that row's day at the cell's own hour.
 */
function dittoFilled(cell: string, above: { cell: string; day: string }): string {
  const parts = cell.split(',')
  if (!parts.some((part) => DITTO_MARK.test(fold(part.trim())))) {
    return cell
  }
  const [year, month, day] = above.day.split('-').map(Number)
  return parts.length === 1
    ? above.cell
    : parts.map((part) => (DITTO_MARK.test(fold(part.trim())) ? ` ngày ${day}/${month}/${year}` : part)).join(',')
}

/** A cell of a "Tháng" column: "03", "4/2026", "Tháng 7". */
const MONTH_CELL = /^(?:tháng\s+)?(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?$/iu
/** A cell of days without their month: "02, 09, 16, 23 và 29", "21". */
// (… or two, one of them to be chosen: "23 hoặc 24" under "Ngày", in the month of the row.)
const BARE_DAYS = /^\d{1,2}(\s*(,|;|và|hoặc)\s*\d{1,2})*\.?$/u
/** A part of a time cell named by whom or what it is for: "Khối Nội - Nhi: 8h00 ngày 13/3/2025", "Cơ sở 2: tháng 10/2025". */
const LABELLED_PART = /^\p{L}[^:\d]{1,40}:\s*\S/u

/** A group title in capitals naming whose receptions or dialogues its rows are (folded): "ĐỒNG CHÍ CHỦ TỊCH UBND HUYỆN TIẾP CÔNG DÂN". */
const HOSTED_GROUP = /\b(dong chi|bi thu|chu tich|pho chu tich|lanh dao|giam doc)\b.*\b(tiep cong dan|tiep dan|doi thoai)$/

/** The title of a group of a table's rows, in capitals, alone in its row but for a number: "II | CÔNG VIỆC CHUẨN BỊ …". */
export function groupTitle(cells: string[], header: string[] | null): string | null {
  const filled = cells.filter((cell) => cell.trim())
  const title = filled.filter((cell) => !/^([IVX]{1,4}|[A-Z]|\d{1,2})\.?$/.test(cell.trim()))
  return title.length === 1 && filled.length <= 2 && (header?.length ?? 0) >= 3 && isCaps(title[0] ?? '') ? (title[0] ?? null) : null
}

/**
 * The name of a group of a schedule's rows, alone in its row but for a number and not in capitals (those are parts of
 * the table, "I | CÁC HỘI NGHỊ ĐỐI THOẠI"): "II | Cụm 2: các xã A, B, C". Null for a row with a time ("Tháng 7/2024").
 */
function groupName(cells: string[], header: string[] | null, time: TimeContext): string | null {
  const filled = cells.filter((cell) => cell.trim())
  const title = filled.filter((cell) => !/^([IVX]{1,4}|[A-Z]|\d{1,2})\.?$/.test(cell.trim()))
  const name = title.length === 1 && filled.length <= 2 && (header?.length ?? 0) >= 3 ? (title[0] ?? '').trim() : ''
  return name.split(/\s+/).length >= 3 && !isCaps(name) && !readSessionTime(name, time) ? name.replace(/[.:;]+$/, '') : null
}

/**
 * A table written sideways, one session a column: "| Nội dung | Buổi đối thoại thứ nhất | Buổi đối thoại thứ hai |" over
 * "| Thời gian | 8 giờ 00, ngày 18/7/2030 | Dự kiến tháng 8/2030 |", "| Địa điểm | … | … |". Turned so that its rows
 * are the sessions and the labels of its first column the header; null for a table of another shape.
 */
function turnedTable(table: OutlineNode): OutlineNode | null {
  const header = table.children.find((r) => r.header)?.header ?? null
  const rows = table.children.filter((r) => r.kind === 'row')
  // (Each column after the first names a session and is no label; at least two of them.)
  const sessions = header?.slice(1) ?? []
  if (
    sessions.length < 2 ||
    !sessions.every((cell) => (SESSION_WORD.test(fold(cell)) || RANKED.test(`${cell.trim()} `)) && fieldsOfCell(cell).length === 0)
  ) {
    return null
  }
  // (The first cells of the rows are labels, one of them a time: "Thời gian", "Địa điểm", "Thành phần".)
  const labels = rows.map((r) => fieldsOfCell(r.cells?.[0] ?? ''))
  const labelled = labels.filter((f) => f.length > 0).length
  if (labelled < 2 || labelled < rows.length * 0.6 || !labels.some((f) => f.includes('time'))) {
    return null
  }
  const turnedHeader = ['', ...rows.map((r) => r.cells?.[0] ?? '')]
  const turned: OutlineNode = { ...table, children: [] }
  turned.children = sessions.map((name, i) => {
    const cells = [name, ...rows.map((r) => r.cells?.[i + 1] ?? '')]
    return { ...(rows[0] as OutlineNode), text: cells.join(' | '), cells, header: turnedHeader, children: [], parent: turned }
  })
  return turned
}

/** A column's header that is an officer's title, the leader the column's days are of: "Phó Chủ tịch UBND phường phụ trách …". */
const LEADER_COLUMN = /^(?:(?:dong chi|d\/c)\s+)?(?:pho\s+)?(?:bi thu|chu tich|giam doc|thu truong|hieu truong)(?![a-z])/

/**
 * A schedule of receptions one column a leader: "| Tháng | Chủ tịch UBND phường (đồng chí A) | Phó Chủ tịch UBND phường
 * phụ trách … (đồng chí B) |" over "| Tháng 01 | Thứ Năm, 08/01 | Thứ Năm, 15/01 |": each cell is its column's leader's day,
 * a session of its own. The columns of the leaders (two at least, each headed by an officer's title and no label, most of
 * their cells a day), or null for a table of another shape (a column of hosts' names, "Lãnh đạo tiếp", is a label).
 */
function leaderColumns(table: OutlineNode, time: TimeContext): number[] | null {
  const header = table.children.find((r) => r.header)?.header ?? null
  const leaders = (header ?? []).flatMap((cell, i) => (i > 0 && LEADER_COLUMN.test(fold(cell.trim())) && !labelledOf(cell) ? [i] : []))
  if (!header || leaders.length < 2 || !header.some((cell, i) => !leaders.includes(i) && labelledOf(cell)?.fields.includes('time'))) {
    return null
  }
  const days = table.children.flatMap((r) => leaders.map((i) => (r.cells?.[i] ?? '').trim()).filter(Boolean))
  const dated = days.filter((cell) => readSessionTime(cell, time)?.precision === 'day')
  return dated.length >= 2 && dated.length >= days.length * 0.6 ? leaders : null
}

/**
 * Whose reception a leader's column holds: the subject with the column's leader, "Tiếp công dân định kỳ của Chủ tịch
 * UBND phường (đồng chí A)", from a subject naming the leaders together ("Lịch tiếp công dân định kỳ của Chủ tịch, các Phó
 * Chủ tịch UBND phường") or none ("Lịch tiếp công dân cụ thể").
 */
function leaderTopic(subjects: string[], leader: string): string {
  const of = (subject: string) => /(?<![\p{L}])của(?![\p{L}])/iu.exec(subject)
  const subject = subjects.find((s) => of(s) && LEADER_COLUMN.test(fold(s.slice((of(s)?.index ?? 0) + 4).trim()))) ?? subjects[0] ?? ''
  const own = of(subject) ? subject.slice(0, of(subject)?.index) : subject
  return `${own.trim().replace(/[.:;,]+$/, '')} của ${leader.trim()}`
}

/** A cell of work that is a session, its day first or not (not folded): "14 giờ 00, thứ Bảy ngày 04/10/2014: Đối thoại với …". */
const WORK_IS_SESSION = new RegExp(
  String.raw`^(?:([^:]{0,60}?\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?[^:]{0,20}):\s*)?` +
    String.raw`((?:hội nghị\s+)?(?:đối thoại|tiếp công dân|tiếp xúc cử tri)\s+(?:với|giữa|tại|định kỳ)\s.*)$`,
  'iu',
)

/**
 * A timetable of work ("Tuần | Thời gian | Nội dung công việc | Người/bộ phận thực hiện") whose rows are steps, some of them
 * the sessions themselves: "Tuần 6 | 29/9 - 04/10/2014 | 14 giờ 00, thứ Bảy ngày 04/10/2014: Đối thoại với cha mẹ học sinh
 * khối 10 | Hiệu trưởng". A row whose work opens with a session (its day before it or not) is one, at its own day, else in
 * the row's window; the other rows are work, no session.
 */
function timetableSessions(table: OutlineNode, header: string[], ctx: Context): DraftSession[] {
  const workAt = header.findIndex((label) => /^nội dung/iu.test(label.trim()))
  const timeAt = header.findIndex((label) => labelledOf(label)?.fields.includes('time'))
  if (workAt === -1 || timeAt === -1) {
    return []
  }
  return table.children.flatMap((row) => {
    const work = WORK_IS_SESSION.exec((row.cells?.[workAt] ?? '').trim())
    const time = work ? readSessionTime(work[1] ?? row.cells?.[timeAt] ?? '', ctx.time) : null
    if (!work || !time || time.precision === 'unscheduled') {
      return []
    }
    const topic = work[2]!.replace(/\s*\([^()]*\)\s*$/u, '').replace(/[.;]+$/, '')
    const session = draft(topic.charAt(0).toUpperCase() + topic.slice(1), emptyFields(), time)
    ctx.sources.set(session, row.text)
    return [session]
  })
}

/** What a schedule of voter meetings says it is (folded): "Lịch tiếp xúc cử tri của đại biểu HĐND tỉnh …". */
const VOTER_MEETINGS = /\b(tiep xuc cu tri|txct)\b/
/** The first commune, ward or district a place names, and what follows: "Hội trường UBND xã A, huyện B" → "xã A, huyện B". */
const UNIT_IN_PLACE = new RegExp(`(?<![\\p{L}])${PLACE_KIND}.*$`, 'iu')

/**
 * A voter meeting named by where it is held, as the commune's voters are met there: "Hội trường UBND phường A, thành phố
 * B" → "Tiếp xúc cử tri tại phường A, thành phố B"; "Nhà văn hóa thôn 5, xã C" → "… tại xã C"; a hall in no commune it
 * names, "Hội trường Ban Quản lý Khu kinh tế tỉnh", is the place as written.
 */
function meetingAt(place: string): string {
  // (A remark in brackets is no part of it, nor one the page cut off: "… xã K (Đơn vị b".)
  const text = place
    .replace(/\s*\([^()]*(\)|$)\s*/g, ' ')
    .replace(/[\s.;,]+$/, '')
    .trim()
  const unit = UNIT_IN_PLACE.exec(text)?.[0] ?? text
  const lowered = /^\p{Lu}\p{Ll}/u.test(unit) && PLACE_OPENING.test(unit) ? unit.charAt(0).toLowerCase() + unit.slice(1) : unit
  return `Tiếp xúc cử tri tại ${lowered}`
}

/** A unit under a commune a voter meeting may be held for: "thôn A", "ấp B", "bản C", "tổ dân phố 3", "khu phố 5". */
// (Named as places are, "thôn Tây An", "bản Mường 3": not "Bản tổng hợp ý kiến …", "Buôn bán …".)
const VILLAGE_OPENING = /^(?:[Tt]hôn|[Ấấ]p|[Bb]ản|[Bb]uôn|[Ll]àng|[Kk]hóm|[Tt]ổ dân phố|[Kk]hu phố)\s+(?:\d|\p{Lu})/u

/**
 * A line of a voter meetings' schedule that gives, after its time, only where: "7h30 thứ Ba 24/11/2026 - thôn A - Nhà văn
 * hóa thôn A (Tổ ĐB số 1)" → "Tiếp xúc cử tri tại thôn A" (the voters of the place it names first, as a table's row is).
 */
function votersPlaceOfLine(line: string, shared: string): string | null {
  // (Or after a colon, its voters named: "7 giờ 30, thứ Ba, ngày 25/11/2014: tại Hội trường UBND phường A, cử tri phường A.")
  const parts = line.split(/\s+[-–—]\s+|:\s+|[,.]\s+(?=cử tri\s)/u)
  if (!VOTER_MEETINGS.test(fold(shared)) || parts.length < 2 || !/\d/.test(parts[0] ?? '') || SESSION_WORD.test(fold(line))) {
    return null
  }
  const place = parts
    .slice(1)
    .map((part) =>
      part
        .replace(/^(?:tại|cử tri)\s+/iu, '')
        .replace(/[.;]?\s*(?:\([^()]*\))?[.;]?\s*$/u, '')
        .trim(),
    )
    .find((part) => PLACE_OPENING.test(part) || VILLAGE_OPENING.test(part))
  return place ? meetingAt(place) : null
}

function readTable(table: OutlineNode, ctx: Context, inherited: string | null): DraftSession[] {
  const turned = turnedTable(table)
  if (turned) {
    return readTable(turned, ctx, inherited)
  }
  // (Each leader's column read as a table of its own, the rows' other columns beside it; the sessions in order of time,
  // which is row by row, left to right, in a schedule by month.)
  const leaders = leaderColumns(table, ctx.time)
  if (leaders) {
    const subjects = [inherited, ctx.subject].filter((s): s is string => !!s)
    return leaders
      .flatMap((column) => {
        const keep = (_: string, i: number) => !leaders.includes(i) || i === column
        const own: OutlineNode = { ...table, children: [] }
        own.children = table.children.map((row) => {
          const cells = (row.cells ?? []).filter(keep)
          return { ...row, cells, header: row.header?.filter(keep) ?? null, text: cells.filter(Boolean).join(' | '), parent: own }
        })
        const leader = table.children.find((r) => r.header)?.header?.[column] ?? ''
        return readTable(own, ctx, leaderTopic(subjects, leader))
      })
      .map((session, order) => ({ session, order }))
      .sort((a, b) => (a.session.time.start ?? '9999').localeCompare(b.session.time.start ?? '9999') || a.order - b.order)
      .map(({ session }) => session)
  }
  const sessions: DraftSession[] = []
  const header = table.children.find((r) => r.header)?.header ?? null
  // ("Nội dung khiếu nại" over one case a row: each row's topic, as "Nội dung" would be.)
  const columns =
    header?.map(
      (cell) =>
        labelledOf(cell)?.fields ??
        // ("Công dân, nội dung đối thoại": who and what a row's dialogue is about, one cell, "Ông A … khiếu nại …".)
        (CASE_COLUMN.test(fold(cell.trim())) || /^[a-z ]{2,20}, noi dung (doi thoai|khieu nai|kien nghi|vu viec)$/.test(fold(cell.trim()))
          ? (['topic'] as SessionField[])
          : null),
    ) ?? null
  const workCalendar =
    !!header?.some((cell) => /^noi dung cong viec$/.test(fold(cell.trim()))) && !!header?.some((cell) => /chu tri/.test(fold(cell)))
  // A table of tasks ("Đơn vị chủ trì", "Thời hạn hoàn thành") holds no sessions; "Lãnh đạo chủ trì", "Người chủ trì"
  // beside "Ngày tiếp công dân" is who hosts each day of a schedule, and so is a bare "Chủ trì" beside "Địa điểm".
  // (So is a voter meetings' "Tổ đại biểu", "Đơn vị bầu cử": the deputies who meet each row's voters, not a body owing work.)
  // ("Lãnh đạo Thường trực HĐND tỉnh chủ trì": whose office hosts, named between.)
  const hosts = (cell: string) =>
    /^(lãnh đạo|người)( [^,;:]{2,50})? chủ trì/iu.test(cell.trim()) ||
    /^((tổ|nhóm|đoàn) )?đại biểu|^đơn vị bầu cử/iu.test(cell.trim()) ||
    (/^chủ trì$/i.test(cell.trim()) && !!columns?.some((c) => c?.includes('venue')))
  // "Thời gian | Địa điểm | Đối tượng tham dự | Đơn vị phối hợp chuẩn bị": a schedule whose rows also name who helps
  // prepare each session; a table of tasks gives no place or audience, and its time is a deadline ("Thời hạn").
  // So is "STT | Khu công nghiệp | Thời gian | Đơn vị phối hợp": a unit a row and its time, and no body that leads
  // ("Đơn vị chủ trì", "thực hiện") nor work ("Nội dung công việc") as a table of tasks has.
  const unitRows =
    !!header?.some((label, i) => !columns?.[i] && UNIT_COLUMN.test(fold(label.trim()))) &&
    !header?.some((cell) => /chủ trì|thực hiện|công việc|nhiệm vụ/i.test(cell))
  // So is "Tháng | Người chủ trì | Phối hợp thực hiện | Thứ, ngày": who hosts each day and who helps, no work of its own.
  const hosted = !!header?.some(hosts) && !header?.some((cell) => /công việc|nhiệm vụ/i.test(cell))
  const schedule =
    !!columns?.some((c) => c?.includes('time')) &&
    (!!columns?.some((c) => c?.includes('venue') || c?.includes('audience')) || unitRows || hosted) &&
    !header?.some((cell) => /thời hạn|hoàn thành/i.test(cell))
  if (
    header &&
    !schedule &&
    header.some((cell) => /chủ trì|thực hiện|thời hạn|hoàn thành|phối hợp/i.test(cell) && !hosts(cell)) &&
    !columns?.some((c) => c?.includes('topic'))
  ) {
    return timetableSessions(table, header, ctx)
  }
  // A header naming the year ("Thời gian (năm 2025)") gives it to rows whose dates omit it.
  const headerYear = header?.map((cell) => /\bnăm\s+(\d{4})\b/i.exec(cell)?.[1]).find(Boolean)
  const timeCtx: TimeContext = headerYear ? { ...ctx.time, year: Number(headerYear) } : ctx.time
  let groupCtx = timeCtx
  let workGroup = false
  let group: string | null = null
  let hostedGroup = false
  // A visit's schedule whose "Nội dung" cells say which rows are dialogues ("Đối thoại với Nhân dân xã A về …") also lists
  // the other appointments of the day ("Làm việc với Ban Thường vụ Đảng ủy xã A về …"): those are no sessions.
  const topicAt = columns?.findIndex((c) => c?.includes('topic') && c.length === 1) ?? -1
  const topicOf = (row: OutlineNode) => fold(row.cells?.[topicAt] ?? '')
  // (A topic column that says every row is a session, "Chủ đề hội nghị", "Tên hội nghị", names none apart.)
  const sessionColumn = topicAt !== -1 && /^(chu de|ten) (hoi nghi|buoi|cuoc|phien|doi thoai)\b/.test(fold(header?.[topicAt] ?? ''))
  const namedRows = topicAt === -1 || sessionColumn ? [] : table.children.filter((r) => SESSION_WORD.test(topicOf(r)))
  // Two time columns of one label ("TT | Ngày, tháng, năm | Ngày, tháng, năm | Thời gian", a row a month and its two days):
  // each cell is a day of its own, not a range nor a day and its hour. (So their cells are joined as a list, "; ": the dash
  // the cells are otherwise joined with reads two days as a range.)
  const timeLabels = header?.filter((_, i) => columns?.[i]?.includes('time')).map((label) => fold(label.trim())) ?? []
  const twinDays = timeLabels.some((label, i) => label !== '' && timeLabels.indexOf(label) !== i)
  // The time of the last row read to a day, which a ditto mark in a row's time cell repeats.
  let above: { cell: string; day: string } | null = null
  for (const row of table.children) {
    const cells = (row.cells ?? []).map((cell, i) => (above && columns?.[i]?.includes('time') ? dittoFilled(cell, above) : cell))
    // "Tháng 7/2024" between the rows of a schedule: a group's title, which gives the rows under it their month and year.
    const filledCells = cells.filter((cell) => cell.trim())
    // "II | CÔNG VIỆC CHUẨN BỊ VÀ SAU ĐỐI THOẠI" between the rows: a group's title; under one that names the work (not
    // "I | CÁC HỘI NGHỊ, BUỔI ĐỐI THOẠI"), the rows are tasks with their deadlines, no sessions.
    const title = groupTitle(cells, header)
    if (title !== null) {
      workGroup = WORK_GROUP.test(fold(title))
      // ("I | ĐỒNG CHÍ BÍ THƯ HUYỆN ỦY TIẾP CÔNG DÂN" over rows of days alone: whose receptions the rows under it are.)
      group = HOSTED_GROUP.test(fold(title)) ? title : null
      hostedGroup = group !== null
    }
    if (workGroup) {
      continue
    }
    // "| I | Cụm 1: thị trấn A, các xã B, C | | |" over "| 1 | 8 giờ 00, ngày 14/9/2023 | Hội trường … |": a group's name in
    // its own row (a number aside, no time), which says whom the rows under it are for when they name no subject.
    const named = groupName(cells, header, groupCtx)
    if (named !== null) {
      group = named
      continue
    }
    // (Without a header too: "THÁNG 8/2012" between rows "- Thứ Năm, 02/8/2012: ⇥ Thường trực HĐND tỉnh tiếp công dân … ⇥ …".)
    const wide = (header?.length ?? 0) >= 3 || (!header && table.children.some((r) => (r.cells ?? []).filter((c) => c.trim()).length >= 3))
    const monthGroup = filledCells.length === 1 && wide ? readSessionTime(filledCells[0] ?? '', timeCtx) : null
    if (monthGroup && (monthGroup.precision === 'month' || monthGroup.precision === 'quarter') && monthGroup.start) {
      const [year, month] = monthGroup.start.split('-').map(Number)
      groupCtx = { ...timeCtx, year: year ?? timeCtx.year, month: monthGroup.precision === 'month' ? (month ?? null) : null }
      continue
    }
    const fields = emptyFields()
    cells.forEach((cell, i) => {
      const named = columns?.[i]
      if (named) {
        merge(fields, splitValue(named, cell))
      }
    })
    // The time columns read together ("Tháng 3" | "Ngày 15"); without them, the row's cells together.
    const timeCells = cells.filter((_, i) => columns?.[i]?.includes('time'))
    // A column "Tháng" of bare numbers ("| 03 | Ngày 15 (thứ Sáu) và ngày 28 (thứ Năm) |"), also with the year ("| 4/2026 |
    // 02, 09, 16, 23 (thứ Năm) và 29 (thứ Tư) |"): the month of the row's days.
    const monthAt = cells.findIndex(
      (c, i) => columns?.[i]?.includes('time') && /^tháng\b/i.test(header?.[i] ?? '') && MONTH_CELL.test(c.trim()),
    )
    const [, monthNumber, monthYear] = MONTH_CELL.exec(cells[monthAt]?.trim() ?? '') ?? []
    // A "Tháng" column with no other time beside it ("| 1 | 03/2027 | Đối thoại với Nhân dân thôn A về … | Nhà văn hóa … |"):
    // the row's time is its month; or the day an unlabelled cell gives in that month ("| 01/2027 | Thứ Năm, 14/01/2027 |"
    // under a header not read as a time).
    const monthAlone = monthAt !== -1 && !timeCells.some((c) => c !== cells[monthAt] && c.trim())
    const dayInMonth = monthAlone
      ? cells.find((c, i) => {
          const day = columns?.[i] ? null : readSessionTime(c, groupCtx)
          return day?.precision === 'day' && Number(day.start?.slice(5, 7)) === Number(monthNumber)
        })
      : undefined
    const timeText = monthAlone
      ? (dayInMonth ?? `tháng ${Number(monthNumber)}${monthYear ? `/${monthYear}` : ''}`)
      : monthAt === -1
        ? (timeCells.length > 0 ? timeCells : cells).join(' — ')
        : timeCells
            // (A month written with its word, "Tháng 6", stays: it is the month of what the row says without a day, "Dự kiến
            // tuần cuối của tháng".)
            .filter((c) => c !== cells[monthAt] || /^tháng/iu.test(c.trim()))
            // ("Ngày 02 (thứ Năm); 17 (thứ Sáu)": "ngày" written once before the days it lists, which are days alone then.)
            .map((c) => c.replace(/^ngày\s+(?=\d{1,2}(\s*\([^()]*\))?\s*[,;]\s*\d)/iu, ''))
            // (A cell of days alone, "02, 09, 16 (thứ Năm) và 29 (thứ Tư)", has no "ngày" before them: each number is one.)
            .map((c) => (BARE_DAYS.test(c.replace(/\([^()]*\)/g, ' ').trim()) ? c.replace(/(?<![\d(])(\d{1,2})(?![\d)])/g, 'ngày $1') : c))
            .join(' — ')
            .replace(
              /\b(ngày|Ngày)\s+(\d{1,2})(?!\s*[/.-]\s*\d|\d|\s+tháng)/g,
              `$1 $2/${Number(monthNumber)}${monthYear ? `/${monthYear}` : ''}`,
            )
    // A cell of several days, one a line in the source ("Thứ Ba, ngày 05/7/2016; Thứ Tư, ngày 20/7/2016"): each its session.
    const parts = timeCells.find((c) => c.includes('; '))?.split('; ')
    const listed = parts?.map((part) => readSessionTime(part, groupCtx))
    const days =
      monthAt === -1
        ? listed && listed.length >= 2 && listed.every((d) => d?.precision === 'day')
          ? (listed as SessionTimeRead[])
          : // ("Khối Nội: 8h00 ngày 18/9/2025; Khối Ngoại: dự kiến tháng 10/2025": each part its session, one put off to a month.)
            listed &&
              listed.length >= 2 &&
              listed.some((d) => d?.precision === 'day') &&
              listed.every((d) => d?.start) &&
              parts?.every((part) => LABELLED_PART.test(part))
            ? (listed as SessionTimeRead[])
            : // "Thứ Năm, ngày 04/7 và thứ Năm, ngày 18/7": days apart in one time cell, each its session (never
              // alternatives, "ngày 15 hoặc 16/11", nor a range or days in a row, which stay one).
              timeCells.length > 0
              ? readSessionDays(timeCells.join(twinDays ? '; ' : ' — '), groupCtx)
              : []
        : readSessionDays(timeText, groupCtx)
    if (days.length >= 2) {
      // Each day of the row is a session, with what the row says of that day ("Ngày 28: Hội trường UBND xã …").
      for (const time of days) {
        const day = Number(time.start?.slice(8))
        const own = cells.map((cell) => cellForDay(cell, day))
        const session = draft(fields.topic ?? inherited ?? ctx.subject, fields, time)
        const venueAt = columns?.findIndex((c) => c?.includes('venue')) ?? -1
        if (venueAt !== -1 && own[venueAt]) {
          session.venues = [own[venueAt]]
        }
        ctx.sources.set(session, own.join(' | '))
        sessions.push(session)
      }
      continue
    }
    const cellRead = readSessionTime(timeText, groupCtx)
    // "| 05 | Theo thông báo sau | Trụ sở …" in a table of months: the day is to be announced, the month is the row's.
    const read =
      cellRead?.precision === 'unscheduled' && monthAt !== -1 && monthNumber
        ? (readSessionTime(`tháng ${Number(monthNumber)}${monthYear ? `/${monthYear}` : ''}`, groupCtx) ?? cellRead)
        : cellRead
    const time = read?.precision === 'unscheduled' && timeCells.length === 0 ? null : read
    if (time?.precision === 'day' && time.start) {
      above = { cell: timeCells.join(' — '), day: time.start }
    }
    // Without a "Nội dung" column, the longest unlabelled cell about a session (not the venue or the host).
    // Without either, a column of whom the dialogue is with ("Đối tượng đối thoại") says it: "Đối thoại với các hộ …",
    // also for a school's or a firm's rows that differ only by whom ("Sinh viên Khoa Toán …", "Công nhân Xí nghiệp 1",
    // "Cha mẹ học sinh lớp 9 … về tuyển sinh vào lớp 10").
    // (A cell there that names the dialogue itself, "Đối thoại lần hai với các hộ vắng mặt …", is the topic as written.)
    // (Not in a schedule of voter meetings: "Đại diện cử tri các thôn" in "Cử tri tham dự" is who comes to each, which its
    // place names.)
    const withWhom = fields.audience && AUDIENCE_OPENING.test(fields.audience) && !VOTER_MEETINGS.test(fold(inherited ?? ctx.subject))
    const namedDialogue = fields.audience && /^(doi thoai|tiep xuc|gap mat)\b/.test(fold(fields.audience)) ? fields.audience : null
    const topic =
      fields.topic ??
      cells
        .filter((c, i) => !columns?.[i] && SESSION_WORD.test(fold(c)) && !/^(trụ sở|hội trường|nhà văn hóa|phòng họp|tại)\s/i.test(c))
        .sort((a, b) => b.length - a.length)[0] ??
      namedDialogue ??
      (withWhom && fields.audience ? `Đối thoại với ${fields.audience.charAt(0).toLowerCase()}${fields.audience.slice(1)}` : null)
    // Rows that share the heading's subject and differ by the unit they are held for ("1. Đối thoại định kỳ tại các đơn
    // vị" over "| 1 | Xí nghiệp Cấp nước A | 8h00 thứ Ba, 22/6/2027 | … |"): the unit tells one session from the next.
    const unitAt = header?.findIndex((label, i) => !columns?.[i] && UNIT_COLUMN.test(fold(label.trim()))) ?? -1
    const unit = unitAt === -1 ? '' : (cells[unitAt] ?? '').trim().replace(/[.;]+$/, '')
    const withUnit = (subject: string) => (unit ? `${subject.replace(/[.:;]+$/, '')}: ${unit}` : subject)
    // A schedule of voter meetings, a place a row and no subject of its own: each meeting is named by its place, as a
    // line's "tiếp xúc cử tri tại xã A, huyện B" is (two places at one time are two meetings).
    // (… or by the voters a column names, "Đơn vị cử tri": "Cử tri xã Song Lãng, huyện Vũ Thư", which the place only houses.)
    const byPlace = (own: Fields) =>
      VOTER_MEETINGS.test(fold(inherited ?? ctx.subject))
        ? ((own.audience && VOTERS_OF_PLACE.test(own.audience) ? own.audience.replace(/[.;]+$/, '') : null) ??
          // ("Địa bàn tiếp xúc" beside "Địa điểm": the commune whose voters meet, not the hall that houses them.)
          (PLACE_OPENING.test(unit) ? meetingAt(unit) : null) ??
          (own.venue ? meetingAt(own.venue) : null))
        : null
    const other = namedRows.length > 0 && topicOf(row) !== '' && !SESSION_WORD.test(topicOf(row))
    const sessionish = !other && (topic !== null || SESSION_WORD.test(fold(row.text)) || ctx.sessionPart || hostedGroup)
    // An adjustment's row "Không tổ chức (…)", "Hủy bỏ": a session that will not be held. (Not "Tạm hoãn; thời gian đối
    // thoại sẽ thông báo sau": a session put off is still to be held, on a day not yet set, as an item that defers.)
    // (… also in a later clause of the cell, after why: "Nghỉ Tết Nguyên đán, không tổ chức tiếp công dân định kỳ".)
    const cancelled = cells.some((cell) => cancels(fold(cell.trim())))
    // "Ngày 18/4 | Văn phòng … tổng hợp, phân loại ý kiến, kiến nghị": a step of a timetable whose work, its first cell
    // after the time, opens with the body that owes it, is a task by that day, not a session ("8 giờ 00, ngày 28/4 |
    // Tổ chức hội nghị đối thoại …" is one).
    // (Only the work's column, "Nội dung công việc": a host's "Phó Chủ tịch UBND huyện phụ trách khối …" or the audience's
    // "Công chức phụ trách lĩnh vực …" beside a session's time names who takes part, not work owed.)
    const what = cells.find(
      (c, i) =>
        (!columns?.[i] || (columns[i]?.length === 1 && columns[i]?.includes('topic'))) &&
        !ROLE_COLUMN.test(fold(header?.[i] ?? '')) &&
        !hosts(header?.[i] ?? '') &&
        // (Nor a remark's, "Ghi chú: Đ/c Tổ trưởng chủ trì", which is no work of a timetable's step.)
        !/^ghi chú/iu.test((header?.[i] ?? '').trim()) &&
        c.trim() !== '' &&
        !/^\d{1,3}\.?$/.test(c.trim()),
    )
    const step = what !== undefined && opensWithWork(what.trim())
    // A leaders' work calendar ("Nội dung công việc" beside "Lãnh đạo chủ trì"): of its appointments only a reception or a
    // dialogue is a session, not a conference on receptions nor a meeting to prepare a dialogue.
    const appointment = (what ?? '').trim().replace(DIARY_HOST, '')
    const otherAppointment = workCalendar && !DIARY_SESSION.test(appointment)
    if (!time || !sessionish || cancelled || step || otherAppointment) {
      continue
    }
    // "| 4 | Đối thoại đột xuất | Theo nội dung phát sinh | Khi cần thiết |": the clause allowing sessions when needed,
    // written as a row; with no time of its own it is no session.
    if (time.precision === 'unscheduled' && AD_HOC_CUE.test(fold(row.text))) {
      ctx.adHoc.push(row.text)
      continue
    }
    const roles = (header ?? [])
      .map((label, i) => ({ label, body: (cells[i] ?? '').trim(), named: columns?.[i], column: i + 1 }))
      .filter((r) => !r.named && r.body && ROLE_COLUMN.test(fold(r.label)))
      .map(({ label, body, column }) => ({ label, body, column }))
    // A time cell that is a list, a session an item ("- Buổi 1: 8 giờ 00, thứ Ba, ngày 13/6/2017 tại Hội trường …<br>-
    // Buổi 2: 8 giờ 00, thứ Năm, ngày 15/6/2017 tại …"): each item its session, with its own day, hour and place.
    const items = monthAt === -1 && timeCells.length === 1 ? listedItems(timeCells[0] ?? '', groupCtx) : []
    const at = cells.indexOf(timeCells[0] ?? '')
    for (const item of items.length >= 2 ? items : [null]) {
      const own = item ? cells.map((cell, i) => (i === at ? item.text : cell)) : cells
      const ownFields = item ? emptyFields() : fields
      if (item) {
        own.forEach((cell, i) => {
          const named = columns?.[i]
          if (named) {
            merge(ownFields, splitValue(named, cell))
          }
        })
      }
      const session = draft(topic ?? group ?? byPlace(ownFields) ?? withUnit(inherited ?? ctx.subject), ownFields, item?.time ?? time)
      if (roles.length > 0) {
        ctx.roles.set(session, roles)
      }
      // (The heading the rows stand under, "1. Đối thoại định kỳ tại các đơn vị", is their group's, as for listed sessions.)
      const line = item ? own.filter(Boolean).join(' | ') : row.text
      ctx.sources.set(session, [line, ...(group ? [group] : []), ...(inherited && table.parent ? [table.parent.text] : [])].join('\n'))
      sessions.push(session)
    }
  }
  return sessions
}

/**
 * A message that opens its list with a sentence announcing sessions ("Văn phòng … xin thông báo lịch đồng chí Bí thư đối
 * thoại trực tiếp với Nhân dân tháng 11 và tháng 12 như sau:" / "- Buổi 1: 8h00 thứ Năm, 14/11 tại …"): the items under
 * it are the sessions, as under a part on sessions. The schedule must be of the sessions themselves: "… thông báo lịch
 * làm việc của đồng chí Bí thư … như sau:", after a basis on "tiếp dân, đối thoại", is a diary, not a list of dialogues.
 */
function introducesSessions(n: OutlineNode): boolean {
  return n.children.some((c) => {
    const of = c.kind === 'text' && /:\s*$/.test(c.text) ? /\blich\b(.*)\bnhu sau\b/.exec(fold(c.text))?.[1] : undefined
    return of !== undefined && !/^\s*(lam viec|cong tac)\b/.test(of) && SESSION_WORD.test(of)
  })
}

/** A sentence that says a session will be held (folded): "… sẽ tổ chức đối thoại lần thứ ba với …", "… sẽ tiếp công dân …". */
const ANNOUNCES_SESSION = /\bse (to chuc |chu tri |tiep tuc )?(hoi nghi |buoi |cuoc )?(doi thoai|tiep cong dan|tiep xuc|gap mat)\b/
/** A session said to take place (folded): "hội nghị sẽ diễn ra vào lúc …", "buổi đối thoại được tổ chức vào …". */
const TAKES_PLACE = /^(hoi nghi|buoi doi thoai|cuoc doi thoai|buoi tiep xuc)( [a-z]+){0,3} (se )?(dien ra|duoc to chuc|khai mac)\b/
/** A news item's lead, opening with the day it tells of (folded): "sang ngay 17/7/2018, …", "ngay 23-11, …". */
const NEWS_LEAD = /^((sang|chieu|toi|trua) )?(ngay )?\d{1,2}[/-]\d{1,2}([/-]\d{4})?,/
/** A sentence that says who chairs or holds a session (folded): "… chủ trì buổi đối thoại với …", "… tổ chức hội nghị đối thoại …". */
const HOLDS_SESSION = /\b(chu tri|to chuc)( buoi| hoi nghi| cuoc| phien)? (doi thoai|tiep xuc cu tri|tiep cong dan)\b/
/** A request to those who take part (folded): "… vui lòng có mặt trước giờ …", "đề nghị các đồng chí … có mặt …". */
const REQUEST = /\bvui long\b|\bde nghi\b.{0,80}\bco mat\b/
/**
 * Months a sentence opens with, said to have no session (folded): "tháng 01/2017 (…), tháng 7 và tháng 12/2017 (…), thường
 * trực hđnd phường không tiếp công dân định kỳ"; not a month's reception that only mentions cases not received again.
 */
const MONTHS_NOT_HELD = new RegExp(String.raw`^(?:thang|quy)\b[^.;]*?${NOT_HELD_CUE.source}`)
/** A line that leads to who is assigned what (folded): "phân công đại biểu tham gia tiếp công dân …:". */
const ASSIGNS_LEAD = /^(phan cong|giao|cu (dai bieu|dong chi|can bo|cong chuc))\b[^:]{0,120}:$/

/**
 * "Phân công đại biểu tham gia tiếp công dân cùng Thường trực HĐND phường:" over "- Tháng 02, 03 và 04: đại biểu Tổ số 1
 * (…)": the lines that say who takes part in which months of the schedule, no session of their own.
 */
function assignedLines(n: OutlineNode): Set<OutlineNode> {
  const assigned = new Set<OutlineNode>()
  let assigning = false
  for (const child of n.children) {
    if (child.kind !== 'item') {
      assigning = child.kind === 'text' && ASSIGNS_LEAD.test(fold(child.text))
    } else if (assigning && !SESSION_WORD.test(fold(child.text))) {
      assigned.add(child)
    }
  }
  return assigned
}

function visit(n: OutlineNode, ctx: Context): DraftSession[] {
  if (n.kind === 'table') {
    // Rows without a topic of their own take their heading's when it names a session, else the document's subject.
    // (The line that introduces it under a label, "- Lịch tiếp công dân cụ thể như sau:", stands for that label.)
    const near = n.parent && introducesTable(n.parent) && n.parent.parent && isFieldNode(n.parent.parent) ? n.parent.parent : n.parent
    // (Nor the bare label the rows fill, "1. Lịch tiếp công dân của Chủ tịch UBND thành phố:" / "a) Thời gian:" / the rows: the
    // heading above the label names them.)
    const over = near?.parent && near.parent.kind !== 'root' && labelledOf(near.text)?.value === '' ? near.parent : near
    const heading =
      // (Not a heading of field labels: "1. Thời gian, người chủ trì tiếp công dân".)
      over && over.kind !== 'root' && !isBareHeading(over.text) && !labelledOf(over.text) && SESSION_WORD.test(fold(over.text))
        ? over.text
        : null
    // (A heading that only leads to the rows, "1- Đồng chí Bí thư Huyện ủy tiếp dân định kỳ hằng tháng, cụ thể như sau:",
    // under a notice titled by its schedule, "Lịch tiếp dân … của đồng chí Bí thư Huyện ủy năm 2019", beside items that
    // only give the time and place: the title names them. Beside other sessions' items, the heading tells them apart.)
    const alone = (over?.parent?.children ?? []).every(
      (c) => c === over || c.kind !== 'item' || isFieldNode(c) || !SESSION_WORD.test(fold(c.text)),
    )
    const leads =
      heading !== null &&
      alone &&
      /,?\s+(cụ thể|chi tiết)\s+(như sau|sau đây)\s*:\s*$/iu.test(heading) &&
      SESSION_WORD.test(fold(ctx.subject))
    const titled = labelledTopicBefore(n) ?? (leads ? null : heading) ?? tableTitle(n)
    return readTable(n, ctx, titled ? subjectFor(titled, ctx.subject) : null)
  }
  const key = fold(n.text)
  // "II- NỘI DUNG VÀ TỔ CHỨC THỰC HIỆN" holds the sessions before the work: only a part that opens with the work is skipped.
  const workOnly = isExecution(n) && !/^(noi dung|thoi gian|lich|doi tuong)\b/.test(key)
  if (n.kind === 'item' && workOnly && !isPurpose(n)) {
    // "- Giám đốc Sở sẽ tổ chức Hội nghị đối thoại định kỳ … lần tiếp theo vào quý II/2024 (…, sẽ có thông báo sau)" among the
    // work: the next session, announced with its time.
    // (The line may stand under a body's heading: "3. Văn phòng HĐND và UBND huyện:" / "- Tham mưu … tổ chức đối thoại lần
    // thứ hai … vào Quý IV/2023; gửi giấy mời …": its time is read in its own clause.)
    const announced = (c: OutlineNode): DraftSession[] => {
      const own = c.kind === 'item' ? announcedSession(c, ctx) : null
      return own ? [own] : c.kind === 'item' ? c.children.flatMap(announced) : []
    }
    return n.children.flatMap(announced)
  }
  if (n.kind === 'item' && (isPurpose(n) || workOnly || (isTimeline(n) && !ctx.timetables))) {
    return []
  }
  // (A date, not the number of a decree: "… khi có vụ việc: thực hiện theo Nghị định số 145/2020/NĐ-CP" is the clause.)
  // (Nor the date of a text it cites: "Tiếp công dân đột xuất: … (Căn cứ … Nghị định 64/2014/NĐ-CP ngày 26/6/2014 …)".)
  const uncited = key.replace(/\d+\/\d{4}\/[a-z\d-]+,? ngay \d{1,2}\/\d{1,2}\/\d{4}/g, ' ')
  if ((n.kind === 'item' || n.kind === 'text') && AD_HOC_CUE.test(key) && !/(?<!\d)\d{1,2}\/\d{1,2}(?!\d)/.test(uncited)) {
    ctx.adHoc.push(n.text)
    return []
  }
  const heading = monthOf(n.text)
  const headingTime = n.kind === 'item' && !labelledOf(n.text) ? readSessionTime(n.text, ctx.time) : null
  const inner: Context = {
    ...ctx,
    inherited: headingTime && headingTime.precision !== 'unscheduled' ? headingTime : ctx.inherited,
    time: heading ? { year: heading.year ?? ctx.time.year, month: heading.month } : ctx.time,
    sessionPart: ctx.sessionPart || (isSection(n) && n.kind !== 'root' && SESSION_SECTION_CUE.test(key)),
    sessionLine: false,
  }
  // The items under a sentence announcing sessions are the sessions; what they hold (the requests after the list, a
  // chat's replies) is not a part on sessions.
  const introduced = !inner.sessionPart && introducesSessions(n)
  const below: Context = ctx.sessionLine ? { ...inner, sessionPart: isSection(n) && SESSION_SECTION_CUE.test(key) } : inner
  // A day of a diary as a heading over its appointments ("Thứ Tư, ngày 02/11/2027" / "- 8h00: Tiếp công dân định kỳ tại …"
  // / "- 14h00: Đối thoại với các hộ dân thôn A về …. Địa điểm: …" / "- 8h30: Làm việc với …"): the appointments that are
  // a dialogue or a reception are sessions on that day, at their hour; the others are not.
  const diaryDay = n.kind === 'item' && headingTime?.precision === 'day' ? diaryAppointments(n, headingTime) : null
  const appointments = diaryDay?.appointments ?? []
  if (diaryDay?.calendar && appointments.length === 0) {
    // (A day with no session, the notes after the calendar nested under it: those are read as lines of their own.)
    return diaryDay.rest.length > 0 ? visit({ ...n, kind: 'root', text: '', children: diaryDay.rest }, ctx) : []
  }
  // (A voter-meeting notice's day over its halves and the places each meets: "Ngày 02/08/2022: (Thứ Ba)" / "- Sáng: Lái
  // Thiêu; An Sơn;" / "- Chiều: Bình Nhâm; Bình Chuẩn;": a meeting each half, named by its places as a table's row is.)
  const halves = appointments.length === 0 ? halfDayMeetings(n, headingTime?.precision === 'day' ? headingTime : null, ctx) : []
  if (appointments.length > 0 || halves.length > 0) {
    // (The lines after the day's appointments, a chat's requests and the replies under them, are read as lines of their own.)
    const rest = diaryDay?.rest ?? []
    const after = rest.length > 0 ? visit({ ...n, kind: 'root', text: '', children: rest }, ctx) : []
    const read = [...appointments, ...halves].map(({ line, when, what }) => {
      // "… về …. Địa điểm: Hội trường UBND xã A.": where it is held.
      const venue = /(?<![\p{L}])địa điểm\s*:\s*([^;]+?)\.?$/iu.exec(line.text)?.[1]?.trim()
      const session = draft(what, { ...emptyFields(), venues: venue ? [venue] : [] }, when)
      ctx.sources.set(session, line.text)
      return session
    })
    return [...read, ...after]
  }
  // (A line of a voter-meeting schedule whose halves are clauses after who meets or when: a meeting each; what is written
  // under it, "TXCT CHUYÊN ĐỀ …: dự kiến ngày 24/4 …", is read as lines of its own are.)
  const clauses = n.kind === 'item' ? halfClauseMeetings(n, ctx, n.parent?.text ?? '') : []
  if (clauses.length > 0) {
    const under = n.children.length > 0 ? visit({ ...n, kind: 'root', text: '', children: n.children }, ctx) : []
    return [
      ...clauses.map(({ line, when, what }) => {
        const session = draft(what, emptyFields(), when)
        ctx.sources.set(session, line.text)
        return session
      }),
      ...under,
    ]
  }
  // ("1. Lịch đối thoại: Chủ tịch UBND xã sẽ tổ chức đối thoại lần lượt vào lúc … với …; vào lúc … cùng ngày … với …; …":
  // one item whose sentence gives the dialogues in turn.)
  const inTurn = n.kind === 'item' ? dialoguesInTurn(n.text, inner.time) : []
  if (inTurn.length > 0) {
    return inTurn.map(({ text, time, topic }) => {
      const session = draft(topic, emptyFields(), time)
      ctx.sources.set(session, text)
      return session
    })
  }
  const fields = emptyFields()
  const found: DraftSession[] = []
  // The items beside the labels that hold sessions of their own ("5. Hội nghị đối thoại tại khu vực …" after "1. Thời gian,
  // địa điểm").
  const apartFrom = new Set<OutlineNode>()
  let fromItems = 0
  // Lines of a schedule under a label ("- Thời gian, địa điểm cụ thể:" / "+ Ngày 14/6/2018 (thứ Năm): tại …"): sessions of this item.
  const scheduled: { line: OutlineNode; text: string; time: SessionTimeRead; label: string[] }[] = []
  // Bare dated lines right under a part on sessions ("- Quý I: ngày 10/01, ngày 10/02 và ngày 10/3"): a schedule too.
  // (Lines that say they are dialogues are sessions by themselves, read below.)
  // (A remark in brackets or a line of text under one of them — "(Lịch tiếp tháng 02 được điều chỉnh …)" — does not
  // make it any less a line of the schedule.)
  const assigned = assignedLines(n)
  const listed = below.sessionPart
    ? n.children.filter(
        (c) =>
          c.kind === 'item' &&
          !assigned.has(c) &&
          // (Not a day whose appointments are lines of their own under it, read as a diary's day; nor a day whose halves are
          // clauses of its line, "- Thứ Hai (14/4): sáng - xã A, huyện B (…); chiều - xã C, huyện B (…)".)
          halfLines(c).length === 0 &&
          halfClauseMeetings(c, below, n.text).length === 0 &&
          c.children.every(
            (d) =>
              d.kind === 'text' &&
              (!labelledOf(d.text) ||
                // ("Đợt 2 - huyện A: dự kiến ngày 18/7/2018" over "Nội dung: Đối thoại với …": a session with its own subject.)
                (/(?<!\d)\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)/.test(c.text) && !labelledOf(d.text)?.fields.includes('topic'))),
          ) &&
          !isFieldNode(c) &&
          // ("- Ngày 18/4: Văn phòng … tổng hợp ý kiến, kiến nghị": a timetable's step, the work of the body it names.)
          !opensWithWork(/^[^:]{3,60}:\s*(.+)$/.exec(c.text)?.[1] ?? '') &&
          // ("1/. Tháng 10/2023:" over lines "07 giờ 30 ngày 12/10/2023 (thứ Năm): Tổ đại biểu …" that each carry their day:
          // the heading of a month of the schedule, whose lines are the sessions.)
          !(
            c.children.length > 0 &&
            readSessionTime(c.text, inner.time)?.precision !== 'day' &&
            c.children.every((d) => readSessionTime(d.text, inner.time)?.precision === 'day')
          ),
      )
    : []
  const unnamed = listed.filter((c) => !SESSION_WORD.test(fold(c.text)))
  // … and under a heading that names the sessions ("2. Tiếp công dân theo chuyên đề"), all its lines of one day each, those
  // that say "đối thoại" and those that do not ("- Ngày 24/3/2027 (thứ Tư), từ 08 giờ 00: tiếp các hộ kinh doanh về …").
  const mixed =
    n.kind === 'item' &&
    SESSION_WORD.test(key) &&
    unnamed.length >= 1 &&
    listed.length >= 2 &&
    listed.length === n.children.filter((c) => c.kind === 'item').length &&
    listed.every((c) => readSessionTime(c.text, inner.time)?.precision === 'day')
  const bare = mixed ? listed : unnamed
  const bareLines = bare.length >= 2 ? scheduleLines({ ...n, children: bare }, inner.time, headingTime) : []
  const asLines = new Set(
    bareLines.length >= 2 && new Set(bareLines.map((l) => l.line)).size * 2 >= bare.length ? bareLines.map((l) => l.line) : [],
  )
  if (asLines.size > 0) {
    scheduled.push(...bareLines.map((l) => ({ ...l, label: [] })))
  }
  // Paragraphs that each name a session and go on in its labels ("Cuộc đối thoại thứ nhất — đối thoại với … . Nội dung: ….
  // Thời gian, địa điểm: 14 giờ 00, ngày 06/10/2022, tại …" / "Cuộc đối thoại thứ hai — …"): a session each, its own
  // labels, not the labels of them all merged into one.
  const described = n.children
    .filter((c) => c.kind === 'text' && !asLines.has(c) && !assigned.has(c) && labelledSegments(c.text).length === 0)
    .map((c) => ({ c, led: leadAndLabels(c.text) }))
    .filter((d) => SESSION_WORD.test(fold(d.led?.lead ?? '')) && d.led?.segments.some((segment) => segment.fields.includes('time')))
  const apartParagraphs = new Set<OutlineNode>()
  for (const { c, led } of described.length >= 2 ? described : []) {
    const own = emptyFields()
    for (const segment of led?.segments ?? []) {
      merge(own, splitValue(segment.fields, segment.value))
    }
    const time = own.time ? readSessionTime(own.time, inner.time) : null
    if (!time || !led) {
      continue
    }
    // (After its rank and a dash, what it is: "Cuộc đối thoại thứ hai — đối thoại với giáo viên …".)
    const named = led.lead.replace(/^(?:cuộc|buổi|hội nghị|đợt|phiên)[^—–:]{0,40}?\s[—–:-]\s*/iu, '').replace(/[.;]+$/, '')
    const session = draft(
      (SESSION_WORD.test(fold(named)) ? named : led.lead).replace(/^./, (x) => x.toUpperCase()),
      own,
      time,
    )
    ctx.sources.set(session, c.text)
    found.push(session)
    // (Only those read: a paragraph whose time says nothing readable stays with the others, read as before.)
    apartParagraphs.add(c)
  }
  for (const child of n.children) {
    if (asLines.has(child) || assigned.has(child) || apartParagraphs.has(child)) {
      continue
    }
    // ("3. Thời gian, địa điểm" over "Hội nghị thứ nhất được tổ chức dự kiến trong tháng 3/2027 …. Chủ tịch … đối thoại với
    // …" / "Hội nghị thứ hai …": paragraphs describing the sessions by ordinal, read as such below, not as a schedule's
    // lines, whose subject would be the sentence opening each.)
    const rounds = isFieldNode(child) ? roundsUnder(child, inner.time) : []
    const lines = isFieldNode(child) && rounds.length === 0 ? scheduleLines(child, inner.time) : []
    if (lines.length >= 2) {
      scheduled.push(...lines.map((l) => ({ ...l, label: labelledOf(child.text)?.fields ?? [] })))
      continue
    }
    const pairs = child.kind === 'table' ? fieldRows(child) : null
    if (pairs) {
      // "| Thời gian | Tháng 10/2015 |": a table of labels and values describes the item above it.
      for (const pair of pairs) {
        merge(fields, splitValue(pair.fields, pair.value))
      }
    } else if (rounds.length > 0) {
      // "2. Thời gian, địa điểm" over "Hội nghị được tổ chức 02 đợt: đợt 1 vào ngày …, đối thoại với …; đợt 2 dự kiến …":
      // the paragraph of rounds is read as one describing its sessions by ordinal, not as one time.
      fields.plain.push(...rounds)
    } else if (isFieldNode(child)) {
      fieldsOfNode(child, fields)
      const rows = tablesUnder(child).flatMap((table) => visit(table, inner))
      found.push(...rows)
      // "3. Thời gian, địa điểm" over a schedule's table and, after it, "Đợt 2: Dự kiến trong tháng 10/2019, Chủ tịch UBND
      // phường tổ chức đối thoại với …": a round the table does not hold, read as a paragraph of its own.
      if (rows.length > 0) {
        for (const round of child.children.filter(
          (c) =>
            (c.kind === 'text' || c.kind === 'item') && /^(dot|lan) (\d+|[ivx]+)\s*:/.test(fold(c.text)) && SESSION_WORD.test(fold(c.text)),
        )) {
          const time = readSessionTime(round.text, inner.time)
          if (time?.start) {
            const session = draft(topicOfSentence(round.text) ?? withoutTime(round.text), emptyFields(), time)
            ctx.sources.set(session, round.text)
            found.push(session)
          }
        }
      }
    } else if (child.kind === 'text') {
      const segments = labelledSegments(child.text)
      // (Labels that say only when, under a heading that names the session: a bare one, "1- Đối thoại lần thứ nhất", leaves
      // the paragraph whole, its opening sentence the session's name.)
      const led =
        segments.length === 0 ? (leadAndLabels(child.text) ?? (isBareHeading(n.text) ? null : leadAndLabels(child.text, 'time'))) : null
      if (segments.length > 0) {
        for (const segment of segments) {
          merge(fields, splitValue(segment.fields, segment.value))
        }
      } else if (led) {
        // (Its opening sentence is read for the time as a paragraph is; its labels say what and with whom.)
        fields.plain.push({ ...child, text: led.lead })
        for (const segment of led.segments) {
          merge(fields, splitValue(segment.fields, segment.value))
        }
      } else {
        fields.plain.push(child)
      }
    } else if (dayOff(child)) {
      // "* Ngày 11/02/2021 Nghỉ Tết Nguyên đán;" among a month's lines, the lines after it indented under it: a day off, no
      // session, and the lines the schedule goes on with, beside the line before it.
      fields.plain.push(...child.children)
    } else {
      const own = visit(child, introduced && child.kind === 'item' ? { ...inner, sessionPart: true, sessionLine: true } : below)
      found.push(...own)
      if (own.length > 0) {
        apartFrom.add(child)
        fromItems += own.length
      }
      // "- Theo Kế hoạch: quý IV/2012." / "- Nay tổ chức vào 14 giờ 00 ngày 11/10/2012, tại …": a notice of change's new
      // time, written as a line of the item, is the item's time.
      if (own.length === 0 && child.children.length === 0 && /^(nay|sau (khi )?dieu chinh)\b/.test(fold(child.text))) {
        fields.plain.push(child)
      }
    }
  }
  // One paragraph describing several sessions by ordinal ("Hội nghị thứ nhất … Hội nghị thứ hai …"): one session each.
  const ordinal = new Set<OutlineNode>()
  // … or a paragraph each ("Hội nghị thứ nhất là cuộc đối thoại … . Hội nghị dự kiến tổ chức trong tháng 10/2025 …").
  const each = fields.plain.map((p) => ({ p, read: ordinalSessions(p.text, inner.time, 1) })).filter((r) => r.read.length === 1)
  const apart = each.length >= 2 && fields.plain.every((p) => ordinalSessions(p.text, inner.time).length === 0)
  for (const p of fields.plain) {
    const read = apart ? (each.find((r) => r.p === p)?.read ?? []) : ordinalSessions(p.text, inner.time)
    if (read.length === 0) {
      continue
    }
    ordinal.add(p)
    const shared = n.kind === 'root' || isBareHeading(n.text) || isSection(n) || !SESSION_WORD.test(key) ? ctx.subject : n.text
    for (const one of read) {
      const session = draft(one.topic ?? subjectFor(shared, ctx.subject), fields, one.time)
      if (one.venue && session.venues.length === 0) {
        session.venues.push(one.venue)
      }
      ctx.sources.set(session, p.text)
      found.push(session)
    }
  }
  // Paragraphs that each carry a day are the lines of a schedule: one session each.
  // (A chat's thread, its messages stamped with their hour alone, "09:12", "10:05".)
  const chat = fields.plain.filter((p) => MESSAGE_CLOCK.test(p.text.trim())).length >= 2
  const changes = CHANGE_WORDS.test(fold(ctx.subject))
  const dateline =
    SESSION_WORD.test(fold(fields.plain[0]?.text ?? '')) && fields.plain.filter((p) => CHAT_DAY.test(fold(p.text.trim()))).length === 1
  let lastDay: SessionTimeRead | null = null
  let timed = fields.plain
    .filter((p) => !ordinal.has(p))
    // ("Phần Bình Khánh, An Thới Đông a gửi đúng hạn 16/9 nha a", "──── 10/09/2019 ────": in a chat, a message that names no
    // session is about one, or about the work for it.)
    .filter((p) => !(chat && !SESSION_WORD.test(fold(p.text))))
    .map((p) => laterThanRecord(p, inner.time))
    .map((p) => (changes ? afterRecital(p, inner.time) : p))
    .flatMap((p) => {
      // (A news item's paragraph of voter meetings, clause after clause: see votersInProse.)
      const meetings = votersInProse(p.text, inner.time)
      if (meetings.length > 0) {
        lastDay = meetings.at(-1)?.time ?? null
        return meetings.map(({ text, time, topic }) => ({ p: { ...p, text }, time, topic }))
      }
      const parts = daysApart(p.text, inner.time)
      if (parts.length > 0) {
        lastDay = parts.at(-1)?.time ?? null
        // (Each part stands for its own line: its words are its session's, or the place it brings.)
        return parts.map(({ text, time, topic }) => ({ p: { ...p, text }, time, ...(topic ? { topic } : {}) }))
      }
      const periods = periodsApart(p.text, inner.time)
      // (The first way that splits the paragraph; the others are not tried.)
      const sentences = [
        () => periods,
        () => sentencesWithPeriods(p.text, inner.time),
        () => halvesApart(p.text, inner.time),
        () => spansApart(p.text, inner.time),
        () => spanThenDays(p.text, inner.time),
        () => dialoguesInTurn(p.text, inner.time),
        () => dialoguesJoined(p.text, inner.time),
        () => countedSessions(p.text, inner.time),
      ].reduce<typeof periods>((found, next) => (found.length > 0 ? found : next()), [])
      if (sentences.length > 0) {
        return sentences.map(({ text, time, topic }) => ({ p: { ...p, text }, time, topic }))
      }
      // "Tháng 5, Chủ tịch UBND huyện tiếp công dân vào ngày 13 và ngày 27; …. Riêng ngày 13/5/2021, Chủ tịch UBND huyện
      // tiếp công dân tại UBND xã A để …": the month's days are the first sentence's; the one set apart keeps its own words.
      const [rule, exception] = splitException(p.text)
      const several = readSessionDays(rule, inner.time)
      if (several.length > 0) {
        lastDay = several.at(-1) ?? null
        const special = exception ? readSessionTime(exception, inner.time) : null
        return several.map((time) => ({ p: exception && special?.start === time.start ? { ...p, text: exception } : p, time }))
      }
      let time = readSessionTime(withoutException(p.text), inner.time)
      // "Buổi chiều cùng ngày, lúc 14 giờ 00, tại …": the day of the session before, at its own hour.
      // (So a news item's paragraph on the other half of the lead's day: "Ngày 23-11, Đoàn ĐBQH … tiếp xúc cử tri xã A và xã B."
      // then "Buổi chiều, Đoàn … tiếp tục có buổi tiếp xúc cử tri xã B.")
      const first = p.text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? p.text
      const half = HALF_GOES_ON.test(fold(first)) && !/\b(ket qua|tai (buoi|hoi nghi))\b/.test(fold(first))
      if ((!time || time.precision === 'unscheduled') && lastDay && (half || /\bcung ngay\b/.test(fold(p.text)))) {
        const clock = readClock(p.text)
        time = { ...lastDay, hour: clock?.hour ?? null, minute: clock?.minute ?? null, text: p.text.split(/,\s/)[0] ?? p.text }
        // (Its session is named from its kind on, to the end of its sentence: "tiếp xúc cử tri xã B".)
        const kind = first.search(/(đối thoại|tiếp công dân|tiếp xúc)/iu)
        if (half && kind > 0) {
          const topic = first.slice(kind).replace(/[.;,]+$/, '')
          return [{ p, time, topic: topic.charAt(0).toUpperCase() + topic.slice(1) }]
        }
      }
      if (time?.precision === 'day') {
        lastDay = time
      }
      return [{ p, time }]
    })
    // "Ngày 05/01/2021, UBND quận … ban hành Thông báo số …": the day a document was issued (also after a news item's
    // source, "(Cổng TTĐT tỉnh) - Ngày 25/12/2026, UBND tỉnh ban hành …").
    .filter(
      (t) => !/^([^,]{2,40} [-–] )?ngay [^,]{4,14}, .{0,80}\b(da )?ban hanh (thong bao|ke hoach|quyet dinh|van ban)\b/.test(fold(t.p.text)),
    )
    // "Ngày 19/9, Trung ương Hội A cho biết: Văn phòng Chính phủ vừa có công văn …", "Chiều 4/5, Văn phòng Chính phủ cho hay,
    // …": the day a news item's source said it, when what it said gives no day or month of its own.
    .filter((t) => !saidOn(t.p.text))
    // ("1. TT PVHCC: gửi BC chậm nhất 16h00 thứ Ba 21/10, không gia hạn thêm." among a chat's numbered decisions): a body's
    // work by its deadline, naming no session, whatever the chat's name says; the day is the deadline's.
    .filter((t) => SESSION_WORD.test(fold(t.p.text)) || !dueOn(t.p.text, t.time, inner.time.year))
    // "Chiều 4/5, Văn phòng Chính phủ cho hay, Thủ tướng đã đồng ý tổ chức hội nghị …": the day a news item's source spoke,
    // when it is the paragraph's only day.
    .filter((t) => !(toldOnDay(fold(t.p.text)) && (t.p.text.match(DAY_IN_FIGURES) ?? []).length === 1))
    // "Thứ Sáu, 09/03/2018 - 16:42": the line a news page stamps its article with, when it was posted.
    // (… and "09/10/2025" alone among a chat's messages stamped "09:12", "10:05": the day the next ones were sent.)
    .filter((t) => !isPostedStamp(fold(t.p.text)) && !(chat && CHAT_DAY.test(fold(t.p.text.trim()))))
    // "Theo Thời sự tối 18/1/2021": the programme or paper a news item was taken from, and the day it ran.
    .filter((t) => !(SOURCE_CREDIT.test(fold(t.p.text.trim())) && !SESSION_WORD.test(fold(t.p.text))))
    // "Đề nghị các tổ chức, công dân đã đăng ký … tháng 01 …, tham gia chương trình … tháng 02 theo thời gian nêu trên": the
    // time is the one given above; the months it names are those of the sessions it speaks of.
    .filter((t) => !(REFERS_BACK.test(fold(t.p.text)) && t.time?.precision !== 'day'))
    // ("Thứ năm, 15/03/2018" alone under a news item's headline that names a session, the only such line: the day it was
    // posted.)
    .filter((t) => !(dateline && n.kind === 'root' && fields.plain.indexOf(t.p) === 1 && CHAT_DAY.test(fold(t.p.text.trim()))))
    // (So "24/05/2019" alone as the first line under the title a news page gives its item, a paragraph after it.)
    .filter((t) => !(n.kind === 'root' && !ctx.untitled && postedUnderTitle(fields.plain, t.p)))
    // ("Các Website khác - 23/01/2006" under a news item's headline: the page or source that ran it, and the day it did; so
    // "11/06/2024" alone over the headline, the page's first line.)
    .filter((t) => !(ctx.untitled && n.kind === 'root' && postedAbove(fields.plain, t.p)))
    // "Do Chủ tịch UBND thành phố đi công tác từ ngày 11/10 đến ngày 15/10, UBND thành phố thông báo thay đổi như sau:": why
    // the sessions change; "Theo Thông báo số 02/TB-UBND …, Chủ tịch UBND thành phố tiếp công dân … ngày 13/10" in a notice
    // of change: the time another document set, which the items below replace.
    .filter((t) => !CHANGE_CAUSE.test(fold(t.p.text)) && !(changes && recitesOnly(t.p.text)))
    .filter((t) => !pastRecord(t.p.text, t.time, inner.time.year))
    .filter((t) => !otherOccasion(t.p.text, t.time, inner.time.year))
    // "Tháng 01/2017 (nghỉ Tết …), tháng 7 và tháng 12/2017 (…), Thường trực HĐND phường không tiếp công dân định kỳ": the
    // months a schedule leaves out, no session.
    .filter((t) => !(t.time?.precision !== 'day' && MONTHS_NOT_HELD.test(fold(t.p.text))))
    // "(Buổi đối thoại quý I đã tổ chức ngày 16/3 vừa rồi, VP đang hoàn thiện thông báo kết luận …)" beside the next quarter's
    // schedule: the one day the paragraph gives is the day a session was held, in the plan's own year too.
    .filter((t) => !(HELD_ON_DAY.test(fold(t.p.text)) && (fold(t.p.text).match(/(?<!\d)\d{1,2}\/\d{1,2}(?!\d)/g) ?? []).length === 1))
    // ("(Đợt 1 đã tổ chức trong tháng 6/2022 tại xã A và xã B.)" beside the next round's schedule: so a month or a quarter.)
    .filter((t) => !(t.time?.precision !== 'day' && HELD_IN_PERIOD.test(fold(t.p.text))))
    // ("Đây là hội nghị đối thoại thứ hai trong năm; trước đó, ngày 23/4, UBND phường đã tổ chức đối thoại với …": every
    // day the paragraph gives stands in a clause on an earlier session, held already.)
    .filter((t) => {
      const clauses = fold(t.p.text)
        .split(/;\s/)
        .filter((c) => /(?<!\d)\d{1,2}\/\d{1,2}(?!\d)/.test(c))
      return !(clauses.length > 0 && clauses.every((c) => HELD_ALREADY.test(c)))
    })
    // ("Đây là hội nghị đối thoại thứ ba trong năm, sau các buổi đối thoại tại xã A (ngày 28/9/2022) và xã B (tháng 6/2022)":
    // every day the paragraph gives stands after the sessions it follows, held already.)
    .filter((t) => {
      const folded = fold(t.p.text)
      const after = AFTER_EARLIER.exec(folded)
      const days = [...folded.matchAll(/(?<!\d)\d{1,2}\/\d{1,2}(?!\d)/g)]
      return !(after && days.length > 0 && days.every((d) => d.index > after.index))
    })
    // "Lưu ý: tuần sau (17/9) có họp giao ban Khối Dân vận, anh chị nào dự đối thoại thì vẫn đi họp …": the day is that
    // of another meeting, named in the day's own clause; the dialogue is only mentioned beside it.
    // (Unless another of its dated clauses names a session: "Ngày 25/9 đ/c CT phải dự họp UBND Thành phố. Buổi đối thoại với …
    // dời sang 8h00 sáng thứ Ba 01/10/2019": why the session moves, then where to.)
    .filter((t) => {
      const clauses = datedClauses(t.p.text)
      const other = clauses.filter((c) => OTHER_MEETING.test(c) && !SESSION_WORD.test(c))
      return !(other.length > 0 && !clauses.some((c) => !other.includes(c) && SESSION_WORD.test(c)))
    })
    // "Kỳ họp thứ 16, HĐND tỉnh khóa XIV, … dự kiến được tổ chức từ ngày 4 đến 6/12/2023. Ban Thường trực … ban hành kế hoạch
    // tổ chức tiếp xúc cử tri trước và sau Kỳ họp.": the sentence with the days is the sitting's, which the voter meetings
    // come before or after, no session.
    .filter((t) => !sittingSentence(t.p.text))
    // ("Tại các buổi tiếp xúc, đại biểu sẽ thông báo … Kỳ họp thứ 8 (dự kiến khai mạc ngày 21/10/2024); …": every day the
    // paragraph gives is the sitting's opening or close, none a meeting's.)
    .filter((t) => {
      const folded = fold(t.p.text)
      const days = folded.match(/(?<!\d)\d{1,2}\/\d{1,2}(?!\d)/g) ?? []
      return !(days.length > 0 && (folded.match(SITTING_DAY) ?? []).length === days.length)
    })
    // "Sáng ngày 11/05/2020, Ban Dân vận Huyện ủy tổ chức triển khai kế hoạch đối thoại chuyên đề …": the meeting that
    // deploys the plan of the dialogues, on its own day, is none of them.
    .filter((t) => !DEPLOYING_MEETING.test(fold(t.time?.text ?? '')))
    // "Tại Hội nghị đối thoại giữa Thủ tướng … với nông dân toàn quốc ngày 29/5/2022, Thủ tướng … đề nghị các tỉnh … tổ chức
    // đối thoại …": the meeting where someone asked for the sessions, cited, and its day; what was asked has no day.
    .filter((t) => !SAID_AT.test(fold(t.p.text)))
    // "Sở A, Sở B chuẩn bị hồ sơ … các vụ việc đã đăng ký tiếp trong tháng 01/2027, gửi … chậm nhất ngày …": a body's work
    // in a paragraph of its own, not a line of the schedule. ("Chủ tịch UBND quận chủ trì tổ chức đối thoại với …" is one.)
    .filter((t) => !opensWithWork(t.p.text))
    // "Đối với nội dung đối thoại với các hộ dân …, thời gian và địa điểm sẽ được thông báo sau": a session to schedule.
    .filter(
      (t): t is { p: OutlineNode; time: SessionTimeRead; topic?: string } =>
        t.time !== null &&
        (t.time.precision !== 'unscheduled' ||
          (/\b(doi thoai|tiep xuc) (voi|giua)\b/.test(fold(t.p.text)) && !AD_HOC_CUE.test(fold(t.p.text))) ||
          // (One of sessions counted, its clause saying its time is to come: see countedSessions.)
          ('topic' in t && t.topic !== undefined && /\bse (duoc )?thong bao sau\b/.test(fold(t.p.text))) ||
          // ("TXCT tại xã An Sơn … dự kiến thứ Sáu 24/6: TẠM HOÃN, thời gian Tổ sẽ báo sau …": a meeting put off, to be held.)
          (/^(doi thoai|tiep xuc cu tri|txct|tiep cong dan) tai\b/.test(fold(t.p.text)) && /\btam hoan\b/.test(fold(t.p.text)))),
    )
  // "Ngày 9/2 Thủ tướng sẽ gặp doanh nghiệp" over "…, Hội nghị thường niên Thủ tướng gặp doanh nghiệp … sẽ được tổ chức vào
  // ngày 9/2 tới …": a news item's headline or caption gives the day its lead gives with the session's name; a line that
  // names no session retells the day of one that does, no session of its own.
  if (ctx.untitled && n.kind === 'root') {
    const named = timed.filter((t) => t.time.precision === 'day' && SESSION_WORD.test(fold(t.p.text)))
    // (A clause of a run that shares its verb, "…; huyện B vào lúc 14 giờ ngày 25-6-2014 tại …", is named by its place: its
    // own session, whatever day the clause before it gives.)
    const retold = (t: (typeof timed)[number]) =>
      t.time.precision === 'day' &&
      t.topic === undefined &&
      !SESSION_WORD.test(fold(t.p.text)) &&
      named.some((o) => o.p !== t.p && o.time.start === t.time.start)
    timed = timed.filter((t) => !retold(t))
    // ("Cử tri đã kiến nghị …: một số hộ chưa nhận trợ cấp … từ tháng 9; …" under the lead that names the session and its
    // day: a month in what was said at it, no session.)
    if (named.length > 0) {
      timed = timed.filter((t) => t.time.precision === 'day' || SESSION_WORD.test(fold(t.p.text)) || !VOTERS_SAID.test(fold(t.p.text)))
    }
  }
  // "UBND huyện thông báo lịch tiếp công dân định kỳ … trong Quý II năm 2021 như sau:" over paragraphs that each give
  // their days: the sentence announcing them gives the schedule's period, not a session of its own.
  const daysAfter = (t: (typeof timed)[number]) => timed.slice(timed.indexOf(t) + 1).filter((o) => o.time.precision === 'day').length
  timed = timed.filter((t) => !(/:\s*$/.test(t.p.text) && t.time.precision !== 'day' && daysAfter(t) >= 2))
  // "… tiếp xúc cử tri tại xã A vào buổi sáng ngày 28/4; …" then "Quốc hội sẽ họp phiên trù bị và khai mạc vào ngày
  // 23/5" and "… Đoàn sẽ họp thống nhất tổng hợp ý kiến …": among paragraphs that name their sessions, one that names
  // none and says a meeting ("họp") is held is another body's business, no line of the schedule.
  // (A leader's diary, each day's appointments on its line, is read below, a meeting's line and all.)
  const diary = timed.filter((t) => DIARY_DAY.test(t.p.text)).length >= 2
  if (!diary && timed.filter((t) => SESSION_WORD.test(fold(t.p.text))).length >= 2) {
    // (Unfolded: the "hợp" of "phối hợp", "tổng hợp" is no meeting.)
    timed = timed.filter((t) => SESSION_WORD.test(fold(t.p.text)) || !/(?<![\p{L}])(họp|khai mạc|bế mạc)(?![\p{L}])/iu.test(t.p.text))
  }
  // "(Ngày 10/8/2014 trùng Chủ nhật nên chuyển sang thứ Hai, 11/8/2014.)" under a schedule's lines: a remark in brackets on
  // the day a line already gives, no line of its own.
  const remark = (t: (typeof timed)[number]) =>
    /^\(.*\)[.;]?$/u.test(t.p.text.trim()) &&
    t.time.precision === 'day' &&
    timed.some((o) => o !== t && o.time.precision === 'day' && o.time.start === t.time.start)
  timed = timed.filter((t) => !remark(t))
  // "… sẽ có buổi đối thoại trực tuyến với đoàn viên … (dự kiến sẽ diễn ra vào ngày 21/3/2019)." then "Chương trình dự kiến
  // sẽ diễn ra từ 9 - 10 giờ 30 phút ngày 21/3/2019. …": a paragraph that names no session, at the time of one that does,
  // says that session's time again.
  const retold = (t: (typeof timed)[number]) =>
    RETOLD_TIME.test(fold(t.p.text)) &&
    !SESSION_WORD.test(fold(t.p.text)) &&
    timed.some(
      (o) =>
        o !== t &&
        SESSION_WORD.test(fold(o.p.text)) &&
        o.time.precision === t.time.precision &&
        o.time.start === t.time.start &&
        o.time.end === t.time.end,
    )
  timed = timed.filter((t) => !retold(t))
  // ("- Các đ/c ĐB trong Tổ vui lòng có mặt trước giờ TXCT 15 phút." over a chat's replies: a request to those who attend,
  // no session of its own; of the replies under it, only those that name a session may be one.)
  const request = n.kind === 'item' && REQUEST.test(key) && readSessionTime(n.text, inner.time) === null
  if (request) {
    timed = timed.filter((t) => SESSION_WORD.test(fold(t.p.text)))
  }
  const dated = timed.filter((t) => t.time.precision !== 'unscheduled')
  // "* Ngày 07/12/2023: Không tiếp công dân. Lý do: …" is a day the schedule drops, not a session; the line written under
  // it ("07 giờ 30 ngày 14/12/2023 (thứ Năm): Thường trực HĐND tỉnh tiếp công dân …") is the schedule's next line.
  // ("Tạm hoãn …" defers a session, which stays one to schedule.)
  const rest = fold(withoutTime(n.text))
  // (… also when the line names who does not receive first: "Ghi chú: Ngày 23/5/2019 Đoàn ĐBQH tỉnh không tiếp công dân.")
  const dropped =
    n.kind === 'item' &&
    (CANCELLED_CUE.test(rest) || NOT_HELD_CUE.test(rest.split(/[.;]/)[0] ?? '')) &&
    !/^tam (hoan|dung)\b/.test(rest) &&
    headingTime?.precision === 'day'
  // (Or sessions a sentence counts, one of them still to be timed: see countedSessions.)
  const counted = timed.length >= 2 && timed.every((t) => 'topic' in t && t.topic !== undefined)
  // (… or one message that fixes a session's day, "📢 CHỐT LỊCH BUỔI 2: Đối thoại với … vào 8h00 … 27/11", alone with its day.)
  const fixing = dated.length === 1 && FIXES_DAY.test(fold(dated[0]?.p.text ?? '')) && SESSION_WORD.test(fold(dated[0]?.p.text ?? ''))
  const schedule =
    (dated.length >= (dropped ? 1 : 2) || counted || fixing) &&
    timed.every((t) => SESSION_WORD.test(fold(t.p.text)) || inner.sessionPart || SESSION_WORD.test(key))
  if (schedule) {
    const shared = n.kind === 'root' || isBareHeading(n.text) || !SESSION_WORD.test(key) ? ctx.subject : n.text
    timed.forEach(({ p, time, topic: given }, k) => {
      // (A clause of running text read by its period brings its topic: see periodsApart.)
      const own = given ?? topicOfLine(p.text)
      let topic = own !== p.text ? own : withoutTime(p.text)
      // "Đợt 3 dành cho các nhà đầu tư …, nội dung đối thoại tập trung vào …": the rank's own words say whom it is for.
      // (Not a clause that brings its topic: "buổi chiều từ 14 giờ, tiếp xúc cử tri tại …" opens with the half of its day.)
      const ranked = given === undefined && RANKED.test(p.text) && !/\s(với|giữa)\s/u.test(topic) ? topicOfSentence(p.text) : null
      if (ranked && RANKED.test(ranked)) {
        topic = ranked
      }
      // ("Tại hội nghị, đại biểu được nghe … triển khai kế hoạch tổ chức tiếp xúc, đối thoại trực tiếp của … với Nhân dân vào
      // ngày 27/5, …": the session is what the plan deployed holds, named from its kind on.)
      if (DEPLOYED_PLAN.test(topic)) {
        topic = topic.replace(DEPLOYED_PLAN, '').replace(/^./, (c) => c.toUpperCase())
      }
      // A table copied one cell a line: the lines after a time, up to the next, are its row (place, topic).
      const from = fields.plain.indexOf(p)
      // (The last row is as wide as the others: "Tháng 12/2020: ngày 15 (thứ Ba)" / "Trường hợp đồng chí Bí thư bận …" is a
      // remark after the schedule, not the cell of its last line.)
      const widths = timed
        .slice(0, -1)
        .map((t, j) => [fields.plain.indexOf(t.p), fields.plain.indexOf(timed[j + 1]!.p)] as const)
        .filter(([a, b]) => a !== -1 && b !== -1)
        .map(([a, b]) => b - a - 1)
      const to =
        k + 1 < timed.length
          ? fields.plain.indexOf(timed[k + 1]!.p)
          : Math.min(fields.plain.length, widths.length > 0 ? from + 1 + Math.max(...widths) : fields.plain.length)
      const row = from === -1 ? [] : fields.plain.slice(from + 1, to).map((line) => line.text)
      // "12 Tháng 12 17/12/2026 Thứ Năm Trụ sở Tiếp công dân tỉnh - Cơ sở 2 (phường A)": a row of a schedule copied as a
      // line, whose words after its time are only its place (a hall's name may hold "tiếp công dân"): its venue, no topic.
      const placeOnly = HALL_OPENING.test(topic)
      const venue =
        (placeOnly ? topic : null) ??
        row.find((cell) => /^(tại\s+)?(hội trường|trụ sở|nhà văn hóa|nhà văn hoá|phòng họp)(?![\p{L}])/iu.test(cell))
      // (A sentence of a news item's prose, closed by its full stop, is no cell: "Thường trực HĐND tỉnh vừa có thông báo về …".)
      const cellTopic = row.find(
        (cell) => cell !== venue && SESSION_WORD.test(fold(cell)) && cell.split(/\s+/).length >= 4 && !/\.$/.test(cell.trim()),
      )
      // ("Tháng 7: ngày 17/7 (thứ Năm) – Chủ đề: Bồi thường, hỗ trợ, tái định cư khi …": a subject the line labels is its
      // topic though it names no dialogue; the programme's name is what all the lines share.)
      const labelled = given === undefined && topic === own && namedSubject(p.text) === own
      // (A place a part brings, "ĐBQH A TXCT nơi cư trú phường 3, quận B", says its meeting by the abbreviation alone.)
      const saying = (words: string) =>
        words.split(/\s+/).length >= 5 && (SESSION_WORD.test(fold(words)) || words === ranked || labelled || words === given)
      if (cellTopic && !saying(topic)) {
        topic = cellTopic
      }
      // A line's own words make its topic when they say more than "tiếp công dân".
      const says = !placeOnly && saying(topic)
      const session = draft(says ? topic : subjectFor(shared, ctx.subject), fields, time)
      if (venue && session.venues.length === 0) {
        session.venues.push(venue.replace(/^tại\s+/i, ''))
      }
      const rowRoles = row.flatMap(roleOfLine)
      if (rowRoles.length > 0) {
        ctx.roles.set(session, rowRoles)
      }
      ctx.sources.set(session, p.text)
      found.push(session)
    })
  }
  // A leader's working diary ("Thứ Tư (ngày 09/3): Sáng 8 giờ, giao ban …. Chiều 14 giờ, đối thoại với các hộ …"):
  // among a day's appointments, those that are a dialogue or a reception are sessions; the rest are not.
  if (!schedule && dated.length >= 2 && dated.filter((t) => DIARY_DAY.test(t.p.text)).length >= 2) {
    for (const { p, time } of dated) {
      for (const appointment of DIARY_DAY.test(p.text) && time.precision === 'day' ? appointmentsOf(p.text) : []) {
        const clock = readClock(appointment.when)
        const head = DIARY_DAY.exec(p.text)?.[0] ?? ''
        const when = { ...time, hour: clock?.hour ?? null, minute: clock?.minute ?? null, text: `${head} ${appointment.when}` }
        const session = draft(appointment.what, fields, when)
        // (Its own sentence: the morning's meeting on the same line names no place or body of this session.)
        ctx.sources.set(session, appointment.sentence)
        found.push(session)
      }
    }
  }
  if (scheduled.length > 0) {
    // Lines straight under a part on sessions ("I. THỜI GIAN TIẾP CÔNG DÂN") share the document's subject, not the part's title.
    // A "Nội dung tiếp công dân: Tiếp nhận, xem xét …" that names no dialogue describes the days of a reception
    // schedule; the notice's subject ("Lịch tiếp công dân định kỳ …") is their topic.
    const describes = fields.topic !== undefined && !SESSION_WORD.test(fold(fields.topic)) && SESSION_WORD.test(fold(ctx.subject))
    // ("1. Chủ tịch UBND huyện tiếp công dân định kỳ vào thứ Năm tuần thứ hai hằng tháng, cụ thể:" over its days: whose
    // reception they are, which tells them from a deputy's listed under the next item.)
    // ("1. Đối thoại với Nhân dân theo cụm tổ dân phố (04 buổi)" / "d) Lịch cụ thể:" / "- Cụm số 1 (…): 19 giờ 30 phút, ngày …":
    // a label that names no session lists the sessions of the item it is under, which names them.)
    const named = n.kind === 'item' && !SESSION_WORD.test(key) && n.parent && namesSession(n.parent) ? n.parent.text : null
    const shared =
      (describes ? undefined : fields.topic) ??
      (n.kind === 'item' ? hostedReception(n.text) : null) ??
      named ??
      // ("II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM" over "2. Thời gian, địa điểm" and its paragraph of sessions: a heading of labels
      // alone names none of them; the document's subject does; so does "1. Tiếp công dân định kỳ", a kind of session alone. Bare
      // dated lines under a heading that says with whom or about what, "2.1. Đợt 1 (quý II/2021): Đối thoại với Nhân dân về …"
      // over "- Ngày 13/4/2021 (thứ Ba): tại …, với các hộ …", are its.)
      (n.kind === 'root' ||
      isBareHeading(n.text) ||
      (asLines.size > 0 && !(SESSION_WORD.test(key) && / (voi|ve|giua) /.test(key))) ||
      labelledOf(n.text)?.value === ''
        ? ctx.subject
        : n.text)
    for (const { text, time } of scheduled) {
      // (A body's work by its deadline among them, naming no session: see dueOn.)
      if (!SESSION_WORD.test(fold(text)) && dueOn(text, time, inner.time.year)) {
        continue
      }
      // "Buổi thứ nhất: Đối thoại với các hộ dân xã A về …. Bắt đầu lúc 8 giờ …": the line's own subject.
      // ("… ngày 19/10/2023 (thứ Năm tuần thứ hai là ngày 12/10/2023 trùng Hội nghị … nên lùi sang …)": a remark in brackets
      // on why the day moved names other meetings, not this session.)
      const line = text.replace(/\s*\([^()]*\d{1,2}\s*[/.-]\s*\d{1,2}[^()]*\)/g, '')
      // ("Thứ Ba, 08/10 - 7h30: xã A. Nội dung: sạt lở bờ biển …": the labelled subject, not the words after the dash.)
      const named = namedSubject(line)
      const workplace = workplaceAfterTime(line)
      // ("1. Đối thoại với Nhân dân theo cụm thôn" over "- Cụm số 1 (thôn 1 đến thôn 5): 19 giờ 30, ngày …": a heading that
      // says its sessions go by cluster names them already, as the reading of such plans keeps it.)
      const group = /(?<![\p{L}])(cụm|khu vực|vùng)(?![\p{L}])/iu.test(shared) ? null : groupBeforeTime(line)
      const topic =
        (named ? named.charAt(0).toUpperCase() + named.slice(1) : null) ??
        votersListed(line, shared) ??
        votersPlaceOfLine(line, shared) ??
        subjectAfterTime(line) ??
        ownSubject(line) ??
        leadingSubject(line) ??
        trailingSubject(line) ??
        hostAfterTime(line) ??
        dialogueAfterPlace(line) ??
        (workplace ? `${shared.replace(/[.:;]+$/, '')}: ${workplace}` : null) ??
        (group ? `${shared.replace(/[.:;]+$/, '')}, ${group}` : shared)
      const own = emptyFields()
      const venue = /(?:^|[\s:,;(–—-])(?:tại|ở)\s+([^,;]+)/i.exec(text)?.[1]
      if (venue) {
        own.venue = venue.replace(/[.;]+$/, '').trim()
      }
      const session = draft(topic, { ...fields, ...own, venues: [...(own.venue ? [] : fields.venues)] }, time)
      // The heading the lines are listed under says what they share: "a) Tại xã A (Hội trường UBND xã A):" / "+ Ngày …",
      // "2. Tiếp công dân theo chuyên đề".
      ctx.sources.set(session, n.kind === 'item' ? `${text}\n${n.text}` : text)
      found.push(session)
    }
  }
  // "1. Thời gian, địa điểm" / "- Thời gian: 01 buổi, từ 8 giờ 00 … ngày 21/5/2026" and, further on, "5. Hội nghị đối thoại
  // tại khu vực …" / "… dự kiến tổ chức trong quý III/2026": the labels give a day of their own that no item beside them
  // holds, so they describe the session the notice announces, and the item another one.
  const ownDay = fields.time ? readSessionTime(fields.time, inner.time) : null
  if (
    ownDay?.precision === 'day' &&
    found.length > 0 &&
    apartFrom.size > 0 &&
    found.length === fromItems &&
    !found.some((s) => s.time.start === ownDay.start)
  ) {
    // (Its lines read a second time warn no second time.)
    return [...visit({ ...n, children: n.children.filter((c) => !apartFrom.has(c)) }, { ...ctx, warnings: [], adHoc: [] }), ...found]
  }
  // "+ Sáng thứ Năm, ngày 10/10/2024: tiếp xúc cử tri xã A …" over a paragraph that gives other sessions ("Ngoài ra, …
  // tổ chức 02 buổi tiếp xúc cử tri chuyên đề: …"): the item's own line is a session of its own day too.
  const ownLine =
    n.kind === 'item' &&
    headingTime?.precision === 'day' &&
    SESSION_WORD.test(key) &&
    found.length > 0 &&
    fromItems === 0 &&
    !found.some((s) => s.time.start === headingTime.start)
      ? visit({ ...n, children: [] }, ctx)
      : []
  if (ownLine.length === 1) {
    found.unshift(...ownLine)
  }
  // A news item's lead "Sáng ngày 17/7/2018, tại …, ông A - Chủ tịch UBND thị xã chủ trì buổi đối thoại với …" beside the
  // next session a paragraph further down announces: the lead's session, held that day, is one of them too.
  const lead = n.kind === 'root' && fromItems > 0 && timed.length === 1 ? timed[0] : undefined
  // (A lead that opens with its day, "Sáng ngày 17/7/2018, …"; not the sentence that issues a plan, "Ngày 18/8/2014, Tỉnh
  // ủy ban hành Kế hoạch tổ chức hội nghị đối thoại … như sau:", dated as the plan is.)
  // (Or its sentence with the day says the session takes place then: "(Báo A) - UBND tỉnh vừa ban hành Kế hoạch … về tổ
  // chức Hội nghị … . Hội nghị sẽ diễn ra vào lúc 7 giờ 30 ngày 28/10/2016 …".)
  const told = (text: string) => {
    const dated = text.split(/(?<=[.;])\s+/).find((one) => /(?<!\d)\d{1,2}[/-]\d{1,2}(?!\d)/.test(one)) ?? ''
    return (
      ((NEWS_LEAD.test(text) && HOLDS_SESSION.test(text)) || TAKES_PLACE.test(dated)) &&
      !/\b(ban hanh|ke hoach|thong bao)\b/.test(dated) &&
      // (Not a notice of conclusions' opening, "… chủ trì Hội nghị đối thoại …. Chủ tịch UBND huyện kết luận như sau:": the
      // session it concludes goes when it schedules another, as such notices are read.)
      !/\bket luan\b/.test(text)
    )
  }
  if (lead && lead.time.precision === 'day' && told(fold(lead.p.text)) && !found.some((s) => s.time.start === lead.time.start)) {
    const session = draft(topicOfSentence(lead.p.text) ?? withoutTime(lead.p.text), emptyFields(), lead.time)
    ctx.sources.set(session, lead.p.text)
    found.unshift(session)
  }
  // "ĐIỀU CHỈNH LỊCH: Ngày 25/9 đ/c CT phải dự họp …. Buổi đối thoại với các hộ dân xã A dời sang 8h00 sáng thứ Ba 01/10/2019"
  // under the items of a chat's schedule: a later message that moves a session the items name gives it its new day.
  if (n.kind === 'root' && fromItems > 0) {
    for (const t of timed) {
      const target = t.time.precision === 'day' ? movedByParagraph(t.p.text, found) : undefined
      if (target && target.time.start !== t.time.start) {
        target.time = t.time
        target.startsAt = readClock(t.time.text) ?? target.startsAt
      }
    }
  }
  if (found.length > 0) {
    withGroupDistrict(n, found)
    // The item's own labels ("2. Thời gian, địa điểm" beside a schedule) fill what the sessions under it leave open.
    for (const session of found) {
      if (session.venues.length === 0 && fields.venue) {
        session.venues.push(fields.venue)
      }
      if (session.time.precision === 'day' && session.startsAt === null && fields.time) {
        session.startsAt = readClock(fields.time)
      }
      if (!session.audience && fields.audience) {
        session.audience = fields.audience
      }
    }
    return found
  }
  // The item itself: a time in its labels, its heading or its one paragraph, and something that says it is a session.
  let time = fields.time ? readSessionTime(fields.time, inner.time) : null
  // "2. Đối thoại với bà A, …" / "Thời gian: bắt đầu từ 14 giờ 00 phút cùng ngày.": the day of the session read just
  // before, at its own hour.
  if (fields.time && (!time || time.precision === 'unscheduled') && /\bcung ngay\b/.test(fold(fields.time))) {
    const before = [...ctx.sources.keys()].at(-1)?.time
    if (before?.precision === 'day') {
      const clock = readClock(fields.time)
      time = { ...before, hour: clock?.hour ?? null, minute: clock?.minute ?? null, text: fields.time }
    }
  }
  // "thứ Năm tuần thứ ba hằng tháng, từ tháng 6 đến tháng 12/2024": one session a month, on that day.
  let repeated = fields.time && time?.precision !== 'day' ? readRecurringDays(fields.time, inner.time) : []
  if (repeated.length >= 2) {
    time = repeated[0] ?? time
  }
  let ruleTopic: string | null = null
  if (!time && n.kind !== 'root') {
    time = readSessionTime(n.text, inner.time)
    // "… tại khu phố 5, khu phố 12 và khu phố 27, lần lượt vào các ngày 13/4, 11/5 và 15/6/2027": a session each day.
    const days = time && time.precision !== 'day' ? readSessionDays(n.text.split(/;\s/)[0] ?? '', inner.time) : []
    if (days.length >= 2) {
      repeated = days
      time = days[0] ?? time
    }
    // "+ Giám đốc Sở tiếp công dân định kỳ vào ngày 10 hằng tháng, từ tháng 7 đến hết tháng 12/2027": one session a month,
    // named by the heading the rule is written under ("1. Tiếp công dân định kỳ của Giám đốc Sở"), when it names one.
    const monthly = time?.precision !== 'day' && days.length < 2 ? readRecurringDays(n.text, inner.time) : []
    if (monthly.length >= 2) {
      repeated = monthly
      time = monthly[0] ?? time
      const over = n.parent
      ruleTopic =
        over && over.kind === 'item' && !isSection(over) && !isBareHeading(over.text) && SESSION_WORD.test(fold(over.text))
          ? over.text
          : null
    }
  }
  // "3. Buổi đối thoại tại xã C: chiều cùng ngày, bắt đầu từ 14h00, tại …" after the item of the session before: that
  // session's day, at its own hour (as for a labelled time above).
  if (!fields.time && n.kind === 'item' && (!time || time.precision === 'unscheduled') && /\bcung ngay\b/.test(key)) {
    const before = [...ctx.sources.keys()].at(-1)?.time
    if (before?.precision === 'day') {
      const clock = readClock(n.text)
      time = { ...before, hour: clock?.hour ?? null, minute: clock?.minute ?? null, text: n.text.split(/,\s/)[0] ?? n.text }
    }
  }
  // "- Huyện Ngọc Lặc: trong tuần, tại …" under "Tuần 2 (từ 14/10 – 18/10/2024):": some day of that week.
  if ((!time || time.precision === 'unscheduled') && /\btrong tuan\b/.test(key) && ctx.inherited?.precision === 'month') {
    time = ctx.inherited
  }
  // "5- Tháng 12-2021" over "- Đối thoại với … xã A về …. Địa điểm: …. Thời gian cụ thể sẽ thông báo sau.": the day is
  // to be announced, the month is the heading's. (Not when the item puts it off: "tạm hoãn …, thời gian sẽ thông báo sau".)
  if (
    time?.precision === 'unscheduled' &&
    (ctx.inherited?.precision === 'month' || ctx.inherited?.precision === 'quarter') &&
    !/\b(tam hoan|tam dung|hoan lai|lui lai|chuyen sang|khong to chuc)\b/.test(key)
  ) {
    time = { ...ctx.inherited, text: time.text }
  }
  let paragraphTopic: string | null = null
  // "2. Đối thoại trong quý I/2026" over its one paragraph "14 giờ 00, thứ Ba, ngày 17/3/2026, tại Hội trường …: Chủ tịch
  // UBND phường đối thoại với các hộ kinh doanh …": the heading gives the quarter, the paragraph the day within it.
  const day = timed.length === 1 ? timed[0]?.time : undefined
  let narrowed = false
  if (
    time?.start &&
    time.end &&
    (time.precision === 'month' || time.precision === 'quarter') &&
    !fields.time &&
    repeated.length < 2 &&
    day?.precision === 'day' &&
    day.start &&
    day.start >= time.start &&
    day.start <= time.end
  ) {
    time = day
    narrowed = true
    paragraphTopic = wordsAfterWhenAndWhere(timed[0]?.p.text ?? '') ?? topicOfSentence(timed[0]?.p.text ?? '')
  }
  // ("2. Tạm hoãn tổ chức" over "Hội nghị đối thoại với … (dự kiến Quý III/2019 …): tạm hoãn …. Thời gian tổ chức sẽ thông
  // báo sau.": a heading that only defers names no session; its paragraph does, and says when.)
  // (Not "3. Không tổ chức" over the session it cancels.)
  const deferral =
    time?.precision === 'unscheduled' &&
    !fields.time &&
    !SESSION_WORD.test(key) &&
    (!CANCELLED_CUE.test(key) || /^tam (hoan|dung)\b/.test(key))
  if ((!time || deferral) && timed.length === 1) {
    time = timed[0]?.time ?? null
    // ("Chủ tịch UBND tỉnh thống nhất duy trì đối thoại định kỳ với …. Hội nghị đối thoại giữa … lần tiếp theo dự kiến tổ
    // chức trong quý I/2025, …": the sentence that gives the time names the session; the one before only speaks of them.)
    // (So does the clause after a semicolon: "Thực hiện nghiêm túc Quy định số …; đồng chí Bí thư Tỉnh ủy sẽ chủ trì tiếp,
    // đối thoại trực tiếp với công dân … vào ngày 18/10/2019": what comes before it is why.)
    const sentences = (timed[0]?.p.text ?? '').split(/(?<=\.)\s+(?=\p{Lu})|(?<=;)\s+/u)
    const timedSentence = sentences.length > 1 ? sentences.find((x) => time && x.includes(time.text.slice(0, 40))) : undefined
    const ownTopic = timedSentence ? (topicOfSentence(timedSentence) ?? wordsOfSession(timedSentence)) : null
    paragraphTopic = ownTopic ?? topicOfSentence(timed[0]?.p.text ?? '')
    // "… tiếp công dân định kỳ vào các ngày thứ Năm trong tháng 3/2027": a session each Thursday of that month.
    const weekly = time?.precision === 'month' ? readRecurringDays(timed[0]?.p.text ?? '', inner.time) : []
    if (weekly.length >= 2) {
      repeated = weekly
      time = weekly[0] ?? time
    }
  }
  // "Hội nghị đối thoại lần 1" over a line of its own "Đối thoại với tiểu thương chợ … về …": that line is its subject.
  // ("3. Bổ sung hội nghị đối thoại" over "Bổ sung 01 Hội nghị đối thoại giữa Chủ tịch UBND huyện với Nhân dân …": the
  // session it adds; "1. Cuộc đối thoại thứ nhất" over "Chủ tịch UBND tỉnh đối thoại với cán bộ và Nhân dân các xã … về …",
  // its host first, then with whom: the dialogue the heading only ranks.)
  const subjectLine = isBareHeading(n.text)
    ? fields.plain.find(
        (p) =>
          (/^((bo sung|them)( \d{1,2}| mot)? )?((hoi nghi|buoi|cuoc|phien) )?(doi thoai|tiep xuc|gap mat|gap go|lang nghe y kien)\b/.test(
            fold(p.text),
          ) &&
            p.text.split(/\s+/).length >= 4) ||
          (HOST_WITH_WHOM.test(fold(p.text)) && !/\d{1,2}\s*[/.-]\s*\d{1,2}/.test(p.text)),
      )
    : undefined
  // "* Đợt 1: 7 giờ 30 phút, ngày 24/4/2014, tại Hội trường UBND xã A – đối thoại với các hộ dân xã A có đất bị thu hồi …":
  // a round labelled by its rank says with whom after its time and place.
  // ("- 6 tháng đầu năm: Tổ chức vào tháng 5/2017, tại …. Nội dung tập trung đối thoại về thủ tục hành chính …": a line
  // that gives its time first says in its next sentence what its session talks about.)
  const rankedDialogue =
    (n.kind === 'item' ? contentAfterTime(n.text) : null) ??
    (n.kind === 'item' && /^(đợt|cuộc|buổi|phiên|lần)( thứ| số)? [\dIVX\p{L}]+\s*:/iu.test(n.text) ? dialogueAfterPlace(n.text) : null)
  const ownTopic =
    rankedDialogue ??
    (n.kind === 'root' || isSection(n) || isBareHeading(n.text) || labelledOf(n.text) || (deferral && paragraphTopic)
      ? // ("Cuộc đối thoại tổ chức vào 08 giờ 00, ngày …" after the line that says with whom: the kind alone is no topic.)
        ((paragraphTopic && !BARE_KIND.test(fold(paragraphTopic)) ? paragraphTopic : null) ??
        namedBefore(paragraphTopic, fields.plain) ??
        (subjectLine ? subjectLine.text.replace(/[.;:]+$/, '') : paragraphTopic))
      : // ("- 7 giờ 30, thứ Ba, ngày 13-7-2030: Đối thoại với cán bộ, đảng viên và Nhân dân xã A về …. Địa điểm: …": after
        // the time, the dialogue's whole sentence, commas and all, not its first clause.)
        (distinctHost(n) ??
        subjectAfterTime(n.text) ??
        (groupBeforeTime(n.text) && ctx.subject && !/(?<![\p{L}])(cụm|khu vực|vùng)(?![\p{L}])/iu.test(ctx.subject)
          ? `${ctx.subject.replace(/[.:;]+$/, '')}, ${groupBeforeTime(n.text)}`
          : null) ??
        topicOfHeading(n.text)))
  // A message without a heading announces its session in a sentence over the labels ("Chủ tịch UBND phường sẽ chủ trì Hội
  // nghị đối thoại với Nhân dân về …" / "- Thời gian: 8g00, thứ Bảy, ngày 18/10/2025." / "- Địa điểm: …"): that sentence
  // names the session the labelled time is of (when the title names it already, the title does).
  // (An adjusting notice's "1. Thời gian tổ chức đối thoại" over "Hội nghị đối thoại giữa … (theo Kế hoạch số … dự kiến
  // tổ chức ngày …) được điều chỉnh sang 14 giờ 00, ngày …": the labelled time names its session first.)
  // (A labelled time that only retells the session, "Thời gian: Buổi đối thoại bắt đầu lúc 7 giờ 30 …", names none: the
  // sentence above that says with whom it is, "… tổ chức buổi đối thoại giữa Bí thư … với nhân dân xã A", does.)
  const timeTopic = fields.time && NAMED_SESSION_OPENING.test(fields.time) ? topicOfSentence(fields.time) : null
  const announced =
    n.kind === 'root' && fields.time && !fields.topic && !paragraphTopic
      ? ((ctx.sessionPart ? null : fields.plain.map((p) => topicOfSentence(p.text)).find((t) => t !== null)) ??
        (timeTopic && retells(timeTopic) ? (withWhomAbove(fields.plain) ?? withWhomAbove(ctx.opening ?? [])) : null) ??
        timeTopic)
      : null
  // A line of a schedule whose words say no more than "tiếp công dân" takes the document's subject.
  // ("a) Hội nghị tại cụm xã A, B, C: 08 giờ 00, ngày …": the kind and where it is held say no subject either; the
  // document's, for that place.)
  const placeOnly = /^(?:hội nghị|buổi|cuộc|phiên)(?:\s+(?:đối thoại|tiếp xúc))?\s+(?:tại|ở)\s+([^:;]+)$/iu.exec(ownTopic ?? '')
  const headingTopic =
    announced ??
    (placeOnly && ctx.subject
      ? `${ctx.subject.replace(/[.:;]+$/, '')} (${placeOnly[1]?.trim()})`
      : ownTopic && ownTopic !== n.text && ownTopic.split(/\s+/).length < 5
        ? // ("3.1. Hội nghị cụm 1: các xã A, B, C (huyện D)": a short name, then the places that tell it from the others.)
          n.text.startsWith(ownTopic) && PLACES_AFTER_NAME.test(n.text.slice(ownTopic.length))
          ? n.text.replace(PLACES_TIME_AFTER, '').replace(/[.;,\s]+$/, '')
          : ctx.subject
        : ownTopic)
  const presides = n.kind === 'item' && SESSION_WORD.test(fold(ctx.subject)) && PRESIDES_THAT_DAY.test(n.text)
  const says =
    fields.topic !== undefined ||
    fields.audience !== undefined ||
    SESSION_WORD.test(key) ||
    paragraphTopic !== null ||
    announced !== null ||
    // (… or who receives: "Tháng 8/2029 / Thời gian: … / Người tiếp: Chủ tịch …" in a notice of reception days.)
    (inner.sessionPart && (fields.venue !== undefined || fields.format !== undefined || fields.host !== undefined || isSection(n))) ||
    // ("- Thứ Hai, ngày 22/01/2018 (…): Chủ tịch UBND tỉnh chủ trì." in a notice of reception days: who presides that day.)
    presides
  // "- Văn phòng Tỉnh ủy … phát hành lại giấy mời dự Hội nghị ngày 23-11-2017 chậm nhất …": a body's work, not a session.
  const work = n.kind === 'item' && !fields.time ? bodyHeading(n.text) : null
  // "- Chuẩn bị báo cáo kết quả giải quyết các kiến nghị tại hội nghị ngày 18/3/2026, gửi Văn phòng … trước buổi đối
  // thoại lần thứ hai ít nhất 03 ngày làm việc" under a body's heading: work with its deadline, the day it names is
  // the session it reports on.
  const duty =
    n.kind === 'item' &&
    !fields.time &&
    OBLIGATION_VERBS.test(lowerVietnamese(n.text)) &&
    !/^to chuc (hoi nghi|buoi|cuoc|doi thoai|tiep)/.test(key) &&
    findDeadlines(n.text, { defaultYear: 2000, documentDate: '2000-01-01' }).found.length > 0
  // "2. Hội nghị … với công nhân (dự kiến tổ chức trong tháng 6/2021)" / "Không tổ chức hội nghị này trong năm 2021.":
  // a session an adjustment cancels is not held.
  // ("3. Không tổ chức" over "Hội nghị đối thoại với Nhân dân xã A … (dự kiến tháng 6/2019): không tổ chức, do …": so too.)
  // (… also when the item's own words cancel it: "2. Không tổ chức đối thoại với các hộ dân khu 3 … (dự kiến tháng 8/2023
  // theo Kế hoạch số …)": the month is when it was to be.)
  const cancels =
    (n.kind === 'item' && CANCELLED_CUE.test(key) && !/^tam (hoan|dung)\b/.test(key)) ||
    (n.kind === 'item' && CANCELLED_SESSION.test(fold(n.text)))
  if (dropped || cancels || fields.plain.some((p) => CANCELLED_SESSION.test(fold(p.text)) || cancelledNow(p.text))) {
    return []
  }
  // "Nội dung, thời gian, địa điểm các hội nghị: Theo Phụ lục dự kiến lịch tổ chức kèm theo …. Thời gian cụ thể sẽ được
  // thông báo sau": the sessions are the appendix's lines, this line only points to them.
  // (So does a time that gives only their window: "Thời gian, địa điểm" / "Từ ngày 12/7 đến cuối tháng 7, tổ chức theo
  // từng xã (có lịch chi tiết tại Phụ lục kèm theo …)".)
  // (… or a paragraph that gives the window of many meetings and points to their list: "Các đại biểu chia thành 03 tổ, tiếp
  // xúc cử tri tại 11 huyện … từ ngày 28/9 đến ngày 10/10, theo lịch tại Phụ lục kèm theo".)
  const windowElsewhere = (p: OutlineNode) =>
    !!time && time.precision !== 'day' && p.text.includes(time.text.slice(0, 40)) && APPENDIX_REFERENCE.test(fold(p.text))
  const pointsElsewhere =
    (time?.precision === 'unscheduled' && APPENDIX_REFERENCE.test(key)) ||
    (!!fields.time && APPENDIX_REFERENCE.test(fold(fields.time))) ||
    fields.plain.some(windowElsewhere)
  // "4- Hội nghị đối thoại thứ nhất với đoàn viên … đã được tổ chức ngày 25/4/2023 theo đúng Kế hoạch số …": held already,
  // the day it says is the past's.
  const held = n.kind === 'item' && !fields.time && HELD_CUE.test(fold(n.text.split(/[.;]\s/)[0] ?? ''))
  // "6. Đảng ủy phường sẽ tổ chức đối thoại lần thứ hai với các hộ dân vào hồi 19 giờ 30 phút, ngày …, tại …. Giao Văn
  // phòng … gửi giấy mời … chậm nhất 05 ngày trước ngày đối thoại": among a notice's conclusions, the next session
  // announced with its time, whatever work the item gives beside it.
  // (Not words inside a remark in brackets on the time: "Công ty B – quý III/2024 (thời gian cụ thể sẽ thông báo sau) –
  // tại …" is a session whose day is announced later, no work of the firm.)
  const unremarked = (work?.rest ?? '').replace(/\([^()]*\)/g, '').replace(/^[^()]*\)\s*/, '')
  const bodysWork =
    !presides && !!work?.rest && /^\p{Ll}/u.test(work.rest) && OBLIGATION_VERBS.test(unremarked) && !HOSTS_SESSION.test(fold(work.rest))
  // ("4. Các bộ phận … báo cáo kết quả … trước ngày 31/7/2023. Trong quý IV/2023, Chủ tịch UBND xã sẽ đối thoại lại với …":
  // a later sentence of an item about other things announces the next session, with its time first.)
  const laterAnnounced = (ANNOUNCED_AFTER_TIME.exec(n.text)?.index ?? 0) > 0
  const next = n.kind === 'item' && (duty || bodysWork || laterAnnounced) && !held ? announcedSession(n, ctx) : null
  if (next) {
    return [next]
  }
  // "- Thanh tra thị xã theo dõi, đôn đốc …" and, under it, the news item's paragraph after the list "Chủ tịch UBND thị xã
  // thống nhất sẽ tổ chức đối thoại lần thứ ba … vào lúc 7 giờ 30 ngày 29/8/2018": a body's work holds no session, but the
  // paragraph that announces one with its day does.
  if (n.kind === 'item' && (duty || bodysWork) && !fields.time && !held) {
    const announcedBelow = timed.filter(
      (t) => t.time.precision === 'day' && ANNOUNCES_SESSION.test(fold(t.p.text)) && !opensWithWork(t.p.text),
    )
    if (announcedBelow.length > 0) {
      return announcedBelow.map(({ p, time: own }) => {
        const session = draft(topicOfSentence(p.text) ?? withoutTime(p.text), emptyFields(), own)
        ctx.sources.set(session, p.text)
        return session
      })
    }
  }
  // "- Ngày 26/4: Văn phòng … báo cáo Chủ tịch UBND huyện kịch bản điều hành hội nghị": a timetable's step, by that day.
  const [, stepDay, stepWork] = /^([^:]{3,60}):\s*(.+)$/.exec(n.text) ?? []
  const step = n.kind === 'item' && !presides && /\d{1,2}\s*[/.-]\s*\d{1,2}/.test(stepDay ?? '') && opensWithWork(stepWork ?? '')
  if (time && says && !pointsElsewhere && !duty && !held && !bodysWork && !step && !request) {
    if (fields.time && time.precision === 'unscheduled' && !headingTopic && !fields.topic && !isSection(n)) {
      return []
    }
    // "* Ngày 5-5-2021: …: buổi sáng TXCT xã A, Phường 5, tại …; buổi chiều TXCT các xã B, C, tại …": a meeting each half.
    const halves = n.kind === 'item' && n.children.length === 0 && time.precision === 'day' ? halvesOfDay(n.text) : []
    if (halves.length >= 2) {
      return halves.map((half) => {
        const session = draft(half.topic, emptyFields(), { ...time, text: half.text, hour: null, minute: null })
        if (half.venue) {
          session.venues.push(half.venue)
        }
        ctx.sources.set(session, half.text)
        return session
      })
    }
    // "4. Nội dung / - Bệnh viện thông tin về tình hình hoạt động …. / - Người bệnh … phản ánh, góp ý …": an agenda of
    // sentences none of which names the dialogue says what is done at it; the notice's subject says what it is.
    const sentences = (fields.topic ?? '').split(/(?<=[.;])\s+(?=\p{Lu})/u)
    const agenda = sentences.length >= 2 && !sentences.some((one) => SESSION_WORD.test(fold(one))) && SESSION_WORD.test(fold(ctx.subject))
    const session = draft(
      ruleTopic ??
        // "Nội dung: tiếp nhận, giải đáp ý kiến …" (what is done, in lower case) under a heading that names the session
        // ("Đối thoại định kỳ (họp Hội đồng người bệnh)"): the heading is the topic.
        (fields.topic && /^\p{Ll}/u.test(fields.topic) && namesSession(n) ? n.text : null) ??
        // "3. Diễn đàn "Thanh niên nông thôn với …"" over "Nội dung: Thanh niên nông thôn đối thoại với lãnh đạo Sở …": an
        // event with a title of its own is named by it; the label says what is done there.
        (fields.topic && namesSession(n) && TITLED_EVENT.test(n.text) ? n.text : null) ??
        // "Quý II/2023: Đối thoại với giáo viên mầm non" over "Nội dung: Việc thực hiện …" (the issues, no dialogue named):
        // the heading after its time says which dialogue it is.
        (fields.topic && !SESSION_WORD.test(fold(fields.topic)) ? timedHeading(n.text) : null) ??
        // "1. Bí thư Tỉnh ủy đối thoại với thanh niên tỉnh A" / "a) Nội dung: Thanh niên với khởi nghiệp, lập nghiệp …;
        // …": the heading says whose dialogue it is, the label only what it will be about.
        (fields.topic && !SESSION_WORD.test(fold(fields.topic)) && namesWithWhom(n) ? n.text : null) ??
        // "1. Vụ việc khiếu nại của bà A, ngụ xã B" / "– Nội dung: Khiếu nại Quyết định số … về …": in a notice of dialogues
        // with complainants each session is named by its case; the label says what is complained of.
        (fields.topic && !SESSION_WORD.test(fold(fields.topic)) && n.kind === 'item' && COMPLAINT_CASE.test(key) ? n.text : null) ??
        // … and so does a notice's subject over the fields straight under its title ("Về việc Chủ tịch UBND tỉnh đối
        // thoại với các hộ …" / "5. Nội dung đối thoại: Giá đất cụ thể …; đơn giá bồi thường …").
        (fields.topic && !SESSION_WORD.test(fold(fields.topic)) && (n.kind === 'root' || isSection(n)) && WITH_WHOM.test(fold(ctx.subject))
          ? ctx.subject
          : null) ??
        (fields.topic ? withAudience(n, fields.topic) : null) ??
        (agenda ? undefined : fields.topic) ??
        (narrowed ? paragraphTopic : null) ??
        // ("Thứ Ba, ngày 20/3/2018: Chủ tịch UBND tỉnh chủ trì.": the notice's reception, that day.)
        (presides ? ctx.subject : null) ??
        (headingTopic && SESSION_WORD.test(key) ? headingTopic : null) ??
        headingTopic ??
        ctx.subject,
      fields,
      time,
    )
    // Its words, all of them ("2.1- Phường Xuân Khánh: Đối thoại với … Địa điểm: …"), say where and with whom; so does
    // the heading of its group ("1. Đối thoại với viên chức, người lao động" / "1.2. Hội nghị cuối năm"), also one that
    // says where ("a) Tại xã A (Hội trường UBND xã A):" / "+ Ngày 08/10 …: đối thoại với …").
    const group =
      n.parent && n.parent.kind !== 'root' && (SESSION_WORD.test(fold(n.parent.text)) || /^tai\s/.test(fold(n.parent.text)))
        ? `\n${n.parent.text}`
        : ''
    ctx.sources.set(session, `${fullText(n)}${group}`)
    if (repeated.length >= 2) {
      // "tại A, B và C, lần lượt vào các ngày …": each place with its day.
      const places = /(?<![\p{L}])tại\s+([^;:]+?),?\s+lần lượt/iu
        .exec(n.text)?.[1]
        ?.split(/\s*,\s*|\s+và\s+/)
        .filter(Boolean)
      return repeated.map((day, i) => {
        const place = places?.length === repeated.length ? places[i] : undefined
        const one = {
          ...session,
          venues: place ? [place] : [...session.venues],
          time: { ...session.time, ...draft('', fields, day).time },
        }
        ctx.sources.set(one, fullText(n))
        return one
      })
    }
    // "Chủ tịch UBND huyện chủ trì đối thoại với …" / "- Thời gian: 14 giờ 00, ngày 21/3/2024." and, after the labels, "Buổi
    // đối thoại với các hộ dân xã B … dự kiến cuối tháng 4/2024, VP sẽ thông báo sau.": the labels give this session's
    // time, the paragraph that opens with a session of its own and its own time is another.
    const others = fields.time
      ? timed.filter((t) => t.time.precision !== 'unscheduled' && t.time.start !== time.start && OPENS_SESSION.test(t.p.text))
      : []
    return [
      session,
      ...others.map(({ p, time: own }) => {
        const other = draft(topicOfSentence(p.text) ?? withoutTime(p.text), emptyFields(), own)
        ctx.sources.set(other, p.text)
        return other
      }),
    ]
  }
  // "1.1. Đối thoại với công chức, viên chức …" in the part on sessions, with no time stated: a session to schedule.
  if (
    !time &&
    inner.sessionPart &&
    n.kind === 'item' &&
    /^(dec|letter|LETTER)/.test(n.style) &&
    /^(doi thoai|hoi nghi doi thoai|tiep xuc|tiep cong dan)\b/.test(key) &&
    // "Đối thoại định kỳ: … 01 lần/năm": how often dialogues are held, not one of them; so "2. Tiếp công dân thường
    // xuyên" (a reception open every working day, not a session on one).
    !/\b\d{1,2} lan ?\/ ?(nam|quy|thang)\b|\b(moi|hang) (nam|quy)\b|\bit nhat \d{1,2} (hoi nghi|cuoc|buoi|lan)\b|\bthuong xuyen\b/.test(
      key,
    ) &&
    // (… also said in its paragraph: "3. Đối thoại định kỳ tại nơi làm việc" / "… tổ chức đối thoại định kỳ tại nơi làm việc
    // ít nhất 01 lần/năm theo quy định …".)
    !fields.plain.some((p) => /\b\d{1,2} lan ?\/ ?(nam|quy|thang)\b/.test(fold(p.text))) &&
    // ("1. Tiếp công dân" / "Duy trì tiếp công dân thường xuyên tại Trụ sở …; Chủ tịch UBND huyện tiếp công dân định kỳ
    // theo Lịch tiếp công dân đã niêm yết …": receptions every working day, or on the days a schedule set apart gives.)
    !(fields.plain.length > 0 && fields.plain.every((p) => STANDING_RECEPTION.test(fold(p.text)))) &&
    // "1. Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với …" / "… Thời gian, địa điểm và phân công thực hiện theo Phụ lục kèm
    // theo Kế hoạch này.": the appendix's rows are its sessions, this item only points to them.
    !fields.plain.some((p) => APPENDIX_REFERENCE.test(fold(p.text))) &&
    // "2. Hình thức, thành phần" / "2.1. Đối thoại trực tiếp tại hội trường …": how, not which.
    !(labelledOf(n.parent?.text ?? '')?.fields.every((f) => f !== 'topic' && f !== 'time') ?? false) &&
    // "3. Đối thoại cấp huyện" / "Các huyện đoàn, thành đoàn tham mưu cấp ủy, chính quyền tổ chức đối thoại …": the
    // dialogues bodies of a kind are each to hold, their work, not one session of this plan.
    !(fields.plain.length > 0 && fields.plain.every((p) => delegated(p.text)))
  ) {
    const time = ctx.inherited ?? NO_TIME
    const session = draft(fields.topic ?? n.text, fields, time)
    ctx.sources.set(session, fullText(n))
    return [session]
  }
  if (fields.time && !time && n.kind !== 'root') {
    ctx.warnings.push({
      key: 'import-warning-session-time',
      vars: { topic: (headingTopic ?? ctx.subject).slice(0, 60), text: fields.time.slice(0, 80) },
    })
  }
  return []
}

/** The day a news item was told, opening its paragraph (folded): "chieu 4/5, van phong chinh phu cho hay, …". */
const TOLD_ON_DAY =
  /^([^,]{2,40} [-–] )?(ngay|sang|chieu|toi|trua) [^,]{3,14}, [^,]{0,60}\b(co (cong van|thong bao|van ban|ke hoach) so|cho hay|cho biet)\b/
const toldOnDay = (folded: string) => REPORTED_ON.test(folded) || TOLD_ON_DAY.test(folded)
/** A news item's credit line (folded): "theo thoi su toi 18/1/2021", "theo bao nhan dan ngay 02/3/2031". */
const SOURCE_CREDIT = /^theo( [^\s\d,.;:]+){1,6} (ngay )?\d{1,2}\/\d{1,2}\/\d{4}\.?$/
/** Words that point back to the time given above (folded): "theo thời gian nêu trên", "theo lịch như trên". */
const REFERS_BACK = /\btheo (thoi gian|lich|thoi gian, dia diem) (neu tren|nhu tren|tren|da thong bao)\b/

/**
 * A news page's stamp of when it posted the article, a line of its own (folded): "thu sau, 09/03/2018 - 16:42", with or
 * without its weekday, the weekday as a numeral or set off by a dash, seconds or the zone after the clock, the author's
 * name before it ("24/06/2015 07:39", "thu hai - 13/03/2023 16:09", "thu 2, 17/06/2013 | 07:35:06", "nguyen van a
 * 08/11/2023 14:25"): a day with its minute to the second and nothing after it is when a page was posted, no session.
 */
// (… the weekday cut short, the half of the day in Vietnamese: "Th 4, 14/10/2020 | 12:13 CH".)
const WEEKDAY_STAMP = '((thu (hai|ba|tu|nam|sau|bay|[2-7])|th [2-7]|chu nhat)\\s*[-–,]?\\s*)?'
// (… and the page's counters and buttons after it: "Thứ Năm, 20/08/2015 - 15:47      Lượt xem: 1.207      [In bài] [Gửi bài]".)
const ZONE_STAMP = '( [([]?gmt\\+7[)\\]]?)?(\\s+(luot xem|luot doc|luot truy cap)\\s*:?\\s*[\\d.,]+.*)?$'
// (… or the clock first: "cap nhat luc19:42, thu tu, 22/09/2021 gmt+7", "hang nga 11:05, 01/11/2023".)
// (… with the half of the day a portal writes after it: "14/11/2021 4:24:PM".)
// (… its day written with dashes: "Đăng ngày 25-11-2022 09:07".)
/** The label a portal writes its posting's moment under, folded: "cập nhật lúc : …", "ngày đăng: …". */
const POSTING_LABEL = '(cap nhat|ngay dang|dang ngay|dang luc|thoi gian dang|ngay cap nhat)( luc)?\\s*:\\s*'
const POSTED_STAMP = new RegExp(
  `^([^\\d:]{2,40} )?${WEEKDAY_STAMP}\\d{1,2}[/-]\\d{1,2}[/-]\\d{4}\\s*[-–|,]?\\s*` +
    `\\d{1,2}:\\d{2}(:\\d{2})?(\\s*:?\\s*([ap]m|sa|ch))?${ZONE_STAMP}` +
    // ("Cập nhật lúc : 14:07 01/01/2022": so after the label of its posting and its colon, no other label's.)
    `|^([^\\d:]{2,40}|${POSTING_LABEL})?\\d{1,2}:\\d{2}(:\\d{2})?\\s*[-–|,]?\\s*${WEEKDAY_STAMP}\\d{1,2}\\/\\d{1,2}\\/\\d{4}${ZONE_STAMP}`,
)
/** (What stands before the stamp is an author's name, never the words of a session: "Chủ tịch UBND xã tiếp công dân 15/04/2025 08:00".) */
// (… after the tag a copying tool puts before it, the page's month: "date 2019-05 04/05/2019 10:49".)
const isPostedStamp = (folded: string) =>
  POSTED_STAMP.test(folded.replace(/^\s*date \d{4}-\d{2}\s+(?=\d)/, '')) && !SESSION_WORD.test(folded)

/** The day a line stamps its page posted on ("Thứ Năm, 19/09/2019 10:20"), or null where the line is no such stamp. */
export function postedDay(text: string): LocalDate | null {
  const folded = fold(text.trim())
  const day = isPostedStamp(folded) ? /(\d{1,2})[/-](\d{1,2})[/-](\d{4})/.exec(folded) : null
  return day ? makeDate(Number(day[3]), Number(day[2]), Number(day[1])) : null
}

/**
 * The verb that moves a session, and where to (folded): "chuyển sang", "chuyển từ 14h00 ngày 25/11 sang …", "ĐỔI GIỜ sang
 * 14h30"; not "chuyển đổi từ phương pháp thuế khoán sang kê khai", which moves nothing.
 */
const MOVE_VERB =
  String.raw`(?:duoc )?(?:chuyen(?! doi)|(?<!chuyen )doi|dieu chinh|lui)(?: gio| ngay| thoi gian)?` +
  String.raw`(?: tu [^;:]{2,60}?)? sang\b`
/** A session's kind before its words (folded), a chat's "điểm" (the point of the schedule) too. */
const MOVED_KIND = String.raw`(?:(?:buoi|cuoc|phien|hoi nghi|diem) )+`
/** Where a sentence of a paragraph opens (folded), a mark or an emoji after the stop before it: ". ⚠️ ". */
const SENTENCE_OPENS = String.raw`(?:^|[.;!]\s+(?:[^\sa-z0-9]+\s+)?)`
/**
 * A later line that moves a session it names ("Buổi đối thoại với các hộ dân thôn A chuyển sang 8h00 sáng thứ Sáu (24/10)
 * …", folded): the session's words, before the verb that moves it. (Also "Buổi TXCT tại thôn A chuyển từ 14h00 ngày 25/11
 * sang 7h30 thứ Năm 26/11/2026": the time it leaves, then the new; "Điểm TXCT xã A chiều thứ Tư 27/7 ĐỔI GIỜ sang 14h30":
 * a chat's "point" of the schedule, its hour changed.)
 */
const MOVES_SESSION = new RegExp(String.raw`^(?:(?:buoi|cuoc|phien|hoi nghi|lich|diem) )+(.{8,}?) ${MOVE_VERB}`)
/** A move told inside a sentence (folded): "…, buoi tiep xuc cu tri tai xa a chuyen tu sang thu ba 01/10 sang …". */
const TOLD_MOVE = new RegExp(String.raw`(?:^|,\s+|${SENTENCE_OPENS})${MOVED_KIND}(.{8,}?) ${MOVE_VERB}`)
/** "Buổi TXCT tại thôn A (đảo B) dự kiến 8h00 ngày 26/11/2026: TẠM HOÃN …" (folded): the session put off, to be held later. */
const DEFERS_SESSION = new RegExp(
  // (Within its sentence: a match that may run over full stops backtracks beyond bounds on a long message.)
  String.raw`${SENTENCE_OPENS}${MOVED_KIND}([^():;.!]{8,}?)(?: \([^()]*\))?` +
    String.raw`(?:,? (?:du kien|theo ke hoach)\b[^:;.!]*)?\s*[:,-]?\s*tam hoan\b`,
)
const MOVED_WORDS = /^(?:(?:buổi|cuộc|phiên|hội nghị|lịch|điểm)\s+)+/iu
/** The time said after a session's words, before the verb that moves it (folded): "… xa a chieu thu tu 27/7". */
const MOVED_TIME = new RegExp(
  String.raw`\s+(?:(?:vao|luc|hoi) )?(?:(?:sang|chieu|toi|trua)(?= (?:ngay|thu|chu nhat|\d))|ngay \d|` +
    String.raw`(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat),? \d|\d{1,2} ?(?:h(?=\d|\b)|gio\b|\/\d)).*$`,
)
/** Two sessions on the same day at the same hour (or one of them at none). */
const sameTime = (a: DraftSession, b: DraftSession) =>
  a.time.precision === b.time.precision &&
  a.time.start === b.time.start &&
  a.time.end === b.time.end &&
  JSON.stringify(a.startsAt) === JSON.stringify(b.startsAt)
/** Topics of which one opens with the other's words, four or more of them ("… phường An" and "… phường An Bình về …"). */
function sameWords(a: string, b: string): boolean {
  const [short, long] = [a, b]
    .map((t) =>
      fold(t)
        .replace(/[^a-z0-9]+/g, ' ')
        .trim(),
    )
    .sort((x, y) => x.length - y.length)
  // (A word cut short is no prefix: "… xã Tân" is not "… xã Tân Hòa"; the wrapped row stops at a whole word.)
  return short!.split(' ').length >= 4 && `${long} `.startsWith(`${short} `)
}

/** The session of `found` a sentence of a paragraph moves by its words ("Buổi đối thoại với các hộ dân xã A dời sang …"). */
function movedByParagraph(text: string, found: DraftSession[]): DraftSession | undefined {
  const moved = spelledOut(text)
    .split(/(?<=[.;!])\s+/)
    .map((sentence) => sentence.replace(/^[^a-z0-9]+/, ''))
    .map((sentence) => (MOVES_SESSION.exec(sentence) ?? CORRECTS_SESSION.exec(sentence))?.[1]?.replace(MOVED_TIME, ''))
    .find((words) => words !== undefined)
  if (!moved) {
    return undefined
  }
  // (Whole words, and one session only: "xã Long Phú" is not "xã Long Phước".)
  const worded = found.filter((s) => `${spelledOut(s.topic.replace(MOVED_WORDS, ''))} `.startsWith(`${moved} `))
  const byWords = worded.length === 1 ? worded[0] : undefined
  // ("buổi đối thoại tại thôn A, xã B" for "Đối thoại với các hộ dân thôn A": the place it names, when one session alone has it.)
  const place = PLACE_NAMED.exec(moved)?.[1]
  const byPlace = place ? found.filter((s) => ` ${spelledOut(s.topic)} `.includes(` ${place} `)) : []
  return byWords ?? (byPlace.length === 1 ? byPlace[0] : undefined)
}
/** A correction of a session's time (folded): "đính chính: buổi đối thoại tại thôn A, xã B là 14h00 thứ Năm 17/11/2022". */
const CORRECTS_SESSION =
  /^(?:[^:.]{0,40}\s)?dinh chinh\b\s*:?\s*(?:(?:buoi|cuoc|phien|hoi nghi|lich|diem) )+(.{8,}?) la (?=\d|sang |chieu |thu |ngay )/
/** The place a session's words name first (folded): "doi thoai tai thon quynh, xa tan lieu" → "thon quynh". */
const PLACE_NAMED = /\b((?:xa|phuong|thi tran|thon|ap|ban|to dan pho|khu pho) [a-z0-9 ]{2,30}?)(?=,|$| -| \()/

/** A session's words folded, its abbreviation spelled out ("TXCT" is "tiếp xúc cử tri"), to tell one session by them. */
const spelledOut = (text: string) => fold(text).replace(/\btxct\b/g, 'tiep xuc cu tri')

/** A month a line opens with as its label (folded): "thang 10/2023: …", "thang 12: …". */
const MONTH_LABEL = /^thang (\d{1,2})(?:\s*[/.-]\s*(\d{4}))?\s*:/
/** A line that puts its session in the place of one of the rule's (folded): "thay cho buổi tiếp ngày 20/12/2023 …". */
const INSTEAD_OF = /\b(?:thay (?:cho|the)|thay vi)\s+(?:buoi|cuoc|phien|lich)\b/

/**
 * The exceptions a notice lists after a rule of days ("vào ngày 20 hằng tháng, từ tháng 7 đến tháng 12 năm 2023", then
 * "- Tháng 10/2023: … buổi tiếp dân định kỳ chuyển sang thứ Năm, ngày 26/10/2023" and "- Tháng 12/2023: thay cho buổi tiếp
 * ngày 20/12/2023 …, đồng chí Bí thư … đối thoại với Nhân dân huyện A … ngày 14/12/2023"): a line of the month that moves
 * the month's session gives it its new day; one held instead of it takes its place.
 */
function withRuleExceptions(found: DraftSession[], ctx: Context): DraftSession[] {
  const sourceOf = (s: DraftSession) => ctx.sources.get(s) ?? ''
  // The rule's days: several sessions read from one source that gives a day of each month.
  const ruled = found.filter(
    (s) =>
      s.time.precision === 'day' &&
      /\b(hang|moi) thang\b/.test(fold(sourceOf(s))) &&
      found.filter((other) => sourceOf(other) === sourceOf(s)).length >= 2,
  )
  if (ruled.length < 2) {
    return found
  }
  const gone = new Set<DraftSession>()
  for (const later of found) {
    // (Not a remark in brackets on a day listed among others: "Tháng 10/2023: thứ Năm, ngày 19/10/2023 (… nên lùi sang thứ Năm
    // tuần kế tiếp)" is that list's own day.)
    const said = fold(sourceOf(later).replace(/\([^()]*\)/g, ' ')).trim()
    const label = MONTH_LABEL.exec(said)
    if (ruled.includes(later) || later.time.precision !== 'day' || !later.time.start || !label) {
      continue
    }
    const month = later.time.start.slice(0, 7)
    // The ruled session of that month: the one whose day the line writes ("thay cho buổi tiếp ngày 20/11"), else the only one.
    const candidates = ruled.filter((s) => !gone.has(s) && s.time.start?.slice(0, 7) === month && s.time.start !== later.time.start)
    const written = candidates.filter((s) => {
      const [, m, d] = (s.time.start ?? '').split('-').map(Number)
      return new RegExp(`(?<!\\d)0?${d}\\s*[/.-]\\s*0?${m}(?!\\d)`).test(said)
    })
    const earlier = written.length === 1 ? written[0] : candidates.length === 1 ? candidates[0] : undefined
    if (!earlier || Number(label[1]) !== Number(month.slice(5))) {
      continue
    }
    if (INSTEAD_OF.test(said)) {
      gone.add(earlier)
    } else if (new RegExp(MOVE_VERB).test(said)) {
      earlier.time = later.time
      earlier.startsAt = later.startsAt ?? earlier.startsAt
      gone.add(later)
    }
  }
  return found.filter((s) => !gone.has(s))
}

/**
 * A session a later line moves ("ĐÍNH CHÍNH: Buổi đối thoại với các hộ dân thôn A chuyển sang 8h00 … (24/10)" after
 * "Đối thoại với các hộ dân thôn A về …: 14h00 … (23/10)"): held on the new day only, under the words it was first
 * announced with. The earlier session whose topic holds the moved one's words takes the new time; the line's own session
 * goes.
 */
function withMovedSessions(found: DraftSession[], ctx: Context): DraftSession[] {
  const gone = new Set<DraftSession>()
  for (const later of found) {
    const said = spelledOut((ctx.sources.get(later) ?? '').replace(/^[\p{Lu}\s]{4,}:\s*/u, ''))
    // (A session put off is moved to no time yet: "… dự kiến 8h00 ngày 26/11/2026: TẠM HOÃN …, thời gian sẽ thông báo sau".)
    // (Only where it says so: the pattern is no cheap one to try on every long message.)
    const deferred =
      later.time.precision === 'unscheduled' && said.includes('tam hoan')
        ? DEFERS_SESSION.exec(said)?.[1]?.replace(MOVED_TIME, '')
        : undefined
    const movedTo = MOVES_SESSION.exec(said)?.[1]?.replace(MOVED_TIME, '')
    const moved = movedTo ?? deferred
    const earlier = moved
      ? found.find(
          (s) =>
            s !== later &&
            !gone.has(s) &&
            found.indexOf(s) < found.indexOf(later) &&
            s.time.start !== later.time.start &&
            (spelledOut(s.topic.replace(MOVED_WORDS, '')).startsWith(moved) ||
              // (The place put off may be told more closely than the schedule named it: "thôn A (đảo B)".)
              (movedTo === undefined && `${moved} `.startsWith(`${spelledOut(s.topic.replace(MOVED_WORDS, ''))} `))),
        )
      : undefined
    if (earlier) {
      earlier.time = later.time
      earlier.startsAt = later.startsAt
      gone.add(later)
      continue
    }
    // "Do …, buổi TXCT tại xã A chuyển từ sáng thứ Ba 01/10 sang sáng thứ Năm 03/10/2024. Lịch sau điều chỉnh cụ thể như
    // sau:" over the schedule's line "8h00 thứ Năm 03/10/2024 (lịch cũ 01/10): TXCT tại xã A …": the paragraph tells the
    // move the line already gives, on the same day; no session of its own.
    const toldMove = TOLD_MOVE.exec(said)
    const told = toldMove?.[1]?.replace(MOVED_TIME, '')
    const listed =
      told &&
      later.time.precision === 'day' &&
      found.find(
        (s) =>
          s !== later &&
          !gone.has(s) &&
          s.time.precision === 'day' &&
          s.time.start === later.time.start &&
          spelledOut(s.topic.replace(MOVED_WORDS, '')).startsWith(told),
      )
    if (listed) {
      // ("… ĐỔI GIỜ sang 14h30": the hour it moves to, on its day.)
      // (Read after the verb's "sang" (to), not in "từ sáng 7h30" (from the morning), which folds the same.)
      const after = toldMove ? said.slice(toldMove.index + toldMove[0].length) : ''
      const hour = /^\s*(?:(?:sang|chieu|toi) )?(?:luc )?(\d{1,2}) ?(?:h|gio)(?: ?(\d{1,2}))?\b/.exec(after)
      listed.startsAt = hour ? { hour: Number(hour[1]), minute: Number(hour[2] ?? 0) } : listed.startsAt
      gone.add(later)
    }
  }
  return found.filter((s) => !gone.has(s))
}

/**
 * A chat's stamp of when a message was sent, a line of its own: "09:12"; or the hour in brackets before the sender, the
 * line heading the message: "[10:42] Trần Văn A - CVP:".
 */
const MESSAGE_CLOCK = /^\d{1,2}:\d{2}$|^\[\d{1,2}:\d{2}\]\s*[^[\]]{2,80}:?$/u
/** A chat's separator of the day its messages were sent, a line of its own (folded): "09/10/2025", "thu hai, 04/11/2024". */
const CHAT_DAY = /^((thu (hai|ba|tu|nam|sau|bay)|chu nhat),? )?\d{1,2}\/\d{1,2}\/\d{4}$/
/**
 * "Buổi chiều, Đoàn ĐBQH … tiếp tục có buổi tiếp xúc cử tri xã B." (folded, the paragraph's first sentence): the other half of
 * the lead's day, holding its own session.
 */
const HALF_GOES_ON = /^buoi (sang|chieu|toi), [^.]{0,100}\b(tiep tuc|co buoi|to chuc|den)\b[^.]{0,40}\b(tiep xuc|doi thoai|tiep cong dan)\b/
/** What voters said at a meeting (folded): "Cử tri đã kiến nghị nhiều vấn đề: …", "cử tri phản ánh …". */
const VOTERS_SAID = /\b(cu tri|nguoi dan|nhan dan|ba con)\b[^.;:]{0,40}\b(kien nghi|phan anh|de nghi|de xuat|neu|de dat|mong muon)\b/
/** A news page's source and day, a line of its own (folded): "cac website khac - 23/01/2006", "bao a | thu hai, 04/11/2024". */
const SOURCE_DATELINE = /^[^\d:]{2,40}\s[-–|]\s((thu (hai|ba|tu|nam|sau|bay)|chu nhat),? )?\d{1,2}\/\d{1,2}\/\d{4}$/
const isSourceDateline = (text: string) => SOURCE_DATELINE.test(fold(text.trim())) && !SESSION_WORD.test(fold(text))
/**
 * A news page's day alone over its headline (folded), in figures or in words, its weekday as a word or a numeral, its hour
 * or a dash after it: "thu sau, ngay 29 thang 3 nam 2024", "thu 5, ngay 13/06/2024 -".
 */
const DAY_OVER_HEADLINE = new RegExp(
  String.raw`^((thu (hai|ba|tu|nam|sau|bay|[2-7])|chu nhat),? )?(ngay )?(\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2} thang \d{1,2} nam \d{4})` +
    String.raw`(\s*[-–|,]\s*(\d{1,2}:\d{2}(:\d{2})?)?)?\s*$`,
)
/** A news page's source and day under its headline, or its day alone over it. */
const postedAbove = (plain: OutlineNode[], p: OutlineNode) =>
  (plain.indexOf(p) === 1 && isSourceDateline(p.text)) ||
  (plain.indexOf(p) === 0 && plain.length > 1 && DAY_OVER_HEADLINE.test(fold(p.text.trim())))

/** A sitting's opening or close and its day (folded): "khai mạc ngày 21/10/2024", "bế mạc vào ngày 30/11". */
// (The sitting named before it: "Kỳ họp thứ 8 (dự kiến khai mạc ngày 21/10/2024)"; a dialogue's own "sẽ khai mạc ngày …" is none.)
const SITTING_DAY = /\bky hop\b[^.;]{0,80}?\b(?:khai mac|be mac)(?: vao)?(?: ngay)? \d{1,2}\/\d{1,2}(?!\d)/g
/** The first sentence of a text that gives a day is a council's or the Assembly's sitting ("Kỳ họp thứ 16, … từ ngày 4 …"). */
function sittingSentence(text: string): boolean {
  const dated = text
    .split(/(?<=[.;])\s+(?=\p{Lu})/u)
    .map(fold)
    .find((one) => /\d{1,2}\s*\/\s*\d{1,2}/.test(one))
  // (… also when it opens with when the sitting is expected: "Dự kiến thời gian tổ chức kỳ họp 01 ngày (từ ngày 22 đến ngày
  // 27/7)", the council's sitting the voter meetings come before, no meeting with citizens.)
  return (
    dated !== undefined &&
    /^((du kien|thoi gian|to chuc) )*ky hop ((thu|lan|bat thuong)\b|0?\d{1,2} (ngay|buoi)\b)/.test(dated) &&
    !SESSION_WORD.test(dated)
  )
}

/** A meeting and its day where someone spoke, opening a paragraph (folded): "tại hội nghị … ngày 29/5/2022, thủ tướng … đề nghị". */
const SAID_AT = new RegExp(
  String.raw`^tai [^.;]{5,160}? ngay \d{1,2}\/\d{1,2}(\/\d{4})?, [^,.;:]{3,80}? ` +
    String.raw`(de nghi|yeu cau|chi dao|nhan manh|khang dinh|cho biet)\b(?![^.;]*\d{1,2}\/\d{1,2})`,
)
/** A meeting held to deploy a plan, the sentence of its day (folded): "… tổ chức triển khai kế hoạch đối thoại …". */
const DEPLOYING_MEETING = /\b(to chuc|hoi nghi|buoi) (quan triet,? )?trien khai (ke hoach|chuong trinh|huong dan|thong bao)\b/
/** The deploying of a plan before the session it holds: "… triển khai kế hoạch tổ chức " (not folded). */
const DEPLOYED_PLAN = /^.{0,120}?(?<![\p{L}])triển khai kế hoạch (tổ chức )?(?=(tiếp xúc|đối thoại|tiếp công dân|hội nghị)(?![\p{L}]))/iu

/** The clauses of a paragraph that hold a day ("17/9", "ngày 17"), folded. */
function datedClauses(text: string): string[] {
  return fold(text)
    .split(/[,;.:](?=\s)/)
    .filter((c) => /(?<!\d)\d{1,2}\/\d{1,2}(?!\d)|\bngay \d{1,2}-\d{1,2}(?![\d/-])/.test(c))
}

/** A session held already, on the day written right after (folded): "đã tổ chức ngày 16/3", "đã được tổ chức vào ngày 16/3/2027". */
const HELD_ON_DAY = /\bda (duoc )?(to chuc|dien ra|tien hanh)( vao)?( (sang|chieu|toi))?( ngay)? \d{1,2}\/\d{1,2}(?!\d)/

/** A session held already, in the month or quarter written right after (folded): "đã tổ chức trong tháng 6/2022". */
const HELD_IN_PERIOD = /\bda (duoc )?(to chuc|dien ra|tien hanh)( vao| trong)? (thang|quy) [0-9ivx]{1,4}\b/

/** Voters named by their commune, with its name: "Cử tri xã Song Lãng, huyện Vũ Thư" (not "Cử tri toàn xã", "Cử tri thôn 1, thôn 2"). */
const VOTERS_OF_PLACE = /^cử tri\s+(xã|phường|thị trấn|thị xã|huyện|quận|thành phố)\s+\p{Lu}/iu

/** The sessions a new one follows, held before it (folded): "sau các buổi đối thoại tại xã A (ngày 28/9) và …". */
// (Mid-sentence, after what the sentence is about: "Sau các buổi đối thoại tại xã A, UBND huyện tổ chức … ngày 25/10" opens
// with them and goes on to its own session.)
const AFTER_EARLIER = /, sau (cac |nhung )?(buoi|cuoc|hoi nghi|dot)( doi thoai| tiep xuc| tiep cong dan)? (tai|o|voi)\b/

/**
 * A clause that says an earlier session was held already, before the one the text is about (folded): "trước đó, ngày 23/4,
 * UBND phường đã tổ chức đối thoại với …". (A notice's "Ngày 11/4, … đã chủ trì Hội nghị đối thoại …" is the session it
 * concludes.)
 */
const HELD_ALREADY = /\btruoc do\b.*\bda (duoc )?(to chuc|dien ra|tien hanh|doi thoai)\b/

/** What a sentence says of a session held before ("… đã tổ chức …", "… được tổ chức ngày 24/10/2025 …"), folded. */
const HELD_BEFORE = /\b(da|duoc) (chu tri|to chuc|dien ra|doi thoai)\b/

/**
 * "Năm 2025, Hội nghị đối thoại được tổ chức ngày 24/10/2025, đã tiếp nhận 64 ý kiến …. Theo kế hoạch, trong quý IV/2026, Chủ
 * tịch UBND tỉnh sẽ tiếp tục đối thoại với …": a paragraph that opens with the record of a year before the plan's and goes
 * on to the next session is read from the sentences after the record.
 */
function laterThanRecord(p: OutlineNode, time: TimeContext): OutlineNode {
  const sentences = p.text.split(/(?<=[.;])\s+(?=\p{Lu})/u)
  const first = sentences[0] ?? ''
  const read = sentences.length > 1 ? readSessionTime(first, time) : null
  const past = read?.start && time.year && Number(read.start.slice(0, 4)) < time.year && HELD_BEFORE.test(fold(first))
  return past ? { ...p, text: sentences.slice(1).join(' ') } : p
}

/**
 * "Năm 2017, Chủ tịch UBND tỉnh đã chủ trì 3 hội nghị đối thoại, trong đó hội nghị gần nhất được tổ chức ngày 27/12/2017
 * …": what was done in a year before the plan's is its record, not a session it schedules. So is a remark on the session
 * of an earlier year it names ("Lưu ý: Năm học 2020 - 2021 buổi đối thoại (ngày 18/12/2020) có nhiều đơn vị nộp … chậm"
 * in a mail of 2021): that year's session, said to warn of this one.
 */
function pastRecord(text: string, time: SessionTimeRead | null, year: number | null | undefined): boolean {
  const held = Number(time?.start?.slice(0, 4) ?? NaN)
  if (!year || !(held < year)) {
    return false
  }
  const key = fold(text)
  // (Not the year of a part of it the session is held for: "Chiều 31/5, UBND quận tổ chức Hội nghị đối thoại … trong 6 tháng
  // đầu năm 2023" is that part's session, on a page posted the year after.)
  const named = [...key.matchAll(/(?<!\b(?:quy [ivx\d]{1,3}|thang (?:dau|cuoi)|thang \d{1,2}) )\bnam (?:hoc )?(\d{4})\b/g)].some(
    (m) => Number(m[1]) === held,
  )
  return /\bda (chu tri|to chuc|dien ra|duoc to chuc|doi thoai)\b/.test(key) || named
}

/** A works' milestone before its time (folded): "… được khởi công từ tháng 3/2018", "khánh thành vào …". */
const WORKS_MILESTONE = /\b(khoi cong|khanh thanh|thong xe|thanh lap|di vao hoat dong)$/
/** A later round of a series, told as the one at hand (folded): "đây là lần đối thoại thứ hai …". */
const LATER_ROUND = /\bday la (lan|buoi|hoi nghi|cuoc)( doi thoai| tiep xuc)? thu (hai|ba|tu|nam|\d)\b/
/** The first of a series told as held, in a news item on a later one (folded): "lần thứ nhất được tổ chức vào …". */
const FIRST_HELD = /\b(lan|buoi|hoi nghi|cuoc)( doi thoai| tiep xuc)? (thu nhat|dau tien|truoc)( da)? (duoc )?to chuc$/

/**
 * A time a news item gives for another occasion than a session: "Năm 2015, hội nghị tương tự được UBND tỉnh tổ chức vào
 * tháng 11" (a month of an earlier year it opens with, in an item of 2016), "… lần thứ nhất được tổ chức vào tháng
 * 4/2018" (the first of the series, held), "Dự án … được khởi công từ tháng 3/2018" (the works' milestone).
 */
function otherOccasion(text: string, time: SessionTimeRead | null, year: number | null | undefined): boolean {
  const key = fold(text)
  const opening = /^(?:trong )?nam (\d{4}),/.exec(key)
  if (opening && year && Number(opening[1]) < year && time?.precision !== 'day') {
    return true
  }
  // (Every clause that gives a day or a month: "…; lần thứ nhất được tổ chức vào tháng 4/2018, đã giải quyết …".)
  const dated = key.split(/[;.]\s+|,\s+/).filter((clause) => /\b(thang|ngay) \d{1,2}\b|(?<!\d)\d{1,2}\/\d{1,4}(?!\d)/.test(clause))
  const other = (clause: string) => {
    const before = clause.split(/\s(?=(?:vao |tu |trong )?(?:thang|ngay) \d|(?:vao |tu |trong )?\d{1,2}\/)/)[0] ?? ''
    // (The first of a series is held already only beside the one it tells of: "Đây là lần đối thoại thứ hai …; lần thứ
    // nhất được tổ chức vào …"; a plan's "Hội nghị thứ nhất được tổ chức vào ngày …" is to be held.)
    return (FIRST_HELD.test(before.trim()) && LATER_ROUND.test(key)) || WORKS_MILESTONE.test(before.trim())
  }
  return dated.length > 0 && dated.every(other)
}

/**
 * An adjusting notice's line of what is now ("- Thời gian theo Kế hoạch số 412: 14 giờ 00, ngày 12/9/2019." / "- Nay
 * không tổ chức do các bên đã … hòa giải thành …"): the session is cancelled (one put off, "Nay tạm hoãn …", is not).
 */
function cancelledNow(text: string): boolean {
  const now = /^(nay|sau (khi )?dieu chinh)[\s:,]+/.exec(fold(text))
  const rest = now ? fold(text).slice(now[0].length) : ''
  return now !== null && CANCELLED_CUE.test(rest) && !/^tam (hoan|dung)\b/.test(rest)
}

/**
 * A notice of change whose paragraph recites the day first and gives the new one after: "(TTV)- Theo kế hoạch, lịch tiếp
 * … là vào ngày 20/01. Tuy nhiên, do …, đồng chí sẽ tiếp … vào thứ Hai, ngày 22/02, tại …": read from the sentences after
 * the recital.
 */
function afterRecital(p: OutlineNode, time: TimeContext): OutlineNode {
  const sentences = p.text.split(/(?<=[.;])\s+(?=\p{Lu})/u)
  const first = sentences[0] ?? ''
  if (sentences.length < 2 || !RECITED_SCHEDULE.test(fold(first)) || readSessionTime(first, time)?.precision !== 'day') {
    return p
  }
  const rest = sentences.slice(1).join(' ')
  return readSessionTime(rest, time)?.precision === 'day' ? { ...p, text: rest } : p
}

/** Every sentence of the paragraph recites another document's schedule, none says what is now ("Nay …"). */
function recitesOnly(text: string): boolean {
  const sentences = text.split(/(?<=[.;])\s+(?=\p{Lu})/u).map(fold)
  // ("Theo kế hoạch, lịch tiếp dân … là ngày 21/10/2019. Tuy nhiên, trùng vào thời gian này, …": the sentences after the
  // recited day say why it changes; they give no day of their own.)
  const dated = sentences.filter((one) => /\d{1,2}\s*[/.-]\s*\d{1,2}/.test(one))
  return (dated.length > 0 ? dated : sentences).every((one) => RECITED_SCHEDULE.test(one) && !/\bnay\b/.test(one))
}

/**
 * A news item's speaker before what they say (folded): "Phó Chủ tịch Tổng Liên đoàn … Nguyễn Văn A cho biết, …", "Văn phòng
 * Chính phủ cho hay, …". What follows is the news, no work the speaker owes.
 */
const SPEAKER = /^[^,.;:]{3,120}? (cho biet|cho hay|thong tin|khang dinh|nhan manh)\s*[,:]\s*/

/** A news item's day of saying before its speaker (folded): "ngay 19-9, trung uong hoi a cho biet:", "chieu 4/5, … cho hay,". */
const SAID_ON = new RegExp(
  String.raw`^((sang|chieu|toi|trua|dem) )?(ngay )?\d{1,2}[/.-]\d{1,2}([/.-]\d{4})?, ` +
    String.raw`(?!.{0,6}\d)[^,.;:]{3,120}? (cho biet|cho hay|thong tin)\s*[,:]\s*`,
)

/** A paragraph that opens with the day its speaker said what follows, which names no day or month of its own. */
function saidOn(text: string): boolean {
  const key = fold(text)
  const said = SAID_ON.exec(key)
  return said !== null && !/\d{1,2}\s*[/.-]\s*\d{1,2}|\bthang \d|\bquy [ivx\d]|\bngay \d/.test(key.slice(said[0].length))
}

/**
 * Words that open with a body and the work it owes: "Sở A, Sở B chuẩn bị hồ sơ … các vụ việc đã đăng ký tiếp trong tháng
 * 01/2027, gửi …", not "Chủ tịch UBND quận chủ trì tổ chức đối thoại với …", which names a session it hosts.
 */
function opensWithWork(text: string): boolean {
  if (SPEAKER.test(fold(text))) {
    return false
  }
  const work = bodyHeading(text)
  const opening = fold(work?.rest ?? '')
    .split(' ')
    .slice(0, 8)
    .join(' ')
  // ("Đề nghị Báo A, Đài B đăng tải lịch tiếp công dân này trong ngày 03/10/2023", "Giao Phòng C tổng hợp kết quả tiếp
  // công dân quý IV/2023 …": a request to a body is its work, whatever the reception its words name.)
  const asked = /^(de nghi|giao|yeu cau) /.test(fold(text))
  return !!work?.rest && /^\p{Ll}/u.test(work.rest) && OBLIGATION_VERBS.test(work.rest) && (asked || !SESSION_WORD.test(opening))
}

/** A sentence that gives bodies of a kind their work: "UBND các xã tổ chức đối thoại với Nhân dân trên địa bàn …". */
function delegated(text: string): boolean {
  const work = bodyHeading(text)
  return (
    work !== null &&
    work.bodies.length > 0 &&
    work.bodies.every((b) => /\b(cac|moi|tung)\b/.test(fold(b.name))) &&
    /^\p{Ll}/u.test(work.rest ?? '') &&
    OBLIGATION_VERBS.test(work.rest ?? '')
  )
}

/** The rows of a two-column table of labels ("| Nội dung | … |", "| Thời gian | … |"), or null when it is a table of another kind. */
function fieldRows(table: OutlineNode): { fields: ReturnType<typeof fieldsOfCell>; value: string }[] | null {
  // (Not a table of one session a column, whose cells of a row are the same field of different sessions.)
  if (turnedTable(table)) {
    return null
  }
  const header = table.children[0]?.header ?? null
  const rows = [...(header ? [header] : []), ...table.children.map((r) => r.cells ?? [])]
  const pairs = rows
    .map((cells) => ({ fields: fieldsOfCell(cells[0] ?? ''), value: cells.slice(1).filter(Boolean).join(' ') }))
    .filter((p) => p.fields.length > 0)
  return pairs.length >= 2 && pairs.length >= rows.length * 0.6 ? pairs : null
}

/**
 * The fields a label cell names: "Thời gian", "Địa điểm:". A cell that holds its value too ("Thời gian: thông báo sau")
 * is a schedule's time cell, not a label of the column beside it.
 * (A Word list copied with a tab between its dashed label and the value, "- Nội dung:⇥Đối thoại với …", puts the list's
 * dash in the label's cell: the dash is the list's, the label is "Nội dung".)
 */
function fieldsOfCell(cell: string) {
  const labelled = labelledOf(cell.replace(/^[-–+*•]\s*/, '').replace(/:\s*$/, ''))
  return labelled && !labelled.value ? labelled.fields : []
}

/** A line of a diary that opens with its day: "Thứ Tư (ngày 09/3):", "Ngày 15/3 (thứ Ba):", "Chủ nhật, ngày 20/3:". */
const DIARY_DAY = new RegExp(
  String.raw`^((thứ\s+(hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)[\s,]*\(?\s*ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}([/.-]\d{2,4})?\s*\)?` +
    String.raw`|ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}([/.-]\d{2,4})?(\s*\([^()]{2,12}\))?)\s*:`,
  'iu',
)

/**
 * The part of a day an appointment of a diary opens with: "Sáng 8 giờ,", "Chiều 14 giờ 30:", "Buổi sáng (từ 08 giờ 00):",
 * "Cả ngày:", "Tối:", or its hour alone: "8h00:", "Lúc 14 giờ,".
 */
const DIARY_SLOT = new RegExp(
  // ("Buổi sáng (từ 08 giờ 00):": its hour in brackets.)
  String.raw`^(((buổi\s+)?(sáng|chiều|trưa|tối)|cả ngày)((\s+lúc)?\s+\d{1,2}\s*(giờ|h)(\s*\d{1,2})?(\s*phút)?` +
    String.raw`|\s*\(\s*(từ|lúc)?\s*\d{1,2}\s*(giờ|h)(\s*\d{1,2})?(\s*phút)?\s*\)` +
    // ("Sáng: 07h30: …", the half then its hour.)
    String.raw`|\s*[:,–-]\s*(lúc\s+)?\d{1,2}\s*(giờ|h)(\s*\d{1,2})?(\s*phút)?(?=\s*[,:–-]))?` +
    String.raw`|(lúc\s+)?\d{1,2}\s*(giờ|h)(\s*\d{1,2})?(\s*phút)?(?=\s*[,:]))\s*[,:–-]?\s*`,
  'iu',
)

/** An appointment that is a session of the family: a dialogue or a reception, chaired or not ("chủ trì hội nghị đối thoại với …"). */
// ("Buổi sáng: tiếp xúc cử tri phường A, tại …": deputies meeting their voters, a dialogue too.)
const DIARY_SESSION = new RegExp(
  String.raw`^(chủ trì\s+)?((hội nghị|buổi)\s+)?(gặp mặt,?\s+)?` +
    String.raw`(tiếp xúc,?\s+đối thoại|tiếp xúc\s+cử tri|TXCT|đối thoại|tiếp công dân|tiếp dân)(?![\p{L}])`,
  'iu',
)

/**
 * The appointments of one day of a diary that are sessions: "Thứ Năm (ngày 17/3): Sáng 8 giờ, làm việc với …. Chiều 14
 * giờ, đối thoại với các hộ kinh doanh … về …, tại Nhà văn hóa … (mời … cùng dự)." → its time of day and "đối thoại
 * với các hộ kinh doanh … về …" (where it is held and who is invited aside).
 */
function appointmentsOf(text: string): { when: string; what: string; sentence: string }[] {
  const day = text.replace(DIARY_DAY, '').trim()
  return day
    .split(/(?<=[.;])\s+(?=\p{Lu})/u)
    .map((sentence) => {
      const slot = DIARY_SLOT.exec(sentence)?.[0] ?? ''
      const what = sentence.slice(slot.length)
      // (Where it is held ends it, after a comma or not: "… xã A, huyện B tại hội trường UBND xã A." A reception's office
      // stays its own words: "Tiếp công dân định kỳ tại Trụ sở Tiếp công dân huyện".)
      // (So does a hall after a dash: "TXCT xã A, huyện B - HT UBND xã A".)
      const end = what.search(APPOINTMENT_END)
      return { when: slot.replace(/[\s,:]+$/, ''), what: (end > 0 ? what.slice(0, end) : what).trim(), sentence }
    })
    .map((a) => {
      // A leader's diary names who holds each appointment first ("8 giờ 00: Phó Chủ tịch UBND tỉnh Nguyễn Văn A đối
      // thoại với các hộ dân … về …"): the dialogue is named from its word on; a reception keeps whose it is ("Chủ tịch
      // UBND tỉnh tiếp công dân định kỳ tháng 5").
      // ("Giám đốc Sở, các Phó Giám đốc Sở dự Hội nghị gặp mặt, đối thoại giữa Chủ tịch UBND tỉnh với doanh nghiệp …": a
      // dialogue the leaders attend, named from the conference on; not "dự Hội nghị triển khai công tác tiếp công dân".)
      const attended = ATTENDED_DIALOGUE.exec(a.what)?.[1]
      if (attended) {
        return { ...a, what: attended.replace(/^./, (c) => c.toUpperCase()) }
      }
      const host = DIARY_HOST.exec(a.what)
      if (!host || !DIARY_SESSION.test(a.what.slice(host[0].length))) {
        return a
      }
      const own = a.what.slice(host[0].length)
      return { ...a, what: /^(tiếp công dân|tiếp dân)/iu.test(own) ? a.what : own.replace(/^./, (c) => c.toUpperCase()) }
    })
    .filter((a) => DIARY_SESSION.test(a.what.replace(DIARY_HOST, '')) && a.what.split(/\s+/).length >= 4)
}

/** Where a diary's appointment ends: its place after "tại" or a dash, who is invited, its full stop. */
const APPOINTMENT_END = new RegExp(
  String.raw`,\s+tại\s|\s+tại\s+(hội trường|nhà văn hóa|nhà văn hoá|phòng họp)\s|\s+[-–]\s+(HT|hội trường|nhà văn hóa|trụ sở)\s|` +
    String.raw`\s*\((mời|thành phần|có)\s|[.;]\s*$`,
  'iu',
)

/** Who holds a diary's appointment, before its verb: "Chủ tịch UBND tỉnh ", "Phó Chủ tịch Thường trực UBND tỉnh Nguyễn Văn A ". */
const DIARY_HOST = new RegExp(
  String.raw`^(đồng chí |đ\/c )?(chủ tịch|phó chủ tịch|bí thư|phó bí thư|giám đốc|phó giám đốc|thường trực|lãnh đạo|PCT|CT|PBT|BT|` +
    String.raw`tổ đại biểu|đoàn đại biểu)` +
    // (Whose title and name, not what else they do: "PCT Trần Thị B dự Hội nghị triển khai công tác tiếp công dân" is no reception.)
    // (A remark in brackets goes with it: "Tổ đại biểu số 1 (đơn vị bầu cử số 1)".)
    String.raw`(?![\p{L}])(?:\([^()]{1,60}\)|(?!(?:dự|họp|làm việc|kiểm tra|triển khai|công tác|nghe|thăm)(?![\p{L}]))[^,;:.()])` +
    String.raw`{0,60}?\s+(sẽ\s+)?(trực tiếp\s+)?(chủ trì\s+)?` +
    // ("Giám đốc Sở chủ trì Hội nghị đối thoại với công chức …": the conference that is the dialogue.)
    String.raw`(?=((hội nghị|buổi)\s+)?(tiếp xúc,?\s+đối thoại|tiếp xúc\s+cử tri|đối thoại|tiếp công dân|tiếp dân)(?![\p{L}]))`,
  'iu',
)

/** Titles of a leader who holds an appointment or presides, written out or short: "Chủ tịch", "PCT", "Giám đốc". */
const LEADER_TITLES = String.raw`chủ tịch|phó chủ tịch|bí thư|phó bí thư|giám đốc|PCT|CT`

/** An appointment that opens with its hour or with who holds it: "08h00: Chủ tịch …", "PCT Trần Thị B …". */
const APPOINTMENT_OF_LEADER = new RegExp(
  String.raw`^(\d{1,2}\s*(giờ|h)\s*\d{0,2}\s*(phút)?\s*[:,]\s*)?(đồng chí|đ\/c|${LEADER_TITLES})(?![\p{L}])`,
  'iu',
)

/** A leader who attends a conference that is a dialogue, and the conference (captured): "Giám đốc Sở dự Hội nghị đối thoại …". */
const ATTENDED_DIALOGUE = new RegExp(
  String.raw`^(?:(?:đồng chí|đ\/c)\s+)?(?:${LEADER_TITLES})(?![\p{L}])[^:;.()]{0,80}?\s+dự\s+` +
    String.raw`((?:hội nghị|buổi|phiên)\s+(?:gặp mặt,?\s+)?(?:tiếp xúc,?\s+)?(?:đối thoại|tiếp xúc\s+cử tri)(?![\p{L}]).*)$`,
  'iu',
)

/** A half of a day and whom it meets: "- Sáng: Lái Thiêu; An Sơn;", "- Buổi chiều: xã A, xã B.". */
const HALF_WITH_PLACES = /^((?:buổi\s+)?(?:sáng|chiều|tối|trưa))\s*:\s*(.{3,200}?)[\s;.]*$/iu

/**
 * The halves of days, each the meeting of the places it lists (see visit): under a day alone, or after the line of the day
 * among the part's lines ("I. THỜI GIAN TIẾP XÚC" / "Ngày 02/08/2022: (Thứ Ba)" / "- Sáng: …" / "- Chiều: …" / "Ngày
 * 03/08/2022: …" / …, the next day's line may hang under the last half). None unless two or more, each after its day.
 */
function halfDayMeetings(
  n: OutlineNode,
  heading: SessionTimeRead | null,
  ctx: Context,
): { line: OutlineNode; when: SessionTimeRead; what: string }[] {
  // (Every node is looked at: the times are read only where two of its items are halves.)
  if (n.children.filter((c) => c.kind === 'item' && HALF_WITH_PLACES.test(c.text.trim())).length < 2) {
    return []
  }
  const onlyTime = (text: string) =>
    withoutTime(text)
      .replace(/\([^()]*\)/g, '')
      .replace(/[\s:.,;-]+/g, '') === ''
  const dayAlone = (text: string) => {
    const time = readSessionTime(text, ctx.time)
    return time?.precision === 'day' && onlyTime(text) ? time : null
  }
  const lines = n.children.flatMap((c) => [c, ...(c.kind === 'item' ? c.children.filter((g) => g.kind === 'text') : [])])
  const meets = (what: string) => VOTER_MEETINGS.test(fold(ctx.subject)) || SESSION_WORD.test(fold(what))
  const found: { line: OutlineNode; when: SessionTimeRead; what: string }[] = []
  let day = heading && onlyTime(n.text) ? heading : null
  let dayText = n.text
  for (const line of lines) {
    const half = line.kind === 'item' ? HALF_WITH_PLACES.exec(line.text.trim()) : null
    // (An item of another kind with its own time is a session of its own: not a list of halves.)
    const timed = line.kind === 'item' && !half && (readSessionTime(line.text, ctx.time)?.precision ?? 'unscheduled') !== 'unscheduled'
    if (timed) {
      return []
    }
    if (!half) {
      const own = line.kind === 'text' ? dayAlone(line.text) : null
      ;[day, dayText] = own ? [own, line.text] : [day, dayText]
      continue
    }
    // ("- Sáng: 08h00: Chủ tịch dự Hội nghị …": a leader's appointment in a work calendar, not the places a half meets.)
    if (!day || !meets(half[2] ?? '') || APPOINTMENT_OF_LEADER.test(half[2] ?? '')) {
      return []
    }
    found.push({ line, when: { ...day, text: `${dayText.replace(/[:.\s]+$/, '')} ${half[1]}` }, what: half[2] ?? '' })
  }
  return found.length >= 2 ? found : []
}

/** A half of a day and what it holds, as a clause of a line: "sáng tiếp xúc cử tri xã A (tại …)", "chiều - xã B, huyện C". */
const HALF_CLAUSE = /^(?:buổi\s+)?(sáng|chiều|tối)(?:\s*[-–:]\s*|\s+)(.{3,})$/iu
/** A district-level place (a district, a town, a city), to tell which one a commune belongs to. */
const DISTRICT_IN = /(?<![\p{L}])(?:huyện|thị xã|thành phố|quận)\s+\p{Lu}[\p{L}']*(?:\s+\p{Lu}[\p{L}']*)*/gu

/** Where a voter meeting's places end in its clause: its time or hall after them ("… vào sáng thứ Tư", "… tại Hội trường …"). */
const PLACES_END = /\s+(?:vào|tại|lúc|từ)\s|[.;,]?\s*$/u
/** A voter meeting and the place of its voters after it: "tiếp xúc cử tri xã A", "… thị trấn B", "… chuyên đề với …". */
const MEETING_OF_PLACE = new RegExp(
  String.raw`(?<![\p{L}])tiếp xúc cử tri\s+(?=(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|thôn|bản|ấp|chuyên đề)\s)`,
  'iu',
)
/** The district after a list of places: "…, huyện Bát Xát". */
const LIST_DISTRICT = /,\s*((?:huyện|thị xã|thành phố|quận)\s+[^,;()]+)$/u
/** A half of the day in brackets after a place, its day with it or not: "(buổi sáng ngày 08/10)", "(buổi chiều)". */
const HALF_IN_BRACKETS = /\s*\((?:buổi\s+)?(sáng|chiều|tối)([^()]*)\)/u

/**
 * A news item's paragraph of voter meetings told clause after clause: "Tổ đại biểu số 1 … sẽ tiếp xúc cử tri xã A (buổi
 * sáng ngày 08/10) và xã B (buổi chiều ngày 08/10), huyện C; tiếp xúc cử tri xã D, huyện E vào sáng thứ Tư, ngày
 * 09/10/2024." — a meeting each place that has its own half of the day, or each clause: "Tiếp xúc cử tri xã A, huyện C",
 * "Tiếp xúc cử tri xã D, huyện E". Nothing unless the paragraph gives two or more.
 */
function votersInProse(text: string, time: TimeContext): { text: string; time: SessionTimeRead; topic: string }[] {
  const out: { text: string; time: SessionTimeRead; topic: string }[] = []
  for (const clause of text.split(/(?<=[.;])\s+/)) {
    // (Only where the words after it name where the voters are: "… xã A", "… chuyên đề với …"; not "gửi báo cáo kết quả
    // tiếp xúc cử tri về Thường trực HĐND huyện".)
    const at = clause.search(MEETING_OF_PLACE)
    if (at === -1) {
      continue
    }
    // (A clause of meetings without a day of its own, "buổi chiều từ 14 giờ, tiếp xúc cử tri tại các huyện …", goes on from
    // the one before: the paragraph is read clause by clause elsewhere.)
    const day = readSessionTime(clause, time)
    if (day?.precision !== 'day') {
      return []
    }
    const after = clause.slice(at).replace(/^tiếp xúc cử tri\s+/iu, '')
    let places = after.slice(0, after.search(PLACES_END) === -1 ? after.length : after.search(PLACES_END))
    const district = LIST_DISTRICT.exec(places)
    places = district ? places.slice(0, district.index) : places
    const parts = places.split(/\s+và\s+(?=(?:xã|phường|thị trấn)\s)/u)
    const halves = parts.map((part) => HALF_IN_BRACKETS.exec(part))
    const apart = parts.length >= 2 && halves.every((half) => half !== null)
    for (const [k, part] of (apart ? parts : [places]).entries()) {
      const own = apart ? readSessionTime(`${halves[k]![1]}${halves[k]![2] ?? ''}`, time) : null
      const place = part.replace(HALF_IN_BRACKETS, '').trim()
      if (place.split(/\s+/).length < 2) {
        continue
      }
      out.push({
        text: clause,
        time: own?.precision === 'day' ? own : day,
        topic: `Tiếp xúc cử tri ${place}${district ? `, ${district[1]}` : ''}`,
      })
    }
  }
  return out.length >= 2 ? out : []
}

/** A group of deputies and the district it stands for: "Tổ đại biểu HĐND tỉnh ứng cử tại huyện Tuy An (…)". */
const GROUP_DISTRICT = /^(?:tổ|nhóm|đoàn)\s+(?:đại biểu|ĐB)[^:(]{0,60}?\s(?:ứng cử|bầu cử|tiếp xúc cử tri)\s+tại\s+/iu
/** A meeting named by its commune alone: "Tiếp xúc cử tri xã A tại Hội trường UBND xã A" (the place after "tại" apart). */
const COMMUNE_MEETING = /^(tiếp xúc cử tri\s+(?:xã|phường|thị trấn)\s+[^,;:]+?)(?:\s+tại\s+.*)?$/iu

/**
 * "1. Tổ đại biểu HĐND tỉnh ứng cử tại huyện Tuy An (…)" over "- Sáng thứ Hai, 25/11/2019: tiếp xúc cử tri xã An Ninh Tây
 * tại Hội trường UBND xã An Ninh Tây.": each meeting the group holds in a commune of its district is named by the commune
 * and that district ("Tiếp xúc cử tri xã An Ninh Tây, huyện Tuy An"), as a line giving both is.
 */
function withGroupDistrict(n: OutlineNode, found: DraftSession[]): void {
  const at = n.kind === 'item' ? GROUP_DISTRICT.exec(n.text) : null
  const district = at ? n.text.slice(at[0].length).match(DISTRICT_IN)?.[0] : undefined
  if (!at || !district || n.text.slice(at[0].length).search(DISTRICT_IN) !== 0) {
    return
  }
  for (const session of found) {
    const commune = COMMUNE_MEETING.exec(session.topic)?.[1]
    if (commune && !commune.match(DISTRICT_IN)) {
      session.topic = `${commune}, ${district}`
    }
  }
}

/**
 * The meetings of one line of a voter-meeting schedule that gives a day's halves as clauses after who meets or when
 * ("Tổ đại biểu … ứng cử tại huyện A: sáng tiếp xúc cử tri xã B (tại Hội trường UBND xã); chiều tiếp xúc cử tri xã C
 * (tại …)." under "1. Thứ Hai, ngày 18/11/2019"; "Thứ Hai (14/4): sáng - xã D, huyện E (HT UBND xã); chiều - xã F, huyện
 * E (…)" under "TỔ 1 (…)"): a meeting a half, named by the commune it meets, with the group's district when the clause
 * leaves it out. None unless every clause after the colon opens with its half, and one of them holds a meeting
 * ("chiều làm việc với Tổ trưởng các Tổ đại biểu (không tiếp xúc cử tri)" holds none).
 */
function halfClauseMeetings(n: OutlineNode, ctx: Context, around: string): { line: OutlineNode; when: SessionTimeRead; what: string }[] {
  const colon = n.text.indexOf(':')
  const prefix = colon === -1 ? '' : n.text.slice(0, colon)
  const clauses = n.text
    .slice(colon + 1)
    .split(';')
    .map((c) => c.trim().replace(/[.\s]+$/, ''))
    .filter(Boolean)
  // (A line that opens with its half, "Sáng: Thường trực HĐND tỉnh tiếp xúc cử tri chuyên đề …", is read as a line is.)
  if (colon === -1 || HALF_WITH_PLACES.test(`${prefix}: x`) || clauses.length === 0) {
    return []
  }
  const halves = clauses.map((c) => HALF_CLAUSE.exec(c))
  // (The clauses first: most lines have none, and need no time read.)
  if (halves.some((h) => h === null)) {
    return []
  }
  const own = readSessionTime(prefix, ctx.time)
  const day = own?.precision === 'day' ? own : ctx.inherited?.precision === 'day' ? ctx.inherited : null
  if (!day) {
    return []
  }
  const voters = VOTER_MEETINGS.test(fold(ctx.subject))
  const districts = [...new Set([...(prefix.match(DISTRICT_IN) ?? []), ...(around.match(DISTRICT_IN) ?? [])])]
  const found = halves.flatMap((half) => {
    const rest = (half?.[2] ?? '').split(/\s*\(/)[0]?.replace(/[,\s]+$/, '') ?? ''
    if (/\bkhong (tiep xuc|doi thoai|tiep cong dan)\b/.test(fold(half?.[2] ?? ''))) {
      return []
    }
    const what =
      voters && PLACE_OPENING.test(rest)
        ? meetingAt(rest)
        : SESSION_WORD.test(fold(rest))
          ? rest.charAt(0).toUpperCase() + rest.slice(1)
          : null
    if (!what) {
      return []
    }
    // ("tiếp xúc cử tri xã B" under "Tổ đại biểu … ứng cử tại huyện A": the commune of that district.)
    const district = districts.length === 1 && !rest.match(DISTRICT_IN) && new RegExp(PLACE_KIND, 'iu').test(rest) ? districts[0] : null
    return [
      {
        line: n,
        when: { ...day, text: `${day.text.replace(/[:.\s]+$/, '')} ${half?.[1] ?? ''}` },
        what: district ? `${what}, ${district}` : what,
      },
    ]
  })
  return found
}

/**
 * The lines of a day's halves written under it without a bullet, each opening with its half or its hour ("Sáng: 8h00 -
 * …", "Chiều: 14h00 - …"), two or more before any other line ("Thành phần mỗi điểm: …" after the last day's): none else.
 */
function halfLines(n: OutlineNode): OutlineNode[] {
  const opening = n.children.findIndex((c) => c.kind !== 'text' || !DIARY_SLOT.test(c.text))
  const lines = opening === -1 ? n.children : n.children.slice(0, opening)
  return n.kind === 'item' && lines.length >= 2 && n.children.every((c) => c.kind === 'text') ? lines : []
}

/**
 * The appointments under a heading that is a day alone, each line opening with its time of day, that are sessions; and
 * whether the day is a leaders' calendar (an appointment opens with who holds it: "Sáng: 08h00: Chủ tịch dự …"), whose
 * other appointments name no session even when they mention one ("… họp … chuẩn bị buổi đối thoại ngày 08/3").
 */
function diaryAppointments(
  n: OutlineNode,
  day: SessionTimeRead,
): { appointments: { line: OutlineNode; when: SessionTimeRead; what: string }[]; calendar: boolean; rest: OutlineNode[] } {
  const slot = (text: string) => DIARY_SLOT.exec(text)?.[0] ?? ''
  // ("THỨ HAI, NGÀY 17/7/2023" / "Sáng: 8h00 - Tổ đại biểu số 1 tiếp xúc cử tri xã A. …" / "Chiều: 14h00 - …": the halves
  // as lines of their own, no bullet before them.)
  const own = n.children.filter((c) => c.kind === 'item')
  const halves = halfLines(n)
  const items = own.length === 0 && halves.length > 0 ? halves : own
  // ("a) Thứ Tư, ngày 26-6-2013:" / "- Đơn vị bầu cử số 01 (…)." / "* Buổi sáng: tiếp xúc cử tri phường A, …": the day's
  // appointments grouped under who holds them; the groups' lines are the day's.)
  const grouped = items.length > 0 && items.every((c) => slot(c.text) === '' && c.children.some((g) => g.kind === 'item'))
  const all = grouped ? items.flatMap((c) => c.children.filter((g) => g.kind === 'item')) : items
  // ("Thứ Sáu 29/7/2022" / "- 8h00: TXCT chuyên đề …" and, under it in a chat, the message's requests "- MTTQ các xã …:
  // thông báo …": the day's appointments are its lines up to the first without an hour, none after it having one.)
  const lead = all.findIndex((l) => slot(l.text) === '')
  const lines = lead > 0 && all.slice(lead).every((l) => slot(l.text) === '') ? all.slice(0, lead) : all
  if (withoutTime(n.text) !== '' || lines.length === 0 || !lines.every((l) => slot(l.text) !== '')) {
    return { appointments: [], calendar: false, rest: [] }
  }
  // ("- Sáng: 07h30: Chủ tịch … dự Lễ chào cờ …. 08h00: Chủ tịch, các PCT họp giao ban …" / "  14h00: PCT … kiểm tra …":
  // a line of a half may hold several appointments, each opening with its hour, and go on below with more.)
  const pieces = (line: OutlineNode) =>
    [line.text, ...line.children.filter((c) => c.kind === 'text' && slot(c.text) !== '').map((c) => c.text)].flatMap((text) =>
      text.split(/(?<=[.;])\s+(?=\d{1,2}\s*(?:h|giờ)\s*\d{0,2}\s*:)/u),
    )
  const split = lines.flatMap((line) => pieces(line).map((piece) => ({ line, piece })))
  const calendar = split.some(({ piece }) => APPOINTMENT_OF_LEADER.test(piece.slice(slot(piece).length)))
  const appointments = split.flatMap(({ line, piece }) => {
    const when = slot(piece)
    const clock = readClock(when)
    return appointmentsOf(piece)
      .slice(0, 1)
      .filter((a) => a.sentence === piece || piece.startsWith(a.sentence))
      .map((a) => ({
        line,
        when: {
          ...day,
          hour: clock?.hour ?? null,
          minute: clock?.minute ?? null,
          text: `${n.text.replace(/[:.]+$/, '')} ${when.replace(/[\s,:]+$/, '')}`,
        },
        what: a.what,
      }))
  })
  return { appointments, calendar, rest: lines === all ? [] : all.slice(lines.length) }
}

/** The lines under a label that each carry their own day: the rows of a schedule written as a list. */
function scheduleLines(
  field: OutlineNode,
  time: TimeContext,
  week?: SessionTimeRead | null,
): { line: OutlineNode; text: string; time: SessionTimeRead }[] {
  const out: { line: OutlineNode; text: string; time: SessionTimeRead }[] = []
  const timed = (line: OutlineNode) => {
    const read = readSessionTime(line.text, time)
    return read !== null && read.precision !== 'unscheduled'
  }
  // ("Phân công đại biểu tham gia tiếp công dân …:" over "- Tháng 02, 03 và 04: đại biểu Tổ số 1 (…)": see assignedLines.)
  const assigned = assignedLines(field)
  for (const [at, line] of field.children.entries()) {
    if (assigned.has(line)) {
      continue
    }
    // "Tháng 01/2017 (nghỉ Tết …), tháng 7 và tháng 12/2017 (…), Thường trực HĐND phường không tiếp công dân định kỳ": the
    // months the schedule leaves out.
    if (MONTHS_NOT_HELD.test(fold(line.text)) && readSessionTime(line.text, time)?.precision !== 'day') {
      continue
    }
    // "Thường trực HĐND phường … tiếp công dân định kỳ vào ngày 15 hằng tháng trong các tháng: 02, 03, … và 11 năm 2017": a
    // line of the schedule each day its rule gives.
    const ruled = line.children.length === 0 ? readRecurringDays(line.text, time) : []
    if (ruled.length >= 2) {
      out.push(...ruled.map((read) => ({ line, text: line.text, time: read })))
      continue
    }
    // "Từ tháng 7 đến tháng 12 năm 2025, Chủ tịch UBND xã tổ chức 03 lần đối thoại …, mỗi lần theo một chuyên đề:" over
    // "- Lần thứ nhất, vào hồi 08 giờ 00 ngày 29 tháng 7 …" / "- Lần thứ hai, trong tháng 10 …": the sentence announcing the
    // lines gives the plan's period, not a row of its own; the lines after it, each with its own time, are the rows.
    if (/:\s*$/.test(line.text) && field.children.slice(at + 1).filter(timed).length >= 2) {
      continue
    }
    // "Năm 2027, Chủ tịch UBND huyện tổ chức 03 hội nghị đối thoại tại 03 cụm xã, cụ thể: cụm số 1 gồm …, tổ chức vào
    // lúc 8 giờ 00 ngày 15/6/2027 tại …; cụm số 2 gồm …, ngày 13/7/2027 tại …": one paragraph, a session a part, each
    // part's words its own (the sentence that announces them all is no part of the first).
    const parts = line.children.length === 0 ? daysApart(line.text, time) : []
    if (parts.length >= 2) {
      out.push(
        ...parts.map((part, k) => ({
          line,
          text: k === 0 ? part.text.replace(/^.*?(?<![\p{L}])(cụ thể|như sau)\s*:\s*/iu, '') : part.text,
          time: part.time,
        })),
      )
      continue
    }
    // "- Buổi 1: Đối thoại với các hộ … buôn A." / "  Lúc 8h00 ngày 17/4/2025, tại …": a line naming its session whose
    // time is on the line written under it.
    const own = readSessionTime(line.text, time)
    const under =
      line.children.length > 0 &&
      line.children.every((c) => c.kind === 'text' && c.children.length === 0) &&
      (SESSION_WORD.test(fold(line.text)) || RANKED.test(line.text))
    const text = (!own || own.precision === 'unscheduled') && under ? fullText(line).replace(/\n/g, ' ') : line.text
    const several = readSessionDays(text, time)
    let first = text === line.text ? own : readSessionTime(text, time)
    // "- Huyện Như Xuân: trong tuần, tại …" under "Tuần 4 (từ 28/10 – 01/11/2024):": some day of that week.
    if ((!first || first.precision === 'unscheduled') && week?.precision === 'month' && /\btrong tuan\b/.test(fold(line.text))) {
      first = week
    }
    // "- Buổi thứ hai: lúc 14 giờ 00 cùng ngày, tại …": the day of the line before, at its own hour.
    const previous = out.at(-1)?.time
    if ((!first || first.precision === 'unscheduled') && several.length === 0 && previous && /\bcung ngay\b/.test(fold(line.text))) {
      const clock = readClock(line.text)
      first = { ...previous, hour: clock?.hour ?? null, minute: clock?.minute ?? null, text: line.text }
    }
    // (Two lines on one day are two sessions, morning and afternoon; a line's own days are counted once.)
    for (const read of several.length > 0 ? several : first ? [first] : []) {
      if (read.precision !== 'unscheduled' && !out.some((o) => o.line === line && o.time.start === read.start)) {
        out.push({ line, text, time: read })
      }
    }
  }
  return out
}

function readClock(text: string): { hour: number; minute: number } | null {
  const m = /(\d{1,2})\s*(?:giờ|h)\s*(\d{1,2})?/i.exec(text)
  return m ? { hour: Number(m[1]), minute: m[2] ? Number(m[2]) : 0 } : null
}

/** The schedule's heading when it is the document's subject in short ("Lịch tiếp công dân định kỳ"), else the heading. */
/**
 * The title in capitals just above a table under a heading that names nothing ("PHỤ LỤC" / "LỊCH TỔ CHỨC ĐỐI THOẠI GIỮA
 * CHỦ TỊCH UBND CẤP HUYỆN VỚI THANH NIÊN NĂM 2024 (Kèm theo Kế hoạch số …)"): the schedule's own name, which its rows
 * share, in the case of a sentence ("Tổ chức đối thoại giữa Chủ tịch UBND cấp huyện …"), the remark in brackets left out.
 */
function tableTitle(table: OutlineNode): string | null {
  const siblings = table.parent?.children ?? []
  const before = siblings[siblings.indexOf(table) - 1]
  const text = (before?.kind === 'text' ? before.text : '').replace(/\s*\([^()]*\)\s*$/, '').trim()
  if (!isCaps(text) || !SESSION_WORD.test(fold(text))) {
    return null
  }
  const sentence = text
    .split(/\s+/)
    .map((word) => (CAPS_ABBREVIATIONS.includes(word) ? word : lowerVietnamese(word)))
    .join(' ')
    .replace(/^lịch\s+(tổ chức\s+)?/u, '')
    .replace(CAPITALIZED_TITLES, (m) => m.charAt(0).toUpperCase() + m.slice(1))
  return sentence.replace(/^./, (c) => c.toUpperCase())
}

/**
 * The "Nội dung: Đối thoại với …" line among the lines just above a table (before "Lịch cụ thể:"): what every row is
 * about when the rows carry only a place and a time, as a heading naming the dialogue would say.
 */
function labelledTopicBefore(table: OutlineNode): string | null {
  const siblings = table.parent?.children ?? []
  for (let i = siblings.indexOf(table) - 1; i >= 0 && siblings[i]?.kind === 'text'; i--) {
    const label = labelledOf(siblings[i]?.text ?? '')
    if (label?.fields.length === 1 && label.fields[0] === 'topic' && SESSION_WORD.test(fold(label.value))) {
      return label.value.replace(/[.;]+$/, '')
    }
  }
  return null
}

function subjectFor(heading: string, subject: string): string {
  // (Its period and its being adjusted are no part of what it is: "Lịch tiếp công dân định kỳ quý III/2015 sau điều chỉnh"
  // under "Điều chỉnh lịch tiếp công dân định kỳ của Chủ tịch UBND thị xã quý III năm 2015" is the subject's schedule.)
  const bare = (text: string) =>
    fold(text)
      .replace(/\b(quy [ivx\d]+|thang \d{1,2}|nam \d{4})(\s*[/.-]\s*\d{4})?\b|\b\d{4}\b|\b((sau|da) )?dieu chinh\b/g, ' ')
      .replace(/[^a-z0-9đ]+/g, ' ')
      .trim()
  const h = bare(heading.replace(/^Lịch\s+/i, ''))
  return !heading || h === '' || bare(subject).includes(h)
    ? subject
    : heading.replace(/^Lịch\s+/i, '').replace(/^./, (c) => c.toUpperCase())
}

/** The rank a session's words open with: "Hội nghị đối thoại thứ nhất: …" → 1, "Buổi 2" → 2; null without one. */
function rankOf(text: string): number | null {
  const m = SESSION_ORDINAL.exec(fold(text))
  if (!m || m.index !== 0) {
    return null
  }
  const token = m[4] ?? m[5] ?? ''
  return /^\d+$/.test(token) ? Number(token) : (ORDINALS[token] ?? null)
}

/** "Hội nghị thứ nhất: Bắt đầu lúc 08 giờ 00 ngày 20/4/2023, tại …", "Hội nghị thứ tư: Quý IV/2023, tại …": the rank, then its time. */
/** A short label and what follows it: "Hội nghị thứ nhất: …". */
const RANK_LABEL = /^([^:]{3,40}):\s*(.+)$/

/** A session with no time yet. */
const NO_TIME: SessionTimeRead = { precision: 'unscheduled', start: null, end: null, hour: null, minute: null, text: '' }

function timeAfterRank(line: string): boolean {
  const labelled = RANK_LABEL.exec(line)
  return !!labelled && isBareHeading(labelled[1] ?? '') && OPENS_WITH_TIME.test(labelled[2] ?? '') && ownSubject(line) === null
}

/**
 * The items that give a rank its subject and no time: "- Hội nghị thứ nhất: Đối thoại với Nhân dân xã A về …" → 1 →
 * "Đối thoại với Nhân dân xã A về …". Empty when a rank is named twice.
 */
function rankedSubjects(content: OutlineNode, time: TimeContext): Map<number, { text: string; line: string }> {
  const out = new Map<number, { text: string; line: string }>()
  const twice = new Set<number>()
  const walk = (n: OutlineNode) => {
    const labelled = n.kind === 'item' ? RANK_LABEL.exec(n.text) : null
    const rank = labelled && isBareHeading(labelled[1] ?? '') ? rankOf(n.text) : null
    const subject = (labelled?.[2] ?? '').replace(/[.;]+$/, '').trim()
    if (rank !== null && WITH_WHOM.test(fold(subject)) && /^(doi thoai|hoi nghi|tiep xuc|gap mat)\b/.test(fold(subject))) {
      if (readSessionTime(subject, time)?.start) {
        return
      }
      if (out.has(rank)) {
        twice.add(rank)
      }
      out.set(rank, { text: subject, line: n.text })
    }
    n.children.forEach(walk)
  }
  walk(content)
  return twice.size > 0 ? new Map<number, { text: string; line: string }>() : out
}

/**
 * A plan that says what each session is about in one part and when it is held in another: "1.1. Hội nghị đối thoại
 * thứ nhất: Đối thoại với … về …" under "Nội dung", then "1. Hội nghị đối thoại thứ nhất / Thời gian: … ngày 18/6" under
 * "Thời gian, địa điểm". One session each: the dated one under the bare rank, with the subject its rank is given
 * elsewhere. Only when every rank is named once on each side.
 */
function withRankedTopics(found: DraftSession[], ctx: Context, content: OutlineNode): DraftSession[] {
  const firstLine = (s: DraftSession) => (ctx.sources.get(s) ?? '').split('\n')[0] ?? ''
  const named = new Map<number, DraftSession>()
  const timed = new Map<number, DraftSession>()
  for (const session of found) {
    const line = firstLine(session)
    const rank = rankOf(line)
    if (rank === null) {
      continue
    }
    const side =
      session.time.precision === 'unscheduled' && !isBareHeading(line)
        ? named
        : session.time.precision !== 'unscheduled' && (isBareHeading(line) || timeAfterRank(line))
          ? timed
          : null
    if (!side || side.has(rank)) {
      return found
    }
    side.set(rank, session)
  }
  if (named.size === 0 && timed.size > 0) {
    // "- Hội nghị thứ nhất: Đối thoại với Nhân dân xã A về …" under "Nội dung", no time of its own, so no session: the
    // subject its rank is given there.
    for (const [rank, subject] of rankedSubjects(content, ctx.time)) {
      const session = draft(subject.text, emptyFields(), NO_TIME)
      ctx.sources.set(session, subject.line)
      named.set(rank, session)
    }
  }
  if (named.size === 0 || named.size !== timed.size || [...named.keys()].some((rank) => !timed.has(rank))) {
    return found
  }
  for (const [rank, subject] of named) {
    const session = timed.get(rank)!
    // (The subject without its rank: "Hội nghị đối thoại thứ nhất: Đối thoại với …" → "Đối thoại với …".)
    const label = /^([^:]{3,40}):\s*(.+)$/.exec(subject.topic)
    session.topic = label && isBareHeading(label[1] ?? '') ? (label[2] ?? subject.topic) : subject.topic
    session.audience = subject.audience ?? session.audience
    // Its words on both sides say where and with whom, for the tasks that name it by place or audience.
    ctx.sources.set(session, `${ctx.sources.get(session) ?? ''}\n${ctx.sources.get(subject) ?? ''}`)
  }
  const merged = new Set(named.values())
  return found.filter((s) => !merged.has(s))
}

/**
 * "a) Giám đốc Sở chủ trì Hội nghị đối thoại với doanh nghiệp …. Hội nghị dự kiến tổ chức vào ngày …": the body hosts
 * the dialogue the item schedules, no work of its own (folded, the words after the body).
 */
/**
 * A meeting the plan itself says is none of its sessions (folded): "Tổ chức Hội nghị tập huấn … vào ngày 29/8/2023 (theo Kế
 * hoạch số 140/KH-BQLKCN, không phải hội nghị đối thoại)", "… không thuộc phạm vi Kế hoạch này".
 */
const DISOWNED = /\bkhong phai (la )?((hoi nghi|buoi|cuoc) )?(doi thoai|tiep cong dan|tiep xuc)\b|\bkhong thuoc pham vi (cua )?ke hoach\b/
/**
 * (… or, in the very clause of its time, without "phạm vi": "Hội nghị người lao động năm 2025 tổ chức ngày 14/02/2025 theo Kế
 * hoạch riêng (đã thực hiện), không thuộc Kế hoạch này."; not a remark on other meetings below a session's lines.)
 */
const DISOWNED_HERE = /\bkhong thuoc (ke hoach|thong bao) nay\b/
/** The sentence of a text (folded) that holds the words a session's time was read from, or nothing. */
const sentenceOf = (text: string, timeText: string) =>
  timeText.length < 8 ? '' : (text.split(/(?<=[.;!?])\s+/).find((one) => one.includes(timeText.slice(0, 30))) ?? '')

/** "Riêng 02 tháng được điều chỉnh như sau:", "Riêng tháng 02/2024: …" (folded): the months a rule's schedule changes. */
const CHANGED_MONTHS = /^\s*rieng\b.{0,40}\bthang\b/

/**
 * A notice for a whole year ("Lịch tiếp công dân định kỳ của đồng chí Bí thư Huyện ủy năm 2024") that gives its days as a
 * rule ("… vào ngày 15 hằng tháng; nếu … trùng vào thứ Bảy, Chủ nhật … thì chuyển sang ngày làm việc kế tiếp") and lists
 * only the months it changes ("Riêng 02 tháng được điều chỉnh như sau: - Tháng 02/2024: … vào ngày 22/02/2024"): a session
 * each month, the rule's day in every month not changed. Unchanged when the notice lists its days (each month found) or
 * covers part of a year ("quý IV năm 2024", "6 tháng cuối năm 2024"): a rule over listed days is no session of its own.
 */
function withMonthsOfRule(found: DraftSession[], document: string, options: { title?: string }, ctx: Context): DraftSession[] {
  const title = fold(options.title ?? '')
  const y = Number(/\bnam (20\d{2})\b/.exec(title)?.[1] ?? NaN)
  const template = found[0]
  const months = new Set(found.map((s) => (s.time.precision === 'day' ? s.time.start?.slice(0, 7) : 'none')))
  if (
    !template ||
    !Number.isFinite(y) ||
    /\b(thang|quy)\b/.test(title) ||
    !document.split('\n').some((l) => CHANGED_MONTHS.test(fold(l))) ||
    months.size !== found.length ||
    [...months].some((m) => !m?.startsWith(`${y}-`))
  ) {
    return found
  }
  const line = document.split('\n').find((l) => readYearOfMonthDays(l, y).length > 0) ?? ''
  const days = readYearOfMonthDays(line, y)
  const added = days
    .filter((day) => !months.has(day.start?.slice(0, 7)))
    .map((day) => {
      const session: DraftSession = { ...template, time: { ...template.time, text: day.text, start: day.start, end: day.end } }
      session.startsAt = day.hour === null ? template.startsAt : { hour: day.hour, minute: day.minute ?? 0 }
      ctx.sources.set(session, line)
      ctx.roles.set(session, ctx.roles.get(template) ?? [])
      return session
    })
  return [...found, ...added].sort((a, b) => (a.time.start ?? '').localeCompare(b.time.start ?? ''))
}

/** The kinds of session a rule gives the days of (folded). */
const RULE_KIND = new RegExp(String.raw`\b(${RECEPTION_KINDS})\b`)
/** A heading that names a kind of reception and no more: "Tiếp công dân định kỳ", "2. Đối thoại định kỳ". */
const namesKindOnly = (text: string) => RULE_KIND.test(fold(text)) && text.trim().split(/\s+/).length <= 6
/**
 * A rule whose sentence is another meeting's, set beside the sessions: "Các hội nghị Nhân dân ở khu phố, họp tổ dân phố định
 * kỳ (vào ngày 20 hằng tháng) không thay thế các buổi đối thoại theo Kế hoạch này." (folded: the sentence says so).
 */
function othersRule(line: string, ruleText: string): boolean {
  const folded = fold(line)
  const at = folded.indexOf(fold(ruleText).slice(0, 20))
  const sentence = folded
    .split(/(?<=[.;])\s+/)
    .find((one) => at !== -1 && folded.indexOf(one) <= at && at < folded.indexOf(one) + one.length)
  // (Only where the words after the rule say the plan's own sessions are others: "… không thay thế các buổi đối thoại theo
  // Kế hoạch này"; not "trường hợp ngày 10 không phải là ngày làm việc …", nor "… không thay thế việc tiếp công dân …".)
  const after = sentence === undefined ? '' : sentence.slice(Math.max(0, at - folded.indexOf(sentence)))
  return /\bkhong (thay the|thuoc)\b[^.;]{0,40}\b(cac (buoi|cuoc|hoi nghi)|ke hoach nay|thong bao nay)\b/.test(after)
}

/** One kind however it is written: "tiếp dân" is "tiếp công dân". */
const kindsOf = (text: string) =>
  [...fold(text).matchAll(new RegExp(RULE_KIND.source, 'g'))].map((m) => (m[1] === 'tiep dan' ? 'tiep cong dan' : m[1]))

/**
 * Where the words a session was read from stand in the document, −1 when nowhere. (Where they stand as a line of their own
 * first: "2. Chương trình đối thoại giữa …" is the item, not the title's "Kế hoạch tổ chức Chương trình đối thoại giữa …"
 * above, which would put it before the items ahead of it.)
 */
function positionIn(document: string, source: string): number {
  const first = source.split('\n')[0]?.slice(0, 80) ?? ''
  const line = first && document.startsWith(first) ? 0 : first ? document.indexOf(`\n${first}`) : -1
  return line !== -1 ? line + (line > 0 ? 1 : 0) : first ? document.indexOf(first) : -1
}

/** "lịch tiếp công dân … trong năm 2024" (folded): a schedule and, soon after, the period it covers. */
const SCHEDULE_OF = new RegExp(String.raw`\blich (${RECEPTION_KINDS})\b.{0,80}`)

/** Words before a rule's subject: "Theo đó, …", "Cụ thể, theo lịch tiếp công dân năm 2022, …", "Thông báo nêu rõ, năm 2021, …". */
const RULE_PREAMBLE = new RegExp(
  String.raw`^(?:\s*(?:theo đó|cụ thể|ngoài ra|đồng thời|thông báo (?:nêu rõ|cho biết)|(?:trong )?năm \d{4}|` +
    String.raw`theo (?:lịch|kế hoạch|thông báo)[^,]{0,80}),)+\s*`,
  'iu',
)

/** A line that only leads to a list: "Lịch tiếp công dân định kỳ của lãnh đạo UBND tỉnh như sau:". */
const LEADS_TO_LIST = /:\s*$/

/**
 * The subject of a rule's line, the words before its days: "1. Chủ tịch UBND huyện tiếp công dân định kỳ vào ngày 10 và
 * ngày 25 hằng tháng, tại …" → "Chủ tịch UBND huyện tiếp công dân định kỳ"; "- Phó Chủ tịch UBND tỉnh: thứ Năm tuần thứ tư
 * hằng tháng" → "Phó Chủ tịch UBND tỉnh". Null when fewer than two words stand before them.
 */
function ruleSubject(line: string, ruleText: string): string | null {
  const text = line.trim()
  const { folded, map } = foldWithMap(text)
  const at = folded.indexOf(ruleText)
  // (Its own sentence, after a label: "Tăng cường đối thoại. Đồng thời, Chủ tịch …", "Công tác tiếp công dân: Chủ tịch …".)
  const sentence = (at > 0 ? text.slice(0, map[at] ?? 0) : '').split(/[.;]\s+(?=\p{Lu})|:\s+(?=\p{Lu})/u).at(-1) ?? ''
  const before = sentence
    .replace(RULE_PREAMBLE, '')
    .replace(/(?:[\s,:;(–-]|(?<!\p{L})(?:vào|là|các|ngày)(?!\p{L}))+$/iu, '')
    .trim()
  return before.split(/\s+/).length >= 2 ? before : null
}

/**
 * A notice or plan that names a period ("Lịch tiếp công dân định kỳ năm 2025", "… quý III/2024", "năm 2021, Chủ tịch …") and
 * gives a reception's days by a rule ("Chủ tịch UBND huyện tiếp công dân định kỳ vào ngày 10 và ngày 25 hằng tháng", "…
 * vào ngày thứ Tư hằng tuần", or a list of leaders, each with a rule, under a line on receptions): a session each day the
 * rule gives in that period, named by the rule's subject. Not when sessions found already fall on those days: the days are
 * listed, or changed, elsewhere.
 */
function withDaysOfRules(found: DraftSession[], content: OutlineNode, options: { title?: string; subject: string }, ctx: Context) {
  const nodes = [...walk(content)]
  // (The title's period, or the one a line gives the schedule, "… về lịch tiếp công dân của đồng chí Chủ tịch UBND tỉnh trong
  // năm 2024", or else the rule's own, "Thông báo nêu rõ, năm 2021, Chủ tịch … tiếp công dân định kỳ vào …".)
  const named =
    namedPeriod(options.title ?? '') ??
    nodes.map((n) => SCHEDULE_OF.exec(fold(n.text))).reduce<Period | null>((p, m) => p ?? (m ? namedPeriod(m[0]) : null), null)
  // (A dialogue plan's aside, "Ngoài ra, đồng chí Bí thư tiếp công dân định kỳ vào ngày 15 hằng tháng …", is a standing
  // rule beside its sessions, not more of them: the rule's kind must be the title's, or nothing else be found.)
  const title = fold(options.title ?? '')
  const titled = kindsOf(options.title ?? '')
  const ofTitle = (line: string) => found.length === 0 || kindsOf(line).some((kind) => titled.includes(kind))
  // (Not the work of the plan nor its purposes: "II. TỔ CHỨC THỰC HIỆN" / "1. Văn phòng … bố trí lịch tiếp công dân, đối
  // thoại định kỳ vào ngày 15 hằng tháng", "I. MỤC ĐÍCH" / "… duy trì đối thoại với doanh nghiệp vào ngày 15 hằng tháng".)
  const aside = (n: OutlineNode) => {
    for (let up = n.parent; up; up = up.parent) {
      if (isExecution(up) || isPurpose(up)) {
        return true
      }
    }
    return false
  }
  const rules: { n: OutlineNode; days: SessionTimeRead[]; topic: string | null; rank: number; kind: string }[] = []
  let lead = ''
  for (const n of nodes) {
    const line = n.text
    // (The line's own period first: "… vào ngày 10 và ngày 25 hằng tháng trong năm 2025" under a title of 2024.)
    const period = namedPeriod(line) ?? named
    // (A leader's line under "Lịch tiếp công dân … như sau:" holds no word of receptions; the line it is listed under does.
    // The move off days off may be said in the item after the rule: "2. Trường hợp trùng vào ngày nghỉ …".)
    const next = n.parent?.children[n.parent.children.indexOf(n) + 1]?.text ?? ''
    // (Or the heading it stands under names the reception: "1. Tiếp công dân định kỳ" / "- Tổ chức … vào ngày 20 hàng tháng".)
    const heading = n.parent?.kind === 'item' && namesKindOnly(n.parent.text) ? n.parent.text : ''
    const under = lead || heading
    const days = period && !aside(n) && ofTitle(`${under} ${line}`) ? readRuleDays(line, period, under, next) : []
    if (days.length >= 2 && !othersRule(line, days[0]?.text ?? '')) {
      const subject = ruleSubject(line, fold(days[0]?.text ?? ''))
      // (A line that only says when, "Tổ chức mỗi tháng 01 ngày", is named by its heading.)
      const topic = heading && !RULE_KIND.test(fold(subject ?? '')) ? heading : subject
      // (One rule told twice, in a news item's headline and its body, or "Theo Thông báo số …, định kỳ vào ngày 25 hằng
      // tháng, …" before "Cụ thể, … Chủ tịch UBND tỉnh … tiếp công dân định kỳ vào ngày 25 hằng tháng": the body's telling
      // that says who receives before the day names the sessions.)
      const rank = (fold(line) === title ? 0 : 2) + (topic && RULE_KIND.test(fold(topic)) ? 1 : 0)
      const kind = kindsOf(`${line} ${lead}`)[0] ?? ''
      rules.push({ n, days, topic, rank, kind })
    }
    lead = LEADS_TO_LIST.test(line) ? line : n.kind === 'item' ? lead : ''
  }
  const taken = new Set(found.map((s) => s.time.start))
  // (Months a schedule of the same kind already lists, "1. Lịch tiếp công dân định kỳ" over a table of twelve days, with the
  // rule told under it: the listed days are the rule's, whatever way its weeks are counted.)
  // (Of the same kind and the same host, when the rule names one: "Lịch tiếp công dân của Bí thư Tỉnh ủy" over a table's rows
  // "1 | 15/01/2030 | Bí thư Tỉnh ủy" and "Bí thư Tỉnh ủy tiếp công dân định kỳ vào ngày thứ Ba, tuần thứ 3 hằng tháng"; not
  // a deputy's, "Phó Chủ tịch …", for the Chủ tịch's rule, nor a dialogue the same leader holds.)
  const listedDays = (kind: string, host: string) => {
    // (The title may say whose the notice is: "Lịch tiếp công dân của Bí thư Tỉnh ủy …" over rows "Tiếp công dân định kỳ".)
    const hostOf = (said: string) => !host.includes(' ') || titlePattern(host).test(said) || titlePattern(host).test(title)
    return found.filter((s) => {
      const said = fold(`${s.topic} ${ctx.sources.get(s) ?? ''}`)
      return s.time.precision === 'day' && kindsOf(said).includes(kind) && hostOf(said)
    })
  }
  const added: DraftSession[] = []
  // (The headings the rules stand under, "2.1. Tiếp công dân định kỳ": no session of their own beside the rule's days.)
  const over = new Set<string>()
  // (Of two tellings alike, the one that says more of who receives: "Chủ tịch UBND tỉnh phối hợp với Đoàn đại biểu Quốc hội
  // tỉnh, … tiếp công dân định kỳ" over a headline's "Chủ tịch UBND tỉnh sẽ tiếp công dân".)
  const order = (r: (typeof rules)[number]) => r.rank * 1000 + Math.min(999, r.topic?.length ?? 0)
  for (const { n, days, topic, kind } of [...rules].sort((a, b) => order(b) - order(a))) {
    // (A notice that lists its host's days, whatever way the rule's weeks are counted or how many months it lists, is read
    // from its list: the rule above it says how the days were chosen. One day of the host's told apart, "Ngoài ra, ngày
    // 19/5/2025, Chủ tịch UBND huyện tiếp công dân tại xã B", is no list.)
    const host =
      fold(topic ?? '')
        .split(RULE_KIND)[0]
        ?.replace(/^(dong chi|ong|ba) /, '')
        .trim() ?? ''
    if (days.filter((d) => taken.has(d.start)).length >= Math.max(2, days.length / 2) || listedDays(kind, host).length >= 2) {
      continue
    }
    for (const day of days) {
      const session = draft(topic ?? options.subject, emptyFields(), day)
      ctx.sources.set(session, n.text)
      ctx.roles.set(session, [])
      added.push(session)
      taken.add(day.start)
    }
    for (let up = n.parent; up && up.kind !== 'root'; up = up.parent) {
      over.add(up.text)
    }
  }
  if (added.length === 0) {
    return found
  }
  // (A heading's source is its text and all under it.)
  const kept = found.filter((s) => s.time.precision !== 'unscheduled' || !over.has((ctx.sources.get(s) ?? '').split('\n')[0] ?? ''))
  // (Where the rules stand: before a dialogue the notice lists after them, each rule's days in the order of the days.)
  const document = fullText(content)
  const at = (s: DraftSession) => positionIn(document, ctx.sources.get(s) ?? '')
  const byDay = (a: DraftSession, b: DraftSession) => (a.time.start ?? '').localeCompare(b.time.start ?? '')
  const rulesAt = Math.min(...added.map(at).filter((p) => p !== -1), Number.MAX_SAFE_INTEGER)
  const split = kept.findIndex((s) => at(s) > rulesAt)
  return split === -1 ? [...kept, ...added.sort(byDay)] : [...kept.slice(0, split), ...added.sort(byDay), ...kept.slice(split)]
}

/** A session of whole months ("tháng 6/2031", "quý III/2031"), not a span of days the plan names. */
const wholeMonth = (s: DraftSession) =>
  s.time.start?.endsWith('-01') === true &&
  s.time.end !== null &&
  new Date(Date.parse(`${s.time.end}T00:00:00Z`) + 86_400_000).getUTCDate() === 1

/**
 * "Từ ngày 6 đến ngày 10/7, các vị đại biểu sẽ tiếp xúc cử tri tại 11 xã" before "Ngày 06/7, tiếp xúc cử tri tại …" …
 * "Ngày 10/7, …": a span whose first and last days are each a session the plan lists sums those sessions up, no
 * session of its own.
 */
function withoutRestatedSpans(found: DraftSession[]): DraftSession[] {
  const days = new Set(found.filter((s) => s.time.precision === 'day').map((s) => s.time.start))
  // ("Theo đó, thời gian tiếp xúc cử tri dự kiến từ ngày 30-9 đến 10-10" over the groups' "… vào ngày 10-10", "… vào các
  // ngày 1 và 2-10": a span naming no place that holds two of the plan's sessions frames them, whichever days they fall on.)
  // (One that says where, "từ ngày 3 đến ngày 6/6, các vị đại biểu sẽ tiếp xúc cử tri tại 4 xã", may hold meetings the
  // lines after it leave out: it stays. A whole month or quarter, "Tháng 7", is a session of its own even when the plan
  // also lists its first and its last day.)
  // (The same span said again, in the lead and the body, frames nothing: it is that session, told twice.)
  const sameSpan = (a: DraftSession, b: DraftSession) => a.time.start === b.time.start && a.time.end === b.time.end
  const frames = (s: DraftSession) =>
    !/(?<![\p{L}])(tại|ở)(?![\p{L}])/iu.test(s.time.text) &&
    found.filter((o) => o.time.start && o.time.end && o.time.start >= s.time.start! && o.time.end <= s.time.end! && !sameSpan(o, s))
      .length >= 2
  return found.filter(
    (s) =>
      s.time.precision === 'day' ||
      s.time.start === s.time.end ||
      wholeMonth(s) ||
      ((!days.has(s.time.start) || !days.has(s.time.end)) && !(s.time.precision === 'month' && s.time.start && frames(s))),
  )
}

// (… also one added to those already set: "Ban sẽ tổ chức thêm 01 buổi đối thoại với …, dự kiến trong tháng 11/2024".)
const HOSTS_SESSION = /^(chu tri|to chuc)( them)?( cac| mot| 0?\d)?( (hoi nghi|buoi|cuoc|phien))?( doi thoai| tiep xuc| tiep cong dan)\b/

/** A line of a schedule that gives its day and who presides: "Thứ Ba, ngày 20/3/2018: Chủ tịch UBND tỉnh chủ trì.". */
const PRESIDES_THAT_DAY = new RegExp(
  String.raw`\d{1,2}\s*[/.-]\s*\d{1,2}[^:]{0,120}:\s*((đồng chí|đ\/c)\s+)?` +
    String.raw`(${LEADER_TITLES}|lãnh đạo)` +
    String.raw`(?![\p{L}])[^.;:]{0,100}?\s+chủ trì(?![\p{L}])\s*(\([^()]*\))?\s*[.;]?$`,
  'iu',
)

/** The words of a topic or a source (folded), for telling whether two sessions name one event or say one thing. */
const wordsOf = (text: string) =>
  new Set(
    fold(text)
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  )

/** "sẽ", "sắp": a news item announces what is to come. */
const ANNOUNCES = /(?<![\p{L}])(sẽ|sắp)(?![\p{L}])/iu

/**
 * A news item whose headline gives the session's day ("Ngày 9.5, Thủ tướng đối thoại trực tuyến với doanh nghiệp cả
 * nước", "Bí thư Tỉnh ủy tiếp dân định kỳ vào ngày 15/8") and whose body gives that day again ("… cuộc đối thoại bắt đầu
 * từ 8 giờ ngày 9.5 …"): one session, named as the headline names it, at the hour and place the body adds.
 */
function withoutHeadlineEchoes(sessions: DraftSession[], ctx: Context, title: string | undefined): DraftSession[] {
  const headline = sessions[0]
  const source = headline ? fold(ctx.sources.get(headline) ?? '') : ''
  if (!headline || !title || headline.time.precision !== 'day' || source === '' || source !== fold(title)) {
    return sessions
  }
  const sameDay = sessions.filter((s, i) => i > 0 && s.time.precision === 'day' && s.time.start === headline.time.start)
  // (At the headline's hour, or the first hour the body gives: "… 8 giờ: đối thoại với doanh nghiệp …; 14 giờ: đối thoại với
  // người lao động …" are two sessions of that day, and the headline is the first.)
  const hour = (s: DraftSession | undefined) => (s?.startsAt ? `${s.startsAt.hour}:${s.startsAt.minute}` : null)
  const at = hour(headline) ?? hour(sameDay.find((s) => s.startsAt))
  const echoes = sameDay.filter((s) => at === null || hour(s) === null || hour(s) === at)
  const body = echoes.find((s) => s.startsAt) ?? echoes[0]
  if (!body) {
    return sessions
  }
  headline.startsAt ??= body.startsAt
  headline.venues = headline.venues.length > 0 ? headline.venues : body.venues
  return sessions.filter((s) => !echoes.includes(s))
}

/**
 * A line that fixes the day of a session the plan left at its month or quarter ("3. Buổi đối thoại thứ hai (chợ Liên Quan):
 * Kế hoạch ghi dự kiến tháng 6/2024, nay … đã chốt vào 14h00 thứ Ba, ngày 18/6/2024", above the plan it forwards): when one
 * session alone is left open over that day, it is that session, on that day, under its plan's words; the line is none.
 */
function withFixedDays(sessions: DraftSession[], sources: Map<DraftSession, string>): DraftSession[] {
  const gone = new Set<DraftSession>()
  for (const fixing of sessions) {
    if (fixing.time.precision !== 'day' || !fixing.time.start || !FIXES_DAY.test(fold(sources.get(fixing) ?? ''))) {
      continue
    }
    const open = sessions.filter(
      (s) =>
        s !== fixing &&
        !gone.has(s) &&
        (s.time.precision === 'month' || s.time.precision === 'quarter') &&
        s.time.start !== null &&
        s.time.end !== null &&
        s.time.start <= fixing.time.start! &&
        fixing.time.start! <= s.time.end,
    )
    // (The same session: the line names it by words of its topic, "(chợ Liên Quan)", not another, "đã chốt danh sách hộ dự".)
    const said = wordsOf(sources.get(fixing) ?? '')
    const shared = [...wordsOf(open[0]?.topic ?? '')].filter((w) => said.has(w) && !COMMON_WORDS.has(w))
    if (open.length === 1 && shared.length >= 2) {
      open[0]!.time = fixing.time
      open[0]!.startsAt = fixing.startsAt
      gone.add(fixing)
    }
  }
  return sessions.filter((s) => !gone.has(s))
}

/** Whether a line's day is the deadline of work it gives ("gửi BC chậm nhất 16h00 thứ Ba 21/10"), not a session's. */
function dueOn(text: string, time: SessionTimeRead | null, year: number | null | undefined): boolean {
  // (Said as a deadline, "chậm nhất …", "trước …", "trong ngày …": a bare day, "Sáng thứ Năm, 07/7/2022", is a schedule's.)
  // (And work is given: "gửi", "báo cáo", "trình" …; "- Xã An Lạc: trong ngày 12/11, tại Hội trường UBND xã" is a session.)
  const folded = fold(text)
  if (
    !time?.start ||
    time.precision !== 'day' ||
    !/\b(cham nhat|truoc|han chot|trong ngay|hoan thanh|xong)\b/.test(folded) ||
    !/\b(gui|nop|bao cao|bc|trinh|tong hop|du thao|ra soat|phat hanh|niem yet)\b/.test(folded)
  ) {
    return false
  }
  const found = findDeadlines(text, {
    defaultYear: year ?? Number(time.start.slice(0, 4)),
    documentDate: `${time.start.slice(0, 4)}-01-01`,
  })
  return found.found.some((f) => f.rule.kind === 'absolute' && (f.rule.date === time.start || addDays(f.rule.date, 1) === time.start))
}

/** A message that fixes a session's day (folded): "CHỐT LỊCH BUỔI 3: …", "đã chốt ngày", "ngày chính thức". */
const FIXES_DAY = /(?<!\bchua )\b(chot (lich|ngay|thoi gian)|da chot (lich|ngay|thoi gian|vao|sang|la)|ngay chinh thuc)\b/
/** Words every session's name may hold (folded): no sign that two lines name the same one. */
const COMMON_WORDS = new Set(
  'doi thoai tiep xuc cu tri cong dan voi ve tai cac ho nhan buoi hoi nghi cuoc thu hai ba nhat lan ngay thang nam va cua'.split(' '),
)

/**
 * A news item says its session twice, first coarsely in the headline, the lead or a picture's caption ("Thủ tướng sẽ
 * đối thoại với thanh niên vào tháng 3/2030"), then with its day ("… dự kiến tổ chức vào ngày 26/3/2030") or its
 * month again: a month that holds another session naming the same event (most of its words in the other's topic) is
 * that session, no second one. Of two in the same month, the later stays (the body, not the headline). Only the
 * month a news item announces ("sẽ", "sắp"): a plan's monthly session beside a day of that month is another.
 */

function withoutRestatedMonths(sessions: DraftSession[], sources: Map<DraftSession, string>, news: boolean): DraftSession[] {
  const words = sessions.map((s) => wordsOf(s.topic))
  // (In a news item the announcing word may stand in the sentence, not in the topic cut from it: "… chuỗi sự kiện hội nghị
  // Thủ tướng đối thoại với nông dân … sẽ diễn ra tại Sơn La từ ngày 28/5 đến 1/6". A plan's "sẽ" is some other clause's.)
  const restated = (s: DraftSession, i: number) =>
    s.time.precision === 'month' &&
    (ANNOUNCES.test(s.topic) || (news && ANNOUNCES.test(sources.get(s) ?? ''))) &&
    sessions.some((other, j) => {
      if (j === i || !other.time.start || !other.time.end || !s.time.start || !s.time.end) {
        return false
      }
      const same = other.time.start === s.time.start && other.time.end === s.time.end
      const inside = other.time.start >= s.time.start && other.time.end <= s.time.end
      if (!inside || (same && (other.time.precision !== 'month' || j < i))) {
        return false
      }
      const mine = [...(words[i] ?? [])]
      const theirs = words[j] ?? new Set<string>()
      return mine.length >= 4 && mine.filter((w) => theirs.has(w)).length >= 0.75 * mine.length
    })
  return sessions.filter((s, i) => !restated(s, i))
}

/** The kind of session a topic names (folded): a meeting with voters, a dialogue, a reception; null for none. */
const kindOf = (topic: string) => {
  const kind = /\b(tiep xuc|doi thoai|tiep cong dan|tiep dan)\b/.exec(fold(topic))?.[1] ?? null
  // ("Tiếp dân" is "tiếp công dân" said short.)
  return kind === 'tiep dan' ? 'tiep cong dan' : kind
}

/** Whether a text names a session of a kind (see kindOf), anywhere in it. */
const namesKind = (text: string, kind: string) =>
  new RegExp(String.raw`\b(${kind === 'tiep cong dan' ? 'tiep cong dan|tiep dan' : kind})\b`).test(fold(text))

/** A topic that says only when its session starts: "Đối thoại bắt đầu từ 8 giờ ngày 9.5" (its time aside, a few words). */
const onlyItsTime = (topic: string) =>
  /(?<![\p{L}\d])(\d{1,2}\s*(giờ|h)(?![\p{L}])|\d{1,2}\s*[/.]\s*\d{1,2})/iu.test(topic) && withoutTime(topic).split(/\s+/).length <= 4

/** Two sessions of one kind (dialogue, reception, voter meeting) over the same dated time. */
function sameTimeAndKind(a: DraftSession, b: DraftSession): boolean {
  return (
    a.time.precision === b.time.precision &&
    a.time.start !== null &&
    a.time.start === b.time.start &&
    a.time.end === b.time.end &&
    kindOf(a.topic) !== null &&
    kindOf(a.topic) === kindOf(b.topic)
  )
}

/**
 * A news item says its session twice, in its headline or lead and in its body: "Từ ngày 02 - 05/6/2030, đại biểu tiếp xúc
 * cử tri …" then "Theo đó, trong thời gian 04 ngày từ ngày 02 - 05/6/2030, đại biểu sẽ tiếp xúc với cử tri tại 21 điểm …";
 * "Ngày 9.5, Thủ tướng đối thoại trực tuyến với doanh nghiệp" then "cuộc đối thoại bắt đầu từ 8 giờ ngày 9.5 …". Two of
 * one kind over the same span of days are one session, the later (the body's); two on one day are one when one topic
 * says only when it starts, the other stays.
 */
function withoutRestatedTimes(sessions: DraftSession[]): DraftSession[] {
  const same = (a: DraftSession, b: DraftSession) => a !== b && sameTimeAndKind(a, b)
  // (A span of days, "từ ngày 01 đến ngày 05/7", may start on the 1st; a whole month is no span.)
  const span = (s: DraftSession) => s.time.precision === 'month' && s.time.start !== s.time.end && !wholeMonth(s)
  const restated = (s: DraftSession, i: number) =>
    sessions.some(
      (other, j) =>
        same(s, other) &&
        // (Not for a later one that only retells when it is held, "Theo đó, thời gian tiếp xúc từ ngày 7 đến 25-10": the one
        // that names it stays, the retelling goes as one, see withoutRetellings.)
        ((span(s) && j > i && !(retells(other.topic) && !retells(s.topic))) ||
          (s.time.precision === 'day' && onlyItsTime(s.topic) && !onlyItsTime(other.topic))),
    )
  return sessions.filter((s, i) => !restated(s, i))
}

/**
 * The words a news item uses when it speaks again of the session it has named ("Cuộc đối thoại bắt đầu từ 8 giờ ngày 9.5",
 * "Hội nghị sẽ vào tháng 7 hoặc tháng 8/2019", "Đối thoại trực tuyến diễn ra từ 9h"), folded: the session, its kind, when
 * it starts or is held, and nothing on with whom or about what.
 */
const RETELLING_WORDS = new Set(
  (
    'cuoc buoi phien hoi nghi doi thoai truc tuyen tiep xuc se duoc du kien thoi gian bat dau dien ra to chuc vao tu luc hoi ' +
    'gio phut h ngay thang nam hoac va den sang chieu toi trua thu hai ba tu sau bay chu nhat theo do cung'
  ).split(' '),
)

/** A topic that only says the session is held, when (see RETELLING_WORDS). */
const retells = (topic: string) =>
  SESSION_WORD.test(fold(topic)) &&
  fold(topic)
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !/^\d+h?\d*$/.test(w))
    .every((w) => RETELLING_WORDS.has(w))

/**
 * A news item names its session, then speaks of it again with its hour or its day ("Ngày 9.5, Thủ tướng đối thoại trực
 * tuyến với doanh nghiệp cả nước" … "Theo đó, cuộc đối thoại bắt đầu từ 8 giờ ngày 9.5 …"): the retelling at the time of
 * a session named before is that session (its hour given to it), no second one. (Two hours of one day are two sessions.)
 */
function withoutRetellings(sessions: DraftSession[]): DraftSession[] {
  const sameTime = (a: DraftSession, b: DraftSession) =>
    a.time.precision === b.time.precision && a.time.start === b.time.start && a.time.end === b.time.end
  const kept: DraftSession[] = []
  for (const s of sessions) {
    if (!retells(s.topic) || s.time.precision === 'unscheduled') {
      kept.push(s)
      continue
    }
    const named = kept.find(
      (k) =>
        sameTime(k, s) &&
        !retells(k.topic) &&
        (k.startsAt === null || s.startsAt === null || JSON.stringify(k.startsAt) === JSON.stringify(s.startsAt)),
    )
    if (named) {
      named.startsAt ??= s.startsAt
      continue
    }
    kept.push(s)
  }
  return kept
}

/** A day alone on the first line of a titled page's body, the item's lead under it: the day it was posted. */
function postedUnderTitle(plain: { text: string }[], p: { text: string }): boolean {
  // (Only when the paragraph opens with a day of its own, "Ngày 17/5/2019, Thường trực HĐND …": an invitation's day under its
  // title, "Thứ Năm, 15/05/2031" over "… kính mời đồng chí đến dự …", is the session's.)
  const next = plain[1]?.text ?? ''
  return plain[0] === p && CHAT_DAY.test(fold(p.text.trim())) && LEAD_OPENING.test(next.trim()) && /[.!?]$/.test(next.trim())
}

/** A marked line giving a day off alone (folded): "ngay 11/02/2021 nghi tet nguyen dan nam 2021;", over lines of text. */
const DAY_OFF_LINE = /^(ngay )?\d{1,2}\/\d{1,2}(\/\d{4})?[\s:,(-]+(nghi|ngay nghi) (tet|le)\b/

const dayOff = (n: OutlineNode) =>
  n.kind === 'item' && n.children.length > 0 && n.children.every((c) => c.kind === 'text') && DAY_OFF_LINE.test(fold(n.text))

/** A session's source that is a row of a table, its cells apart by bars: "1 | Huyện A | 8 giờ, ngày 21/6 | Trụ sở …". */
const TABLE_ROW = /^[^\n]* \| /

/**
 * A page with no title of a plan or notice (a news item) says its session in the sapo, the lead and a picture's caption:
 * "Ngày 16/3, Bộ trưởng Bộ A và Bộ trưởng Bộ B sẽ đối thoại trực tuyến tại Cổng thông tin …" above "Ngày 16/3, Bộ
 * trưởng Bộ A Nguyễn Văn C và Bộ trưởng Bộ B … sẽ đối thoại trực tuyến với nhân dân tại Cổng thông tin …". A later one
 * at the same time, no other hour, whose words are nearly all the words of an earlier one (or the reverse) says that
 * session again: one session, the first, with the hour either gives. (A schedule's lines of one day are a titled notice's,
 * and each names its own; the places one sentence lists, each a session, share their words.)
 */
function withoutRepeats(sessions: DraftSession[], sources: Map<DraftSession, string>, subject: string): DraftSession[] {
  const kept: DraftSession[] = []
  // (Each source's words once, not once for every session compared with it.)
  const words = new Map(sessions.map((s) => [s, wordsOf(sources.get(s) ?? '')]))
  for (const s of sessions) {
    const mine = words.get(s) ?? new Set<string>()
    const same = kept.find((k) => {
      const clocks = k.startsAt === null || s.startsAt === null || JSON.stringify(k.startsAt) === JSON.stringify(s.startsAt)
      if (!clocks || k.time.precision !== s.time.precision || k.time.start !== s.time.start || k.time.end !== s.time.end) {
        return false
      }
      // (Sessions split from one sentence: the same source, or one the clause of the other.)
      const [a, b] = [sources.get(k) ?? '', sources.get(s) ?? '']
      if (a.includes(b) || b.includes(a)) {
        return false
      }
      // (Nor two rows of a table: each row is its own session, however few words tell the places apart.)
      if (TABLE_ROW.test(a) && TABLE_ROW.test(b)) {
        return false
      }
      const theirs = words.get(k) ?? new Set<string>()
      if (HALVES_OF_DAY.some((half) => mine.has(half) !== theirs.has(half))) {
        return false
      }
      const [short, long] = mine.size <= theirs.size ? [mine, theirs] : [theirs, mine]
      // (Two places or two halves of a day differ in a few words: "tại xã A … buổi sáng", "tại xã C … buổi chiều".)
      const apart = [...short].filter((w) => !long.has(w)).length
      return short.size >= 8 && apart <= 2 && apart <= 0.2 * short.size
    })
    if (same) {
      same.startsAt ??= s.startsAt
      // (Of the two, the topic nearer the headline's words names the event as the page does.)
      if (shared(s.topic, subject) > shared(same.topic, subject)) {
        same.topic = s.topic
        same.audience = s.audience
      }
      continue
    }
    kept.push(s)
  }
  return kept
}

/**
 * A news item's headline that gives the month of the sessions its body gives the days of ("Ban Dân vận Huyện ủy triển khai
 * kế hoạch tổ chức đối thoại liên xã và đối thoại chuyên đề trong tháng 5/2020" over "… vào ngày 27/5 …; … ngày 31/5"):
 * it sums them up, no session of its own.
 */
function withoutHeadlineMonth(sessions: DraftSession[], sources: Map<DraftSession, string>, title: string | undefined): DraftSession[] {
  const headline = fold(title ?? '')
  const sums = (s: DraftSession) =>
    s.time.precision === 'month' &&
    wholeMonth(s) &&
    headline !== '' &&
    fold(sources.get(s) ?? '') === headline &&
    sessions.some((o) => o.time.precision === 'day' && o.time.start! >= s.time.start! && o.time.start! <= s.time.end!)
  return sessions.filter((s) => !sums(s))
}

/**
 * A news item tells a move twice, in its lead and its body ("Lịch tiếp công dân của lãnh đạo tỉnh được điều chỉnh vào ngày
 * 19/10" and "… Thường trực thống nhất điều chỉnh lịch tiếp công dân định kỳ vào ngày 19/10"): one session of that kind
 * moved to that day, the first telling.
 */
function withoutRetoldMoves(sessions: DraftSession[], sources: Map<DraftSession, string>): DraftSession[] {
  const moved = (s: DraftSession) => s.time.precision === 'day' && kindOf(s.topic) !== null && movesDay(sources.get(s) ?? '')
  // (At no other hour: "lùi sang 8 giờ …" and "lùi sang 14 giờ …" of one day are two.)
  const sameHour = (a: DraftSession, b: DraftSession) =>
    a.startsAt === null || b.startsAt === null || JSON.stringify(a.startsAt) === JSON.stringify(b.startsAt)
  const retold = (s: DraftSession, o: DraftSession) =>
    moved(o) && o.time.start === s.time.start && kindOf(o.topic) === kindOf(s.topic) && sameHour(o, s)
  return sessions.filter((s, i) => !moved(s) || !sessions.slice(0, i).some((o) => retold(s, o)))
}

/** A picture's caption credited to who took it (the end of a source): "… tiếp xúc cử tri sáng 4-5 - Ảnh: Văn Duẩn". */
const CREDITED_CAPTION = /(?:^|[\s.])[-–]?\s*ảnh\s*:\s*[^.:;\d]{2,40}\.?\s*$/iu

/**
 * A news item's picture shows the session its text tells, and its caption says it again: "Sáng 4-5, … Đoàn ĐBQH … đã tiếp
 * xúc cử tri các quận …" and "Đoàn ĐBQH …, tiếp xúc cử tri sáng 4-5 - Ảnh: Văn Duẩn". A credited caption at the time of a
 * session of its kind is that session; of two captions, the first stays.
 */
function withoutCaptionEchoes(sessions: DraftSession[], sources: Map<DraftSession, string>): DraftSession[] {
  const caption = (s: DraftSession) => CREDITED_CAPTION.test(sources.get(s) ?? '')
  const kept: DraftSession[] = []
  for (const s of sessions) {
    const same = kept.findIndex((k) => sameTimeAndKind(k, s) && (caption(k) || caption(s)))
    if (same === -1) {
      kept.push(s)
    } else if (caption(kept[same]!) && !caption(s)) {
      kept[same] = s
    }
  }
  return kept
}

/** A sentence that only says when the event is held (folded): "Chương trình dự kiến sẽ diễn ra từ 9 - 10 giờ 30 phút ngày …". */
const RETOLD_TIME = /^(chuong trinh|su kien|hoat dong) (du kien |se |duoc )*(dien ra|to chuc|bat dau)\b/

/** A session named in a headline, from its kind on: "Xã A tổ chức Hội nghị đối thoại giữa Chủ tịch UBND xã với …". */
const HEADLINE_SESSION = /(?<![\p{L}])(hội nghị|buổi|cuộc|phiên)\s+(đối thoại|tiếp xúc|tiếp công dân|tiếp dân)(?![\p{L}])[^.;:]*/iu

/**
 * A news page's one session, named in its body by the same kind its headline names it by ("Xã A tổ chức Hội nghị đối
 * thoại giữa Chủ tịch UBND xã với Nhân dân các thôn B, C" over "… sẽ tổ chức Hội nghị đối thoại trực tiếp với Nhân dân các
 * thôn B và C vào …"), and with nearly all the same words: the headline's naming is the page's, who holds it included.
 */
function withHeadlineName(sessions: DraftSession[], title: string | undefined): DraftSession[] {
  const named = HEADLINE_SESSION.exec(title ?? '')?.[0]?.replace(/[\s.,]+$/, '')
  const [only] = sessions
  if (only && sessions.length === 1 && title && endsWithOpening(title, only.topic)) {
    // (From the session's kind on when the headline gives one: "Xã A tổ chức Hội nghị đối thoại giữa …" → "Hội nghị đối thoại
    // giữa …"; who holds it is the organiser, not its name.)
    only.topic = cleanTopic(named ?? title).replace(/^./, (c) => c.toUpperCase())
    return sessions
  }
  if (!named || !only || sessions.length !== 1) {
    return sessions
  }
  const kind = (t: string) => fold(t).split(' ').slice(0, 3).join(' ')
  // (The session's own naming may carry who holds it, "Xã A tổ chức Hội nghị đối thoại …": compared from its kind on.)
  const own = HEADLINE_SESSION.exec(only.topic)?.[0] ?? only.topic
  const mine = wordsOf(own)
  const theirs = wordsOf(named)
  const apart = [...mine].filter((w) => !theirs.has(w)).length
  if (kind(named) === kind(own) && mine.size >= 6 && apart <= 0.25 * mine.size) {
    // (The same session, renamed in place: its source and roles are kept by it.)
    only.topic = cleanTopic(named).replace(/^./, (c) => c.toUpperCase())
  }
  return sessions
}

/** A news item's lead as a session's topic: it opens with its day ("Ngày 30-9, …", "Sáng 11/10, …") or its occasion. */
const LEAD_OPENING = new RegExp(
  String.raw`^(date \d{4}-\d{2}\s+)?(((sáng|chiều|tối|trưa)\s+)?(ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(\s*[/.-]\s*\d{4})?\s*,` +
    String.raw`|thực hiện\s[^,]{3,80},|(sáng|chiều|tối)\s+nay\s*,)`,
  'iu',
)
/** Where a session's kind is named in running text, with the word for the meeting before it: "buổi tiếp xúc cử tri …". */
const KIND_NAMED = new RegExp(
  String.raw`(?<![\p{L}])((hội nghị|buổi|cuộc|phiên|chương trình)\s+)?` +
    String.raw`(đối thoại|tiếp xúc cử tri|tiếp xúc|tiếp công dân|tiếp dân|diễn đàn|tọa đàm|gặp mặt)(?![\p{L}])`,
  'iu',
)

/**
 * A news item's one session named by its whole lead ("Ngày 30-9, Đoàn ĐBQH tỉnh A gồm các đồng chí: B, …; C, …, đã có buổi
 * tiếp xúc cử tri tại huyện D …"): named as its headline names it from its kind on ("Đoàn ĐBQH tỉnh A tiếp xúc cử tri
 * huyện D" → "Tiếp xúc cử tri huyện D"), or, without a headline of its own, from the lead's kind to where its name ends.
 * Who holds it, who came and the day are the lead's, no part of its name.
 */
function withNamedLeads(sessions: DraftSession[], title: string | undefined, sources: Map<DraftSession, string>): DraftSession[] {
  const [only] = sessions
  if (!only || sessions.length !== 1) {
    return sessions
  }
  // (A headline is short and one phrase: not a paragraph taken for the title, cut or closed by its stop.)
  const headline = title && title.length <= 150 && !LEAD_OPENING.test(title) && !/[.;]\s*$|;\s/.test(title) ? KIND_NAMED.exec(title) : null
  // (A topic cut from the lead at another kind than the headline's, "Đối thoại trực tiếp với nhân dân …" under "Nam Đông: Tiếp
  // công dân định kỳ tại xã A", sharing few of its words, names a part of what the headline names, when the lead also
  // names the headline's kind: "… đã có buổi tiếp dân, đối thoại trực tiếp với nhân dân …". A headline of other news,
  // "Huyện A sơ kết công tác tiếp công dân …" over a lead on a dialogue, names another thing.)
  const [topicKind, headlineKind] = [kindOf(only.topic), headline ? kindOf(headline[0]) : null]
  // (The lead's own words: its source may hold the headline above it.)
  const lead = (sources.get(only) ?? '').replace(title ?? '', '')
  const sameEvent = headlineKind === null || namesKind(lead, headlineKind)
  const apart =
    !!title &&
    topicKind !== null &&
    headlineKind !== null &&
    topicKind !== headlineKind &&
    sameEvent &&
    shared(only.topic, title) <= 0.2 * wordsOf(title).size
  if (!apart && (!LEAD_OPENING.test(only.topic) || only.topic.split(/\s+/).length < 15)) {
    return sessions
  }
  if (headline && title && sameEvent) {
    // (To a colon after it: "Tiếp xúc cử tri: Cử tri huyện A kiến nghị về giá điện" names the meeting before it.)
    const named = title.slice(headline.index).split(/\s*:\s+/)[0] ?? ''
    only.topic = cleanTopic(named).replace(/^./, (c) => c.toUpperCase())
    return sessions
  }
  const kind = KIND_NAMED.exec(only.topic)
  if (kind) {
    const tail = only.topic.slice(kind.index)
    const end = tail.search(TOPIC_END)
    const named = (end > 0 ? tail.slice(0, end) : tail).replace(/[.,;:]+$/, '').trim()
    only.topic = named.split(/\s+/).length >= 3 ? cleanTopic(named).replace(/^./, (c) => c.toUpperCase()) : only.topic
  }
  return sessions
}

/**
 * A headline that says who holds the session, then the words the body's topic opens with ("Đại biểu HĐND huyện tiếp xúc
 * cử tri xã A" over "tiếp xúc cử tri xã A, thông báo kết quả kỳ họp …"; "Thủ tướng … gặp gỡ, đối thoại với công nhân lao
 * động năm 2022" over "đối thoại với công nhân lao động năm 2022 với chủ đề …"): it names that session, its host and all.
 */
function endsWithOpening(headline: string, topic: string): boolean {
  // (A lead taken for the headline, "Chiều 9/12, huyện A tổ chức Hội nghị đối thoại … năm 2022.", gives its day and its stop;
  // so does one giving its day in words, "Ngày 24 tháng 6 năm 2022, tại ấp A, tổ chức đối thoại với …".)
  if (/\d{1,2}\s*[/.-]\s*\d{1,2}|(?<![\p{L}])ngày\s+\d{1,2}\s+tháng\s+\d{1,2}|\.\s*$/iu.test(headline)) {
    return false
  }
  const head = fold(headline)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
  const words = fold(topic)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
  const opening = (k: number) => words.slice(0, k).join(' ')
  const longest = words.map((_, i) => words.length - i).find((k) => k >= 5 && head.endsWith(` ${opening(k)}`))
  return longest !== undefined && SESSION_WORD.test(opening(longest))
}

/** The halves of a day (folded): "buổi sáng … Xã A", "buổi chiều … Xã B" of one day are two sessions. */
const HALVES_OF_DAY = ['sang', 'chieu', 'toi', 'trua']

/** How many words of a topic the other words hold. */
const shared = (topic: string, other: string) => {
  const words = wordsOf(other)
  return [...wordsOf(topic)].filter((w) => words.has(w)).length
}

/** A sentence whose subject is the citizens who registered, or wish to (folded): "Công dân đã đăng ký …", "Người dân có nhu cầu …". */
const CITIZENS_REGISTERED = /^[^a-z]*(cong dan|nguoi dan|ho dan|cac ho dan|cu tri)( da)? (dang ky|co nhu cau)\b/

/** A chat's reply that asks whether it may (folded): "… được ko chị", "… được không anh?", "… dc k a". */
const ASKS_LEAVE = /\b(duoc|dc) (khong|ko|k)( (anh|chi|em|a|ban))?\s*[?.!🙏]*$/u
/** A chat's reply: it asks, or ends on a word said to the one it answers ("… nha anh", "… ạ", "… nhé"). */
const CHAT_REPLY = /\?\s*$|(?<![\p{L}])(ạ|nha|nhé|nghen|anh|chị|em)\s*[.!🙏]*$/u

/**
 * The sessions of a plan or notice, found by what they are wherever they stand: an item, a
 * paragraph or a table row with a time and something that makes it a session (a dialogue or
 * meeting word, a topic, an audience). Fields come from labels anywhere in the item; a schedule's
 * lines and rows are one session each. The clauses that allow sessions when needed are returned apart.
 */
export function readSessions(
  content: OutlineNode,
  options: {
    year: number | null
    subject: string
    title?: string
    untitled?: boolean
    opening?: { text: string }[]
    /** The document's own date (see TimeContext.today). */
    today?: LocalDate | null
  },
  warnings: ImportWarning[],
): { sessions: DraftSession[]; adHoc: string | null; roles: SessionRole[][]; sources: string[] } {
  // A notice titled for sessions ("Lịch tiếp công dân …", "… hội nghị đối thoại …") is about sessions from its first line.
  const ctx: Context = {
    time: { year: options.year, today: options.today ?? null },
    subject: options.subject,
    sessionPart: SESSION_WORD.test(fold(options.subject)),
    sessionLine: false,
    timetables: false,
    inherited: null,
    warnings,
    adHoc: [],
    roles: new Map(),
    sources: new Map(),
    opening: options.opening,
    untitled: options.untitled,
  }
  let found = visit(content, ctx)
  if (found.length === 0) {
    found = visit(content, { ...ctx, timetables: true, warnings: [], adHoc: [] })
  }
  // In the order the document gives them: a schedule's lines read after the items beside them still come where they stand.
  const document = fullText(content)
  let last = 0
  const placed = found.map((session, i) => {
    const at = positionIn(document, ctx.sources.get(session) ?? '')
    last = at === -1 ? last : at
    return { session, at: last, i }
  })
  found = withRankedTopics(
    placed.sort((a, b) => a.at - b.at || a.i - b.i).map((p) => p.session),
    ctx,
    content,
  )
  const ruled = withDaysOfRules(withMonthsOfRule(found, document, options, ctx), content, options, ctx)
  // "… thông báo lịch tiếp công dân định kỳ quý III năm 2020 như sau:" over a rule that gives its days ("vào ngày 10 và
  // ngày 20 hằng tháng …"): the sentence leading to them gives the schedule's period, not a session of its own.
  const leadsToDays = (s: DraftSession) =>
    s.time.precision !== 'day' &&
    s.time.start !== null &&
    s.time.end !== null &&
    LEADS_TO_LIST.test((ctx.sources.get(s) ?? '').split('\n')[0]?.trim() ?? '') &&
    ruled.filter((o) => o.time.precision === 'day' && o.time.start! >= s.time.start! && o.time.start! <= s.time.end!).length >= 2
  found = ruled.filter(
    (s) =>
      !leadsToDays(s) &&
      !DISOWNED.test(fold(ctx.sources.get(s) ?? '')) &&
      // ("Công dân đã đăng ký được tiếp vào ngày 10/7 được chuyển sang tiếp vào ngày 14/7": what the citizens registered
      // are to do, not a session; the schedule gives the one they come to.)
      !CITIZENS_REGISTERED.test(fold(ctx.sources.get(s) ?? '')) &&
      // ("Lại Sơn đã nhận. Tối 27/6 xã bố trí nhà khách cho đoàn nghỉ được ko anh?", "25/6 là thứ 7 nên bên em gửi chiều
      // thứ 6 (24/6) nha anh": a chat's reply, a question or a word to the one asking, naming no session of its own.)
      !(CHAT_REPLY.test((ctx.sources.get(s) ?? '').trim()) && !SESSION_WORD.test(fold(ctx.sources.get(s) ?? ''))) &&
      // ("…, xin lùi điểm TXCT Long Hưng qua 14h30 được ko chị": a reply that asks leave, whatever session it names.)
      // (Its own line: a session's item may hold the replies written under it.)
      !(!(ctx.sources.get(s) ?? '').includes('\n') && ASKS_LEAVE.test(fold(ctx.sources.get(s) ?? '').trim())) &&
      // (Not in brackets, about others than the meeting: "(các hộ dân ngoài ranh giới dự án không thuộc Kế hoạch này)".)
      !DISOWNED_HERE.test(sentenceOf(fold((ctx.sources.get(s) ?? '').replace(/\([^()]*\)/g, ' ')), fold(s.time.text ?? ''))) &&
      // ("- Thứ Tư 27/3/2024: Hội nghị giao ban công tác tiếp công dân … quý I/2024": a briefing on the receptions, none.)
      !(
        /^(hoi nghi|cuoc hop|buoi hop|hop) giao ban\b/.test(fold(s.topic)) &&
        // ("Hội nghị giao ban và đối thoại với doanh nghiệp", "… kết hợp đối thoại …": a dialogue held with the briefing.)
        !/\b(va|ket hop|gan voi)( voi)? (doi thoai|tiep xuc|tiep cong dan|tiep dan)\b/.test(fold(s.topic))
      ),
  )
  found = withoutRestatedSpans(withMovedSessions(withRuleExceptions(found, ctx), ctx)).flatMap((s) => perCommune(s, ctx))
  const seen = new Set<string>()
  // (Roles and sources are read by position beside the sessions: all three come from the one final list.)
  const kept: DraftSession[] = []
  const once = found.filter((s) => {
    // (Two sessions on one day at different hours are two: "08 giờ 00 … 16/7" and "14 giờ 00 … 16/7".)
    const id = `${s.time.start}|${s.time.end}|${JSON.stringify(s.startsAt)}|${fold(s.topic)}`
    // ("a) Đối thoại với các hộ dân khu vực 5, phường An Bình về …: … nay chuyển sang 8 giờ 00 ngày 30/5/2024" beside the
    // schedule after the change, whose row wraps the same words: "Đối thoại với các hộ dân khu vực 5, phường An": one session
    // told twice, the one's words the beginning of the other's.)
    // (Only where one telling is the move itself: "xã Tân" and "xã Tân Hòa" at one hour in a schedule are two meetings.)
    const twin = kept.some(
      (k) =>
        k.time.precision === 'day' &&
        sameTime(k, s) &&
        sameWords(k.topic, s.topic) &&
        [k, s].some((one) => movesDay(ctx.sources.get(one) ?? '')),
    )
    if (seen.has(id) || twin) {
      return false
    }
    seen.add(id)
    kept.push(s)
    return true
  })
  const retold = withoutRetellings(
    withoutRestatedTimes(
      withoutRestatedMonths(withFixedDays(withoutHeadlineEchoes(once, ctx, options.title), ctx.sources), ctx.sources, !!options.untitled),
    ),
  )
  const sessions = options.untitled
    ? withNamedLeads(
        withHeadlineName(
          withoutCaptionEchoes(
            withoutRepeats(
              withoutRetoldMoves(withoutHeadlineMonth(retold, ctx.sources, options.title), ctx.sources),
              ctx.sources,
              options.subject,
            ),
            ctx.sources,
          ),
          options.title,
        ),
        options.title,
        ctx.sources,
      )
    : retold
  return {
    sessions,
    adHoc: ctx.adHoc[0] ?? null,
    roles: sessions.map((session) => ctx.roles.get(session) ?? []),
    sources: sessions.map((session) => ctx.sources.get(session) ?? ''),
  }
}
