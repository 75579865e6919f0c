import { describe, expect, it } from 'vitest'
import { sessionsOf } from '../helpers/importer-draft.js'

// Round ef of the importer's fixes (real notices, schedules and news items): each construct on a small input written here.

describe("a schedule's year without 'năm', and a rule's line under the heading that names the reception", () => {
  const text = [
    'Thông báo lịch tiếp công dân 2031 của Lãnh đạo Sở Xây dựng',
    '',
    '1. Tiếp công dân định kỳ',
    '',
    '- Tổ chức mỗi tháng 01 ngày, vào ngày 20 hàng tháng, nếu các ngày trên trùng vào ngày nghỉ, ngày lễ thì tổ chức vào' +
      ' ngày làm việc tiếp theo.',
    '',
    '- Giám đốc Sở chủ trì tiếp công dân.',
    '',
    '2. Tiếp công dân thường xuyên',
    '',
    '- Tổ chức vào các ngày làm việc, trong giờ hành chính theo quy định.',
  ].join('\n')

  it("gives the rule's day of each month of that year, moved off the weekends, named by the heading", () => {
    const sessions = sessionsOf(text)
    expect(sessions).toHaveLength(12)
    expect(sessions.map((s) => s[1])).toContain('2031-09-22')
    expect(new Set(sessions.map((s) => s[3]))).toEqual(new Set(['Tiếp công dân định kỳ']))
  })

  it('gives no day when the year names a span of years', () => {
    expect(sessionsOf(text.replace('công dân 2031', 'công dân 2031 - 2035')).filter((s) => s[0] === 'day')).toEqual([])
  })
})
