import { createCalendar } from '../services/calendar/calendar.js'
import { isLocalDate } from '../services/calendar/local-date.js'
import type { SessionWindow } from '../services/deadlines/due-date.js'
import { summarizeDeadline } from '../services/deadlines/describe.js'
import { fail, parseCliArgs } from './args.js'

// npm run --silent deadline -- "<phrase>" [--session-start YYYY-MM-DD] [--session-end YYYY-MM-DD]
//   [--session-precision day|month|quarter] [--year YYYY] [--today YYYY-MM-DD]
// Prints one JSON object: {kind, due, offset, unit, anchor, provisional, text} (+ reason when unreadable).
const { values, positionals } = parseCliArgs(
  {
    allowPositionals: true,
    options: {
      'session-start': { type: 'string' },
      'session-end': { type: 'string' },
      'session-precision': { type: 'string' },
      year: { type: 'string' },
      today: { type: 'string' },
    },
  },
  'Usage: npm run --silent deadline -- "<phrase>" [--session-start YYYY-MM-DD] [--session-end YYYY-MM-DD] ' +
    '[--session-precision day|month|quarter] [--year YYYY] [--today YYYY-MM-DD]',
)

const phrase = positionals.join(' ')
const start = values['session-start']
const end = values['session-end'] ?? start
const precision = values['session-precision'] ?? 'day'
for (const [name, value] of [
  ['--session-start', start],
  ['--session-end', end],
  ['--today', values.today],
] as const) {
  if (value !== undefined && !isLocalDate(value)) {
    fail(`${name}: not a date: ${value} (expected YYYY-MM-DD)`)
  }
}
if (!['day', 'month', 'quarter'].includes(precision)) {
  fail(`--session-precision must be day, month or quarter, not ${precision}`)
}
const session: SessionWindow | null = start && end ? { precision: precision as SessionWindow['precision'], start, end } : null
const year = values.year ? Number(values.year) : null
console.log(JSON.stringify(summarizeDeadline(phrase, createCalendar(), session, { defaultYear: year, today: values.today ?? null })))
