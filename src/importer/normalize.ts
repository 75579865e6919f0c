/**
 * Plans arrive as Word text, Word HTML turned into lines, PDF text or Markdown-ish exports:
 * headings with "#", "**bold**", "*italic*", escaped characters ("\*"), rules ("-----"), pipe
 * tables, page numbers, a two-column letterhead flattened onto one line, hard line breaks inside
 * sentences. This turns them into clean lines, one paragraph or table row per line, keeping the
 * plan's own words.
 */

import { foldForDeadline } from '../services/deadlines/parse.js'
import { headOf, startsWithBody } from './bodies.js'
import { fieldsOfLabel } from './fields.js'
import { markerOf } from './outline.js'
import { BODY_COLUMN, MOTTO_PIECES, WHEN_COLUMN, WHEN_CELL_OPENS } from './vocabulary.js'

export interface Line {
  /** The words, markup removed. */
  text: string
  /** The whole line was emphasised (a bold or italic heading). */
  emphasis: boolean
  /** The line opens with an emphasised label and its colon: "**Đợt 1 (quý II/2019):** Đối thoại với …". */
  lead?: boolean
  /** The cells of a table row, or null. */
  cells: string[] | null
  /** A table row followed by a separator row ("|---|"): the header of its table. */
  header: boolean
  /** A blank line comes before it: the writer set it apart from the lines above. */
  gap?: boolean
}

/** Removes Markdown remnants from one line. */
export function stripMarkup(line: string): string {
  return line
    .replace(RULED_TITLE, '$1')
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/\\([*_#\-+.()[\]!`|])/g, '$1')
    .replace(/\*{1,3}([^*]*?)\*{1,3}/g, '$1')
    .replace(/\*{2,3}/g, '')
    .replace(/(^|\s)_{1,2}([^_]+?)_{1,2}(?=\s|$|[.,;:])/g, '$1$2')
    .replace(/[ \t\u00a0\u2002\u2003\u2009]+/g, ' ')
    .trim()
}

/** A whole line in bold or italics: "**1. Ban Dân vận**", "*Đối tượng*". */
/** "**Đợt 1 (quý II/2019):** Đối thoại …", "**Buổi thứ nhất.** Đối thoại …": an emphasised label, its colon or stop, then words. */
function opensWithLabel(raw: string): boolean {
  return /^(\*{1,3}|_{1,2})[^*_:.]{2,60}?([:.]\1|\1\s*[:.])\s*\S/.test(raw.trim())
}

/** "=== BUỔI 1 ===", "--- Đợt 2 ---": a title an e-mail or a plain-text export sets off with rules on both sides. */
const RULED_TITLE = /^\s*[=~*-]{3,}\s*([^=~*\s-].*?)\s*[=~*-]{3,}\s*$/

function isEmphasised(raw: string): boolean {
  if (RULED_TITLE.test(raw)) {
    return true
  }
  const line = raw.replace(/^\s{0,3}#{1,6}\s+/, '').trim()
  const match = /^(\*{1,3}|_{1,2})(.+?)\1\s*[:.]?$/.exec(line)
  return match !== null && !/\*\*/.test(match[2] ?? '')
}

const TABLE_ROW = /^\|(.*)\|?\s*$/
const SEPARATOR_ROW = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/
/** Page numbers and running page marks a PDF or Word export leaves between paragraphs. */
const PAGE_MARK = /^((trang|page)\s*)?\d{1,3}(\s*(\/|of|trên)\s*\d{1,3})?$|^-\s*\d{1,3}\s*-$/i
const RULE = /^[-=_*~.\s]{1,}$/

/** "| a | b |" → ["a", "b"]. */
function cellsOf(line: string): string[] {
  const inner = line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|\s*$/, '')
  return inner.split(/(?<!\\)\|/).map((cell) => cell.replace(/<br\s*\/?>/gi, '\u2063'))
}

/** A cell's words on one line; its paragraphs (U+2063, or <br> in Markdown) joined. */
const cellText = (cell: string) => stripMarkup(cell.replace(/\u2063/g, ' '))

/**
 * The two columns of a letterhead flattened onto one line: "TỈNH ỦY QUẢNG NAM ĐẢNG CỘNG SẢN VIỆT
 * NAM", "Số: 215-KH/TU Quảng Nam, ngày 14 tháng 5 năm 2024". Each column becomes its own line.
 */
function splitLetterhead(text: string): string[] {
  for (const motto of MOTTO_PIECES) {
    const at = text.indexOf(motto)
    if (at !== -1) {
      const left = `${text.slice(0, at)} ${text.slice(at + motto.length)}`.replace(/\s+/g, ' ').replace(/^[-–,\s]+|[-–,\s]+$/g, '')
      return [...(left ? splitLetterhead(left) : []), motto]
    }
  }
  const numbered = /^(Số\s*:?\s*\S*)\s+(\S[^,]{1,50},\s*ngày\b.*)$/i.exec(text)
  if (numbered) {
    return [numbered[1] ?? '', numbered[2] ?? '']
  }
  return [text]
}

const UNIT_START = new RegExp(
  [
    String.raw`^([-+•–—*·○●▪■➢➤►✓]\s*\S`,
    String.raw`\d{1,2}(\.\d{1,2})*\s*[.)]`,
    String.raw`\d{1,2}\s*[-–/]\s`,
    String.raw`[IVX]{1,5}\s*[.\-–/:)]`,
    // Letters: "a)", "b.", and the party's "a- Chủ trì" (a dash, a space, a capital).
    String.raw`[a-zđ]\s*[).]\s`,
    String.raw`[a-zđ]\s*[-–]\s+\p{Lu}`,
    // Obligations numbered in brackets under a body: "(1) Chủ trì, phối hợp …", "(2) Cử cán bộ …".
    String.raw`\(\d{1,2}\)\s+\p{Lu})`,
  ].join('|'),
  'u',
)

/** A numbered heading that ends with its note in brackets: "2. Phó Chủ tịch Ủy ban MTTQ phường (đ/c Nguyễn Thị A)". */
const CLOSED_HEADING = /^\d{1,2}\.\s[^()]*\([^()]*\)$/u

/** True when a line starts a new unit (heading, numbered item, bullet), so it is not a continuation. */
export function startsUnit(text: string): boolean {
  return UNIT_START.test(text)
}

/**
 * A line of words, then, after a gap, the page's number: "UBND TỈNH A - Thông báo số 12/TB-UBND      Trang 2/2"; or
 * after a dash, the page counted out of all of them: "Kế hoạch số 45/KH-UBND – Trang 2/4".
 */
const RUNNING_PAGE_LINE =
  /\S((\s{2,}|\t)(trang|page)\s*\d{1,3}(\s*(\/|of|trên)\s*\d{1,3})?|\s[-–—|]\s*(trang|page)\s*\d{1,3}\s*(\/|of|trên)\s*\d{1,3})\s*$/i

/**
 * The running header or footer a PDF repeats on every page ("HỘI NÔNG DÂN TỈNH … - Kế hoạch số …"):
 * a line that stands next to a page break (a page number or a form feed, blank lines aside) at least
 * twice. Those occurrences are dropped; the same words elsewhere, or a numbered line, are kept.
 */
function dropRunningLines(sources: string[]): string[] {
  const keys = sources.map((line) => stripMarkup(line.trim()))
  // (A footer with its page's number is a break too: the running header under it, "Kế hoạch số 45/KH-UBND – Trang 2/4" /
  // "Kế hoạch tổ chức đối thoại năm 2017", is dropped with it.)
  // (A bare number over a time, "1" / "7 giờ 30, thứ Hai, 07/10/2019", is a table's row number, no page's: the times its rows
  // repeat are cells, no running lines.)
  const rowNumber = (i: number) =>
    /^\d{1,3}$/.test(keys[i] ?? '') && /^\d{1,2}\s*(giờ|h)\s*\d{0,2}\b.*\d{1,2}\/\d{1,2}/iu.test(keys[i + 1] ?? '')
  const isBreak = (i: number) =>
    (sources[i] ?? '').includes('\f') ||
    (keys[i] !== '' &&
      ((PAGE_MARK.test(keys[i] ?? '') && !rowNumber(i)) || ((keys[i] ?? '').length <= 160 && RUNNING_PAGE_LINE.test(sources[i] ?? ''))))
  const nextFilled = (i: number, step: number) => {
    let j = i + step
    while (j >= 0 && j < sources.length && keys[j] === '' && !(sources[j] ?? '').includes('\f')) {
      j += step
    }
    return j
  }
  const atBreak = (i: number) => [nextFilled(i, -1), nextFilled(i, 1)].some((j) => j >= 0 && j < sources.length && isBreak(j))
  const besideBreaks = new Map<string, number[]>()
  keys.forEach((key, i) => {
    if (key && !isBreak(i) && !startsUnit(key) && !key.startsWith('|') && atBreak(i)) {
      besideBreaks.set(key, [...(besideBreaks.get(key) ?? []), i])
    }
  })
  // "UBND TỈNH BẮC NINH - Thông báo số 112/TB-UBND ngày 24/02/2023      Trang 2/2": a running header with its page number.
  keys.forEach((key, i) => {
    if (key.length <= 160 && RUNNING_PAGE_LINE.test(sources[i] ?? '')) {
      besideBreaks.set(`\u0000${i}`, [i, i])
    }
  })
  const dropped = new Set([...besideBreaks.values()].filter((at) => at.length >= 2).flat())
  return sources.map((line, i) => (dropped.has(i) ? '' : line))
}

/**
 * Rows pasted from a spreadsheet, whose cells holding a line break come quoted over several lines ("1⇥Tháng 7/2015⇥…⇥"Trụ
 * sở Tiếp công dân huyện" / "(Khu phố 3, thị trấn A)"⇥Ban Tiếp công dân huyện"): the cell joined on one line, its quotes
 * gone ("" inside it is one "). Only in a line with tabs, where a cell opens with a quote it does not close.
 */
function withSpreadsheetCells(lines: string[]): string[] {
  const open = (text: string) => {
    const cell = text.split('\t').at(-1) ?? ''
    return text.includes('\t') && /^"/.test(cell) && (cell.match(/"/g) ?? []).length % 2 === 1
  }
  const out: string[] = []
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] ?? ''
    let joined = 0
    while (open(line) && i + 1 < lines.length && joined < 8 && /"/.test(lines.slice(i + 1, i + 9).join('\n'))) {
      line = `${line} ${(lines[++i] ?? '').trim()}`
      joined++
    }
    out.push(
      joined > 0
        ? line
            .split('\t')
            .map((cell) => cell.replace(/^"([\s\S]*)"$/, '$1').replace(/""/g, '"'))
            .join('\t')
        : line,
    )
  }
  return out
}

/** A label, then capitalised names after commas, the last one with no stop after it: "…: Bửu Long, Quang Vinh, Thanh". */
const BROKEN_LIST = /:\s*\p{Lu}[^:.;]*,\s*\p{Lu}\p{Ll}*(\s+\p{Lu}\p{Ll}*)?$/u

/**
 * A list's marker followed by a tab, the only one on its line; a second level's number too ("2.1.⇥Chủ trì: …"), which
 * Word's multilevel lists write with the same tab.
 */
const LIST_MARKER_TAB = /^(\s*(?:[-–—+•·●○◦▪■□➢➤►✓√❖*]|\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[a-zđ][.)]))\t+(?=[^\t]*\S[^\t]*$)/u
/**
 * Word's second-level bullet is the letter "o" in a symbol font, pasted as that letter and its tab ("o⇥Thời gian: …"):
 * a hollow circle, not a word.
 */
const WORD_CIRCLE_TAB = /^(\s*)o\t+(?=[^\t]*\S[^\t]*$)/u
/** A list item's label before a tab and the rest of its line after it (see cleanLines). */
const LABEL_TAB = /^(\s*(?:[-–—+•*]|\d{1,2}[.)]|[a-zđ][.)])\s*[^\t:]{2,80}:)\t+(?=[^\t]*\S[^\t]*$)/u
/** A dash and a branch's word, the second half of a body's name: "Ngân hàng Chính sách xã hội - Chi nhánh tỉnh A". */
const BRANCH_AFTER_DASH = /^[-–]\s*(Chi nhánh|Phòng giao dịch)\s+\S/u
/** The words that want a number after them: a sentence a page broke before its date ("… hoàn thành trước ngày" / "05/4/2024."). */
/** A line that stops on a word wanting more after it: "… gửi về Văn phòng UBND tỉnh và" / "(Ban Tiếp công dân) …". */
const WANTS_MORE = /\b(và|của|với|các|những|trong|về|cho|tại)$/
const WANTS_NUMBER = /(?<![\p{L}])(ngày|tháng|năm|quý|số|lúc|trước|đến|từ|sau|hạn)$/iu

