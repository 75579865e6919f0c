import { describe, expect, it } from 'vitest'
import { timesOf } from '../helpers/importer-draft.js'

// Round do of the importer's fixes: each construct on a small input written here.

describe('a table of reception days flattened one row a line: month, day and its weekday', () => {
  const text = [
    'Thông báo Lịch tiếp công dân năm 2031 của Sở Thủy lợi',
    '',
    'Giám đốc Sở tiếp công dân định kỳ một ngày trong một tháng, cụ thể:',
    '',
    'Tháng Ngày tiếp Người tiếp công dân',
    'Tháng 1 6 (Thứ 2) Giám đốc Sở',
    'Tháng 2 3 (Thứ 2) Giám đốc Sở',
    'Tháng 3 3 (Thứ 2) Giám đốc Sở',
    '',
    '- Trường hợp cần thiết thì Giám đốc ủy quyền cho 01 Phó Giám đốc tiếp.',
    '- Cán bộ làm công tác tiếp công dân thường xuyên tất cả các ngày làm việc trong tuần.',
    '',
    'Địa điểm tiếp công dân: Tại Phòng tiếp công dân của Sở.',
  ].join('\n')

  it('reads the number after the month as its day when the weekday agrees, the last row too (the bullets after are remarks)', () => {
    expect(timesOf(text).map((t) => t.slice(0, 2))).toEqual([
      ['day', '2031-01-06'],
      ['day', '2031-02-03'],
      ['day', '2031-03-03'],
    ])
  })

  it('keeps the month when the weekday does not agree with that day', () => {
    const wrong = text.replace('Tháng 1 6 (Thứ 2)', 'Tháng 1 7 (Thứ 2)')
    expect(timesOf(wrong)[0]?.slice(0, 2)).not.toEqual(['day', '2031-01-07'])
  })
})
