import { foldPlain } from '../services/deadlines/dates.js'
import { foldVietnamese } from '../services/text.js'
import {
  BODY_HEADS,
  BODY_KINDS_LISTED,
  DEPARTMENT_NAMES,
  NAME_TERMS,
  NOT_A_BODY_AFTER,
  OFFICER_TITLE,
  OBLIGATION_VERBS,
  OWNER_ORGANS,
  PLACE_KINDS_LISTED,
  PLACE_UNITS,
  PLACES_GROUP,
  HOST_PLACES,
  PLURAL_HEADS,
  PLURAL_PLACES,
  TRAILING_UNITS,
  withoutOpening,
} from './vocabulary.js'

/** A body a heading names, with the place it serves when the heading lists places. */
export interface HeadingBody {
  name: string
  place: string | null
  /** The group its place was listed in ("Đảng ủy các xã thuộc cụm 1: A, B" → "cụm 1"), when the list says one. */
  group?: string
}

const fold = (text: string) =>
  foldPlain(text)
    .replace(/[.:;,]+$/, '')
    .trim()

/**
 * A body's name folded for its unit words: "Phòng Hành chính quản trị", "Ban Quản lý dự án …", "Ban Chỉ huy Quân sự",
 * "cơ quan" fold as the district, "quận", does; only the word written "quận" is one ("Quận ủy", "UBND quận Ba Đình"). So for
 * "phường", "huyện", "tỉnh" and "xã" ("xã Phượng Sơn" names no ward). The other words keep their length ("quaz"), so the
 * letters stay where `fold` puts them.
 */
export const foldUnits = (text: string) => {
  // (A name typed without any marks, "UBND cac xa Binh An, Long Phu", says its units so: its plain words may be them.)
  const unmarked =
    fold(text) ===
    text
      .normalize('NFC')
      .toLowerCase()
      .replace(/[.:;,]+$/, '')
      .trim()
  return fold(
    text.normalize('NFC').replace(/(?<![\p{L}])\p{L}+(?![\p{L}])/gu, (word) => {
      const unit = UNIT_SPELLING[fold(word)]
      return unit && word.toLowerCase() !== unit && !(unmarked && fold(word) === word.toLowerCase()) ? `${word.slice(0, -1)}z` : word
    }),
  )
}
/** The kinds of unit as spelled, by their folded form. */
const UNIT_SPELLING: Record<string, string> = { quan: 'quận', phuong: 'phường', huyen: 'huyện', tinh: 'tỉnh', xa: 'xã' }

/** Old and new places of the tone mark at a word's end ("uỷ"/"ủy", "hoà"/"hòa"): one spelling for matching. */
const TONES: Record<string, string> = {
  oà: 'òa',
  oá: 'óa',
  oả: 'ỏa',
  oã: 'õa',
  oạ: 'ọa',
  oè: 'òe',
  oé: 'óe',
  oẻ: 'ỏe',
  oẽ: 'õe',
  oẹ: 'ọe',
  uỳ: 'ùy',
  uý: 'úy',
  uỷ: 'ủy',
  uỹ: 'ũy',
  uỵ: 'ụy',
}

/** Lower case with diacritics, one spelling of the tone marks, single spaces. */
export function lowerVietnamese(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/(oà|oá|oả|oã|oạ|oè|oé|oẻ|oẽ|oẹ|uỳ|uý|uỷ|uỹ|uỵ)(?![\p{L}])/gu, (m) => TONES[m] ?? m)
    .replace(/\s+/g, ' ')
    .trim()
}

/** The body words in the one spelling of tone marks the text is compared in ("quỹ" is written "qũy" there), each with its own. */
const HEADS = BODY_HEADS.map((head) => ({ head: lowerVietnamese(head), own: head }))

/**
 * A capital after the body word in a line not written all in capitals: a unit's own name ("Phòng Tiếp công dân và Xử lý
 * đơn: tiếp nhận đăng ký …"), not the common phrase the same words make in lower case ("phòng tiếp công dân" the room).
 */
function namedAfter(text: string, head: string): boolean {
  const rest = text.normalize('NFC').trim().slice(head.length).trimStart()
  return /^\p{Lu}\p{Ll}/u.test(rest) && /\p{Ll}/u.test(text.slice(0, head.length))
}

