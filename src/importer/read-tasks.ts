import type { Calendar } from '../services/calendar/calendar.js'
import { summarizeRule, type DeadlineSummary } from '../services/deadlines/describe.js'
import type { SessionWindow } from '../services/deadlines/due-date.js'
import { foldPlain, foldWithMap } from '../services/deadlines/dates.js'
import { findDeadlines, foldForDeadline, type FoundDeadline } from '../services/deadlines/parse.js'
import type { DeadlineRule } from '../services/deadlines/rule.js'
import {
  bodiesOfHeading,
  bodyHeading,
  foldUnits,
  headOf,
  lowerVietnamese,
  startsWithBody,
  withoutRequest,
  type HeadingBody,
} from './bodies.js'
import { labelledOf } from './fields.js'
import { walk, type OutlineNode } from './outline.js'
import { groupTitle, type SessionRole } from './read-sessions.js'
import type { ImportWarning } from './read-plan.js'
import { isExecution, isPurpose, isTimeline as isTimelineNode } from './sections.js'
import {
  COORDINATE_CUE,
  DELIVERY_CLAUSE,
  FIRMS_GROUP,
  LEAD_CUE,
  HOST_TITLE,
  OBLIGATION_VERBS,
  LAST_SESSION,
  SESSION_HALF_YEAR,
  PUBLIC_ADDRESSED,
  ORDINALS,
  REPLACED_SESSION,
  PLACE_KIND_NAMES,
  PLACE_UNITS,
  LOCAL_LEVELS,
  MEMBERS_OF,
  SESSION_ORDINAL,
  SITE_OF_PLACE,
  STANDING_BODY,
  TRAILING_UNITS,
  WORK_GROUP,
  ADJUSTED_DEADLINE_LABEL,
  OFFICER_TITLE,
  escapeRegExp,
  titlePattern,
} from './vocabulary.js'

export { bodiesOfHeading }

/** A cell's mark of the body that leads: "Phòng A (chủ trì)", "Ban Quản lý Khu kinh tế tỉnh chủ trì". */
const LEADS_MARK = /\s*\(\s*chủ trì\s*\)|\s+chủ trì$/iu

/** The bodies a line assigns by the name of a schedule's column ("Cơ quan tham mưu …"), each with the sessions of its rows. */
function roleDoers(line: string, roles: SessionRole[][], owners: HeadingBody[] = []): (HeadingBody & { only: number[] })[] | null {
  // "Các cơ quan chuẩn bị (ghi tại cột …)", "Đề nghị đơn vị chủ trì …", "Các cơ quan được giao chuẩn bị nội dung": the
  // column's name, plural, requested or assigned.
  const folded = foldPlain(line)
    .replace(/^(de nghi |giao )?(cac |nhung |moi )?/, '')
    .replace(/^(co quan|don vi|bo phan) duoc (giao|phan cong) /, '$1 ')
  // "… tại cột 5 của Phụ lục": the column by its number, whatever its name.
  // ("UBND các huyện có tên tại cột (6)": the bodies of a kind named in the numbered column.)
  const byNumber =
    /^(?:(co quan|don vi|bo phan|cong chuc|can bo)\b.{0,60}\b(?:tai|o|theo)|.{0,60}\bco ten (?:tai|o)) cot \(?(\d+)\)?(?!\S)/.exec(
      folded,
    )?.[2]
  const labels = [...new Set(roles.flat().map((r) => r.label))].filter((label) => folded.startsWith(foldPlain(label)))
  // "… của hội nghị do đơn vị mình được phân công chuẩn bị (cột "Đơn vị chuẩn bị"), gửi …" under the bodies that fill
  // that column: each of them for its own rows.
  // (The column's name in quotes too: "Các phòng được giao tham mưu (cột "Đơn vị tham mưu")".)
  const cited = [...new Set(roles.flat().map((r) => r.label))].filter((label) =>
    new RegExp(`\\bcot\\s*["“”']?${foldPlain(label)}\\b`).test(folded),
  )
  // "Đảng ủy các xã, thị trấn có tên tại Phụ lục": the bodies of that kind the schedule's rows name, each for its own row.
  const head = headOf(line)
  const chosen: ((role: SessionRole) => boolean) | null = byNumber
    ? (role) => role.column === Number(byNumber)
    : labels.length > 0 || cited.length > 0
      ? (role) => labels.includes(role.label) || cited.includes(role.label)
      : head && /\b(co ten|neu|ghi) (tai|trong|o) (phu luc|lich|danh sach|bang)\b/.test(folded)
        ? (role) => foldPlain(role.body).startsWith(foldPlain(head))
        : null
  if (!chosen) {
    return null
  }
  const out = new Map<string, number[]>()
  // ("Cơ quan chủ trì chuẩn bị nêu tại cột (5)" over cells "Phòng Kinh tế (chủ trì); UBND phường A": the one that leads.)
  const leadsOnly = /\bchu tri\b/.test(folded)
  const partsOf = (body: string) => {
    const parts = body.split(/\s*;\s*/)
    // (… or says so after it, unbracketed: "Ban Quản lý Khu kinh tế tỉnh chủ trì; Sở Kế hoạch và Đầu tư phối hợp".)
    const leading = parts.filter((part) => LEADS_MARK.test(part))
    return (leadsOnly && leading.length > 0 ? leading : parts).map((part) => part.replace(LEADS_MARK, '').trim())
  }
  roles.forEach((row, index) => {
    // A cell may name several bodies: "Sở Xây dựng; Sở Giao thông vận tải".
    for (const name of row.filter(chosen).flatMap((r) => partsOf(r.body).flatMap((part) => bodiesOfHeading(part)))) {
      out.set(name.name, [...(out.get(name.name) ?? []), index])
    }
  })
  // (A column cited inside a body's obligation assigns only among that body's own.)
  // (Not when the line is itself the column's bodies named by their kind: "2. Các cơ quan được giao chủ trì chuẩn bị (ghi
  // tại cột "Cơ quan tham mưu, chuẩn bị")".)
  const byCitation = !byNumber && labels.length === 0 && cited.length > 0 && !/^(co quan|don vi|bo phan)\b/.test(folded)
  // (Owners named by their kind alone, "Các phòng được giao tham mưu (cột …)", own every body of that kind in it.)
  const owns = (owner: string, name: string) => {
    const kind = /^(cac|nhung) (.+)$/.exec(foldPlain(owner))?.[2]
    return foldPlain(owner) === foldPlain(name) || (!!kind && foldPlain(name).startsWith(`${kind} `))
  }
  const mine = [...out].filter(([name]) => !byCitation || owners.some((o) => owns(o.name, name)))
  return mine.length > 0 ? mine.map(([name, only]) => ({ name, place: null, only })) : null
}

/**
 * The words from a deadline on, in the text it was found in: the obligation's sentence, or its deadline
 * field ("Trong 07 ngày … sau mỗi hội nghị:").
 */
/** The words of a clause from where its folded tail starts, as written ("… tại xã mình", not "… tai xa minh"); "" when not there. */
function unfoldedTail(part: string, folded: string): string {
  const { folded: all, map } = foldWithMap(part)
  const at = folded.trim() ? all.lastIndexOf(folded.trim()) : -1
  return at === -1 ? '' : part.slice(map[at] ?? 0)
}

function deadlineWords(found: FoundDeadline | null, part: string, field: string | undefined): string {
  if (!found) {
    return part
  }
  return foldWithMap(field ?? part).folded.slice(found.index)
}

/**
 * A group of bodies named by the places listed above it (lower case, diacritics): "UBND các xã, thị trấn có tên nêu trên",
 * "Đảng ủy các xã nêu tại mục II", "UBND các phường có tên trong lịch trên"; the kinds of place captured.
 */
const NAMED_ABOVE = new RegExp(
  String.raw`\scác\s+((?:${PLACE_KIND_NAMES})(?:\s*(?:,|\svà)\s*(?:${PLACE_KIND_NAMES}))*)\s+` +
    String.raw`(?:(?:có tên|được)\s+)?(?:nêu|ghi|liệt kê|có tên)\s+(?:ở\s+)?` +
    String.raw`(?:trên|(?:tại|trong|ở)\s+(?:(?:mục|điểm|phần)\s+[\p{L}\d.]+|(?:lịch|danh sách)(?:\s+(?:trên|nêu trên))?))$`,
  'u',
)
/** The kinds of session a plan may hold together, by the words that name them (folded). */
const SESSION_KINDS: [string, RegExp][] = [
  ['dialogue', /\bdoi thoai\b/],
  // ("Tiếp và đối thoại với các hộ dân …", "Tiếp các hộ kinh doanh về …": a reception day's own subject.)
  // (So "trong thời hạn 03 ngày làm việc sau buổi tiếp", "05 ngày trước ngày tiếp của từng quý", the reception said
  // short; not "buổi tiếp xúc", "ngày tiếp theo", "ngày tiếp nhận". "Tiếp đoàn viên": a union's reception of its members.)
  [
    'reception',
    // (Not the office's name, where a dialogue may be held too: "Trụ sở Tiếp công dân thành phố", "Ban Tiếp công dân".)
    new RegExp(
      String.raw`(?<!\b(tru so|ban|phong) )\btiep (cong dan|dan|doan vien|nguoi benh)\b|^tiep (va|cac|nhung|dai dien|ho|nguoi)\b|` +
        String.raw`\b(buoi|ngay) tiep\b(?! (xuc|theo|tuc|can|nhan)\b)`,
    ),
  ],
  ['forum', /\bdien dan\b/],
  // ("Hội nghị người lao động năm 2022" beside "Đối thoại định kỳ quý I …": the yearly assembly of the workers is no
  // dialogue, and "trước ngày tổ chức mỗi kỳ đối thoại định kỳ" does not count from it; not a dialogue "Tháng 12 (kết
  // hợp Hội nghị người lao động năm 2024)", held with it.)
  ['assembly', /(?<!\bket hop (voi )?)\bhoi nghi (dai bieu )?(nguoi lao dong|can bo,? cong chuc|cong nhan vien chuc|vien chuc)\b/],
  // ("Tọa đàm trực tuyến "Thanh niên hỏi - Tỉnh đoàn trả lời"" beside "Chương trình đối thoại …": "trước ngày tổ chức
  // Chương trình đối thoại" counts from the dialogue, not from the talk before it.)
  ['talk', /\btoa dam\b/],
  // ("Trong thời hạn 05 ngày làm việc kể từ ngày kết thúc Chương trình: …" beside "2. Đối thoại với thanh niên công nhân":
  // the session under "1. Chương trình đối thoại cấp tỉnh"; so "gửi thư mời trước 07 ngày diễn ra chương trình".)
  [
    'programme',
    /\bchuong trinh (doi thoai|giao luu|gap mat)\b|^(\S+ )?chuong trinh\b|\b(ket thuc|sau|truoc|tai|du|to chuc|dien ra) chuong trinh\b/,
  ],
]
const kindsOf = (folded: string) => new Set(SESSION_KINDS.filter(([, cue]) => cue.test(folded)).map(([name]) => name))
/** What a session is by its own words, not by the one it replaces ("… (thay buổi tiếp công dân định kỳ tháng 3)"). */
const ownKindsOf = (text: string) => kindsOf(foldPlain(text.replace(REPLACED_SESSION, ' ')))

/** The units of a body's name that are a kind of place ("phường" in "Đảng ủy phường A"), not a committee ("Huyện ủy A"). */
const TERRITORIAL_UNIT = /^(xa|phuong|thi tran|thi xa|huyen|quan|thanh pho|thon)$/

/** Words that say nothing of whom a dialogue is with ("các", "trên địa bàn"), left out when matching it to a session. */
const FILLER_WORDS = new Set(['cac', 'nhung', 'cua', 'tren', 'dia', 'ban', 'trong', 'tai', 'va', 'la', 'mot', 'so', 'voi', 've'])

export interface DraftTask {
  lead: string
  coordinating: string[]
  recipient: string | null
  cc: string[]
  /** A short summary; `text` is the plan's full sentence. */
  what: string
  text: string
  /** Index into the draft's sessions, or null. */
  session: number | null
  /** The flat shape (due date computed on the national calendar) and the rule itself. */
  deadline: DeadlineSummary & { rule: DeadlineRule }
}

const fold = (text: string) =>
  foldPlain(text)
    .replace(/[.:;,]+$/, '')
    .trim()

/** The first clause of a text (between , ; : . and brackets) that the folded pattern matches. */
const firstClauseMatch = (text: string, pattern: RegExp) =>
  text
    .split(/[,;:.()]/)
    .map((clause) => pattern.exec(foldPlain(clause)))
    .find((m) => m !== null)
/** A leader's words after "của", without the form of address ("của đồng chí Chủ tịch UBND tỉnh" → "chu tich ubnd tinh"). */
const leaderWords = (match: RegExpExecArray | null | undefined) => (match?.[1] ?? '').replace(/^(dong chi|ong|ba) /, '').split(' ')

/**
 * The fields a body's name gives after its kind, as whole words of two or more (folded): "Công chức Địa chính - Xây dựng"
 * → "dia chinh", "xay dung"; "Sở Tài nguyên và Môi trường" → "tai nguyen", "moi truong".
 */
function fieldOf(body: HeadingBody): RegExp[] {
  const head = headOf(body.name)
  const rest = head ? foldForDeadline(body.name).slice(head.length) : ''
  return rest
    .split(/\s*(?:[-–,&]|\bva\b)\s*/)
    .map((piece) => piece.trim())
    .filter((piece) => piece.split(' ').length >= 2)
    .map((piece) => new RegExp(`(?<![a-z0-9])${escapeRegExp(piece)}(?![a-z0-9])`))
}

/** One obligation: the bodies it falls to, its words, and the lead-in it hangs under ("Chủ trì, phối hợp với …:"). */
interface Obligation {
  bodies: HeadingBody[]
  text: string
  parent: string | null
  /** Inside the part that assigns the work (elsewhere only dated obligations are read). */
  assigned: boolean
  /** A deadline given in a field of its own (a table's "Thời hạn" column). */
  deadlineField?: string
  /** The field says when the work is done ("Thời gian"), not by when ("Thời hạn", "Hoàn thành"). */
  whenField?: boolean
  /** The line as the plan writes it, body and all, for warnings. */
  line?: string
  /** The heading that named the bodies of a line under it, when the line does not name its own. */
  heading?: string
  /** The heading of the timetable a line stands in, which may name the session it is about ("Tiến độ (đối với hội nghị ngày …)"). */
  scope?: string
}

/** "Để chuẩn bị chu đáo cho các kỳ tiếp công dân, …": what a sentence's request is for, before who asks. */
// (The bodies after it may be named by their kind first, in lower case after the comma: "Để kịp tổng hợp trình lãnh đạo,
// các Sở: A, B gửi báo cáo …"; and a news report may say the plan asks: "Để chuẩn bị, kế hoạch giao Sở A …".)
// (A word of any case after the comma: a body may be named in lower case, "Để chuẩn bị, công chức Văn phòng …".)
const PURPOSE_OPENING = /^(để|nhằm)\s[^,;:]{3,100},\s*(?=\p{L})/iu

/** "Đối với buổi đối thoại tại phường A, …", "Riêng Hội nghị tại xã B, …": which session or matter a sentence's work is for. */
const SCOPE_OPENING = /^(đối với|riêng)\s[^,;:]{3,100},\s*(?=\p{L})/iu
/** "Sau hội nghị, …", "Khi kết thúc đối thoại, …": when a sentence's work is done, before the body that does it. */
// (Not "Trước Hội nghị cấp tỉnh, Ban A phối hợp … tổ chức một hội nghị đối thoại điểm …": what comes before the session is
// another session's or the item's own, read with it.)
// (A body after it may be in lower case: "Sau hội nghị, công chức Văn phòng - Thống kê tham mưu …", "…, các xã tổng hợp …".)
const TIME_OPENING = /^(sau|ngay sau|khi kết thúc|kết thúc)\s[^,;:\d]{3,60},\s*(?=\p{L})/iu

/**
 * "Đối với buổi đối thoại tại phường A, Sở Xây dựng và UBND phường A báo cáo …, gửi … trước ngày 10/3": the bodies after
 * what the work is for are its subject; the work keeps that scope, which may name the session it counts from.
 */
function scopedHeading(text: string): { bodies: HeadingBody[]; rest: string | null } | null {
  const scope = SCOPE_OPENING.exec(text) ?? TIME_OPENING.exec(text)
  const heading = scope ? bodyHeading(text.slice(scope[0].length)) : null
  return scope && heading?.rest ? { bodies: heading.bodies, rest: `${scope[0]}${heading.rest}` } : null
}

/**
 * A body's term stated apart from its work, as an adjusting notice writes it: "Thời hạn báo cáo rà soát hồ sơ của công
 * chức Địa chính - Xây dựng điều chỉnh thành trước ngày 30/6/2015", "Điều chỉnh thời hạn gửi báo cáo của Phòng A từ ngày
 * 15/6 thành trước ngày 30/6", "Thời hạn gửi báo cáo của Trưởng thôn B là trước ngày 12/4": the work after "thời hạn", the
 * body after "của", the term after "thành" / "là" (an old term after "từ" is only what is replaced).
 */
const STATED_TERM = new RegExp(
  String.raw`^(điều chỉnh\s+)?(?:thời hạn|hạn)\s+(.+?)\s+(?:của|do)\s+(.+?)\s+(?:được\s+)?` +
    String.raw`(điều chỉnh|gia hạn|lùi|dời|chuyển)?\s*(?:lại\s+)?(?:từ\s+.+?\s+)?(?:thành|sang|đến|tới|là)\s+(.+)$`,
  'iu',
)

/**
 * The body and its work with the term of such a sentence, as if the body opened it, and whether the sentence changes
 * an earlier term (a verb of change: "điều chỉnh", "gia hạn", "lùi" …); or null.
 */
export function statedTerm(sentence: string): { bodies: HeadingBody[]; rest: string; changed: boolean } | null {
  const term = STATED_TERM.exec(sentence.trim())
  const heading = term ? bodyHeading(`${term[3]} ${term[2]} ${term[5]}`) : null
  return term && heading?.rest ? { bodies: heading.bodies, rest: heading.rest, changed: Boolean(term[1] || term[4]) } : null
}

/** Words after a heading's bodies that only say which of them: "được giao tham mưu (cột …)", "được phân công chủ trì". */
const ASSIGNED_QUALIFIER = /^(đã\s+)?được\s+(giao|phân công)(\s+[\p{L}]+){0,4}(\s*\([^()]{0,80}\))?\s*[.;]?$/iu

/** A line that introduces the items under it: "Chủ trì, phối hợp với …:", "… cụ thể:". */
const isLeadIn = (text: string) => /:\s*$/.test(text) && !/\d{1,2}\/\d{1,2}\S*\s*:?\s*$/.test(text)

/**
 * "…, Chủ tịch Ủy ban nhân dân tỉnh giao:", "Ban Thường vụ yêu cầu như sau:": a lead-in by which its body hands out the
 * work; the items under it name who does it ("1. Về …: Giao Sở A chủ trì, … trước ngày …"), the body that assigns is none.
 */
const ASSIGNING_LEAD_IN = /(?<![\p{L}])(giao|yêu cầu)(\s+(như sau|cụ thể))?\s*:\s*$/iu

/** A body a table's cell may lead by: one the plan names as a body, or a group of firms. */
const isLead = (b: HeadingBody) => startsWithBody(b.name) || FIRMS_GROUP.test(b.name)

/** The bodies a table's cell of leads names: read as a heading when it is one body or a kind over its places, whole. */
function leadCell(cell: string): HeadingBody[] {
  const heading = bodyHeading(cell)
  return heading && !heading.rest ? heading.bodies : bodiesOfHeading(cell)
}

/** A column of a schedule that gives by when its row's work is due, not when the session is: "Thời hạn gửi báo cáo". */
/** The column of the body that leads or prepares each row's work (folded header). */
const LEAD_COLUMN = /chu tri|thuc hien|don vi|co quan|trach nhiem/
const TERM_COLUMN = /^(thoi han|han chot|han gui|thoi gian hoan thanh)\b/

/** The table of tasks some plans use: "Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành". */
/**
 * The clauses of a timetable's work, each of the body it opens with: "Văn phòng … phát hành giấy mời; UBND xã A thông
 * báo …" is two, one each; "Văn phòng … tổng hợp ý kiến; tham mưu văn bản …" one, the first body's.
 */
function bodyClauses(words: string, first: HeadingBody[]): { bodies: HeadingBody[]; text: string }[] {
  const parts: { bodies: HeadingBody[]; text: string }[] = []
  for (const clause of words.split(/;\s+(?=\p{Lu})/u)) {
    const other = parts.length > 0 ? bodyHeading(clause) : null
    const current = parts.at(-1)
    if (current && !(other?.rest && /^\p{Ll}/u.test(other.rest) && OBLIGATION_VERBS.test(lowerVietnamese(other.rest)))) {
      current.text = `${current.text}; ${clause}`
    } else {
      parts.push({ bodies: other ? other.bodies : first, text: clause })
    }
  }
  return parts
}

/** The opening of a cell that says by when work is due, not when a session is: "Trước …", "Chậm nhất …", "Trong tháng …". */
const DUE_CELL_OPENS = /^(trước|chậm nhất|hoàn thành|xong|hạn|thường xuyên|định kỳ|hằng|hàng|sau|trong|đến|kịp thời|liên tục)(?![\p{L}])/iu

