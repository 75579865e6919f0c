import { foldForDeadline } from '../services/deadlines/parse.js'
import { parseSessionTime, type TimePrecision } from '../services/sessions/session-time.js'
import type { ImportWarning } from './read-plan.js'
import { bulletOf, labelled, splitItems, type Section } from './structure.js'
import { AD_HOC_CUE, ALTERNATIVE_CUE, BRIDGE_CUE, SESSION_FIELDS } from './vocabulary.js'

export interface DraftSession {
  topic: string
  audience: string | null
  expectedCount: number | null
  time: { text: string; precision: TimePrecision; start: string | null; end: string | null }
  venues: string[]
  bridgePoints: string[]
  adHoc: boolean
}

const QUARTER_HEADING = /^quy [ivx\d]+/

/** Reads the sessions of the section that lists them; the ad-hoc clause is returned apart. */
export function readSessions(
  section: Section,
  year: number | null,
  warnings: ImportWarning[],
  planTopic: string,
): { sessions: DraftSession[]; adHoc: string | null } {
  const sessions: DraftSession[] = []
  let adHoc: string | null = null
  let { items } = splitItems(section.lines)
  // A layout with "1. Nội dung" / "1.1. Đối thoại với …": the sessions are the second level.
  const nested = items.find((item) => /^noi dung/.test(foldForDeadline(item.heading)) && item.lines.some((l) => /^\d+\.\d+/.test(l)))
  if (nested) {
    items = splitItems(nested.lines, 2).items
  }
  // Items that are aspects of one session ("1. Hình thức", "5. Thời gian, địa điểm, số lượng …"):
  // the plan holds a single session, its topic the plan's own.
  const timeItem = items.find((item) => /^thoi gian/.test(foldForDeadline(item.heading)))
  const single =
    !nested && timeItem && !items.some((item) => item.lines.some((line) => /^thoi gian/.test(labelled(bulletOf(line).text)?.key ?? '')))
  if (single && timeItem) {
    items = [
      {
        number: timeItem.number,
        heading: planTopic,
        lines: timeItem.lines.map((line) => {
          const { text } = bulletOf(line)
          // The first unlabelled line of the time item is the time ("- Dự kiến trong quý III/2025.").
          return labelled(text) ? line : `- Thời gian: ${text}`
        }),
      },
    ]
  }
  for (const item of items) {
    const headingKey = foldForDeadline(item.heading)
    if (AD_HOC_CUE.test(headingKey)) {
      adHoc = item.heading
      continue
    }
    const fields: Partial<Record<'topic' | 'audience' | 'count' | 'time' | 'venue' | 'participants', string>> = {}
    const venues: string[] = []
    const bridgePoints: string[] = []
    for (const line of item.lines) {
      const { text } = bulletOf(line)
      const pair = labelled(text)
      const key = pair?.key ?? foldForDeadline(text)
      if (ALTERNATIVE_CUE.test(key)) {
        venues.push(pair?.value || text)
        continue
      }
      if (BRIDGE_CUE.test(key)) {
        bridgePoints.push(pair ? `${pair.label}: ${pair.value}` : text)
        continue
      }
      const field = pair ? SESSION_FIELDS.find(([cue]) => cue.test(pair.key))?.[1] : undefined
      if (pair && field && !fields[field]) {
        fields[field] = pair.value
      }
    }
    if (fields.venue) {
      venues.unshift(fields.venue)
    }
    // "1. Quý I/2023" headings carry the time; the topic is then the "Nội dung" field.
    const headingIsTime = QUARTER_HEADING.test(headingKey)
    const topic = (headingIsTime ? fields.topic : (fields.topic ?? item.heading)) ?? item.heading
    const timeText = fields.time ?? (headingIsTime ? item.heading : '')
    if (!fields.time && !fields.audience && !headingIsTime && !nested) {
      continue // a numbered paragraph that is not a session (a purpose, a principle)
    }
    const parsed = timeText ? parseSessionTime(timeText, year) : { error: 'unreadable' as const }
    if ('error' in parsed) {
      if (timeText) {
        warnings.push({ key: 'import-warning-session-time', vars: { topic: topic.slice(0, 60), text: timeText.slice(0, 80) } })
      }
    }
    const time =
      'error' in parsed
        ? { text: timeText, precision: 'unscheduled' as const, start: null, end: null }
        : { text: parsed.text, precision: parsed.precision, start: parsed.start, end: parsed.end }
    const count = fields.count ? /(\d[\d.]*)/.exec(fields.count)?.[1] : undefined
    time.text = time.text.replace(/[.;,]+$/, '')
    sessions.push({
      topic: topic.replace(/[.;,]$/, ''),
      // "Đối thoại với nhân dân": the audience is in the topic when no field names it.
      audience:
        fields.audience?.replace(/[.;]$/, '') ??
        /(?:^đối thoại|\s)với\s+((?:(?!\svới\s).)+)$/i.exec(topic)?.[1]?.replace(/[.;]$/, '') ??
        null,
      expectedCount: count ? Number(count.replace(/\./g, '')) : null,
      time,
      venues,
      bridgePoints,
      adHoc: false,
    })
  }
  return { sessions, adHoc }
}
