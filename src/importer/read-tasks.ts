import { parseDeadline } from '../services/deadlines/parse.js'
import type { DeadlineRule } from '../services/deadlines/rule.js'
import type { Calendar } from '../services/calendar/calendar.js'
import { summarizeRule, type DeadlineSummary } from '../services/deadlines/describe.js'
import type { SessionWindow } from '../services/deadlines/due-date.js'
import { foldVietnamese } from '../services/text.js'
import type { ImportWarning } from './read-plan.js'
import { bulletOf, splitItems, type Section } from './structure.js'
import { BODY_HEADS, COORDINATE_CUE, DELIVERY_CLAUSE, LEAD_CUE, PLACE_UNITS, STANDING_BODY, TRAILING_UNITS } from './vocabulary.js'

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
  foldVietnamese(text)
    .replace(/[.:;,]+$/, '')
    .trim()
const startsWithBodyHead = (text: string) => {
  const folded = fold(text)
  return BODY_HEADS.some((head) => folded === head || folded.startsWith(`${head} `))
}

/** A body a heading names, with the place it serves when the heading lists places. */
export interface HeadingBody {
  name: string
  place: string | null
}

/**
 * The bodies a heading names: one ("Ban Dân vận Tỉnh ủy"), several joined by "và" or commas when
 * each side is a body ("Sở Y tế và Ban Dân tộc tỉnh"), or one kind of body for a list of places
 * ("Ban Thường vụ Huyện ủy Ba Tơ, Minh Long, Sơn Tây" → three bodies).
 */
export function bodiesOfHeading(heading: string): HeadingBody[] {
  const name = heading.replace(/[.:]+$/, '').trim()
  const segments = name.split(/\s*,\s*/)
  if (segments.length > 1) {
    const first = segments[0] ?? ''
    const words = first.split(' ')
    // The prefix ends with a unit word ("Huyện ủy"); what follows is the first place.
    for (let cut = words.length - 1; cut > 0; cut--) {
      const prefix = words.slice(0, cut).join(' ')
      const unit = PLACE_UNITS.find((u) => fold(prefix).endsWith(` ${u}`) || fold(prefix) === u)
      const rest = segments.slice(1)
      const lastPlace = rest.at(-1) ?? ''
      const tail = /^(.*?)\s+và\s+(.+)$/.exec(lastPlace)
      const places = [words.slice(cut).join(' '), ...rest.slice(0, -1), ...(tail ? [tail[1] ?? '', tail[2] ?? ''] : [lastPlace])]
      if (unit && places.every((place) => /^[A-ZĐÀ-Ỹ]/.test(place) && place.split(' ').length <= 4 && !startsWithBodyHead(place))) {
        // "Ủy ban nhân dân các xã An Hòa, …" → "Ủy ban nhân dân xã An Hòa": one body per place.
        const single = prefix.replace(/\s+các\s+(?=\S+$)/, ' ')
        return places.map((place) => ({ name: `${single} ${place}`, place }))
      }
    }
    if (segments.every(startsWithBodyHead)) {
      return segments.flatMap((segment) => splitOnAnd(segment))
    }
    return [{ name, place: null }]
  }
  return splitOnAnd(name)
}

function splitOnAnd(name: string): HeadingBody[] {
  const parts = name.split(/\s+và\s+/)
  return (parts.length > 1 && parts.every(startsWithBodyHead) ? parts : [name]).map((part) => ({ name: part, place: null }))
}

/**
 * A heading and the text after its colon. "Công an tỉnh: Chủ trì, …" → the body and its first
 * obligation; "Đảng ủy các xã, phường: Phổ An, Phổ Minh có trách nhiệm …" → one body per place.
 * A heading that names no body ("Thực hiện Công văn số …") takes the body its text assigns
 * ("Giao các phòng, ban khối nội dung:").
 */
function headingBodies(heading: string, lines: string[]): { bodies: HeadingBody[]; text: string | null; named: boolean } {
  const { name, text } = splitInline(heading)
  if (text) {
    const places = /^((?:[A-ZĐÀ-Ỹ][\p{L}]*(?: [A-ZĐÀ-Ỹ][\p{L}]*){0,3})(?:,\s*[A-ZĐÀ-Ỹ][\p{L}]*(?: [A-ZĐÀ-Ỹ][\p{L}]*){0,3})+)\s+(.+)$/u.exec(
      text,
    )
    const unit = /^(.*?)\s+các\s+(huyện|xã|phường|thị trấn|xã, phường|huyện, thị xã, thành phố)$/i.exec(name)
    if (places && unit) {
      const list = (places[1] ?? '').split(/\s*,\s*/)
      return { bodies: list.map((place) => ({ name: `${unit[1] ?? ''} ${place}`, place })), text: places[2] ?? null, named: true }
    }
  }
  if (!startsWithBodyHead(name)) {
    const assigned = lines.map((line) => /^Giao (?:cho )?(.+?):\s*$/.exec(line)?.[1]).find(Boolean)
    if (assigned) {
      return { bodies: [{ name: assigned.charAt(0).toUpperCase() + assigned.slice(1), place: null }], text, named: true }
    }
    return { bodies: [], text, named: false }
  }
  return { bodies: bodiesOfHeading(name), text, named: true }
}

