import type { OutcomeClass } from '../services/tasks/outcomes.js'

/** The four classes' colours, the same in the summary's pictures and the dashboard's charts. */
export const OUTCOME_COLOURS: Record<OutcomeClass, string> = {
  done_on_time: '#2e7d32',
  done_late: '#f9a825',
  open_in_term: '#1e88e5',
  open_overdue: '#c62828',
}
