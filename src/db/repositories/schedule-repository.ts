import type { DbClient } from './client-types.js'

export type JobName = 'daily_digest' | 'reminder' | 'weekly_summary'
export const JOB_NAMES: readonly JobName[] = ['daily_digest', 'reminder', 'weekly_summary']

/** A committee's job that is due, claimed by this process until `leaseUntil`. */
export interface DueJob {
  committeeId: number
  job: JobName
  nextRunAt: Date
}

/**
 * When each committee's scheduled jobs are next due (job_schedules). The minute tick reads only
 * the due rows through an index, however many committees there are, and claims them with
 * `FOR UPDATE SKIP LOCKED` and a lease, so several instances on one PostgreSQL run each due job
 * once, and a job still running is not started again.
 */
export function createScheduleRepository(db: DbClient) {
  return {
    /** Gives every committee without one a schedule row per job, due `now` (at start-up). */
    async ensureAll(now: Date): Promise<number> {
      return db.$executeRaw`
        INSERT INTO job_schedules (committee_id, job, next_run_at, computed_at)
        SELECT c.id, j.job, ${now}, ${now}
        FROM committees c CROSS JOIN unnest(enum_range(NULL::"JobKind")) AS j(job)
        ON CONFLICT (committee_id, job) DO NOTHING`
    },
    /**
     * Rows worked out at a later time than `now` become due now: the clock was set back (the
     * console's :clock, a corrected system clock), so their times mean nothing any more.
     */
    resetComputedAfter(now: Date): Promise<number> {
      return db.$executeRaw`UPDATE job_schedules SET next_run_at = ${now}, computed_at = ${now} WHERE computed_at > ${now}`
    },
    /** A committee's settings changed: its jobs work out their times again at the next tick. */
    resetCommittee(committeeId: number, now: Date): Promise<number> {
      return db.$executeRaw`UPDATE job_schedules SET next_run_at = ${now}, computed_at = ${now} WHERE committee_id = ${committeeId}`
    },
    /** Claims up to `limit` due jobs (of `jobs`, or all) for `leaseMs`; others' claims are skipped. */
    async claimDue(now: Date, leaseMs: number, limit: number, jobs: readonly JobName[] = JOB_NAMES): Promise<DueJob[]> {
      const leaseUntil = new Date(now.getTime() + leaseMs)
      return db.$queryRaw<DueJob[]>`
        UPDATE job_schedules js SET lease_until = ${leaseUntil}, last_started_at = ${now}
        FROM (
          SELECT committee_id, job FROM job_schedules
          WHERE next_run_at <= ${now} AND (lease_until IS NULL OR lease_until < ${now})
            AND job = ANY(string_to_array(${jobs.join(',')}, ',')::"JobKind"[])
          ORDER BY next_run_at LIMIT ${limit}
          FOR UPDATE SKIP LOCKED
        ) due
        WHERE js.committee_id = due.committee_id AND js.job = due.job
        RETURNING js.committee_id AS "committeeId", js.job::text AS job, js.next_run_at AS "nextRunAt"`
    },
    /** The job ran: next due at `nextRunAt` (worked out at `computedAt`), its lease released. */
    async finish(committeeId: number, job: JobName, nextRunAt: Date, computedAt: Date, durationMs: number): Promise<void> {
      await db.$executeRaw`
        UPDATE job_schedules SET next_run_at = ${nextRunAt}, computed_at = ${computedAt}, lease_until = NULL,
          last_duration_ms = ${Math.round(durationMs)}, last_error = NULL, failures = 0
        WHERE committee_id = ${committeeId} AND job = ${job}::"JobKind"`
    },
    /** The job failed: tried again at `retryAt`, the error kept and counted. */
    async fail(committeeId: number, job: JobName, retryAt: Date, computedAt: Date, error: string, durationMs: number): Promise<void> {
      await db.$executeRaw`
        UPDATE job_schedules SET next_run_at = ${retryAt}, computed_at = ${computedAt}, lease_until = NULL,
          last_duration_ms = ${Math.round(durationMs)}, last_error = ${error.slice(0, 500)}, failures = failures + 1
        WHERE committee_id = ${committeeId} AND job = ${job}::"JobKind"`
    },
    /** The schedule rows of a committee (for /guiloi-style reports and tests). */
    ofCommittee(committeeId: number) {
      return db.jobSchedule.findMany({ where: { committeeId }, orderBy: { job: 'asc' } })
    },
  }
}
export type ScheduleRepository = ReturnType<typeof createScheduleRepository>
