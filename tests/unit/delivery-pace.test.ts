import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clockOffset, gapMs, localSlot, nextSlot, paceRules, toleranceMs, tooLate, type SendLimits } from '../../src/delivery/pace.js'
import { TELEGRAM_LIMITS } from '../../src/delivery/telegram.js'

/** The most sends any window of `windowMs` holds, as a server counting a sliding window sees them. */
function maxInWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b)
  let most = 0
  for (let start = 0, end = 0; end < sorted.length; end++) {
    while ((sorted[end] ?? 0) - (sorted[start] ?? 0) >= windowMs) {
      start++
    }
    most = Math.max(most, end - start + 1)
  }
  return most
}

const gate = (now: number, lastSlot: number, pausedUntil = 0) => ({ now, lastSlot, pausedUntil })

describe('the shared pace (limiter arithmetic)', () => {
  it('books Telegram at 28 a second, with 50 ms of room for a late send', () => {
    expect(gapMs(TELEGRAM_LIMITS)).toBeCloseTo(35.714, 3)
    expect(toleranceMs(TELEGRAM_LIMITS)).toBe(50)
    // A platform whose own limit is ours has no room: nothing may leave late.
    expect(toleranceMs({ perSecond: 30, platformPerSecond: 30 })).toBe(0)
  })

  it('books the next slot after the last one, after a pause, and never in the past', () => {
    expect(nextSlot(gate(1000, 0), 50)).toBe(1000) // idle: now
    expect(nextSlot(gate(1000, 990), 50)).toBe(1040) // spaced after the last booking
    expect(nextSlot(gate(1000, 990, 5000), 50)).toBe(5000) // a 429's pause holds everyone
  })

  it('widens each chat window by the tolerance, so a late send still counts against the next', () => {
    const rules = paceRules(TELEGRAM_LIMITS)
    expect(rules.group).toEqual({ count: 19, windowMs: 60_050 })
    expect(rules.private).toEqual({ count: 1, windowMs: 1050 })
    expect(rules.book(gate(10_000, 9_990))).toBeCloseTo(10_025.714, 3)
  })

  it('keeps any second within the platform limit when every send leaves within the tolerance of its slot', () => {
    const limits = TELEGRAM_LIMITS
    const tolerance = toleranceMs(limits)
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: tolerance, noNaN: true }), { minLength: 60, maxLength: 400 }), (late) => {
        // Bookings as the gate makes them, by several processes: each after the last, spaced.
        let last = -1e9
        const sent = late.map((lateness, i) => {
          const slot = nextSlot(gate(i * 10, last), gapMs(limits))
          last = slot
          return slot + lateness
        })
        expect(maxInWindow(sent, 1000)).toBeLessThanOrEqual(limits.platformPerSecond)
      }),
    )
  })

  it('would break the platform limit if sends could leave later than the tolerance (why they are booked again)', () => {
    const limits: SendLimits = TELEGRAM_LIMITS
    let last = -1e9
    // A busy process: the first half-second of bookings all leave together 400 ms late.
    const sent = Array.from({ length: 60 }, (_, i) => {
      const slot = nextSlot(gate(0, last), gapMs(limits))
      last = slot
      return i < 14 ? 500 : slot
    })
    expect(maxInWindow(sent, 1000)).toBeGreaterThan(limits.platformPerSecond)
  })

  it('estimates the database clock from the reading with the shortest round trip', () => {
    const clock = clockOffset([
      { before: 1000, db: 5_000_020, after: 1100 }, // slow round trip
      { before: 2000, db: 5_001_002, after: 2004 }, // fast: the database read its clock at 2000..2004
    ])
    expect(clock.offset).toBe(5_001_002 - 2002)
    expect(clock.error).toBe(3)
  })

  it('waits until the slot has surely come, and measures lateness from the earliest it may have come', () => {
    const clock = { offset: 1_000_000, error: 3 }
    const slot = localSlot(1_000_500, clock)
    expect(slot).toEqual({ leaveAt: 503, lateFrom: 497 })
    expect(tooLate(slot, 503, 50)).toBe(false)
    expect(tooLate(slot, 547, 50)).toBe(false)
    expect(tooLate(slot, 548, 50)).toBe(true)
  })
})
