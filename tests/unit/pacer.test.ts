import { describe, expect, it } from 'vitest'
import { Pacer } from '../../src/delivery/pacer.js'

describe('the pacer', () => {
  const limits = { perSecond: 30, perGroupPerMinute: 20, perPrivatePerSecond: 1 }

  it('spaces all messages by 1/30 s and books one group at most 20 times a minute', () => {
    const pacer = new Pacer(limits)
    const slots = Array.from({ length: 60 }, (_, i) => pacer.book(`-100${i}`, 0))
    expect(slots[59]).toBeCloseTo((59 * 1000) / 30, 5)
    const group = Array.from({ length: 3 }, () => pacer.book('-42', 0))
    expect(group[1]! - group[0]!).toBeCloseTo(3000, 5)
    expect(group[2]! - group[1]!).toBeCloseTo(3000, 5)
  })

  it('sends nothing during a 429 pause, whatever the chat', () => {
    const pacer = new Pacer(limits)
    pacer.book('-1', 0)
    pacer.pause(5000)
    expect(pacer.book('-2', 100)).toBe(5000)
    expect(pacer.book('7', 100)).toBeGreaterThanOrEqual(5000)
  })

  it('keeps a private chat at one message a second', () => {
    const pacer = new Pacer(limits)
    expect(pacer.book('7', 0)).toBe(0)
    expect(pacer.book('7', 0)).toBe(1000)
  })

  it('holds a bunch of late senders so that no second sees more real dispatches than the limit', () => {
    const pacer = new Pacer(limits)
    // 30 messages leave within 100 ms (a busy process woke them together): the 31st waits.
    for (let i = 0; i < 30; i++) {
      expect(pacer.admit(1000 + i * 3)).toBe(0)
    }
    expect(pacer.admit(1100)).toBe(900) // until the first of the 30 is a second old
    expect(pacer.admit(2000)).toBe(0)
    expect(pacer.admit(2001)).toBe(2)
  })
})
