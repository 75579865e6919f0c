import { describe, expect, it } from 'vitest'
import { readPlan } from '../../src/importer/read-plan.js'

// Round I of the unseen plans (issue 11): constructs they shared that the importer missed, each on a small input
// written here.

const sessionsOf = (text: string) => readPlan(text).sessions.map((s) => [s.time.precision, s.time.start, s.time.end, s.topic])

describe('a schedule whose "Tháng" column gives month and year and whose day column lists bare numbers', () => {
  it('makes each number a session on that day of that month', () => {
    const plan = [
      'THÔNG BÁO',
      'Lịch tiếp công dân định kỳ quý III năm 2031 của Chủ tịch UBND xã',
      '1. Lịch tiếp công dân',
      '| Tháng | Ngày tiếp công dân | Người tiếp công dân |',
      '|---|---|---|',
      '| 7/2031 | 03, 10 (thứ Năm) và 24 (thứ Năm) | Chủ tịch UBND xã |',
      '| 8/2031 | 14 (thứ Năm) | Phó Chủ tịch UBND xã |',
    ].join('\n')
    const topic = 'Tiếp công dân định kỳ quý III năm 2031 của Chủ tịch UBND xã'
    expect(sessionsOf(plan)).toEqual([
      ['day', '2031-07-03', '2031-07-03', topic],
      ['day', '2031-07-10', '2031-07-10', topic],
      ['day', '2031-07-24', '2031-07-24', topic],
      ['day', '2031-08-14', '2031-08-14', topic],
    ])
  })
})