/** A row right under a header's rule that goes on with its labels: no number, each cell in lower case or in brackets. */
function wrapsHeader(previous: Line | undefined, cells: string[]): boolean {
  return (
    previous?.header === true &&
    previous.cells?.length === cells.length &&
    cells[0] === '' &&
    cells.filter(Boolean).length >= 2 &&
    cells.filter(Boolean).every((cell) => /^[\p{Ll}(]/u.test(cell))
  )
}

/**
 * Clean lines: markup removed, empty lines, rules and page marks dropped, table rows split into
 * cells, letterhead columns apart, and a line that starts in lower case joined to the one before
 * (a sentence broken by the export, as in "…văn hoá - xã hội," / "quốc phòng, an ninh…").
 */
export function cleanLines(raw: string): Line[] {
  const out: Line[] = []
  let blankBefore = false
  // Composed letters (text from a Mac or some PDFs spells "ệ" as e + two marks) and characters that take no
  // room (zero-width spaces, soft hyphens, a byte-order mark, direction marks) would split words the vocabulary knows.
  const plain = withNewsDays(
    withUngluedLists(
      withVietnameseD(
        withoutOcrSlips(
          raw
            .normalize('NFC')
            .replace(/[\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g, '')
            .replace(/\r\n?/g, '\n'),
        ),
      ),
    ),
  )
  // Tables written one cell a line first: their row numbers are no page numbers, nor their repeated cells page footers.
  // (… and tables a PDF export laid out in columns of spaces, read by where each column starts.)
  const sources = dropRunningLines(
    unnumberedCellTables(
      blankRowTables(
        cellPerLineTables(
          gluedCellTables(
            barredTables(
              layoutTables(
                withoutQuotedMail(
                  withoutPageFurniture(
                    barEndedTables(
                      gridTables(dashedTables(withSpreadsheetCells(withChatHeads(plain.replace(/\f/g, '\n\f\n').split('\n'))))),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  ).map(
    // A Word list copied with the tab after its marker ("–⇥Thời gian: …", "a)⇥Nội dung: …"), and no other: the list's
    // indent, not a table's two cells.
    // A chat's pictures before a line ("📢 THÔNG BÁO", "👉 Đề nghị các đơn vị:") decorate it: the words after them are the line.
    // (A number written as a keycap picture, "1️⃣ 8h00 thứ Hai 30/9: …", numbers its line: "1. 8h00 …".)
    (line) =>
      line
        .replace(WORD_CIRCLE_TAB, '$1○\t')
        .replace(LIST_MARKER_TAB, '$1 ')
        .replace(/^(\s*)(\d{1,2})\ufe0f?\u20e3\s*/u, '$1$2. ')
        // ("a) Văn phòng Sở:⇥Đăng tải …": an item's body and its work, a tab between them, not a table's two cells.)
        .replace(LABEL_TAB, '$1 ')
        // (A picture opens a line of its own, "⏰ chưa chốt ngày, dự kiến cuối tháng 11": no wrapped rest of the line above.)
        .replace(LEADING_PICTURES, (_, indent: string, lower: string | undefined) => `${indent}${lower?.toUpperCase() ?? ''}`)
        // (A chat's mention opening a message, "@UBND xã A gửi VP danh sách … trước 17h ngày 15/11": whom it asks, by name;
        // or the handles a Telegram chat mentions them with, before their names: "@ubnd_anthuong UBND xã An Thượng: …".)
        .replace(/^(\s*(?:\d{1,2}[.)]\s+|[-+•]\s+)?)(?:@[A-Za-z0-9_.]{3,40}\s+)*@?(?=\p{Lu})/u, '$1')
        // (A chat's "Buổi ĐT với các hộ dân xã A dời sang …", "Tổ chức ĐT lần 2 với …", "a sẽ ĐT với các hộ …": the dialogue
        // its sentence names, written short; not "ĐT: 0243…", a telephone.)
        .replace(/(?<![\p{L}])([Bb]uổi|BUỔI|[Cc]uộc)\s+ĐT(?=\s+với\s)/gu, '$1 đối thoại')
        // ("… chậm nhất 01 ngày làm việc trước buổi ĐT 22/10": the session a deadline counts from, by its day.)
        .replace(/(?<![\p{L}])((?:trước|sau)\s+(?:buổi|cuộc))\s+ĐT(?=\s+(?:ngày\s+)?\d{1,2}\/\d{1,2})/gu, '$1 đối thoại')
        .replace(/(?<![\p{L}]|(?:liên hệ|gọi|qua|số)\s)ĐT(?=\s+(?:lần\s+\d|với|giữa)\s)/gu, 'đối thoại')
        // ("… gửi VP trước ngày ĐT tại xã ít nhất 02 ngày", "sau ĐT 05 ngày": the day a deadline counts from.)
        .replace(/(?<![\p{L}])((?:trước|sau)\s+ngày|sau)\s+ĐT(?![\p{L}\d])/gu, '$1 đối thoại'),
  )
  // (A row among tabbed ones whose cells a hand set apart with dashes, "Thứ Năm 07/3 — đ/c A, Chủ tịch UBND huyện — Trụ sở
  // Tiếp công dân huyện" between two rows of tabs, as many cells as they: a row of the table too.)
  const cellsByTab = (line: string | undefined) =>
    (line ?? '')
      .trim()
      .split(/\t+/)
      .filter((cell) => cell.trim()).length
  sources.forEach((line, i) => {
    const dashed = line.trim().split(/\s+[—–]\s+/)
    const width = Math.max(cellsByTab(sources[i - 1]), cellsByTab(sources[i + 1]))
    if (
      !line.includes('\t') &&
      dashed.length >= 2 &&
      dashed.length <= width &&
      cellsByTab(sources[i - 1]) >= 2 &&
      cellsByTab(sources[i + 1]) >= 2
    ) {
      sources[i] = dashed.join('\t')
    }
  })
  // A Word table's day cell broken over two lines, its weekday alone above the row ("Thứ Hai" / "16/10⇥7h30⇥Chào cờ …"):
  // the weekday goes back into the row's first cell.
  sources.forEach((line, i) => {
    const next = sources[i + 1] ?? ''
    if (
      /^\s*(thứ\s+(hai|ba|tư|năm|sáu|bảy)|chủ nhật|thứ bảy,\s*(cn|chủ nhật))\s*,?\s*$/iu.test(line) &&
      /^\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*\t/u.test(next.trim() + '\t') &&
      next.includes('\t')
    ) {
      sources[i + 1] = `${line.trim()} ${next.trimStart()}`
      sources[i] = ''
    }
  })
  // Rows copied from a web page or a spreadsheet come with tabs between cells: a run of two or more is a table.
  const tabbed = sources.map(
    (line) =>
      line
        .trim()
        .split(/\t+/)
        .filter((cell) => cell.trim()).length >= 2,
  )
  // (Rows of a web page's table may come with a blank line between them.)
  const filled = (i: number, step: number) => {
    let j = i + step
    while ((sources[j] ?? 'x').trim() === '') {
      j += step
    }
    return j
  }
  // A Word cell of two paragraphs breaks its row over two lines ("3 ⇥ Tháng 8/2018 ⇥ Hội trường Liên minh HTX tỉnh" /
  // "(thành phố Thái Bình) ⇥ Đối thoại với …"): the two halves, neither a whole row, share that cell and make one row.
  const cellsAt = (i: number) =>
    (sources[i] ?? '')
      .trim()
      .split(/\t+/)
      .filter((cell) => cell.trim())
  sources.forEach((_, i) => {
    let next = filled(i, 1)
    if (!tabbed[i]) {
      return
    }
    let width = 0
    for (let j = i; tabbed[j]; j = filled(j, -1)) {
      width = Math.max(width, cellsAt(j).length)
    }
    // (A cell of three paragraphs breaks it over three lines, the middle one without tabs: "2 ⇥ 8 giờ 00" / "ngày 18/5" /
    // "(thứ Năm) ⇥ Hội trường …": the middle lines are more of the broken cell.)
    const middle: number[] = []
    for (let j = next; !tabbed[j] && middle.length < 3 && j < sources.length; j = filled(j, 1)) {
      const words = (sources[j] ?? '').trim()
      if (words.length > 40 || markerOf(words) !== null || /[:.;]$/.test(words)) {
        break
      }
      middle.push(j)
    }
    const beyond = middle.length > 0 ? filled(middle.at(-1)!, 1) : next
    if (
      middle.length > 0 &&
      tabbed[beyond] &&
      cellsAt(i).length < width &&
      cellsAt(i).length + cellsAt(beyond).length - (/^\t/.test(sources[beyond] ?? '') ? 0 : 1) === width
    ) {
      sources[i] = [sources[i]!.trimEnd(), ...middle.map((j) => sources[j]!.trim())].join(' ')
      middle.forEach((j) => {
        sources[j] = ''
      })
      next = beyond
    }
    if (!tabbed[next]) {
      return
    }
    // (A break at the very end of the cell leaves the second half starting with its tab: "⇥ 08 giờ 00, ngày 23/10 ⇥ …",
    // whose first cell, empty, is the rest of the broken one.)
    const [own, cut] = [cellsAt(i), [...(/^\t/.test(sources[next] ?? '') ? [''] : []), ...cellsAt(next)]]
    // (Or the tab only sets the rest of the broken cell in its column, in lower case: "2 ⇥ Phòng A ⇥ Tổng hợp …;" / "⇥ phân
    // loại, chuyển … ⇥ Trước hội nghị ít nhất 7 ngày".)
    const after = cut[0] === '' && own.length + cut.length - 2 === width && /^\p{Ll}/u.test(cut[1] ?? '') ? cut.slice(1) : cut
    // (Not a row whole with its empty last cell kept, "Tháng 10 ⇥ 06/10; 13/10 ⇥", over the next: "Tháng 11 ⇥ 03/11 ⇥".)
    const whole = (sources[i] ?? '').trimStart().split('\t').length >= width
    if (
      own.length < width &&
      after.length < width &&
      own.length + after.length - 1 === width &&
      !/^\d{1,3}\.?$/.test(after[0] ?? '') &&
      !whole
    ) {
      sources[i] = [...own.slice(0, -1), `${own.at(-1) ?? ''} ${after[0] ?? ''}`.trim(), ...after.slice(1)].join('\t')
      sources[next] = ''
      tabbed[next] = false
    }
  })
  // A last cell of two paragraphs, its list broken after a separator ("… ⇥ UBND huyện A;" / "Sở Xây dựng"): the line under
  // the row, without tabs of its own, is the rest of that cell (a row's next cell never opens after a ";" or a ",").
  sources.forEach((line, i) => {
    const before = sources[i - 1] ?? ''
    const rest = line.trim()
    if (
      i > 0 &&
      !tabbed[i] &&
      tabbed[i - 1] &&
      rest.length > 0 &&
      rest.length <= 100 &&
      // (… or a cell's sentence broken in the middle: "… ⇥ Báo cáo Chủ tịch UBND phường" / "trước ngày 31/3/2026", the next
      // row after it: a line that opens in lower case goes on with the one above.)
      (/[;,]\s*$/.test(before) || (/^\p{Ll}/u.test(rest) && tabbed[filled(i, 1)])) &&
      !/^\s*\t/.test(line) &&
      markerOf(rest) === null
    ) {
      sources[i - 1] = `${before.trimEnd()} ${rest}`
      sources[i] = ''
    }
  })
  // A group's title between the rows of a tabbed table ("Tháng 7/2024", "QUÝ III") is a row of one cell, which says the
  // month or the year of the rows under it; the table goes on after it.
  // (Not between blocks of labels and values: "Hạn gửi báo cáo ⇥ …" / "BUỔI 2" / "Nội dung ⇥ Đối thoại với …" heads the
  // next block, whose first row opens with a label.)
  sources.forEach((line, i) => {
    const title = line.trim()
    if (
      !tabbed[i] &&
      title.length <= 40 &&
      (/^(tháng|quý|tuần|học kỳ|năm)\s/iu.test(title) || isCapitals(title)) &&
      tabbed[filled(i, -1)] &&
      tabbed[filled(i, 1)] &&
      !fieldsOfLabel(cellsAt(filled(i, 1))[0] ?? '')
    ) {
      sources[i] = `${title}\t`
      tabbed[i] = true
    }
  })
  // A cell left empty inside a row is a tab of its own ("5 ⇥ Tổng hợp … ⇥ Trước ngày 20/4 ⇥ ⇥ Ban A": no place): a row
  // whose single tabs make as many cells as its table's header keeps them, so each cell stays under its column.
  let columns = 0
  sources.forEach((line, i) => {
    if (tabbed[i] && (tabbed[filled(i, -1)] || tabbed[filled(i, 1)]) && !MOTTO_PIECES.some((m) => line.includes(m))) {
      // (A header over merged columns keeps its empty cells when the rows under it are as wide: "STT ⇥ Thời gian ⇥ ⇥ ⇥ Lãnh
      // đạo …" over "⇥ Tháng ⇥ Ngày ⇥ Thứ ⇥ …" and "1 ⇥ Tháng 7/2015 ⇥ 09/07/2015 ⇥ Năm ⇥ …".)
      const spread = (at: number) => (sources[at] ?? '').replace(/\s+$/, '').split('\t').length
      const below = [filled(i, 1), filled(filled(i, 1), 1)].filter((j) => tabbed[j])
      columns = tabbed[filled(i, -1)]
        ? columns
        : below.length === 2 &&
            below.every((j) => (sources[j] ?? '').split('\t').length >= spread(i)) &&
            spread(i) > line.trim().split(/\t+/).length
          ? spread(i)
          : line.trim().split(/\t+/).length
      // (An Excel sheet pasted keeps the tabs of empty cells at the row's end too, "2 ⇥ 8 ⇥ 15/8/2016 ⇥ Hai ⇥ ⇥": the row is as
      // wide as its header, the cells past it empty.)
      const single = line.replace(/^[ \u00a0]+|\s+$/g, (edge) => edge.replace(/[^\t]/g, '')).split('\t')
      while (single.length > columns && single.at(-1)?.trim() === '') {
        single.pop()
      }
      sources[i] = `| ${(single.length === columns ? single.map((cell) => cell.trim()) : line.trim().split(/\t+/)).join(' | ')} |`
    } else if (line.includes('\t')) {
      sources[i] = line.replace(/\t+/g, '  ')
    }
  })
  const width = wrapWidth(sources)
  let lastLength = 0
  // "| Cử tri nêu ý kiến tại hội nghị |" between a news item's paragraphs: a picture's caption a page copied as a row of one
  // cell, no table (a table would frame the plan's body from there, leaving the lead above it out). So is a run of them
  // (two pictures), when no row of the run has a second cell.
  const oneCell = (line: string | undefined) =>
    line !== undefined &&
    TABLE_ROW.test(line.trim()) &&
    line.trim().split('|').length >= 3 &&
    cellsOf(line.trim()).filter((cell) => cellText(cell)).length
  // (A caption says something: "| STT |" / "| 1 |", a one-column table's cells, or its "|---|" rule, are no captions.)
  const captions = new Set<number>()
  sources.forEach((line, i) => {
    if (oneCell(line) !== 1 || oneCell(sources[filled(i, -1)])) {
      return
    }
    const run = [i]
    for (let j = filled(i, 1); oneCell(sources[j]); j = filled(j, 1)) {
      run.push(j)
    }
    const saying = (row: string) =>
      oneCell(row) === 1 && !SEPARATOR_ROW.test(row.trim()) && cellsOf(row.trim()).map(cellText).join(' ').trim().split(/\s+/).length >= 4
    if (run.every((at) => saying(sources[at]!))) {
      run.forEach((at) => captions.add(at))
    }
  })
  // A row without its outer pipes that a chat broke inside a cell ("3 | Đối thoại … | Một ngày trong khoảng từ 19/5 đến" /
  // "23/5/2025 (sẽ chốt sau) | Hội trường … | Phòng …"): the two halves, neither a whole row nor the next opening with its
  // number, make the row as wide as the rows around it.
  const barePieces = (line: string | undefined) => {
    const bare = (line ?? '').trim()
    return bare && !bare.startsWith('|') ? bare.split(' | ').length : 0
  }
  sources.forEach((line, i) => {
    const [own, next] = [barePieces(line), barePieces(sources[i + 1])]
    const width = Math.max(barePieces(sources[i - 1]), barePieces(sources[i + 2]))
    if (
      own >= 2 &&
      next >= 2 &&
      width >= 3 &&
      own < width &&
      own + next - 1 === width &&
      !/^\d{1,3}\.?\s*\|/.test((sources[i + 1] ?? '').trim()) &&
      // (Broken inside a phrase, "… từ 19/5 đến": a short row whole, "14h00 ngày 14/5 | Hội trường xã A", is a row.)
      /(?<![\p{L}])(đến|từ|và|hoặc|của|tại|với|về)$|[,–-]$/u.test(line.trimEnd())
    ) {
      sources[i] = `${line.trimEnd()} ${(sources[i + 1] ?? '').trim()}`
      sources[i + 1] = ''
    }
  })
  for (const [at, source] of sources.entries()) {
    // "1 | 8 giờ 00, ngày 21/5 | Hội trường | Đối thoại …": a row without its outer pipes.
    const bare = source.trim()
    const trimmed = !bare.startsWith('|') && bare.split(' | ').length >= 3 ? `| ${bare} |` : bare
    if (!trimmed) {
      blankBefore = true
      continue
    }
    if (SEPARATOR_ROW.test(trimmed) && trimmed.includes('|')) {
      const previous = out.at(-1)
      if (previous?.cells) {
        previous.header = true
      }
      continue
    }
    const row = TABLE_ROW.exec(trimmed)
    if (row && trimmed.split('|').length >= 3 && !captions.has(at)) {
      const raw = cellsOf(trimmed)
      const cells = raw.map(cellText)
      // A letterhead or a signature laid out as a table is not a table of the plan.
      if (cells.some((cell) => MOTTO_PIECES.some((m) => cell.includes(m)) || /^(Số\s*:|Nơi nhận|T\/?M\.?\s|KT\.\s)/i.test(cell))) {
        for (const paragraph of raw
          .flatMap((cell) => cell.split('\u2063'))
          .map(stripMarkup)
          .filter(Boolean)) {
          out.push(...splitLetterhead(paragraph).map((text) => ({ text, emphasis: false, cells: null, header: false })))
        }
      } else if (wrapsHeader(out.at(-1), cells)) {
        // (A header a Word table wrapped into the row under its rule: "| TT | Thời gian | Địa điểm | Đơn vị |" / "|---|" / "| |
        // (giờ, thứ, ngày) | tiếp xúc | cử tri |": the labels' second lines, no row.)
        const header = out.at(-1)!
        header.cells = (header.cells ?? []).map((label, k) => `${label} ${cells[k] ?? ''}`.trim())
        header.text = header.cells.filter(Boolean).join(' | ')
      } else if (cells.some(Boolean)) {
        out.push({ text: cells.filter(Boolean).join(' | '), emphasis: false, cells, header: false })
      }
      blankBefore = false
      continue
    }
    const text = captions.has(at) ? cellText(cellsOf(trimmed).find((cell) => cellText(cell)) ?? '') : stripMarkup(trimmed)
    // (A bar alone, left between the columns of a letterhead or a signature a portal copied, carries no words.)
    if (!text || RULE.test(text) || PAGE_MARK.test(text) || BAR_LINE.test(text)) {
      continue
    }
    const emphasis = isEmphasised(trimmed)
    const previous = out.at(-1)
    // In a text wrapped at a width, a line that filled it and stops mid-sentence goes on in the next one,
    // whatever that one starts with ("… do đồng chí" / "Nguyễn Văn A chủ trì"), unless it starts a unit.
    // (Not a line far longer than the width, which was never wrapped at it: a paragraph kept whole, "Nội dung: …" before
    // "Lịch cụ thể:"; nor onto a basis, "Căn cứ …", "Xét đề nghị …", which always opens its own line.)
    const wrappedOn =
      width !== null &&
      lastLength >= width - 12 &&
      lastLength <= width * 1.4 &&
      !/^(Căn cứ|Xét đề nghị)\s/u.test(text) &&
      !blankBefore &&
      !previous?.emphasis &&
      (!isCapitals(text) || isCapitals(previous?.text ?? ''))
    // "b) UBND các phường: Bửu Long, Quang Vinh, Thanh" / "Bình và Hòa Bình:": a list of names after a label, broken
    // inside a name, ends on the next line at its own colon (a body's own heading, "Ban Tổ chức Tỉnh ủy:", does not).
    const listGoesOn =
      previous !== undefined &&
      BROKEN_LIST.test(previous.text) &&
      /^\p{Lu}[^.;:]{0,60}:$/u.test(text) &&
      text.split(/\s+/).length <= 8 &&
      headOf(text) === null
    // "5. Đề nghị UBND huyện A, UBND thành phố Nha" / "Trang": a name broken after its first word, its last word alone on
    // a line (a heading set in bold wraps short of the text's width).
    const nameGoesOn =
      previous !== undefined &&
      /^\p{Lu}\p{Ll}+$/u.test(text) &&
      /(?:^|\s)(xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|thôn|ấp|bản|tổ dân phố)\s\p{Lu}\p{Ll}*$/u.test(previous.text)
    // "Sở Nông nghiệp và" / "Môi trường", "…, gửi" / "Văn phòng UBND tỉnh": a cell a PDF wrapped short of the text's width
    // after a word that cannot end it ("và", "của", "gửi" …), the rest on the next line, a capital opening the name.
    const wordGoesOn = previous !== undefined && /^\p{Lu}/u.test(text) && /(?<![\p{L}])(và|của|với|gửi|gửi về|cho)$/u.test(previous.text)
    // "Ngân hàng Chính sách xã hội chi nhánh tỉnh" / "Quảng Trị": a name broken after its place's kind, the place's proper
    // name alone on the next line.
    const placeGoesOn =
      previous !== undefined &&
      /^\p{Lu}\p{Ll}*( \p{Lu}\p{Ll}*){0,2}$/u.test(text) &&
      /(?<![\p{L}])(xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)$/u.test(previous.text)
    // "… phối hợp với Cục Thuế tỉnh, Ngân hàng Nhà nước Việt Nam" / "- Chi nhánh tỉnh A tổng hợp …": a body's branch
    // written after a dash ("Ngân hàng … - Chi nhánh tỉnh A"), the text wrapped right before the dash, is no bullet.
    const branchGoesOn = wrappedOn && previous !== undefined && BRANCH_AFTER_DASH.test(text) && !/[.:;,!?]$/.test(previous.text)
    // "… Thời gian: quý" / "IV/2017, tại Khu công nghiệp A.": a quarter's roman number the export wrapped after the word
    // "quý" ends that sentence; it heads no part of the plan.
    const quarterGoesOn =
      previous !== undefined && !previous.cells && /(?<![\p{L}])quý$/iu.test(previous.text) && /^(I{1,3}|IV)(?![\p{L}])/u.test(text)
    if ((branchGoesOn || quarterGoesOn) && previous) {
      previous.text = `${previous.text} ${text}`
      lastLength = trimmed.length
      blankBefore = false
      continue
    }
    // "2. Phó Chủ tịch Ủy ban MTTQ phường (đ/c Nguyễn Thị A)" / "Giúp Ban Thường trực …": a numbered heading closed
    // by its note in brackets is whole, however near the width it came; the capital below opens its paragraph.
    const headingClosed = previous !== undefined && CLOSED_HEADING.test(previous.text) && /^\p{Lu}/u.test(text)
    const continues =
      previous !== undefined &&
      !previous.cells &&
      !headingClosed &&
      !emphasis &&
      (/^[\p{Ll}(]/u.test(text) ||
        (/^\d/.test(text) && WANTS_NUMBER.test(previous.text)) ||
        wrappedOn ||
        listGoesOn ||
        nameGoesOn ||
        wordGoesOn ||
        placeGoesOn) &&
      !startsUnit(text) &&
      // "thời gian: 8 giờ 30, ngày 23/4" in lower case is a label of its own, not the line above going on.
      !opensWithField(text) &&
      // "(KB) - Thực hiện Quy định …" under a portal's headline: the news item's lead after its source, not the headline's end
      // (a source of several words too, "(Quang Binh Portal) - Ngày 21/5/2020, …").
      !/^\([^()\s]{1,30}\)\s*[-–—]\s/u.test(text) &&
      !/^\(\p{Lu}[^()]{1,30}\)\s*[-–—]\s+\p{Lu}/u.test(text) &&
      // (… or without the dash, "(Tài chính) Nhằm cải cách …", under a headline that ends with no stop.)
      !(
        /^\(\p{Lu}[^()]{1,30}\)\s+\p{Lu}/u.test(text) &&
        !wrappedOn &&
        !/[,;:]$/.test(previous?.text ?? '') &&
        !WANTS_MORE.test(previous?.text ?? '')
      ) &&
      // A line that filled the width goes on after a colon too ("… (cột "Cơ quan tham mưu" tại Mục I):" / "Chủ trì …").
      !(wrappedOn || DIALOGUE_GOES_ON.test(text) ? /[.!?]$/ : /[.:;!?]$/).test(previous.text) &&
      // (Not after a semicolon onto a line that opens with its own hour or day: "07 giờ 30 ngày 07/01/2021 Chủ tịch UBND
      // tỉnh;" / "07 giờ 30 ngày 14/01/2021 …" are a schedule's rows, of one length as a wrapped text's lines are.)
      !(/;$/.test(previous.text) && ROW_OPENS_WITH_TIME.test(text)) &&
      // A paragraph after a blank line continues only when the one before stops mid-sentence.
      (!blankBefore || /[,\-–]$/.test(previous.text) || WANTS_MORE.test(previous.text) || !previous.emphasis)
    lastLength = trimmed.length
    if (continues && previous) {
      previous.text = joinWrapped(previous.text, text) ?? `${previous.text} ${text}`
    } else {
      const lead = !emphasis && opensWithLabel(trimmed)
      splitLetterhead(text).forEach((piece, k) => {
        const gap = k === 0 && blankBefore && out.length > 0
        out.push({ text: piece, emphasis, cells: null, header: false, ...(lead ? { lead } : {}), ...(gap ? { gap } : {}) })
      })
    }
    blankBefore = false
  }
  return out
}

/** A line that opens with its hour or its day: "07 giờ 30 ngày 14/01/2021 …", "8h00, ngày …", "Ngày 18/02/2021 …", "25/02/2021: …". */
const ROW_OPENS_WITH_TIME = new RegExp(
  String.raw`^(\d{1,2}\s*(giờ|h)(\s*\d{2})?(\s*phút)?,?\s+(sáng\s+|chiều\s+)?ngày\s+\d|` +
    String.raw`ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4})`,
  'iu',
)

/**
 * "1. 8h00 thứ Ba 29/10/2024, tại hội trường UBND xã A:" / "đối thoại với các hộ dân …": a line in lower case that opens
 * with the dialogue goes on the line above even after its colon (when and where first, then what); it heads nothing.
 */
const DIALOGUE_GOES_ON = /^(đối thoại|tiếp xúc|tiếp công dân|gặp mặt)\s+(với|giữa|về|định kỳ|trực tiếp)\s/u

/**
 * The day a news item writes with a dot or a dash after the part of the day, "Sáng 24.11, …", "sáng 30-4": the day and
 * month of "ngày 24/11", as the press writes them without "ngày". Not a clock ("Sáng 8.05, ngày 24/11", "sáng 8.10 (thứ
 * Hai), ngày …": the day follows in the clause), not hours ("sáng 7-8 giờ", "chiều 1-2 tiếng").
 */
const PART_OF_DAY_DOT = new RegExp(
  String.raw`(?<![\p{L}])((?:[Ss]áng|SÁNG|[Cc]hiều|CHIỀU|[Tt]ối|TỐI|[Tt]rưa|TRƯA|[Đđ]êm|ĐÊM) )(\d{1,2})[.-](\d{1,2})` +
    String.raw`(?!\d|[./-]\d|\s*(giờ|h|g|phút|tiếng|ngày|buổi)(?![\p{L}])|[^.;
]{0,30}(?<![\p{L}])ngày\s+\d)`,
  'gu',
)

function withNewsDays(text: string): string {
  return text.replace(PART_OF_DAY_DOT, (whole, lead: string, day: string, month: string) =>
    Number(day) >= 1 && Number(day) <= 31 && Number(month) >= 1 && Number(month) <= 12 ? `${lead}${day}/${month}` : whole,
  )
}

/**
 * A numbered list a web page's copy ran into one line ("1. Quận A (Đơn vị số 3): Sáng 28/11 …. ĐB: X, Y.2. Huyện B …"):
 * each item on its own line again. Only where the line opens with the list's first number and the numbers glued after a
 * sentence's end run on from it, at least twice, so that "Điều 2. Quyết định" or "ngày 12.2. Sáng" alone split nothing.
 */
function withUngluedLists(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const first = /^\s*(\d{1,2})[.)]\s+\p{Lu}/u.exec(line)
      if (!first) {
        return line
      }
      const cuts: number[] = []
      let expected = Number(first[1]) + 1
      for (const m of line.matchAll(/(?<=[.;:!?)”"…])\s*(\d{1,2})[.)]\s+(?=\p{Lu})/gu)) {
        if (Number(m[1]) === expected) {
          cuts.push(m.index + m[0].length - m[0].trimStart().length)
          expected += 1
        }
      }
      if (cuts.length < 2) {
        return line
      }
      return [0, ...cuts].map((at, i) => line.slice(at, cuts[i]).trim()).join('\n')
    })
    .join('\n')
}

/** The Icelandic eth some old web fonts put for "Đ" ("HÐND", "Ðối thoại") is that letter, or the words go unknown. */
const withVietnameseD = (text: string) => text.replace(/\u00d0/g, '\u0110').replace(/\u00f0/g, '\u0111')

/** Words a scan's OCR misreads, each with what it reads through to: "ngàv" is no word, "ngày" is. */
const OCR_WORDS: readonly (readonly [string, string])[] = [
  ['ngàv', 'ngày'],
  ['Ngàv', 'Ngày'],
]

/**
 * A scan's OCR slips that a person reads through: the letter O among the digits of a number or a date ("1O/6/2016",
 * "2O16") is a zero, and a misread word of the dates ("trước ngàv 10/5") is the word. Digits and words otherwise kept.
 */
function withoutOcrSlips(text: string): string {
  const digits = text.replace(/(?<=\d)[oO](?=\d|\/\d)|(?<=\d\/)[oO](?=\d)/g, '0')
  return OCR_WORDS.reduce((out, [slip, word]) => out.replace(new RegExp(String.raw`(?<![\p{L}])${slip}(?![\p{L}])`, 'gu'), word), digits)
}

/** The tone marks of Vietnamese (grave, acute, tilde, hook above, dot below), once each in a syllable. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu

/**
 * A syllable a PDF hyphenated at the line's end ("thực hi-" / "ện nghiêm túc", "Môi trư-" / "ờng", "nguyện vọ-" / "ng")
 * is one word again: the piece after the hyphen opens with a vowel or has none, so it is no syllable of its own, and the
 * two halves carry one tone mark at most. A loanword's syllables ("ma-" / "két") and "tế-" / "ủy ban" (two tones) stay
 * apart. Null when the line does not go on inside a syllable.
 */
export function joinWrapped(text: string, line: string): string | null {
  const before = /(?<![\p{L}-])(\p{L}{1,5})-$/u.exec(text)?.[1]
  const after = /^(\p{Ll}{1,5})(?![\p{L}-])/u.exec(line)?.[1]
  if (!before || !after) {
    return null
  }
  const bare = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  const opensInside = /^[aeiouy]/.test(bare(after)) || !/[aeiouy]/.test(bare(after))
  const tones = `${before}${after}`.normalize('NFD').match(TONE_MARKS)?.length ?? 0
  return opensInside && /[aeiouy]/.test(bare(before)) && tones <= 1 ? `${text.slice(0, -1)}${line}` : null
}

/**
 * Pictographs (and their joiners and variation marks) opening a line, with the space after them; and the small letter
 * after them, which the line then opens with in capitals (a picture opens a line of its own, no wrapped rest of the one
 * above).
 */
const LEADING_PICTURES =
  /^(\s*)(?:\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|[\u{1F3FB}-\u{1F3FF}]|\ufe0f|\u200d|\u20e3)+\s*(?=\S)(\p{Ll})?/u

/**
 * A web page's list of other articles after the document: "TIN LIÊN QUAN", "Các tin khác:", "Tin cùng chuyên mục"; or
 * its readers' comments before them, "Ý kiến bạn đọc (2)", each stamped with the moment it was sent (no session's).
 */
const RELATED_NEWS = new RegExp(
  String.raw`^(tin liên quan|các tin khác|tin khác|tin cùng chuyên mục|bài viết liên quan|bài viết khác|(các )?tin đã đưa|xem thêm` +
    String.raw`|(ý kiến|bình luận) (của )?(bạn đọc|độc giả)(\s*\(\d+\))?|bình luận(\s*\(\d+\))?)\s*:?$`,
  'iu',
)

/**
 * A page copied from a portal ends with its list of other articles, each with a date ("Bí thư Thị ủy đối thoại với
 * đoàn viên (20/11/2017)"), then the site's footer: none of it is the document's. Cut from that heading on, once half
 * the text or more stands before it (a plan does not open with it).
 */
function withoutPageFurniture(lines: string[]): string[] {
  return withoutPageHead(withoutPageTail(withoutDatedRepeats(lines)))
}

/**
 * A portal's headline said again under itself with the day it was posted in brackets ("Ủy ban MTTQVN phường A tổ chức Hội
 * nghị …" / "Ủy ban MTTQVN phường A tổ chức Hội nghị … (22/08/2022)"): the second is the page's, no session's day.
 */
function withoutDatedRepeats(lines: string[]): string[] {
  let previous = ''
  return lines.filter((line) => {
    const text = line.trim()
    const repeat = previous !== '' && text.startsWith(previous) && /^\s*\(\d{1,2}\/\d{1,2}\/\d{4}\)$/.test(text.slice(previous.length))
    previous = text === '' ? previous : text
    return !repeat
  })
}

/**
 * A portal's trail to the page: "Trang chủ > Chính trị > Mặt trận - Đoàn thể", "Bạn đang ở: Trang chủ » Tin tức", any
 * three short names parted by ">" or "»", or two sections named in words alone ("Thời sự > Chính trị").
 */
const BREADCRUMB =
  /^(bạn đang ở\s*:\s*)?trang chủ\s*[>»›]|^[^>»›]{1,60}(\s[>»›]\s[^>»›]{1,60}){2,}$|^[\p{L} ,-]{2,40}\s[>»›]\s[\p{L} ,-]{2,40}$/iu

/**
 * A page copied from a portal opens with the site's name in capitals ("BÁO TUYÊN QUANG ĐIỆN TỬ"), its menu and the trail to
 * the article, then the article's headline: those lines are the site's, not the document's (its name taken for the
 * title, or for a body at the head of the text). Dropped up to the trail, when it stands among the first lines and only
 * such lines stand before it.
 */
function withoutPageHead(lines: string[]): string[] {
  const filled = lines.map((line, i) => [line.trim(), i] as const).filter(([line]) => line !== '')
  const trail = filled.slice(0, 6).findLastIndex(([line]) => BREADCRUMB.test(stripMarkup(line)))
  // (A menu bar is the site's too: "Trang chủ   Giới thiệu   Tin tức - Sự kiện   …", its items parted by wide spaces.)
  const siteLine = (line: string) =>
    isCapitals(line) ||
    line.includes('|') ||
    line.length <= 30 ||
    /^trang chủ(?![\p{L}])/iu.test(line) ||
    line.split(/\s{3,}|\t/).length >= 4
  if (trail === -1 || !filled.slice(0, trail).every(([line]) => siteLine(stripMarkup(line)))) {
    return lines
  }
  return lines.slice((filled[trail]?.[1] ?? -1) + 1)
}

function withoutPageTail(lines: string[]): string[] {
  const at = lines.findIndex((line, i) => i >= lines.length / 2 && RELATED_NEWS.test(stripMarkup(line.trim())))
  // (And the page's own line of metadata: "Cập nhật: 06/01/2021 09:15 | Lượt xem: 428 | In bài viết".)
  // (In a chat, "Thứ Năm, 03/10/2024" alone on its line parts the messages by the day they were sent: no title, no session.)
  const chat = lines.some((line) => CHAT_HEADER.test(line.trim())) || lines.filter((line) => CHAT_CLOCK_INLINE.test(line)).length >= 2
  // (A chat that puts the moment on a line of its own under the sender, "Trần Văn B - P.KTHTĐT" / "10:51, 29/03/2027":
  // both lines head a message, the moment no session's.)
  const stamped = new Set<number>()
  lines.forEach((line, i) => {
    if (CHAT_STAMP.test(line.trim()) && CHAT_SENDER.test((lines[i - 1] ?? '').trim())) {
      stamped.add(i - 1).add(i)
    }
  })
  return (at === -1 ? lines : lines.slice(0, at))
    .filter(
      (line, i) =>
        !stamped.has(i) &&
        !WEB_METADATA.test(line.trim()) &&
        !PAGE_WIDGET.test(line.trim()) &&
        !(PHOTO_CAPTION.test(line.trim()) && !isLeadWithPicture(line)) &&
        !CHAT_HEADER.test(line.trim()) &&
        !(
          chat &&
          (CHAT_DAY.test(line.trim()) || CHAT_DIVIDER.test(line.trim()) || CHAT_FURNITURE.test(line.replace(CHAT_CLOCK_INLINE, '').trim()))
        ),
    )
    .map((line) =>
      line
        .replace(CHAT_HEADER_INLINE, '')
        .replace(chat ? CHAT_CLOCK_INLINE : /$^/, '')
        .replace(WIDGET_PREFIX, '')
        .replace(PICTURE_POINTER, ''),
    )
}

/**
 * The same header with the message after it on its line ("[10/04/2024 09:20] Nguyễn Văn A - P.TNMT: Đã nhận ạ."): the
 * moment and the sender go, the message stays (its own words, no session's day or hour).
 */
const CHAT_HEADER_INLINE = /^\s*\[\d{1,2}[./]\d{1,2}[./]\d{4}\s+\d{1,2}:\d{2}(:\d{2})?\]\s*[^[\]:]{2,80}:\s+(?=\S)/u

/**
 * A chat copied from a desktop client stamps each message with the hour alone, the day in a divider above the messages
 * ("[08:14] Nguyễn Văn A (VP): …"): the stamp and the sender go, the message stays.
 */
const CHAT_CLOCK_INLINE = /^\s*\[\d{1,2}:\d{2}(:\d{2})?\]\s*[^[\]:]{2,80}:\s+(?=\S)/u
/** A divider with rules around the day it parts the messages by ("──── 03/10/2024 ────", "── Hôm nay ──"). */
const CHAT_DIVIDER = new RegExp(
  String.raw`^[─━—–-]{2,}\s*(((thứ\s+\S+|chủ nhật),?\s+)?(ngày\s+)?\d{1,2}[/.-]\d{1,2}([/.-]\d{4})?|hôm nay|hôm qua)\s*[─━—–-]{2,}$`,
  'iu',
)
/**
 * The chat's own furniture: the group's name and size ("Nhóm: … (27 thành viên)"), its pinned note ("Tin ghim: …"), a
 * message taken back ("Tin nhắn đã được thu hồi"), a file or a picture sent ("[File] kế hoạch.pdf (412 KB)", "[Hình ảnh]").
 */
const CHAT_FURNITURE = new RegExp(
  String.raw`^(\P{L}{0,4}\s*)?(nhóm\s*:.*\(\d+ thành viên\)|tin ghim\s*:.*|tin nhắn đã được thu hồi\.?|` +
    String.raw`\[(file|tệp|tập tin|hình ảnh|ảnh|video|sticker|nhãn dán)\].*|` +
    // ("↪ Trả lời UBND xã Lại Sơn: "Lại Sơn đã nhận. Tối 27/6…"": the message a reply quotes, said already above.)
    String.raw`[↪↩]?\s*trả lời\s[^:]{2,80}:\s*["“].*)$`,
  'iu',
)

/** A chat's moment of sending alone on its line: "10:51, 29/03/2027", "10:51 29/03", "29/03/2027 10:51". */
const CHAT_STAMP = /^(\d{1,2}:\d{2},?\s+\d{1,2}\/\d{1,2}(\/\d{4})?|\d{1,2}\/\d{1,2}\/\d{4},?\s+\d{1,2}:\d{2})$/u
/** The sender's line above it: a person's name, then where they work ("Lê Thị C - Đoàn phường", "Nguyễn Văn D (VP UBND)"). */
const CHAT_SENDER = /^\p{Lu}\p{Ll}*(\s\p{Lu}\p{Ll}*){1,4}(\s*\([^()]{2,60}\)|\s+[-–]\s+[^():;!?]{2,60})?$/u

/** A chat's line between the days of its messages: "Thứ Năm, 03/10/2024", "Hôm nay", "Hôm qua". */
const CHAT_DAY = /^((thứ\s+(hai|ba|tư|năm|sáu|bảy)|chủ nhật),?\s+(ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|hôm nay|hôm qua)$/iu

/**
 * The line a chat copies above each message, who sent it and when ("Hồ Thị Mai VP-TK P5, [28.07.2023 16:11]",
 * "Nguyễn Văn A, [28/07/2023 16:05]", or the moment first: "[08/10/2025 09:12] Nguyễn Văn A - VP UBND:"; or the
 * person's name, where they work and the hour alone: "Nguyễn Thị B (VP HĐND-UBND huyện)  08:47", "Lê Văn C - CT UBND
 * xã A  08:59"): the moment of writing, no session's day or hour.
 */
const CHAT_HEADER = new RegExp(
  String.raw`^[^[\]]{2,80},\s*\[\d{1,2}[./]\d{1,2}[./]\d{4}\s+\d{1,2}:\d{2}(:\d{2})?\]$|` +
    String.raw`^\[\d{1,2}[./]\d{1,2}[./]\d{4}\s+\d{1,2}:\d{2}(:\d{2})?\]\s*[^[\]]{2,80}:$|` +
    String.raw`^\p{Lu}\p{Ll}*(\s\p{Lu}\p{Ll}*){1,4}(\s*\([^()]{2,60}\)|\s+[-–]\s+[^\d():;,.!?]{2,60})?\s+\d{1,2}:\d{2}$|` +
    // ("VP Đoàn ĐBQH và HĐND tỉnh - Trần Thanh Phong   15:48", "UBND xã An Sơn   07:46": the office, maybe who wrote, and
    // the hour, set apart by wide space as a chat client lays them out.)
    String.raw`^\p{Lu}[^!?:;"“”]{1,80}?\s{3,}\d{1,2}:\d{2}$`,
  'u',
)

/**
 * A photo's caption in a news item ("[Ảnh] Quang cảnh Hội nghị đối thoại … tổ chức ngày 20/9/2018", "… (Ảnh tư liệu:
 * Trung Hiếu)", "Ảnh: Hội nghị năm trước"): a past event pictured, no session of the plan.
 */
const PHOTO_CAPTION = new RegExp(
  String.raw`^\[\s*(ảnh|hình ảnh|photo)\b[^\]]*\]|^(ảnh|ảnh minh họa|ảnh minh hoạ)\s*:|` +
    String.raw`\(\s*(ảnh|nguồn ảnh)(\s+[^():]{1,30})?(\s*:[^()]{0,60})?\)\.?$|` +
    // (A portal's picture names its article and its rank, often without the marks: "UBND tinh thong bao … - Anh 1".)
    String.raw`\s[-–]\s*(ảnh|anh)\s*\d{1,2}$`,
  'iu',
)

/**
 * "(BL-MN) Sáng 14/6/2018, Bí thư Tỉnh ủy … tổ chức tiếp công dân … tại trụ sở tiếp công dân tỉnh (ảnh).": a news item's lead
 * pointing at its picture with a bare "(ảnh)", no caption: it gives a day (a caption marked at its head, "[Ảnh] …", or
 * credited, "(Ảnh: Minh Tuấn)", is one whatever it says).
 */
const PICTURE_POINTER = /\s*\(\s*ảnh\s*\)(?=\.?\s*$)/iu
const isLeadWithPicture = (line: string) =>
  PICTURE_POINTER.test(line) && /(?<![\p{L}])(ngày|sáng|chiều|tối|trưa)\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)/iu.test(line)

/**
 * An e-mail answering or forwarding an earlier one quotes it under its own text, each line after ">" ("> Gửi: Thứ Sáu,
 * 01/03/2024 10:15", "> - Buổi 1: 8h00 thứ Năm 11/3 …"): that is the history of the thread, whose days the mail above
 * has replaced, not the document. Dropped when the mail's own lines are the most; a text quoted whole is kept.
 */
function withoutQuotedMail(lines: string[]): string[] {
  const quoted = (line: string) => /^\s*>/.test(line)
  const filled = lines.filter((line) => line.trim() !== '')
  const count = filled.filter(quoted).length
  // A text quoted whole is the document forwarded: its lines without the marks ("> 1. Văn phòng HĐND-UBND huyện",
  // "> - Thời gian: 08 giờ 00 ngày 23/6/2022"), so that its items, labels and wrapped sentences read as the plan's own.
  const own =
    count > 0 && count * 2 < filled.length
      ? lines.map((line) => (quoted(line) ? '' : line))
      : lines.map((line) => (quoted(line) ? line.replace(/^\s*(?:>[ \t]?)+/, '') : line))
  // A mail's header ("Từ: …", "Gửi: Thứ Ba, 05/03/2024 16:42", "Tới: …", "Chủ đề: …"), three lines or more of them
  // in a row: who wrote to whom and when, neither a session nor a task (the day it was sent is no session's).
  const header = (line: string) => MAIL_HEADER.test(line.trim())
  const inBlock = own.map((line, i) => {
    if (!header(line)) {
      return false
    }
    let [from, to] = [i, i]
    while (from > 0 && header(own[from - 1] ?? '')) {
      from--
    }
    while (to < own.length - 1 && header(own[to + 1] ?? '')) {
      to++
    }
    return to - from >= 2
  })
  const kept = own.map((line, i) => (inBlock[i] ? '' : line))
  // "Chị A ơi, em chuyển tiếp mail của VP huyện về buổi đối thoại …" / "---------- Forwarded message ---------": a few
  // lines of the one who forwards, above the mail forwarded, pass it on; its days and its subject are the mail's, not
  // a session of their own. (A long text above the mark is a mail of its own, which the forwarded one only backs.)
  const mark = kept.findIndex((line) => FORWARD_MARK.test(line.trim()))
  const note = kept.slice(0, Math.max(mark, 0)).filter((line) => line.trim() !== '')
  if (mark !== -1 && note.length <= 4 && note.every((line) => line.trim().length <= 400 && !startsUnit(line.trim()))) {
    return kept.map((line, i) => (i <= mark ? '' : line))
  }
  return kept
}

/** The line a mail program writes above a mail forwarded: "---------- Forwarded message ---------", "Begin forwarded message:". */
const FORWARD_MARK = new RegExp(
  String.raw`^(-{3,}\s*(forwarded message|original message|thư đã chuyển tiếp|thư chuyển tiếp|tin nhắn đã chuyển tiếp)\s*-{3,}` +
    String.raw`|begin forwarded message:)$`,
  'iu',
)

/**
 * A line of a mail's header, in Vietnamese or English. (A bare "Ngày:" is one with the hour the mail was sent, "Ngày: Thứ
 * Tư, 24/11/2021 09:47", not a plan's "Ngày: 06/3/2026".)
 */
const MAIL_HEADER = new RegExp(
  String.raw`^(từ|from|gửi|đã gửi|sent|date|ngày gửi|tới|đến|to|cc|bcc|chủ đề|subject|tiêu đề|tệp đính kèm|đính kèm|attachments?)\s*:` +
    String.raw`|^ngày\s*:\s*((thứ\s+\p{L}+|chủ nhật),?\s*)?\d{1,2}\/\d{1,2}\/\d{4},?\s+\d{1,2}:\d{2}(:\d{2})?(\s*(SA|CH|AM|PM))?$`,
  'iu',
)

/**
 * A web page's line about itself: when it was posted or updated, how often read, buttons to print or share. The
 * count of readings may follow the bare day of posting ("Thứ ba - 09/03/2021 15:42 | Lượt xem: 318 | In bài viết"),
 * and so may the buttons alone: that day is the article's, no session's.
 */
/** A button of a portal's article page: "In bài viết", "Gửi email", "Về đầu trang", "Chia sẻ". */
const PAGE_BUTTON = '(in|gửi|lưu) (bài( viết)?|trang)|bản in|gửi (email|e-mail|cho bạn bè)|(về|lên) đầu trang|chia sẻ|quay lại|đóng'
const WEB_METADATA = new RegExp(
  String.raw`^(cập nhật|ngày cập nhật|ngày đăng|đăng ngày|thời gian đăng)\s*:.*(lượt xem|in bài|gửi email|chia sẻ|\d{1,2}:\d{2})` +
    // ("Nhập ngày: Thứ 5, Ngày 02 / 11 / 2023": the day a portal entered the article, alone on its line.)
    // ("Đăng ngày 06/11/2015": so without the colon.)
    String.raw`|^(nhập ngày|ngày nhập|ngày đăng|đăng ngày|ngày xuất bản|xuất bản ngày)\s*:?\s*((thứ\s+\S+|chủ nhật),?\s*)?` +
    String.raw`(ngày\s*)?\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}\.?$` +
    // ("( Cập nhật lúc: 30/09/2022 )": so in brackets, its hour or none.)
    String.raw`|^\(\s*(cập nhật( lúc)?|ngày cập nhật|ngày đăng|đăng ngày)\s*:\s*[^()]{0,20}` +
    String.raw`\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}[^()]{0,12}\)$` +
    String.raw`|^lượt xem\s*:|\|\s*lượt xem\s*:\s*\d` +
    // ("Ngày đăng 29/04/2020 | 19:07 | View count: 337": without the colon, the count named in English.)
    String.raw`|^(ngày đăng|đăng ngày|ngày cập nhật)\s+\d{1,2}\/\d{1,2}\/\d{4}\b.*(lượt xem|view count|\d{1,2}:\d{2})` +
    // ("28/10/2025 09:15 | Chia sẻ | In bài | Cỡ chữ": the day and hour of posting, then the page's buttons.)
    String.raw`|^\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d{2}\s*\|.*(in bài|chia sẻ|cỡ chữ|gửi email|lượt xem)` +
    // ("19/07/2018 14:05 - Lượt xem: 412": so with a dash before the count.)
    String.raw`|^\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d{2}\s*[-–|]\s*lượt xem\b` +
    // ("cms-publish-date 17/04/2018 | 08:03 | cms-view-count: 3413": the fields of the portal's software, named as it names them.)
    String.raw`|^(cms[-_ ])?(publish(ed)?[-_ ]?date|view[-_ ]?count|created[-_ ]?date)\b` +
    // ("Print Thứ Tư, 05/02/2020 13:14 Gốc": the print button before the moment of posting, a word after it.)
    String.raw`|^(print|in|bản in)\s+((thứ\s+\S+|chủ nhật),?\s*)?\d{1,2}\/\d{1,2}\/\d{4}\s+\d{1,2}:\d{2}(\s+\p{L}+)?$` +
    // ("Cỡ chữ: A- A A+    In trang    Gửi email": the buttons alone on their line, under the headline.)
    String.raw`|^cỡ chữ\s*:?\s*A\s*[-+].*(in trang|in bài|gửi email|chia sẻ)` +
    // ("[A-] [A] [A+]   In bài   Gửi email   Thích 12": the buttons that size the text, then the others, unnamed.)
    String.raw`|^\[A\s?-\]\s*\[A\]\s*\[A\s?\+\]` +
    // ("In bài viết | Gửi email | Về đầu trang": the buttons under the article, parted by bars — no table's row.)
    String.raw`|^(${PAGE_BUTTON})(\s*\|\s*(${PAGE_BUTTON}))+$`,
  'iu',
)

/**
 * A portal's widgets copied with its article (a line of their own): the buttons to size the text, a media player's clock,
 * the name of a page block ("Tăng cỡ chữ Giảm cỡ chữ", "0:00 / 0:00", "PublishingPortal - Block_BanTin_Toolbar").
 */
const PAGE_WIDGET = new RegExp(
  String.raw`^((tăng|giảm) cỡ chữ\s*)+$|^0:00(\s*\/\s*\d{1,2}:\d{2})?$|^PublishingPortal\b|^[\w -]*\bBlock_\w+$|` +
    // (… and a portlet's identifier, one word of parts joined by underscores: "menu_WAR_abc1portlet_INSTANCE_BKyHxt47kQOK".)
    String.raw`^[A-Za-z0-9]+(_[A-Za-z0-9]+){2,}$|` +
    // (… a portal's skip links, "Skip Ribbon Commands", "Skip to main content"; the text-size buttons, "Tăng/Giảm cỡ chữ: TĂNG+ | GIẢM-".)
    String.raw`^skip (ribbon commands|to main content|navigation links)$|^tăng\s*\/\s*giảm cỡ chữ(?!\p{L}).{0,30}$|` +
    String.raw`^(xem thêm|nghe bài viết|nghe đọc bài( viết)?|phóng to|thu nhỏ|tương phản|(mời )?xem với cỡ chữ( tương phản)?)$|` +
    // (… its login and share buttons, "Đăng nhập", "Đăng nhập để trải nghiệm thêm những tính năng hữu ích", "Zalo".)
    String.raw`^(đăng nhập|đăng ký|đăng xuất|zalo|facebook|twitter|${PAGE_BUTTON})$|^đăng nhập để [^.:;]{0,60}$|` +
    // (… or a bar of them, "Chia sẻ: Facebook Zalo Twitter | Gửi email | Về đầu trang", "A- A A+ 🖶 In bài viết".)
    String.raw`^((chia sẻ\s*:?|facebook|zalo|twitter|linkedin|email|${PAGE_BUTTON}|a[-+]?|🖶|\|)(\s+|$)){2,}$|` +
    // (… and its visitor counter with its links block, "• Liên kết website", "• Đang online: 2", "Đã truy cập: 7789601".)
    String.raw`^(?:[•·▪-]\s*)?(liên kết website|thống kê truy cập|(đang (online|truy cập)|hôm nay|hôm qua|tuần này|trong tuần|` +
    String.raw`tháng này|trong tháng|đã truy cập|(tổng |số )?lượt truy cập|tổng( số)?( lượt)? truy cập)\s*:\s*[\d.,]+)$`,
  'iu',
)
/**
 * The same widgets glued before the headline: "Xem với cỡ chữ Tương phản Điều chỉnh Kế hoạch …". (Not "date 2021-05" before
 * the lead: the page's date, which may be the only year the page gives its days.)
 */
const WIDGET_PREFIX = /^\s*(((mời )?xem với cỡ chữ|(tăng|giảm) cỡ chữ|cỡ chữ|tương phản)\s+)+(?=\p{L})/iu

/** A line that opens with a session's field label and its colon: "Thời gian: …", "địa điểm: …". */
function opensWithField(text: string): boolean {
  const label = /^([^:]{2,40}):/.exec(text)?.[1]
  return label !== undefined && fieldsOfLabel(foldForDeadline(label)) !== null
}

/** Words in capitals only, as a title is written. */
const isCapitals = (text: string) => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text)

/**
 * The width a PDF export or an e-mail wrapped the text at, or null when each line is a paragraph: most long
 * lines end within a few characters of one width, and that width is a line's, not a paragraph's.
 */
function wrapWidth(sources: string[]): number | null {
  const lengths = sources
    .map((line) => line.trim())
    .filter((line) => line.length >= 30 && !line.startsWith('|'))
    .map((line) => line.length)
    .sort((a, b) => a - b)
  const width = lengths[Math.floor(lengths.length * 0.9)] ?? 0
  const near = lengths.filter((n) => n >= width - 15).length
  return lengths.length >= 10 && width <= 130 && near >= lengths.length * 0.4 ? width : null
}

/** Labels of columns that are not a session's fields: a row's number, who leads or helps, by when, notes. */
const OTHER_COLUMN = new RegExp(
  '^(stt|tt|so tt|ghi chu|(don vi|co quan) (chu tri|phoi hop|thuc hien|tham muu|dau moi|chuan bi)|phoi hop|' +
    'thoi han( hoan thanh)?|noi dung cong viec|don vi bau cu|(to )?dai bieu( [a-z]+){0,5})$',
)

/** A column label of a table: "STT", "Chủ đề đối thoại", "Thời gian", "Đơn vị chủ trì", "Ghi chú". */
function isColumnLabel(text: string): boolean {
  const key = foldForDeadline(text).replace(/[.:]+$/, '')
  return key.length <= 40 && (fieldsOfLabel(key) !== null || OTHER_COLUMN.test(key))
}

/** A page's running header names the document it belongs to: "Thông báo số 512/TB-UBND ngày …", "Kế hoạch tổ chức …". */
const RUNNING_HEADER = /^(thông báo|kế hoạch|lịch|quyết định|công văn|báo cáo)(?![\p{L}])|(?<![\p{L}])số\s*:?\s*\d/iu

/**
 * A group's title between a table's rows: a line of capitals ("HỌC KỲ I", "QUÝ II"), or the group of deputies the rows
 * under it are ("Tổ đại biểu Quốc hội số 1 (đồng chí A - Tổ trưởng; …)").
 */
const groupTitleLine = (text: string) =>
  // (With its members in brackets: "Tổ đại biểu HĐND huyện số 2" alone is a row's cell, who meets there.)
  (isCapitals(text) && text.length <= 40) || /^(tổ|nhóm|đoàn)\s+(đại biểu|ĐB)\b[^:(]{0,40}\bsố\s+\d{1,2}\s*\(/iu.test(text)

/** A chat export's separator of a day: "============ Thứ Hai, 14 tháng 10 2024 ============", "*** 14/10/2024 ***". */
// (Not one of rules, "──── 16:47 Thứ Ba, 15/07/2031 ────", which the reader knows as it is.)
// (The day alone between them, "Thứ Hai, 14 tháng 10 2024": "***Đối thoại … 23/10/2036 …***" is a line in bold.)
const DAY_SEPARATOR = /^([=*~_])\1{2,79}\s*([^=*~_]{1,60}?)\s*\1{3,80}$/u
/** What such a separator holds: a day, its weekday before it or none. */
const SEPARATED_DAY =
  /^((thứ\s+\S+|chủ nhật)\s*[,-]?\s*)?(ngày\s+)?\d{1,2}(\s+tháng\s+\d{1,2}(\s+năm)?,?\s+|\s*\/\s*\d{1,2}\s*\/\s*)\d{4}$/iu
/** A chat export's head of a message, who wrote it then, apart, its hour: "Phạm Thu Trang (VP UBND huyện)  08:31". */
const NAME_THEN_CLOCK = /^([^\s:|][^:|]{1,80}?)(?:\s{2,}|\t+)(\d{1,2}:\d{2})$/u

/**
 * A chat exported in another layout (Zalo PC's: a day's separator of "=" with the day in words, each message headed by
 * who wrote it and, apart, its hour), written as the chats the reader knows: "──── 14/10/2024 ────" and "[08:31] Phạm
 * Thu Trang (VP UBND huyện)". Heads only when two or more lines are so, after a blank line or a day's separator.
 */
function withChatHeads(lines: string[]): string[] {
  const dayOf = (text: string) => {
    const m = /(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm)?,?\s+(\d{4})/iu.exec(text) ?? /(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/u.exec(text)
    return m ? `${Number(m[1])}/${Number(m[2])}/${m[3]}` : null
  }
  const days = lines.map((line) => {
    const inner = DAY_SEPARATOR.exec(line.trim())?.[2]
    return inner && SEPARATED_DAY.test(inner) ? dayOf(inner) : null
  })
  const opensMessage = (i: number) => i === 0 || !(lines[i - 1] ?? '').trim() || days[i - 1] !== null
  const heads = lines.map((line, i) => (opensMessage(i) ? NAME_THEN_CLOCK.exec(line.trim()) : null))
  // (A chat's: some head names its writer's office, "(VP UBND huyện)" or "- Ban QLDA"; "Khai mạc hội nghị    8:00" after a
  // blank line is a programme's line.)
  const chat = heads.filter(Boolean).length >= 2 && heads.some((head) => /\(|\s[-–]\s/.test(head?.[1] ?? ''))
  // (A banner of the same rows over no day, "=== TRÍCH KẾ HOẠCH SỐ 58/KH-UBND ===", is a heading of its own words.)
  const banner = (line: string) => /^={3,}\s*(\p{Lu}[^=]*?)\s*={3,}$/u.exec(line.trim())?.[1]
  return lines.map((line, i) => {
    const day = days[i]
    const head = heads[i]
    return day ? `──── ${day} ────` : chat && head ? `[${head[2]}] ${head[1]?.trim()}` : (banner(line) ?? line)
  })
}

/** Cells a portal or a hand set apart with spaced dashes: "1 - Sáng thứ Năm 03/8 - Chủ tịch UBND tỉnh - Trụ sở …". */
const SPACED_DASH = /\s+[-–—]\s+/

/**
 * A table whose rows a web page flattened to lines, their cells set apart by spaced dashes: a header of three or more
 * column labels ("TT - Thời gian - Người chủ trì - Địa điểm - Ghi chú"), then rows opening with their number ("1 - …").
 * Written back with tabs, read then as any tabbed table, while each row has as many cells as the header; a row with
 * more pieces has a name written with a dash ("Sở Lao động - Thương binh và Xã hội"): its shortest pair of pieces with no
 * digit is joined first. Any other layout is left as it is.
 */
function dashedTables(sources: string[]): string[] {
  const out = [...sources]
  for (let i = 0; i < out.length; i++) {
    const header = (out[i] ?? '').trim().split(SPACED_DASH)
    if (header.length < 3 || out[i]?.includes('\t') || !header.slice(1).every(isColumnLabel) || !/^(s?tt|số tt)$/iu.test(header[0] ?? '')) {
      continue
    }
    const rows: string[] = []
    for (let k = i + 1, n = 1; k < out.length; k++, n++) {
      const pieces = (out[k] ?? '').trim().split(SPACED_DASH)
      if (pieces[0] !== String(n) || pieces.length < header.length) {
        break
      }
      // (A few names written with a dash, no more: a row of many pieces is no row of this table.)
      while (pieces.length > header.length && pieces.length <= header.length + 4) {
        const pairs = pieces
          .slice(1, -1)
          .map((piece, j) => ({ at: j + 1, length: piece.length + (pieces[j + 2]?.length ?? 0) }))
          .filter(({ at }) => !/\d/.test(`${pieces[at]}${pieces[at + 1]}`))
          .sort((a, b) => a.length - b.length)
        const at = pairs[0]?.at
        if (at === undefined) {
          break
        }
        pieces.splice(at, 2, `${pieces[at]} - ${pieces[at + 1]}`)
      }
      if (pieces.length !== header.length) {
        break
      }
      rows.push(pieces.join('\t'))
    }
    if (rows.length > 0) {
      out.splice(i, rows.length + 1, header.join('\t'), ...rows)
      i += rows.length
    }
  }
  return out
}

/**
 * A table a PDF export wrote one cell a line: a header of column labels opening with a row number
 * ("STT", "Chủ đề", "Đối tượng", "Thời gian", "Địa điểm"), then its rows, each a line per cell
 * starting with the row's number. Written back as pipe rows while every row starts with the next
 * number; any other layout is left as it is.
 */
function cellPerLineTables(sources: string[]): string[] {
  const out: string[] = []
  let i = 0
  while (i < sources.length) {
    const first = (sources[i] ?? '').trim()
    // (A schedule by month may number its rows by their month: "Tháng" / "Người chủ trì" / … / "Thứ, ngày", then "1" /
    // "Giám đốc Sở" / … / "Thứ 2, ngày 17"; the number is the month, read so under the "Tháng" label.)
    if (!/^(stt|tt|số tt|tháng)$/i.test(first)) {
      out.push(sources[i] ?? '')
      i++
      continue
    }
    // The table's lines, blank lines between cells left out (a web copy puts one after every cell). When its header has
    // none between its labels, a line of spaces alone is an empty cell ("Ghi chú" left blank in some rows).
    // (So is a blank line alone inside a row, between two cells and not before the next row's number: "Công an phường" /
    // "" / "Trong thời gian tổ chức đối thoại" is a row whose "Đơn vị phối hợp" is empty.)
    const dense = Boolean(sources[i + 1]?.trim() && sources[i + 2]?.trim())
    // (Not the blank line after the table, before its next part: "" / "II. TỔ CHỨC THỰC HIỆN".)
    // (Nor the blank lines around a page's number: "" / "Trang 1/2" / "" / "STT" is the page break, the header repeated.)
    const emptyCell = (j: number) =>
      (sources[j] ?? '') === '' &&
      Boolean(sources[j - 1]?.trim()) &&
      ![sources[j - 1], sources[j + 1]].some((line) => PAGE_MARK.test(line?.trim() ?? '')) &&
      /^(?!\d{1,3}$)\S/.test(sources[j + 1]?.trim() ?? '') &&
      !markerOf(sources[j + 1]?.trim() ?? '')
    const cellLines: number[] = []
    for (let j = i; j < sources.length && cellLines.length < 400; j++) {
      const source = sources[j] ?? ''
      if (source.trim() || (dense && (/^[ \u00a0\t]+$/.test(source) || emptyCell(j)))) {
        cellLines.push(j)
      }
    }
    const cell = (k: number) => (sources[cellLines[k] ?? -1] ?? '').trim()
    let width = 1
    while (width < cellLines.length && isColumnLabel(cell(width))) {
      width++
    }
    // (Under the labels, the columns' numbers a form prints for reference, "(1)" / "(2)" / … / "(5)": no row, no label.)
    const numbered = (count: number) => Array.from({ length: count }, (_, k) => cell(width + k)).every((line, k) => line === `(${k + 1})`)
    if (width >= 3 && numbered(width)) {
      cellLines.splice(width, width)
    }
    // A header with a label of its own ("Bộ phận tham mưu") runs to the first row's number all the same, when
    // its lines are short and most are labels.
    // (A label that says who presides runs longer than the others: "Lãnh đạo Thường trực HĐND tỉnh chủ trì tiếp".)
    const numberAt = Array.from({ length: 10 }, (_, k) => k + 1).find((k) => cell(k) === '1')
    // (Not a group's title just above the first row: "HỌC KỲ I".)
    const firstRow = numberAt !== undefined && groupTitleLine(cell(numberAt - 1)) ? numberAt - 1 : numberAt
    if (firstRow !== undefined && firstRow > width) {
      const labels = Array.from({ length: firstRow - 1 }, (_, k) => cell(k + 1))
      if (labels.every((label) => label.length <= 60) && labels.filter(isColumnLabel).length * 2 >= labels.length) {
        width = firstRow
      }
    }
    // A label a PDF wrapped over two lines ("Ngày tiếp" / "công dân") goes on in lower case: one column's label.
    const header = Array.from({ length: width }, (_, k) => cell(k)).reduce<string[]>(
      (labels, line, k) => (k > 1 && /^\p{Ll}/u.test(line) ? [...labels.slice(0, -1), `${labels.at(-1)} ${line}`] : [...labels, line]),
      [],
    )
    const need = header.length - 1
    // A page break inside the table repeats its header, after the page's number ("2" / "STT" / "Tháng" / …): no row's cells.
    const repeatsHeader = (k: number) => Array.from({ length: width }, (_, d) => cell(k + d)).every((line, d) => line === cell(d))
    // ("Trang 1" / "STT" / …: the page's number with its word.)
    const pageBreakAt = (k: number) => (PAGE_MARK.test(cell(k)) && repeatsHeader(k + 1) ? width + 1 : repeatsHeader(k) ? width : 0)
    // (A last column of bodies, "Cơ quan chuẩn bị", wraps its names on capitals: "Phòng Tài nguyên và Môi trường" / "(chủ
    // trì); Chi nhánh" / "Văn phòng đăng ký" / "đất đai quận" before the next row's number is all that cell's; so do notes,
    // "Ngày 10/9 trùng" / "Chủ nhật".)
    const bodiesLast = /^((don vi|co quan)( [a-z]+){1,3}|phoi hop)$/.test(foldForDeadline(header.at(-1) ?? '').replace(/[.:]+$/, ''))
    // A notes column ("Ghi chú") is left empty in most rows: a row may end one cell short of it.
    const notesLast = /^ghi chu$/.test(foldForDeadline(header.at(-1) ?? ''))
    const rows: string[] = []
    let at = width
    // Whether a row's cell listed several days, a line each (the last row may too).
    let listsDays = false
    // The column of the time ("Thời gian"), among the cells after the row's number.
    // (Read from the labels as joined: "Nội dung, đối tượng" / "đối thoại" / "Thời gian" is the second column's, not the third's.)
    const timeAt = header.slice(1).findIndex((label) => {
      const fields = fieldsOfLabel(label)
      return fields?.length === 1 && fields[0] === 'time'
    })
    // Whether the hour has no column of its own: "Thời gian" then "Nội dung", not "Ngày" then "Giờ".
    const hourApart = timeAt >= 0 && !/^(giờ|thời gian|lúc)/iu.test(header[timeAt + 2] ?? '')
    // A group's title between rows ("HỌC KỲ I", "Quý II"): a line of capitals just before the next number.
    const group = (k: number, n: number) => groupTitleLine(cell(k)) && cell(k + 1) === String(n)
    // A task table's columns by what they hold (the words of the task, bodies, by when), and its widest cell line so far.
    const types = columnTypes(header.slice(1))
    // (Rows numbered by their month hold no numbered lines: "2. Tiếp công dân thường xuyên: …" after the last is the text's.)
    const byMonth = /^tháng$/i.test(first)
    let widest = Math.max(...header.map((label) => label.length))
    for (let n = 1; width >= 3 && at < cellLines.length; n++) {
      if (group(at, n)) {
        at++
      }
      if (cell(at) !== String(n)) {
        break
      }
      // The row's lines run to the next row's number (the last row, as far as its cells go on).
      // (A part's heading ends the table: "II. TỔ CHỨC THỰC HIỆN" after the last row is no cell of it.)
      let end = at + 1
      while (
        end < cellLines.length &&
        cell(end) !== String(n + 1) &&
        !group(end, n + 1) &&
        pageBreakAt(end) === 0 &&
        !['roman', 'part'].includes(markerOf(cell(end))?.style ?? '') &&
        // (In a month table a numbered or lettered item after the rows ends them; a dash is a cell's own list.)
        !(byMonth && /^(dec|letter)/i.test(markerOf(cell(end))?.style ?? '')) &&
        // (… as does a numbered item after a blank line, in any table: "" / "2. Lịch tiếp dân của đồng chí Bí thư" after the
        // last row is the text's next part, no cell of that row.)
        !(markerOf(cell(end))?.style === 'dec1' && (cellLines[end] ?? 0) - (cellLines[end - 1] ?? 0) > 1)
      ) {
        end++
      }
      // A page's number left between two rows ("Trụ sở Tiếp công dân (phường A)" / "1" / "8" / "Tháng 8"): a bare number just
      // before the next row's, which the row's cells without it use up, is no cell of the row.
      // (… or the page's number and its running header, in either order: "Chủ tịch UBND tỉnh" / "2" / "Thông báo lịch tiếp
      // công dân … năm 2023" / "8"; the number as a page mark writes it, "2/3", "Trang 2".)
      const furnitureOf = (count: number) => {
        const cells = Array.from({ length: end - at - 1 - count }, (_, k) => cell(at + 1 + k))
        const marks = Array.from({ length: count }, (_, k) => cell(end - count + k))
        return end < cellLines.length &&
          cells.length > 0 &&
          marks.filter((line) => PAGE_MARK.test(line)).length === 1 &&
          marks.every((line) => PAGE_MARK.test(line) || (line.length >= 20 && RUNNING_HEADER.test(line))) &&
          cell(end) === String(n + 1) &&
          ([need, ...(notesLast ? [need - 1] : [])].some((width) => rowOfLines(cells, width)?.used === cells.length) ||
            peopleAndHours(cells, need) !== null ||
            (types !== null && typedRow(cells, types, true, widest) !== null))
          ? count
          : 0
      }
      const pageNumber = furnitureOf(2) || furnitureOf(1)
      const lines = Array.from({ length: end - at - 1 - pageNumber }, (_, k) => cell(at + 1 + k))
      const greedy = rowOfLines(lines, need)
      // A row before the next number uses all its lines; when the cells read in turn leave some over, a name cell wrapped
      // on a capital ("Khoa Luật; Khoa Khoa học" / "Xã hội và Nhân văn") was taken for the next cell: the time cell,
      // which opens with its time, says where the cells before it end.
      // (… or a cell lists several days, a line each: a row before the next number uses all its lines with them joined, the
      // last row as far as its cells go on.)
      // (The last row is the one no next number follows, whether the text or a part's heading comes after it.)
      const last = end >= cellLines.length || (cell(end) !== String(n + 1) && !group(end, n + 1))
      const full: { cells: string[]; used: number } | null =
        !last && greedy?.used !== lines.length
          ? (anchoredRow(lines, need, timeAt) ??
            daysInOneCell(lines, need, true) ??
            nameWrapped(lines, need) ??
            peopleAndHours(lines, need) ??
            (bodiesLast || notesLast ? restInLastCell(greedy, lines) : null) ??
            greedy)
          : last && n > 1 && listsDays
            ? (daysInOneCell(lines, need, false) ?? greedy)
            : last && greedy?.used !== lines.length
              ? (peopleAndHours(lines, need) ?? greedy)
              : greedy
      // (… or the time cell is a day and, on the line under it, its hour, where no column of its own holds the hour: before
      // the cells read in turn, which would take the hour for the next cell.)
      const timed = hourApart ? hourUnderDay(lines, need, timeAt, end < cellLines.length) : null
      listsDays ||= (full?.cells ?? []).some((cell) => /\d; /.test(cell) || /\d{1,2}\/\d{1,2}[^;]*; \S/.test(cell))
      // (A row whose notes are empty: "Tháng 01" / "Thứ Tư," / "ngày 20/01/2016" are its month and its day, the day's cell
      // wrapped after its comma; the last row's notes are no line as long as a paragraph's, which is the text after the table.)
      const short = notesLast ? rowOfLines(lines, need - 1) : null
      // (A task table's row whose cells read in turn leave lines over, or do not each open as their column's type — a body
      // column's cell that names no body, a time's that says no time — is read by its columns' types: see typedRow.)
      // (A voters' cell fits when it opens as one: "Nhân Cầu 1, thị trấn A" after a hall's first line is the hall's rest.)
      const fits = (cells: string[]) =>
        types?.every((type, k) => (type === 'voters' ? VOTERS_CELL_OPENS.test(cells[k] ?? '') : opensTyped(cells[k] ?? '', type)))
      // (A schedule's row, typed by its time and place, only when the cells read in turn do not fit: what they leave over
      // before the next number is a sentence between the rows, "Trường hợp trùng lịch …, Văn phòng … thông báo lịch mới.")
      // (… or by the people who meet the voters, "Tổ số 1: đ/c Nguyễn" / "Hữu Thắng, đ/c Trần": names wrap on capitals too.)
      const leftOver = !last && full?.used !== lines.length && types?.some((type) => ['body', 'people', 'voters'].includes(type))
      const typed = types && (!full || leftOver || !fits(full.cells)) ? typedRow(lines, types, !last, widest) : null
      const row =
        typed ??
        timed ??
        (short && (!full || wrapsAfterComma(full.cells) || (last && (full.cells.at(-1)?.length ?? 0) > 60))
          ? { cells: [...short.cells, ''], used: short.used }
          : full)
      if (!row || (!last && row.used !== lines.length && row === short)) {
        break
      }
      rows.push(`| ${n} | ${row.cells.join(' | ')} |`)
      widest = Math.max(widest, ...lines.slice(0, row.used).map((line) => line.length))
      at += 1 + row.used + (row.used === lines.length ? pageNumber : 0)
      at += pageBreakAt(at)
    }
    if (rows.length === 0) {
      out.push(sources[i] ?? '')
      i++
      continue
    }
    out.push(`| ${header.join(' | ')} |`, '|---|', ...rows)
    i = (cellLines[at - 1] ?? i) + 1
  }
  return out
}

/**
 * A table a PDF wrote one cell a line without row numbers, its rows set apart by a blank line: a header of three to eight
 * short labels, one of them a time's ("Đối tượng, nội dung đối thoại" / "Thời gian" / "Địa điểm" / "Chủ trì"), a blank line,
 * then rows as many lines as the header each, a blank line after each. Written back as pipe rows while each row has exactly
 * as many lines and its time's cell says a time; any other layout is left as it is.
 */
function blankRowTables(sources: string[]): string[] {
  const out: string[] = []
  let i = 0
  const blank = (k: number) => (sources[k] ?? '').trim() === ''
  while (i < sources.length) {
    let end = i
    while (end < sources.length && !blank(end) && end - i < 9) {
      end++
    }
    const header = sources.slice(i, end).map((line) => line.trim())
    const timeAt = header.findIndex((label) => fieldsOfLabel(label)?.includes('time'))
    const labelled = header.length >= 3 && header.length <= 8 && (i === 0 || blank(i - 1)) && blank(end) && timeAt !== -1
    const rows: string[][] = []
    let at = end + 1
    while (labelled) {
      const row = sources.slice(at, at + header.length).map((line) => line.trim())
      const whole =
        row.length === header.length && row.every(Boolean) && (at + header.length >= sources.length || blank(at + header.length))
      if (!whole || !/\d|tháng|quý|dự kiến/iu.test(row[timeAt] ?? '')) {
        break
      }
      rows.push(row)
      at += header.length + 1
    }
    if (rows.length < 2 || header.filter(isColumnLabel).length * 2 < header.length || !header.every((label) => label.length <= 60)) {
      out.push(sources[i] ?? '')
      i++
      continue
    }
    out.push(`| ${header.join(' | ')} |`, '|---|', ...rows.map((row) => `| ${row.join(' | ')} |`), '')
    i = at
  }
  return out
}

/** The first cell of a schedule's row by month ("Tháng 01", "03/2027") or by day ("Thứ Sáu, ngày 15/01", "ngày 8/4/2014"). */
const MONTH_OPENER = /^(tháng\s+\d{1,2}(\s*[/.-]\s*\d{4})?|\d{1,2}\s*[/.-]\s*\d{4})$/iu
const DAY_OPENER = /^(thứ\s+\p{L}+,?\s+|chủ nhật,?\s+)?(ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)/iu
/** The first cell of a schedule's row by quarter: "Quý I", "Quý IV/2014", "Quý 3". */
const QUARTER_OPENER = /^quý\s+(I{1,3}|IV|[1-4])(\s*[/.-]\s*\d{4})?$/iu
const ROW_OPENERS = [MONTH_OPENER, QUARTER_OPENER, DAY_OPENER]

/**
 * A schedule a web page copied one cell a line with no row numbers: a header of three or more short labels, the first a
 * time's ("Tháng" / "Ngày tiếp công dân" / "Người chủ trì tiếp"), then rows as wide as it, each opening with a cell of
 * the first column ("Tháng 01" / "Thứ Sáu, ngày 15/01" / "Chủ tịch UBND tỉnh"). Written back as pipe rows while each
 * row has exactly as many lines as the header; a row of another width (a cell wrapped or left empty) leaves the lines as
 * they are, for the reading of a schedule's lines.
 */
function unnumberedCellTables(sources: string[]): string[] {
  return withTablesRewritten(sources, unnumberedTableAt)
}

/** The lines with each table `tableAt` finds written back as it gives it, every other line as it is. */
function withTablesRewritten(
  sources: string[],
  tableAt: (sources: string[], i: number) => { lines: string[]; next: number } | null,
): string[] {
  const out: string[] = []
  let i = 0
  while (i < sources.length) {
    const table = tableAt(sources, i)
    if (!table) {
      out.push(sources[i] ?? '')
      i++
      continue
    }
    out.push(...table.lines)
    i = table.next
  }
  return out
}

function unnumberedTableAt(sources: string[], i: number): { lines: string[]; next: number } | null {
  const first = (sources[i] ?? '').trim()
  if (first.startsWith('|') || fieldsOfLabel(first)?.join() !== 'time' || (i > 0 && (sources[i - 1] ?? '').trim() !== '')) {
    return null
  }
  // (The lines after a blank one, blank lines between cells left out as a web copy puts them; at most the rows a schedule
  // of a year by fortnight has.)
  const cellLines: string[] = []
  for (let j = i; j < sources.length && cellLines.length < 200; j++) {
    const line = (sources[j] ?? '').trim()
    if (line) {
      cellLines.push(line)
    }
  }
  const header: string[] = []
  while (header.length < 7 && cellLines[header.length] !== undefined) {
    const line = cellLines[header.length] ?? ''
    if (ROW_OPENERS.some((kind) => kind.test(line)) || line.length > 40 || /[.;:,]$/.test(line) || markerOf(line)) {
      break
    }
    header.push(line)
  }
  const opener = ROW_OPENERS.find((kind) => kind.test(cellLines[header.length] ?? ''))
  if (!opener || header.length < 3 || header.filter(isColumnLabel).length * 2 < header.length) {
    return null
  }
  const width = header.length
  const rows: string[][] = []
  for (let at = width; opener.test(cellLines[at] ?? ''); at += width) {
    const row = cellLines.slice(at, at + width)
    // (A row with a cell of the first column among its others is one whose cells are wrapped or left empty.)
    if (row.length < width || row.slice(1).some((cell) => opener.test(cell) || cell.startsWith('|'))) {
      return null
    }
    rows.push(row)
  }
  // (The line after the last row is the text's: a numbered line, a sentence, not a short line that may be one more cell.)
  const after = cellLines[width * (rows.length + 1)]
  if (rows.length < 2 || (after !== undefined && !markerOf(after) && after.length <= 40 && !/[.;:]$/.test(after))) {
    return null
  }
  // (Where the table ends among the source lines: after its last cell.)
  let used = 0
  let next = i
  while (used < width * (rows.length + 1)) {
    if ((sources[next] ?? '').trim()) {
      used++
    }
    next++
  }
  return { lines: [`| ${header.join(' | ')} |`, '|---|', ...rows.map((row) => `| ${row.join(' | ')} |`)], next }
}

/**
 * A web page's table copied with nothing between its cells: "TTNgày, tháng, nămThứThời gian" over "125/02/2020Thứ baTừ 8
 * giờ 00", "224/3/2020Thứ baTừ 8 giờ 00" … "1129/12/2020Thứ baTừ 8 giờ 00". Each row opens with its number glued to its
 * day, the numbers counting 1, 2, 3: written back as pipe rows, the cells parted where a year, a bracket or a word in
 * lower case runs into the next cell. Only a run of three rows or more, two of them with a glued number that is no day by
 * itself ("125", never "15"), so that days written at the head of their lines stay as they are; the first rows of such a
 * run may be glued to days 1–9 ("11/02/2020", row 1 on the 1st).
 */
function gluedCellTables(sources: string[]): string[] {
  return withTablesRewritten(sources, gluedTableAt)
}

const GLUED_HEADER = /^S?TT(?=\p{Lu}\p{Ll})/u
const GLUED_ROW = /^(\d{2,4})\s*[/.-]\s*(\d{1,2})\s*[/.-]/

/** The glued cells of a row or its header, parted: "25/02/2020Thứ baTừ 8 giờ 00" → "25/02/2020", "Thứ ba", "Từ 8 giờ 00". */
const gluedCells = (text: string) =>
  text
    .replace(/(?<=\d{4})(?=[^\s\d/.,;)-])/gu, '\u0000')
    .replace(/(?<=\))(?=\S)/gu, '\u0000')
    .replace(/(?<=\p{Ll})(?=\p{Lu})|(?<=\d)(?=\p{Lu}\p{Ll})/gu, '\u0000')
    .replace(GLUED_HEADER, '$&\u0000')
    .split('\u0000')
    .map((cell) => cell.trim())

function gluedTableAt(sources: string[], i: number): { lines: string[]; next: number } | null {
  const headed = GLUED_HEADER.test((sources[i] ?? '').trim())
  const rows: string[] = []
  // (Rows glued to no day by themselves: "125/02" is row 1 on the 25th, where "11/02" may be the 11th or row 1 on the 1st.)
  let unambiguous = 0
  for (let j = headed ? i + 1 : i; j < sources.length; j++) {
    const line = (sources[j] ?? '').trim()
    const count = String(rows.length + 1)
    const glued = GLUED_ROW.exec(line)
    const day = glued?.[1]?.startsWith(count) ? Number(glued[1].slice(count.length)) : 0
    if (!glued || day < 1 || day > 31 || Number(glued[2]) > 12) {
      break
    }
    rows.push(`| ${count} | ${gluedCells(line.slice(count.length)).join(' | ')} |`)
    unambiguous += Number(glued[1]) > 31 ? 1 : 0
  }
  if (rows.length < 3 || unambiguous < 2) {
    return null
  }
  const header = headed ? [`| ${gluedCells((sources[i] ?? '').trim()).join(' | ')} |`, '|---|'] : []
  return { lines: [...header, ...rows], next: i + (headed ? 1 : 0) + rows.length }
}

/** A grid table's rule: "+-----+------+", "+=====+======+" under its header (Word copied through a converter). */
const GRID_RULE = /^\s*\+(?:[-=:]+\+)+\s*$/

/**
 * A grid table, each row between two rules and its cells wrapped over several lines ("| 1 | 14 giờ 00, thứ Năm, |" /
 * "|   | ngày 17/9/2026    |"): the rule's "+" say where each column lies, so the lines of a row are joined cell by cell
 * into one pipe row ("| 1 | 14 giờ 00, thứ Năm, ngày 17/9/2026 |"); the "=" rule closes the header. Any other line is
 * left as it is.
 */
function gridTables(sources: string[]): string[] {
  const out: string[] = []
  let rule: number[] | null = null
  let row: string[][] = []
  const flush = () => {
    if (row.length > 0) {
      out.push(`| ${row.map((cell) => cell.join(' ').replace(/\s+/g, ' ').trim()).join(' | ')} |`)
    }
    row = []
  }
  for (const source of sources) {
    if (GRID_RULE.test(source)) {
      flush()
      if (rule && /=/.test(source)) {
        out.push(`|${'---|'.repeat(Math.max(1, rule.length - 1))}`)
      }
      rule = [...source.matchAll(/\+/g)].map((m) => m.index)
      continue
    }
    const bars = rule
    // ("+----+------+ hội từ ngày |": a rule under some columns only, a cell that spans the rows going on beside it: the rows
    // part there; the spanning cell's words stay with the row above.)
    const partial =
      bars &&
      /^\s*\+[-=:]/.test(source) &&
      bars.every((at) => source.charAt(at) === '+' || source.charAt(at) === '|') &&
      bars.slice(0, -1).some((at, k) => /^[-=:]+$/.test(source.slice(at + 1, bars[k + 1])))
    if (bars && partial) {
      bars.slice(0, -1).forEach((at, k) => {
        const text = source.slice(at + 1, bars[k + 1]).trim()
        if (!/^[-=:]*$/.test(text)) {
          row[k] = [...(row[k] ?? []), text]
        }
      })
      flush()
      continue
    }
    if (bars && /^\s*\|.*\|\s*$/.test(source) && bars.slice(1, -1).every((at) => source.charAt(at) === '|')) {
      bars.slice(0, -1).forEach((at, k) => {
        const text = source.slice(at + 1, bars[k + 1]).trim()
        row[k] = [...(row[k] ?? []), ...(text ? [text] : [])]
      })
      continue
    }
    flush()
    rule = null
    out.push(source)
  }
  flush()
  return out
}

/** A line that is a bar alone: what a legal-document portal leaves between the cells of a table it copied one cell a line. */
const BAR_LINE = /^\s*\|\s*$/

/**
 * A table a legal-document portal copied one cell a line with a bar alone between cells, a cell's words wrapped over
 * several lines ("TT" / "|" / "Nội dung công" / "việc" / "|" / "Cơ quan chủ trì" / "|" / … / "1" / "|" / "Ban hành văn
 * bản …" / "|" / "Sở Tài chính" / "|" / …): the bars say where each cell ends, so a header opening with the row's number
 * ("TT", "STT") gives the width and each row, opening with the next number, takes as many cells. Written back as pipe
 * rows; any other layout is left as it is (the letterhead's columns, set apart by bars too, have no such header).
 */
function barredTables(sources: string[]): string[] {
  const out: string[] = []
  let i = 0
  while (i < sources.length) {
    const first = (sources[i] ?? '').trim()
    if (!/^(stt|tt|số tt)$/i.test(first) || !BAR_LINE.test(sources[i + 1] ?? '')) {
      out.push(sources[i] ?? '')
      i++
      continue
    }
    // The cells in turn, each with the line after its closing bar; a cell's wrapped lines joined.
    const cells: { text: string; next: number }[] = []
    let words: string[] = []
    let j = i
    for (; j < sources.length && cells.length < 1000; j++) {
      const line = (sources[j] ?? '').trim()
      if (BAR_LINE.test(line)) {
        cells.push({ text: words.join(' '), next: j + 1 })
        words = []
      } else if (line) {
        words.push(line)
      }
    }
    // The last cell, with no bar after it, runs to the first blank line.
    if (words.length > 0) {
      const rest: string[] = []
      let k = cells.at(-1)?.next ?? i
      for (; k < sources.length && (sources[k] ?? '').trim(); k++) {
        rest.push((sources[k] ?? '').trim())
      }
      cells.push({ text: rest.join(' '), next: k })
    }
    const width = cells.findIndex((cell) => cell.text === '1')
    const header = cells.slice(0, width).map((cell) => cell.text)
    const rows: string[] = []
    let at = width
    for (let n = 1; width >= 3 && at + width <= cells.length && cells[at]?.text === String(n); n++) {
      rows.push(
        `| ${cells
          .slice(at, at + width)
          .map((cell) => cell.text)
          .join(' | ')} |`,
      )
      at += width
    }
    if (rows.length === 0 || header.slice(1).filter(isColumnLabel).length * 2 < header.length - 1) {
      out.push(sources[i] ?? '')
      i++
      continue
    }
    out.push(`| ${header.join(' | ')} |`, '|---|', ...rows)
    i = cells[at - 1]?.next ?? i + 1
  }
  return out
}

/** A cell of a table a web page copied one cell a line with a bar after each: "Thời gian |", "Trụ sở UBND xã A |". */
const BAR_ENDED_CELL = /^(?!\|)(.*\S)\s*\|$/
/** Bars alone after a row's last cells: one for each cell the row above spans down into it ("||", "|||"). */
const SPANNED_BARS = /^\|{2,}$/

/**
 * A table a web page copied one cell a line, each cell with a bar after it ("STT |" / "Huyện |" / "Thời gian |" / "Địa
 * điểm |" / "1 |" / "Huyện A |" / "07 giờ 30, ngày 22/6 |" / "Trụ sở UBND xã B |"), where a row whose first cells span
 * two rows of the page ("Huyện A" holding two meetings) writes its second row's own cells after its first and then a bar
 * for each spanned cell ("14 giờ, ngày 22/6 |" / "Trụ sở UBND xã C |" / "||"). Written back as pipe rows, each second row
 * with the spanned cells of the row above it, so that each place keeps its time; any other layout is left as it is.
 * (The last cell may have lost its bar where the copy was cut.)
 */
function barEndedTables(sources: string[]): string[] {
  return withTablesRewritten(sources, (lines, i) =>
    /^(stt|tt|số tt)\s*\|$/i.test((lines[i] ?? '').trim()) ? barEndedTableAt(lines, i) : null,
  )
}

function barEndedTableAt(sources: string[], i: number): { lines: string[]; next: number } | null {
  const header: string[] = []
  let j = i
  for (; j < sources.length && header.length <= 8; j++) {
    const cell = BAR_ENDED_CELL.exec((sources[j] ?? '').trim())?.[1]?.trim()
    if (cell === undefined || cell === '1') {
      break
    }
    header.push(cell)
  }
  const width = header.length
  if (width < 3 || width > 8 || header.slice(1).filter(isColumnLabel).length * 2 < width - 1) {
    return null
  }
  const rows: string[][] = []
  let row: string[] = []
  let after: string[] = []
  for (; j < sources.length; j++) {
    const line = (sources[j] ?? '').trim()
    const cell = BAR_ENDED_CELL.exec(line)?.[1]?.trim()
    const above = rows.at(-1)
    if (SPANNED_BARS.test(line) && above && after.length > 0 && line.length + after.length === width) {
      // A second row of the page: the cells spanned from the row above, then its own.
      rows.push([...above.slice(0, line.length), ...after])
      after = []
    } else if (cell !== undefined && row.length === 0 && after.length === 0 && cell === String(Number(above?.[0] ?? 0) + 1)) {
      row = [cell]
    } else if (cell !== undefined && row.length > 0) {
      row.push(cell)
    } else if (cell !== undefined && above) {
      after.push(cell)
    } else if (line && !line.includes('|') && row.length === width - 1) {
      // (The last cell of a copy cut short, with no bar after it.)
      rows.push([...row, line])
      row = []
      j++
      break
    } else if (line) {
      break
    }
    if (row.length === width) {
      rows.push(row)
      row = []
    }
  }
  if (rows.length < 2 || row.length > 0 || after.length > 0) {
    return null
  }
  return { lines: [`| ${header.join(' | ')} |`, '|---|', ...rows.map((cells) => `| ${cells.join(' | ')} |`)], next: j }
}

/** A page's number, its running line with the number (RUNNING_PAGE_LINE) or a form feed: a page break. */
function isPageBreak(line: string): boolean {
  return line.includes('\f') || PAGE_MARK.test(stripMarkup(line.trim())) || (line.trim().length <= 160 && RUNNING_PAGE_LINE.test(line))
}

/** The pieces of a line laid out in columns: words apart from the next by two spaces or more, each where it starts. */
function columnPieces(line: string): { at: number; text: string }[] {
  return [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ at: m.index, text: m[0] }))
}

/**
 * A cell that fills its column to the last character leaves one space before the next ("BHXH TP Bắc Kạn BHXH Chợ Mới"
 * under "Chủ trì         Phối hợp"): a piece running over the start of a column that no piece of its line starts in,
 * with a space just before that start and a capital or a digit at it, is two cells.
 */
function splitAtColumns(pieces: { at: number; text: string }[], starts: number[]): { at: number; text: string }[] {
  return pieces.flatMap((piece) => {
    const cut = starts.find(
      (start) =>
        start > piece.at + 1 &&
        start < piece.at + piece.text.length &&
        piece.text[start - piece.at - 1] === ' ' &&
        /[\p{Lu}\d]/u.test(piece.text[start - piece.at] ?? '') &&
        !pieces.some((other) => Math.abs(other.at - start) <= 2),
    )
    if (cut === undefined) {
      return [piece]
    }
    const left = { at: piece.at, text: piece.text.slice(0, cut - piece.at - 1) }
    return [left, ...splitAtColumns([{ at: cut, text: piece.text.slice(cut - piece.at) }], starts)]
  })
}

/**
 * A table a PDF export ("pdftotext -layout") laid out in columns of spaces: a header of column labels opening with
 * a row number ("STT       Thời gian                 Đối tượng                Địa điểm"), then rows that start with
 * their number, each cell wrapped over lines at its column ("8h00 thứ Ba," / "ngày 24/3/2015"). Written back as
 * pipe rows, each piece of a line in the column it starts under; a header wrapped over lines ("Đơn vị tổ chức" /
 * "đối thoại") is joined the same way. The table ends at a line that is neither its next row nor, straight after
 * the line above, a piece of its columns (a page number after a blank line, the next heading).
 */
/** A first column naming each row's round (folded): "Kỳ đối thoại", "Đợt", "Lần", "Quý", "Tháng", "Buổi". */
const ROUND_COLUMN = /^(ky|dot|lan|buoi|phien|cuoc)( (doi thoai|tiep xuc|hoi nghi|tiep cong dan))?$|^(quy|thang)$/
/** Its cell: "Quý I", "Đợt 2", "Kỳ 3", "Lần thứ hai", "Buổi 1". */
const ROUND_CELL = /^(quý|đợt|kỳ|lần|buổi|phiên|cuộc)\s+\S/iu

/** A group's row in capitals: "QUÝ II/2022", "THÁNG 5", "6 THÁNG CUỐI NĂM", "ĐỢT 2". */
const GROUP_ROW = /^(?:\d\s+)?(?:QUÝ|THÁNG|ĐỢT|KỲ|NĂM)(?:\s+[\p{Lu}\d/.-]+)*$/u

/** Whether the first line after `from` that is not blank opens the table's row numbered `n` ("2   Tháng 5/2022   …"). */
function nextRowFollows(sources: string[], from: number, n: number): boolean {
  const next = sources.slice(from).find((line) => line.trim() !== '') ?? ''
  return new RegExp(`^\\s*${n}\\s{2,}\\S`).test(next)
}

function layoutTables(sources: string[]): string[] {
  const out: string[] = []
  let i = 0
  while (i < sources.length) {
    const line = sources[i] ?? ''
    const head = line.includes('\t') ? [] : columnPieces(line)
    // A header wrapped over lines ("Thời gian theo Kế" / "hoạch số 28/KH-UBND", "Thời gian điều" / "chỉnh") is judged by its
    // labels whole: the lines straight under it whose pieces all stand under a label after the row number's.
    // (A timetable of steps may have no row numbers, its first column the time each row opens with: "Thời gian      Nội
    // dung công việc" over "Trước ngày 08/4        UBND xã A chủ trì, phối hợp với …" / "Ngày 20/4     Văn phòng …".)
    const numbered = /^(stt|tt|số tt)$/i.test(head[0]?.text ?? '')
    // (… or its first column the round each row is, "Kỳ đối thoại   Thời gian   Địa điểm   Nội dung trọng tâm" over "Quý I
    // 8 giờ 00, thứ Năm, ngày 27/3/2025   …".)
    const rounds = !numbered && head.length >= 3 && ROUND_COLUMN.test(foldForDeadline(head[0]?.text ?? ''))
    const timed = !numbered && head.length >= 2 && (WHEN_COLUMN.test(foldForDeadline(head[0]?.text ?? '')) || rounds)
    const skip = numbered ? 1 : 0
    const labels = head.slice(skip).map((piece) => piece.text)
    const labelOf = (at: number) => head.findLastIndex((piece) => piece.at <= at + 2)
    let under = i + 1
    for (; under < sources.length && head.length >= 2 + skip; under++) {
      const pieces = (sources[under] ?? '').includes('\t') ? [] : columnPieces(sources[under] ?? '')
      // (Without row numbers, the first row is the line whose first column opens with a time or a round: "Quý I   8 giờ …".)
      const rowOpens = (text: string) => WHEN_CELL_OPENS.test(text) || (rounds && ROUND_CELL.test(text))
      if (
        pieces.length === 0 ||
        pieces.some((piece) => labelOf(piece.at) < skip) ||
        (timed && labelOf(pieces[0]?.at ?? 0) === 0 && rowOpens(pieces[0]?.text ?? ''))
      ) {
        break
      }
      for (const piece of pieces) {
        labels[labelOf(piece.at) - skip] = `${labels[labelOf(piece.at) - skip] ?? ''} ${piece.text}`
      }
    }
    if (
      head.length < 2 + skip ||
      !(numbered || timed) ||
      labels.some((label) => label.length > 40) ||
      labels.filter(isColumnLabel).length * 2 < labels.length
    ) {
      out.push(line)
      i++
      continue
    }
    // A header centred over its columns ("STT      Thời gian            Địa điểm") starts each label to the right of where
    // its cells start ("1   8 giờ 00, thứ Ba,   Hội trường UBND xã"): when the first row's opening line has a piece for
    // every column, each after the label before ends and by its own label, its pieces say where the columns start.
    // (The first row's line is the one after the header's own lines and a blank.)
    const firstAt = (sources[under] ?? '').trim() === '' ? under + 1 : under
    const first = columnPieces(sources[firstAt] ?? '')
    const aligned =
      !(sources[firstAt] ?? '').includes('\t') &&
      first.length === head.length &&
      first.every(
        (piece, k) =>
          piece.at <= (head[k]?.at ?? 0) + 2 && (k === 0 || piece.at > (head[k - 1]?.at ?? 0) + (head[k - 1]?.text.length ?? 0)),
      )
    const starts = (aligned ? first : head).map((piece) => piece.at)
    // The column a piece starts under: the last that starts at most two characters after it.
    const columnOf = (at: number) => starts.findLastIndex((start) => start <= at + 2)
    const header = head.map((piece) => piece.text)
    const rows: string[][] = []
    let end = i + 1
    let blank = false
    let repeatedHead = false
    for (let j = i + 1; j < sources.length; j++) {
      const pieces = (sources[j] ?? '').includes('\t') ? [] : splitAtColumns(columnPieces(sources[j] ?? ''), starts)
      // (A rule of dashes under the header or between rows, "-----------", parts the rows as a blank line does.)
      if ((sources[j] ?? '').trim() === '' || /^[-=_─━]{3,}$/u.test((sources[j] ?? '').replace(/\s+/g, ''))) {
        blank = true
        continue
      }
      // A page break inside the table ("Thông báo số 312/TB-UBND …      Trang 1/2", a page number, a form feed) parts the
      // rows as a blank line does: the rows on the next page go on with their numbers ("9    Tháng 9    Thứ Ba, 15/9").
      // (When no row follows, the table ends at its last row and the page's lines stay where they were.)
      if (isPageBreak(sources[j] ?? '')) {
        blank = true
        continue
      }
      // The header again at the top of the next page ("TT   Nội dung đối thoại   Thời gian   …" and its wrapped labels'
      // lines): no row, the rows under it go on with their numbers.
      const sameHead = pieces.length === head.length && pieces.every((piece, k) => piece.text === head[k]?.text)
      if ((blank && rows.length > 0 && sameHead) || (repeatedHead && pieces.every((piece) => columnOf(piece.at) > 0))) {
        repeatedHead = true
        continue
      }
      repeatedHead = false
      // ("QUÝ II/2022" alone, centred over the columns between two rows: the group the next rows fall in, which give their own
      // times; it parts the rows as a blank line does when the next row follows it.)
      if (
        numbered &&
        rows.length > 0 &&
        pieces.length === 1 &&
        GROUP_ROW.test(pieces[0]!.text) &&
        nextRowFollows(sources, j + 1, rows.length + 1)
      ) {
        blank = true
        continue
      }
      // (Without numbers, a row opens with a time in the first column, unless the time cell above goes on: "8 giờ 00, ngày" /
      // "28/4 (thứ Năm)" is one cell wrapped, its second line in the first column too.)
      const opensRow = numbered
        ? pieces[0]?.text === String(rows.length + 1) && columnOf(pieces[0].at) === 0 && pieces.length >= 2
        : pieces.length >= 2 &&
          columnOf(pieces[0]!.at) === 0 &&
          (WHEN_CELL_OPENS.test(pieces[0]!.text) || (rounds && ROUND_CELL.test(pieces[0]!.text))) &&
          (blank || !CELL_GOES_ON.test(rows.at(-1)?.[0] ?? ''))
      const goesOn = !blank && pieces.length > 0 && (numbered ? pieces.every((piece) => columnOf(piece.at) > 0) : rows.length > 0)
      if (!opensRow && !goesOn) {
        break
      }
      const cells = opensRow ? [pieces[0]!.text, ...header.slice(1).map(() => '')] : (rows.at(-1) ?? header)
      for (const piece of opensRow ? pieces.slice(1) : pieces) {
        const k = Math.max(opensRow ? 1 : skip, columnOf(piece.at))
        cells[k] = `${cells[k] ?? ''} ${piece.text}`.trim()
      }
      if (opensRow) {
        rows.push(cells)
      }
      blank = false
      end = j + 1
    }
    if (rows.length === 0) {
      out.push(line)
      i++
      continue
    }
    out.push(`| ${header.join(' | ')} |`, '|---|', ...rows.map((cells) => `| ${cells.join(' | ')} |`))
    i = end
  }
  return out
}

/** The words that name a hall: "Hội trường UBND phường A", "Trụ sở Tiếp công dân", "Nhà văn hóa khu phố 3". */
const HALL_WORDS = String.raw`(hội trường|trụ sở|nhà văn hóa|nhà văn hoá|phòng họp)(?![\p{L}])`
/** A cell that names a hall. */
const HALL_OPENS = new RegExp(String.raw`^(tại\s+)?` + HALL_WORDS, 'iu')
/** A hall named anywhere: a cell of lines joined may open with it though no line does ("Nhà văn" / "hóa xóm 2"). */
const HALL_ANYWHERE = new RegExp(String.raw`(?<![\p{L}])` + HALL_WORDS, 'iu')

/** A cell's line that goes on from the line above: lower case, a bracket, or after a word that wants more ("xã", "về", "Bắt đầu"). */
const CELL_GOES_ON = /(?:^|\s)(xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|và|của|với|về|các|cho|tại|từ|đến|ngày|lúc|bắt đầu)$/iu
/**
 * Words that want the name after them, which a PDF wrapped to the next line: a project's ("bị ảnh hưởng bởi dự án" / "Khu
 * liên hợp …"), a hall's owner ("Hội trường" / "UBND thị xã"), a body's ("Kỳ Anh; Ban" / "Quản lý Khu kinh tế tỉnh").
 */
const NAME_GOES_ON = /(?:^|\s)(dự án|[Hh]ội trường|[Tt]rụ sở|Ban|Sở|Phòng)$/u

/**
 * The cells of one row of a table a PDF wrote one cell a line, its long cells wrapped over several lines ("Hội
 * trường UBND" / "xã Bảo Đài"): one line a cell when the count fits, else lines joined while they go on. Null
 * when the row's lines do not make its cells.
 */
function rowOfLines(lines: string[], need: number): { cells: string[]; used: number } | null {
  if (lines.length === need) {
    return { cells: lines, used: need }
  }
  // A hall's name after a cell that ends on a place kind opens the place's cell ("Chủ tịch UBND thị xã" / "Trụ sở Tiếp
  // công dân thị" / "xã" are the host and the place), unless the row read so leaves a hall's line over, which says a
  // cell before it was wrapped on a capital ("… phường Nam" / "Đông Hà về …" / "Hội trường Đảng ủy phường" / "Nam Đông Hà").
  const plain = cellsOfLines(lines, need, false)
  // (With no hall named anywhere in the lines, both readings are the same: the second is not worked out.)
  const halls = HALL_ANYWHERE.test(lines.join(' ')) ? cellsOfLines(lines, need, true) : null
  // (A hall's line in lower case opens no cell either way: "… sẽ thông báo lịch thay đổi … và niêm yết" / "tại Trụ sở Tiếp
  // công dân thị xã." is the paragraph after the table, which the plain reading only took for the last cell.)
  const hallLeft = halls && plain && lines.slice(halls.used, plain.used).some((line) => HALL_OPENS.test(line) && /^\p{Lu}/u.test(line))
  return halls && !hallLeft ? halls : plain
}

function cellsOfLines(lines: string[], need: number, halls: boolean): { cells: string[]; used: number } | null {
  const cells: string[] = []
  let used = 0
  let widest = 0
  // (The widest line of the last cell so far: a long topic before it says nothing of how wide its own column is.)
  let widestLast = 0
  for (const line of lines) {
    const last = cells.at(-1)
    // A line as wide as a page's after the row's cells are all there is the paragraph after the table ("Ngoài ra, khi có
    // vụ việc phức tạp phát sinh, đồng chí Bí thư …" after a last cell "Hội Nông dân huyện"), not a cell's wrapped in its column.
    if (cells.length === need && line.length >= 60 && (line.length > widest * 1.5 || line.length > widestLast * 2)) {
      break
    }
    widest = Math.max(widest, line.length)
    // (A capital after "… 03 huyện" goes on only as a name: "Trong khoảng từ ngày …" is the next cell.)
    // (Nor does a body's name: "Trung tâm Hội nghị tỉnh" / "Sở Kế hoạch và Đầu tư" are the place and the body.)
    const opensCell =
      /^(trong|từ|ngày|tháng|quý|dự kiến|thứ|lúc|buổi|sáng|chiều|tuần|\d)(?![\p{L}])/iu.test(line) ||
      (halls && HALL_OPENS.test(line)) ||
      headOf(line) !== null ||
      // (… nor a session's words: "Hội trường" / "UBND quận" / "Đối thoại với các hộ dân về …" are the place and the topic.)
      /^(đối thoại|tiếp xúc|hội nghị|gặp mặt|tiếp công dân)(?![\p{L}])/iu.test(line)
    const afterPlaceKind = /(?:^|\s)(xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)$/iu.test(last ?? '')
    // (A cell that stops on a comma goes on: "14 giờ 00, thứ Ba," / "21/10/2025"; so does one that stops on a semicolon
    // between the bodies it lists, "UBND thành phố A;" / "Sở Tài nguyên và Môi trường".)
    // (Nor a labelled line of a list, "- Thời gian: Buổi sáng …" after the last row: the text after the table.)
    // (A bracket left open goes on too: "20/4/2017 (thứ" / "Năm)".)
    const open = last !== undefined && (last.match(/\(/g)?.length ?? 0) > (last.match(/\)/g)?.length ?? 0)
    if (
      last !== undefined &&
      !/^[-+•]\s+[^:]{2,30}:/u.test(line) &&
      (/^[\p{Ll}(]/u.test(line) ||
        /[,;]$/.test(last) ||
        open ||
        NAME_GOES_ON.test(last) ||
        (CELL_GOES_ON.test(last) && !(afterPlaceKind && opensCell)))
    ) {
      cells[cells.length - 1] = `${last} ${line}`
    } else if (
      halls &&
      cells.length === need &&
      HALL_OPENS.test(last ?? '') &&
      /\s\p{Lu}\p{Ll}*$/u.test(last ?? '') &&
      /^\p{Lu}\p{Ll}*( \p{Lu}\p{Ll}*)?$/u.test(line)
    ) {
      // (The hall's name wrapped on a capital: "Hội trường UBND xã Tóc" / "Tiên".)
      cells[cells.length - 1] = `${last} ${line}`
    } else if (cells.length === need) {
      break
    } else {
      cells.push(line)
    }
    used++
    widestLast = cells.length === need ? Math.max(widestLast, line.length) : 0
  }
  return cells.length === need ? { cells, used } : null
}

/** A row read in turn with lines left over before the next row's number: those lines are more of its last cell. */
function restInLastCell(row: { cells: string[]; used: number } | null, lines: string[]): { cells: string[]; used: number } | null {
  // (Pieces of a name or a note, each short; a sentence left between two rows, "Trường hợp trùng lịch …, Văn phòng … thông báo
  // lịch mới.", is the text's, no cell's.)
  const rest = lines.slice(row?.used ?? lines.length)
  return row && rest.length > 0 && rest.every((line) => line.length <= 50 && !/[.;:]$/.test(line))
    ? { cells: [...row.cells.slice(0, -1), [row.cells.at(-1), ...rest].join(' ')], used: lines.length }
    : null
}

/** The rest of a name a PDF wrapped on a capital: one or two capitalised words alone on a line ("Rẫy", "Tây Giang"). */
const NAME_REST = /^\p{Lu}\p{Ll}*( \p{Lu}\p{Ll}*)?$/u

/**
 * The cells of a row whose lines the cells read in turn do not all use because a name in a cell before the last was
 * wrapped on a capital ("Hội trường UBND huyện Kon" / "Rẫy" / "15 hộ gia đình …"): the rest of the name alone on its line,
 * after a line that stops on a capitalised word, goes on that line. Null when that does not make the row of all its lines.
 */
function nameWrapped(lines: string[], need: number): { cells: string[]; used: number } | null {
  const joined = lines.reduce<string[]>(
    (out, line) =>
      out.length > 0 && NAME_REST.test(line) && line.length <= 20 && /\s\p{Lu}\p{Ll}*$/u.test(out.at(-1) ?? '')
        ? [...out.slice(0, -1), `${out.at(-1)} ${line}`]
        : [...out, line],
    [],
  )
  const row = joined.length < lines.length ? rowOfLines(joined, need) : null
  return row && row.used === joined.length ? { cells: row.cells, used: lines.length } : null
}

/** A line that names a person by title: "Ông Đặng Văn Khải", "Bà Trần Thị Mai", "Đồng chí Lê Văn A", "Đ/c Nguyễn B". */
const PERSON_LINE = /^(Ông|Bà|Đồng chí|[Đđ]\/c|ông|bà)\s+\p{Lu}\p{L}*( \p{Lu}\p{L}*){1,4}(,.*)?$/u

/**
 * The cells of a row whose lines the cells read in turn do not all use because one cell names several people, one a line
 * ("Ông Đặng Văn Khải" / "Bà Trần Thị Mai Anh" under "Đại biểu tiếp xúc cử tri"), or the time cell puts the hour over its day
 * ("08 giờ 00" / "Thứ Hai, 23/11/2020"): the people make one cell, the hour and its day another. Null when that does not
 * make the row of all its lines.
 */
function peopleAndHours(lines: string[], need: number): { cells: string[]; used: number } | null {
  const joined = lines.reduce<string[]>((out, line, k) => {
    const last = out.at(-1)
    if (last !== undefined && PERSON_LINE.test(line) && PERSON_LINE.test(lines[k - 1] ?? '')) {
      return [...out.slice(0, -1), `${last}; ${line}`]
    }
    if (last !== undefined && HOUR_ONLY.test(lines[k - 1] ?? '') && /\d{1,2}\s*\/\s*\d{1,2}/.test(line)) {
      return [...out.slice(0, -1), `${last.replace(/[,.]$/, '')}, ${line.replace(/^\p{Lu}/u, (c) => c.toLowerCase())}`]
    }
    return [...out, line]
  }, [])
  const row = joined.length < lines.length ? rowOfLines(joined, need) : null
  return row && row.used === joined.length ? { cells: row.cells, used: lines.length } : null
}

/**
 * Cells read one a line where a cell ends on a comma and the next opens in lower case: one cell wrapped ("Thứ Tư," /
 * "ngày 20/01/2016").
 */
const wrapsAfterComma = (cells: string[]) => cells.some((cell, k) => /,$/.test(cell) && /^\p{Ll}/u.test(cells[k + 1] ?? ''))

/**
 * The cells of a row whose lines are more than its cells because one cell lists several days, a line each, written alike
 * ("Thứ Ba, ngày 05/7/2016" / "Thứ Tư, ngày 20/7/2016" under "Ngày tiếp công dân"): those lines joined make one cell. Null
 * when that does not make the row.
 */
function daysInOneCell(lines: string[], need: number, whole: boolean): { cells: string[]; used: number } | null {
  const dated = (line: string) => /\d{1,2}\s*\/\s*\d{1,2}/.test(line)
  const opening = (line: string) => line.split(/[\s,]/)[0]?.toLowerCase()
  // Each joined line with the count of the row's lines it stands for.
  const joined = lines.reduce<{ text: string; count: number }[]>((cells, line) => {
    const last = cells.at(-1)
    return last !== undefined && dated(last.text) && dated(line) && opening(last.text) === opening(line)
      ? [...cells.slice(0, -1), { text: `${last.text}; ${line}`, count: last.count + 1 }]
      : [...cells, { text: line, count: 1 }]
  }, [])
  const row =
    joined.length < lines.length
      ? rowOfLines(
          joined.map((j) => j.text),
          need,
        )
      : null
  if (!row || (whole && row.used !== joined.length) || !joined.slice(0, row.used).some((j) => j.count > 1)) {
    return null
  }
  return { cells: row.cells, used: joined.slice(0, row.used).reduce((n, j) => n + j.count, 0) }
}

/** A line that is only an hour, its span or its start: "Từ 8 giờ 00", "14h00 - 16h30", "Lúc 7 giờ 30 phút". */
const HOUR_ONLY = new RegExp(
  String.raw`^(từ|lúc|vào lúc|bắt đầu( từ)?)?\s*\d{1,2}\s*(giờ|h|g|:)\s*(\d{2})?( phút)?` +
    String.raw`(\s*(đến|-|–)\s*\d{1,2}\s*(giờ|h|g|:)\s*(\d{2})?( phút)?)?\.?$`,
  'iu',
)

/**
 * The cells of a row whose time cell is a day and, on the line under it, its hour ("Thứ Năm, 06/7/2023" / "Từ 8 giờ 00"):
 * the two lines make one cell. Null when that does not make the row of all its lines.
 */
function hourUnderDay(lines: string[], need: number, timeAt: number, whole: boolean): { cells: string[]; used: number } | null {
  const [day, hour] = [lines[timeAt] ?? '', lines[timeAt + 1] ?? '']
  if (!/\d{1,2}\s*\/\s*\d{1,2}/.test(day) || !HOUR_ONLY.test(hour)) {
    return null
  }
  const joined = [
    ...lines.slice(0, timeAt),
    `${day.replace(/,$/, '')}, ${hour.replace(/^\p{Lu}/u, (c) => c.toLowerCase())}`,
    ...lines.slice(timeAt + 2),
  ]
  const row = rowOfLines(joined, need)
  return row && (!whole || row.used === joined.length) ? { cells: row.cells, used: row.used + 1 } : null
}

/** The opening of a cell that says when: "14 giờ 00, thứ Ba,", "Ngày 12/5", "Tháng 12/2025 (…", "Dự kiến …". */
const TIME_OPENS = /^(trong|từ|ngày|tháng|quý|dự kiến|thứ|lúc|buổi|sáng|chiều|tuần|\d)(?![\p{L}])/iu

/**
 * The cells of a row whose lines the cells read in turn do not all use: those before the time column are the lines before
 * the first that opens with a time (one cell, joined, when the time column is the second), the rest read in turn from
 * it. Null when that does not make the row.
 */
function anchoredRow(lines: string[], need: number, timeAt: number): { cells: string[]; used: number } | null {
  const t = timeAt === 1 ? lines.findIndex((line, k) => k >= 1 && TIME_OPENS.test(line)) : -1
  const rest = t === -1 ? null : rowOfLines(lines.slice(t), need - 1)
  if (t === -1 || !rest) {
    return null
  }
  // The row runs to the next row's number: lines left after its cells are the last cell's, wrapped on a capital
  // ("Phòng Dân tộc; Đảng ủy các xã Đắk" / "Pxi, Ngọk Réo").
  const left = lines.slice(t + rest.used)
  const cells = left.length > 0 ? [...rest.cells.slice(0, -1), [rest.cells.at(-1), ...left].join(' ')] : rest.cells
  return { cells: [lines.slice(0, t).join(' '), ...cells], used: lines.length }
}

/** What a column of a task table holds: bodies' names, a time by when, a place, the voters met, the people who meet, or words. */
type ColumnType = 'body' | 'when' | 'place' | 'voters' | 'people' | 'text'

/** A column of the voters or the public met (folded): "Cử tri", "Đối tượng tiếp xúc". */
const VOTERS_COLUMN = /^(cu tri|doi tuong)( [a-z]+){0,3}$/
/**
 * The opening of a voters' cell that tells it from the cell before: "Cử tri xã …", "Nhân dân thôn …", "Hộ kinh doanh …"
 * (any words may open one — "Tiểu thương chợ A" — but only these cost the cell above a line, see typedRow).
 */
const VOTERS_CELL_OPENS = new RegExp(
  String.raw`^(cử tri|nhân dân|người dân|công nhân|người lao động|hội viên|đoàn viên|cán bộ|các hộ|hộ dân|hộ kinh doanh|` +
    String.raw`tiểu thương|giáo viên|học sinh|sinh viên|thanh niên|phụ nữ|nông dân|doanh nghiệp|đại diện)(?![\p{L}])`,
  'iu',
)
/** A column of the people who meet them (folded): "Tổ đại biểu HĐND huyện", "Đại biểu tiếp xúc", "Lãnh đạo tiếp". */
const PEOPLE_COLUMN = /^(to dai bieu|to dbqh|doan dai bieu|dai bieu|thanh phan|lanh dao|nguoi (chu tri|tiep))( [a-z0-9]+){0,4}$/
/** The opening of their cell: "Tổ số 1: đ/c …", "Đồng chí …", "Ông …", "Đại biểu …", "Chủ tịch UBND …". */
const PEOPLE_CELL_OPENS = new RegExp(
  String.raw`^(tổ( số)?\s*\d|tổ (đại biểu|ĐBQH|trưởng)|đ/c|đồng chí|ông|bà|đại biểu|ĐB|lãnh đạo|chủ tịch|phó chủ tịch|bí thư|` +
    String.raw`phó bí thư|trưởng|phó trưởng|giám đốc)(?![\p{L}])`,
  'iu',
)

/** A column of the place a session is held in (folded): "Địa bàn", "Địa điểm tổ chức". */
const PLACE_COLUMN = /^(dia ban|dia diem)( [a-z]+){0,3}$/
/** The opening of a place's cell: "Xã Vĩnh Điều,", "Hội trường UBND …", "Nhà văn hóa thôn …", "Tại …". */
const PLACE_CELL_OPENS = new RegExp(
  String.raw`^(xã|phường|thị trấn|thị xã|huyện|quận|thành phố|thôn|ấp|bản|tổ dân phố|khu phố|hội trường|trụ sở|nhà văn hóa|` +
    String.raw`nhà văn hoá|phòng họp|tại|UBND|Ủy ban|Uỷ ban)(?![\p{L}])`,
  'iu',
)

/**
 * The types of a task table's columns after the row's number ("Nội dung công việc" / "Cơ quan chủ trì" / "Cơ quan phối
 * hợp" / "Thời gian hoàn thành" → text, body, body, when), or null when its header names no body column and no time; so
 * a schedule's with a time and a place ("Thời gian" / "Địa bàn" / "Nội dung đối thoại" / "Đơn vị chủ trì chuẩn bị").
 */
function columnTypes(labels: string[]): ColumnType[] | null {
  const types = labels.map((label): ColumnType => {
    const key = foldForDeadline(label).replace(/[.:]+$/, '')
    return BODY_COLUMN.test(key) || /^(co quan|don vi) chu tri chuan bi$/.test(key)
      ? 'body'
      : WHEN_COLUMN.test(key)
        ? 'when'
        : PLACE_COLUMN.test(key)
          ? 'place'
          : VOTERS_COLUMN.test(key)
            ? 'voters'
            : PEOPLE_COLUMN.test(key)
              ? 'people'
              : 'text'
  })
  return types.includes('when') && (types.includes('body') || types.includes('place')) ? types : null
}

/** A line that opens a cell of its column's type: a body's name, a time, a place, any words not going on in lower case. */
function opensTyped(line: string, type: ColumnType): boolean {
  if (/^[\p{Ll}(),;.:-]/u.test(line)) {
    return false
  }
  return type === 'body'
    ? startsWithBody(line)
    : type === 'when'
      ? WHEN_CELL_OPENS.test(line)
      : type === 'place'
        ? PLACE_CELL_OPENS.test(line)
        : type === 'people'
          ? // (A body's name may open it, "Thường trực HĐND huyện", but not one or two words alone, "Đài": a name's rest.)
            PEOPLE_CELL_OPENS.test(line) || (startsWithBody(line) && !NAME_REST.test(line))
          : true
}

/**
 * The cells of a task table's row written one cell a line, each cell split where a line opens its column's type: the
 * names of bodies wrap on capitals ("Ban Dân vận Đảng ủy" / "Khối"), as do the words of a task ("… gửi Ban" / "Dân vận
 * Đảng ủy Khối") and its time ("Trước mỗi hội nghị" / "10 ngày"), so the cells read in turn cannot say where each ends:
 * the body column starts at a line that opens with a body's name, the time's at one that opens with a time, and a line
 * that does not open its column goes on the cell above. Of the ways that fit, the one whose bodies' cells least hold a
 * second body or a time (no "," nor ";" between) wins; on a tie, the words of the task run longest. All the lines are
 * used (`whole`), or, for a table's last row, as many as go on a cell's column (not a paragraph's line, nor a list's).
 */
function typedRow(lines: string[], types: ColumnType[], whole: boolean, widest: number): { cells: string[]; used: number } | null {
  let count = lines.length
  if (!whole) {
    const after = lines.findIndex(
      (line, k) => k > 0 && (line.length > widest + 5 || /^([-+•]\s|nơi nhận)/iu.test(line) || markerOf(line) !== null),
    )
    count = after === -1 ? lines.length : after
  }
  const need = types.length
  if (count < need || count > 40) {
    return null
  }
  // What a way of reading costs: each line going on a cell that would rather open one — a second body, or a time, in a
  // body's cell, a body in a time's, the next column's body or time in any (with no "," nor ";" nor "và" before it, and
  // not in lower case) — then each line of a body's cell, so that of two ways a name's wrapped line goes on its name
  // ("Ban Dân vận Đảng ủy" / "Khối") and the task's words keep theirs ("… của đồng chí Bí thư" / "Đảng ủy Khối").
  const cellCost = (column: number, start: number, end: number) => {
    const [type, next] = [types[column], types[column + 1]]
    let total = type === 'body' ? end - start : 0
    for (let k = start + 1; k < end; k++) {
      const [line, previous] = [lines[k] ?? '', lines[k - 1] ?? '']
      if (/[,;]$|\s(và|với)$/u.test(previous) || /^\p{Ll}/u.test(line)) {
        continue
      }
      const own = (type === 'body' && (startsWithBody(line) || WHEN_CELL_OPENS.test(line))) || (type === 'when' && startsWithBody(line))
      const nextOwn = next !== undefined && next !== 'text' && (next === 'voters' ? VOTERS_CELL_OPENS.test(line) : opensTyped(line, next))
      // (A session's words open no place's or body's line: "Xã A, huyện B" / "Đối thoại với Nhân dân xã A về …" are two cells.)
      const session = type !== 'text' && /^(đối thoại|tiếp công dân|tiếp xúc|hội nghị)(?![\p{L}])/iu.test(line)
      total += (own ? 100 : 0) + (nextOwn ? 100 : 0) + (session ? 100 : 0)
    }
    return total
  }
  const found: { best: { starts: number[]; cost: number } | null } = { best: null }
  const search = (column: number, start: number, starts: number[], spent: number) => {
    if (found.best && spent > found.best.cost) {
      return
    }
    if (!opensTyped(lines[start] ?? '', types[column]!) || (start > 0 && /[,-]$/.test(lines[start - 1] ?? ''))) {
      return
    }
    const own = [...starts, start]
    if (column === need - 1) {
      const total = spent + cellCost(column, start, count)
      // (Strictly less: of two ways that cost alike, the first found, whose earlier cells run longest, wins.)
      if (!found.best || total < found.best.cost) {
        found.best = { starts: own, cost: total }
      }
      return
    }
    // The next cell's start, the latest first: the cells before it as long as they may be.
    for (let next = count - (need - 1 - column); next > start; next--) {
      search(column + 1, next, own, spent + cellCost(column, start, next))
    }
  }
  search(0, 0, [], 0)
  const starts = found.best?.starts
  if (!starts) {
    return null
  }
  // A word a PDF split with a hyphen at the line's end ("ma-" / "két") is whole again.
  const join = (part: string[]) =>
    part.reduce(
      (text, line) => joinWrapped(text, line) ?? (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line) ? `${text}${line}` : `${text} ${line}`),
    )
  const cells = starts.map((start, k) => join(lines.slice(start, starts[k + 1] ?? count)))
  return { cells, used: count }
}

/** The clean lines as text, one per line (for tests and for reading the preamble). */
export function normalizePlanText(raw: string): string[] {
  return cleanLines(raw).map((line) => line.text)
}
