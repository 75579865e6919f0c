import { findDeadlines, foldForDeadline } from '../services/deadlines/parse.js'
import type { Line } from './normalize.js'
import { labelledOf } from './fields.js'
import { CHAT_HEAD, headsAppointments, markerOf, type OutlineNode } from './outline.js'
import { readSessionTime } from './session-time.js'
import {
  CLOSING_CUE,
  CLOSING_PARAGRAPH,
  DOCUMENT_TITLE,
  EXECUTION_CUE,
  PURPOSE_CUE,
  RECORD_LABEL,
  SESSION_WORD,
  TIMELINE_CUE,
} from './vocabulary.js'

const key = (n: OutlineNode) => foldForDeadline(n.text)

/** "Mục đích, yêu cầu", "Nguyên tắc": why, not what. */
export const isPurpose = (n: OutlineNode) =>
  n.kind === 'item' &&
  !/^(dash|plus|star|dot|circle|mark)$/.test(n.style) &&
  PURPOSE_CUE.test(foldForDeadline(n.text.split(':')[0] ?? '')) &&
  (n.text.split(':')[0] ?? '').length <= 80
/** "Tổ chức thực hiện", "Phân công thực hiện", "Trách nhiệm của các cơ quan": who does what. */
export const isExecution = (n: OutlineNode) =>
  n.kind === 'item' &&
  EXECUTION_CUE.test(key(n)) &&
  // "- Tổ chức thực hiện các nội dung … trước ngày 10/12", "a) Phân công đồng chí … báo cáo …": an obligation, not a heading.
  !(n.text.length > 100 || (/[.;]$/.test(n.text.trim()) && n.text.length > 40))

/** "Tiến độ thực hiện": a timetable of the work. */
export const isTimeline = (n: OutlineNode) => n.kind === 'item' && TIMELINE_CUE.test(key(n))

/** The title line of a document ("KẾ HOẠCH", "THÔNG BÁO …"), among its first lines. */
export function titleIndex(lines: Line[]): number {
  const first = lines
    .slice(0, 40)
    .findIndex(
      (line) =>
        !line.cells &&
        DOCUMENT_TITLE.test(foldForDeadline(line.text)) &&
        line.text.length <= 300 &&
        !isSentence(line.text) &&
        !introduces(line.text),
    )
  // (A title stands over the text, not after its paragraphs: "Chương trình đối thoại giữa … là dịp để thanh niên …", a news
  // item's sentence cut short under its lead, names no document.)
  const paragraphs = lines
    .slice(0, Math.max(0, first))
    .filter((line) => !line.cells && /\.\s*$/.test(line.text) && line.text.split(/\s+/).length >= 30)
  // (A title in capitals, "KẾ HOẠCH", under a portal's paragraphs on the plan is the plan's own.)
  if (first !== -1 && paragraphs.length >= 2 && !isCapitalTitle(lines[first]?.text ?? '')) {
    return -1
  }
  // A web page's headline ("Thông báo lịch đối thoại …" above "Ngày đăng", the letterhead and "THÔNG BÁO"): the
  // document's own title is the one in capitals below it.
  const capital = lines
    .slice(first + 1, 40)
    .findIndex((line) => !line.cells && isCapitalTitle(line.text) && DOCUMENT_TITLE.test(foldForDeadline(line.text)))
  return first !== -1 && !isCapitalTitle(lines[first]?.text ?? '') && capital !== -1 ? first + 1 + capital : first
}

/**
 * A sentence of the work that opens with a title's word, "Thông báo rộng rãi đến Nhân dân về nội dung, thời gian, địa điểm
 * đối thoại; tổ chức lấy ý kiến …": its clauses parted by a semicolon, or a long sentence closed by a full stop (a news
 * report's "Kế hoạch cũng yêu cầu Đài Truyền thanh, Cổng thông tin … thường xuyên đưa tin về kết quả đối thoại."). A title
 * names the document ("Thông báo lịch tiếp công dân định kỳ …") and is neither.
 */
// (… or the kind as the subject of a verb, however the line ends: "Chương trình được tổ chức trên cơ sở thực hiện …", a news
// item's sentence cut short.)
const isSentence = (text: string) =>
  /;\s+\p{L}/u.test(text) ||
  (/\.\s*$/.test(text) && text.split(/\s+/).length > 15) ||
  /^\p{L}+ \p{L}+ (được|sẽ|đã|đang|nhằm|diễn ra)(?![\p{L}])/iu.test(text)

/**
 * A line that ends with a colon ("Chương trình chung mỗi buổi (dự kiến):" over the hours of a mail's sessions) introduces
 * what follows it inside the body; a document's title names it and stands alone.
 */
