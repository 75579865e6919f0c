import type { Committee, RunKind } from '../db/repositories/index.js'
import type { LocalDate } from '../services/calendar/local-date.js'
import type { Services } from '../services/index.js'

/**
 * A scheduled run missed beyond its window: recorded as skipped (never sent late) and the
 * secretariat told in private, in one transaction. Returns false when another instance (or an
 * earlier tick) recorded it already.
 */
export function recordMissedRun(
  deps: { services: Services },
  committee: Committee,
  run: { kind: RunKind; localDate: LocalDate; note: string },
  notice: { key: string; vars: Record<string, string | number> },
): Promise<boolean> {
  return deps.services.runs.recordMissed(committee, run, notice)
}
