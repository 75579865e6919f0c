import { describe, expect, it } from 'vitest'
import { createCalendar } from '../../src/services/calendar/calendar.js'
import { addDays } from '../../src/services/calendar/local-date.js'
import { reminderRanges, reminderStepFor } from '../../src/services/tasks/reminders.js'

/**
 * The reminders job asks the database for the tasks due in the ranges `reminderRanges` gives; every
 * due date must get exactly the step `reminderStepFor` gives it (and none when it gives none) — on
 * every working day of 2026, across Tết, Giỗ Tổ, the swaps, and a committee's own days.
 */
describe('reminder ranges give every due date the step reminderStepFor gives it', () => {
  const calendars = {
    national: createCalendar(),
    local: createCalendar([
      { date: '2026-03-13', kind: 'day_off', reason: 'Ngày truyền thống' },
      { date: '2026-03-21', kind: 'working_day', reason: 'Làm bù' },
    ]),
  }
  for (const [name, calendar] of Object.entries(calendars)) {
    it(`on every third day of 2026 that is a working day (${name} calendar), for due dates 60 days back to 15 ahead`, () => {
      let checked = 0
      const wrong: string[] = []
      for (let today = '2026-01-02'; today <= '2026-12-31'; today = addDays(today, 3)) {
        if (!calendar.isWorkingDay(today)) {
          continue
        }
        const oldest = addDays(today, -60)
        const ranges = reminderRanges(calendar, today, oldest)
        for (let due = oldest; due <= addDays(today, 15); due = addDays(due, 1)) {
          const found = ranges.filter((r) => r.from <= due && due < r.to)
          const expected = reminderStepFor(calendar, today, due)
          const step = found[0] ? { step: found[0].step, level: found[0].level, daysLeft: found[0].daysLeft } : null
          if (found.length > 1 || JSON.stringify(step) !== JSON.stringify(expected)) {
            wrong.push(`${today} due ${due}: ${JSON.stringify(found)} instead of ${JSON.stringify(expected)}`)
          }
          checked++
        }
      }
      expect(wrong.slice(0, 5)).toEqual([])
      expect(checked).toBeGreaterThan(5_000)
    })
  }
})
