/**
 * Keeps sends under Telegram's limits by itself, without waiting for 429s: about 30 messages per
 * second overall, 20 per minute to one group, one per second to one private chat (reliability.md
 * §1). Each send books the earliest slot that respects all three.
 */
export class Pacer {
  private nextGlobal = 0
  private readonly nextForChat = new Map<string, number>()
  private pausedUntil = 0

  constructor(
    private readonly limits: { perSecond: number; perGroupPerMinute: number; perPrivatePerSecond: number },
  ) {}

  /** Books a slot for a message to `target`; returns when it may be sent (epoch ms). */
  book(target: string, now: number): number {
    const isGroup = target.startsWith('-')
    const chatInterval = isGroup ? 60_000 / this.limits.perGroupPerMinute : 1000 / this.limits.perPrivatePerSecond
    const slot = Math.max(now, this.nextGlobal, this.nextForChat.get(target) ?? 0, this.pausedUntil)
    this.nextGlobal = slot + 1000 / this.limits.perSecond
    this.nextForChat.set(target, slot + chatInterval)
    return slot
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
