import { describe, expect, it } from 'vitest'
import { readSessionTime } from '../../src/importer/session-time.js'
import { findDeadlines } from '../../src/services/deadlines/parse.js'
import { sessionsOf } from '../helpers/importer-draft.js'

// Round aa of the importer's fixes (issue 11): each construct on a small input written here.

describe('a session in a week of a month ("tuần thứ 3 tháng 10/2031")', () => {
  it.each([
    ['Tuần thứ 3 tháng 10/2031', '2031-10-01', '2031-10-31'],
    ['tuần thứ 2 tháng 01/2032', '2032-01-01', '2032-01-31'],
    ['Tuần 4 tháng 11/2031 (ngày cụ thể thông báo sau)', '2031-11-01', '2031-11-30'],
  ])('"%s" is held in that month: the week names no day, none is invented', (text, start, end) => {
    expect(readSessionTime(text, { year: 2031 })).toMatchObject({ precision: 'month', start, end })
  })

  it('reads a session moved to a week of a month at that month', () => {
    const text = [
      'KẾ HOẠCH',
      'Điều chỉnh thời gian tổ chức đối thoại năm 2031',
      'II. NỘI DUNG ĐIỀU CHỈNH',
      '1. Hội nghị đối thoại với Nhân dân xã An Phú về giao đất, giao rừng:',
      '- Thời gian theo Kế hoạch: tháng 8/2031.',
      '- Thời gian điều chỉnh: lùi sang tuần thứ 3 tháng 9/2031.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['month', '2031-09-01', '2031-09-30', 'Hội nghị đối thoại với Nhân dân xã An Phú về giao đất, giao rừng'],
    ])
  })

  it('still reads the day of a date written out, and no deadline from a week', () => {
    expect(readSessionTime('ngày 3 tháng 10 năm 2031', { year: 2031 })).toMatchObject({ precision: 'day', start: '2031-10-03' })
    expect(findDeadlines('hoàn thành trong tuần thứ 2 tháng 12/2031', { defaultYear: 2031, documentDate: '2031-01-01' }).found).toEqual([])
  })
})