/** "Công an tỉnh: Chủ trì, …" → the heading's name and the text after it. */
function splitInline(heading: string): { name: string; text: string | null } {
  const colon = heading.indexOf(':')
  if (colon > 0 && colon < 80) {
    const text = heading.slice(colon + 1).trim()
    return { name: heading.slice(0, colon).trim(), text: text || null }
  }
  return { name: heading, text: null }
}

interface Obligation {
  text: string
  /** The line it hangs under ("- Chủ trì, phối hợp với …:"), for lead and coordination. */
  parent: string | null
}

/** A line that introduces the items under it: "Chủ trì, phối hợp với …:", "… cụ thể:". */
const isLeadIn = (text: string) => text.endsWith(':') && !/\d/.test(text.slice(-12))

/**
 * The obligations under one body: "-" items, "+" and "*" items under a "-" lead-in, paragraphs
 * without a bullet continuing the item before them ("Báo cáo gửi về … trước ngày …"). A lead-in
 * paragraph before the items ("Chỉ đạo …, cụ thể:") stays the parent of every item.
 */
function obligationsOf(first: string | null, lines: string[]): Obligation[] {
  const out: Obligation[] = []
  let introLead: string | null = null
  let itemLead: string | null = null
  let last: Obligation | null = null
  const push = (text: string, parent: string | null) => {
    last = { text, parent }
    out.push(last)
  }
  for (const [index, line] of [...(first ? [first] : []), ...lines].entries()) {
    const { marker, text } = index === 0 && first ? { marker: '', text: line } : bulletOf(line)
    if (marker === '-' || marker === '•' || marker === '–') {
      itemLead = isLeadIn(text) ? text : null
      last = null
      if (!itemLead) {
        push(text, introLead)
      }
    } else if (marker === '+' || marker === '*') {
      const parent = [introLead, itemLead].filter(Boolean).join(' ') || null
      push(text, parent)
    } else if (last !== null) {
      const previous: Obligation = last
      previous.text = `${previous.text} ${text}`
    } else if (isLeadIn(text) && out.length === 0) {
      introLead = text
    } else {
      push(text, introLead)
    }
  }
  return out
}

