import type { SettableClock } from '../services/clock.js'
import { json, text, type Route } from './http-server.js'

/** The command-line flag that turns the test clock on (never an environment variable; see README). */
export const TEST_CLOCK_FLAG = '--test-clock'

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1'])

/**
 * Why the test clock may not be used here, or null when it may. Tests drive the time of real
 * processes; in production that would send digests and reminders on the wrong days. So it needs a
 * command-line flag (an environment file cannot switch it on), a Bot API on loopback (a bot that
 * talks to the real Telegram — or the real Zalo, asked once per platform — never runs with it), and
 * NODE_ENV other than production.
 */
export function testClockRefusal(options: { apiRoot: string; nodeEnv: string | undefined; variable?: string }): string | null {
  if (options.nodeEnv === 'production') {
    return `${TEST_CLOCK_FLAG} is refused with NODE_ENV=production`
  }
  const host = new URL(options.apiRoot).hostname
  if (!LOOPBACK_HOSTS.has(host)) {
    return `${TEST_CLOCK_FLAG} needs ${options.variable ?? 'TELEGRAM_API_ROOT'} on loopback (a test Bot API), not ${host}`
  }
  return null
}

/** Parses `--test-clock=2026-03-02T01:00:00Z` from the arguments: the starting time, or null without the flag. */
export function testClockStart(argv: string[]): Date | null {
  const arg = argv.find((a) => a === TEST_CLOCK_FLAG || a.startsWith(`${TEST_CLOCK_FLAG}=`))
  if (!arg) {
    return null
  }
  const value = arg.slice(TEST_CLOCK_FLAG.length + 1)
  const at = value ? new Date(value) : new Date()
  if (Number.isNaN(at.getTime())) {
    throw new Error(`${TEST_CLOCK_FLAG}: not a date: ${value}`)
  }
  return at
}

function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1'
}

/**
 * POST /test/clock {"at": ISO}: sets this process's clock and runs one scheduler tick, answering
 * when the tick is done (the test then knows the runs due at that time exist and were drained).
 * Registered only with the flag, and answered only to loopback.
 */
export function testClockRoute(deps: { clock: SettableClock; tick: () => Promise<unknown> }): Route {
  return {
    method: 'POST',
    path: '/test/clock',
    maxBodyBytes: 1024,
    async handle(request) {
      if (!isLoopback(request.remoteAddress)) {
        return text(403, 'loopback only')
      }
      let at: Date
      try {
        at = new Date((JSON.parse(request.body.toString('utf8')) as { at?: string }).at ?? '')
      } catch {
        return text(400, 'expected {"at": ISO date}')
      }
      if (Number.isNaN(at.getTime())) {
        return text(400, 'expected {"at": ISO date}')
      }
      deps.clock.set(at)
      await deps.tick()
      return json(200, { now: deps.clock.now().toISOString() })
    },
  }
}
