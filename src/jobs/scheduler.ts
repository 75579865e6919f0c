import cron, { type ScheduledTask } from 'node-cron'
import type { Committee, JobName } from '../db/repositories/index.js'
import type { DrainStats, Sender } from '../delivery/sender.js'
import type { Logger } from '../logger.js'
import type { Clock } from '../services/clock.js'
import { digestForCommittee, type DigestDeps } from './daily-digest.js'
import type { CommitteeJobResult } from './job-runner.js'
import { runPurgeRuntime } from './purge-runtime.js'
import { remindersForCommittee, type ReminderDeps } from './reminders.js'
import { summaryForCommittee } from './weekly-summary.js'

export interface SchedulerDeps extends DigestDeps, ReminderDeps {
  /** The outbox's senders (one per platform, or all of them together: delivery/all-senders.ts). */
  sender: Pick<Sender, 'drain' | 'expireInterrupted'>
  clock: Clock
  conversationTimeoutMs: number
  /** True on the embedded database: no other process can be sending, and nothing keeps statistics but us. */
  soleProcess: boolean
  /** The embedded database's nightly backup (jobs/backup.ts); none on PostgreSQL (pg_dump's job). */
  nightlyBackup?: () => Promise<unknown>
}

type CommitteeJob = (deps: SchedulerDeps, committee: Committee, now: Date) => Promise<CommitteeJobResult>

const JOBS: Record<JobName, CommitteeJob> = {
  daily_digest: digestForCommittee,
  reminder: remindersForCommittee,
  weekly_summary: summaryForCommittee,
}
const ALL_JOBS = Object.keys(JOBS) as JobName[]

/** Due jobs claimed per query: memory and a claim's lease stay bounded with thousands of committees due at once. */
const BATCH = 50
/** Longer than any one committee's job; a process that dies holding a claim loses it after this. */
const LEASE_MS = 10 * 60_000
/** A failed job is tried again at the next tick but one. */
const RETRY_MS = 60_000

export interface JobStats {
  runs: number
  failures: number
  /** The last pass that found this job due: how many committees, how long. */
  lastPass: { committees: number; failed: number; ms: number; at: Date } | null
}

export interface PassResult {
  committees: number
  failed: number
  ms: number
}

/**
 * The only place with cron expressions. node-cron only triggers: what is due lives in the
 * database (job_schedules: each committee's next run time per job, read through an index), what
 * was sent and what must still be sent too (the outbox). So the minute tick costs a few indexed
 * queries when nothing is due, however many committees there are; a tick missed while the process
 * was down is caught up by the next one (within each run's catch-up window); several instances
 * claim each due job once (SKIP LOCKED, a lease); each committee's job runs in its own error
 * boundary (a failure is logged, counted and retried, and the others go on); and the outbox is
 * drained on its own loop, never waiting behind a job — jobs wake it as they queue.
 */
