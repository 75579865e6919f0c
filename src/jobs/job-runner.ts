import type { Committee } from '../db/repositories/index.js'
import type { Logger } from '../logger.js'
import type { Services } from '../services/index.js'

/** What one committee's job did, and when it should be looked at next. */
export interface CommitteeJobResult {
  outcome: 'created' | 'skipped' | 'none'
  /** When the job is next due for this committee (job_schedules.next_run_at). */
  next: Date
  /** Messages queued (reminders count people, not runs). */
  queued?: number
}

export interface CommitteeJobTotals {
  created: number
  skipped: number
  failed: number
  queued: number
}

/** Committees read per query when a job walks all of them: memory stays bounded at any count. */
const COMMITTEE_PAGE = 500

/**
 * Runs `job` for every committee, a page of committees at a time, each in its own error boundary:
 * one committee's failure is logged and the others go on. (The scheduler instead runs only the
 * committees whose job is due; this is the walk tests and tools use.)
 */
export async function forEachCommittee(
  deps: { services: Services; logger: Logger },
  name: string,
  job: (committee: Committee) => Promise<CommitteeJobResult>,
): Promise<CommitteeJobTotals> {
  const totals: CommitteeJobTotals = { created: 0, skipped: 0, failed: 0, queued: 0 }
  let after = 0
  for (;;) {
    const page = await deps.services.committees.listPage(after, COMMITTEE_PAGE)
    for (const committee of page) {
      try {
        const result = await job(committee)
        totals.created += result.outcome === 'created' ? 1 : 0
        totals.skipped += result.outcome === 'skipped' ? 1 : 0
        totals.queued += result.queued ?? 0
      } catch (error) {
        totals.failed++
        deps.logger.error({ err: error, job: name, committee: committee.id }, 'job failed for a committee; the others go on')
      }
    }
    const last = page.at(-1)
    if (!last || page.length < COMMITTEE_PAGE) {
      return totals
    }
    after = last.id
  }
}