/**
 * The header a task table lost when it was pasted ("1 ⇥ Xây dựng chương trình … ⇥ Văn phòng … ⇥ Ban Tiếp công dân ⇥ Trước
 * buổi đối thoại 05 ngày làm việc", the labels' row left behind), read from what its columns hold: the work, then the
 * bodies' columns (the leading one first), and one whose cells mostly open as a deadline does ("Trước …", "Chậm nhất …").
 * Null unless every row is numbered and as wide, three or more, and those columns are plain: a schedule's times say when
 * its sessions are ("8h00, thứ Tư, ngày 12/3"), so at most a few of them ("Trong tháng 6") open as a deadline.
 */
function lostHeader(table: OutlineNode): string[] | null {
  const rows = table.children.map((row) => row.cells ?? [])
  const width = rows[0]?.length ?? 0
  if (rows.length < 3 || width < 4 || rows.some((cells, k) => cells.length !== width || cells[0] !== String(k + 1))) {
    return null
  }
  const mostly = (k: number, test: (cell: string) => boolean) => {
    const filled = rows.map((cells) => (cells[k] ?? '').trim()).filter(Boolean)
    return filled.length >= 2 && filled.filter(test).length >= filled.length * 0.75
  }
  const labels = ['TT']
  for (let k = 1; k < width; k++) {
    labels.push(
      k === 1
        ? 'Nội dung công việc'
        : mostly(k, startsWithBody)
          ? labels.includes('Đơn vị chủ trì')
            ? 'Đơn vị phối hợp'
            : 'Đơn vị chủ trì'
          : mostly(k, (cell) => DUE_CELL_OPENS.test(cell))
            ? 'Thời gian hoàn thành'
            : 'Ghi chú',
    )
  }
  return labels.includes('Đơn vị chủ trì') && labels.filter((label) => label === 'Thời gian hoàn thành').length === 1 ? labels : null
}

function tableObligations(
  table: OutlineNode,
  bodies: HeadingBody[] | null,
  assigned: boolean,
  out: Obligation[],
  scope: string | null,
): void {
  const header = table.children.find((r) => r.header)?.header ?? lostHeader(table)
  if (!header) {
    return
  }
  const column = (pattern: RegExp) => header.findIndex((cell) => pattern.test(foldPlain(cell)))
  // A schedule ("Thời gian | Địa điểm | Nội dung đối thoại") lists sessions, not work.
  // (… or whom each row's meeting gathers: "Thời gian | Nội dung | Thành phần | Đơn vị chuẩn bị", its times the sessions'.)
  // Only its rows under a group's title that names the work are tasks: "II | CÔNG VIỆC CHUẨN BỊ VÀ SAU ĐỐI THOẠI" /
  // "5 | Tổng hợp ý kiến, kiến nghị … | Trước ngày 20/4/2024 | | Ban Chính sách - Pháp luật".
  const schedule =
    column(/dia diem|noi dung doi thoai|noi dung tiep|chu de|^(thanh phan|doi tuong)( (tham du|tham gia|doi thoai|moi))*$/) !== -1
  // (… unless each row names, beside its session, the body that prepares it and the term of that body's work:
  // "Nội dung đối thoại | Thời gian | Địa điểm | Đơn vị chuẩn bị | Thời hạn gửi báo cáo", its "Đảng ủy xã A |
  // Trước ngày 09/4" a task.)
  const term = column(TERM_COLUMN)
  const preparer = column(LEAD_COLUMN)
  const termed = schedule && term !== -1 && preparer !== -1 && preparer !== term
  const grouped = table.children.some((row) => WORK_GROUP.test(foldPlain(groupTitle(row.cells ?? [], header) ?? '')))
  if (schedule && !termed && !grouped) {
    return
  }
  // (… or who presides over each row's session: "Thời gian | Người chủ trì | Nội dung | Cơ quan chuẩn bị hồ sơ", its
  // "Chủ tịch UBND tỉnh" the host of a reception on that day, no body owing work by it.)
  if (column(/^(nguoi|lanh dao) (chu tri|tiep)\b/) !== -1) {
    return
  }
  const lead = preparer
  const coordinating = column(/phoi hop/)
  const due = termed ? term : column(/thoi (gian|han)|hoan thanh|tien do/)
  const what = column(/noi dung|cong viec|nhiem vu/)
  if (lead === -1 && due === -1) {
    return
  }
  let workGroup = !schedule || termed
  // The title of the group a row stands in: "| I | CHUẨN BỊ HỘI NGHỊ ĐỐI THOẠI VỚI DOANH NGHIỆP |" over "| 3 | Chuẩn bị
  // nội dung trả lời … | Các sở, ngành | … | Chậm nhất 05 ngày làm việc trước ngày tổ chức Hội nghị |": the session it
  // names is the one its rows count from, as a heading over the table names it for all of them.
  let group: string | null = null
  for (const row of table.children) {
    const cells = row.cells ?? []
    const title = groupTitle(cells, header)
    if (title !== null) {
      workGroup = !schedule || termed || WORK_GROUP.test(foldPlain(title))
      group = title
    }
    if (!workGroup) {
      continue
    }
    // A timetable with no column of bodies ("Thời gian | Nội dung công việc") names who does each row's work at the start
    // of it ("Ngày 20/4 | Văn phòng … phát hành giấy mời; UBND xã A thông báo …"), as a timetable's line does: each
    // body its clause, on the row's time. (A row whose work names no body, "Tổ chức hội nghị đối thoại …", is none.)
    const doer = lead === -1 && what !== -1 && due !== -1 && due !== what ? bodyHeading((cells[what] ?? '').trim()) : null
    if (doer?.rest) {
      for (const part of bodyClauses((cells[what] ?? '').trim(), doer.bodies)) {
        out.push({
          bodies: part.bodies,
          text: part.text,
          parent: null,
          assigned,
          ...((group ?? scope) ? { scope: group ?? scope ?? '' } : {}),
          deadlineField: cells[due] ?? '',
          whenField: !/hoan thanh|thoi han|han chot/.test(foldPlain(header[due] ?? '')),
        })
      }
      continue
    }
    const leads =
      lead !== -1 && lead !== coordinating
        ? // ("| Đề nghị Công an tỉnh |": the request before the body in its cell, as in a heading.)
          // ("| Đảng ủy các xã: A và B |": the kind over its places, one body each, as in a heading.)
          leadCell(withoutRequest((cells[lead] ?? '').trim())).filter(isLead)
        : (bodies ?? [])
    if (leads.length === 0) {
      continue
    }
    // ("| Văn phòng Sở | UBND thị xã A (Hội nghị thứ hai) | Trước 05 ngày tổ chức hội nghị |": the session a partner helps
    // with is its own remark; the lead's work is still for every session its deadline says.)
    const others =
      coordinating !== -1
        ? (cells[coordinating] ?? '').replace(/\s*\((?:đối với\s+)?(?:hội nghị|buổi|cuộc|phiên|đợt)(?!\p{L})[^()]*\)/giu, '')
        : ''
    out.push({
      bodies: leads,
      text: `${what !== -1 ? (cells[what] ?? '') : row.text}${others ? `. Phối hợp: ${others}` : ''}`,
      parent: null,
      assigned,
      // "III. PHÂN CÔNG NHIỆM VỤ CHUẨN BỊ HỘI NGHỊ ĐỐI THOẠI NGÀY 12/7/2018" over the table: its rows' "Trước hội nghị 10
      // ngày" counts from that session, as a timetable's lines do from the one their heading names.
      ...((group ?? scope) ? { scope: group ?? scope ?? '' } : {}),
      ...(due !== -1
        ? { deadlineField: cells[due] ?? '', whenField: !/hoan thanh|thoi han|han chot/.test(foldPlain(header[due] ?? '')) }
        : {}),
    })
  }
}

/**
 * The obligations under a node: a body heading opens a new owner for what is under it; a lead-in
 * ending with a colon is the parent of the items after it; a paragraph under an item continues it.
 */
