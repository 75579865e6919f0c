/** Local wall-clock parts of an instant in a time zone. */
export function localParts(instant: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant)
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0)
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') }
}

/** The instant at which the wall clock in `timeZone` shows the given local time. */
export function zonedTime(local: { year: number; month: number; day: number; hour?: number; minute?: number }, timeZone: string): Date {
  const wanted = Date.UTC(local.year, local.month - 1, local.day, local.hour ?? 0, local.minute ?? 0)
  let guess = wanted
  // Two rounds settle the zone offset (also across a DST change, for zones that have one).
  for (let i = 0; i < 2; i++) {
    const p = localParts(new Date(guess), timeZone)
    const shown = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second)
    guess += wanted - shown
  }
  return new Date(guess)
}

/** Parses "2026-01-05 07:30" or "2026-01-05" as local time in `timeZone`; null if malformed. */
export function parseLocalDateTime(text: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(text.trim())
  if (!match) {
    return null
  }
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number]
  const date = new Date(Date.UTC(y, mo - 1, d))
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || (h ?? 0) > 23 || (mi ?? 0) > 59) {
    return null
  }
  return zonedTime({ year: y, month: mo, day: d, hour: Number.isNaN(h) ? 0 : h, minute: Number.isNaN(mi) ? 0 : mi }, timeZone)
}

/** The instant of "HH:MM" on a local day in `timeZone`. */
export function atLocalTime(date: string, hhmm: string, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return zonedTime({ year, month, day, hour: Number(hhmm.slice(0, 2)), minute: Number(hhmm.slice(3, 5)) }, timeZone)
}

/** The wall-clock time in `timeZone` as "HH:MM", compared as text with the settings' times. */
export function localHhmm(instant: Date, timeZone: string): string {
  const { hour, minute } = localParts(instant, timeZone)
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
}
