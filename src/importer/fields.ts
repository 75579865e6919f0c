import { foldForDeadline } from '../services/deadlines/parse.js'
import { SESSION_FIELDS, WHOM_THEN_PETITION, type SessionField } from './vocabulary.js'

/** A label and its value: "Đối tượng, số lượng: Đại diện …" → fields audience and count. */
export interface Labelled {
  label: string
  fields: SessionField[]
  value: string
}

/** The fields a label names, or null when one of its parts is not a field ("Thời gian, địa điểm" → time, venue). */
export function fieldsOfLabel(label: string): SessionField[] | null {
  // ("Thời gian (giờ, thứ, ngày)": what the brackets say the column holds is no label of its own.)
  // (Nor what a notice of change does to it: "Giữ nguyên thời gian: …", "Thay đổi địa điểm: từ … sang …" label the time, the place.)
  const key = foldForDeadline(label.replace(/\s*\([^()]*\)\s*$/, ''))
    .replace(/[.:]+$/, '')
    .trim()
    .replace(/^(giu nguyen|thay doi|dieu chinh)\s+(?=(thoi gian|dia diem)\b)/, '')
  if (!key || key.length > 70) {
    return null
  }
  // (Not at the stroke of a document's number: "Thời gian theo Kế hoạch số 28/KH-UBND" is one label.)
  // (Nor inside a party's number: "Thời gian theo Kế hoạch số 112-KH/TU".)
  const parts = key.split(/\s*,\s*|\s+va\s+|(?<!\d[a-z\d-]*)\s*\/\s*|\s+[-–—]\s+/).filter(Boolean)
  const fields: SessionField[] = []
  let previous = ''
  for (const part of parts) {
    // "Ngày tiếp công dân, đối thoại": a qualifier after the comma that the label before it takes ("Ngày tiếp công dân
    // đối thoại") is more of that label, not a field of its own.
    const joined = `${previous} ${part}`
    const own = SESSION_FIELDS.find(([cue]) => cue.test(part))?.[1]
    const field = own ?? (previous ? SESSION_FIELDS.find(([cue]) => cue.test(joined))?.[1] : undefined)
    if (!field) {
      return null
    }
    previous = own ? part : joined
    if (!fields.includes(field)) {
      fields.push(field)
    }
  }
  return fields.length > 0 ? fields : null
}

/** "Thời gian: 8 giờ …" → the label and its value; a short line that is all label ("5. Thời gian, địa điểm") has an empty value. */
export function labelledOf(text: string): Labelled | null {
  const colon = /^([^:]{2,70}?)\s*:\s*(.*)$/.exec(text)
  if (colon) {
    const fields = fieldsOfLabel(colon[1] ?? '')
    if (fields) {
      return { label: (colon[1] ?? '').trim(), fields, value: (colon[2] ?? '').trim() }
    }
    return null
  }
  if (text.length <= 60 && !/[.;]$/.test(text)) {
    const fields = fieldsOfLabel(text)
    if (fields) {
      return { label: text.trim(), fields, value: '' }
    }
  }
  return null
}

/**
 * A sentence after a labelled one that opens with a label of time or place without its colon, and then a time: "Nội
 * dung: Đối thoại với …. Thời gian dự kiến đầu tháng 10-2027, gắn với …" is the session's time, not more of its subject.
 */
function unmarkedLabel(piece: string): Labelled | null {
  const m = new RegExp(
    String.raw`^((?:thời gian|địa điểm)(?:\s+(?:dự kiến|tổ chức|cụ thể))*)\s+` +
      String.raw`((?:là|vào|trong|từ|lúc)?\s*(?:đầu|giữa|cuối|ngày|tháng|quý|\d).*)$`,
    'iu',
  ).exec(piece)
  const fields = m ? fieldsOfLabel(m[1] ?? '') : null
  return m && fields ? { label: (m[1] ?? '').trim(), fields, value: (m[2] ?? '').trim() } : null
}

/** Several labels in one paragraph: "Thời gian: 8 giờ, ngày 12/7/2024. Địa điểm: Hội trường UBND xã." */
export function labelledSegments(text: string): Labelled[] {
  const pieces = text.split(/(?<=[.;])\s+(?=\S)/)
  const out: Labelled[] = []
  for (const piece of pieces) {
    const found = labelledOf(piece.replace(/^[-+*•]\s*/, '')) ?? (out.length > 0 ? unmarkedLabel(piece) : null)
    if (found) {
      out.push(found)
    } else if (out.length > 0) {
      const last = out.at(-1)!
      last.value = `${last.value} ${piece}`.trim()
    } else {
      return []
    }
  }
  return out
}

