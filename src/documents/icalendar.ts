/**
 * iCalendar (RFC 5545) written by hand: the subset a subscribed calendar needs — VCALENDAR with
 * VEVENTs, timed events in UTC (no VTIMEZONE to get wrong; the phone shows them in its own zone),
 * all-day events as DATE values, TEXT escaping (§3.3.11) and lines folded at 75 octets without
 * splitting a UTF-8 character (§3.1), CRLF line ends.
 */

export type EventTime =
  /** A known start: an instant (UTC) and a length in minutes. */
  | { kind: 'timed'; start: Date; minutes: number }
  /** Whole days, `from` to `to` inclusive (local dates "2026-08-01"). */
  | { kind: 'all-day'; from: string; to: string }

export interface CalendarEvent {
  /** Stable across feeds: the same session is the same event in the phone after every refresh. */
  uid: string
  summary: string
  description: string
  location: string | null
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED'
  time: EventTime
  lastModified: Date
}

export interface CalendarInput {
  name: string
  description: string
  /** The committee's zone, a display hint for clients that read X-WR-TIMEZONE. */
  timeZone: string
  /** When the feed was made (DTSTAMP). */
  stamp: Date
  events: CalendarEvent[]
}

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks; other control characters dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/\p{Cc}/gu, '')
}

const encoder = new TextEncoder()

/**
 * Folds one content line into lines of at most 75 octets (the first) and a space plus 74 octets (the
 * rest), cutting only between characters, so a Vietnamese letter is never split across lines.
 */
export function foldLine(line: string): string {
  const out: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = encoder.encode(char).length
    const limit = out.length === 0 ? 75 : 74
    if (octets + size > limit) {
      out.push(current)
      current = ''
      octets = 0
    }
    current += char
    octets += size
  }
  out.push(current)
  return out.join('\r\n ')
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** 20260315T010000Z */
export function utcStamp(at: Date): string {
  return (
    `${at.getUTCFullYear()}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}` +
    `T${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}Z`
  )
}

/** "2026-08-01" → 20260801 */
const dateValue = (date: string) => date.replace(/-/g, '')

function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const next = new Date(Date.UTC(y, m - 1, d + 1))
  return `${next.getUTCFullYear()}${pad(next.getUTCMonth() + 1)}${pad(next.getUTCDate())}`
}

function eventLines(event: CalendarEvent, stamp: Date): string[] {
  const time =
    event.time.kind === 'timed'
      ? [`DTSTART:${utcStamp(event.time.start)}`, `DTEND:${utcStamp(new Date(event.time.start.getTime() + event.time.minutes * 60_000))}`]
      : // DTEND of an all-day event is the day after the last (exclusive).
        [`DTSTART;VALUE=DATE:${dateValue(event.time.from)}`, `DTEND;VALUE=DATE:${nextDay(event.time.to)}`]
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcStamp(stamp)}`,
    `LAST-MODIFIED:${utcStamp(event.lastModified)}`,
    ...time,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    `STATUS:${event.status}`,
    // Provisional windows and whole days do not make anyone busy.
    `TRANSP:${event.time.kind === 'timed' && event.status !== 'CANCELLED' ? 'OPAQUE' : 'TRANSPARENT'}`,
    'END:VEVENT',
  ]
}

/** The calendar as text/calendar content. */
export function buildCalendar(input: CalendarInput): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Doi thoai bot//Lich doi thoai//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(input.name)}`,
    `X-WR-CALDESC:${escapeText(input.description)}`,
    `X-WR-TIMEZONE:${escapeText(input.timeZone)}`,
    // How often a subscribing client should look again (RFC 7986, and the common extension).
    'REFRESH-INTERVAL;VALUE=DURATION:PT6H',
    'X-PUBLISHED-TTL:PT6H',
    ...input.events.flatMap((event) => eventLines(event, input.stamp)),
    'END:VCALENDAR',
  ]
  return `${lines.map(foldLine).join('\r\n')}\r\n`
}