/** The body word a name starts with ("ban", "sở", "văn phòng"), longest first, folded; null when it opens no body's name. */
export function headOf(text: string): string | null {
  const lower = lowerVietnamese(text).replace(/[.:;,]+$/, '')
  // A line typed without diacritics ("Truong cac thon", "Van phong UBND xa") is matched against the body words folded
  // alike; a line with them keeps its marks ("Trường" is not "Trưởng").
  const plain = /^[\x20-\x7e]*$/.test(lower)
  let best: string | null = null
  for (const { head: marked, own } of HEADS) {
    const head = plain ? foldPlain(marked) : marked
    // (A head abbreviated with its full stop, "p.", runs into the name: "P.Kinh tế".)
    const joined = head.endsWith('.')
    const endsWord = joined || lower.length === head.length || /[\s:,;.(–-]/.test(lower[head.length] ?? '')
    if (!lower.startsWith(head) || !endsWord) {
      continue
    }
    if (NOT_A_BODY_AFTER[own]?.test(lower.slice(head.length).replace(/^[\s,]+/, '')) && !namedAfter(text, head)) {
      continue
    }
    if (best === null || head.length > best.length) {
      best = head
    }
  }
  return best === null ? null : foldPlain(best)
}

export const startsWithBody = (text: string) => headOf(text) !== null || PLURAL_HEADS.test(lowerVietnamese(text))
const startsWithSingleBody = (text: string) => headOf(text) !== null

const MAX_NAME_WORDS = 16
const CAPITALISED = /^[\p{Lu}0-9]/u

/**
 * Splits "A và B" into two bodies when each side is one ("Sở Y tế và Ban Dân tộc tỉnh"), not when
 * "và" joins two organs a body belongs to ("Văn phòng HĐND và UBND huyện") or two words of one
 * name ("Sở Giáo dục và Đào tạo").
 */
function splitOnAnd(name: string): HeadingBody[] {
  const parts = name.split(/\s+và\s+/)
  // "Ban Thường vụ Đảng ủy xã Hiếu và Đăk Ring": one kind of body over two places named after "xã".
  const kinded = /^(.+?\s(?:xã|phường|thị trấn|thị xã|huyện|quận))\s+(\p{Lu}[\p{L}\d]*(?:\s+\p{Lu}[\p{L}\d]*){0,3})$/u.exec(parts[0] ?? '')
  const places = parts.slice(1)
  if (
    parts.length === 2 &&
    kinded &&
    places.every((p) => CAPITALISED.test(p) && p.split(' ').length <= 4 && !startsWithBody(p) && !/[()]/.test(p))
  ) {
    return [kinded[2] ?? '', ...places].map((place) => ({ name: `${kinded[1]} ${place}`, place }))
  }
  // ("Các sở, ban, ngành tỉnh và UBND các xã, phường, đặc khu": two groups, each named by its kinds, capitalised as a
  // name begins; one obligation each.)
  const group = (part: string) => CAPITALISED.test(part) && /(?:^|\s)các\s/iu.test(part) && startsWithBody(part)
  if (parts.length < 2 || !parts.every((part) => startsWithSingleBody(part) || group(part))) {
    return [{ name, place: null }]
  }
  // "Đoàn các xã, phường, đặc khu và đoàn trực thuộc": after a group named by its kinds ("các …"), a kind in lower case
  // joined by "và" is more of the same group, one body as written (as "Ban Thường vụ các huyện, thành đoàn và đoàn trực
  // thuộc" below); "UBND các xã và Công an huyện" are two.
  if (parts.length === 2 && /(?:^|\s)các\s/u.test(parts[0] ?? '') && /^\p{Ll}/u.test(parts[1] ?? '')) {
    return [{ name, place: null }]
  }
  // "Phòng Lao động - Tiền lương và Bảo hiểm xã hội": a body word alone after "và" (no place, no name of its own, in lower
  // case after it) is the field a unit named before it is charged with, not a body beside it; "Công an xã và Bảo hiểm xã
  // hội huyện" are two.
  const bare = (part: string) => {
    const head = headOf(part)
    const rest = part.split(/\s+/).slice(head?.split(' ').length ?? 0)
    return head !== null && rest.every((word) => /^\p{Ll}+$/u.test(word)) && !TRAILING_UNITS.test(` ${foldPlain(part)}`)
  }
  if (parts.length === 2 && bare(parts[1] ?? '') && namedAfter(parts[0] ?? '', headOf(parts[0] ?? '') ?? '')) {
    return [{ name, place: null }]
  }
  const out: string[] = []
  for (const part of parts) {
    const previous = out.at(-1)
    const head = headOf(previous ?? '')
    const ownerBefore = previous !== undefined && head !== null && OWNER_ORGANS.test(fold(previous).slice(head.length).trim())
    if (previous !== undefined && ownerBefore && OWNER_ORGANS.test(fold(part))) {
      out[out.length - 1] = `${previous} và ${part}`
    } else {
      out.push(part)
    }
  }
  return out.map((part) => ({ name: part, place: null }))
}

/**
 * "Các chi bộ khu phố 1, 2, 3", "Trưởng thôn 3, thôn 4": a kind of body over places known by their numbers. (So too
 * "Ban điều hành khu vực 2, khu vực 3 và khu vực 5", the numbered areas of a ward.)
 */
const NUMBERED_PLACES = new RegExp(
  String.raw`^(?:các\s+)?(.+?(?:\s+các)?)\s+(khu phố|khu vực|tổ dân phố|thôn|ấp|khóm|xóm|bản|buôn|khu|tổ)\s+` +
    String.raw`(\d{1,3}(?:\s*(?:,|và)\s*(?:\2\s+)?\d{1,3})+)$`,
  'iu',
)

/** The kind of place that may come before its name: "xã", "thị trấn" … */
// ("đặc khu", the special zone an island district became, stands with "xã" and "phường": "UBND đặc khu Cô Tô".)
const PLACE_KIND = /(?:xã|phường|đặc khu|thị trấn|huyện|quận|thị xã|thành phố|thôn)\s+/u
/**
 * A town listed with its kind abbreviated among communes: "UBND các xã: A, B và TT C" is "UBND TT C". In capitals and
 * before a name only: "TT Y tế huyện", "TT Văn hóa" are centres ("Trung tâm"), no towns.
 */
const TOWN_ABBREVIATED =
  /^(?:TT|TX|TP)\s+(?!(?:Y tế|Văn hóa|Giáo dục|Chính trị|Truyền thông|Phát triển|Dịch vụ|Hành chính|Kỹ thuật)\b)\p{Lu}\p{Ll}/u
/** A place written with its kind: "xã An Hòa". */
const PLACE_KIND_FIRST = new RegExp(`^${PLACE_KIND.source}`, 'iu')
/**
 * The count of places before their kind, where "các" is usual: "Ủy ban nhân dân 03 xã (A, B, C)", "UBND 02 xã: A, B" are
 * "… các xã" over the places listed next.
 */
const COUNTED_PLACES = new RegExp(`\\s+\\d{1,2}\\s+(?=${PLACE_KIND.source.replace(/\\s\+$/, '')}\\s*[(:])`, 'u')
/** A capitalised name of one to four words ("Đắk R'lấp" with its apostrophe). */
const PLACE_NAME = /[\p{Lu}0-9][\p{L}\d'’]*(?:\s+[\p{Lu}0-9][\p{L}\d'’]*){0,3}/u
/** What follows a place in a list: a comma, "và", a stop, the end, or lower-case words. */
const PLACE_END = /\s*(,|và(?=\s)|;|\.|:|$|(?=\p{Ll})|(?=\())\s*/u
/**
 * A kind of body alone before a colon and a list of places each with its kind: "UBND: thị xã A, huyện B", or the kind in
 * the plural, "Các Chi cục Thuế: thị xã A, huyện B" (its "các" dropped: one body per place).
 */
const KIND_OVER_KINDED_PLACES = new RegExp(
  // (Not a kind that already names the places, "Đảng ủy các xã: xã A, xã B".)
  String.raw`^(?:[Cc]ác\s+|CÁC\s+)?((?:(?!${PLACE_KIND.source.replace(/\\s\+$/, '')}(?![\p{L}])|các\s)[^:,;()])` +
    String.raw`{2,40}?)\s*:\s*(?=${PLACE_KIND.source}${PLACE_NAME.source}\s*(?:,|và)\s*${PLACE_KIND.source})`,
  'u',
)
const PLACE_IN_LIST = new RegExp(`^((?:${PLACE_KIND.source})?${PLACE_NAME.source})(?![\\p{L}\\d])${PLACE_END.source}`, 'u')

/** A list of places: capitalised names of one to four words, joined by commas and "và". */
function placesOf(text: string): { places: string[]; rest: string } | null {
  const places: string[] = []
  let rest = text.trim()
  for (;;) {
    const m = PLACE_IN_LIST.exec(rest)
    // "…, Đạo Nghĩa và UBND thị trấn Kiến Đức": the list ends where another body's name begins.
    // (Not at a place whose name opens like a body's, "Đảng ủy các xã: Nhơn Ái, Trường Long chỉ đạo …": a capitalised
    // name after the word, and the list or the line ends after it, or the obligation begins.)
    const after = m ? rest.slice(m[0].length) : ''
    // ("…, Đồng Thuận và Đảng ủy các xã: C, D": a head of two words, the second in lower case, begins the next body too.)
    const head = m ? (headOf(m[1] ?? '') ?? (m[2] === '' ? headOf(rest) : null)) : null
    const placeName =
      head !== null &&
      /^\p{Lu}\p{Ll}/u.test((m?.[1] ?? '').split(/\s+/).slice(head.split(' ').length).join(' ')) &&
      // (… also the last with a note in brackets after it, "…, C, D (đơn vị chuẩn bị tại Mục II)", though a name in plain
      // letters, "Phong …", reads like "Phòng …".)
      (m?.[2] !== '' || after === '' || /^\([^()]*\)\s*[:.;]?\s*$/u.test(after) || OBLIGATION_VERBS.test(lowerVietnamese(after)))
    // (A verb opening the item ends the list, "…, B chủ trì …"; one that opens a name, "Cần Giuộc", "Lập Thạch", does not:
    // a capitalised word follows it.)
    const verb = OBLIGATION_VERBS.exec(lowerVietnamese(m?.[1] ?? ''))
    const named = verb !== null && /^\s+\p{Lu}/u.test((m?.[1] ?? '').slice(verb[0].length))
    if (!m || (verb && !named) || (places.length > 0 && head !== null && !placeName)) {
      break
    }
    places.push((m[1] ?? '').trim())
    rest = rest.slice(m[0].length)
    if (m[2] !== ',' && m[2] !== 'và') {
      break
    }
  }
  return places.length >= 2 || (places.length === 1 && rest === '') ? { places, rest: rest.trim() } : null
}

/** Finds each standard department name, whatever its case, to hide its own "và" and commas. */
const DEPARTMENT_GUARDS = DEPARTMENT_NAMES.map((name) => new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu'))

/** A text with each standard department name hidden as a token, so that its "và" and commas separate nothing. */
function guardDepartments(text: string): string {
  let guarded = text
  DEPARTMENT_GUARDS.forEach((pattern, i) => {
    guarded = guarded.replace(pattern, `\uE000${i}\uE001`)
  })
  return guarded
}

const restoreDepartments = (part: string) => part.replace(/\uE000(\d+)\uE001/g, (_, i: string) => DEPARTMENT_NAMES[Number(i)] ?? '').trim()

/** A body of a place written with its kind ("UBND xã Phước Đồng"): the body's kind before the place's, and the place. */
const BODY_OF_PLACE = new RegExp(`^(.+?)\\s+(${PLACE_KIND.source}${PLACE_NAME.source})$`, 'u')
const PLACE_WITH_KIND = new RegExp(`^${PLACE_KIND.source}(${PLACE_NAME.source})$`, 'u')
const PLACE_ALONE = new RegExp(`^${PLACE_NAME.source}$`, 'u')

/**
 * "UBND phường Phước Long, phường Phước Hải và UBND xã Phước Đồng": a place written with its kind after a body of a place
 * is that kind of body for it ("UBND phường Phước Hải"), one body per place; null when the list is not of that shape.
 */
function kindedPlaces(segments: string[]): HeadingBody[] | null {
  const parts = segments.flatMap((segment) => segment.replace(/^và\s+/, '').split(/\s+và\s+/))
  const out: HeadingBody[] = []
  let owner: string | null = null
  // "… và Ủy ban nhân dân các đặc khu Cô Tô, Vân Đồn": after "các" and a kind, the places that follow bare are of it.
  let listedKind: string | null = null
  let bare = false
  for (const part of parts) {
    const own = startsWithSingleBody(part) ? BODY_OF_PLACE.exec(part) : null
    const place = own ? null : PLACE_WITH_KIND.exec(part)
    if (own) {
      const plural = /^(.+?)\s+các$/u.exec(own[1] ?? '')
      owner = plural?.[1] ?? own[1] ?? ''
      const where = (own[2] ?? '').replace(PLACE_KIND_FIRST, '')
      listedKind = plural ? (own[2] ?? '').slice(0, (own[2] ?? '').length - where.length).trim() : null
      out.push({ name: `${owner} ${own[2] ?? ''}`, place: where })
    } else if (place && owner) {
      bare = true
      listedKind = null
      out.push({ name: `${owner} ${part}`, place: place[1] ?? '' })
    } else if (listedKind && owner && PLACE_ALONE.test(part)) {
      bare = true
      out.push({ name: `${owner} ${listedKind} ${part}`, place: part })
    } else {
      return null
    }
  }
  return bare && out.length >= 2 ? out : null
}

/**
 * The bodies a name names: one ("Ban Dân vận Tỉnh ủy"), several joined by "và" or commas when each
 * side is a body ("Sở Y tế và Ban Dân tộc tỉnh"), or one kind of body for a list of places ("Ban
 * Thường vụ Huyện ủy Ba Tơ, Minh Long, Sơn Tây" → three bodies).
 */
const SESSION_REMARK = /\s*\((?:cuộc|buổi|hội nghị|phiên|đợt|lần)(?: đối thoại| tiếp xúc)? (?:thứ|số|lần)? ?[^()]{1,12}\)/giu

/** "Các phòng TN&MT, …", "các sở Tư pháp, …": the kind after "các", then the first department's name. */
const LISTED_DEPARTMENTS = /^(?:các|Các|CÁC)\s+(phòng|Phòng|PHÒNG|sở|Sở|SỞ)\s+(\p{Lu}.*)$/u

export function bodiesOfHeading(heading: string): HeadingBody[] {
  // "Đảng ủy phường An Khánh, Hưng Lợi (cuộc đối thoại thứ nhất) và Tân An (cuộc đối thoại thứ hai)": which session is
  // whose is said again by the session's place; the remark is no part of a name.
  const name = heading
    .replace(SESSION_REMARK, '')
    .replace(/[.:;]+$/, '')
    .trim()
  // "Các chi bộ khu phố 1, 2, 3", "Ban điều hành các thôn 2 và 5": one body per numbered place.
  const numbered = NUMBERED_PLACES.exec(name)
  if (numbered) {
    const kind = (numbered[1] ?? '').replace(/\s+các$/i, '').trim()
    const unit = numbered[2] ?? ''
    const single = `${kind.charAt(0).toUpperCase()}${kind.slice(1)}`
    return (numbered[3] ?? '')
      .split(/\s*(?:,|và)\s*/)
      .map((n) => n.replace(/^\D+/, ''))
      .map((n) => ({ name: `${single} ${unit} ${n}`, place: `${unit} ${n}` }))
  }
  // "Các sở, ban, ngành tỉnh; UBND các huyện, thành phố": groups apart; so "UBND thị trấn A + Phòng KT-HT" (a message's
  // shorthand for "and").
  const groups = name.split(/\s*;\s*|\s+\+\s+/)
  if (groups.length > 1 && groups.every(startsWithBody)) {
    return groups.flatMap((group) => bodiesOfHeading(group))
  }
  // (A department's standard name keeps its commas: "Sở Công Thương, Sở Văn hóa, Thể thao và Du lịch, Sở Xây dựng" is three.)
  // (… and so does "các xã, phường": "Sở Xây dựng và UBND các xã, phường có liên quan" is two bodies, not three.)
  const segments = guardDepartments(name)
    .replace(PLACE_KINDS_LISTED, (kinds) => kinds.replace(/,/g, '\uE002'))
    .replace(BODY_KINDS_LISTED, (kinds) => kinds.replace(/,/g, '\uE002'))
    .split(/\s*,\s*/)
    .map((segment) => restoreDepartments(segment).replace(/\uE002/g, ','))
  if (segments.length > 1) {
    const first = segments[0] ?? ''
    // "Các phòng TN&MT, Tư pháp, LĐ-TB&XH và Ban QLDA huyện": a kind of department in lower case after "các", then the
    // names of its departments ("Phòng TN&MT", "Phòng Tư pháp", …), a body of its own after "và" perhaps.
    const departments = LISTED_DEPARTMENTS.exec(first)
    if (departments) {
      const kind = `${(departments[1] ?? '').charAt(0).toUpperCase()}${(departments[1] ?? '').slice(1).toLowerCase()}`
      const last = segments.at(-1) ?? ''
      const tail = /^(.*?)\s+và\s+(.+)$/u.exec(last)
      const own = tail && startsWithBody(tail[2] ?? '') ? (tail[2] ?? '') : null
      const names = [
        departments[2] ?? '',
        ...segments.slice(1, -1),
        ...(own ? [tail?.[1] ?? ''] : tail ? [tail[1] ?? '', tail[2] ?? ''] : [last]),
      ]
      if (names.every((n) => CAPITALISED.test(n) && n.split(' ').length <= 5 && !startsWithBody(n) && !/[()]/.test(n))) {
        return [...names.map((n) => ({ name: `${kind} ${n}`, place: null })), ...(own ? bodiesOfHeading(own) : [])]
      }
    }
    // "UBND phường A và UBND các xã B, C": a body of a place before the list, not the list's prefix ("UBND phường A và UBND
    // xã B" is no body of places B and C).
    const kindedFirst = /\svà\s/u.test(first) ? kindedPlaces(segments) : null
    if (kindedFirst) {
      return kindedFirst
    }
    const words = first.split(' ')
    // The prefix ends with a unit word ("Huyện ủy"); what follows is the first place.
    for (let cut = words.length - 1; cut > 0; cut--) {
      const prefix = words.slice(0, cut).join(' ')
      const unit = PLACE_UNITS.find((u) => foldUnits(prefix).endsWith(` ${u}`) || foldUnits(prefix) === u)
      const rest = segments.slice(1)
      const lastPlace = rest.at(-1) ?? ''
      const tail = /^(.*?)\s+và\s+(.+)$/.exec(lastPlace)
      // ("Đảng ủy Phường 2, Phường 5": the kind said again before the next place is no part of its name.)
      const again = (place: string) =>
        unit && foldPlain(place).startsWith(`${unit} `) ? place.split(' ').slice(unit.split(' ').length).join(' ') : place
      const places = [
        words.slice(cut).join(' '),
        ...[...rest.slice(0, -1), ...(tail ? [tail[1] ?? '', tail[2] ?? ''] : [lastPlace])].map(again),
      ]
      if (
        unit &&
        places.every((place) => CAPITALISED.test(place) && place.split(' ').length <= 4 && !startsWithBody(place) && !/[()]/.test(place))
      ) {
        // "Ủy ban nhân dân các xã An Hòa, …" → "Ủy ban nhân dân xã An Hòa": one body per place.
        // ("… các đặc khu Cô Tô, Vân Đồn", "… các thị trấn A, B": a kind of two words too.)
        const single = prefix.replace(/\s+các\s+(?=(\S+(?:\s+\S+)?)$)/u, (all, kind: string) =>
          kind.split(/\s+/).length === 1 || fold(kind) === unit ? ' ' : all,
        )
        return places.map((place) => ({ name: `${single} ${place}`, place }))
      }
    }
    const kinded = kindedPlaces(segments)
    if (kinded) {
      return kinded
    }
    // "Thành đoàn A, Huyện đoàn B, C": bodies named in turn, the bare places after one of them of its kind ("Huyện đoàn C");
    // each run from a body's name to the next is read as a heading of its own.
    const runs = segments.reduce<string[][]>((out, segment) => {
      const bare =
        out.length > 0 && CAPITALISED.test(segment) && segment.split(' ').length <= 4 && !startsWithBody(segment) && !/[()]/.test(segment)
      return bare ? [...out.slice(0, -1), [...(out.at(-1) ?? []), segment]] : [...out, [segment]]
    }, [])
    const runBodies =
      runs.length > 1 && runs.some((run) => run.length > 1) && runs.every((run) => startsWithSingleBody(run[0] ?? ''))
        ? runs.map((run) => bodiesOfHeading(run.join(', ')))
        : null
    if (runBodies && runs.every((run, i) => run.length === 1 || runBodies[i]?.length === run.length)) {
      return runBodies.flat()
    }
    // "Ban Dân vận các huyện ủy, thị ủy, thành ủy": bare kinds after "các" are one body's name, not bodies.
    // ("Ban Thường vụ các huyện, thành đoàn và đoàn trực thuộc": kinds in lower case after "các", one group; not
    // "Liên đoàn Lao động tỉnh, Hội Cựu chiến binh tỉnh, Tỉnh Đoàn", whose last name is a body's own, no "các" before it.)
    const bareKinds =
      /(?:^|\s)các\s/iu.test(first) &&
      (segments.slice(1).some((segment) => foldPlain(segment.replace(/^và\s+/, '')) === headOf(segment.replace(/^và\s+/, ''))) ||
        segments.slice(1).every((segment) => /^\p{Ll}/u.test(segment)))
    // ("Các Phòng GD&ĐT, các trường THPT, trung tâm GDTX": a "các" said again opens a group of its own; each kind with a
    // name of its own after it is then a body. Not "Các trường THPT, trung tâm GDNN-GDTX trực thuộc Sở", one "các" over
    // both kinds, one group.)
    const ownNames =
      segments.slice(1).some((segment) => /^(các|những)\s/iu.test(segment)) &&
      segments.every((segment) => /\s\p{Lu}/u.test(segment) && startsWithSingleBody(segment.replace(/^(các|những)\s+/iu, '')))
    if (bareKinds && ownNames) {
      return segments.flatMap((segment) => splitOnAnd(segment))
    }
    if (segments.every(startsWithSingleBody) && !bareKinds) {
      return segments.flatMap((segment) => splitOnAnd(segment))
    }
    // "Phòng Chế độ BHXH, Phòng Giám định BHYT, Phòng Cấp sổ, thẻ": words in lower case after a comma that name no body
    // go on the name before them ("Phòng Cấp sổ, thẻ"); the other commas still part the bodies.
    const joined = segments.reduce<string[]>(
      (out, segment) =>
        out.length > 0 && /^\p{Ll}/u.test(segment) && !startsWithBody(segment)
          ? [...out.slice(0, -1), `${out.at(-1)}, ${segment}`]
          : [...out, segment],
      [],
    )
    if (!bareKinds && joined.length > 1 && joined.length < segments.length && joined.every(startsWithSingleBody)) {
      return joined.flatMap((segment) => splitOnAnd(segment))
    }
    return [{ name, place: null }]
  }
  return splitOnAnd(name)
}

/** Meeting voters, in lower case after a name: "Các Tổ đại biểu tiếp xúc cử tri …" ends the name there. */
const RECEIVING_VERB = /^tiếp xúc(?![\p{L}])/u

/** Where the names of a heading end: a colon, an inline "a)" or "-", or the first obligation verb in lower case. */
function cutNames(text: string): { names: string; rest: string | null } {
  const head = headOf(text)
  const headWords = head ? head.split(' ').length : 1
  const candidates: { at: number; skip: number }[] = []
  const colon = text.indexOf(':')
  if (colon > 0 && colon <= 220) {
    candidates.push({ at: colon, skip: 1 })
  }
  // "… tỉnh a) Lãnh đạo, …": a lettered item run into the heading. (A dash there is a name's: "Địa chính - Xây dựng".)
  const inline = /\s[a-zđ]\)\s*/.exec(text)
  if (inline) {
    candidates.push({ at: inline.index, skip: inline[0].length })
  }
  // ("giao Sở A trên cơ sở nội dung các cơ quan, đơn vị báo cáo; phân loại …": the grounds the work rests on, in lower
  // case after the name, open the work; the bodies they cite are no part of the name.)
  const grounds = /\s(?=(trên cơ sở|căn cứ|dựa trên|dựa vào)\s)/u.exec(text)
  if (grounds) {
    candidates.push({ at: grounds.index, skip: 1 })
  }
  const words = [...text.matchAll(/\S+/g)]
  // ("Sở đề nghị các Phòng GD&ĐT, các trường THPT tổng hợp …": a one-word body that asks others; the request is no name's.)
  // (… so does a body of several words: "UBND huyện yêu cầu UBND xã A tổng hợp …" asks the commune, its name no part of the asker's.)
  const asking = /^\S+(\s+\S+){0,6}?\s+(?=(đề nghị|yêu cầu)\s+(các\s+|những\s+)?\p{Lu})/u.exec(text)
  if (asking) {
    candidates.push({ at: asking[0].length - 1, skip: 1 })
  }
  const lower = text.toLowerCase()
  const terms = NAME_TERMS.flatMap((term) =>
    [...lower.matchAll(new RegExp(term, 'gu'))].map((m) => ({ at: m.index, end: m.index + term.length })),
  )
  // After a one-word body word the verb must come one word later ("Ban tổ chức hội nghị" is a name; "Huyện đoàn tổng hợp" is not).
  for (let i = headWords + (headWords === 1 ? 1 : 0); i < words.length; i++) {
    const word = words[i]!
    // ("Các HTX, liên hiệp HTX được mời: Gửi …": a verb after "được" says which of them, it is no obligation.)
    const passive = words[i - 1]?.[0] === 'được'
    // ("UBND các xã nơi tổ chức đối thoại: chuẩn bị …": the verb after "nơi" says which places, it is the name's.)
    // (… nor one a word or two after it: "… thành phố nơi tổ chức tiếp xúc cử tri".)
    const hosting = /(?<![\p{L}])nơi(\s+\S+){0,2}\s*$/u.test(text.slice(0, word.index))
    // ("… trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên": "thường xuyên" is the name's, not an adverb.)
    const inTerm = terms.some(({ at, end }) => at < word.index && word.index < end)
    // ("Sở A, Sở B (theo vụ việc được giao tham mưu tại Lịch trên): …": a verb inside a note in brackets says which work
    // is whose; the names go on to the colon after the note.)
    const before = text.slice(0, word.index)
    if (colon > word.index && colon <= 220 && (before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length) {
      continue
    }
    // ("Các sở, ngành có liên quan đến nội dung công dân đăng ký: báo cáo …": a verb in the clause saying which of them,
    // after "liên quan đến", is the name's too; the names go on to the colon.)
    if (colon > word.index && colon <= 220 && /(?<![\p{L}])liên quan\s+(đến|tới)\s/iu.test(before)) {
      continue
    }
    // (A report quotes the work after the name: 'giao Sở A "chủ trì, phối hợp với …"': the quote opens the work, the
    // name ends before it.)
    const quote = /^["“]/u.test(word[0]) ? 1 : 0
    const verb =
      /^\p{Ll}/u.test(word[0].slice(quote)) && !passive && !hosting && !inTerm
        ? (OBLIGATION_VERBS.exec(lowerVietnamese(text.slice(word.index + quote))) ??
          // (… after a group named in the plural only: "Tổ công tác tiếp xúc cử tri của …" is one body's name.)
          (/^các\s/iu.test(text) ? RECEIVING_VERB.exec(text.slice(word.index + quote)) : null))
        : null
    // "… đầu tư xây dựng huyện": a verb followed by a place word belongs to the name; so does one followed by the verb
    // that says who leads ("Phòng Kế hoạch tổng hợp chủ trì, …": the name ends before "chủ trì").
    const after = text.slice(word.index + quote + (verb?.[0].length ?? 0))
    if (
      verb &&
      !/^\s+(huyện|tỉnh|xã|thị xã|thành phố|quận|phường|thị trấn)(?![\p{L}])/iu.test(after) &&
      !(
        // ("Ban Dân vận Huyện ủy chủ động phối hợp …": a word saying how the work is done is never a name's; nor is one
        // saying it will or must be, "Chủ tịch UBND huyện sẽ chủ trì Hội nghị …".)
        !/^(chủ trì|phối hợp|có trách nhiệm|chịu trách nhiệm|là|chủ động|thường xuyên|kịp thời|tiếp tục|khẩn trương|sẽ|cần|phải)$/u.test(
          verb[0],
        ) && /^,?\s*(chủ trì|phối hợp|có trách nhiệm|chịu trách nhiệm|là)(?![\p{L}])/u.test(after)
      )
    ) {
      // ("Ban Thường vụ Đảng ủy phường đã ban hành …", "UBND xã đang triển khai …": the word saying the work is done or
      // under way before the verb is no name's.)
      const aspect = words[i - 1]
      const ownAspect = i - 1 >= headWords && aspect !== undefined && /^(đã|đang)$/u.test(aspect[0])
      candidates.push({ at: ownAspect ? aspect.index : word.index, skip: 0 })
      break
    }
  }
  const first = candidates.sort((a, b) => a.at - b.at)[0]
  if (!first) {
    return { names: text.replace(/[.;]+$/, '').trim(), rest: null }
  }
  const names = text.slice(0, first.at).trim().replace(/,$/, '')
  const rest = text
    .slice(first.at + first.skip)
    .trim()
    .replace(/^[-–+•]\s*/, '')
  return { names, rest: rest || null }
}

/** The kinds of body a list may name once for several ("Các sở: Công Thương, Tài chính, …"), as each body's name begins. */
// ("Các bệnh viện: Đa khoa tỉnh, Nhi đồng tỉnh" → "Bệnh viện Đa khoa tỉnh", "Bệnh viện Nhi đồng tỉnh": a hospital too.)
const LISTED_KINDS: Record<string, string> = {
  sở: 'Sở',
  phòng: 'Phòng',
  ban: 'Ban',
  'chi cục': 'Chi cục',
  trường: 'Trường',
  'bệnh viện': 'Bệnh viện',
  // "Các khoa: Nông học, Chăn nuôi" → "Khoa Nông học", "Khoa Chăn nuôi": a school's faculties too.
  khoa: 'Khoa',
}
/** The same kinds as a pattern's alternatives ("sở|phòng|…"), for the two list layouts below. */
const LISTED_KIND_WORDS = Object.keys(LISTED_KINDS).join('|')
/** "Ban Thường vụ Đoàn các trường: …": one body's name, then the kind and its list. */
const OWNER_OVER_KIND = new RegExp(String.raw`^(\S.*?)\s+(các\s+(?:${LISTED_KIND_WORDS})\s*:.*)$`, 'iu')
/** "Các sở, ngành liên quan: A, B": the kind (with the sectors it goes with), then the list. */
const KIND_OVER_NAMES = new RegExp(
  String.raw`^các\s+(${LISTED_KIND_WORDS})(?:\s*,\s*(?:ban|ngành))*(?:\s+(?:có\s+)?liên quan)?\s*:\s*(.+)$`,
  'iu',
)

/**
 * "Các sở: Công Thương, Tài chính, Tài nguyên và Môi trường; Cục Thuế tỉnh: Chuẩn bị …" → "Sở Công Thương", "Sở
 * Tài chính", "Sở Tài nguyên và Môi trường", "Cục Thuế tỉnh", and the obligation after the second colon. A
 * department's standard name keeps its own "và" and commas (DEPARTMENT_NAMES). Null for any other layout.
 */
function kindOverNames(text: string): { bodies: HeadingBody[]; rest: string | null } | null {
  // "Giám đốc các Sở: Tài nguyên và Môi trường, Giao thông vận tải chuẩn bị …": the office-holder of each body the list
  // names ("Giám đốc Sở Tài nguyên và Môi trường"), as "Giám đốc các nông trường: A, B" is of each place.
  const title = OFFICER_TITLE.exec(foldPlain(text))
  const words = text.split(' ')
  const held = title ? title[0].trim().split(' ').length : 0
  if (title && /^các$/iu.test(words[held] ?? '')) {
    const listed = kindOverNames(words.slice(held).join(' '))
    const office = words.slice(0, held).join(' ')
    return listed && { bodies: listed.bodies.map((body) => ({ ...body, name: `${office} ${body.name}` })), rest: listed.rest }
  }
  // "Ban Thường vụ Đoàn các trường: Đại học A, Đại học B": a body of each unit the list names ("Ban Thường vụ Đoàn Trường
  // Đại học A"), as an office-holder is above. (One body's name before the kind, no list of its own: "Sở A và các phòng:
  // …" are several.)
  const owner = OWNER_OVER_KIND.exec(text)
  // (Nor a sentence: "Ban cán sự đảng … lãnh đạo Ủy ban nhân dân … chỉ đạo các phòng: …" names the bodies after its verbs.)
  const unitName = owner?.[1] ?? ''
  if (
    owner &&
    startsWithSingleBody(unitName) &&
    !/[,;:()]|\svà\s/u.test(unitName) &&
    unitName.split(/\s+/).length <= 8 &&
    cutNames(unitName).rest === null
  ) {
    const listed = kindOverNames(owner[2] ?? '')
    const unit = owner[1] ?? ''
    return listed && { bodies: listed.bodies.map((body) => ({ ...body, name: `${unit} ${body.name}` })), rest: listed.rest }
  }
  // ("Các sở, ngành: Lao động - Thương binh và Xã hội; Giáo dục và Đào tạo": the kind and the sectors it goes with.)
  const m = KIND_OVER_NAMES.exec(text)
  // ("Các Đồn Biên phòng: Cửa khẩu quốc tế A, B, C": a kind written with its capitals, as a name opens, before the names.)
  const named = m ? null : /^[Cc]ác\s+(\p{Lu}\p{Ll}*(?:\s+\p{L}+){0,2})\s*:\s*(.+)$/u.exec(text)
  if (!m && !(named && headOf(named[1] ?? '') !== null)) {
    return null
  }
  // ("Các Chi cục Thuế: Lập danh sách, gửi giấy mời …": the work the kind does, after its colon, is no list of names.)
  const opening = (named?.[2] ?? '').replace(/^\p{Lu}/u, (c) => c.toLowerCase())
  if (named && OBLIGATION_VERBS.test(opening)) {
    return null
  }
  const kind = m ? (LISTED_KINDS[(m[1] ?? '').toLowerCase()] ?? '') : (named?.[1] ?? '')
  const after = (m ?? named)?.[2] ?? ''
  const colon = after.indexOf(':')
  // "Các sở: Kế hoạch và Đầu tư, Nông nghiệp và Phát triển nông thôn chuẩn bị …": without a second colon the list
  // ends where the obligation's first verb (in lower case) begins. (Not at a verb that ends a name the list goes on after,
  // "Các phòng: Kế hoạch tổng hợp, Tài chính - Kế toán và Điều dưỡng": a name follows it, not the verb's object.)
  const endsName = (at: number) => {
    const verbal = OBLIGATION_VERBS.exec(after.slice(at))?.[0] ?? ''
    return /^\s*(,|\svà)\s+\p{Lu}/u.test(after.slice(at + verbal.length))
  }
  const verb =
    colon === -1
      ? [...after.matchAll(/(?<=\s)\p{Ll}\S*/gu)].find((w) => OBLIGATION_VERBS.test(after.slice(w.index)) && !endsName(w.index))
      : undefined
  const end = colon !== -1 ? colon : (verb?.index ?? after.length)
  const list = after.slice(0, end).replace(/[.;,\s]+$/, '')
  const rest = end < after.length ? after.slice(end + (colon !== -1 ? 1 : 0)).trim() || null : null
  // Hide the separators inside standard names before splitting the list.
  const guarded = guardDepartments(list)
  const restore = restoreDepartments
  // (Names apart by semicolons, none of them a body: "Lao động - Thương binh và Xã hội; Giáo dục và Đào tạo".)
  const pieces = guarded.split(/\s*;\s*/)
  // (Names parted by semicolons, up to the last that is no body's: "Các phòng: Kê khai và Kế toán thuế; Thanh tra thuế;
  // Quản lý nợ và Cưỡng chế nợ thuế" is three, each keeping its own "và", and "Thanh tra thuế" there is the kind's name.)
  const lastName = pieces.findLastIndex((piece) => !startsWithBody(restore(piece)))
  const parted = pieces.slice(0, lastName + 1).filter((piece) => !startsWithBody(restore(piece))).length >= 2
  const [own = '', ...others] = parted ? ['', ...pieces.slice(lastName + 1)] : pieces
  // ("Các khoa: Nông học, Kinh tế và Phát triển nông thôn, Cơ - Điện": a "và" before a comma is inside a name; only the
  // last of the list joins it with "và".)
  const commas = own.split(/\s*,\s*/)
  const listed = [...commas.slice(0, -1), ...(commas.at(-1) ?? '').split(/\s+và\s+/)]
  const names = (parted ? pieces.slice(0, lastName + 1) : listed).map(restore).filter(Boolean)
  const bodies: HeadingBody[] = names.map((name) => ({ name: `${kind} ${name}`, place: null }))
  for (const other of others.map(restore).filter(Boolean)) {
    if (!startsWithBody(other)) {
      return null
    }
    bodies.push(...bodiesOfHeading(other))
  }
  const valid = names.length >= 1 && names.every((name) => /^\p{Lu}/u.test(name) && name.split(/\s+/).length <= 8)
  return valid ? { bodies, rest } : null
}

/**
 * The companies a list names after "các công ty:": "Cổ phần Nông sản A, TNHH May mặc B và TNHH C". A firm's name keeps
 * words in lower case ("May mặc"), so the list ends at a colon or at the first obligation verb, not at a lower-case word.
 */
function firmsOf(text: string): { firms: string[]; rest: string | null } | null {
  const colon = text.indexOf(':')
  const verb = colon === -1 ? [...text.matchAll(/(?<=\s)\p{Ll}\S*/gu)].find((w) => OBLIGATION_VERBS.test(text.slice(w.index))) : undefined
  const end = colon !== -1 ? colon : (verb?.index ?? text.length)
  const firms = text
    .slice(0, end)
    .replace(/[.;,\s]+$/, '')
    .split(/\s*,\s*|\s+và\s+/)
    .map((firm) => firm.trim())
  const rest = end < text.length ? text.slice(end + (colon !== -1 ? 1 : 0)).trim() || null : null
  const valid = firms.length >= 2 && firms.every((firm) => /^\p{Lu}/u.test(firm) && firm.split(/\s+/).length <= 8)
  return valid ? { firms, rest } : null
}

/**
 * One body of a kind for each place listed: "Đảng ủy" over "các xã" and "An Hòa", "xã Bình Minh" → "Đảng ủy xã An Hòa",
 * "Đảng ủy xã Bình Minh", each with its place.
 */
function bodiesOfPlaces(kind: string, kinds: string, places: string[], group?: string): HeadingBody[] {
  // One kind of place ("các huyện") goes with each name: "UBND huyện Nghi Lộc"; several ("các xã, phường") cannot.
  const oneKind = /^[\p{L} ]+$/u.test(kinds) && !/\s(và)\s|,/.test(kinds) ? kinds.toLowerCase() : null
  // A party committee of the place is a body's name, capitalised: "Ban Thường vụ các Huyện ủy: A" → "… Huyện ủy A".
  // A school is a unit too: "Hiệu trưởng các trường THPT: A, B" → "Hiệu trưởng Trường THPT A", its kind as written.
  const placeKind =
    oneKind && (/\sủy$/.test(oneKind) || /^trường/.test(oneKind)) ? `${kinds.charAt(0).toUpperCase()}${kinds.slice(1)}` : oneKind
  return places.map((place) => ({
    name: (placeKind && !PLACE_KIND_FIRST.test(place) && !TOWN_ABBREVIATED.test(place)
      ? `${kind} ${placeKind} ${place}`
      : `${kind} ${place}`
    ).trim(),
    place: place.replace(/^(xã|phường|đặc khu|thị trấn|huyện|quận|thị xã|thành phố|thôn)\s+/i, '').replace(/^(TT|TX|TP)\s+/u, ''),
    ...(group !== undefined ? { group } : {}),
  }))
}

/** The label before a body: "Trách nhiệm:", "Đơn vị chủ trì:", "Cơ quan thực hiện:" … */
const BODY_LABEL = new RegExp(
  `^(${[
    'trách nhiệm',
    'nhiệm vụ',
    'đơn vị (chủ trì|thực hiện|chuẩn bị|phụ trách)',
    'cơ quan (chủ trì|thực hiện|chuẩn bị)',
    'phân công',
    'giao',
  ].join('|')})${String.raw`\s*:\s*(?=\p{L})`}`,
  'iu',
)

/**
 * The bodies a heading or the opening of an obligation names, and the text after them: "Công an
 * tỉnh: Chủ trì, …", "Ban cán sự đảng Ủy ban nhân dân tỉnh a) Lãnh đạo, …", "Sở Y tế khảo sát, …",
 * "Đảng ủy các xã, phường: A, B và C có trách nhiệm: …" (one body per place, each with the kind).
 * Null when the text does not open with a body's name, or the name would be a sentence.
 */
/**
 * "Đề nghị Hội Nông dân tỉnh", "Giao Phòng Văn hóa …": the request before a body's name, which is not part of it; so is a
 * word joining it to what came before ("Ngoài ra, đề nghị Đảng ủy xã A xác nhận …", "Đồng thời, giao Phòng B …"), and
 * the plan a news report says asks it ("Kế hoạch giao Sở A chủ trì …", "Kế hoạch cũng yêu cầu Đài B …").
 */
export const withoutRequest = (text: string) =>
  text.replace(
    new RegExp(
      String.raw`^((ngoài ra|đồng thời|bên cạnh đó),?\s+(?=(đề nghị|giao|yêu cầu)\s))?` +
        String.raw`(kế hoạch\s+(cũng\s+)?(?=(đề nghị|giao|yêu cầu)\s))?` +
        String.raw`((trách nhiệm|nhiệm vụ) (của|cho)|đề nghị|giao cho|giao|yêu cầu|nhờ)\s+(?=\p{L})`,
      'iu',
    ),
    '',
  )

export function bodyHeading(text: string): { bodies: HeadingBody[]; rest: string | null } | null {
  const clean = withoutOpening(withoutRequest(text.replace(/\s+/g, ' ').trim()), /^(đồng chí|đ\/c)\s+/iu)
    // "3. Ở cấp huyện: Hội Nông dân các huyện, thị xã, thành phố tham mưu …": the level the work is done at, then its body
    // (in lower case too: "Ở cấp xã: các xã, thị trấn tổ chức …").
    .replace(/^((ở|tại|đối với)\s+)?cấp\s+(tỉnh|huyện|xã|cơ sở|thành phố|thị xã|quận|phường)\s*:\s*(?=\p{L})/iu, '')
    // "Trách nhiệm: Sở Y tế chuẩn bị …", "Đơn vị chủ trì: Phòng Nội vụ": the label before the body.
    .replace(BODY_LABEL, '')
    .replace(SESSION_REMARK, '')
    // "Công chức Địa chính - Xây dựng (thường trực Tổ công tác …)": the role a remark gives the body is no part of its name.
    // ("Các khoa (phối hợp: Đoàn Thanh niên, Hội Sinh viên trường)": those who help it are no leads either.)
    .replace(/\s*\((?:thường trực|cơ quan thường trực|đầu mối|phụ trách|phối hợp)[\s:][^()]{2,100}\)\s*$/iu, '')
    // "UBND 02 xã: A, B": the count of the places listed stands for "các".
    .replace(COUNTED_PLACES, ' các ')
    // "UBND: thị xã A, thành phố B, huyện C chuẩn bị …": the kind of body, then its places each written with its own kind;
    // the colon only sets the list apart ("UBND thị xã A, thành phố B, …", one body per place).
    .replace(KIND_OVER_KINDED_PLACES, '$1 ')
    // "UBND TP. A thành lập …": the abbreviated kind of a place ends no name.
    .replace(/(?<![\p{L}])(TP|TX|TT)\.\s*(?=\p{Lu})/gu, '$1 ')
  if (!startsWithBody(clean)) {
    return null
  }
  const listed = kindOverNames(clean)
  if (listed) {
    return listed
  }
  // "Đảng ủy các xã, phường nơi tổ chức hội nghị (xã A, phường B): Báo cáo …": the places where sessions are held, listed
  // in brackets after the clause that says so; one body each.
  const hosts = /^([^()]+?)\s*\(([^()]+)\)\s*(?::\s*(.*))?$/u.exec(clean)
  // "Ủy ban nhân dân 03 xã (A, B, C)", "UBND các xã (A, B)": the places themselves in brackets after their kind (and their
  // count); one body each, as after "các xã:".
  const counted = hosts ? PLURAL_PLACES.exec(hosts[1] ?? '') : null
  const countedPlaces = counted && counted.index > 0 ? placesOf(hosts?.[2] ?? '') : null
  if (hosts && counted && countedPlaces && countedPlaces.rest === '') {
    const kind = (hosts[1] ?? '').slice(0, counted.index).trim()
    return { bodies: bodiesOfPlaces(kind, counted[1] ?? '', countedPlaces.places), rest: hosts[3]?.trim() || null }
  }
  const clause = hosts ? HOST_PLACES.exec(hosts[1] ?? '') : null
  const hostKinds = hosts && clause ? PLURAL_PLACES.exec((hosts[1] ?? '').slice(0, clause.index)) : null
  const hostPlaces = hostKinds && hostKinds.index > 0 ? placesOf(hosts?.[2] ?? '') : null
  if (hosts && hostKinds && hostPlaces && hostPlaces.rest === '') {
    const kind = (hosts[1] ?? '').slice(0, hostKinds.index).trim()
    return { bodies: bodiesOfPlaces(kind, hostKinds[1] ?? '', hostPlaces.places), rest: hosts[3]?.trim() || null }
  }
  let { names, rest } = cutNames(clean)
  // "Các đơn vị đăng cai diễn đàn cấp cụm: Huyện đoàn Chợ Gạo, Thị đoàn Cai Lậy và Đoàn Trường …": a group, then its
  // members by their own names; the members are the bodies.
  if (rest && /^các\s/i.test(names) && startsWithSingleBody(rest)) {
    const members = bodyHeading(rest)
    if (members && members.bodies.length >= 2) {
      return members
    }
  }
  // "Ban Chấp hành công đoàn cơ sở các công ty: Cổ phần Nông sản A, TNHH May mặc B": one body per company, each named
  // with its kind ("… Công ty TNHH May mặc B"), the company its place.
  const firms = /\s+các\s+công ty$/iu.exec(names)
  const companies = firms && rest ? firmsOf(rest) : null
  if (firms && companies) {
    const kind = names.slice(0, firms.index).trim()
    const bodies = companies.firms.map((firm) => ({ name: `${kind} Công ty ${firm}`, place: firm }))
    return { bodies, rest: companies.rest }
  }
  // "Đảng ủy các xã, phường: Phổ An, Phổ Minh có trách nhiệm …": the kind, then its places.
  // ("Đảng ủy các xã thuộc cụm 1: A, B và C": places of a group, each body keeping the group it was listed in.)
  const grouped = PLACES_GROUP.exec(names)
  const kinds = grouped ? names.slice(0, grouped.index) : names
  let plural = PLURAL_PLACES.exec(kinds)
  // "Đảng ủy các xã, thị trấn đăng cai hội nghị: thị trấn A, xã B": words in lower case after the kinds say which of them
  // the list names; the places follow all the same.
  for (let words = kinds.split(' '), cut = 1; !plural && cut <= 6 && cut < words.length; cut++) {
    const qualifier = words.slice(-cut).join(' ')
    plural = /^\p{Ll}+(?: \p{Ll}+)*$/u.test(qualifier) ? PLURAL_PLACES.exec(words.slice(0, -cut).join(' ')) : null
  }
  // "Các huyện ủy: A, B": the committee of each place is the body; "Các xã: A, B" names no body of theirs.
  const ownKind = plural?.index === 0 && /(ủy|^trường.*)$/iu.test(plural[1] ?? '')
  if (plural && rest && (plural.index > 0 || ownKind)) {
    const list = placesOf(rest)
    if (list) {
      // "… và D (đơn vị đăng cai)": a note on the list, not an obligation.
      const after = list.rest
        .replace(/^\([^)]*\)\s*[:.;]?\s*/, '')
        .replace(/^(có trách nhiệm|chịu trách nhiệm)\s*:?\s*/i, '')
        .trim()
      const before = names.slice(0, plural.index).trim()
      // "UBND thị trấn A, UBND các xã: B, C": a body named before the kind that goes with the list is one more.
      const comma = before.lastIndexOf(', ')
      const first =
        comma > 0 && startsWithBody(before.slice(0, comma)) && startsWithBody(before.slice(comma + 2)) ? before.slice(0, comma) : ''
      // "Đảng ủy thị trấn A và Đảng ủy các xã: B, C": a body of its own before the kind, then the kind over its places
      // (not "Văn phòng HĐND và UBND các xã", one office of two organs).
      const parts = splitOnAnd(first ? before.slice(comma + 2).trim() : before)
      const kind = parts.at(-1)?.name ?? ''
      const bodies = [
        ...(first ? bodiesOfHeading(first) : []),
        ...parts.slice(0, -1),
        ...bodiesOfPlaces(kind, plural[1] ?? '', list.places, grouped?.[1]),
      ]
      // "… và UBND thị trấn Kiến Đức": one more body, perhaps with the obligation after it.
      const more = startsWithSingleBody(after) ? bodyHeading(after) : null
      return more ? { bodies: [...bodies, ...more.bodies], rest: more.rest } : { bodies, rest: after || null }
    }
  }
  // "Bảo hiểm xã hội cơ sở: Pleiku, An Khê và Ayun Pa", "Huyện ủy: Ba Tơ, Minh Long": a kind of body named after its place
  // (a local office, a party committee), then the places alone; one body per place, the kind before its name.
  const local = /\sco so$/.test(fold(names)) || PLACE_UNITS.some((u) => foldUnits(names).endsWith(` ${u}`) || foldUnits(names) === u)
  const bare = local && rest && !/(?:^|\s)các\s/iu.test(names) ? placesOf(rest) : null
  if (bare && bare.places.length >= 2 && bare.rest === '') {
    return { bodies: bare.places.map((place) => ({ name: `${names} ${place}`, place })), rest: null }
  }
  names = names
    // "Sở Nội vụ, với vai trò cơ quan quản lý nhà nước về thanh niên, cung cấp …": what the body is, no part of its name.
    .replace(/,\s*(với vai trò|với tư cách)\s[^,]*$/u, '')
    // "CC Địa chính - XD (đ/c Hùng, đ/c Tâm)": who in the body does the work, no part of its name.
    // (… also as a chat names them: "Phòng Dân tộc huyện A (a Khánh đã có trong nhóm)", "(chị Lan)".)
    .replace(/\s*\((?:đ\/c|Đ\/c|đồng chí|Đồng chí|ông|Ông|bà|Bà|anh|chị|a|c|em)\s+\p{Lu}[^()]*\)$/u, '')
    // "Phòng Tổ chức cán bộ được giao chủ trì …": the one body given the work, no part of its name. (A group keeps it: "Các
    // cơ quan được giao chủ trì …" says which of them.)
    .replace(/^(?!các\s)(.+?)\s+(?:đã\s+)?được\s+(?:giao|phân công)$/iu, '$1')
    // "Các phòng, ban chức năng (Phòng Đào tạo, Phòng Tài chính, …)": the members of the group it names, the group the body.
    .replace(/^(các\s[^()]+?)\s*\([^()]*\)$/iu, '$1')
    // "Tổ công tác giải phóng mặt bằng (Ban Quản lý dự án đầu tư xây dựng huyện)": the body it belongs to, by its name, in
    // a note (a role in lower case, "(cơ quan thường trực)", is read further on).
    .replace(/^(\S[^()]+?)\s*\((\p{Lu}[^()]*)\)$/u, (whole, own: string, note: string) => (startsWithSingleBody(note) ? own : whole))
    // "Sở A, Sở B, Sở C (theo vụ việc được giao tham mưu tại Lịch trên)": a note in lower case after a list says which
    // work is whose, of them all; it is no part of the last name. (After one body, "(cơ quan thường trực)" is its role.)
    .replace(/^([^()]+,[^()]+?)\s*\(\p{Ll}[^()]*\)$/u, '$1')
    .replace(/\s+(có trách nhiệm|chịu trách nhiệm)$/i, '')
    // "UBND các huyện, thị xã có tên trong Phụ lục": which of them the annex lists, no part of the body's name.
    .replace(/\s+(có tên|được nêu|nêu|được liệt kê)\s+(trong|tại|ở)\s+(phụ lục|danh sách|danh mục)(\s+kèm theo)?(\s+[\p{L}\d]+)?$/iu, '')
    // "Các sở, ngành có liên quan đến nội dung công dân đăng ký": what they concern; "có liên quan" says which of them.
    .replace(/(?<=\s(?:có\s+)?liên quan)\s+(?:đến|tới)\s[^,;()]+$/iu, '')
    .replace(/[,;]$/, '')
    .trim()
  // ("Ban Thường trực Ủy ban MTTQ Việt Nam các huyện, thị xã, thành phố nơi tổ chức tiếp xúc cử tri": which of them, said in
  // lower case after "nơi", makes a name too long to be one; the bodies are those before it.)
  // (So "… các xã, thị trấn có lịch tiếp xúc cử tri": those that have one; and "… có lịch tiếp xúc cử tri của các Tổ đại
  // biểu nêu tại Mục I", the clause going on with the names it points to.)
  if (names.split(/\s+/).length > MAX_NAME_WORDS) {
    names = names.replace(/\s+(nơi|có(?!\s+liên quan))(\s+\p{Ll}+){1,8}((\s+(của|nêu|tại|ở|trong|theo))(\s+\S+){1,10})?$/u, '')
  }
  // (Two bodies joined by "và" may be as long as a list: "Ban Quản lý dự án đầu tư xây dựng quận và Trung tâm Phát triển
  // quỹ đất quận"; each name is held to the limit below.)
  const joined = names.includes(',') || / và (?=\p{Lu})/u.test(names)
  if (!names || names.split(/\s+/).length > (joined ? 4 * MAX_NAME_WORDS : MAX_NAME_WORDS) || /\.\s/.test(names)) {
    return null
  }
  // "1. Bí thư Tỉnh ủy đối thoại với thanh niên": a session named by its host, not a body over its work.
  if (/(?<![\p{L}])(đối thoại|tiếp xúc|gặp mặt) (với|giữa)(?![\p{L}])/iu.test(names)) {
    return null
  }
  // (A dash between two words of a name is no word: "trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên".)
  const bodies = bodiesOfHeading(names.charAt(0).toUpperCase() + names.slice(1)).filter(
    (b) => b.name.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= MAX_NAME_WORDS,
  )
  if (bodies.length === 0) {
    return null
  }
  // "2. Các cơ quan chủ trì chuẩn bị nội dung đối thoại" over "a) Sở A chủ trì …", "b) Sở B chủ trì …": the kind alone, named
  // by its role, is the group the items below list; it is none of them.
  if (bodies.length === 1 && /^các (cơ quan|đơn vị)$/iu.test(bodies[0]?.name ?? '') && rest && /^chủ trì(?![\p{L}])/iu.test(rest)) {
    return null
  }
  if (rest && /^(có trách nhiệm|chịu trách nhiệm)\s*:?\s*$/i.test(rest)) {
    rest = null
  }
  // "UBND tỉnh giao Ban Tiếp công dân tỉnh tiếp nhận …", "Ban Thường vụ Tỉnh đoàn đề nghị Sở Nội vụ … cung cấp …": the body
  // that assigns or requests is not the one that does the work.
  // (… also bodies named by their kind first: "Sở đề nghị các Phòng GD&ĐT, các trường THPT … tổng hợp …".)
  const assigned = rest && /^(giao|giao cho|yêu cầu|đề nghị)\s+(?=\p{Lu}|(các|những)\s+\p{L})/u.test(rest) ? bodyHeading(rest) : null
  if (assigned?.rest) {
    return assigned
  }
  return { bodies, rest }
}

const nameWords = (text: string) =>
  foldVietnamese(text)
    .replace(/[^a-z0-9đ ]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)

/** Same body: equal, or one name's words all in the other's ("Đảng ủy Phổ An" = "Đảng ủy xã Phổ An"). */
export function sameBody(a: string, b: string): boolean {
  const x = nameWords(a)
  const y = nameWords(b)
  const [small, large] = x.length <= y.length ? [x, new Set(y)] : [y, new Set(x)]
  return small.length >= 2 && small.every((w) => large.has(w))
}
