import { foldForDeadline } from '../services/deadlines/parse.js'
import { bodyHeading } from './bodies.js'
import { labelledOf } from './fields.js'
import type { Line } from './normalize.js'
import { OPENS_SESSION } from './vocabulary.js'

/**
 * The outline of a plan, whatever its typography: "I." / "PHẦN I" parts, "1." / "1.1." / "1.1.1"
 * items, "A." and "a)" items, "-", "+", "*", "•" bullets, headings in bold or in capitals, pipe
 * tables. Numbered styles have a natural rank (a Roman part holds arabic items, which hold lettered
 * ones); bullets and emphasised headings nest by the order they first appear under their parent, as
 * a reader sees them. Unmarked paragraphs are the text of the item above them.
 */
export interface OutlineNode {
  kind: 'root' | 'item' | 'text' | 'table' | 'row'
  /** Numbering style: 'part', 'roman', 'caps', 'LETTER', 'dec1'…'dec4', 'letter', 'dash', 'plus', 'star', 'dot', 'emph'. */
  style: string
  /** The marker as written without its punctuation: "II", "1.2", "a", "-". */
  marker: string
  /** The line without its marker; for a row, its cells joined by " | ". */
  text: string
  children: OutlineNode[]
  parent: OutlineNode | null
  /** Position of the line in the clean lines. */
  line: number
  cells?: string[]
  /** A row's table header, when the table has one. */
  header?: string[] | null
}

const RANK: Record<string, number> = { part: 0, roman: 1, caps: 1, LETTER: 2, dec1: 3, dec2: 4, dec3: 5, dec4: 6, letter: 7 }

const BULLET_STYLES: [RegExp, string][] = [
  [/^[-–—]$/, 'dash'],
  [/^\+$/, 'plus'],
  [/^\*$/, 'star'],
  [/^[•·●]$/, 'dot'],
  [/^[○◦]$/, 'circle'],
  [/^./, 'mark'],
]

