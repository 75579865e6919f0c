import type { ChatRule, Gate, PaceRules } from '../db/repositories/outbox-repository.js'

/**
 * A platform's sending limits, held across every process on the database (the gate and ledger in
 * PostgreSQL, `outbox.claim`). Our numbers stay a margin under the platform's own, so a send that
 * leaves a little late (a busy process) still keeps within the platform's.
 */
export interface SendLimits {
  /** What the platform itself allows per second in bulk (Telegram: about 30). */
  platformPerSecond: number
  /** Messages per second all our processes together book (under `platformPerSecond`). */
  perSecond: number
  /** Messages to one group within a window (Telegram: 20 a minute; we book 19). */
  group: ChatRule
  /** Messages to one person's private chat within a window (Telegram: about one a second). */
  private: ChatRule
  /** Sends in flight at once in one process, to hide network latency; the pace is the gate's. */
  concurrency: number
}

/** Least time between two sends of the platform, from all processes. */
export function gapMs(limits: Pick<SendLimits, 'perSecond'>): number {
  return 1000 / limits.perSecond
}

/**
 * How late a booked send may still leave. Sends are booked `g = 1000 / perSecond` apart; if each
 * leaves within `tolerance` of its slot, any second of arrivals holds the slots of a span of
 * `1000 + tolerance` ms, at most ⌈(1000 + tolerance) / g⌉ of them. That stays within the platform's
 * limit while `tolerance ≤ 1000 · (platformPerSecond / perSecond − 1)`; we keep 70 % of that room
 * (28/s under Telegram's 30: 50 ms). A send found later than this is booked again, never sent late.
 */
export function toleranceMs(limits: Pick<SendLimits, 'perSecond' | 'platformPerSecond'>): number {
  return Math.max(0, Math.floor(1000 * (limits.platformPerSecond / limits.perSecond - 1) * 0.7))
}

/** The slot to book under the platform's gate: after the last booked one by the spacing, after any pause, not before now. */
export function nextSlot(gate: Gate, gap: number): Date {
  return new Date(Math.max(gate.now.getTime(), gate.lastSlot.getTime() + gap, gate.pausedUntil.getTime()))
}

/**
 * What `outbox.claim` books under. A chat's window is widened by the tolerance, so a message that
 * left late still counts against the next one to the same chat.
 */
export function paceRules(limits: SendLimits): PaceRules {
  const tolerance = toleranceMs(limits)
  const gap = gapMs(limits)
  return {
    group: { count: limits.group.count, windowMs: limits.group.windowMs + tolerance },
    private: { count: limits.private.count, windowMs: limits.private.windowMs + tolerance },
    book: (gate) => nextSlot(gate, gap),
  }
}

/** One reading of the database clock, between two readings of ours. */
export interface ClockSample {
  before: number
  db: number
  after: number
}

/**
 * The database clock minus ours, from the reading with the shortest round trip (the database read
 * its clock somewhere inside it): `error` bounds how far off the estimate may be. Slots are booked in
 * the database's time, which every process shares; each process waits for them on its own clock.
 */
export function clockOffset(samples: ClockSample[]): { offset: number; error: number } {
  const best = samples.reduce((a, b) => (b.after - b.before < a.after - a.before ? b : a))
  return { offset: best.db - (best.before + best.after) / 2, error: (best.after - best.before) / 2 + 1 }
}

/**
 * When a booked slot comes on our clock: `leaveAt` is the earliest moment we are sure it has come
 * (never early), `lateFrom` the earliest it may have come (lateness is measured from there).
 */
export function localSlot(slot: Date, clock: { offset: number; error: number }): { leaveAt: number; lateFrom: number } {
  const local = slot.getTime() - clock.offset
  return { leaveAt: local + clock.error, lateFrom: local - clock.error }
}

/** True when a send about to leave at `now` is later than its slot by more than the tolerance: it is booked again. */
export function tooLate(slot: { lateFrom: number }, now: number, tolerance: number): boolean {
  return now - slot.lateFrom > tolerance
}
