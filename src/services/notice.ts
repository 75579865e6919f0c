import type { Platform, Repositories } from '../db/repositories/index.js'

/** Translation in one reader's language. */
export type Tr = (key: string, vars?: Record<string, string | number>) => string

/**
 * A message in the reader's language: a message key and its variables, rendered once per
 * language at enqueue time (`t` is the translator of each recipient's language).
 */
export type Wording = (t: Tr) => string

/** Who must be told. People are reached in private on every platform where the bot can write to them. */
export type Audience =
  /** These people, in private. */
  | { kind: 'people'; personIds: number[] }
  /** Every contact of these bodies, in private. */
  | { kind: 'body-contacts'; bodyIds: number[] }
  /** The groups registered for these bodies. */
  | { kind: 'body-groups'; bodyIds: number[] }
  /** The committee's main groups. */
  | { kind: 'committee-groups' }
  /** The secretariat (owners and secretariat members), in private. */
  | { kind: 'secretariat' }

/** A button under the message: its label in the reader's language, and the callback data it carries. */
export interface NoticeButton {
  label: Wording
  data: string
}

/**
 * Something the bot tells on its own initiative because of a change: who must be told what. A
 * service returns (or writes, through `Announce`) notices in the transaction that makes the change.
 */
export interface Notice {
  committeeId: number
  /** What it is, for reports and metrics (usually the message key). */
  topic: string
  to: Audience[]
  text: Wording
  /** Rows of buttons, for platforms that have them (in private chats). */
  buttons?: NoticeButton[][]
}

/** What an announcement reached, known when it is written (before anything is sent). */
export interface Reach {
  /** Private chats written to. */
  people: number
  /** Group chats written to. */
  groups: number
  /** People with no chat the bot can write to, and bodies with nobody and no group to tell: to call by hand. */
  unreachable: string[]
}

export const NOBODY: Reach = { people: 0, groups: 0, unreachable: [] }

/**
 * Writes notices as deliveries in the outbox. `repos` must be the caller's transaction, so the
 * deliveries commit or roll back with the change they announce. Implemented by `delivery/announce.ts`.
 */
export type Announce = (repos: Repositories, notices: Notice[]) => Promise<Reach>

/** One chat the outbox writes to, as audiences resolve to. */
export interface ChatTarget {
  platform: Platform
  target: string
  toGroup: boolean
  locale: string
}
