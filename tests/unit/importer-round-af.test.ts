import { describe, expect, it } from 'vitest'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Round AF of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round AF: a numbered dialogue whose time label says "cùng ngày"', () => {
  it('"Thời gian: bắt đầu từ 14 giờ 00 cùng ngày." is the day of the item before, at its own hour', () => {
    const text = [
      'THÔNG BÁO',
      'Về việc tổ chức đối thoại với người khiếu nại',
      'Chủ tịch UBND huyện thông báo tổ chức đối thoại như sau:',
      '1. Đối thoại với ông Nguyễn Văn A, xã B, khiếu nại việc thu hồi đất.',
      'Thời gian: 08 giờ 00, thứ Tư, ngày 12 tháng 5 năm 2032.',
      '2. Đối thoại với bà Trần Thị C, xã D, khiếu nại việc bồi thường.',
      'Thời gian: bắt đầu từ 14 giờ 00 phút cùng ngày.',
      'Địa điểm: Phòng họp UBND huyện.',
    ].join('\n')
    const plan = sessionsOf(text)
    expect(plan.map((s) => s.slice(0, 3))).toEqual([
      ['day', '2032-05-12', '2032-05-12'],
      ['day', '2032-05-12', '2032-05-12'],
    ])
  })
})
