import { afterEach, describe, expect, it } from 'vitest'
import type { ScaleSpec } from '../../bench/scale/generate.js'
import { createI18n } from '../../src/bot/i18n.js'
import { openDatabase } from '../../src/db/client.js'
import { createRepositories } from '../../src/db/repositories/index.js'
import { createPlatformSender } from '../../src/delivery/sender.js'
import { createScheduler } from '../../src/jobs/scheduler.js'
import { SettableClock } from '../../src/services/clock.js'
import { createServices } from '../../src/services/index.js'
import { atLocalTime } from '../../src/services/time.js'
import { scaleDatabase, type ScaleDatabase } from '../helpers/scale-db.js'
import { FAST_LIMITS } from '../helpers/delivery-setup.js'
import { silentLogger } from '../helpers/test-db.js'

/** 12 small committees (8 bodies, 40 tasks each); Monday 2 March 2026. */
const SPEC: ScaleSpec = { committees: 12, bodies: 8, sessions: 4, tasks: 40, today: '2026-03-02' }
const at = (time: string, date = SPEC.today) => atLocalTime(date, time, 'Asia/Ho_Chi_Minh')

describe('the scheduler: due jobs found by their next run time, each committee on its own', { timeout: 120_000 }, () => {
  let scale: ScaleDatabase | null = null
  afterEach(async () => {
    await scale?.destroy()
    scale = null
  })

  async function setup(prisma = scale!.database.prisma) {
    const clock = new SettableClock()
    clock.set(at('06:00'))
    const repos = createRepositories(prisma, () => clock.now())
    const services = createServices({
      repos,
      clock,
      logger: silentLogger,
      settings: { defaultLocale: 'vi', defaultTimeZone: 'Asia/Ho_Chi_Minh', inviteTtlDays: 7 },
    })
    const i18n = createI18n({ defaultLocale: 'vi', services, platform: 'telegram' })
    const sent: string[] = []
    // The real sender on an in-memory platform that takes everything at once.
    const sender = createPlatformSender({
      services,
      driver: {
        platform: 'telegram',
        limits: FAST_LIMITS,
        send: (message) => Promise.resolve(String(sent.push(message.target))),
        classify: (error) => ({ kind: 'unknown', description: String(error) }),
      },
      clock,
      logger: silentLogger,
    })
    const deps = {
      repos,
      services,
      translate: (locale: string, key: string, vars?: Record<string, string | number>) => i18n.t(locale, key, vars),
      logger: silentLogger,
      sender,
      clock,
      conversationTimeoutMs: 60_000,
      soleProcess: true,
    }
    const scheduler = createScheduler(deps, silentLogger)
    await repos.schedules.ensureAll(clock.now())
    const runs = async (kind: string) =>
      (await scale!.database.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM runs WHERE kind = $1`, [kind]))[0]?.n ?? 0
    return { clock, repos, services, scheduler, sent, runs }
  }

  it('runs each due job once per committee with a fixed number of statements, and an idle tick costs the same whatever the committees', async () => {
    scale = await scaleDatabase(SPEC)
    const env = await setup()
    // 06:00: every job is looked at once and told when it is next due; nothing is queued.
    expect((await env.scheduler.runDue(at('06:00'))).committees).toBe(36)
    expect(await env.runs('daily_digest')).toBe(0)

    env.clock.set(at('07:30'))
    const digest = await scale.log.during(() => env.scheduler.runDue(at('07:30')))
    expect(digest.result).toMatchObject({ committees: 12, failed: 0 })
    expect(await env.runs('daily_digest')).toBe(12)
    // A bounded number of statements per committee (claims, committees and outbox drains are per batch;
    // the after-session sections read their opinions, items and bridge points once each).
    expect(digest.statements.length / 12).toBeLessThanOrEqual(26)

    env.clock.set(at('08:00'))
    const morning = await env.scheduler.tick()
    expect(morning).toMatchObject({ committees: 24, failed: 0 }) // reminders and the weekly summary
    expect(await env.runs('weekly_summary')).toBe(12)

    // Later that morning nothing is due: the tick reads the due rows through their index and stops.
    env.clock.set(at('10:17'))
    const idle = await scale.log.during(() => env.scheduler.tick())
    expect(idle.result.committees).toBe(0)
    expect(idle.statements.length).toBeLessThanOrEqual(8)
    expect(idle.statements.join('\n')).not.toMatch(/FROM "public"\."committees"|FROM tasks/)
    // Everything queued was sent, each digest once.
    const [digests] = await scale.database.sql.query<{ sent: number; other: number }>(
      `SELECT count(*) FILTER (WHERE d.state = 'sent')::int AS sent, count(*) FILTER (WHERE d.state <> 'sent')::int AS other
       FROM deliveries d JOIN runs r ON r.id = d.run_id WHERE r.kind = 'daily_digest'`,
    )
    expect(digests).toEqual({ sent: 12, other: 0 })
  })

  it('a committee whose job fails is logged, kept and retried later; the others and the outbox go on', async () => {
    scale = await scaleDatabase(SPEC)
    const env = await setup()
    await env.scheduler.runDue(at('06:00'))
    await scale.database.sql.query(`UPDATE committees SET time_zone = 'Mars/Olympus' WHERE id = 5`)
    env.clock.set(at('07:30'))
    // Committee 5's row is not due at 07:30 by its old time zone… make it due now, as a settings change would.
    await env.repos.schedules.resetCommittee(5, at('07:30'))
    const result = await env.scheduler.tick()
    expect(result.failed).toBe(3) // its digest, reminders and summary: all read the time zone
    expect(await env.runs('daily_digest')).toBe(11)
    expect(env.sent.length).toBeGreaterThanOrEqual(11)
    const [row] = await scale.database.sql.query<{ failures: number; last_error: string; next_run_at: Date }>(
      `SELECT failures, last_error, next_run_at FROM job_schedules WHERE committee_id = 5 AND job = 'daily_digest'`,
    )
    expect(row?.failures).toBe(1)
    expect(row?.last_error).toMatch(/time zone/i)
    expect(new Date(row!.next_run_at).getTime()).toBe(at('07:31').getTime())
    expect(env.scheduler.stats().jobs.daily_digest.failures).toBe(1)
  })

  it('two instances on one database run each due job once', async () => {
    scale = await scaleDatabase(SPEC)
    // On PostgreSQL the second instance has its own connection pool, as a second process would.
    const second = scale.database.kind === 'postgres' ? await openDatabase(scale.options) : null
    const one = await setup()
    const two = await setup(second?.prisma ?? scale.database.prisma)
    await one.scheduler.runDue(at('06:00'))
    const [a, b] = await Promise.all([one.scheduler.runDue(at('07:30')), two.scheduler.runDue(at('07:30'))])
    expect(a.committees + b.committees).toBe(12)
    expect(await one.runs('daily_digest')).toBe(12)
    await second?.close()
  })

  it('a clock set back (the console’s :clock) makes the times worked out later due at once', async () => {
    scale = await scaleDatabase(SPEC)
    const env = await setup()
    await env.scheduler.runDue(at('07:30'))
    expect(await env.runs('daily_digest')).toBe(12)
    const earlier = at('07:45', '2026-02-24') // a Tuesday, a week before
    env.clock.set(earlier)
    expect((await env.scheduler.runDue(earlier, ['daily_digest'])).committees).toBe(12)
    expect(await env.runs('daily_digest')).toBe(24)
  })

  it('a settings change makes the committee’s jobs due at once; the new time is then kept', async () => {
    scale = await scaleDatabase(SPEC)
    const env = await setup()
    await env.scheduler.runDue(at('06:00'))
    env.clock.set(at('06:10'))
    await env.repos.committees.update(3, { digestTime: '06:05' })
    const after = await env.scheduler.runDue(at('06:10'), ['daily_digest'])
    expect(after.committees).toBe(1)
    expect(await env.runs('daily_digest')).toBe(0) // re-timed after its time: nothing was missed today
    const [row] = await scale.database.sql.query<{ next_run_at: Date }>(
      `SELECT next_run_at FROM job_schedules WHERE committee_id = 3 AND job = 'daily_digest'`,
    )
    expect(new Date(row!.next_run_at).getTime()).toBe(at('06:05', '2026-03-03').getTime())
  })
})
