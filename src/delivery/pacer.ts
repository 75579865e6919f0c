/**
 * Keeps sends under Telegram's limits by itself, without waiting for 429s: about 30 messages per
 * second overall, 20 per minute to one group, one per second to one private chat (reliability.md
 * §1). Each send books the earliest slot that respects all three.
 */
export class Pacer {
  private nextGlobal = 0
  private readonly nextForChat = new Map<string, number>()
  private pausedUntil = 0
  /** When the last `perSecond` messages actually left, oldest first. */
  private readonly dispatched: number[] = []

  constructor(private readonly limits: { perSecond: number; perGroupPerMinute: number; perPrivatePerSecond: number }) {}

  /** Books a slot for a message to `target`; returns when it may be sent (epoch ms). */
  book(target: string, now: number): number {
    const isGroup = target.startsWith('-')
    const chatInterval = isGroup ? 60_000 / this.limits.perGroupPerMinute : 1000 / this.limits.perPrivatePerSecond
    const slot = Math.max(now, this.nextGlobal, this.nextForChat.get(target) ?? 0, this.pausedUntil)
    this.nextGlobal = slot + 1000 / this.limits.perSecond
    this.nextForChat.set(target, slot + chatInterval)
    return slot
  }

  /**
   * The last check before a message leaves: how long to wait so that no second holds more than
   * `perSecond` real dispatches. Booked slots are evenly spaced, but a process that was busy (the
   * embedded database runs in this thread) wakes several senders at once; this keeps the bunch
   * inside the limit. Returns 0 and records the dispatch when it may go now.
   */
  admit(now: number): number {
    const oldest = this.dispatched.length >= this.limits.perSecond ? (this.dispatched[0] ?? 0) : -Infinity
    if (now - oldest < 1000) {
      return oldest + 1000 - now
    }
    this.dispatched.push(now)
    if (this.dispatched.length > this.limits.perSecond) {
      this.dispatched.shift()
    }
    return 0
  }

  /** After a 429, nothing is sent before `until`: concurrent sends would only lengthen the ban. */
  pause(until: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, until)
    this.nextGlobal = Math.max(this.nextGlobal, until)
  }

  get pausedTill(): number {
    return this.pausedUntil
  }
}
