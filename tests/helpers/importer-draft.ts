import { readPlan } from '../../src/importer/read-plan.js'

// What the importer's tests compare: a draft's sessions and dated tasks as short rows, so that an expectation
// reads at a glance. Shared by the importer's unit tests (one definition, one meaning of each column).

/** Each session as [precision, start, end, topic]. */
export const sessionsOf = (text: string) => readPlan(text).sessions.map((s) => [s.time.precision, s.time.start, s.time.end, s.topic])

/** Each session's time alone, as [precision, start, end]. */
export const timesOf = (text: string) => readPlan(text).sessions.map((s) => [s.time.precision, s.time.start, s.time.end])

/** Each dated task as [lead, kind, due day (a relative one's computed day too), session]. */
export const datedOf = (text: string) =>
  readPlan(text)
    .tasks.filter((t) => t.deadline.kind !== 'none')
    .map((t) => [t.lead, t.deadline.kind, t.deadline.due ?? `${t.deadline.offset} ${t.deadline.unit}`, t.session])

/** Each task with a due day as [lead, due day] (a relative one's computed day). */
export const duesOf = (text: string) =>
  readPlan(text)
    .tasks.filter((t) => t.deadline.due)
    .map((t) => [t.lead, t.deadline.due])

/** Each dated task as [lead, kind, due day or, for a relative one, its rule ("-5 working_days"), session]. */
export const datedByRuleOf = (text: string) =>
  readPlan(text)
    .tasks.filter((t) => t.deadline.kind !== 'none')
    .map((t) => [
      t.lead,
      t.deadline.kind,
      t.deadline.kind === 'relative' ? `${t.deadline.offset} ${t.deadline.unit}` : t.deadline.due,
      t.session,
    ])
