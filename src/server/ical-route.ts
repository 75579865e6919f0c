import { sessionCalendar } from '../documents/session-calendar.js'
import type { CalendarFeedService } from '../services/exports/calendar-feed.js'
import type { RouteRequest, RouteResponse } from './http-server.js'

export { ICAL_PATH } from '../services/exports/calendar-feed.js'

type Translate = (locale: string, key: string, vars?: Record<string, string | number>) => string

/**
 * GET /ical?t=<token>: the committee's sessions as text/calendar, or 404 for an unknown or replaced
 * token (the same answer for both: nothing tells a guesser that a token once existed).
 */
export function icalRoute(deps: { calendar: CalendarFeedService; translate: Translate }) {
  return async (request: RouteRequest): Promise<RouteResponse> => {
    const feed = await deps.calendar.open(request.url.searchParams.get('t') ?? '')
    if (!feed) {
      return { status: 404, body: 'not found', contentType: 'text/plain; charset=utf-8' }
    }
    const body = await sessionCalendar((key, vars) => deps.translate(feed.committee.locale, key, vars), feed)
    return {
      status: 200,
      body,
      contentType: 'text/calendar; charset=utf-8',
      headers: { 'content-disposition': 'inline; filename="lich-doi-thoai.ics"', 'cache-control': 'private, max-age=300' },
    }
  }
}
