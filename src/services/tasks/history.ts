import { formatVietnamese } from '../calendar/local-date.js'

/** One event of a task's history, as services/tasks `history` returns it. */
export interface HistoryEvent {
  at: Date
  action: string
  /** The person's name; null: the bot itself. */
  actor: string | null
  after: Record<string, unknown> | null
}

/**
 * How an event of a task's history is worded: its Fluent key (`history-task-submit` …) and the
 * values the key uses, read from what the change recorded. The chat and the dashboard word it alike.
 */
export function historyWords(event: Pick<HistoryEvent, 'action' | 'after'>): { key: string; vars: Record<string, string> } {
  const after = event.after ?? {}
  const text = (key: string) => (typeof after[key] === 'string' ? after[key] : null)
  const date = (key: string) => {
    const value = text(key)
    return value ? formatVietnamese(value.slice(0, 10)) : null
  }
  return {
    key: `history-${event.action.replace(/\./g, '-')}`,
    vars: {
      reason: text('reason') ?? '-',
      document: text('documentNumber') ?? '-',
      body: text('body') ?? '-',
      due: date('dueDate') ?? date('requestedDue') ?? '-',
      time: '-',
      // A report's two dates: the document's (which counts for on time) and the day it was confirmed.
      docDate: date('documentDate') ?? '-',
      on: date('submittedOn') ?? '-',
    },
  }
}
