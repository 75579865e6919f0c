import { describe, expect, it } from 'vitest'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Round AH of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round AH: a page number left between two rows of a table written one cell a line', () => {
  it('"2" between the third and the fourth row is no cell: the table goes on after it', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tiếp công dân định kỳ của Chủ tịch UBND huyện năm 2031',
      '1. Lịch tiếp công dân',
      'TT',
      'Tháng',
      'Ngày tiếp công dân',
      'Địa điểm',
      '1',
      'Tháng 01',
      'Thứ Sáu, ngày 10/01/2031',
      'Trụ sở Tiếp công dân huyện',
      '2',
      'Tháng 02',
      'Thứ Hai, ngày 10/02/2031',
      'Trụ sở Tiếp công dân huyện',
      '3',
      'Tháng 3',
      'Thứ Hai, ngày 10/3/2031',
      'Hội trường UBND xã A',
      '',
      '2',
      '',
      '4',
      'Tháng 4',
      'Thứ Năm, ngày 10/4/2031',
      'Trụ sở Tiếp công dân huyện',
      '5',
      'Tháng 5',
      'Thứ Hai, ngày 12/5/2031',
      'Trụ sở Tiếp công dân huyện',
      '2. Tổ chức thực hiện',
      'a) Ban Tiếp công dân huyện báo cáo Chủ tịch UBND huyện chậm nhất 02 ngày làm việc trước mỗi buổi tiếp công dân.',
    ].join('\n')
    const topic = 'Tiếp công dân định kỳ của Chủ tịch UBND huyện'
    expect(sessionsOf(text).map(([precision, start, end]) => [precision, start, end])).toEqual([
      ['day', '2031-01-10', '2031-01-10'],
      ['day', '2031-02-10', '2031-02-10'],
      ['day', '2031-03-10', '2031-03-10'],
      ['day', '2031-04-10', '2031-04-10'],
      ['day', '2031-05-12', '2031-05-12'],
    ])
    expect(sessionsOf(text).every(([, , , t]) => String(t).startsWith(topic))).toBe(true)
    expect(datedByRuleOf(text)).toEqual(
      [0, 1, 2, 3, 4].map((session) => ['Ban Tiếp công dân huyện', 'relative', '-2 working_days', session]),
    )
  })
})
