/** Time source injected everywhere, so tests and the console chat can fix "now". */
export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }

/** A clock that can be set and moved; used by the console chat (`:clock`) and tests. */
export class SettableClock implements Clock {
  private offsetMs = 0
  private fixed: Date | null = null

  constructor(private readonly base: Clock = systemClock) {}

  now(): Date {
    return this.fixed ? new Date(this.fixed) : new Date(this.base.now().getTime() + this.offsetMs)
  }

  /** Freezes time at `at`. */
  set(at: Date): void {
    this.fixed = new Date(at)
  }

  /** Moves frozen time forward (or the running offset, if not frozen). */
  advance(ms: number): void {
    if (this.fixed) {
      this.fixed = new Date(this.fixed.getTime() + ms)
    } else {
      this.offsetMs += ms
    }
  }
}