function collect(
  n: OutlineNode,
  bodies: HeadingBody[] | null,
  lead: string | null,
  assigned: boolean,
  out: Obligation[],
  warnings: ImportWarning[],
  owner: Obligation | null = null,
): void {
  let siblingLead: string | null = lead
  let last: Obligation | null = null
  const before = out.length
  // Lines that only name bodies ("- Đảng ủy các xã thuộc cụm 1: A, B và C;"): the paragraph after them is their work.
  let roster: HeadingBody[] = []
  // "- Cơ quan chủ trì: Phòng Tài nguyên và Môi trường." / "- Cơ quan phối hợp: …" / "- Thời gian hoàn thành: trước ngày
  // 30/11": a row of a table of tasks written as lines, the obligation of the body after "chủ trì".
  let chaired: Obligation | null = null
  let fields: string[][] = [[], [], []]
  for (const child of n.children) {
    // (Its other fields are that obligation's: "- Nội dung: kiểm tra, …; báo cáo kết quả … chậm nhất ngày 15/11".)
    // (The work first, the bodies that help last, as in a table's row: "kiểm tra, xử lý …. Thời gian hoàn thành: …. Cơ
    // quan phối hợp: …".)
    if (chaired && child.kind === 'item' && child.children.length === 0 && CHAIR_FIELD.test(child.text)) {
      const work = /^nội dung\s*:\s*/iu.exec(child.text)
      const partner = /^(cơ quan|đơn vị) phối hợp/iu.test(child.text)
      fields[work ? 0 : partner ? 2 : 1]?.push(work ? child.text.slice(work[0].length) : child.text)
      chaired.text = fields
        .flat()
        .map((field) => field.replace(/[.;,]?\s*$/, '.'))
        .join(' ')
      continue
    }
    chaired = null
    fields = [[], [], []]
    if (child.kind === 'item' && child.children.length === 0 && CHAIR_LABEL.test(child.text)) {
      const chair = bodyHeading(child.text)
      if (chair && !chair.rest) {
        chaired = { bodies: chair.bodies, text: '', parent: null, assigned: assigned || isExecution(child), line: child.text }
        out.push(chaired)
        last = null
        continue
      }
    }
    // "- Thời hạn: trước ngày 10/8/2022" under an obligation or after it: that obligation's deadline.
    const holder = last ?? (out.length > before ? out.at(-1) : owner) ?? null
    if (holder && child.kind !== 'table' && DEADLINE_LABEL.test(child.text)) {
      holder.text = `${holder.text.replace(/[.;,]?\s*$/, '.')} ${child.text}`
      continue
    }
    if (child.kind === 'table') {
      tableObligations(child, bodies, assigned, out, n.kind === 'item' ? n.text : null)
      last = null
      continue
    }
    // "… thông báo lịch … như sau:": the document's own opening, not an obligation.
    if (child.kind === 'row' || isPurpose(child) || (child.kind === 'text' && /(như sau|sau đây)\s*:\s*$/iu.test(child.text))) {
      continue
    }
    const inExecution = assigned || isExecution(child)
    // (Under a body's heading, "- Là đầu mối giúp Chủ tịch UBND xã tổ chức thực hiện Kế hoạch, cụ thể:" is that body's
    // lead-in over its work, not a part that assigns work anew: the lines under it stay the body's.)
    if (child.kind === 'item' && isExecution(child) && !bodyHeading(child.text) && !(bodies && isLeadIn(child.text))) {
      collect(child, null, null, true, out, warnings)
      last = null
      continue
    }
    // "Ngày 12-7: Ban Dân vận Thành ủy ban hành đề cương …", "Trước ngày 19-7: Ủy ban MTTQ … tổng hợp …": a timetable's line.
    const dated = /^([^:]{3,100}):\s*(.+)$/.exec(child.text)
    // (A label with a number that is no date, "Đối với 04 hộ …: giao …", is not a timetable's line.)
    const when = foldPlain(dated?.[1] ?? '')
    const doer =
      // (Nor one that names a matter, whatever day it mentions: "Đối với 07 hộ có đất ở trước ngày 15/10/1993 …: giao …".)
      // (Nor a news item's day of saying, "Ngày 19-9, Trung ương Hội A cho biết: Văn phòng B vừa có công văn …".)
      dated &&
      /\d{1,2}\s*[/.-]\s*\d{1,2}|\b(ngay|tuan|truoc|sau)\b/.test(when) &&
      !/^(thang|quy|doi voi)\b/.test(when) &&
      !/\b(cho biet|cho hay|thong tin)$/.test(when.trim()) &&
      // (Nor a session's line whose next sentence is a label of its own: "Vào lúc 7 giờ 30, ngày 17/6/2019 — tại Hội trường
      // UBND xã A. Thành phần: đại biểu HĐND tỉnh, …" names whom the session gathers, by no deadline.)
      !(/[.;]\s+\p{Lu}/u.test(dated[1] ?? '') && labelledOf(`${(dated[1] ?? '').split(/[.;]\s+(?=\p{Lu})/u).at(-1) ?? ''}:`) !== null)
        ? bodyHeading(dated[2] ?? '')
        : null
    if (dated && doer) {
      // "Trước Diễn đàn ít nhất 07 ngày: Ban A hoàn thành kịch bản; Ban B đăng tải thông tin …": each body its clause,
      // on the line's deadline.
      for (const part of bodyClauses(dated[2] ?? '', doer.bodies)) {
        out.push({
          bodies: part.bodies,
          text: part.text,
          parent: null,
          assigned: inExecution || isTimelineNode(n),
          deadlineField: dated[1] ?? '',
          ...(n.kind === 'item' ? { scope: n.text } : {}),
        })
      }
      last = null
      continue
    }
    // A paragraph of running text whose sentences each open with a body ("Công chức Địa chính - Xây dựng có trách
    // nhiệm … trước ngày 15/4. Công chức Văn hóa - Xã hội tổng hợp … chậm nhất là ngày 30/9."): one obligation each.
    const sentences = child.kind === 'text' ? child.text.split(/(?<=[.!?])\s+(?=\p{Lu})/u) : []
    // ("Để buổi đối thoại có kết quả, UBND xã đề nghị Trưởng thôn A thông báo … trước ngày 17/4. Công chức B chuẩn bị …": what
    // the first request is for, then who asks whom.)
    const ownSubject = (sentence: string) => {
      const purposed = sentence.replace(PURPOSE_OPENING, '')
      const read = bodyHeading(sentence) ?? (purposed !== sentence ? bodyHeading(purposed) : null) ?? scopedHeading(sentence)
      return askedBody(read?.rest ?? null) ?? read
    }
    const subjects = sentences.map((sentence) => (labelledOf(sentence) ? null : ownSubject(sentence)))
    if (subjects.filter((subject) => subject?.rest).length >= 2 && subjects[0]?.rest) {
      let current: Obligation | null = null
      sentences.forEach((sentence, i) => {
        const subject = subjects[i]
        if (subject?.rest) {
          current = { bodies: subject.bodies, text: subject.rest, parent: null, assigned: inExecution, line: sentence }
          out.push(current)
        } else if (current) {
          current.text = `${current.text} ${sentence}`
        }
      })
      // (Each sentence named its own body: a paragraph after it owes nothing to a body named before it, "Công dân có
      // nhu cầu … đăng ký …" is no one's work.)
      bodies = null
      last = null
      continue
    }
    // ("Để chuẩn bị chu đáo nội dung Hội nghị, Văn phòng HĐND và UBND huyện đề nghị UBND các xã: A, B khẩn trương thực hiện
    // một số nội dung sau:": what the request is for, then who asks whom; the bodies asked own the items under it.)
    const purposed = child.kind === 'text' && isLeadIn(child.text) ? child.text.replace(PURPOSE_OPENING, '') : child.text
    const read = labelledOf(child.text)
      ? null
      : (bodyHeading(child.text) ??
        (purposed !== child.text ? bodyHeading(purposed) : null) ??
        (child.kind === 'text' || !bodies ? scopedHeading(child.text) : null) ??
        (inExecution ? unknownBodyHeading(child) : null))
    const heading = askedBody(read?.rest ?? null) ?? read
    // "5. Các chi bộ thôn" / "Bí thư chi bộ, Trưởng thôn thông báo rộng rãi … chậm nhất 05 ngày trước …": a paragraph whose
    // subjects are the officers of the heading's body does the work of that body.
    if (heading?.rest && bodies && heading.bodies.every((b) => officerOf(b.name, bodies ?? []))) {
      const obligation: Obligation = { bodies, text: heading.rest, parent: siblingLead, assigned: inExecution, line: child.text }
      out.push(obligation)
      last = obligation
      continue
    }
    // "Chủ tịch UBND tỉnh sẽ đối thoại với nông dân, doanh nghiệp và thanh niên", a news item's headline or a
    // paragraph announcing who holds the dialogue: the session itself, no work of that body, and the paragraphs
    // after it are not its own.
    // "Ban Thường vụ Đảng ủy phường đã ban hành Kế hoạch …; chỉ đạo …. Lịch tiếp dân định kỳ … (ngày 15 hằng tháng) được
    // niêm yết …": a report of work the body has done, no work still owed; nor are the paragraphs after it its own.
    const done = heading?.rest && child.kind === 'text' && /^đã\s/u.test(heading.rest)
    if (done || (heading?.rest && child.kind === 'text' && HOLDS_OWN_SESSION.test(foldPlain(heading.rest)))) {
      bodies = null
      siblingLead = null
      last = null
      continue
    }
    if (heading) {
      const rest = heading.rest
      // (The paragraph may hang under the last of those lines: it is the work of all of them still.)
      const bare = !rest && child.kind === 'item'
      const owners = bare && roster.length > 0 && child.children.every((c) => c.kind === 'text') ? [...roster, ...heading.bodies] : null
      roster = bare && child.children.length === 0 ? [...roster, ...heading.bodies] : []
      let own: Obligation | null = null
      // ("2. Các phòng được giao tham mưu (cột "Đơn vị tham mưu")" over its lines: the words after the bodies say which of
      // them, no work of their own.)
      const qualifies = child.children.length > 0 && !!rest && ASSIGNED_QUALIFIER.test(rest)
      if (rest && !isLeadIn(rest) && !qualifies) {
        own = { bodies: heading.bodies, text: rest, parent: null, assigned: inExecution, line: child.text }
        out.push(own)
      }
      if (child.kind === 'text') {
        // "Ban Tiếp công dân huyện: Niêm yết …" as a paragraph: the obligations after it are its own.
        bodies = rest && ASSIGNING_LEAD_IN.test(rest) ? null : heading.bodies
        siblingLead = rest && isLeadIn(rest) ? rest : null
        last = own
      } else {
        const from = out.length
        collectOwned(child, owners ?? heading.bodies, rest && isLeadIn(rest) ? rest : null, own, inExecution, out, warnings)
        // "2. Các cơ quan được giao chủ trì tham mưu tại Phụ lục" over "a) … gửi … chậm nhất 10 ngày trước ngày tổ chức hội
        // nghị": the heading names the schedule's column, whose body in each row does the work under it for that row.
        out.slice(from).forEach((o) => {
          if (o.bodies === heading.bodies && o !== own) {
            o.heading = child.text
          }
        })
        last = null
      }
      continue
    }
    // A paragraph to the public ("Công dân có nhu cầu … đăng ký trước …") is no body's work, nor does it continue one.
    if (child.kind === 'text' && PUBLIC_ADDRESSED.test(foldPlain(child.text))) {
      bodies = null
      last = null
      continue
    }
    if (child.kind === 'text' && last !== null) {
      // A paragraph after an obligation continues it ("Báo cáo gửi về … trước ngày …").
      last.text = `${last.text} ${child.text}`
      continue
    }
    if (isLeadIn(child.text) && child.text.length <= 400) {
      if (child.kind === 'text') {
        // "Lãnh đạo …; lồng ghép … trong báo cáo định kỳ 6 tháng (trước ngày 15-6) … gửi Ban Thường vụ. Riêng:": the
        // sentences before a short closing lead-in are the body's own work; only "Riêng:" introduces the lines under it.
        const sentences = child.text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)
        const closing = sentences.at(-1) ?? ''
        if (bodies && sentences.length >= 2 && closing.split(/\s+/).length <= 4) {
          const text = sentences.slice(0, -1).join(' ')
          out.push({ bodies, text, parent: siblingLead, assigned: inExecution })
        }
        siblingLead = child.text
      } else {
        collect(child, bodies, child.text, inExecution, out, warnings)
      }
      last = null
      continue
    }
    if (!bodies) {
      // "Xây dựng báo cáo … (Văn phòng - Thống kê chủ trì, hoàn thành trước ngày 5/8)": the body named inside.
      const inside = bodiesInside(child.text)
      if (inside) {
        const obligation: Obligation = { bodies: inside, text: child.text, parent: siblingLead, assigned: inExecution }
        out.push(obligation)
        last = child.kind === 'text' ? obligation : null
        if (child.kind === 'item') {
          collectOwned(child, inside, null, obligation, inExecution, out, warnings)
        }
        continue
      }
      // A paragraph of running text, or an item that opens with no body: each sentence with a deadline whose subject
      // is a body ("Sở Kế hoạch và Đầu tư tổng hợp …, gửi … trước ngày …"), also after a colon and "giao" ("Đối với 04
      // hộ …: giao Phòng Tài nguyên và Môi trường chủ trì …; hoàn thành trước ngày …"), or after the matter it answers with
      // the body first ("Kiến nghị làm rõ ranh giới quy hoạch …: Phòng Quản lý đô thị trả lời … trước ngày 05/11/2018").
      // (Not after a kind the names after it go with: "…, các Sở: Tài chính, Công Thương gửi báo cáo …" is one sentence.)
      // (Not after a place's abbreviation, "UBND TP. A"; a quoted conclusion, ": “Giao UBND … ”", opens after its mark.)
      const parts = child.text.split(SENTENCE_OR_ASSIGNMENT).map((part) => part.replace(/^[“"]/u, ''))
      let undated: ReturnType<typeof bodyHeading> = null
      for (const sentence of parts) {
        // (… also after what it is for: "Để chuẩn bị chu đáo cho các kỳ tiếp công dân, UBND tỉnh giao Ban Tiếp công dân
        // tỉnh …".)
        // (… and after "Riêng", the one body set apart with its own work and day: "Riêng Sở Tài chính phối hợp với … tổng
        // hợp …, gửi trước ngày 18/3".)
        const subject =
          bodyHeading(sentence) ??
          bodyHeading(sentence.replace(PURPOSE_OPENING, '')) ??
          (/^[Rr]iêng\s+\p{Lu}/u.test(sentence) ? bodyHeading(sentence.replace(/^riêng\s+/iu, '')) : null) ??
          statedTerm(sentence)
        const dated = (text: string) => findDeadlines(text, { defaultYear: 2000, documentDate: '2000-01-01' }).found.length > 0
        if (subject?.rest && dated(subject.rest)) {
          out.push({ bodies: subject.bodies, text: subject.rest, parent: null, assigned: inExecution, line: sentence })
        } else if (!subject && undated?.rest && DEADLINE_SENTENCE.test(sentence.replace(/[”".\s]+$/u, '')) && dated(sentence)) {
          // "Giao UBND TP. A thành lập Tổ công tác … trả lời bằng văn bản cho các hộ dân …. Hoàn thành trước ngày
          // 20/6/2020": the sentence that gives only the day is the deadline of the work the sentence before gives a body.
          const text = `${undated.rest} ${sentence}`
          out.push({ bodies: undated.bodies, text, parent: null, assigned: inExecution, line: sentence })
        }
        undated = subject?.rest && !dated(subject.rest) ? subject : null
      }
      if (child.kind === 'text') {
        continue
      }
      if (child.kind === 'item') {
        const before = out.length
        collect(child, null, null, inExecution, out, warnings)
        // ("2. Đối thoại tại khu công nghiệp huyện A" over "- Ban B tổng hợp kết quả …, báo cáo … chậm nhất 10 ngày sau khi kết
        // thúc đối thoại": the item that groups the bodies' lines may name the session they prepare, as a timetable's does.)
        for (const obligation of out.slice(before)) {
          obligation.scope ??= child.text
        }
        // (Its lines may name their own bodies: "Công an xã: bảo đảm an ninh … trước mỗi hội nghị 02 ngày." under it.)
        if (inExecution && child.children.length > 0 && child.style.startsWith('dec') && out.length === before) {
          warnings.push({ key: 'import-warning-no-body', vars: { number: child.marker, heading: child.text.slice(0, 60) } })
        }
      }
      continue
    }
    const listed = child.kind === 'text' && roster.length > 0 ? roster : bodies
    roster = []
    const obligation: Obligation = { bodies: listed, text: child.text, parent: siblingLead, assigned: inExecution }
    out.push(obligation)
    last = child.kind === 'text' ? obligation : null
    if (child.kind === 'item') {
      collectOwned(child, bodies, null, obligation, inExecution, out, warnings)
    }
  }
}

/** Where a paragraph's sentences part, and where an assignment opens after a colon (see collect). */
const SENTENCE_OR_ASSIGNMENT = new RegExp(
  String.raw`(?<=[.!?;])(?<!(?<![\p{L}])\p{Lu}{1,2}\.)\s+(?=\p{Lu})|` +
    String.raw`(?<=:)(?<!(?:^|\s)[Cc]ác\s+\p{L}+\s*:)\s+[“"]?(?=(?:[Gg]iao|[Đđ]ề nghị|[Yy]êu cầu)\s|\p{Lu})`,
  'u',
)

/** A sentence that gives only when work is due: "Hoàn thành trước ngày 20/6/2020", "Thời hạn hoàn thành: …". */
const DEADLINE_SENTENCE = /^(hoàn thành|thời hạn|thời gian hoàn thành|báo cáo kết quả)(?![\p{L}])[^.;]{0,60}$/iu

/**
 * "Đoàn ĐBQH tỉnh đã đề nghị Thường trực Ủy ban MTTQ tỉnh chỉ đạo …; thông báo … trước ngày 25/6": a news report's
 * sentence where one body asks another; the work, and its day, are the body asked's (the words after who asks).
 */
// (Also bodies of a kind named in the plural: "đề nghị các Phòng GD&ĐT, các trường THPT …".)
const ASK_ADVERBS = /^(([Đđ]ã|[Cc]ũng|[Tt]iếp tục)\s+)*/u
// (Case spelled out, no "i" flag: under it "\p{Lu}" takes small letters too, and "giao ban với …", a briefing, would ask "ban".)
const ASKS = new RegExp(
  `${ASK_ADVERBS.source}([Đđ]ề nghị|[Gg]iao cho|[Gg]iao|[Yy]êu cầu)\\s+(?=\\p{Lu}|[Cc]ác\\s+\\p{L}|[Nn]hững\\s+\\p{L})`,
  'u',
)

function askedBody(rest: string | null): ReturnType<typeof bodyHeading> {
  return rest && ASKS.test(rest) ? bodyHeading(rest.replace(ASK_ADVERBS, '')) : null
}

/** The end of a body's name: the place or the organ it serves ("… tuyến tỉnh", "… Hội Nông dân huyện"). */
const NAME_END = /(?<![\p{L}])(tỉnh|huyện|quận|xã|phường|thị xã|thị trấn|thành phố|thôn|trung ương|sở|ngành|khu vực)$/iu
/**
 * Headings that group work by its kind, not by who does it: "Công tác tuyên truyền", "Kinh phí", "Chế độ báo cáo"; or that
 * name a document, whatever words in capitals follow ("2. Lịch tiếp công dân TẠI ĐÂY:", a link's label).
 */
const WORK_HEADING = new RegExp(
  String.raw`^(công tác|công việc|nhiệm vụ|nội dung|kinh phí|chế độ|thông tin|thời gian|tiến độ|lộ trình|hồ sơ|tài liệu|lịch|kế hoạch)` +
    String.raw`(?![\p{L}])`,
  'iu',
)

/**
 * A numbered heading in the part that assigns the work, followed by obligations, names a body even
 * when its first word is none the vocabulary knows ("4. Các nhà văn hóa thôn", "5. Quỹ Bảo trợ trẻ
 * em tỉnh"): a short noun phrase, no sentence, no date, no verb first, ending with the place it
 * serves or holding a proper name, over lines that do not name bodies of their own.
 */
function unknownBodyHeading(item: OutlineNode): { bodies: HeadingBody[]; rest: null } | null {
  if (item.kind !== 'item' || !item.style.startsWith('dec') || item.children.length === 0) {
    return null
  }
  const name = item.text.replace(/\s+/g, ' ').replace(/:$/, '').trim()
  const words = name.split(' ')
  if (
    words.length < 2 ||
    words.length > 12 ||
    !/^\p{Lu}/u.test(name) ||
    /[\d.;:!?()]/.test(name) ||
    OBLIGATION_VERBS.test(lowerVietnamese(name)) ||
    WORK_HEADING.test(name) ||
    isExecution(item) ||
    isPurpose(item) ||
    isTimelineNode(item)
  ) {
    return null
  }
  // ("7/ Các doanh nghiệp trong các khu công nghiệp" over "Gửi Phiếu … trước ngày …": firms, named with no capitals.)
  if (!NAME_END.test(name) && !words.slice(1).some((w) => /^\p{Lu}/u.test(w)) && !FIRMS_GROUP.test(name)) {
    return null
  }
  // Lines under it that open with bodies of their own: the heading groups their work, it names no one.
  const first = item.children.find((c) => c.kind !== 'table')
  if (!first || bodyHeading(first.text) || bodiesInside(first.text)) {
    return null
  }
  return { bodies: [{ name, place: null }], rest: null }
}

/** What is under an item that has an owner: paragraphs continue its obligation, items are further obligations. */
/** An officer of one of the bodies, by title and the body's own words: "Bí thư chi bộ", "Trưởng thôn" of "Các chi bộ thôn". */
function officerOf(name: string, bodies: HeadingBody[]): boolean {
  const title = OFFICER_TITLE.exec(foldPlain(name))
  const words = title ? foldPlain(name).slice(title[0].length).split(/\s+/).filter(Boolean) : null
  // ("2. Các trường học trực thuộc" over "- Thủ trưởng đơn vị phối hợp với công đoàn …": the unit named by its kind alone
  // is the one the heading names, each of them, whatever its name.)
  if (words !== null && /^(don vi|co quan)( (minh|do))?$/.test(words.join(' '))) {
    return true
  }
  return (
    words !== null &&
    words.length > 0 &&
    bodies.some((body) => {
      const own = foldPlain(body.name).split(/\s+/)
      return words.every((word) => own.includes(word))
    })
  )
}

function collectOwned(
  item: OutlineNode,
  bodies: HeadingBody[],
  lead: string | null,
  own: Obligation | null,
  assigned: boolean,
  out: Obligation[],
  warnings: ImportWarning[],
): void {
  const paragraphs = item.children.filter((c) => c.kind === 'text')
  const firstItem = item.children.findIndex((c) => c.kind !== 'text')
  // Paragraphs before the first sub-item belong to the item's own obligation, when it has one.
  if (own) {
    const leading = firstItem === -1 ? paragraphs : item.children.slice(0, firstItem)
    // ("5. Phòng A: báo cáo … trong ngày 09/4" over "Sau hội nghị, Phòng B dự thảo … trong thời hạn 10 ngày …": a
    // paragraph after the last item that names its own body after when the work is done is that body's work.)
    const namedOwn = leading.findIndex((p) => scopedHeading(p.text)?.rest)
    for (const p of namedOwn === -1 ? leading : leading.slice(0, namedOwn)) {
      // ("5. Công an tỉnh: Bố trí lực lượng …" over "Công dân có nhu cầu … đăng ký trước … ít nhất 05 ngày trước ngày
      // tiếp": what the public is asked to do, and what follows it, is not the body's work.)
      if (isLeadIn(p.text) || PUBLIC_ADDRESSED.test(foldPlain(p.text))) {
        break
      }
      own.text = `${own.text} ${p.text}`
    }
    const firstOther = firstItem === -1 ? item.children.length : firstItem
    const from = namedOwn !== -1 ? item.children.indexOf(leading[namedOwn]!) : firstOther
    const rest = { ...item, children: item.children.slice(from) }
    collect(rest, bodies, isLeadIn(own.text) ? own.text : lead, assigned, out, warnings, own)
    return
  }
  collect(item, bodies, lead, assigned, out, warnings)
}

const CARDINALS: Record<string, number> = { hai: 2, ba: 3, bon: 4, tu: 4, nam: 5 }
/** "hai cuộc đối thoại còn lại", "03 hội nghị còn lại" (folded, without punctuation). */
const REMAINING_SESSIONS =
  /\b(hai|ba|tu|bon|nam|\d{1,2}) (?:cuoc|buoi|hoi nghi|phien|dot|lan)(?: doi thoai| tiep xuc| tiep cong dan)? con lai\b/
/** "cuộc đối thoại tại huyện A", "đối thoại định kỳ tại nơi làm việc": where a session is held (folded), the place captured. */
/** A kind of place named with no name: "chi nhánh", "đơn vị", "cơ sở", "địa phương". */
const PLACE_KIND_ONLY = /^(chi nhanh|don vi|co so|dia phuong|dia ban|noi lam viec|khoa|phong|truong)( (do|nay|minh))?$/
/**
 * A workplace's kind where a session is held, with no name: "đối thoại tại doanh nghiệp" is each firm's own, not the one
 * whose topic says "khi doanh nghiệp thu hẹp sản xuất" (while "đối thoại với doanh nghiệp" may name the one held with them).
 */
const WORKPLACE_KIND_ONLY = /^(doanh nghiep|cong ty|nha may|xi nghiep|benh vien)$/
/**
 * The local levels a group of bodies names after "các", each of them one ("UBND các huyện, thành phố", "Ban Dân vận các
 * huyện ủy, thị ủy, thành ủy"), as whole words naming the level or its party committee; null for any other group.
 */
function localLevels(name: string): RegExp | null {
  const listed = /(?<![\p{L}])các\s+(.+)$/iu.exec(name)?.[1]
  const kinds = (listed ?? '').split(/\s*,\s*|\s+và\s+/u).map(foldPlain)
  const levels = kinds.map((kind) => LOCAL_LEVELS.find((level) => level.includes(kind)))
  if (!listed || levels.some((level) => level === undefined)) {
    return null
  }
  return new RegExp(`(?<![a-z0-9])(${levels.flatMap((level) => level ?? []).join('|')})(?![a-z0-9])`)
}

/** A kind of unit as whole words: "xa" in "doi thoai voi nhan dan xa an phu", not in "xay dung". */
const kindOfUnit = (kind: string) => new RegExp(`(?<![a-z0-9])${kind}(?![a-z0-9])`)
/** An obligation that charges its body with some sessions: "chủ trì tổ chức buổi đối thoại với người bệnh". */
const CHARGED_WITH = new RegExp(
  String.raw`\b(?:chu tri|dau moi|phu trach)\b(?: [a-z]+){0,4}? (?:cac |cuoc |buoi |phien )?` +
    String.raw`(?:hoi nghi|doi thoai|tiep xuc)(?: doi thoai)? (?:voi|ve) ((?:[a-z]+ ){0,7}[a-z]+)`,
)
/** "chủ trì tổ chức các hội nghị tại mục 2 và mục 3": a charge of the sessions some items hold (folded). */
const CHARGED_BY_ITEM = new RegExp(
  String.raw`^(?:chu tri|dau moi|phu trach)\b(?: [a-z]+){0,3}? (?:cac |cuoc |buoi |phien )?(?:hoi nghi|doi thoai|tiep xuc|dien dan)\b` +
    String.raw`[^.;]{0,30}? (?:tai|o|theo) (?:cac )?(?:tieu muc|muc|diem)\b`,
)
/** "là cơ quan thường trực", "làm đầu mối", "tham mưu tổ chức các hội nghị đối thoại": a plan's standing body (folded). */
const STANDING_BODY_CUE =
  /\b(?:la|lam) (?:co quan |don vi )?(?:thuong truc|dau moi)\b|\btham muu (?:to chuc|trien khai) (?:cac|nhung) (?:hoi nghi|cuoc|buoi)\b/
/**
 * A timed line of a session's programme: "14 giờ 10 - 14 giờ 40: Phòng Tổ chức cán bộ báo cáo …", "08h00 – 08h30: …". The
 * office that speaks there takes part in the session as its guests do, it does not host it.
 */
const PROGRAMME_LINE = /^\s*(?:[-+*•]\s*)?\d{1,2}\s*(?:giờ|h|g|:)\s*\d{0,2}\s*(?:phút\s*)?[-–—]\s*\d{1,2}\s*(?:giờ|h|g|:)/iu
/** "buổi đối thoại trực tuyến", "hội nghị trực tuyến": a session held online (folded). */
const ONLINE_SESSION = /\b(?:buoi|cuoc|phien|hoi nghi)(?: doi thoai| tiep xuc| tiep cong dan)? truc tuyen\b/
/**
 * "cuộc đối thoại với doanh nghiệp du lịch …", "buổi đối thoại về …": with whom or on what a session is held (folded), captured.
 * ("Hội nghị đối thoại giữa Bí thư Tỉnh ủy với đoàn viên, thanh niên": its host between, with whom after.)
 */
const WITH_WHOM = /\b(?:cuoc|buoi|phien|hoi nghi) (?:doi thoai|tiep xuc) (?:voi|ve|giua (?:[a-z]+ ){1,8}?voi) ((?:[a-z]+ ){0,7}[a-z]+)/
/**
 * "phát hành giấy mời … các buổi đối thoại theo cụm tổ dân phố": the sessions of a grouping the plan lists (folded),
 * captured. It picks out the sessions of this obligation only, not those the body is charged with.
 */
const BY_GROUP = /\b(?:cuoc|buoi|phien|hoi nghi) (?:doi thoai|tiep xuc) theo ((?:[a-z]+ ){0,7}[a-z]+)/
// (A place may be named by its number: "nội dung đối thoại tại tổ dân phố số 8", not the one at "tổ dân phố số 1".)
const HELD_AT = /\b(?:doi thoai|hoi nghi|tiep xuc|tiep cong dan)(?: [a-z]+){0,2} tai ((?:[a-z0-9]+ ){0,4}[a-z0-9]+)/
/** "đối thoại tại khu công nghiệp, khu kinh tế": where sessions are held, several places listed (folded, commas kept), captured. */
const HELD_AT_LIST = /\b(?:doi thoai|hoi nghi|tiep xuc|tiep cong dan)(?: [a-z]+){0,2} tai ([a-z0-9 ]+(?:(?:,| va| hoac) [a-z0-9 ]+)+)/
/** The kinds of place a session is held in, opening its name (folded): "xa", "thi tran". */
const PLACE_KIND_WORDS = 'xa|phuong|dac khu|thi tran|thi xa|huyen|quan|thanh pho|thon|to dan pho|khu pho|ap'
/**
 * The next place of a list after one a session is held in (folded, commas gone): "… xa a va xa b" (a place of any kind
 * after "và", not "… xa a va to chuc …"), or "… xa a xa b" of the same kind (not "xa a huyen c", the commune's district).
 */
const nextPlace = (kind: string | null) =>
  new RegExp(String.raw`^\s*(?:va (?=(?:${PLACE_KIND_WORDS}) )${kind ? `|(?=${kind} )` : ''})((?:[a-z0-9]+ ){0,4}[a-z0-9]+)`)
/**
 * Names of kinds of bodies and levels, never a place on their own (folded): what is left of "Văn phòng Đảng ủy" once they
 * go. ("Ủy ban MTTQ Việt Nam phường": the country is the Front's name, not a place one session is held in.)
 */
const ORGANISATION_WORDS = new RegExp(
  String.raw`\b(${[
    'dang uy|uy ban nhan dan|uy ban|nhan dan|ubnd|hoi dong nhan dan|hdnd|van phong|chi bo|cong doan',
    'uy ban mat tran to quoc( viet nam)?|mttq( viet nam)?',
    'doan thanh nien|thuong truc|ban thuong vu|ban chap hanh|chinh quyen|co quan|don vi',
    // ("Văn phòng Tỉnh Đoàn": the youth union of the province, an organisation as "Tỉnh ủy" is; not the place of the
    // session whose item says "gửi về Tỉnh Đoàn".)
    '(tinh|thanh|huyen|thi|quan) doan',
    // ("Văn phòng HĐND và UBND đặc khu": the special zone, a level as a district is since 2025, not a place of one session.)
    'xa|phuong|huyen|tinh|thanh pho|quan|thi tran|thi xa|dac khu|so|khoi',
    // ("Ban Tiếp công dân thành phố": the office that receives, not a place; "tiếp công dân" is every reception's word.)
    'tiep cong dan|tiep dan',
  ].join('|')})\b`,
  'g',
)
/**
 * A place that opens the clause of a deadline, right before it: "…: xã Định Hòa trước ngày …" (folded), captured; also
 * with what it sends between ("…: xã A gửi báo cáo trước ngày 30/4; xã B gửi báo cáo trước ngày 15/8").
 */
const PLACE_BEFORE_DEADLINE = new RegExp(
  String.raw`(?:^|[:;]\s*)((?:xa|phuong|thi tran|thi xa|huyen|quan|thanh pho) [a-z]+(?: [a-z]+){0,3}?)` +
    String.raw`(?: (?:gui|nop|trinh|hoan thanh)(?: [a-z]+){0,3})?\s*,?\s*$`,
)
/** "hội nghị (đối thoại) cấp tỉnh", "ngày đối thoại cấp trường": the level a session is held at (folded), captured. */
const SESSION_LEVEL = new RegExp(
  String.raw`\b(?:hoi nghi|doi thoai|buoi|cuoc|dien dan|phien)(?: doi thoai)? ` +
    String.raw`cap (tinh|huyen|xa|thanh pho|thi xa|quan|phuong|co so|truong|khoa)(?![a-z])`,
)
/** A rank listed after a session's rank (folded, without its commas): "… và Hội nghị thứ ba", ", thứ 3". */
const RANK_LISTED = new RegExp(
  String.raw`^\s*(?:va\s)?\s*(?:(?:hoi nghi|buoi|phien|cuoc|dot)(?: doi thoai| tiep xuc| tiep cong dan)? )?` +
    String.raw`(?:thu|lan thu|so) ?(nhat|hai|ba|tu|nam|sau|bay|tam|\d{1,2})\b(?![./]\d)`,
)
/** A session's topic that names its rank: "Đối thoại lần thứ hai với …", "Hội nghị đối thoại thứ 3 …" (folded), the rank captured. */
const RANK_IN_TOPIC = new RegExp(
  String.raw`\b(?:doi thoai|tiep xuc|tiep cong dan|hoi nghi|buoi|phien|cuoc|dot|dien dan) ` +
    String.raw`(?:lan thu|thu|lan) ?(nhat|hai|ba|tu|nam|sau|bay|tam|\d{1,2})\b(?![./]\d)`,
)
/**
 * A field holding a month or a quarter alone: "Tháng 12/2027", "Quý II" (folded). Not "Trong tháng 9/2018" in a column
 * "Thời gian thực hiện": within the month is a bound, its last day, as "hoàn thành trong tháng 9/2018" is.
 */
const PERIOD_ONLY = /^(vao )?(thang|quy) ([0-9]{1,2}|i|ii|iii|iv)( [0-9]{4})?$/
/**
 * Work that is holding a session itself: "Tổ chức đối thoại với …", "Tổ chức Hội nghị đối thoại …", "Tổ chức Chương trình
 * đối thoại", "Tổ chức Diễn đàn" (folded).
 */
/** The body named first holds the session itself (folded): "sẽ đối thoại với …", "trực tiếp tiếp công dân …". */
const HOLDS_OWN_SESSION =
  /^(se |du kien )?(lan luot )?(truc tiep )?(chu tri (hoi nghi |buoi |cuoc )?)?(doi thoai|tiep cong dan|gap go,? doi thoai)\b/
const HOLDS_SESSION = /^to chuc (hoi nghi |buoi |cuoc |chuong trinh )?(doi thoai|hoi nghi|tiep xuc|tiep cong dan|dien dan)\b/
/** "dự Hội nghị người lao động", "kết thúc Chương trình Chủ tịch UBND tỉnh đối thoại …": a session by its name (folded), captured. */
const SESSION_BY_NAME = /\b(?:du|cua|phuc vu|to chuc|ket thuc) (hoi nghi|dien dan|toa dam|chuong trinh) ((?:[a-z]+ ){0,4}[a-z]+)/
/** "… so với ngày tổ chức Chương trình.": the kind alone at the end of a clause, naming no session itself. */
const KIND_ALONE = /\b(?:du|cua|phuc vu|to chuc|ket thuc) (?:hoi nghi|dien dan|toa dam|chuong trinh)\s*(?:[.,;:]|$)/
/**
 * "trước mỗi hội nghị", "sau từng buổi đối thoại": each session, of some kind or with some people perhaps (folded).
 * ("trước mỗi hoạt động 01 ngày": a plan listing its dialogues and forums as "Các hoạt động" says each of them.)
 */
const EACH_SESSION =
  /\b(moi|tung) (cuoc |buoi |phien |hoi nghi |dot )?(hoi nghi|doi thoai|tiep xuc|tiep cong dan|buoi|cuoc|phien|dien dan|ky|hoat dong|dot)\b/
/**
 * "đối với các buổi còn lại", "… (đối với Buổi 1) và trước mỗi buổi tiếp theo ít nhất 05 ngày làm việc": every session
 * but those the obligation named before (folded).
 */
const OTHER_SESSIONS =
  /\b(?:cac|nhung|moi|tung) (?:cuoc|buoi|hoi nghi|phien|dot|lan|noi dung)(?: doi thoai| tiep xuc| tiep cong dan)? (?:con lai|tiep theo)\b/
/**
 * A list that gives places their sessions: "(xã A, xã B: Buổi thứ nhất; xã C, xã D: Buổi thứ hai)" → the places
 * (folded) before each rank.
 */
function ranksByPlace(text: string): { places: string; rank: number }[] {
  const out: { places: string; rank: number }[] = []
  // (Folded with its colons and semicolons, which say which places go with which rank.)
  for (const m of foldForDeadline(text).matchAll(
    /([^;:()]{3,120}):\s*(?:buoi|hoi nghi|cuoc|phien|dot)(?: doi thoai)? (?:thu |so )?([a-z]+|\d{1,2})\b/g,
  )) {
    const token = m[2] ?? ''
    const rank = /^\d+$/.test(token) ? Number(token) : (ORDINALS[token] ?? 0)
    if (rank >= 1) {
      out.push({ places: m[1] ?? '', rank })
    }
  }
  return new Set(out.map((entry) => entry.rank)).size >= 2 ? out : []
}

/** "mỗi hội nghị đối thoại", "từng buổi" at the end of a deadline's words, saying nothing of with whom or where (folded). */
const EVERY_SESSION = new RegExp(
  // ("trước mỗi đợt hội nghị": each round of a plan held in rounds; not "trước mỗi buổi đối thoại cấp trường", each of
  // those held at that level.)
  String.raw`\b(?:moi|tung) (?:(?:cuoc|buoi|phien|hoi nghi|dot) )?` +
    String.raw`(?:hoi nghi|doi thoai|tiep xuc|tiep cong dan|buoi|cuoc|phien|dien dan|dot)(?: doi thoai)?(?! doi thoai)(?![a-z])` +
    String.raw`(?! (?:voi|ve|cung|tai|o|giua|cua|dinh ky|chuyen de|duoc|bo sung|thu|lan|so|cap)\b)`,
)
/** A session named by its quarter: "dự hội nghị đối thoại quý IV/2023", "buổi đối thoại quý 2" (folded). */
const SESSION_IN_QUARTER = new RegExp(
  String.raw`\b(?:doi thoai|hoi nghi|tiep cong dan|tiep dan|tiep xuc|buoi|cuoc|dien dan)(?: [a-z]+){0,2} ` +
    String.raw`(?:vao |trong )?quy (iv|iii|ii|i|[1-4])\b(?:\s*[/.-]\s*(\d{4}))?`,
  'g',
)
const QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 }
/**
 * Sessions named by the year or month they are held in: "đối với các hội nghị tổ chức trong năm 2024", "các buổi đối
 * thoại diễn ra trong tháng 11/2024" (folded).
 */
const SESSIONS_IN_PERIOD = new RegExp(
  String.raw`\b(?:hoi nghi|buoi|cuoc|phien|dot|doi thoai|tiep cong dan)(?: [a-z]+){0,2}?` +
    String.raw` (?:duoc )?(?:to chuc|dien ra) trong (?:nam (\d{4})|thang (\d{1,2})[\s/.-]+(\d{4}))\b`,
  'g',
)
/**
 * A session named by its day: "buổi tiếp công dân kết hợp đối thoại ngày 15/11", "hội nghị ngày 20-8-2024" (folded); in a
 * chat without "ngày" after a session's own noun: "trước buổi ĐT 22/10" (the day alone, no month and year "05/2024").
 */
const SESSION_ON_DAY = new RegExp(
  String.raw`\b(?:doi thoai|hoi nghi|tiep cong dan|tiep dan|tiep xuc|chuong trinh)(?: [a-z]+){0,4} (?:vao |to chuc )?ngay ` +
    String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?` +
    String.raw`|\b(?:buoi|cuoc|phien) (?:doi thoai|dt|tiep cong dan|tiep xuc|txct) (\d{1,2})\s*/\s*(\d{1,2})(?!\d)(?:\s*/\s*(\d{4}))?`,
  'g',
)

/**
 * A sentence that opens with a condition: "Trường hợp có thay đổi lịch, Sở … sẽ thông báo … trước ít nhất 02 ngày",
 * "Nếu phát sinh kiến nghị mới, …". What is owed only if something happens sets no date ("Nêu rõ …" is no condition).
 * ("Trong quá trình thực hiện, nếu có thay đổi về thời gian, …, Phòng A thông báo … ít nhất 03 ngày trước …": the
 * condition after the words that say when it may arise.)
 */
const CONDITIONAL = /^\s*(trong quá trình (tổ chức )?(thực hiện|triển khai)(\s+kế hoạch)?,?\s+)?((trong )?trường hợp|nếu)\s/iu
/**
 * "Theo dự kiến, hội nghị năm nay sẽ tập trung làm việc trong vòng 1 ngày, thay cho 2 ngày như mọi năm": how long the
 * session lasts, no deadline of anyone's (folded).
 */
const SESSION_LENGTH = new RegExp(
  String.raw`\b(hoi nghi|buoi|cuoc|phien|doi thoai)\b[^.;]{0,60}\b(lam viec|dien ra|keo dai|hop)\s+` +
    String.raw`trong (vong |thoi gian )?\d{1,2} (ngay|buoi)\b(?! (lam viec )?(ke tu|sau|truoc))`,
)

/** A line that only gives the deadline of the obligation above it. */
/** The label of the body that leads a task written as fields, and of the fields after it (see collect). */
const CHAIR_LABEL = /^(cơ quan|đơn vị) (chủ trì|thực hiện)\s*:/iu
const CHAIR_FIELD = /^((cơ quan|đơn vị) phối hợp|nội dung|thời (gian|hạn)|hạn (chót|hoàn thành)|kết quả|sản phẩm)[^:]{0,30}:/iu
const DEADLINE_LABEL = /^(thời hạn|hạn (nộp|gửi|hoàn thành|chót)|thời gian (hoàn thành|nộp|gửi|báo cáo))\s*:/i

/** Bodies an obligation names in passing: "(Văn phòng UBND xã chủ trì, …)", "… do Phòng Nội vụ thực hiện". */
function bodiesInside(text: string): HeadingBody[] | null {
  // "(Cơ quan chủ trì: Phòng Tài nguyên và Môi trường; phối hợp: …; thời gian hoàn thành: …)": the body after the label,
  // not the label's own "Cơ quan".
  const m =
    /\(\s*(?:cơ quan|đơn vị)\s+(?:chủ trì|thực hiện)\s*:\s*([^;()]{3,120})/iu.exec(text) ??
    /\(\s*(?:giao\s+)?([^()]{3,120}?)\s+(?:chủ trì|thực hiện|phụ trách|chịu trách nhiệm|tham mưu)[^()]*\)/iu.exec(text) ??
    /(?:^|[,;]\s*|\s)do\s+([^,;()]{3,100}?)\s+(?:chủ trì|thực hiện|phụ trách|đảm nhiệm)/iu.exec(text)
  const found = m ? bodyHeading(m[1] ?? '') : null
  return found && found.bodies.length > 0 ? found.bodies : null
}

/** Known names found in a piece of text, longest first, without overlaps. */
function namesIn(text: string, known: string[]): string[] {
  const folded = foldPlain(text)
  const found: { name: string; at: number; end: number }[] = []
  for (const name of [...known].sort((a, b) => b.length - a.length)) {
    const target = foldPlain(name)
    if (!target) {
      continue
    }
    const at = folded.indexOf(target)
    if (at !== -1 && !found.some((f) => at < f.end && f.at < at + target.length)) {
      found.push({ name, at, end: at + target.length })
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.name)
}

/** The standing bodies a text names ("Thường trực Tỉnh ủy"), with the plan's bodies. */
function bodyNamesIn(text: string, known: string[]): string[] {
  const standing = [...text.matchAll(STANDING_BODY)].map((m) => m[0])
  return namesIn(text, [...new Set([...known, ...standing])])
}

function recipientsOf(text: string, known: string[]): { recipient: string | null; cc: string[] } {
  const cc: string[] = []
  const ccMatch = /(đồng gửi|đồng thời gửi)\s+([^.;)]+)/i.exec(text)
  if (ccMatch) {
    cc.push(...bodyNamesIn(ccMatch[2] ?? '', known))
  }
  const sent = /(gửi về|gửi|trình)\s+([^.;(]+)/i.exec(text.replace(/(đồng gửi|đồng thời gửi)[^.;)]*/gi, ''))
  const recipient = sent ? (bodyNamesIn(sent[2] ?? '', known)[0] ?? null) : null
  return { recipient, cc: cc.filter((name) => name !== recipient) }
}

/** A short title for the task: the first clause, without the "chủ trì, phối hợp" lead-in. */
function summarize(text: string): string {
  const clause =
    text
      .replace(/^(chủ trì|phối hợp)[^:]*:\s*/i, '')
      .replace(/^(thời gian|thời hạn):\s*/i, '')
      .split(/(?<=[.;])\s|:\s/)[0]
      ?.replace(/[.;:,/]+$/, '')
      .trim() ?? text
  const short = clause.charAt(0).toUpperCase() + clause.slice(1)
  return short.length > 120 ? `${short.slice(0, 118).trimEnd()}…` : short
}

/** Sentences and clauses: "…; trình … trước ngày …", "…. Báo cáo gửi … trước ngày …". */
// (Items run together in one paragraph, "… mỗi hội nghị đối thoại. 2. Ủy ban nhân dân phường báo cáo …": the next item's
// number is no word of the sentence before it.)
const sentencesOf = (text: string) =>
  text
    .split(/;\s+|(?<=[.!?])\s+(?=[\p{Lu}(*])/u)
    .map((part) => part.replace(/(?<=[.!?])\s+\d{1,2}\.$/u, ''))
    .filter((part) => part.trim().length > 0)

/** The opening clause of an obligation says who leads: "Phối hợp với X …" → X; "Chủ trì, phối hợp với A, B" → A, B coordinate. */
function roles(opening: string, own: string, planBodies: string[]): { lead: string; coordinating: string[] } {
  const clause = opening.split(/[:;.]\s/)[0] ?? opening
  const folded = foldPlain(clause)
  const others = planBodies.filter((body) => body !== own)
  const cue = COORDINATE_CUE.exec(folded)
  if (cue) {
    // "Phối hợp với Ban Dân vận … chuẩn bị …": the body named right after leads; any other partner is the body's own helper.
    const after = folded.slice(cue[0].length).trim()
    const lead = others.find((name) => after.startsWith(foldPlain(name)))
    // "Phối hợp với Ban Dân vận lập danh sách …, gửi Ban Dân vận trước …": the work goes to that body, which receives it
    // and does not lead it; the body of the heading does it.
    const whole = foldPlain(opening)
    const receives =
      lead !== undefined &&
      ['gui', 'gui ve', 'nop', 'nop ve', 'bao cao', 'bao cao ve'].some((verb) => whole.includes(` ${verb} ${foldPlain(lead)}`))
    // "Phối hợp với Ban Dân vận dự thảo thông báo kết luận, trình ký ban hành trong 07 ngày …", "… tham mưu UBND tỉnh ban
    // hành kế hoạch …": the body of the heading holds the pen of a text it submits for signing or issuing; the partner helps.
    // (So does one that drafts the notice of a leader's conclusions, a text for that leader to sign even when the words do
    // not say "trình ký": "Phối hợp với Văn phòng UBND tỉnh dự thảo thông báo kết luận của Chủ tịch UBND tỉnh, trong thời
    // hạn 10 ngày …". Another text drafted with a partner, "… dự thảo văn bản tổng hợp ý kiến, gửi …", is the partner's.)
    const drafts = lead !== undefined && /^du thao thong bao ket luan\b/.test(after.slice(foldPlain(lead).length).trim())
    const submits = drafts || /\b(trinh|tham muu)\b[^;.]{0,80}?\b(ky|ban hanh)\b/.test(whole)
    return lead && !receives && !submits ? { lead, coordinating: [own] } : { lead: own, coordinating: lead ? [lead] : [] }
  }
  if (LEAD_CUE.test(folded) && /phoi hop voi/.test(folded)) {
    const after = clause.split(/phối hợp với/i)[1] ?? ''
    return { lead: own, coordinating: namesIn(after, others) }
  }
  return { lead: own, coordinating: [] }
}

/**
 * Reads the tasks of a plan: every obligation under a body's heading in the part that assigns the
 * work (one per deadline it states, or one without a deadline), and elsewhere every obligation with
 * a deadline whose sentence opens with a body's name. Per body when a heading names several; per
 * session when the deadline is relative to "the session" of a plan with several (those the body's
 * place or field concerns, or the one the sentence names: "hội nghị đối thoại thứ hai").
 */
export function readTasks(
  content: OutlineNode,
  options: {
    year: number | null
    sessions: ({ topic: string; audience: string | null; venues: string[] } & { time: SessionWindow & { text?: string } })[]
    /** The document's own date, for deadlines counted from its signing. */
    documentDate?: string | null
    /** For each session, the words it was read from. */
    sources?: string[]
    /** For each session, the bodies its schedule row names by column ("Cơ quan tham mưu"). */
    roles?: SessionRole[][]
    known: string[]
    calendar: Calendar
    /** No part of the document is titled for execution: read it all as assigning work. */
    everywhere: boolean
    /** What the whole plan is about ("Hội nghị đối thoại … với doanh nghiệp, nhà đầu tư năm 2024"). */
    subject?: string
  },
  warnings: ImportWarning[],
): { bodies: string[]; tasks: DraftTask[] } {
  const obligations: Obligation[] = []
  collect(content, null, null, options.everywhere, obligations, warnings)
  // A schedule's column of bodies may give each its work and its deadline in the row ("Cơ quan chuẩn bị": "Phòng Kinh
  // tế: báo cáo chuyên đề, gửi … trước ngày 16/3/2026. Trung tâm …: số liệu …, chậm nhất ngày 13/3/2026"): each clause
  // that opens with a body and states a deadline is that body's, for that row's session (the schedule comes first).
  const cells: Obligation[] = []
  ;(options.roles ?? []).forEach((row, index) => {
    for (const role of row) {
      for (const clause of role.body.split(/(?<=[.;])\s+(?=\p{Lu})/u)) {
        // ("Phòng Kinh tế, Hạ tầng và Đô thị (chủ trì), chậm nhất 07 ngày trước ngày đối thoại": the body that leads, then its deadline.)
        const opening = bodyHeading(clause.replace(/\s*\(chủ trì\)\s*[,:]?\s*/iu, ': '))
        const text = opening?.rest ?? ''
        if (opening && text && findDeadlines(text, { defaultYear: 2000, documentDate: '2000-01-01' }).found.length > 0) {
          const bodies = opening.bodies.map((body) => ({ ...body, only: [index] }))
          cells.push({ bodies, text, parent: null, assigned: true, line: clause })
        }
      }
    }
  })
  obligations.unshift(...cells)
  const bodies = [...new Set(obligations.filter((o) => o.assigned).flatMap((o) => o.bodies.map((b) => b.name)))]
  // The partner of "Phối hợp với X …" leads only when the plan gives X a heading of its own; one named only among others
  // ("6. Đề nghị Ủy ban MTTQ tỉnh, Hội Nông dân tỉnh, Hiệp hội Doanh nghiệp tỉnh phối hợp …") is asked to help, and
  // "4. Sở A: Phối hợp với Hiệp hội Doanh nghiệp tỉnh tổng hợp …, gửi … trong tháng 9" stays the work of Sở A.
  const alone = [...new Set(obligations.filter((o) => o.assigned && o.bodies.length === 1).map((o) => o.bodies[0]!.name))]
  const known = [...new Set([...bodies, ...options.known])]
  const tasks: DraftTask[] = []
  const allSessions = options.sessions.map((_, index) => index)
  // The session's words, its time's line too: "…: 14 giờ, ngày 12/9, tại Trường THPT A" names where it is held.
  const own = options.sessions.map((s) => foldPlain(`${s.topic} ${s.audience ?? ''} ${s.venues.join(' ')} ${s.time.text ?? ''}`))
  // ("- Thành phần: như Đợt 1, khoảng 180 doanh nghiệp": the session invites whom the one it names by rank invites, so
  // those words of that one, not its place or topic, are its own too.)
  // ("- Địa điểm, thành phần: như kỳ đối thoại 6 tháng đầu năm": the one it names by the words of its heading, "1. Kỳ đối
  // thoại 6 tháng đầu năm 2024", the longest run of them, of three words at least, that one other heading holds.)
  const headings = options.sessions.map((_, k) => ` ${foldPlain((options.sources?.[k] ?? '').split('\n')[0] ?? '')} `)
  const sameAs = options.sessions.map((_, i) => {
    const like = (options.sources?.[i] ?? '')
      .split('\n')
      .map((line) => /\bthanh phan\b[^.;]{0,20}?\bnhu\s+(.{0,40})/.exec(foldPlain(line)))
      .find((m) => m !== null)
    const ordinal = like ? SESSION_ORDINAL.exec(like[1] ?? '') : null
    const token = ordinal?.index === 0 ? (ordinal[4] ?? ordinal[5] ?? '') : ''
    const rank = /^\d+$/.test(token) ? Number(token) : (ORDINALS[token] ?? 0)
    if (rank >= 1 && rank <= options.sessions.length && rank - 1 !== i) {
      return rank - 1
    }
    const words = (like?.[1] ?? '').trim().split(' ')
    for (let n = words.length; n >= 3; n--) {
      const phrase = ` ${words.slice(0, n).join(' ')} `
      const headed = allSessions.filter((k) => k !== i && (headings[k] ?? '').includes(phrase))
      if (headed.length > 0) {
        return headed.length === 1 ? (headed[0] ?? null) : null
      }
    }
    return null
  })
  const invited = (k: number | null): string =>
    k === null
      ? ''
      : foldPlain(
          [options.sessions[k]?.audience ?? '', ...(options.sources?.[k] ?? '').split('\n').filter((l) => /^thành phần/iu.test(l))].join(
            ' ',
          ),
        )
  const about = options.sessions.map((_, i) => `${own[i] ?? ''} ${invited(sameAs[i] ?? null)}`)
  // All the words each session was read from ("2.1- Phường Xuân Khánh: Đối thoại …"): asked only when its fields say nothing.
  // (Not its programme's timed lines: "14 giờ 10 - 14 giờ 40: Phòng A báo cáo …" names who speaks, not whose session it is.)
  const aboutAll = options.sessions.map(
    (_, i) =>
      `${about[i] ?? ''} ${foldPlain(
        (options.sources?.[i] ?? '')
          .split('\n')
          .filter((l) => !PROGRAMME_LINE.test(l))
          .join('\n'),
      )}`,
  )
  // What each session is about, without whom it invites or where: "Thành phần: Như hội nghị tại Phường 5" names another
  // session's place.
  const topics = options.sessions.map((s) => foldPlain(s.topic))
  const venues = options.sessions.map((s) => foldPlain(s.venues.join(' ')))
  // A session's words but whom it invites: its audience and its "Thành phần: …" line left out; so too who will announce
  // its day ("Thời gian: Trong khoảng từ ngày 12/4 đến ngày 16/4 (ngày cụ thể Phòng Tổ chức - Hành chính thông báo sau)"),
  // which makes that office no host of it.
  const unannounced = (text: string) => text.replace(/[^,;()]*\bthông báo sau\b/giu, ' ')
  const uninvited = options.sessions.map((s, i) =>
    foldPlain(
      unannounced(
        [
          s.topic,
          ...s.venues,
          s.time.text ?? '',
          ...(options.sources?.[i] ?? '')
            .split('\n')
            .filter((l) => !/^\s*(?:[\p{L}\d]{1,3}[.)-]\s*|[-+*•]\s*)?thành phần\b/iu.test(l) && !PROGRAMME_LINE.test(l)),
        ].join(' '),
      ),
    ),
  )
  /** The sessions whose fields, else whose words, satisfy a test: some of them, never all (null then). */
  const someSessions = (test: (words: string) => boolean, wide = false): number[] | null => {
    for (const words of wide ? [aboutAll] : [about, aboutAll]) {
      const mine = allSessions.filter((index) => test(words[index] ?? ''))
      if (mine.length > 0) {
        return mine.length < allSessions.length ? mine : null
      }
    }
    return null
  }
  /** The session a text names by its rank ("hội nghị thứ hai") or by its day ("buổi đối thoại ngày 15/11"). */
  const namedSessions = (text: string): number[] => {
    // "… trước ngày tổ chức mỗi buổi đối thoại. (2) Cử cán bộ …": the number of the next obligation, not a session's rank.
    const folded = foldPlain(text.replace(/(^|[.;:]\s*)\(\d{1,2}\)\s+/g, '$1'))
    const headingOf = (index: number) => foldPlain((options.sources?.[index] ?? '').split('\n')[0] ?? '')
    const ordinal = SESSION_ORDINAL.exec(folded)
    if (ordinal) {
      const rank = (token: string) => (/^\d+$/.test(token) ? Number(token) : (ORDINALS[token] ?? 0))
      // The session whose own topic names the rank ("Đối thoại lần thứ hai với Nhân dân …", listed first among the
      // follow-ups of a notice of conclusions), else the one at that rank in the plan.
      // (… or whose own heading does: "1. Điều chỉnh thời gian tổ chức Hội nghị đối thoại thứ hai" / "2. Tạm hoãn Hội nghị
      // đối thoại thứ ba" in an adjustment that sets only the sessions it changes, its first the plan's second.)
      const rankedIn = (words: (index: number) => string, r: number) =>
        allSessions.filter((index) => {
          const m = RANK_IN_TOPIC.exec(words(index))
          return m !== null && rank(m[1] ?? '') === r
        })
      const ranked = (r: number) => {
        const own = rankedIn((index) => topics[index] ?? '', r)
        const headed = rankedIn(headingOf, r)
        return own.length === 1 ? own[0]! : own.length === 0 && headed.length === 1 ? headed[0]! : r - 1
      }
      const n = rank(ordinal[4] ?? ordinal[5] ?? '')
      if (n >= 1 && ranked(n) < options.sessions.length) {
        // "Đối với Hội nghị thứ hai và Hội nghị thứ ba", "hội nghị thứ hai, thứ ba": the ranks listed with it.
        const ranks = [ranked(n)]
        let rest = folded.slice(ordinal.index + ordinal[0].length)
        for (let more = RANK_LISTED.exec(rest); more; more = RANK_LISTED.exec(rest)) {
          const next = rank(more[1] ?? '')
          if (next >= 1 && ranked(next) < options.sessions.length && !ranks.includes(ranked(next))) {
            ranks.push(ranked(next))
          }
          rest = rest.slice(more[0].length)
        }
        return ranks
      }
    }
    // "Trước đối thoại 6 tháng cuối năm ít nhất 02 ngày làm việc": the one whose heading names that half-year ("3.2. Đối
    // thoại 6 tháng cuối năm"), when only one does.
    const half = SESSION_HALF_YEAR.exec(folded)
    if (half) {
      const period = new RegExp(String.raw`\b(?:6|sau) thang ${half[1]} nam\b`)
      const headed = allSessions.filter((index) => period.test(headingOf(index)))
      if (headed.length === 1) {
        return headed
      }
    }
    // "… trong vòng 10 ngày làm việc sau buổi đối thoại cuối cùng theo lịch": the one held last of those with a time
    // (a row whose time "sẽ thông báo sau" cannot be placed).
    if (LAST_SESSION.test(folded)) {
      // ("… sau 10 ngày kể từ ngày kết thúc buổi đối thoại cuối cùng tại thôn A và thôn B": the last of those held there, not a
      // later one held elsewhere.)
      const where = /\bcuoi cung (tai|o|voi) (.+)$/.exec(folded)
      const there = where ? sessionsWith(`doi thoai ${where[1]} ${where[2]}`, where[1] === 'voi' ? WITH_WHOM : HELD_AT) : null
      const dated = (there ?? allSessions).filter((index) => options.sessions[index]?.time.start)
      const last = dated.reduce<number | null>(
        (best, index) =>
          best === null || (options.sessions[index]?.time.start ?? '') >= (options.sessions[best]?.time.start ?? '') ? index : best,
        null,
      )
      return [last ?? allSessions.length - 1]
    }
    // "đối với hai cuộc đối thoại còn lại": the last sessions, the first ones being dealt with elsewhere.
    const remaining = REMAINING_SESSIONS.exec(folded)
    if (remaining) {
      const n = /^\d+$/.test(remaining[1] ?? '') ? Number(remaining[1]) : (CARDINALS[remaining[1] ?? ''] ?? 0)
      if (n >= 1 && n < options.sessions.length) {
        return allSessions.slice(options.sessions.length - n)
      }
    }
    const onDay: number[] = []
    for (const m of foldWithMap(text).folded.matchAll(SESSION_ON_DAY)) {
      const day = Number(m[1] ?? m[4])
      const month = Number(m[2] ?? m[5])
      const given = m[3] ?? m[6]
      const year = given ? Number(given) : null
      for (const index of allSessions) {
        const start = options.sessions[index]?.time.start
        const [y, mo, d] = (start ?? '').split('-').map(Number)
        if (start && d === day && mo === month && (year === null || y === year) && !onDay.includes(index)) {
          onDay.push(index)
        }
      }
    }
    // "Cử giáo viên dự hội nghị đối thoại quý IV/2023": the sessions held in that quarter.
    for (const m of folded.matchAll(SESSION_IN_QUARTER)) {
      const quarter = QUARTERS[m[1] ?? ''] ?? Number(m[1])
      const year = m[2] ? Number(m[2]) : null
      for (const index of allSessions) {
        const [y, mo] = (options.sessions[index]?.time.start ?? '').split('-').map(Number)
        if (mo && Math.ceil(mo / 3) === quarter && (year === null || y === year) && !onDay.includes(index)) {
          onDay.push(index)
        }
      }
    }
    // "Phát hành giấy mời đối với các hội nghị tổ chức trong năm 2024 chậm nhất 05 ngày làm việc trước …": the sessions
    // whose time falls in that year or month, when they are some of them (one moved to the next year, or deferred with
    // no time yet, is not among them).
    for (const m of folded.matchAll(SESSIONS_IN_PERIOD)) {
      const year = Number(m[1] ?? m[3])
      const month = m[2] ? Number(m[2]) : null
      const inside = allSessions.filter((index) => {
        const [y, mo] = (options.sessions[index]?.time.start ?? '').split('-').map(Number)
        return y === year && (month === null || mo === month)
      })
      if (inside.length > 0 && inside.length < allSessions.length) {
        onDay.push(...inside.filter((index) => !onDay.includes(index)))
      }
    }
    return onDay
  }
  /**
   * The sessions whose words hold the phrase a pattern captures in a text (its first words, longest first, at
   * least two), when they are some of the sessions but not all; null otherwise.
   */
  /**
   * Of the sessions whose topic holds a phrase, those that hold it right after its cue ("với doanh nghiệp KCN A"), when
   * each of the others holds it after another audience ("với người lao động các doanh nghiệp KCN A"); else null (not a
   * forum named by them, "Diễn đàn thanh niên nông thôn với khởi nghiệp", beside "Đối thoại với thanh niên").
   */
  const heldWithFirst = (titled: number[], cue: string, phrase: string): number[] | null => {
    const direct = titled.filter((index) => topics[index]?.includes(`${cue} ${phrase}`))
    const others = titled.filter((index) => !direct.includes(index))
    if (!cue || direct.length === 0 || others.length === 0) {
      return null
    }
    const afterAnother = new RegExp(`\\b${cue}( [a-z0-9]+){1,6} ${escapeRegExp(phrase)}\\b`)
    return others.every((index) => afterAnother.test(topics[index] ?? '')) ? direct : null
  }
  const sessionsWith = (text: string, pattern: RegExp, wide = false, list = pattern === HELD_AT): number[] | null => {
    // "tại xã mình", "ở địa phương mình": the body's own place, which folding would make "xã Minh" (a place's name).
    const found = pattern.exec(foldPlain(text.replace(/(?<![\p{L}])mình(?![\p{L}])/gu, 'cua chinh no')))
    // ("tại chi nhánh mình", "ở đơn vị mình": each body's own, which its name says, not the words before "mình".)
    if (/\bcua chinh no\b/.test(found?.[1] ?? '')) {
      return null
    }
    const tokens = (found?.[1] ?? '').split(' ').filter(Boolean)
    // The word the phrase follows ("với", "tại").
    const cue = (
      found?.[0]
        .slice(0, found[0].length - (found[1] ?? '').length)
        .trim()
        .split(' ')
        .pop() ?? ''
    ).replace(/[^a-z]/g, '')
    while (tokens.length > 0 && FILLER_WORDS.has(tokens[0] ?? '')) {
      tokens.shift()
    }
    // "cho các buổi đối thoại tại xã A và xã B": each place listed after the first names its sessions too.
    const listed = (phrase: string, mine: number[]): number[] => {
      if (!found || !list) {
        return mine
      }
      const folded = found.input
      const at = folded.indexOf(phrase, found.index + found[0].length - (found[1] ?? '').length)
      const rest = folded.slice(at + phrase.length)
      const more =
        at === -1 ? null : sessionsWith(rest, nextPlace(new RegExp(`^(${PLACE_KIND_WORDS}) `).exec(`${phrase} `)?.[1] ?? null), wide, true)
      return more ? [...new Set([...mine, ...more])].sort((a, b) => a - b) : mine
    }
    for (let n = Math.min(tokens.length, 6); n >= 2; n--) {
      const phrase = tokens.slice(0, n).join(' ')
      // ("… của đối thoại tại chi nhánh trong thời hạn …": a kind of place with no name is wherever each is held.)
      if (PLACE_KIND_ONLY.test(phrase) || (cue === 'tai' && WORKPLACE_KIND_ONLY.test(phrase))) {
        continue
      }
      // The sessions whose topic holds the phrase before those whose time only mentions it: "Thời gian: trong tháng
      // 11/2023, trước khi tổ chức đối thoại tại Trụ sở Chi nhánh tỉnh" is not the dialogue held "tại Trụ sở Chi nhánh tỉnh".
      const titled = wide ? [] : allSessions.filter((index) => topics[index]?.includes(phrase))
      // (The phrase right after its cue first: "trước hội nghị đối thoại với doanh nghiệp" is the one held "với doanh nghiệp
      // KCN A", not the one "với người lao động các doanh nghiệp KCN A", whose topic holds the words too.)
      const direct = titled.length === allSessions.length ? heldWithFirst(titled, cue, phrase) : null
      const mine =
        direct ?? (titled.length > 0 && titled.length < allSessions.length ? titled : someSessions((words) => words.includes(phrase), wide))
      if (mine) {
        return listed(phrase, mine)
      }
    }
    return null
  }
  /**
   * "… chậm nhất 10 ngày trước ngày tổ chức đối thoại tại khu công nghiệp, khu kinh tế": the sessions held at any of the
   * places listed, when each place names some of them (else the list is no list of places: "tại xã A, gửi …"); null
   * when they are all, or when one place alone is named.
   */
  const sessionsHeldAtAny = (text: string): number[] | null => {
    const list = HELD_AT_LIST.exec(
      foldForDeadline(text)
        .replace(/[^a-z0-9, ]+/g, ' ')
        .replace(/\s*,\s*/g, ', '),
    )?.[1]
    const places = (list ?? '').split(/,\s*|\s+(?:va|hoac)\s+/).filter((place) => place.trim())
    if (places.length < 2) {
      return null
    }
    const each = places.map((place) => sessionsWith(`doi thoai tai ${place}`, HELD_AT))
    if (each.some((mine) => mine === null)) {
      return null
    }
    const mine = [...new Set(each.flatMap((found) => found ?? []))].sort((a, b) => a - b)
    return mine.length < allSessions.length ? mine : null
  }
  const groups = options.sessions.map((_, i) => foldPlain((options.sources?.[i] ?? '').split('\n').slice(1).join(' ')))
  /** The sessions of the group a text names by its kind ("02 buổi tiếp công dân theo chuyên đề"): some of them, else null. */
  const groupedSessions = (text: string): number[] | null => {
    const found =
      /\b(?:buoi|cuoc|phien) (?:doi thoai|tiep xuc|tiep cong dan) ((?:theo )?(?:chuyen de|dinh ky|dot xuat)(?: [a-z]+){0,3})/.exec(
        foldPlain(text),
      )
    const tokens = (found?.[1] ?? '').split(' ')
    for (let n = tokens.length; n >= 2; n--) {
      const phrase = tokens.slice(0, n).join(' ')
      const mine = allSessions.filter((index) => groups[index]?.includes(phrase))
      if (mine.length > 0) {
        return mine.length < allSessions.length ? mine : null
      }
    }
    return null
  }
  /**
   * The sessions whose topic holds the name a text gives after "dự Hội nghị …" ("dự Hội nghị người lao động", "sau khi
   * kết thúc Chương trình Chủ tịch UBND tỉnh đối thoại với thanh niên").
   */
  /** The sessions whose topics hold the longest "<kind> <first words>" name, unless that is every session. */
  const sessionsByLongestName = (kind: string, tokens: string[]): number[] | null => {
    for (let n = tokens.length; n >= 2; n--) {
      const name = `${kind} ${tokens.slice(0, n).join(' ')}`
      const mine = allSessions.filter((index) => topics[index]?.includes(name))
      if (mine.length > 0) {
        return mine.length < allSessions.length ? mine : null
      }
    }
    return null
  }
  const sessionsNamed = (text: string): number[] | null => {
    const m = SESSION_BY_NAME.exec(foldPlain(text))
    const tokens = (m?.[2] ?? '').split(' ').filter(Boolean)
    // ("của hội nghị đối thoại đến …" names the kind, not one of them.)
    if (/^(doi thoai|tiep xuc|tiep cong dan|dinh ky|chuyen de)\b/.test(tokens.join(' '))) {
      return null
    }
    return sessionsByLongestName(m?.[1] ?? '', tokens)
  }
  /**
   * The sessions whose topic a heading names by a kind and the words after it ("… ĐỐI VỚI DIỄN ĐÀN “BÍ THƯ TỈNH ỦY LẮNG NGHE
   * Ý KIẾN THANH NIÊN”", "TIẾN ĐỘ CHUẨN BỊ HỘI NGHỊ ĐỐI THOẠI VỚI DOANH NGHIỆP"): the longest such name some topics hold.
   */
  const sessionTitled = (heading: string): number[] | null => {
    const m = /\b(hoi nghi|dien dan|toa dam|chuong trinh) ((?:[a-z]+ ){0,7}[a-z]+)/.exec(foldPlain(heading))
    return sessionsByLongestName(m?.[1] ?? '', (m?.[2] ?? '').split(' ').filter(Boolean))
  }
  // What each session is: a dialogue, a reception day, a forum (by its topic); a plan may hold several kinds.
  // (Its heading too: "2. Diễn đàn "Thanh niên khởi nghiệp"" over "– Nội dung: Bí thư Tỉnh Đoàn đối thoại với …" is a forum;
  // not "2. Đối thoại định kỳ quý I", the word of every session of such plans, over "– Nội dung: Chế độ trực …". Over a
  // topic of another kind it is one still: "3. Đối thoại với học sinh" over "- Nội dung: Diễn đàn "Học sinh với nhà
  // trường": …" is a dialogue held as a forum, counted "trước ngày tổ chức mỗi buổi đối thoại".)
  const kinds = options.sessions.map((s, i) => {
    const topic = ownKindsOf(s.topic)
    const first = (options.sources?.[i] ?? '').split('\n')[0] ?? ''
    const heading = ownKindsOf(first)
    // (A topic taken from elsewhere naming two kinds, the notice's subject "Lịch tiếp công dân định kỳ và đối thoại của
    // Chủ tịch UBND phường" over "- Thứ Năm, ngày 02/10: Đồng chí A, Chủ tịch UBND phường tiếp công dân", is of the one
    // its own line names; not the line's own subject, "Ngày 09/3: tiếp và đối thoại với các hộ dân …".)
    const borrowed = topic.size >= 2 && !foldPlain(first).includes(foldPlain(s.topic))
    const narrowed = borrowed ? [...topic].filter((kind) => heading.has(kind)) : []
    const own = narrowed.length > 0 ? new Set(narrowed) : topic
    return new Set([...own, ...[...heading].filter((kind) => kind !== 'dialogue' || own.size > 0)])
  })
  // A row whose note says only what is added to it, "Kết hợp đối thoại về cấp giấy chứng nhận …" among the rows of a
  // "Lịch tiếp công dân, đối thoại" that say nothing, is a session of the schedule's kind still, with the dialogue besides:
  // "trước mỗi buổi tiếp công dân" counts from it too.
  const added = allSessions.filter((index) => /^ket hop\b/.test(topics[index] ?? ''))
  const plain = allSessions.filter((index) => !added.includes(index))
  const shared = SESSION_KINDS.map(([kind]) => kind).filter((kind) => plain.length > 0 && plain.every((i) => kinds[i]?.has(kind)))
  added.forEach((index) => shared.forEach((kind) => kinds[index]?.add(kind)))
  // (A topic of no kind, a chủ đề "Thanh niên … khởi nghiệp …" under "1. Hội nghị đối thoại cấp tỉnh", is a dialogue by its
  // heading: when a deadline names the kind of another session, "trước ngày tổ chức chương trình", it is not of that kind.)
  const headed = options.sessions.map(
    (s, i) => kinds[i]?.size === 0 && kindsOf(foldPlain((options.sources?.[i] ?? '').split('\n')[0] ?? '')).has('dialogue'),
  )
  /** The sessions of the kind a deadline counts from ("trước ngày tổ chức đối thoại", "mỗi diễn đàn"), those of no known kind too. */
  const ofKind = (words: string): number[] => {
    // The deadline's clause: "trước mỗi diễn đàn, hội nghị đối thoại" names two kinds.
    const clause = foldPlain(words).split(/[.;]/)[0] ?? ''
    // ("kể từ ngày kết thúc Chương trình đối thoại cấp tỉnh" names the programme, not every dialogue.)
    const named = kindsOf(clause.replace(/\bchuong trinh doi thoai\b/g, 'chuong trinh'))
    if (named.size > 0) {
      // ("trước mỗi diễn đàn, hội nghị": a conference listed beside the kind is a kind too, the sessions whose topic says
      // "Hội nghị …"; not "hội nghị đối thoại", which the dialogues are. A dialogue is held as a conference: "15 ngày
      // trước mỗi hội nghị, diễn đàn" beside "3. Đối thoại giữa chủ doanh nghiệp với công nhân …" counts from it too, as
      // "sau Hội nghị" alone does below.)
      const conference = /\bhoi nghi\b(?! (doi thoai|tiep xuc))/.test(clause)
      const matched = allSessions.filter(
        (index) =>
          [...named].some((k) => kinds[index]?.has(k)) ||
          (conference && (/^hoi nghi\b/.test(topics[index] ?? '') || kinds[index]?.has('dialogue') === true)),
      )
      // (The workers' assembly is set apart only by a dialogue's name: "xong trước kỳ tiếp công dân tại xã mình" in a plan
      // holding no reception at all says no more of the assembly than of the dialogue beside it.)
      const kindless = (index: number) =>
        kinds[index]?.size === 0 ||
        (matched.length === 0 && !named.has('dialogue') && [...(kinds[index] ?? [])].every((kind) => kind === 'assembly'))
      // (A session headed as a dialogue, "1. Đối thoại định kỳ lần thứ nhất" over "- Nội dung trọng tâm: Quy chế chi tiêu
      // nội bộ …", is one when the deadline names dialogues, "trước ngày bắt đầu đối thoại", beside one whose topic says so.)
      const headedOfKind = (index: number) => headed[index] === true && named.has('dialogue')
      return allSessions.filter(
        (index) => (kindless(index) && !(matched.length > 0 && headed[index] && !headedOfKind(index))) || matched.includes(index),
      )
    }
    // "Trong vòng 10 ngày sau Hội nghị" beside a "Diễn đàn …" or a "Tọa đàm …": a conference is neither of those.
    if (/\bhoi nghi\b/.test(clause)) {
      const conferences = allSessions.filter((index) => !kinds[index]?.has('forum') && !kinds[index]?.has('talk'))
      return conferences.length > 0 ? conferences : allSessions
    }
    return allSessions
  }
  /**
   * "Báo cáo kết quả hội nghị về Cục Thuế (qua Phòng A) trong vòng 03 ngày …": the "về" of a report sent to a body, not what
   * the session is about ("hội nghị về thuế khoán"), written "đến" so that it names no session.
   */
  const sentTo = (text: string) =>
    text.replace(
      /((?:báo cáo|gửi|nộp|chuyển)\s[^.;]*?(?:hội nghị|đối thoại|tiếp xúc|tiếp công dân)(?:\s+\p{L}+){0,2}?)\s+về\s+/giu,
      (match: string, before: string, at: number) => {
        const rest = text.slice(at + match.length)
        return /^\p{Lu}/u.test(rest) && headOf(rest) !== null ? `${before} đến ` : match
      },
    )
  const sessionsFor = (body: HeadingBody, text: string, part: string, words: string, scope: string): number[] => {
    const found = sessionsConcerned(body, text, part, words, scope)
    const same = ofKind(words)
    const both = found.filter((index) => same.includes(index))
    return both.length > 0 ? both : found
  }
  // The items each session was read from, with those above it ("2.2. Đối thoại chuyên đề …" under "2. HÌNH THỨC …"): an
  // obligation may name its sessions by their numbers or letters.
  const nodes = [...walk(content)]
  const chains = options.sessions.map((_, i) => {
    const first = (options.sources?.[i] ?? '').split('\n')[0]?.trim() ?? ''
    const found = first ? nodes.filter((node) => node.text.trim() === first) : []
    const chain: OutlineNode[] = []
    for (let node = found.length === 1 ? found[0] : undefined; node && node.kind !== 'root'; node = node.parent ?? undefined) {
      if (node.kind === 'item' && /^[\p{L}\d.]+$/u.test(node.marker)) {
        chain.push(node)
      }
    }
    return chain
  })
  // (Only when every session's item is known: a row of a table under "1. Đối thoại định kỳ" read otherwise cannot be
  // told to be outside "Mục IV".)
  const allPlaced = chains.every((chain) => chain.length > 0)
  // ("mục II.1": item 1 of part II, as "mục 1 phần II".)
  const MARK = String.raw`(?:\d{1,2}(?:\.\d{1,2})*|[ivx]{1,4}\.\d{1,2}|[a-z]|[ivx]{1,4})(?![a-z0-9.])`
  const ITEMS_NAMED = new RegExp(
    String.raw`\b(?:tieu muc|muc|diem) (${MARK}(?:\s*(?:,|va|hoac|den|-)\s*(?:(?:tieu muc|muc|diem) )?${MARK})*)` +
      String.raw`(?!\s*(?:khoan|dieu)\b)(?:\s*(?:phan|muc) (${MARK}))?`,
    'g',
  )
  /**
   * "Đối với các buổi đối thoại chuyên đề (mục 2.2 và 2.3), …", "(mục 2 và mục 3 phần II)", "các mục 1 đến 6 Phần II": the
   * sessions read from the items listed, when each names one item a session was read from (or lies in); not a law's
   * "điểm a khoản 2 Điều 63", nor "theo tiến độ tại Mục III", which holds none.
   */
  const itemsNamed = (text: string): number[] => {
    if (!allPlaced) {
      return []
    }
    for (const m of foldForDeadline(text).matchAll(ITEMS_NAMED)) {
      const listed: string[] = []
      for (const piece of (m[1] ?? '').split(/\s*(?:,|\bva\b|\bhoac\b)\s*/)) {
        const range = /^(?:(?:tieu muc|muc|diem) )?(\d{1,2})\s*(?:den|-)\s*(?:(?:tieu muc|muc|diem) )?(\d{1,2})$/.exec(piece)
        const from = Number(range?.[1])
        const to = Number(range?.[2])
        if (range && to > from && to - from < 20) {
          listed.push(...Array.from({ length: to - from + 1 }, (_, k) => String(from + k)))
        } else {
          listed.push(piece.replace(/^(?:tieu muc|muc|diem) /, ''))
        }
      }
      const itemsOf = (mark: string, within: string | null) =>
        new Set(
          chains.flatMap((chain) =>
            chain.filter(
              (node, k) =>
                node.marker.toLowerCase() === mark &&
                (within === null || chain.slice(k + 1).some((up) => up.marker.toLowerCase() === within)),
            ),
          ),
        )
      const found = listed.map((piece) => {
        // ("mục II.1" is the item so marked, else item 1 under part II.)
        const [, part, item] = /^([ivx]{1,4})\.(\d{1,2})$/.exec(piece) ?? []
        const marked = itemsOf(piece, m[2] ?? null)
        const nodes = marked.size === 0 && part && item ? itemsOf(item, part) : marked
        const node = nodes.size === 1 ? [...nodes][0] : undefined
        return node ? allSessions.filter((index) => chains[index]?.includes(node)) : []
      })
      if (found.length > 0 && found.every((mine) => mine.length > 0)) {
        const mine = [...new Set(found.flat())].sort((a, b) => a - b)
        return mine
      }
    }
    return []
  }
  // (The words of the session's own row or item, not a subject every session borrows: "Lịch tiếp công dân của Chủ tịch, Phó
  // Chủ tịch UBND phường" names both hosts.)
  const rows = options.sessions.map((_, i) => foldPlain(options.sources?.[i] ?? ''))
  /**
   * The sessions of the host a text names ("… các buổi tiếp công dân của đồng chí Phó Chủ tịch Thường trực UBND tỉnh"): those
   * whose topic says "của <host>", else those whose words name the host's title (a schedule's column "Lãnh đạo tiếp"), its
   * longest words first; some of them, else null. ("Chủ tịch UBND tỉnh" is not "Phó Chủ tịch UBND tỉnh".)
   * ("… của Phó Chủ tịch phụ trách lĩnh vực": the deputy of the body's own field, "Công chức Địa chính - Xây dựng" serving
   * the receptions whose row says "Lĩnh vực đất đai, xây dựng", among those of the deputies.)
   */
  const hostedSessions = (body: HeadingBody, text: string): number[] | null => {
    const host = firstClauseMatch(text, /\b(?:tiep cong dan|tiep dan|doi thoai|tiep xuc)(?: [a-z]+){0,2}? cua ((?:[a-z]+ ){1,7}[a-z]+)/)
    // ("… dự thảo thông báo kết luận của đồng chí Chủ tịch UBND tỉnh tại hội nghị, trình … sau hội nghị": whose conclusion
    // names the host too, of the sessions whose topic gives him the lead — "Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với
    // …" — when the others' topics give it to another: "Đối thoại giữa Chủ tịch UBND cấp huyện với …".)
    const concluded = host ? undefined : firstClauseMatch(text, /\bket luan cua ((?:[a-z]+ ){1,7}[a-z]+)/)
    const concludedWords = leaderWords(concluded)
    for (let n = concludedWords.length; n >= 3; n--) {
      const words = concludedWords.slice(0, n).join(' ')
      const title = titlePattern(words)
      const named = HOST_TITLE.test(words) ? allSessions.filter((index) => title.test(topics[index] ?? '')) : []
      const others = allSessions.filter((index) => !named.includes(index))
      if (named.length > 0 && others.length > 0 && others.every((index) => HOST_TITLE.test(topics[index] ?? ''))) {
        return named
      }
    }
    const hostWords = leaderWords(host)
    // ("… trước mỗi buổi tiếp dân của Bí thư" is for "Tiếp công dân của đồng chí Bí thư Đảng ủy phường".)
    const hostTopics = topics.map((topic) => ` ${topic ?? ''} `.replace(/ cua (dong chi|d\/c) /g, ' cua '))
    for (let n = hostWords.length; n >= 2; n--) {
      const words = hostWords.slice(0, n).join(' ')
      const titled = allSessions.filter((index) => (hostTopics[index] ?? '').includes(` cua ${words} `))
      const title = titlePattern(words)
      // (Rows are searched only for a leader's title: "đề nghị đối thoại của tập thể người lao động" names who asks, not
      // who hosts, and the first session's list of attendees holding those words says nothing of the session.)
      const named = titled.length > 0 ? titled : HOST_TITLE.test(words) ? allSessions.filter((index) => title.test(rows[index] ?? '')) : []
      if (named.length === 0) {
        continue
      }
      // (Rows each naming a host, some this one: not a plan whose every session is the same host's, one of them restating
      // it, "Đối thoại trực tiếp giữa Bí thư Thị ủy với công dân xã A" beside "Đối thoại để nắm bắt tâm tư …".)
      const hosts = allSessions.every((index) => named.includes(index) || HOST_TITLE.test(rows[index] ?? ''))
      if (named.length === allSessions.length || (titled.length === 0 && !hosts)) {
        return null
      }
      const field = /^(?:\S+ ){0,3}phu trach linh vuc$/.test(hostWords.slice(n).join(' ')) ? fieldOf(body) : []
      const ofField = named.filter((index) => field.some((piece) => piece.test(rows[index] ?? '')))
      return ofField.length > 0 ? ofField : named
    }
    return null
  }
  const sessionsConcerned = (body: HeadingBody, text: string, part: string, words: string, scope: string): number[] => {
    // (… or the body's own heading, "4. Ban Chấp hành công đoàn cơ sở các doanh nghiệp điểm (mục II.2)": the sessions of
    // that item are its.)
    const byItem = itemsNamed(part).length > 0 ? itemsNamed(part) : itemsNamed(body.name)
    if (byItem.length > 0) {
      return byItem
    }
    // "…, gửi … trước ngày 06/3 đối với buổi đối thoại thứ nhất; đối với các buổi còn lại, chậm nhất 07 ngày trước …".
    if (OTHER_SESSIONS.test(foldPlain(part))) {
      const at = text.indexOf(part)
      // Named before by rank or day, or by place ("… trước ngày 10/4 đối với nội dung đối thoại tại phường A; các nội dung còn lại …"),
      // also in the same clause before the deadline's words ("chậm nhất ngày 11/11 (đối với Buổi 1) và trước mỗi buổi tiếp theo …").
      const own = foldPlain(part)
      const within = OTHER_SESSIONS.test(foldPlain(words)) ? own.indexOf(foldPlain(words)) : -1
      const earlier = at > 0 ? text.slice(0, at) : within > 0 ? own.slice(0, within) : ''
      const byRank = earlier ? namedSessions(earlier) : []
      const before = byRank.length > 0 ? byRank : earlier ? (sessionsWith(earlier, HELD_AT) ?? []) : []
      if (before.length > 0) {
        return allSessions.filter((index) => !before.includes(index))
      }
    }
    // "Mỗi xã thực hiện đối với buổi có xã mình tham gia (xã A, xã B: Buổi thứ nhất; xã C: Buổi thứ hai)": the session
    // the list gives the body's place; the ranks it lists are no session of every body.
    const listed = ranksByPlace(text)
    if (listed.length >= 2) {
      const place = body.place ? fold(body.place) : null
      const mine = place ? listed.filter((entry) => new RegExp(`(?<![a-z0-9])${place}(?![a-z0-9])`).test(entry.places)) : []
      const ranks = [...new Set(mine.map((entry) => entry.rank - 1))].filter((index) => index < allSessions.length)
      if (ranks.length > 0) {
        return ranks
      }
    }
    // "… kịch bản hội nghị lần thứ nhất …, chậm nhất ngày 08/7, và dự thảo Thông báo kết luận trong thời hạn 05 ngày làm
    // việc kể từ khi kết thúc mỗi hội nghị đối thoại": the deadline's own words say every session, whatever the clause
    // before them names (not "mỗi buổi đối thoại với sinh viên", which says which).
    // ("… phục vụ hội nghị thứ hai và hội nghị thứ ba; gửi … chậm nhất 10 ngày trước ngày tổ chức mỗi hội nghị này": "này"
    // points back to the sessions the obligation named before, not to every one.)
    const these = /\b(moi|cac|tung|hai|ba) (hoi nghi|buoi|cuoc|phien|dot|dien dan)( doi thoai)? nay\b/.test(foldPlain(words))
    const pointed = these ? namedSessions(text) : []
    if (pointed.length > 0) {
      return pointed
    }
    // ("… chậm nhất 02 ngày làm việc trước mỗi buổi tiếp công dân định kỳ của Chủ tịch UBND phường": each of that host's
    // sessions, when the others are another's, "… của Phó Chủ tịch UBND phường".)
    // ("3. Đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam các huyện: A, B" / "- … mời cử tri dự chậm nhất 03 ngày trước mỗi
    // buổi tiếp xúc": each of the sessions held in the body's own place, when the others are elsewhere.)
    if (EVERY_SESSION.test(foldPlain(words)) && namedSessions(words).length === 0) {
      const own = body.place ? new RegExp(`(?<![a-z0-9])${escapeRegExp(fold(body.place))}(?![a-z0-9])`) : null
      const placed = own ? allSessions.filter((index) => own.test(topics[index] ?? '')) : []
      return hostedSessions(body, words) ?? (placed.length > 0 && placed.length < allSessions.length ? placed : allSessions)
    }
    // The clause that carries the deadline names its session before the rest of the obligation does
    // ("… hội nghị thứ nhất …, hoàn thành trước ngày …; đối với hội nghị thứ hai, … chậm nhất 07 ngày trước …"),
    // and the obligation before the heading of the timetable it stands in.
    // (The deadline's own words first: "… trước ngày 06/02 (đối với hội nghị lần thứ nhất) và chậm nhất 07 ngày làm việc
    // trước ngày tổ chức hội nghị lần thứ hai" counts from the second; "… (đối với Hội nghị thứ nhất) …. Chủ trì dự thảo
    // thông báo kết luận … trong thời hạn 07 ngày làm việc kể từ ngày kết thúc mỗi Hội nghị" concerns every session.)
    const every = EACH_SESSION.test(foldPlain(words))
    // (Not the rest of an obligation that speaks of each session too: "… giấy mời … trước mỗi đợt hội nghị; chuẩn bị hội
    // trường … phục vụ hội nghị đợt 1. Dự thảo Thông báo kết luận … trong vòng 10 ngày kể từ ngày kết thúc hội nghị".)
    // (Nor one that names two sessions in turn: "… kịch bản đối thoại thứ nhất hoàn thành trước ngày 10/6, kịch bản đối
    // thoại thứ hai …. Tham mưu ban hành thông báo kết luận trong vòng 07 ngày làm việc kể từ ngày tổ chức đối thoại".)
    const ranksInWhole = new Set([...foldPlain(text).matchAll(new RegExp(SESSION_ORDINAL.source, 'g'))].map((m) => m[4] ?? m[5] ?? ''))
    // ("… trình phê duyệt trước ngày tổ chức hội nghị ít nhất 15 ngày; đăng thông báo …; tổng hợp câu hỏi cho hội
    // nghị lần thứ nhất, hoàn thành chậm nhất ngày 31/5": the session a later clause names is that clause's work's.)
    const partEnd = text.indexOf(part) + part.length
    const ranked = (words: string) => SESSION_ORDINAL.test(foldPlain(words))
    const rankedLater = partEnd >= part.length && !ranked(text.slice(0, partEnd)) && ranked(text.slice(partEnd))
    const wholeSays = EACH_SESSION.test(foldPlain(text)) || ranksInWhole.size >= 2 || rankedLater ? [] : [text]
    // The clause just before the deadline's words, when it names its session: "kịch bản đối thoại thứ nhất hoàn thành
    // trước ngày 10/6, kịch bản đối thoại thứ hai hoàn thành trước ngày tổ chức đối thoại ít nhất 10 ngày" is the second's.
    // (Folded as the deadline's words were, commas kept.)
    const foldedPart = foldWithMap(part).folded
    const clauseBefore = words && foldedPart.endsWith(words) ? (foldedPart.slice(0, -words.length).split(/[,;]/).pop() ?? '') : ''
    for (const source of listed.length >= 2 || every ? [part] : [words, clauseBefore, part, ...wholeSays, scope]) {
      const named = namedSessions(source)
      if (named.length > 0) {
        return named
      }
      // "Dự thảo Thông báo kết luận … đối với đợt 1, trình ký … trong thời hạn 05 ngày làm việc kể từ ngày kết thúc buổi
      // đối thoại tại thôn A": the deadline's own words say where the session it counts from is held, which the round the
      // clause names before (six sessions, not its first) does not.
      // (Read in the clause as written, the deadline's words folded would make "tại xã mình" a place "xã Minh …".)
      // (… and a list of places is each one's: "trước ngày tổ chức đối thoại tại khu công nghiệp, khu kinh tế".)
      const tail = source === words && !every ? unfoldedTail(part, words) : ''
      const there = tail ? (sessionsHeldAtAny(tail) ?? sessionsWith(tail, HELD_AT)) : null
      if (there) {
        return there
      }
    }
    // "trước mỗi buổi đối thoại với sinh viên", "sau mỗi buổi đối thoại với sinh viên, trình …": the sessions with them,
    // in the deadline's words first, then in its clause.
    // ("… trước buổi đối thoại chuyên đề về bảo hiểm y tế": a word or two may stand between; not the "đối" of "đối với" in
    // "… trước ngày đối thoại đối với các cuộc đối thoại định kỳ", which says which sessions, not with whom; nor "… liên
    // quan đến nội dung đối thoại, gửi về Thường trực …", where "về" goes with the sending, not with the dialogue.)
    // (Nor "Sau mỗi cuộc đối thoại, phối hợp với Văn phòng A dự thảo …": the partner of the work, its comma folded away,
    // is no one the dialogue is held with.)
    for (const source of [words, part].map(sentTo)) {
      const mine = sessionsWith(
        source,
        new RegExp(
          String.raw`\b(?:doi thoai|hoi nghi|tiep xuc|tiep cong dan)(?: [a-z]+){0,2}? ` +
            String.raw`(?<!\bdoi |\b(?:gui|nop|chuyen|bao cao|tra|phoi hop) )(?:voi|ve|cung) ((?:[a-z]+ ){0,7}[a-z]+)`,
        ),
      )
      if (mine) {
        return mine
      }
    }
    // "III. TIẾN ĐỘ CHUẨN BỊ HỘI NGHỊ ĐỐI THOẠI VỚI DOANH NGHIỆP" over "Chậm nhất 03 ngày làm việc trước ngày hội nghị: Văn
    // phòng Sở hoàn chỉnh tài liệu …": a timetable whose heading names one of the sessions is that session's, unless the
    // line says each ("trước mỗi hội nghị").
    // ("III. PHÂN CÔNG" / "2. Đối thoại tại khu công nghiệp huyện A" over "- Ban B tổng hợp …, báo cáo … chậm nhất 10 ngày sau
    // khi kết thúc đối thoại", "1. Chuẩn bị Hội nghị đối thoại với Chủ tịch UBND tỉnh" over a table of work: a heading that
    // says where or with whom names the session held there or with them, as one that names it does.)
    // ("1. Chuẩn bị buổi đối thoại của đồng chí Bí thư Huyện ủy" over "a) Ban Dân vận Huyện ủy: … trước ngày đối thoại 10 ngày":
    // a heading that says whose session it prepares names that host's, when another holds the others.)
    const headed =
      !every && scope
        ? (sessionTitled(scope) ?? sessionsWith(scope, HELD_AT) ?? sessionsWith(scope, WITH_WHOM) ?? hostedSessions(body, scope))
        : null
    if (headed) {
      return headed
    }
    // "trước mỗi kỳ tiếp công dân của Chủ tịch UBND huyện ít nhất 02 ngày làm việc": the sessions whose topic says they
    // are that host's ("… của Chủ tịch UBND huyện"), not another's ("… của Phó Chủ tịch UBND huyện").
    // (So too the obligation that says whose sessions it serves, "Cử lãnh đạo sở tham dự các buổi tiếp công dân của đồng chí
    // Phó Chủ tịch Thường trực UBND tỉnh; gửi báo cáo … trước ngày tiếp ít nhất 05 ngày": the rows of a schedule whose
    // column of hosts names that one, "Đồng chí B - Phó Chủ tịch Thường trực UBND tỉnh", not "… - Phó Chủ tịch UBND tỉnh".)
    const hosted = hostedSessions(body, words) ?? hostedSessions(body, part) ?? hostedSessions(body, text)
    if (hosted) {
      return hosted
    }
    // "chậm nhất 15 ngày trước ngày tổ chức hội nghị cấp tỉnh", "Thông báo kết quả hội nghị đối thoại cấp tỉnh, trình … trong
    // vòng 05 ngày làm việc sau hội nghị": the sessions held at that level ("Cấp tổ chức: tỉnh", "Đối thoại cấp tỉnh …").
    for (const source of [words, part]) {
      const level = SESSION_LEVEL.exec(foldPlain(source))?.[1]
      const atLevel = level ? someSessions((w) => new RegExp(`\\bcap (?:to chuc\\W+)?${level}(?![a-z])`).test(w)) : null
      if (atLevel) {
        return atLevel
      }
      // (A table of sessions that never says "cấp": "Chủ tịch UBND tỉnh đối thoại với nông dân về …" beside "Chủ tịch UBND
      // huyện A đối thoại …" — the one whose topic names the authority of that level holds "hội nghị cấp tỉnh". Sessions
      // that say a level somewhere are read by it above, whatever their topic.)
      // (Nor sessions whose topic says another level: "Đối thoại giữa Chủ tịch UBND cấp huyện với thanh niên …", the rows of
      // an annex, beside "Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với thanh niên", which holds "hội nghị cấp tỉnh".)
      const leveled = allSessions.filter((index) => /\bcap [a-z]/.test(aboutAll[index] ?? ''))
      const elsewhere = (index: number) => new RegExp(`\\bcap (?!${level}(?![a-z]))[a-z]`).test(topics[index] ?? '')
      const hosted =
        level && leveled.every(elsewhere) ? new RegExp(`\\b(?:ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan) ${level}(?![a-z])`) : null
      const byHost = hosted ? allSessions.filter((index) => !leveled.includes(index) && hosted.test(topics[index] ?? '')) : []
      if (byHost.length > 0 && byHost.length < allSessions.length) {
        return byHost
      }
    }
    // "gửi giấy mời đến đại biểu dự Hội nghị người lao động trước 03 ngày làm việc …": the session its name names.
    // ("… tham dự Chương trình Chủ tịch UBND tỉnh đối thoại …; gửi danh sách … trước 05 ngày làm việc so với ngày tổ
    // chức Chương trình": the kind alone names again the one its obligation named before.)
    const byName = sessionsNamed(part) ?? (KIND_ALONE.test(foldForDeadline(part)) ? sessionsNamed(text) : null)
    if (byName) {
      return byName
    }
    // "… trước ngày tổ chức hội nghị đối thoại bổ sung", "mỗi hội nghị được bổ sung": the sessions an adjustment adds.
    // (…, also when the clause names it before its deadline: "tham mưu thông báo kết luận của hội nghị bổ sung trong thời hạn …".)
    // ("… đối với 02 cuộc đối thoại điều chỉnh thời gian và cuộc đối thoại bổ sung …": the moved ones too, so every one.)
    const moved = (source: string) => /\b(hoi nghi|doi thoai|buoi|cuoc)( doi thoai)? (duoc )?dieu chinh\b/.test(foldPlain(source))
    const addedOnly = (source: string) =>
      /\b(hoi nghi|doi thoai|buoi|cuoc)( doi thoai)? (duoc )?bo sung\b/.test(foldPlain(source)) && !moved(source)
    // (… or the obligation as a whole, when it names no session by rank and the deadline's clause none by place: "Đối với
    // hội nghị bổ sung tại khoản 3 Mục I: chủ trì …; dự thảo Thông báo kết luận …, trình ký … trong thời hạn 07 ngày làm
    // việc kể từ ngày kết thúc đối thoại", "Niêm yết … thời gian, địa điểm hội nghị bổ sung; mời các hộ dân … chậm nhất 07
    // ngày trước ngày đối thoại" — not the body's own place, which may host another session too.)
    const placed = () => (sessionsHeldAtAny(part) ?? sessionsWith(part, HELD_AT)) !== null
    if ([words, part].some(addedOnly) || (wholeSays.some(addedOnly) && !placed())) {
      const added = someSessions((w) => /\bbo sung\b/.test(w))
      if (added) {
        return added
      }
    }
    // "trước mỗi hội nghị", "sau từng buổi đối thoại": every session, whatever the body's place or field; so too an
    // obligation whose own sentence is about each ("xây dựng kế hoạch chi tiết từng hội nghị, trình … chậm nhất 15 ngày
    // trước ngày tổ chức hội nghị"), its deadline counted from each.
    if (every || (EACH_SESSION.test(foldPlain(part)) && namedSessions(part).length === 0)) {
      return allSessions
    }
    // "Đối với 02 buổi tiếp công dân theo chuyên đề tại mục 2: …": the sessions listed under "Tiếp công dân theo chuyên đề"
    // (a kind of them, "chuyên đề", "định kỳ"; not "kết hợp đối thoại tại xã"), unless the body's place or field says
    // which of them ("Khoa Thận nhân tạo … trước buổi đối thoại chuyên đề 07 ngày").
    const grouped = groupedSessions(part.replace(/\(?(kể cả|bao gồm)[^()]*\)?/giu, ' '))
    // The line that charges the body with its sessions names them with all their words.
    const charged = CHARGED_WITH.test(foldPlain(text)) ? charters.get(body.name) : undefined
    if (charged) {
      return charged
    }
    // "Đoàn Thanh niên xã: … gửi kết quả … trước ngày tổ chức đối thoại ít nhất 07 ngày", beside dialogues with farmers, with
    // women and with "đoàn viên, thanh niên": a mass organisation prepares the one held with its members, when the plan's
    // sessions are each with another organisation's members (not one organisation's own plan, all of them its members').
    const organisation = fold(body.name)
    const members = MEMBERS_OF.find(([kind]) => kind.test(organisation))?.[1]
    const gathered = members ? allSessions.filter((index) => members.test(topics[index] ?? '')) : []
    const others = allSessions.filter((index) => !gathered.includes(index))
    // (Each of the others with one organisation's members only: "nữ công nhân" is no other's dialogue for the women's union.)
    const ofOne = (index: number) => MEMBERS_OF.filter(([, them]) => them.test(topics[index] ?? '')).length === 1
    const ofOthers = others.length > 0 && others.every(ofOne)
    // (Not work after "các buổi đối thoại", "mỗi cuộc": its words say every session.)
    const plural = /\b(moi|cac|tung|nhung)\b/.test(foldPlain(words))
    if (gathered.length > 0 && ofOthers && !plural) {
      return gathered
    }
    // "xây dựng tài liệu cuộc đối thoại tại huyện A; …", "nội dung đối thoại định kỳ tại nơi làm việc": the sessions held
    // where the obligation says; "phục vụ cuộc đối thoại với doanh nghiệp du lịch …": those with whom it says.
    // "Cử công chức … tham dự buổi đối thoại trực tuyến; đăng ký câu hỏi … chậm nhất 03 ngày làm việc trước ngày đối thoại":
    // the sessions held online ("Trực tuyến đến các xã, phường"), when some are and some are not.
    const online = ONLINE_SESSION.test(foldPlain(text)) ? someSessions((words) => /\btruc tuyen\b/.test(words)) : null
    if (online) {
      return online
    }
    const elsewhere =
      sessionsHeldAtAny(text) ?? sessionsWith(text, HELD_AT) ?? sessionsWith(text, WITH_WHOM) ?? sessionsWith(text, BY_GROUP)
    if (elsewhere) {
      return elsewhere
    }
    // The session held in the body's place or with its field: "Huyện ủy Trà Bồng", "Sở Giáo dục và Đào tạo";
    // "Ban Thường vụ Huyện ủy Mèo Vạc": the place after the last unit word.
    const head = headOf(body.name) ?? ''
    const folded = fold(body.name)
    // ("Cơ quan Ủy ban MTTQ Việt Nam đặc khu": the agency, "cơ quan", is no district, "quận"; nor "quan ủy" its party
    // committee; nor "Phòng Hành chính quản trị" one in "quận Trị": only the word written "quận" is the unit, the others
    // kept apart with their letters where they were.)
    const unitWords = foldUnits(body.name)
    const unit = PLACE_UNITS.map((u) => ({ u, at: unitWords.lastIndexOf(` ${u} `) }))
      .filter((x) => x.at !== -1)
      .sort((a, b) => b.at + b.u.length - (a.at + a.u.length))[0]
    const key = body.place
      ? fold(body.place)
      : unit
        ? folded.slice(unit.at + unit.u.length + 2).trim()
        : ` ${folded.slice(head.length).trim()}`.replace(TRAILING_UNITS, '').trim()
    // "UBND các huyện, thành phố" names every place, not one.
    // "Văn phòng Đảng ủy": words of an organisation, not of a place ("Hội trường Đảng ủy xã" is not its session).
    const generic = key.replace(ORGANISATION_WORDS, ' ').trim() === ''
    // A place of one word ("Đảng ủy xã Hiếu") is looked for with its kind: "xã Hiếu".
    // ("Đảng ủy các phường: 2, 5 và 7", "Đảng ủy phường VII": a place known by its number is looked for with its kind too,
    // "phường 5", "phường VII"; so "Đảng ủy Phường 2, Phường 5", the kind capitalised as a ward known by its number is
    // written; not "Huyện Đoàn".)
    const kinded =
      key.split(' ').length === 1 &&
      new RegExp(
        String.raw`(?:(?:xã|phường|thị trấn|thị xã|huyện|quận)\s+(?:\p{Lu}\p{Ll}*|\d{1,3}|[IVX]{1,5})|` +
          String.raw`(?:Xã|Phường|Thị trấn|Thị xã|Huyện|Quận)\s+\d{1,3})$`,
        'u',
      ).test(body.name)
        ? new RegExp(`\\b(xa|phuong|thi tran|thi xa|huyen|quan) ${key}$`).exec(folded)?.[0]
        : undefined
    const place = kinded ?? key
    if (place.split(' ').length < 2 || generic || /\bcac\b/.test(place) || (!body.place && /\bcac\b/.test(folded))) {
      // "Các Chi nhánh loại II" under "b) Đối thoại tại các Chi nhánh loại II: …": the group is where those sessions are held.
      // (Not "Đối thoại với doanh nghiệp do các Chi cục Thuế huyện A, huyện B quản lý": who manages its audience, one
      // session among those every Chi cục prepares.)
      const group = /^cac( [a-z0-9]+){2,}$/.test(folded) ? new RegExp(`(?<![a-z0-9])(?<!\\bdo )${folded}(?![a-z0-9])`) : null
      const theirs = group ? allSessions.filter((index) => group.test(topics[index] ?? '')) : []
      if (theirs.length > 0 && theirs.length < allSessions.length) {
        return theirs
      }
      // "Giám đốc các nông trường: … chậm nhất 05 ngày trước ngày đối thoại tại đơn vị": the sessions held at a unit of
      // that kind, those whose topic names it ("Đối thoại cấp nông trường …"), when some are and some are not; so too
      // "Trưởng các thôn: … chậm nhất 03 ngày trước buổi đối thoại tại thôn mình", not one held at the commune's hall.
      const kind = /\bcac ([a-z]+(?: [a-z]+)?)$/.exec(folded)?.[1]
      const atUnit = kind && new RegExp(`\\btai (don vi|dia phuong|co so|${kind} minh)\\b`).test(foldPlain(part)) ? kindOfUnit(kind) : null
      const ofUnits = atUnit ? allSessions.filter((index) => atUnit.test(topics[index] ?? '')) : []
      if (ofUnits.length > 0 && ofUnits.length < allSessions.length) {
        return ofUnits
      }
      // "UBND các huyện, thành phố: … chậm nhất 10 ngày trước ngày tổ chức đối thoại tại địa phương", "Ban Dân vận các huyện
      // ủy, thị ủy, thành ủy: … cuộc đối thoại của địa phương": the sessions whose words name a district or a city (held in
      // "Hội trường UBND huyện A", hosted by "Thành ủy B"), not the one held at a department's hall or by a department
      // ("… của Sở Tài nguyên và Môi trường với doanh nghiệp trên địa bàn tỉnh"), when some are and some are not.
      const levels = localLevels(body.name)
      const local = levels && /\b(tai|cua|o) dia phuong\b/.test(foldPlain(part)) ? levels : null
      const ofPlaces = (words: string[]) => (local ? allSessions.filter((index) => local.test(words[index] ?? '')) : [])
      const localSessions = ofPlaces(topics).length > 0 ? ofPlaces(topics) : ofPlaces(rows)
      if (localSessions.length > 0 && localSessions.length < allSessions.length) {
        return localSessions
      }
      return charters.get(body.name) ?? grouped ?? bound.get(body.name) ?? allSessions
    }
    // "Văn phòng Liên minh HTX tỉnh" is the office of an organisation, not of a place: the session held in that
    // organisation's hall ("tại Hội trường Liên minh HTX tỉnh") is not thereby the office's alone.
    const ofOrganisation = !body.place && !unit && headOf(body.name.split(/\s+/).slice(head.split(' ').length).join(' ')) !== null
    const heldIn = (where: string) => {
      // Whole words: "khu phố 1" is not in "khu phố 10".
      const escaped = where.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      // (A field followed by "trưởng" is a person's title, "điều dưỡng trưởng" among a session's audience: those invited,
      // not the department of the field, "Phòng Điều dưỡng"; unless "trưởng" opens the next title, "Phòng Hành chính,
      // Trưởng phòng Kế toán".)
      const bounded = new RegExp(
        `(?<![a-z0-9])${escaped}(?![a-z0-9])(?! truong\\b(?! (phong|ban|khoa|bo phan|xuong|doan|cac|thon|ap|khu)\\b))`,
      )
      const hall = new RegExp(`\\b(hoi truong|tru so|phong hop) ${escaped}(?![a-z0-9])`, 'g')
      return (words: string) => bounded.test(ofOrganisation ? words.replace(hall, ' ') : words)
    }
    // "Đảng ủy phường Cái Khế": the session of "phường Cái Khế" before one whose audience names "chợ Cái Khế".
    // ("UBND TT Kiến Xương", listed as "UBND các xã: A, B và TT Kiến Xương": the town's session, "thị trấn Kiến Xương", not
    // every one held in huyện Kiến Xương.)
    const short = body.place ? new RegExp(`\\b(tt|tx|tp) ${escapeRegExp(key)}$`).exec(folded)?.[1] : undefined
    const spelled = short ? `${{ tt: 'thi tran', tx: 'thi xa', tp: 'thanh pho' }[short]} ${key}` : null
    const withKind = spelled ?? (!kinded && unit && TERRITORIAL_UNIT.test(unit.u) ? `${unit.u} ${key}` : null)
    // The session whose topic names the place ("Đối thoại với Nhân dân Phường 5 về …") before one whose audience only
    // mentions it ("Thành phần: Như hội nghị tại Phường 5").
    // (Not for an organisation's office: "Đối thoại giữa Chủ tịch Hội Nông dân tỉnh với hội viên" names its host.)
    // (Only when one of them is of the kind its deadline counts from: "UBND thị trấn A … chậm nhất 03 ngày trước ngày đối
    // thoại tại địa phương" is not for the reception whose topic says "tại Trụ sở Tiếp công dân huyện (thị trấn A)", but
    // for the dialogue held in the hall of UBND thị trấn A.)
    const kind = ofKind(words)
    // (The plan's standing body is not one session's for being among those it invites: "b) Thành phần: … lãnh đạo Phòng
    // Tham mưu, Phòng Cảnh sát …" under the first conference says who attends it; "1. Phòng Tham mưu / a) Là cơ quan
    // thường trực, …" says its work is for every conference.)
    const invitedOnly = !body.place && !unit && standing.has(body.name)
    const heldThere = (test: (words: string) => boolean) => {
      const there = ofOrganisation ? [] : allSessions.filter((index) => test(topics[index] ?? ''))
      const fits = there.some((index) => kind.includes(index))
      if (there.length > 0 && there.length < allSessions.length && fits) {
        return there
      }
      // ("… tại khu phố 5, khu phố 12 và khu phố 27, lần lượt vào các ngày 13/4, 11/5 và 15/6": sessions read from one
      // sentence share its words; the one held there is the one whose place it is.)
      const shared = someSessions(test)
      const placed = shared ? shared.filter((index) => test(venues[index] ?? '')) : []
      const mine = placed.length > 0 && shared && placed.length < shared.length ? placed : shared
      const hosting = invitedOnly && mine ? mine.filter((index) => test(uninvited[index] ?? '')) : mine
      return hosting && hosting.length > 0 ? hosting : null
    }
    // "UBND các xã, phường: Hòa Phú, Buôn Ma Thuột …" beside a schedule whose column "Đơn vị chuẩn bị" names "UBND phường
    // Buôn Ma Thuột" in one row: that row is the body's, not an earlier one about "thành phố Buôn Ma Thuột (cũ)"; the
    // column names the body itself, with the kind of its place the list left out.
    const prefix = body.place && folded.endsWith(` ${fold(body.place)}`) ? folded.slice(0, -fold(body.place).length - 1) : null
    const namedWithKind = prefix ? `|${escapeRegExp(prefix)} (?:${PLACE_KIND_WORDS}) ${escapeRegExp(fold(body.place ?? ''))}` : ''
    const itself = new RegExp(`^(?:${escapeRegExp(folded)}${namedWithKind})$`)
    const rowsNaming = allSessions.filter((index) =>
      (options.roles?.[index] ?? []).some((role) => role.body.split(/\s*;\s*/).some((cell) => itself.test(fold(cell)))),
    )
    const ownRows = rowsNaming.length > 0 && rowsNaming.length < allSessions.length ? rowsNaming : null
    // "Điện lực Đông Hà, Điện lực Vĩnh Linh: chuẩn bị địa điểm … phục vụ kỳ đối thoại tổ chức tại đơn vị": the session whose
    // place is the body itself ("Địa điểm: Điện lực Đông Hà"), before one held elsewhere in its town ("Hội trường Công ty,
    // thành phố Đông Hà"). (Only when the work says it is held at the unit: "UBND huyện A gửi giấy mời đến từng hộ dân …"
    // is for the dialogues with the people of its communes, not only the one held in its hall.)
    const atOwnUnit = /\btai (don vi|co so|tru so)( minh)?\b/.test(foldPlain(part))
    const atItself = atOwnUnit ? allSessions.filter((index) => heldIn(folded)(venues[index] ?? '')) : []
    const itselfHosts = atItself.length > 0 && atItself.length < allSessions.length ? atItself : null
    // ("Hiệp hội Doanh nghiệp tỉnh" in a plan of dialogues "với doanh nghiệp, nhà đầu tư": the field the whole plan is about is
    // every session's, whether or not a topic repeats it; not in one "… với thanh niên và với đồng bào dân tộc Khmer", whose
    // each audience is a session's.)
    const planSubject = foldPlain(options.subject ?? '')
    const planWide = !body.place && !unit && (planSubject.match(/\bvoi\b/g) ?? []).length <= 1 && heldIn(place)(planSubject)
    const found = ownRows ?? itselfHosts ?? (withKind ? heldThere(heldIn(withKind)) : null) ?? (planWide ? null : heldThere(heldIn(place)))
    // "3. Vụ việc khiếu nại của 06 hộ dân … / – Sở A, UBND thành phố B chuẩn bị hồ sơ …, gửi … chậm nhất 05 ngày làm việc
    // trước ngày đối thoại": the case whose item the obligation is written in, whatever other case names the body.
    const inside = allSessions.filter((index) => options.sources?.[index]?.includes(text.trim()))
    const own = inside.length > 0 && inside.length < allSessions.length ? inside : found
    const both = own && grouped ? own.filter((index) => grouped.includes(index)) : []
    return (both.length > 0 ? both : own) ?? charters.get(body.name) ?? grouped ?? bound.get(body.name) ?? placeNamed(text) ?? allSessions
  }
  /**
   * The sessions held in a place an obligation names with its kind, when they are some of them: a body of no place,
   * "Văn phòng Đăng ký đất đai: Chủ trì, phối hợp với Chi nhánh … thành phố A chuẩn bị báo cáo …, gửi … chậm nhất 07
   * ngày trước ngày tổ chức đối thoại" beside a dialogue with the people of thành phố A among others.
   */
  const placeNamed = (text: string): number[] | null => {
    // (A name in capitals: not "các huyện ủy có liên quan", nor "trên địa bàn thành phố, gửi …".)
    const places = text.matchAll(
      /(?<![\p{L}])(?:xã|phường|thị trấn|thị xã|huyện|quận|thành phố)\s+(?:\p{Lu}\p{L}*|\d{1,3})(?:\s+\p{Lu}\p{L}*){0,3}/gu,
    )
    for (const m of places) {
      // ("Cung cấp … quy hoạch Khu tái định cư phường A, gửi … trước thời điểm tổ chức đối thoại tối thiểu 10 ngày": the
      // site's place is no session's.)
      if (SITE_OF_PLACE.test(foldPlain(text.slice(Math.max(0, m.index - 40), m.index)).trim())) {
        continue
      }
      const tokens = foldPlain(m[0]).split(' ')
      // ("thành phố Phú Quốc Chi …": the longest name some sessions hold.)
      for (let n = tokens.length; n >= 2; n--) {
        const bounded = new RegExp(`(?<![a-z0-9])${tokens.slice(0, n).join(' ')}(?![a-z0-9])`)
        const mine = someSessions((words) => bounded.test(words))
        if (mine) {
          return mine
        }
      }
    }
    return null
  }
  // The sessions a body is charged with, said once among its obligations ("Chủ trì tổ chức buổi đối thoại với người
  // bệnh", "Là đầu mối tham mưu tổ chức các hội nghị đối thoại với viên chức"): its other work before or after "the
  // session" concerns those, when they are some of the sessions.
  const charters = new Map<string, number[]>()
  // The sessions a body's own work names by with whom they are held ("… chậm nhất 07 ngày trước mỗi buổi đối thoại với
  // các hộ dân bị ảnh hưởng bởi dự án"): its other work on "the dialogue", naming none ("Trong thời hạn 15 ngày kể từ
  // ngày đối thoại, hoàn chỉnh phương án bồi thường …"), concerns those.
  const bound = new Map<string, number[]>()
  // The bodies a plan makes its standing one ("Là cơ quan thường trực, …", "Chủ trì … tham mưu tổ chức các hội nghị đối
  // thoại"): their work is for all its sessions.
  const standing = new Set(
    // ("3.1. Sở A / Là cơ quan thường trực, có trách nhiệm: / - Tổng hợp …": the lead-in over its items says so too.)
    obligations
      .filter((o) => o.bodies.length === 1 && STANDING_BODY_CUE.test(foldPlain(`${o.parent ?? ''} ${o.text}`)))
      .map((o) => o.bodies[0]?.name ?? ''),
  )
  /** Adds sessions to those a body is tied to, kept sorted and once each. */
  const tie = (map: Map<string, number[]>, name: string, sessions: number[]) =>
    map.set(
      name,
      [...new Set([...(map.get(name) ?? []), ...sessions])].sort((a, b) => a - b),
    )
  for (const obligation of obligations) {
    const only = obligation.bodies.length === 1 ? obligation.bodies[0] : undefined
    if (!only) {
      continue
    }
    const folded = foldPlain(obligation.text)
    const withWhom = sessionsWith(obligation.text, WITH_WHOM)
    if (withWhom) {
      tie(bound, only.name, withWhom)
    }
    // "Chủ trì tổ chức các Hội nghị tại mục 2 và mục 3 phần II": a charge that names the sessions by their items.
    const byItem = CHARGED_BY_ITEM.test(folded) ? itemsNamed(obligation.text) : []
    if (byItem.length > 0 && byItem.length < allSessions.length) {
      tie(charters, only.name, byItem)
    }
    // (All the words of each session, the heading of its group too: a charge names a kind of session, not a topic.)
    const charged = CHARGED_WITH.test(folded) ? sessionsWith(obligation.text, CHARGED_WITH, true) : null
    if (charged) {
      tie(charters, only.name, charged)
    }
  }

  /**
   * "Đề nghị UBND các xã, thị trấn có tên nêu trên:" under a schedule whose lines each name the place a session is held
   * ("1. Thứ Ba, 08/10 - 7h30: xã A. …", "2. …: thị trấn B. …"): the group points back to those places, so it is one body
   * per place ("UBND xã A", "UBND thị trấn B"), each for its own session. A group named by its role ("UBND các xã nơi tổ
   * chức đối thoại") or with no place in the schedule stays one body.
   */
  const placesNamedAbove = (body: HeadingBody): (HeadingBody & { only: number[] })[] | null => {
    const m = NAMED_ABOVE.exec(lowerVietnamese(body.name))
    const prefix = m ? body.name.slice(0, lowerVietnamese(body.name).indexOf(' các ')).trim() : ''
    if (!m || !prefix || headOf(prefix) === null || /(?<![\p{L}])các(?![\p{L}])/iu.test(prefix)) {
      return null
    }
    const kinds = (m[1] ?? '').split(/\s*(?:,|\svà\s)\s*/u).filter(Boolean)
    // ("xã" or "Xã"; the name after it capitalised, or a number: "phường 5".)
    const kindPattern = kinds.map((kind) => `[${kind.charAt(0)}${kind.charAt(0).toUpperCase()}]${escapeRegExp(kind.slice(1))}`)
    // (Not "các xã A, B" in a session's audience, which lists places it invites.)
    const mention = new RegExp(
      String.raw`(?<![\p{L}])(?<!các\s)(${kindPattern.join('|')})\s+((?:\p{Lu}\p{Ll}*|\d{1,3})(?:\s+\p{Lu}\p{Ll}*){0,3})`,
      'gu',
    )
    const out = new Map<string, number[]>()
    options.sessions.forEach((session, index) => {
      // The session's own line first ("Thứ Ba, 08/10 - 7h30: xã A"), then its topic, its venue, the words it was read from.
      for (const words of [session.time.text ?? '', session.topic, session.venues.join('; '), options.sources?.[index] ?? '']) {
        const found = [...words.matchAll(mention)]
        if (found.length === 0) {
          continue
        }
        for (const place of found) {
          const kind = /^\d/.test(place[2] ?? '') ? (place[1] ?? '') : lowerVietnamese(place[1] ?? '')
          const name = `${prefix} ${kind} ${place[2] ?? ''}`
          out.set(name, [...new Set([...(out.get(name) ?? []), index])])
        }
        break
      }
    })
    return out.size > 0 ? [...out].map(([name, only]) => ({ name, place: name.slice(prefix.length + 1), only })) : null
  }
  /**
   * "Đề nghị Ban A, Sở B, Sở C … gửi … trước ngày tổ chức diễn đàn ít nhất 03 ngày làm việc (Ban A đối với Diễn đàn thứ
   * nhất; Sở B đối với Diễn đàn thứ hai; …)": each body bound by name to the session its own clause names; null when the
   * obligation names none for it.
   */
  const ownSessions = (name: string, text: string): number[] | null => {
    const clause = new RegExp(`(?<![a-z0-9])${escapeRegExp(foldForDeadline(name))} (?:doi voi|phu trach) ([^;.:]+)`).exec(
      foldForDeadline(text),
    )?.[1]
    const named = clause ? namedSessions(clause) : []
    return named.length > 0 ? named : null
  }
  // A table of adjusted deadlines ("Thời hạn theo Kế hoạch số 245" / "Thời hạn điều chỉnh"), its cells one a line: a row's
  // two deadlines side by side ("… gửi Văn phòng UBND tỉnh Trước ngày 25/02/2026 Trước ngày 27/3/2026") are the old one and
  // the one now due; only the latter is work.
  const adjusting = nodes.some((node) => ADJUSTED_DEADLINE_LABEL.test(foldPlain(node.text).replace(/[.:]+$/, '')))
  const expandedGroups = new Set<string>()
  const withPlacesNamedAbove = (doers: (HeadingBody & { only?: number[] })[]) =>
    doers.flatMap((doer) => {
      const places = doer.only ? null : placesNamedAbove(doer)
      if (places) {
        expandedGroups.add(doer.name)
      }
      return places ?? [doer]
    })

  for (const obligation of obligations) {
    const text = obligation.text.trim()
    // "1. Công ty Cổ phần A" / "+ Thời gian: ngày 12/7/2024" among the sessions: a session's field under the name of whom
    // it is held at, not that body's deadline (in the part that assigns work, "Thời gian: trước ngày …" is one).
    if (!text || (!obligation.assigned && labelledOf(text))) {
      continue
    }
    const full = (obligation.parent ? `${obligation.parent} ${text}` : text).trim()
    const foldedText = foldPlain(text)
    // "- Sở Y tế khảo sát …" under "Sở Y tế và Ban Dân tộc tỉnh": the body the line names; else each body of the heading.
    // (All those it opens with: "Ủy ban MTTQ Việt Nam tỉnh, Hội Nông dân tỉnh tổng hợp …".)
    // ("- Riêng Chi bộ ấp A chỉ đạo …" under "Chi bộ các ấp: A, B, C": that one alone.)
    const named: HeadingBody[] = []
    let unread = foldedText.replace(/^(rieng|trong do|doi voi)\s+/, '')
    // ("- Riêng Đoàn Trường Đại học A phối hợp …" under "Ban Thường vụ Đoàn các trường: Đại học A, Đại học B": the unit
    // named by the end of one body's name, from a body word on, is that one.)
    const tails = (body: HeadingBody) => {
      const words = body.name.split(/\s+/)
      return words
        .map((_, i) => words.slice(i).join(' '))
        .filter((tail, i) => i > 0 && tail.split(' ').length >= 3 && headOf(tail) !== null)
        .map((tail) => foldPlain(tail))
    }
    const opens = (body: HeadingBody) =>
      unread.startsWith(foldPlain(body.name))
        ? foldPlain(body.name)
        : tails(body).find((tail) => unread.startsWith(tail) && !/^[a-z0-9]/.test(unread.slice(tail.length)))
    for (;;) {
      const next = obligation.bodies.find((body) => !named.includes(body) && opens(body) !== undefined)
      if (!next) {
        break
      }
      named.push(next)
      unread = unread
        .slice(opens(next)?.length ?? 0)
        .replace(/^\s*(,|va)\s*/, '')
        .trim()
    }
    // ("đ) Riêng Tổ trưởng tổ dân phố số 4 phối hợp … chuẩn bị hội trường …" under "đề nghị Tổ trưởng các tổ dân phố nêu
    // trên … thực hiện các nội dung sau:": "Riêng" sets one body apart, though the heading wrote them as one group.)
    if (named.length === 0 && /^rieng\s/.test(foldedText)) {
      const apart = bodyHeading(text.replace(/^riêng\s+/iu, ''))
      if (apart?.rest && /^\p{Ll}/u.test(apart.rest) && OBLIGATION_VERBS.test(apart.rest)) {
        named.push(...apart.bodies)
      }
    }
    // "Cơ quan tham mưu của từng buổi đối thoại (cột "Cơ quan tham mưu" tại Mục I): …": each row's body, for its own session.
    const byRole =
      roleDoers(obligation.line ?? text, options.roles ?? [], obligation.bodies) ??
      (obligation.heading ? roleDoers(obligation.heading, options.roles ?? [], obligation.bodies) : null)
    const doers: (HeadingBody & { only?: number[] })[] = withPlacesNamedAbove(byRole ?? (named.length > 0 ? named : obligation.bodies))
    const sentences = sentencesOf(text)
    const units: { part: string; found: FoundDeadline | null }[] = []
    if (obligation.deadlineField !== undefined) {
      const { found, problems } = findDeadlines(obligation.deadlineField, {
        defaultYear: options.year,
        documentDate: options.documentDate ?? null,
        field: true,
      })
      // A timetable's "Tháng 12/2027 | Sơ kết công tác đối thoại": a month or quarter alone says when the work falls, no
      // day it is due by (as a line "Tháng 10-2022: … sơ kết"); "23/4/2027 | Tổ chức đối thoại với …" on a session's day
      // is that session, not work due.
      const periodOnly = obligation.whenField && PERIOD_ONLY.test(foldPlain(obligation.deadlineField))
      // ("- Ngày 04/4/2019: Đồng chí Bí thư Tỉnh ủy tiếp công dân;" is the very line a session's day was read from: the
      // session, whatever its words.)
      const line = foldPlain(text).replace(/[\s.;,]+$/, '')
      const holdsSession = ({ rule }: FoundDeadline) =>
        rule.kind === 'absolute' &&
        rule.inclusive &&
        !rule.of &&
        options.sessions.some(
          (session) =>
            session.time.precision === 'day' &&
            session.time.start === rule.date &&
            (HOLDS_SESSION.test(foldedText) || (line.length > 0 && foldPlain(session.time.text ?? '').includes(line))),
        )
      units.push(...found.filter((f) => !periodOnly && !holdsSession(f)).map((f) => ({ part: text, found: f })))
      if (found.length === 0 && problems.length > 0) {
        warnings.push({ key: 'import-warning-deadline', vars: { text: obligation.deadlineField.slice(0, 120) } })
      }
    } else {
      for (const part of sentences) {
        if (CONDITIONAL.test(part) || SESSION_LENGTH.test(foldPlain(part))) {
          continue
        }
        const { found, problems } = findDeadlines(part, { defaultYear: options.year, documentDate: options.documentDate ?? null })
        units.push(...found.map((f) => ({ part, found: f })))
        if (found.length === 0 && problems.length > 0) {
          warnings.push({
            key: 'import-warning-deadline',
            vars: { text: (sentences.length === 1 ? (obligation.line ?? part) : part).slice(0, 120) },
          })
        }
      }
    }
    if (adjusting) {
      // (Side by side: nothing between them but the opening of the second cell, "Trước ngày 05/3/2026 Hoàn thành đến ngày …".)
      const sideBySide = (part: string, first: string, second: string) => {
        const at = part.indexOf(first)
        const next = at === -1 ? -1 : part.indexOf(second, at + first.length)
        return next !== -1 && /^(hoàn thành|xong|thực hiện)?$/iu.test(part.slice(at + first.length, next).trim())
      }
      const superseded = units.filter((unit, k) => {
        const after = units[k + 1]
        return (
          unit.found?.rule.kind === 'absolute' &&
          after?.part === unit.part &&
          after.found?.rule.kind === 'absolute' &&
          sideBySide(unit.part, unit.found.words, after.found.words)
        )
      })
      units.splice(0, units.length, ...units.filter((unit) => !superseded.includes(unit)))
    }
    if (units.length === 0) {
      if (!obligation.assigned) {
        continue
      }
      units.push({ part: text, found: null })
    }
    const { recipient, cc } = recipientsOf(text, known)
    const opening = obligation.parent ?? text
    /**
     * Whether a clause opens a sentence with "Giao"/"Đề nghị"/"Yêu cầu" and a body, and the later clause is in that sentence;
     * so with "Riêng" and the one body set apart ("Riêng UBND xã A: phối hợp …; lập danh sách …, gửi … chậm nhất 03 ngày
     * làm việc trước buổi đối thoại tại xã": that body's work, not the heading's bodies').
     */
    const assignsSentence = (earlier: string, later: string) => {
      const start = text.indexOf(earlier)
      const end = text.indexOf(later, start + earlier.length)
      return (
        start > 0 &&
        end > start &&
        /[.!?]\s+$/u.test(text.slice(0, start)) &&
        /^(giao|đề nghị|yêu cầu|riêng)\s+\p{L}/iu.test(earlier) &&
        !/[.!?]\s+\p{Lu}/u.test(text.slice(start, end))
      )
    }
    /** The bodies a later sentence opens with, and those of the obligation's they are. */
    const actingIn = (part: string) => {
      // (A deadline from a column of its own is the whole row's, no later sentence: "Đề nghị các sở, ngành chuẩn bị …. Phối
      // hợp: …" in the row of "Đơn vị chủ trì" Ban A is Ban A's request.)
      // ("Riêng đối với các xã, phường, sẽ tổ chức …": the bodies set apart, the comma before their verb dropped.)
      const opened = part
        .trim()
        .replace(/^(riêng\s+đối với|riêng|trong đó|đối với)\s+/iu, '')
        .replace(/^(.{3,80}?),\s+(?=(?:sẽ|phải|cần)\s)/u, '$1 ')
      const own = part !== sentences[0] && part !== text ? bodyHeading(opened) : null
      const acting = own && own.rest && /^\p{Ll}/u.test(own.rest) && OBLIGATION_VERBS.test(own.rest) ? own.bodies : []
      // ("riêng các xã thuộc cụm 4 …" under "Đảng ủy các xã thuộc cụm 4: A, B": the bodies listed in that group.)
      const inGroup = (b: HeadingBody, d: HeadingBody) => !!d.group && foldPlain(b.name).endsWith(` thuoc ${foldPlain(d.group)}`)
      const some = doers.filter((d) =>
        acting.some((b) => (b.place && d.place ? b.place === d.place : foldPlain(b.name) === foldPlain(d.name)) || inGroup(b, d)),
      )
      return { acting, some }
    }
    // "… trước ngày tổ chức đối thoại; riêng Đảng ủy xã A gửi trước ngày …": some of the bodies, set apart from the
    // deadline before with one of their own. (Not a sentence of its own, "… trước ngày đối thoại. Riêng Phòng A phối hợp
    // … khảo sát …, hoàn thành trong tháng 8": more work for that one.)
    const exceptedAfter = (at: number) =>
      units
        .slice(at + 1)
        .filter(({ part, found }) => found && /^riêng\s/u.test(part.trim()))
        .flatMap(({ part }) => actingIn(part).some)
        .filter((_, __, all) => all.length < doers.length)
    for (const [at, { part, found }] of units.entries()) {
      const excepted = exceptedAfter(at)
      const rule: DeadlineRule = found ? found.rule : { kind: 'none', reason: 'no-deadline', text: part }
      // The sentence with the deadline decides who leads when it is not the opening one
      // ("Phối hợp với X chuẩn bị …. Chọn và lập danh sách … gửi về X trước …" — the body itself leads).
      const leadText = part !== sentences[0] && !COORDINATE_CUE.test(foldPlain(part)) && !obligation.parent ? part : opening
      const ownSentence = part !== sentences[0] && !DELIVERY_CLAUSE.test(foldPlain(part))
      const what =
        units.length > 1 && part !== sentences[0]
          ? `${summarize(part)} — ${summarize(sentences[0] ?? part).toLowerCase()}`
          : summarize(ownSentence ? part : text)
      // A later sentence that opens with some of the heading's bodies ("Phòng GD&ĐT các huyện A, B báo cáo … trước
      // ngày …" under "Phòng Giáo dục và Đào tạo các huyện: A, B, C, D …") is theirs alone.
      // One that opens with other bodies ("…; Hội Nông dân huyện tổng hợp … trước ngày …", "Riêng Đảng ủy xã A, Đảng ủy
      // thị trấn B tổng hợp …") is those bodies'.
      // A clause with no body of its own goes on with the one the clause before it opened with ("Các cơ sở Đoàn triển khai …;
      // Đoàn các xã, phường tham mưu …, hoàn thành trước ngày 30/9; báo cáo kết quả về Thành đoàn trước ngày 15/10": the
      // report is the Đoàn các xã's, as the work before it, due by a day of its own). (Not a clause with no deadline: "Đề nghị
      // Sở A chuẩn bị …; Sở B, Sở C chuẩn bị …; gửi về … trước …" is all three's; nor the heading's own bodies.)
      // (… nor one with no deadline, except a sentence's first clause that gives the work to a body of its own, whose
      // clauses after it carry the day: "Đảng ủy phường sẽ tổ chức đối thoại …. Giao Văn phòng Đảng ủy phối hợp với UBND
      // phường chuẩn bị nội dung; gửi giấy mời … chậm nhất 05 ngày trước ngày đối thoại" is the office's invitation.)
      const own = actingIn(part)
      const { acting, some } =
        own.acting.length > 0
          ? own
          : (sentences
              .slice(0, Math.max(0, sentences.indexOf(part)))
              .reverse()
              .filter((earlier) => units.some((u) => u.found && u.part === earlier) || assignsSentence(earlier, part))
              .map(actingIn)
              .find((earlier) => earlier.acting.length > 0 && earlier.some.length === 0) ?? own)
      let unitDoers: (HeadingBody & { only?: number[] })[] =
        some.length > 0 && some.length < doers.length
          ? some
          : some.length === 0 && acting.length > 0
            ? acting
            : // "…, báo cáo … chậm nhất 15 ngày trước ngày tổ chức đối thoại; riêng các xã thuộc cụm 4 gửi báo cáo trước
              // ngày 15/10": the bodies set apart keep their own deadline instead.
              doers.filter((d) => !excepted.includes(d))
      // "… chậm nhất ngày 12/8/2019 (đối với xã Thanh Sơn) và ngày 14/10/2019 (đối với thị trấn Quế)": each day its body's.
      // (Folded, the brackets are gone: "… ngay 12/8/2033 doi voi xa hoa binh va ngay 14/10/2033 doi voi thi tran song cau".)
      const forWhom = /^[^;]{0,40}?\d{4}\s+doi voi ([a-z ]+?)(?= va |\s*[.;,]|\s+\d|$)/
        .exec(deadlineWords(found, part, obligation.deadlineField))?.[1]
        ?.trim()
      // "Lập danh sách … gửi về …: xã Định Hòa trước ngày 03/6/2025; xã Hưng Mỹ trước ngày 12/6/2025": each day its place's.
      const placeBefore =
        found && obligation.deadlineField === undefined
          ? PLACE_BEFORE_DEADLINE.exec(foldWithMap(part).folded.slice(0, found.index))?.[1]
          : undefined
      const place = forWhom ?? placeBefore
      const whose = place ? unitDoers.filter((d) => foldPlain(d.name).includes(place)) : []
      if (whose.length > 0) {
        unitDoers = whose
      }
      for (const doer of unitDoers) {
        const { lead, coordinating } = roles(leadText, doer.name, alone)
        const base = { lead, coordinating, recipient, cc, what, text: full }
        const deadline = (session: SessionWindow | null) => ({ ...summarizeRule(rule, options.calendar, session), rule })
        if (rule.kind === 'relative' && options.sessions.length > 0) {
          // Relative to "the session": one task per session it concerns.
          for (const index of doer.only ??
            ownSessions(doer.name, full) ??
            // (A sentence that opens with its own bodies, "… 4. Các chi bộ khối dân cư thông báo …" in a paragraph of
            // items run together, is their obligation alone: the sessions the others' sentences name are not its.)
            sessionsFor(
              doer,
              acting.length > 0 ? part : full,
              part,
              deadlineWords(found, part, obligation.deadlineField),
              obligation.scope ?? '',
            )) {
            const own =
              ownUnitOf(doer.name, full, options.sessions[index]?.topic ?? '') ?? ownUnitOf(doer.name, full, options.sources?.[index] ?? '')
            tasks.push({
              ...base,
              lead: own && lead === doer.name ? own : lead,
              session: index,
              deadline: deadline(options.sessions[index]?.time ?? null),
            })
          }
        } else {
          tasks.push({ ...base, session: null, deadline: deadline(null) })
        }
      }
    }
  }
  // (A leader's day of each month on the line a reception rule's sessions were read from, "- Chủ tịch UBND tỉnh: ngày 15 hằng
  // tháng." under "Lịch tiếp công dân … như sau:", is those sessions' day, no deadline of the leader's.)
  const ruleLines = (options.sources ?? []).map((source) => foldPlain(source))
  const sessionDay = (t: DraftTask) => {
    const words = foldPlain(t.text)
      .replace(/[.;,]+$/, '')
      .trim()
    return (
      t.deadline.rule.kind === 'periodic' &&
      t.deadline.rule.every === 'month' &&
      words.length > 0 &&
      ruleLines.some((l) => l.includes(words))
    )
  }
  tasks.splice(0, tasks.length, ...tasks.filter((t) => !sessionDay(t)))
  const leads = [...new Set(tasks.map((t) => t.lead))]
  // (A group read as the places it points back to is no body of its own.)
  const kept = bodies.filter((name) => !expandedGroups.has(name) || leads.includes(name))
  return { bodies: [...new Set([...kept, ...leads])], tasks }
}

/**
 * "Các khoa: … chậm nhất 03 ngày trước buổi đối thoại của khoa mình" under a schedule whose sessions each name one
 * (in its topic, "Đối thoại … Khoa Cơ khí", or the words it was read from, "a) Khoa Cơ khí: 8h00, ngày …"): each
 * session's task is the unit its topic names, "Khoa Cơ khí", not the group. Null when
 * the group is not "các" and a kind, the work is not for the unit's own session, or the topic names no one unit.
 */
function ownUnitOf(group: string, words: string, topic: string): string | null {
  const kind = /^các\s+(\p{L}+(?:\s\p{L}+){0,2})$/iu.exec(group.trim())?.[1]
  if (!kind || !new RegExp(`\\b${foldPlain(kind)} minh\\b`).test(foldPlain(words))) {
    return null
  }
  const written = `[${kind.charAt(0).toUpperCase()}${kind.charAt(0).toLowerCase()}]${kind.slice(1)}`
  const named = [
    ...topic.matchAll(new RegExp(`(?<![\\p{L}])${written}\\s+\\p{Lu}[^,;:()]*?(?=\\s+(?:về|tại|với|năm)\\s|\\s*[,;:(]|\\s*$)`, 'gu')),
  ]
  return named.length === 1 ? (named[0]?.[0] ?? null) : null
}
