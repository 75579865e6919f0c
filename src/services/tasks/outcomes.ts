import type { LocalDate } from '../calendar/local-date.js'

/** The four classes officials report with (đúng hạn, trễ hạn, còn hạn, quá hạn). */
export type OutcomeClass = 'done_on_time' | 'done_late' | 'open_in_term' | 'open_overdue'

export const OUTCOME_CLASSES: readonly OutcomeClass[] = ['done_on_time', 'done_late', 'open_in_term', 'open_overdue']

export interface OutcomeTask {
  status: 'open' | 'done' | 'cancelled'
  /** The date that counts (after any approved extension); null: no deadline. */
  dueDate: LocalDate | null
  /** The date the task was done: see `completionDate`. */
  completedOn: LocalDate | null
}

/**
 * The date a task is done on: the date of the document the lead body sent (ngày văn bản), as
 * officials count it — not the day someone told the bot (confirmation) nor the day the secretariat
 * accepted it. A report dated 27/02 for a task due 27/02, confirmed on 28/02 and accepted on 01/03,
 * is done on time. The document's date may not be after the confirmation nor before the assignment
 * (the dialogue refuses such dates); should one be stored anyway, it is held within those bounds.
 */
export function completionDate(submission: { documentDate: LocalDate; submittedOn: LocalDate }, assignedOn: LocalDate): LocalDate {
  const { documentDate, submittedOn } = submission
  if (documentDate > submittedOn) {
    return submittedOn
  }
  return documentDate < assignedOn ? assignedOn : documentDate
}

/**
 * The class of one task on day `on`: done on time when completed by its due date, done late after
 * it; open in term until the due date has passed, overdue from the day after. A task without a
 * deadline is on time when done and in term while open. Cancelled tasks have no class.
 */
export function classifyTask(task: OutcomeTask, on: LocalDate): OutcomeClass | null {
  if (task.status === 'cancelled') {
    return null
  }
  if (task.status === 'done') {
    return task.dueDate === null || (task.completedOn !== null && task.completedOn <= task.dueDate) ? 'done_on_time' : 'done_late'
  }
  return task.dueDate !== null && task.dueDate < on ? 'open_overdue' : 'open_in_term'
}

export type OutcomeCounts = Record<OutcomeClass, number> & { total: number; extended: number }

export function emptyCounts(): OutcomeCounts {
  return { done_on_time: 0, done_late: 0, open_in_term: 0, open_overdue: 0, total: 0, extended: 0 }
}

/**
 * Counts a set of tasks by class, in total and grouped by any keys (body, session, plan). Every
 * list, digest and summary uses this one function.
 */
export function countOutcomes<T extends OutcomeTask & { extended?: boolean }>(
  tasks: readonly T[],
  on: LocalDate,
  groupBy?: (task: T) => (string | number)[],
): { total: OutcomeCounts; groups: Map<string | number, OutcomeCounts> } {
  const total = emptyCounts()
  const groups = new Map<string | number, OutcomeCounts>()
  for (const task of tasks) {
    const outcome = classifyTask(task, on)
    if (!outcome) {
      continue
    }
    const targets = [
      total,
      ...(groupBy?.(task) ?? []).map((key) => {
        let counts = groups.get(key)
        if (!counts) {
          counts = emptyCounts()
          groups.set(key, counts)
        }
        return counts
      }),
    ]
    for (const counts of targets) {
      counts[outcome]++
      counts.total++
      if (task.extended) {
        counts.extended++
      }
    }
  }
  return { total, groups }
}