/** Markers, each followed by the words of its line (a letter, a quote or a bracket). */
const PART = /^(PHẦN|Phần|CHƯƠNG|Chương)\s+([IVXLC]+|\d{1,2}|thứ\s+\S+|THỨ\s+\S+)\s*[.:\-–]?\s*/u
// (Not "V/v chuẩn bị Hội nghị …", the "về việc" under a letter's number: its subject, no part numbered V.)
const ROMAN = /^(?!V\/[vV](?!\p{L}))([IVX]{1,5})\s*[.\-–/:)]\s*(?=[\p{L}"“(])/u
/** "1.1.", "2.1.3", and the party's "2.1-". */
const DECIMALS = /^(\d{1,2}(?:\.\d{1,2}){1,3})(?:\.|\s*[-–](?=\s))?\s*(?=[\p{L}"“(*])/u
/**
 * "1. Phòng …", "2) …", "3/. …"; also before a clock time or a day when a space parts them: "1. 8h00 thứ Ba 29/10/2024,
 * tại …:" opens the first item of a schedule as "a) 8 giờ 00, ngày …" does.
 */
const WHEN_OPENS = String.raw`\d{1,2}\s*(?:h|giờ)\s*\d{0,2}(?![\p{L}\d])|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}`
const DECIMAL = new RegExp(String.raw`^(\d{1,2})\s*(?:(?:[.)]\s*|\/\.\s*|[-–/]\s+)(?=[\p{L}"“(*])|[.)]\s+(?=${WHEN_OPENS}))`, 'u')
const CAPITAL = /^([A-HJ-UWYZĐ])\s*[.)]\s+(?=\p{L})/u
/**
 * "a)", "b.", "c/ ", and the party's "a- ", "b- " (the dash always followed by a space); also before a clock time or a
 * date when a space parts them: "e) 8 giờ 00, ngày 14/10/2027: Đối thoại với …" is the next item of the list.
 */
const SMALL = /^([a-zđ])\s*(?:[).]\s*(?=[\p{L}"“(])|[).]\s+(?=\d)|[/\-–]\s+(?=[\p{L}"“(]))/u
const BULLET = /^([-–—+*•·●○◦▪■□➢➤►✓√❖])\s*(?=\S)/u
/** A step of a timetable numbered in words: "Bước 1. Tổng hợp …", "BƯỚC 2: …", "Bước 3 - …". */
const STEP = /^(?:Bước|BƯỚC)\s+(\d{1,2})\s*[.:)\-–]\s*(?=\p{L})/u

/**
 * A session named by its rank alone: "Diễn đàn 1", "Hội nghị thứ hai:", "Buổi đối thoại lần thứ 3", "Đợt II", "Đối thoại
 * lần 2" (the dialogue itself named, its rank always said: "Đối thoại năm 2019" is no rank).
 */
const SESSION_NAME =
  String.raw`^((Hội nghị|Buổi|Phiên|Cuộc|Đợt|Diễn đàn|Lần|Cụm|Điểm)( đối thoại| tiếp xúc| tiếp công dân)?` +
  String.raw`(( thứ| lần thứ| lần| số)? ?(\d{1,2}|[IVX]{1,4}|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))` +
  String.raw`|Đối thoại( lần thứ| lần| thứ) ?(\d{1,2}|[IVX]{1,4}|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))`
const ORDINAL_SESSION = new RegExp(`${SESSION_NAME}(\\s*\\([^()]{1,40}\\))?\\s*:?$`, 'iu')
/**
 * "Đợt 1 (quý II/2019): Đối thoại với …", "Cụm 2: Đối thoại …", "Đợt 1 - huyện A: tổ chức vào …": a session's name (and
 * the place it is held in) as the label of its line, bold or not.
 */
const SESSION_LEAD = new RegExp(`${SESSION_NAME}(\\s*\\([^()]{1,60}\\))?(\\s+[-–]\\s+[^:;,.]{2,40})?\\s*[:.]\\s*\\S`, 'iu')

/**
 * A line of a schedule that opens with its day: "Ngày 09/7/2024 (thứ Ba): …", "Thứ Ba, ngày 23/7/2024: …", "25/7/2024 - …",
 * its hour first or not ("7h30 thứ Ba 24/11/2026 - thôn A - …").
 */
const DATED_LINE = /^(\d{1,2}\s*(?:h|g|giờ)\s*\d{0,2}(?:\s*phút)?[,\s]+)?(thứ\s+\p{L}+,?\s+)?(ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}/iu
/**
 * A day alone on its line, a weekday with it: "Thứ Hai (04/3):", "T4 (06/3):", "THỨ NĂM (07/3):", "Thứ Bảy, CN (09 - 10/3):",
 * "Thứ Ba, ngày 05/3/2024", "Ngày 04/3 (Thứ Hai):" — the day of a work calendar over the appointments under it (folded).
 */
const WEEKDAY = String.raw`(?:thu (?:hai|ba|tu|nam|sau|bay|[2-7])|t[2-7]|chu nhat|cn)`
const DAY_HEADING = new RegExp(
  String.raw`^(?:${WEEKDAY}(?:\s*[,-]\s*${WEEKDAY})*[\s,-]*\(?\s*(?:ngay\s+)?\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*[/.-]\s*\d{1,2}` +
    String.raw`(?:\s*[/.-]\s*\d{4})?\s*\)?|ngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s*\(\s*${WEEKDAY}\s*\))\s*:?$`,
)
/** A day alone on its line over the day's appointments, bulleted or each opening with its half or its hour. */
export const headsAppointments = (text: string, next: Line | undefined) =>
  DAY_HEADING.test(foldForDeadline(text)) &&
  next !== undefined &&
  !next.cells &&
  /^([-+•–*]\s|(buoi )?(sang|chieu|toi|ca ngay)\b|\d{1,2}\s*(h|gio)\b)/.test(foldForDeadline(next.text))
/**
 * A period alone on its line: "Quý I", "QUÝ II:", "Tháng 6/2027", "Quý IV (kết hợp đối thoại định kỳ năm)",
 * "Tuần 2 (từ 14/10 – 18/10/2024):".
 */
const TIME_HEADING = /^(quý|tháng|tuần)\s+([IVX]{1,4}|\d{1,2})(\s*[/.-]\s*\d{4}|\s+năm\s+\d{4})?(\s*\([^()]{0,80}\))?\s*:?$/iu

/** A heading of the part that assigns the work, as a line of its own: "Tổ chức thực hiện:", "Trách nhiệm thực hiện". */
/**
 * "(Hết phần trích)", "(Hết trích)", "– Hết nội dung trích dẫn –": the end of a plan quoted in a letter; what follows is
 * the letter's own words again, under no item of the excerpt (folded).
 */
const EXCERPT_END = /^[([–—-]*\s*het (phan |noi dung )?trich( dan)?( ke hoach| van ban)?\s*[)\]–—-]*\.?$/
/**
 * The line that opens a chat's message or day: "[09:20] Phòng TNMT - Võ Thanh Hùng", "[03/11/2031 09:05] Lê Thị Hoa - VP:",
 * "────────── 09/09/2019 ──────────".
 */
/** A chat's day separator or a head with its day: "──── 10/09/2019 ────", "[03/11/2031 09:05] Lê Thị Hoa - VP:". */
const CHAT_DAY_HEAD = new RegExp(
  String.raw`^\[\d{1,2}\/\d{1,2}(?:\/\d{2,4})?,?\s+\d{1,2}:\d{2}(?::\d{2})?\]` +
    String.raw`|^[─━—–-]{3,}\s*(?:\p{L}+,?\s+)*\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\s*[─━—–-]{3,}$`,
  'u',
)
export const CHAT_HEAD = new RegExp(
  String.raw`^\[(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?,?\s+)?\d{1,2}:\d{2}(?::\d{2})?\]\s*[^[\]]{2,80}$` +
    String.raw`|^[─━—–-]{3,}\s*(?:\p{L}+,?\s+)*\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\s*[─━—–-]{3,}$`,
  'u',
)
const EXECUTION_HEADING =
  /^(to chuc thuc hien|trach nhiem thuc hien|phan cong( (thuc hien|nhiem vu|trach nhiem|chuan bi|cong viec))?)\s*:?$/

/**
 * A short name-like line (no sentence, no label) directly followed by a bulleted line. (A remark in brackets after the
 * name is not counted: "Kỳ 6 – tháng 10/2026 (kỳ đặc biệt chào mừng Ngày Doanh nhân Việt Nam 13/10)" heads its lines as
 * "Kỳ 5 – tháng 9/2026" does.)
 */
function headsBullets(line: string, next: Line | undefined, previous?: Line): boolean {
  const text = line.replace(/\s*\([^()]{1,80}\)$/u, '') || line
  return (
    next !== undefined &&
    !(next.gap && previous && sameRowShape(previous.text, line)) &&
    !next.cells &&
    /^[-+•–*]\s/.test(next.text) &&
    text.length <= 100 &&
    /^\p{Lu}/u.test(text) &&
    !/[.;:,!?)]$/.test(text) &&
    text.split(' ').length <= 14
  )
}

/**
 * "Tháng 2 3 (Thứ 2) Giám đốc Sở" under "Tháng 1 6 (Thứ 2) Giám đốc Sở": the rows of a table flattened one a line, each
 * opening with the same word and a number. The last of them, with a blank line and bullets after it, ends the table; the
 * bullets are remarks after it, not its lines.
 */
function sameRowShape(previous: string, line: string): boolean {
  const lead = /^(\p{L}+) \d{1,2}\b/u
  const a = lead.exec(previous)
  const b = lead.exec(line)
  return a !== null && b !== null && a[1]!.toLowerCase() === b[1]!.toLowerCase()
}

/** The marker of a line, if it starts with one. */
export function markerOf(text: string): { style: string; marker: string; rest: string } | null {
  let m = PART.exec(text)
  if (m) {
    return { style: 'part', marker: m[2] ?? '', rest: text.slice(m[0].length) }
  }
  m = ROMAN.exec(text)
  if (m) {
    return { style: 'roman', marker: m[1] ?? '', rest: text.slice(m[0].length) }
  }
  m = DECIMALS.exec(text)
  if (m) {
    const depth = (m[1] ?? '').split('.').length
    return { style: `dec${Math.min(depth, 4)}`, marker: m[1] ?? '', rest: text.slice(m[0].length) }
  }
  m = DECIMAL.exec(text)
  if (m) {
    return { style: 'dec1', marker: m[1] ?? '', rest: text.slice(m[0].length) }
  }
  m = CAPITAL.exec(text)
  if (m) {
    return { style: 'LETTER', marker: m[1] ?? '', rest: text.slice(m[0].length) }
  }
  m = SMALL.exec(text)
  if (m) {
    return { style: 'letter', marker: m[1] ?? '', rest: text.slice(m[0].length) }
  }
  m = STEP.exec(text)
  if (m) {
    return { style: 'step', marker: m[1] ?? '', rest: text.slice(m[0].length) }
  }
  m = BULLET.exec(text)
  if (m && !/^[-–—]\s*\d{1,3}\s*[-–—]$/.test(text)) {
    const marker = m[1] ?? '-'
    const style = BULLET_STYLES.find(([pattern]) => pattern.test(marker))?.[1] ?? 'mark'
    return { style, marker, rest: text.slice(m[0].length) }
  }
  return null
}

/** A line in capitals ("TỔ CHỨC THỰC HIỆN"), not a number or an abbreviation alone. */
export function isCaps(text: string): boolean {
  const letters = text.replace(/[^A-Za-zÀ-ỹĐđ]/g, '')
  return letters.length >= 5 && text === text.toUpperCase() && text.length <= 160 && /\s/.test(text.trim())
}

function node(kind: OutlineNode['kind'], style: string, marker: string, text: string, line: number): OutlineNode {
  return { kind, style, marker, text, children: [], parent: null, line }
}

function attach(parent: OutlineNode, child: OutlineNode): void {
  child.parent = parent
  parent.children.push(child)
}

/** Labels of a table's header row: short cells, such as "STT", "Thời gian", "Nội dung". */
function looksLikeHeader(cells: string[]): boolean {
  // (Not a first row numbered, its header lost when it was pasted: "1 | Xây dựng chương trình … | Văn phòng … | Trước …".)
  const numbered = /^\d{1,3}\.?$/.test(cells[0] ?? '') && !/^\(?\d{1,3}\)?$/.test(cells[1] ?? '')
  return cells.length >= 2 && !numbered && cells.every((cell) => cell.length <= 60 && !/\d{1,2}\/\d{1,2}/.test(cell))
}

/** A bold label that says it holds for every session: "Thành phần mỗi cuộc đối thoại:", "Chủ trì các buổi đối thoại:". */
const EVERY_SESSION_LABEL = /^[^:]{0,40}(?<![\p{L}])(mỗi|các|từng)\s+(cuộc|buổi|hội nghị)\s[^:]{0,30}:/iu

export function buildOutline(lines: Line[]): OutlineNode {
  // "A. MỤC ĐÍCH, YÊU CẦU" / "I. Mục đích" / … / "C. TỔ CHỨC THỰC HIỆN": a plan whose capital letters come before its Roman
  // numerals parts itself by the letters, as by "PHẦN I"; the Roman items are theirs (Roman over letters otherwise).
  const styles = lines.map((l) => (l.cells ? null : markerOf(l.text)?.style)).filter((st) => st === 'LETTER' || st === 'roman')
  const lettersPart = styles[0] === 'LETTER' && styles.includes('roman')
  // A chat's thread: a day's separator or a dated head, or a head naming who wrote and for whom ("[09:20] Phòng TNMT - Võ Văn Hùng");
  // not a programme's hours ("[08:00] Đón tiếp đại biểu").
  const chat =
    lines.some((l) => CHAT_DAY_HEAD.test(l.text.trim())) || lines.some((l) => /^\[\d{1,2}:\d{2}(:\d{2})?\][^[\]]* - /.test(l.text.trim()))
  const root = node('root', 'root', '', '', -1)
  const stack: OutlineNode[] = []
  const top = () => stack.at(-1) ?? root
  let table: OutlineNode | null = null
  let header: string[] | null = null
  let previousRow: string[] | null = null

  lines.forEach((line, index) => {
    if (line.cells) {
      if (!table) {
        table = node('table', 'table', '', '', index)
        attach(top(), table)
        header = null
        previousRow = null
        if (line.header || looksLikeHeader(line.cells)) {
          header = line.cells
          return
        }
      } else if (
        header &&
        table.children.length === 0 &&
        line.cells[0] === '' &&
        line.cells.length === header.length &&
        header.includes('') &&
        looksLikeHeader(line.cells.filter(Boolean))
      ) {
        // A header of two rows, the first's label over merged columns ("STT | Thời gian | | | Lãnh đạo …" / " | Tháng | Ngày
        // | Thứ | …"): each column by its own label below, else the one it stands under.
        const above = header
        header = line.cells.map((cell, i) => cell || above.slice(0, i + 1).findLast(Boolean) || '')
        return
      }
      // A merged cell comes out empty: it holds the value of the row above (a month over several days). Only the
      // cells before the row's first value of its own (after its number) are merged: "| 6 | Quý IV | | …" starts a
      // new group, and its empty time cell is empty, not the day of the row above.
      const own = line.cells.findIndex((cell, i) => cell !== '' && !(i === 0 && /^\d{1,3}\.?$/.test(cell)))
      const cells = line.cells.map((cell, i) =>
        cell === '' && previousRow && i < line.cells!.length - 1 && (own === -1 || i < own) ? (previousRow[i] ?? '') : cell,
      )
      const row = node('row', 'row', '', cells.filter(Boolean).join(' | '), index)
      row.cells = cells
      row.header = header
      attach(table, row)
      previousRow = cells
      return
    }
    table = null
    // A chat's next message ("[09:20] Phòng TNMT - Võ Thanh Hùng", "──── 10/09/2019 ────"): whoever writes it, it is
    // under none of the items of the message before.
    if (chat && CHAT_HEAD.test(line.text.trim())) {
      stack.length = 0
      attach(root, node('text', 'text', '', line.text, index))
      return
    }
    if (EXCERPT_END.test(foldForDeadline(line.text))) {
      const section = stack.findLastIndex((n) => n.style === 'part' || n.style === 'roman' || n.style === 'caps')
      stack.length = section + 1
      return
    }
    const marked = markerOf(line.text)
    let style = marked?.style === 'LETTER' && lettersPart ? 'part' : (marked?.style ?? null)
    let text = marked ? marked.rest.trim() : line.text
    // (A bold line that names a session may run long: "**Hội nghị đối thoại trực tuyến giữa … với doanh nghiệp, hợp tác xã, …
    // về các giải pháp …**" over its labelled lines.)
    if (!marked && line.emphasis && line.text.length <= (OPENS_SESSION.test(line.text) ? 260 : 160) && !/[.;]$/.test(line.text)) {
      style = 'emph'
    } else if (
      !marked &&
      (ORDINAL_SESSION.test(line.text) || TIME_HEADING.test(line.text) || headsAppointments(line.text, lines[index + 1]))
    ) {
      // "Diễn đàn 1", "Hội nghị thứ hai", "Quý II", "Tháng 6/2027" alone on a line: the heading of the lines under it.
      style = 'emph'
    } else if (!marked && line.lead && EVERY_SESSION_LABEL.test(line.text)) {
      // "**Thành phần mỗi cuộc đối thoại:** …" after a numbered list of sessions: what all of them share, the part's
      // paragraph after the list, not a heading under its last item.
      while (stack.length > 0 && (RANK[top().style] ?? 9) > 2) {
        stack.pop()
      }
    } else if (!marked && (line.lead || SESSION_LEAD.test(line.text)) && !labelledOf(line.text)) {
      // "**Đợt 1 (quý II/2019):** Đối thoại với …" heads the lines under it, as a bold heading would.
      style = 'emph'
    } else if (!marked && headsBullets(line.text, lines[index + 1], lines[index - 1])) {
      // "Ban Tiếp công dân quận" alone on its line, then "- …" lines: a heading that lost its bold.
      style = 'emph'
    } else if (!marked && EXECUTION_HEADING.test(foldForDeadline(line.text))) {
      // "Tổ chức thực hiện:" alone on its line, without a number or capitals, after the numbered cases of a notice: the
      // part that assigns the work, beside the cases, not a paragraph of the last one.
      style = 'caps'
    } else if (!marked && isCaps(line.text)) {
      const previous = lines[index - 1]
      const last = top()
      // A title in capitals broken over two lines: one heading.
      if (previous && !previous.cells && last.line === index - 1 && last.kind === 'item' && isCaps(last.text)) {
        last.text = `${last.text} ${line.text}`
        return
      }
      style = 'caps'
    }
    if (!style) {
      // "Tuần 3 (…): huyện A - ngày …" after the bullets of "Tuần 2 (…):": the next period, beside it, not under its last bullet.
      const period = /^(tuần|tháng|quý)\s+\S/iu.exec(text)?.[1]?.toLowerCase()
      const open = period ? stack.findLastIndex((n) => n.style === 'emph' && n.text.toLowerCase().startsWith(period)) : -1
      if (open !== -1) {
        stack.length = open
      }
      // "• Tháng 01/2027: Thứ Năm, ngày 14/01" … "• Tháng 6/2027: Thứ Năm, ngày 17/6", then "Trường hợp Chủ tịch … bận …, …":
      // a paragraph after a list of one-line bullets follows the list, it is not the text of its last line.
      const last = top()
      const list = last.parent?.children.filter((c) => c.kind === 'item' && c.style === last.style) ?? []
      if (
        BULLET_STYLES.some(([, name]) => name === last.style) &&
        last.children.length === 0 &&
        list.length >= 3 &&
        list.every((c) => c.children.length === 0 && c.text.length <= 120) &&
        /^\p{Lu}/u.test(text) &&
        text.length > Math.max(...list.map((c) => c.text.length))
      ) {
        stack.pop()
      }
      // "1. Thứ Ba, 08/10 - 7h30: xã A. …" … "4. Thứ Năm, 17/10 - 14h00: thị trấn D. …", then a blank line and "Đề nghị UBND
      // các xã …:"; "- Chuẩn bị hội trường … trước buổi đối thoại 01 ngày.", then a blank line and "Phòng B, Phòng C chuẩn
      // bị …": a paragraph the writer set apart from a list written line after line, straight under the document, follows
      // the list when the list is a schedule's days or the paragraph opens with the bodies it gives work to. (Under a
      // numbered item, "3/. Tháng 6/2019:" / "- Ngày …", the paragraph after a blank line may still be that item's.)
      const closing = top()
      const siblings = closing.parent?.children ?? []
      const before = siblings[siblings.indexOf(closing) - 1]
      const written = siblings.filter((c) => c.kind === 'item' && c.style === closing.style)
      if (
        line.gap &&
        closing.parent?.kind === 'root' &&
        (written.every((c) => DATED_LINE.test(c.text)) || Boolean(bodyHeading(text)?.rest)) &&
        closing.kind === 'item' &&
        (BULLET_STYLES.some(([, name]) => name === closing.style) || /^dec|^letter$/.test(closing.style)) &&
        closing.children.length === 0 &&
        !lines[closing.line]?.gap &&
        before?.kind === 'item' &&
        before.style === closing.style &&
        before.children.length === 0
      ) {
        stack.pop()
      }
      // "- Thời gian: 14 giờ 00, ngày 21/3/2024." / "- Địa điểm: Hội trường UBND xã A." then "Buổi đối thoại với các hộ dân xã
      // B … dự kiến cuối tháng 4/2024": a paragraph that opens with another session follows the fields of the one above,
      // it is not the place's words.
      const fieldsAbove = top().parent?.children.filter((c) => c.kind === 'item' && c.style === top().style) ?? []
      if (
        BULLET_STYLES.some(([, name]) => name === top().style) &&
        fieldsAbove.length >= 2 &&
        fieldsAbove.every((c) => c.children.length === 0 && labelledOf(c.text)?.value) &&
        OPENS_SESSION.test(text) &&
        !labelledOf(text)
      ) {
        stack.pop()
      }
      attach(top(), node('text', 'text', '', text, index))
      return
    }
    const rank = RANK[style]
    if (rank !== undefined) {
      // A numbered heading closes everything at its rank or below, and every bullet under them.
      while (stack.length > 0) {
        const r = RANK[top().style]
        if (r !== undefined && r < rank) {
          break
        }
        // "Đợt 2" (a heading without a number) then "a) Chủ đề: …": the lettered items are its own, unless that
        // numbering is already open above it.
        if (top().style === 'emph' && !stack.some((n) => n.style === style)) {
          break
        }
        stack.pop()
      }
    } else {
      let at = stack.map((n) => n.style).lastIndexOf(style)
      // "QUÝ I" then "Cuộc thứ nhất: Đối thoại với …": a session under its period, not beside it (a period closes a period).
      if (style === 'emph' && at !== -1 && TIME_HEADING.test(stack[at]?.text ?? '') && !TIME_HEADING.test(text)) {
        at = stack.length - 1 > at && stack[stack.length - 1]?.style === 'emph' ? stack.length - 1 : -1
      }
      const lastRanked = stack.findLastIndex((n) => RANK[n.style] !== undefined)
      // "+ Ngày 16/7/2024 (thứ Ba): đối thoại …" then "- Ngày 18/7/2024 (thứ Năm): đối thoại …": a dated line of a schedule
      // after another, whatever its bullet, is the next line beside it, not a line under it.
      const previous = top()
      if (
        at === -1 &&
        BULLET_STYLES.some(([, name]) => name === previous.style) &&
        previous.children.length === 0 &&
        DATED_LINE.test(previous.text) &&
        !/:\s*$/.test(previous.text) &&
        DATED_LINE.test(text)
      ) {
        stack.pop()
      }
      if (at !== -1 && at > lastRanked) {
        stack.length = at
      } else if (at !== -1 && style === 'emph') {
        stack.length = at
      }
    }
    if (!text && marked) {
      text = ''
    }
    const item = node('item', style, marked?.marker ?? '', text, index)
    attach(top(), item)
    stack.push(item)
  })
  return root
}

/** Every node under one, depth first, in reading order. */
export function* walk(start: OutlineNode): Generator<OutlineNode> {
  for (const child of start.children) {
    yield child
    yield* walk(child)
  }
}

/** The text of a node and everything under it, one line per node. */
export function fullText(start: OutlineNode): string {
  const parts = start.kind === 'root' ? [] : [start.kind === 'item' && start.marker && start.style !== 'emph' ? start.text : start.text]
  for (const n of walk(start)) {
    parts.push(n.text)
  }
  return parts.filter(Boolean).join('\n')
}
