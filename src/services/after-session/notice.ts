import type { TaskWithRefs } from '../../db/repositories/index.js'

// Who must be told what, as the after-session services return it. The shape is the outbox's
// announcement (services/notice.ts on the `delivery` branch): when that lands, these services write
// their notices through it in the transaction of the change, and this file goes.

/** Translation in one reader's language. */
export type Tr = (key: string, vars?: Record<string, string | number>) => string

/** A message in the reader's language, rendered once per language. */
export type Wording = (t: Tr) => string

/** Who must be told. People are reached in private where the bot can write to them. */
export type Audience =
  | { kind: 'people'; personIds: number[] }
  | { kind: 'body-contacts'; bodyIds: number[] }
  | { kind: 'body-groups'; bodyIds: number[] }
  | { kind: 'committee-groups' }
  | { kind: 'secretariat' }

export interface Notice {
  committeeId: number
  /** What it is, for reports (the message key). */
  topic: string
  to: Audience[]
  text: Wording
}

/**
 * What a change must tell: new tasks (each announced to its bodies like any assignment) and other
 * notices. Services return it; the bot's one sending place (bot/helpers/after-session-send.ts) delivers it.
 */
export interface Tell {
  assigned: TaskWithRefs[]
  notices: Notice[]
}

export const NOTHING_TO_TELL: Tell = { assigned: [], notices: [] }

/** Both lists of several results, in order. */
export function joinTell(...parts: Tell[]): Tell {
  return { assigned: parts.flatMap((p) => p.assigned), notices: parts.flatMap((p) => p.notices) }
}
