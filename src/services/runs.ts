import type { Committee, Repositories, RunKind } from '../db/repositories/index.js'
import { toDbDate, type LocalDate } from './calendar/local-date.js'
import type { Announce } from './notice.js'

export function createRunService(repos: Repositories, announce: Announce) {
  return {
    /**
     * A scheduled run missed beyond its window: recorded as skipped (never sent late) and the
     * secretariat told in private, in one transaction. Returns false when another instance (or an
     * earlier tick) recorded it already.
     */
    recordMissed(
      committee: Committee,
      run: { kind: RunKind; localDate: LocalDate; note: string },
      notice: { key: string; vars: Record<string, string | number> },
    ): Promise<boolean> {
      return repos.transaction(async (tx) => {
        const created = await tx.outbox.createRun({
          committeeId: committee.id,
          kind: run.kind,
          localDate: toDbDate(run.localDate),
          state: 'skipped',
          note: run.note,
        })
        if (!created) {
          return false
        }
        await announce(tx, [
          { committeeId: committee.id, topic: notice.key, to: [{ kind: 'secretariat' }], text: (t) => t(notice.key, notice.vars) },
        ])
        return true
      })
    },
  }
}
export type RunService = ReturnType<typeof createRunService>