/**
 * A paragraph that opens with a sentence of its own and goes on in labels, one of them its subject: "Hội nghị đối thoại
 * đợt 1 được tổ chức vào lúc 14 giờ 00, ngày 26/3/2026 tại Hội trường …. Nội dung: Đối thoại với Nhân dân về ….
 * Thành phần: …" → that sentence (it says when and where) and the labelled rest. Null when the paragraph opens with a
 * label, or when no label gives the subject: "Đồng chí Bí thư … đối thoại với Nhân dân xã A về …. Thời gian: …" is
 * named by its opening sentence.
 * With `needs` 'time', under a heading that names the session ("2. Tiếp xúc cử tri chuyên đề" / "Thường trực HĐND huyện
 * phối hợp … tổ chức tiếp xúc …. Thời gian: ngày 06/7 hoặc ngày 07/7. Địa điểm: …"), the labels need only say when.
 */
export function leadAndLabels(text: string, needs: 'topic' | 'time' = 'topic'): { lead: string; segments: Labelled[] } | null {
  const pieces = text.split(/(?<=[.;])\s+(?=\S)/)
  for (let k = 1; k < pieces.length; k++) {
    if (labelledOf(pieces[k] ?? '')) {
      const segments = labelledSegments(pieces.slice(k).join(' '))
      const subject = segments.some((segment) => segment.fields.includes(needs))
      return subject ? { lead: pieces.slice(0, k).join(' '), segments } : null
    }
  }
  return null
}

const COUNT_PHRASE =
  /(?:số lượng[:\s]*)?(?:khoảng|dự kiến|gồm|có|tối đa|không quá)?\s*(\d[\d.]*)\s*(đại biểu|người|đồng chí|thành viên|hộ|công dân|cử tri)/i
/** "… tại Hội trường …": where the value's place begins; not "(có lịch chi tiết tại Phụ lục …)", which points elsewhere. */
const VENUE_AT = /(?:^|[\s,;(–—-])(tại|ở)\s+(?!phụ lục(?![\p{L}]))(.+)$/iu

export interface SplitValue {
  time?: string
  venue?: string
  audience?: string
  count?: number | null
  unlimited?: boolean
  topic?: string
  format?: string
  host?: string
}

/**
 * Splits the value of a combined label among its fields: "8 giờ 00, ngày 21/5/2024 (thứ Ba) — tại
 * Hội trường …" is a time and a venue; "Đại diện …. Số lượng khoảng 200 đại biểu." an audience and
 * a count; "Tổ chức trực tiếp tại Hội trường …" a format and a venue.
 */
export function splitValue(fields: SessionField[], value: string): SplitValue {
  const out: SplitValue = {}
  let rest = value.trim()
  if (fields.includes('count')) {
    const count = COUNT_PHRASE.exec(rest)
    if (/không giới hạn/i.test(rest)) {
      out.unlimited = true
    }
    out.count = count ? Number((count[1] ?? '').replace(/\./g, '')) : null
    if (count && fields.length > 1) {
      // The count's own sentence or clause goes; the rest belongs to the other fields.
      const sentence = new RegExp(`(^|[.;,]\\s*)[^.;,]*${count[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^.;]*[.;]?`).exec(rest)
      rest = sentence
        ? `${rest.slice(0, sentence.index)}${sentence[1] ?? ''}${rest.slice(sentence.index + sentence[0].length)}`.trim()
        : rest
      rest = rest.replace(/[,;]\s*$/, '').trim()
    }
  }
  const venueWanted = fields.includes('venue')
  let venue: string | undefined
  if (venueWanted && fields.length > 1) {
    const at = VENUE_AT.exec(rest)
    if (at) {
      venue = at[2]?.replace(/[.;]+$/, '').trim()
      rest = rest
        .slice(0, at.index + (at[0].length - at[0].trimStart().length))
        .replace(/[\s,;–—-]+$/, '')
        .trim()
    }
  } else if (venueWanted) {
    venue = rest.replace(/^(tại|ở)\s+/i, '').replace(/[.;]+$/, '')
  }
  if (venue !== undefined) {
    out.venue = venue
  }
  // A cell of both whom and what ("Đối tượng, nội dung"): the people, then what they ask from its verb on ("27 hộ … khiếu
  // nại về …"). (Not when the verb names the people's papers: "Các hộ có đơn khiếu nại …" is all whom.)
  const petition = fields.includes('audience') && fields.includes('topic') ? WHOM_THEN_PETITION.exec(rest) : null
  const split = petition !== null && !/(?<![\p{L}])(có|đơn)$/iu.test(petition[1] ?? '')
  if (split) {
    out.audience = (petition[1] ?? '').trim()
    out.topic = (petition[2] ?? '').replace(/[.;]+$/, '')
  }
  for (const field of split ? fields.filter((field) => field !== 'audience' && field !== 'topic') : fields) {
    if (field === 'time') {
      out.time = rest
    } else if (field === 'audience') {
      out.audience = rest.replace(/[.;]+$/, '')
    } else if (field === 'topic') {
      out.topic = rest.replace(/[.;]+$/, '')
    } else if (field === 'format') {
      out.format = value
    } else if (field === 'host') {
      out.host = rest.replace(/[.;]+$/, '')
    } else if (field === 'venue' && venue === undefined && rest && !fields.includes('time')) {
      out.venue = rest.replace(/[.;]+$/, '')
    }
  }
  return out
}