const introduces = (text: string) => /:\s*$/.test(text)

const isCapitalTitle = (text: string) => text.length <= 120 && text === text.toUpperCase() && /\p{Lu}{4}/u.test(text)

/**
 * Where the body of a document begins and ends: after the title and the legal bases (at the first
 * numbered part, the first table, or the line after "… như sau:"), and before the closing request,
 * the distribution list and the signature.
 */
/** Where a title's lines end: the lines after "KẾ HOẠCH" that go on naming it (at most three). */
export function titleEnd(lines: Line[], at: number): number {
  let end = at + 1
  while (end < lines.length && end <= at + 3) {
    const line = lines[end]!
    const folded = foldForDeadline(line.text)
    // "6 tháng đầu năm 2025" under the title is the title's period, not a numbered line.
    if (/^\d{1,2} thang (dau|cuoi)\b/.test(folded) && line.text.length <= 60) {
      end++
      continue
    }
    if (
      line.cells ||
      markerOf(line.text) ||
      // (Nor a work calendar's first day, "THỨ HAI (13/5)" over its appointments.)
      headsAppointments(line.text, lines[end + 1]) ||
      /^(can cu|thuc hien|so\b|kinh gui|\d|\()/.test(folded) ||
      / số \d/.test(line.text) ||
      /(^|[^\d/])\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/.test(line.text) ||
      // (Nor its time in words or by the clock, "Hội nghị tổ chức … từ 07h30, thứ Ba, ngày 27 tháng 3 năm 2018", nor a
      // label with its value, "Địa điểm: Trung tâm Văn hóa tỉnh": the plan's first lines, under a title of one line.)
      /\bngay \d{1,2} thang \d{1,2}\b|\b\d{1,2} ?(h|gio)\s?\d{0,2}\b/.test(folded) ||
      !!labelledOf(line.text)?.value ||
      line.text.length > (line.emphasis ? 400 : 220) ||
      /[:;]$/.test(line.text) ||
      (/\.$/.test(line.text) && line.text.length > 120) ||
      // One word alone ("STT", "Thời gian") is a table's head copied a cell a line, not the title's.
      !/\s/.test(line.text.trim())
    ) {
      break
    }
    end++
  }
  return end
}

/**
 * A line of the closing ("Nơi nhận:", "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN"). A news item's source in brackets before its
 * lead ("(KT) - Thực hiện …") is no signature, whatever its letters.
 */
export const closesDocument = (text: string) => !/^\s*\(/.test(text) && CLOSING_CUE.test(foldForDeadline(text))

/** A paragraph that names a dialogue or a reception with its day and hour ("… đối thoại với … lúc 14 giờ 00 thứ Tư (ngày 7/8) …"). */
function namesTimedSession(line: Line): boolean {
  const folded = foldForDeadline(line.text)
  return (
    !line.cells &&
    !markerOf(line.text) &&
    SESSION_WORD.test(folded) &&
    /(?<!\d)\d{1,2}\/\d{1,2}(?!\d)/.test(folded) &&
    /\b\d{1,2} ?(h|gio)\s?\d{0,2}\b/.test(folded)
  )
}

export function frameDocument(lines: Line[]): { start: number; end: number; title: number; appendix: [number, number] | null } {
  const title = titleIndex(lines)
  const afterTitle = title === -1 ? 0 : titleEnd(lines, title)
  let start = -1
  for (let i = afterTitle; i < lines.length; i++) {
    const line = lines[i]!
    // The document's record under its title ("Số hiệu | 52/KH-UBND", "Ngày ban hành | 15/01/2027") is no table of
    // the plan: its day is when the plan was issued, no session's.
    if (line.cells && line.cells.length === 2 && RECORD_LABEL.test(foldForDeadline(line.cells[0] ?? ''))) {
      continue
    }
    // (A table of one row alone, "Chia sẻ | Văn phòng | Huyện" under a news item, is a line of the page, no table to start at.)
    if (line.cells && (line.header || lines[i + 1]?.cells || lines[i - 1]?.cells)) {
      start = i
      break
    }
    const marked = markerOf(line.text)
    if (marked && ['part', 'roman', 'dec1', 'LETTER'].includes(marked.style) && !/^(căn cứ|thực hiện)(?![\p{L}])/iu.test(marked.rest)) {
      start = i
      break
    }
    // "LỊCH CÔNG TÁC TUẦN 20/2024 …" over "THỨ HAI (13/5)" / "- 7h30: CT giao ban …": a work calendar's first day opens it.
    if (headsAppointments(line.text, lines[i + 1])) {
      start = i
      break
    }
    // "… thông báo lịch … như sau:", "… kết luận như sau:" — the line itself may tell the session ("Ngày 12/9/2023, tại …").
    if (/(như sau|cụ thể sau|cụ thể|sau đây)\s*:\s*$/i.test(line.text)) {
      start = i
      break
    }
    // An invitation's fields before its numbered requests ("Chủ đề: …" / "Thời gian: 01 buổi, bắt đầu lúc 07 giờ 30 phút,
    // ngày …" / "Địa điểm: …" / "1. Tỉnh đoàn: …"): the session it invites to, with the labels just above its time.
    // (Listed with dashes too, under the sentence that names it: "… sẽ chủ trì Hội nghị đối thoại với Nhân dân về …" /
    // "- Thời gian: 8g00, thứ Bảy, ngày 18/10/2025." / "- Địa điểm: …" — that sentence opens the body.)
    // (Any bullet a mail or a chat lists them with: "* Thời gian: 14h00 thứ Sáu, ngày …" / "* Nội dung: …".)
    const dashed = marked && /^(dash|plus|star|dot|circle)$/.test(marked.style) ? marked.rest : null
    const field = labelledOf(dashed ?? (marked ? '' : line.text))
    if (field?.fields.includes('time') && field.value) {
      start = i
      const labelled = (l: Line) =>
        !l.cells && labelledOf(dashed !== null ? (markerOf(l.text)?.rest ?? '') : markerOf(l.text) ? '' : l.text)?.value
      while (start - 1 >= afterTitle && labelled(lines[start - 1]!)) {
        start--
      }
      if (dashed !== null && start - 1 >= afterTitle && !lines[start - 1]!.cells && !markerOf(lines[start - 1]!.text)) {
        start--
      }
      break
    }
  }
  if (start === -1) {
    start = afterTitle
  }
  // A chat's messages are all its body, from the first's head ("──── 14/10/2024 ────", "[08:32] Phạm Thu Trang"): the
  // sessions it posts one a message ("Buổi 1: Đối thoại với …" / "8h00 thứ Năm 24/10/2024") come before any numbered list.
  // (Only when a message before the list posts one, its day on its line or the next: the messages before a schedule that
  // only announces it, "@All Em gửi lịch đối thoại tháng 11/2022 …", leave the body where the schedule begins.)
  const firstMessage = lines.findIndex((line, i) => i >= afterTitle && i < start && !line.cells && CHAT_HEAD.test(line.text.trim()))
  const posts = (line: Line, i: number) =>
    !line.cells &&
    /\b\d{1,2}\/\d{1,2}(?!\d)/.test(line.text) &&
    SESSION_WORD.test(foldForDeadline(`${lines[i - 1]?.text ?? ''} ${line.text}`)) &&
    !CHAT_HEAD.test(line.text.trim())
  start = firstMessage !== -1 && lines.slice(firstMessage, start).some((line, k) => posts(line, firstMessage + k)) ? firstMessage : start
  start = withDayAbove(lines, afterTitle, start)
  // A message with no title (an e-mail, a chat) may ask its own work before the list it forwards ("Mấy việc em cần gấp:" /
  // "- Phòng A với Phòng B gửi em báo cáo … trước 16h thứ Năm 24/10." / … / "1. 8h00 thứ Ba 29/10/2024, tại …"): its body
  // begins at the first of those bulleted lines that states a deadline, not at the numbered list.
  if (title === -1) {
    const asked = lines.findIndex(
      (line, i) =>
        i >= afterTitle &&
        i < start &&
        !line.cells &&
        markerOf(line.text)?.style === 'dash' &&
        findDeadlines(line.text, { defaultYear: 2000, documentDate: '2000-01-01' }).found.length > 0,
    )
    start = asked === -1 ? start : asked
    // (Or it names the session in the paragraph right above the list it introduces: "… Chủ tịch UBND quận sẽ đối thoại với
    // … vào lúc 14 giờ 00 thứ Tư (ngày 7/8) tại …" / "Phân công cụ thể:" / "- Phòng A: …": that paragraph opens the body.)
    const above = lines[start - 1]
    if (asked === -1 && start - 1 >= afterTitle && above && namesTimedSession(above)) {
      start--
    }
  }
  // A letter ("Kính gửi:" / "- Sở A;" / "- UBND các xã: B, C." / "Chủ tịch UBND tỉnh sẽ tổ chức Hội nghị đối thoại … ngày
  // 26/3/2026 …" / "Để chuẩn bị …, đề nghị …:" / "1. …"): its body begins after the addressees, with the paragraphs that
  // name the session and introduce the numbered requests, not at the first of those.
  const addressed = lines.findIndex(
    (line, i) => i >= afterTitle && i < start && !line.cells && /^kinh gui\s*:$/.test(foldForDeadline(line.text).trim()),
  )
  if (addressed !== -1) {
    let after = addressed + 1
    while (after < start && !lines[after]!.cells && /^(dash|plus|star|dot|circle|mark)$/.test(markerOf(lines[after]!.text)?.style ?? '')) {
      after++
    }
    // ("Thực hiện Kế hoạch số 27/KH-UBND …, Văn phòng … thông báo:", "Căn cứ …;" after them is the letter's basis, still the
    // preamble's; "Thực hiện Luật Thanh niên …, Chủ tịch UBND tỉnh sẽ tổ chức Hội nghị … ngày 26/3/2026." is a sentence of it.)
    while (
      after < start &&
      !lines[after]!.cells &&
      /^(can cu|thuc hien)\b/.test(foldForDeadline(lines[after]!.text)) &&
      /[;:,]\s*$/.test(lines[after]!.text)
    ) {
      after++
    }
    start = after
  }
  let end = lines.length
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!
    const folded = foldForDeadline(line.text)
    if (!line.cells && closesDocument(line.text)) {
      end = i
      break
    }
    // "ĐỀ NGHỊ CÁC ĐƠN VỊ:" over a list of who does what heads the requests; the closing paragraph is a sentence.
    if (
      !line.cells &&
      !markerOf(line.text) &&
      CLOSING_PARAGRAPH.test(folded) &&
      !/:\s*$/.test(line.text) &&
      findDeadlines(line.text).found.length === 0 &&
      !partFollows(lines, i)
    ) {
      end = i
      break
    }
  }
  // An appendix after the signature ("PHỤ LỤC …", a table of who prepares what) is part of the plan.
  let appendix: [number, number] | null = null
  const at = lines.findIndex((line, i) => i > end && !line.cells && /^phu luc\b/.test(foldForDeadline(line.text)))
  if (at !== -1) {
    const close = lines.findIndex((line, i) => i > at && !line.cells && /^(noi nhan|t\/m\b|tm\.? |kt\.? )/.test(foldForDeadline(line.text)))
    appendix = [at, close === -1 ? lines.length : close]
  }
  return { start, end, title, appendix }
}

/** A row's cells that give a day ("ngày 27/3", "27 tháng 3"), not only the clock ("7h00’ - 7h30’"). */
const DAY_CELL = /(?<!\d)\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)|\bngay \d{1,2}\b|\b\d{1,2} thang \d{1,2}\b/
const CLOCK_CELL = /^\d{1,2} ?(h|gio)(?![a-z])/