export function createScheduler(deps: SchedulerDeps, logger: Logger) {
  const { repos } = deps
  const log = logger.child({ component: 'scheduler' })
  const stats: Record<JobName, JobStats> = {
    daily_digest: { runs: 0, failures: 0, lastPass: null },
    reminder: { runs: 0, failures: 0, lastPass: null },
    weekly_summary: { runs: 0, failures: 0, lastPass: null },
  }
  let jobs: Promise<PassResult> | null = null
  let draining: Promise<void> | null = null
  let drainAgain = false
  let lastDrain: DrainStats | null = null
  const tasks: ScheduledTask[] = []
  let startup: Promise<unknown> | null = null

  /** Runs every due job of `kinds` at `now`, batch by batch, until none is due. */
  async function runDue(now: Date, kinds: readonly string[] = ALL_JOBS): Promise<PassResult> {
    const wanted = ALL_JOBS.filter((job) => kinds.includes(job))
    const started = performance.now()
    const perJob = new Map<JobName, { committees: number; failed: number; ms: number }>()
    let committees = 0
    let failed = 0
    // The clock was set back (the console's :clock): times worked out "in the future" mean nothing.
    await repos.schedules.resetComputedAfter(now)
    for (;;) {
      const batch = await repos.schedules.claimDue(now, LEASE_MS, BATCH, wanted)
      if (batch.length === 0) {
        break
      }
      const byId = new Map(
        (await deps.services.committees.listByIds([...new Set(batch.map((due) => due.committeeId))])).map((c) => [c.id, c]),
      )
      for (const due of batch) {
        const committee = byId.get(due.committeeId)
        if (!committee) {
          continue // removed meanwhile; its schedule rows went with it
        }
        const jobStarted = performance.now()
        const entry = perJob.get(due.job) ?? { committees: 0, failed: 0, ms: 0 }
        perJob.set(due.job, entry)
        entry.committees++
        committees++
        try {
          const result = await JOBS[due.job](deps, committee, now)
          // Never due again within this pass, whatever the job said.
          const next = result.next.getTime() > now.getTime() ? result.next : new Date(now.getTime() + RETRY_MS)
          const ms = performance.now() - jobStarted
          await repos.schedules.finish(committee.id, due.job, next, now, ms)
          stats[due.job].runs++
          entry.ms += ms
        } catch (error) {
          const ms = performance.now() - jobStarted
          failed++
          entry.failed++
          entry.ms += ms
          stats[due.job].failures++
          log.error({ err: error, job: due.job, committee: committee.id }, 'scheduled job failed for a committee; retried at a later tick')
          await repos.schedules
            .fail(
              committee.id,
              due.job,
              new Date(now.getTime() + RETRY_MS),
              now,
              error instanceof Error ? error.message : String(error),
              ms,
            )
            .catch((failure: unknown) => log.error({ err: failure, committee: committee.id }, 'could not record the failure'))
        }
      }
      // What this batch queued goes out while the next batch is worked out.
      void drain()
    }
    const ms = Math.round(performance.now() - started)
    for (const [job, entry] of perJob) {
      stats[job].lastPass = { committees: entry.committees, failed: entry.failed, ms: Math.round(entry.ms), at: now }
      log.info({ job, committees: entry.committees, failed: entry.failed, ms: Math.round(entry.ms) }, 'job pass done')
    }
    return { committees, failed, ms }
  }

  /** One pass of the due jobs; a pass still going is joined, never started twice. */
  function runJobs(kinds?: readonly string[]): Promise<PassResult> {
    if (!jobs) {
      jobs = runDue(deps.clock.now(), kinds).finally(() => {
        jobs = null
      })
    }
    return jobs
  }

  /** Sends the outbox; a drain in progress runs once more instead of a second one starting beside it. */
  function drain(): Promise<void> {
    if (draining) {
      drainAgain = true
      return draining
    }
    draining = (async () => {
      do {
        drainAgain = false
        const result = await deps.sender.drain()
        lastDrain = result
        if (result.sent + result.failed + result.unknown + result.rateLimited + result.rekeyed > 0) {
          log.info(result, 'outbox drained')
        }
      } while (drainAgain)
    })()
      .catch((error: unknown) => log.error({ err: error }, 'outbox drain failed'))
      .finally(() => {
        draining = null
      })
    return draining
  }

  /** Statistics kept fresh on the embedded database (no autovacuum there). */
  async function analyze(all: boolean): Promise<void> {
    if (!deps.soleProcess) {
      return
    }
    const started = performance.now()
    if (all) {
      await repos.maintenance.analyzeAll()
      log.info({ ms: Math.round(performance.now() - started) }, 'statistics refreshed (ANALYZE)')
      return
    }
    const tables = await repos.maintenance.analyzeStale()
    if (tables.length > 0) {
      log.info({ tables, ms: Math.round(performance.now() - started) }, 'statistics refreshed for changed tables (ANALYZE)')
    }
  }

  /** The due jobs, then the outbox until it is empty: what a tick does, awaited. */
  async function tick(): Promise<PassResult> {
    // A pass already going (started by cron or at start-up) had an earlier clock: run again after it.
    if (jobs) {
      await jobs.catch(() => undefined)
    }
    const result = await runJobs()
    await drain()
    return result
  }

  const guard = (name: string, work: () => Promise<unknown>) => () => {
    void work().catch((error: unknown) => log.error({ err: error, task: name }, 'scheduled task failed'))
  }

  return {
    runDue,
    tick,
    drain,
    /** Counters for metrics: runs and failures per job, the last pass of each. */
    stats: () => ({ jobs: stats, lastDrain }),
    /** Starts the cron triggers. */
    start(): void {
      tasks.push(
        // Every minute: the due jobs, and the outbox on its own loop.
        cron.schedule(
          '* * * * *',
          guard('jobs', () => (jobs ? Promise.resolve() : runJobs())),
          { name: 'due-jobs' },
        ),
        cron.schedule('* * * * *', guard('outbox', drain), { name: 'outbox' }),
        // Every ten minutes: tables that changed much since their last ANALYZE (a bulk import).
        cron.schedule(
          '*/10 * * * *',
          guard('analyze-stale', () => analyze(false)),
          { name: 'analyze-stale' },
        ),
        // Every night: forget old update ids and abandoned dialogues; full statistics.
        cron.schedule(
          '17 3 * * *',
          guard('purge', () => runPurgeRuntime(deps, deps.clock.now())),
          { name: 'purge-runtime', timezone: 'Asia/Ho_Chi_Minh' },
        ),
        cron.schedule(
          '41 2 * * *',
          guard('analyze', () => analyze(true)),
          { name: 'analyze', timezone: 'Asia/Ho_Chi_Minh' },
        ),
      )
      const { nightlyBackup } = deps
      if (nightlyBackup) {
        // Every night, after the purge: a backup of the embedded database, the last seven kept.
        tasks.push(cron.schedule('41 3 * * *', guard('backup', nightlyBackup), { name: 'backup', timezone: 'Asia/Ho_Chi_Minh' }))
      }
    },
    /**
     * Start-up reconciliation: interrupted sends become unknown, every committee has its schedule,
     * then — in the background, so the first answer does not wait — stale statistics, the missed
     * runs and the outbox. Returns that background work.
     */
    async reconcile(): Promise<{ background: Promise<unknown> }> {
      const expired = await deps.sender.expireInterrupted(deps.soleProcess)
      if (expired > 0) {
        log.warn({ expired }, 'deliveries interrupted by the previous run marked unknown (not resent)')
      }
      await repos.schedules.ensureAll(deps.clock.now())
      const background = analyze(false)
        .then(() => tick())
        .catch((error: unknown) => log.error({ err: error }, 'start-up tick failed'))
      startup = background
      return { background }
    },
    async stop(): Promise<void> {
      for (const task of tasks) {
        await task.stop()
      }
      await startup
      await jobs?.catch(() => undefined)
      await draining
    },
  }
}
export type Scheduler = ReturnType<typeof createScheduler>

/** Creates the scheduler and starts its cron triggers. */
export function startScheduler(deps: SchedulerDeps, logger: Logger): Scheduler {
  const scheduler = createScheduler(deps, logger)
  scheduler.start()
  return scheduler
}
