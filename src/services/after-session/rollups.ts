import type { RollupItem, RollupOpinion, RollupTask } from '../../db/repositories/index.js'
import type { LocalDate } from '../calendar/local-date.js'
import { classifyTask, type OutcomeClass } from '../tasks/outcomes.js'

/** The opinions of a session by what became of them. Every opinion is in exactly one count. */
export interface OpinionRollup {
  received: number
  answeredAtSession: number
  /** Written answers by the four classes of their tasks. */
  writing: Record<OutcomeClass, number>
  transferred: number
  /** Recorded without an outcome yet. */
  undecided: number
}

/** The conclusion items of a session. Every item is in exactly one of done, inProgress, overdue. */
export interface ItemRollup {
  total: number
  doneOnTime: number
  doneLate: number
  /** Open and not overdue, the ongoing ("thường xuyên") ones included. */
  inProgress: number
  /** Of those in progress: ongoing, without a due date. */
  ongoing: number
  overdue: number
}

export interface SessionRollup {
  opinions: OpinionRollup
  items: ItemRollup
}

const zeroClasses = (): Record<OutcomeClass, number> => ({ done_on_time: 0, done_late: 0, open_in_term: 0, open_overdue: 0 })

export function emptyRollup(): SessionRollup {
  return {
    opinions: { received: 0, answeredAtSession: 0, writing: zeroClasses(), transferred: 0, undecided: 0 },
    items: { total: 0, doneOnTime: 0, doneLate: 0, inProgress: 0, ongoing: 0, overdue: 0 },
  }
}

const classOf = (task: RollupTask, on: LocalDate) => classifyTask(task, on)

/** Opinions answered, still owed or undecided: what a leader asks first after a dialogue. */
export function pendingOpinions(rollup: OpinionRollup): number {
  return rollup.undecided + rollup.writing.open_in_term + rollup.writing.open_overdue
}

/** Counts opinions by what became of them, grouped by `key` (a session, a field). */
export function rollUpOpinions<K, R extends Pick<RollupOpinion, 'outcome' | 'task'>>(
  rows: R[],
  on: LocalDate,
  key: (row: R) => K,
): Map<K, OpinionRollup> {
  const result = new Map<K, OpinionRollup>()
  for (const row of rows) {
    const k = key(row)
    let counts = result.get(k)
    if (!counts) {
      counts = emptyRollup().opinions
      result.set(k, counts)
    }
    counts.received++
    switch (row.outcome) {
      case 'answered_at_session':
        counts.answeredAtSession++
        break
      case 'transferred':
        counts.transferred++
        break
      case 'pending':
        counts.undecided++
        break
      case 'in_writing': {
        const outcome = row.task ? classOf(row.task, on) : 'open_in_term'
        if (outcome) {
          counts.writing[outcome]++
        }
        break
      }
    }
  }
  return result
}

/** Counts conclusion items as done (on time, late), in progress (ongoing apart) or overdue, grouped by `key`. */
export function rollUpItems<K, R extends Pick<RollupItem, 'ongoing' | 'task'>>(
  rows: R[],
  on: LocalDate,
  key: (row: R) => K,
): Map<K, ItemRollup> {
  const result = new Map<K, ItemRollup>()
  for (const row of rows) {
    const outcome = classOf(row.task, on)
    if (!outcome) {
      continue
    }
    const k = key(row)
    let counts = result.get(k)
    if (!counts) {
      counts = emptyRollup().items
      result.set(k, counts)
    }
    counts.total++
    if (outcome === 'done_on_time') {
      counts.doneOnTime++
    } else if (outcome === 'done_late') {
      counts.doneLate++
    } else if (outcome === 'open_overdue') {
      counts.overdue++
    } else {
      counts.inProgress++
      if (row.ongoing) {
        counts.ongoing++
      }
    }
  }
  return result
}

/**
 * Per session, on day `on`: opinions received, answered at the session, answered in writing (on
 * time, late, still open in term, overdue — the task outcome classes of outcomes.ts), transferred,
 * undecided; conclusion items done on time or late, in progress (ongoing ones apart), overdue. A
 * written answer or item whose task was cancelled counts as received but in no class.
 */
export function rollUpSessions(
  opinions: Pick<RollupOpinion, 'sessionId' | 'outcome' | 'task'>[],
  items: Pick<RollupItem, 'sessionId' | 'ongoing' | 'task'>[],
  on: LocalDate,
): Map<number, SessionRollup> {
  const byOpinion = rollUpOpinions(opinions, on, (row) => row.sessionId)
  const byItem = rollUpItems(items, on, (row) => row.sessionId)
  const result = new Map<number, SessionRollup>()
  for (const id of new Set([...byOpinion.keys(), ...byItem.keys()])) {
    const empty = emptyRollup()
    result.set(id, { opinions: byOpinion.get(id) ?? empty.opinions, items: byItem.get(id) ?? empty.items })
  }
  return result
}

/** The sum of several sessions' roll-ups (the year's total in the summary and the report). */
export function sumRollups(rollups: Iterable<SessionRollup>): SessionRollup {
  const total = emptyRollup()
  for (const r of rollups) {
    total.opinions.received += r.opinions.received
    total.opinions.answeredAtSession += r.opinions.answeredAtSession
    total.opinions.transferred += r.opinions.transferred
    total.opinions.undecided += r.opinions.undecided
    for (const key of Object.keys(total.opinions.writing) as OutcomeClass[]) {
      total.opinions.writing[key] += r.opinions.writing[key]
    }
    for (const key of Object.keys(total.items) as (keyof ItemRollup)[]) {
      total.items[key] += r.items[key]
    }
  }
  return total
}
