import type { ExportSession } from '../db/repositories/index.js'
import { formatVietnamese } from '../services/calendar/local-date.js'
import type { CalendarFeed } from '../services/exports/calendar-feed.js'
import { zonedTime } from '../services/time.js'
import { buildCalendar, type CalendarEvent, type EventTime } from './icalendar.js'

type Tr = (key: string, vars?: Record<string, string | number>) => string

/** A session has no end time in the plans: a timed event lasts a morning's or an afternoon's sitting. */
export const SESSION_MINUTES = 180

/**
 * How a session shows in a calendar: the day it was held or its exact day — timed when its hour is
 * known (whole day otherwise; no hour is made up); a month or quarter window as whole days marked
 * provisional; nothing when it has no date at all.
 */
export function sessionTime(session: ExportSession, timeZone: string): { time: EventTime; provisional: boolean } | null {
  const day = session.heldOn ?? (session.precision === 'day' ? session.windowStart : null)
  if (day) {
    if (session.startHour === null) {
      return { time: { kind: 'all-day', from: day, to: day }, provisional: false }
    }
    const [year, month, date] = day.split('-').map(Number) as [number, number, number]
    const start = zonedTime({ year, month, day: date, hour: session.startHour, minute: session.startMinute ?? 0 }, timeZone)
    return { time: { kind: 'timed', start, minutes: SESSION_MINUTES }, provisional: false }
  }
  if (session.windowStart && session.windowEnd) {
    return { time: { kind: 'all-day', from: session.windowStart, to: session.windowEnd }, provisional: true }
  }
  return null
}

function sessionEvent(t: Tr, session: ExportSession, committeeId: number, timeZone: string): CalendarEvent | null {
  const when = sessionTime(session, timeZone)
  if (!when) {
    return null
  }
  const cancelled = session.status === 'cancelled'
  const description = [
    t('ical-description-session', { number: session.number, plan: session.planSymbol ?? '-' }),
    t(when.provisional ? 'ical-description-time-provisional' : 'ical-description-time', { time: session.timeText }),
    ...(session.heldOn ? [t('ical-description-held', { date: formatVietnamese(session.heldOn) })] : []),
    ...(session.host ? [t('ical-description-host', { host: session.host })] : []),
    ...(session.audience ? [t('ical-description-audience', { audience: session.audience })] : []),
    t('ical-description-status', { status: t(`session-status-${session.status}`) }),
    ...(cancelled && session.statusReason ? [t('ical-description-reason', { reason: session.statusReason })] : []),
  ].join('\n')
  return {
    // The session's own id: the same event after every refresh, whatever changed in it.
    uid: `session-${session.id}.committee-${committeeId}@doi-thoai-bot`,
    summary: t(cancelled ? 'ical-summary-cancelled' : when.provisional ? 'ical-summary-provisional' : 'ical-summary', {
      topic: session.topic,
    }),
    description,
    location: session.venue,
    status: cancelled ? 'CANCELLED' : when.provisional ? 'TENTATIVE' : 'CONFIRMED',
    time: when.time,
    lastModified: session.updatedAt,
  }
}

/** The feed as text/calendar, worded in the committee's language (`t`). */
export async function sessionCalendar(t: Tr, feed: CalendarFeed): Promise<string> {
  const events: CalendarEvent[] = []
  for await (const page of feed.sessions) {
    for (const session of page) {
      const event = sessionEvent(t, session, feed.committee.id, feed.committee.timeZone)
      if (event) {
        events.push(event)
      }
    }
  }
  return buildCalendar({
    name: t('ical-name', { committee: feed.committee.name }),
    description: t('ical-calendar-description', { committee: feed.committee.name }),
    timeZone: feed.committee.timeZone,
    stamp: feed.stamp,
    events,
  })
}
