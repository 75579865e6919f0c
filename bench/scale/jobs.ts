import { writeFileSync } from 'node:fs'
import { createI18n } from '../../src/bot/i18n.js'
import { createRepositories } from '../../src/db/repositories/index.js'
import { createPlatformSender } from '../../src/delivery/sender.js'
import * as digest from '../../src/jobs/daily-digest.js'
import * as reminders from '../../src/jobs/reminders.js'
import * as scheduler from '../../src/jobs/scheduler.js'
import * as weekly from '../../src/jobs/weekly-summary.js'
import { SettableClock } from '../../src/services/clock.js'
import { createServices } from '../../src/services/index.js'
import { atLocalTime } from '../../src/services/time.js'
import { datasetSpec, logger, memory, openDataset, QueryCounter, type Engine, argOption } from './harness.js'

/**
 * The scheduled jobs on many committees, one job per process (so its memory peak is its own):
 * the daily digest at 07:30, reminders at 08:00, the weekly summary on Monday 08:00, then a tick
 * at 10:17 when nothing is due. Wall time, SQL statements, peak RSS, runs and deliveries made.
 *
 *   tsx bench/scale/jobs.ts --engine pglite --dataset multi --job digest|reminders|weekly|idle [--clean]
 */
const args = process.argv.slice(2)
const option = (name: string, fallback: string) => argOption(args, name, fallback)
const engine = option('engine', 'pglite') as Engine
const dataset = option('dataset', 'multi')
const job = option('job', 'digest')
const out = option('out', '')

const spec = datasetSpec(engine, dataset)
const counter = new QueryCounter()
const database = await openDataset(engine, dataset, counter)
if (args.includes('--clean')) {
  // A fresh day: what an earlier benchmark run queued is forgotten.
  await database.sql.exec(`DELETE FROM deliveries; DELETE FROM runs; DELETE FROM reminder_steps;`)
  await database.sql.exec(`DO $$ BEGIN IF to_regclass('job_schedules') IS NOT NULL THEN DELETE FROM job_schedules; END IF; END $$;`)
}
const at = (time: string) => atLocalTime(spec.today, time, 'Asia/Ho_Chi_Minh')
const times: Record<string, Date> = { digest: at('07:30'), reminders: at('08:00'), weekly: at('08:00'), idle: at('10:17') }
const now = times[job] ?? at('10:17')
const clock = new SettableClock()
clock.set(now)
const repos = createRepositories(database.prisma, () => clock.now())
const services = createServices({
  repos,
  clock,
  logger,
  settings: { defaultLocale: 'vi', defaultTimeZone: 'Asia/Ho_Chi_Minh', inviteTtlDays: 7 },
})
const i18n = createI18n({ defaultLocale: 'vi', services, platform: 'telegram' })
const translate = (locale: string, key: string, vars?: Record<string, string | number>) => i18n.t(locale, key, vars)
let sent = 0
// The real sender on an in-memory platform without limits: the jobs are measured, not a platform's pace.
const sender = createPlatformSender({
  services,
  driver: {
    platform: 'telegram',
    limits: {
      platformPerSecond: 1_000_000,
      perSecond: 100_000,
      group: { count: 100_000, windowMs: 60_000 },
      private: { count: 100_000, windowMs: 1000 },
      concurrency: 8,
    },
    send: () => Promise.resolve(String(++sent)),
    classify: (error) => ({ kind: 'unknown', description: String(error) }),
  },
  clock,
  logger,
})
const deps = { repos, services, translate, logger, sender, clock, conversationTimeoutMs: 30 * 60_000, soleProcess: engine === 'pglite' }

if (job === 'idle') {
  // What the jobs queued has been sent: the tick finds nothing to do.
  await database.sql.exec(`UPDATE deliveries SET state = 'sent' WHERE state IN ('pending', 'sending')`)
}
const JOB_KINDS: Record<string, string> = { digest: 'daily_digest', reminders: 'reminder', weekly: 'weekly_summary' }
const modern = 'createScheduler' in scheduler
if (modern) {
  // As start-up does: every committee has its schedule rows (the benchmark's --clean removed them).
  await (repos as unknown as { schedules: { ensureAll(now: Date): Promise<number> } }).schedules.ensureAll(times.digest ?? now)
}
counter.reset()
const started = performance.now()
let result: unknown
if (modern) {
  const create = (scheduler as unknown as { createScheduler: (d: typeof deps, l: typeof logger) => SchedulerLike }).createScheduler
  const instance = create(deps, logger)
  result = job === 'idle' ? await instance.tick() : await instance.runDue(now, [JOB_KINDS[job] ?? job])
} else if (job === 'digest') {
  result = await digest.runDailyDigest(deps, now)
} else if (job === 'reminders') {
  result = await reminders.runReminders(deps, now)
} else if (job === 'weekly') {
  result = await weekly.runWeeklySummary(deps, now)
} else {
  // The tick as it was: every job for every committee, then the outbox.
  await sender.expireInterrupted()
  await digest.runDailyDigest(deps, now)
  await reminders.runReminders(deps, now)
  await weekly.runWeeklySummary(deps, now)
  result = await sender.drain()
}
const seconds = (performance.now() - started) / 1000
const queries = counter.count
const [made] = await database.sql.query<{ runs: number; deliveries: number; chars: number; max_parts: number }>(
  `SELECT (SELECT count(*)::int FROM runs) AS runs, (SELECT count(*)::int FROM deliveries) AS deliveries,
     (SELECT coalesce(max(length(text)), 0)::int FROM deliveries) AS chars,
     (SELECT coalesce(max(part_no), 0)::int FROM deliveries d JOIN runs r ON r.id = d.run_id WHERE r.kind <> 'notice') AS max_parts`,
)
const row = {
  engine,
  dataset,
  committees: spec.committees,
  job,
  modern,
  seconds: Math.round(seconds * 100) / 100,
  queries,
  queriesPerCommittee: Math.round((queries / spec.committees) * 10) / 10,
  ...memory(),
  heapMb: Math.round(process.memoryUsage().heapUsed / 1e6),
  arrayBuffersMb: Math.round(process.memoryUsage().arrayBuffers / 1e6),
  ...made,
  result,
}
process.stderr.write(`${JSON.stringify(row)}\n`)
if (out) {
  writeFileSync(out, JSON.stringify(row, null, 2))
}
await database.close()
process.exit(0)

interface SchedulerLike {
  runDue(now: Date, jobs?: string[]): Promise<unknown>
  tick(): Promise<unknown>
}