/** Known names found in a piece of text, longest first, without overlaps. */
function namesIn(text: string, known: string[]): string[] {
  const folded = foldVietnamese(text)
  const found: { name: string; at: number }[] = []
  for (const name of [...known].sort((a, b) => b.length - a.length)) {
    const at = folded.indexOf(foldVietnamese(name))
    if (at !== -1 && !found.some((f) => at >= f.at && at < f.at + f.name.length)) {
      found.push({ name, at })
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

const sentencesOf = (text: string) => text.split(/;\s+|(?<=\.)\s+(?=[A-ZĐÀ-Ỹ])/).filter((part) => part.trim().length > 0)

/** The opening clause of an obligation says who leads: "Phối hợp với X …" → X; "Chủ trì, phối hợp với A, B" → A, B coordinate. */
function roles(opening: string, own: string, planBodies: string[]): { lead: string; coordinating: string[] } {
  const clause = opening.split(/[:;.]\s/)[0] ?? opening
  const folded = foldVietnamese(clause)
  const others = planBodies.filter((body) => body !== own)
  if (COORDINATE_CUE.test(folded)) {
    const lead = namesIn(clause.slice(0, 120), others)[0]
    return lead ? { lead, coordinating: [own] } : { lead: own, coordinating: [] }
  }
  if (LEAD_CUE.test(folded) && /phoi hop voi/.test(folded)) {
    const after = clause.split(/phối hợp với/i)[1] ?? ''
    return { lead: own, coordinating: namesIn(after, others) }
  }
  return { lead: own, coordinating: [] }
}

/**
 * Reads the tasks of the execution section: the bodies each numbered heading names, and one task
 * per obligation and deadline under it (per body when the heading names several, per session when
 * the deadline is relative to "the session" of a plan with several). `known` are body names the
 * committee already has.
 */
export function readTasks(
  section: Section,
  options: {
    year: number | null
    sessions: ({ topic: string; audience: string | null } & { time: SessionWindow })[]
    known: string[]
    calendar: Calendar
  },
  warnings: ImportWarning[],
): { bodies: string[]; tasks: DraftTask[] } {
  const { items } = splitItems(section.lines)
  const headings = items.map((item) => ({ item, ...headingBodies(item.heading, item.lines) }))
  const bodies = [...new Set(headings.filter((h) => h.named).flatMap((h) => h.bodies.map((b) => b.name)))]
  const known = [...new Set([...bodies, ...options.known])]
  const tasks: DraftTask[] = []
  /**
   * The sessions a body's task concerns: those whose topic or audience names the body's place or
   * field ("Huyện ủy Trà Bồng" → the session with the people of Trà Bồng; "Sở Giáo dục và Đào tạo"
   * → the session with the education sector); every session when none or all do.
   */
  const sessionsFor = (body: HeadingBody): number[] => {
    const all = options.sessions.map((_, index) => index)
    const head = BODY_HEADS.filter((h) => fold(body.name).startsWith(`${h} `)).sort((a, b) => b.length - a.length)[0] ?? ''
    const key = body.place ? fold(body.place) : fold(body.name).slice(head.length).trim().replace(TRAILING_UNITS, '')
    if (key.split(' ').length < 2) {
      return all
    }
    const mine = all.filter((index) =>
      foldVietnamese(`${options.sessions[index]?.topic ?? ''} ${options.sessions[index]?.audience ?? ''}`).includes(key),
    )
    return mine.length > 0 ? mine : all
  }
  for (const { item, bodies: own, text, named } of headings) {
    if (!named) {
      warnings.push({ key: 'import-warning-no-body', vars: { number: item.number, heading: item.heading.slice(0, 60) } })
      continue
    }
    for (const obligation of obligationsOf(
      text,
      item.lines.filter((line) => !/^Giao (?:cho )?.+:\s*$/.test(line)),
    )) {
      const full = (obligation.parent ? `${obligation.parent} ${obligation.text}` : obligation.text).trim()
      const foldedText = foldVietnamese(obligation.text)
      // "- Sở Y tế khảo sát …" under "Sở Y tế và Ban Dân tộc tỉnh": the body the line names; else each body of the heading.
      const named = own.filter((body) => foldedText.startsWith(foldVietnamese(body.name)))
      const doers = named.length > 0 ? named : own
      const sentences = sentencesOf(obligation.text)
      const dated = sentences
        .map((part) => ({ part, rule: parseDeadline(part, { defaultYear: options.year }) }))
        .filter((p) => p.rule.kind !== 'none')
      const units =
        dated.length > 0 ? dated : [{ part: obligation.text, rule: parseDeadline(obligation.text, { defaultYear: options.year }) }]
      const { recipient, cc } = recipientsOf(obligation.text, known)
      const opening = obligation.parent ?? obligation.text
      for (const { part, rule } of units) {
        if (rule.kind === 'none' && rule.reason !== 'no-deadline' && rule.reason !== 'empty') {
          warnings.push({ key: 'import-warning-deadline', vars: { text: rule.text.slice(0, 120) } })
        }
        // The sentence with the deadline decides who leads when it is not the opening one
        // ("Phối hợp với X chuẩn bị …. Chọn và lập danh sách … gửi về X trước …" — the body itself leads).
        const leadText = part !== sentences[0] && !COORDINATE_CUE.test(foldVietnamese(part)) && !obligation.parent ? part : opening
        const ownSentence = part !== sentences[0] && !DELIVERY_CLAUSE.test(foldVietnamese(part))
        const what =
          dated.length > 1
            ? `${summarize(part)} — ${summarize(sentences[0] ?? part).toLowerCase()}`
            : summarize(ownSentence ? part : obligation.text)
        for (const doer of doers) {
          const { lead, coordinating } = roles(leadText, doer.name, bodies)
          const base = { lead, coordinating, recipient, cc, what, text: full }
          const deadline = (session: SessionWindow | null) => ({ ...summarizeRule(rule, options.calendar, session), rule })
          if (rule.kind === 'relative' && options.sessions.length > 0) {
            // Relative to "the session": one task per session it concerns.
            for (const index of sessionsFor(doer)) {
              tasks.push({ ...base, session: index, deadline: deadline(options.sessions[index]?.time ?? null) })
            }
          } else {
            tasks.push({ ...base, session: null, deadline: deadline(null) })
          }
        }
      }
    }
  }
  return { bodies, tasks }
}