/**
 * A programme's table ("TT | Thời gian | Nội dung | Đơn vị thực hiện", its rows by the clock alone: "7h00’ - 7h30’") runs
 * the hours of one session: the sentence above it that gives that session's day ("Theo đó, Hội nghị tổ chức ½ ngày, từ
 * 07h30’, thứ Ba, ngày 27 tháng 3 năm 2018") and the labels after it ("Địa điểm: …") are the plan's, not its preamble.
 * (Not a basis cited with its day: "Chỉ thị số 07/CT-TTg ngày 05 tháng 3 năm 2018 …", "… đã ban hành Kế hoạch …".)
 */
function withDayAbove(lines: Line[], afterTitle: number, start: number): number {
  const rows: string[][] = []
  for (let i = start; i < lines.length && lines[i]!.cells; i++) {
    rows.push(lines[i]!.cells!.map((cell) => foldForDeadline(cell)))
  }
  const programme =
    rows.length >= 2 &&
    rows.every((cells) => !cells.some((cell) => DAY_CELL.test(cell))) &&
    rows.filter((cells) => cells.some((cell) => CLOCK_CELL.test(cell.trim()))).length >= 2
  if (!programme) {
    return start
  }
  for (let i = start - 1; i >= afterTitle; i--) {
    const line = lines[i]!
    const folded = foldForDeadline(line.text)
    if (line.cells || /^(can cu|thuc hien)\b|\bso \d|\bban hanh\b/.test(folded)) {
      continue
    }
    if (readSessionTime(line.text, { year: null })?.precision === 'day') {
      return i
    }
  }
  return start
}

/**
 * A part of the plan's own rank still to come ("III. TỔ CHỨC THỰC HIỆN" after "Trong quá trình thực hiện, trường hợp cần
 * thiết, … chỉ đạo tổ chức đối thoại đột xuất …" closing part II): that paragraph closes its part, not the document.
 */
function partFollows(lines: Line[], at: number): boolean {
  for (const line of lines.slice(at + 1)) {
    if (!line.cells && closesDocument(line.text)) {
      return false
    }
    const marked = markerOf(line.text)
    if (!line.cells && marked && ['part', 'roman'].includes(marked.style)) {
      return true
    }
  }
  return false
}
