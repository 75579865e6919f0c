import { describe, expect, it } from 'vitest'
import { datedOf } from '../helpers/importer-draft.js'

// Round ch (issue 11): constructs of plans measured unseen, each on a small input written here.

describe('a monthly report whose recurrence is said first', () => {
  it('"Hằng tháng, kể từ tháng 9/2031, báo cáo … trước ngày 25" is due on the 24th of each month from September', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức hội nghị đối thoại với Nhân dân năm 2031',
      '',
      'I. TỔ CHỨC THỰC HIỆN',
      '1. Ủy ban nhân dân huyện A',
      'a) Chuẩn bị hội trường, bảo đảm an ninh trật tự tại nơi tổ chức.',
      'b) Hằng tháng, kể từ tháng 9/2031, báo cáo tiến độ giải quyết các kiến nghị gửi Văn phòng UBND tỉnh trước ngày 25.',
      '2. Sở Tài chính',
      'Định kỳ hằng tháng, báo cáo tình hình giải ngân chậm nhất ngày 20; không tự ý điều chỉnh dự toán trước ngày 10/9/2031.',
    ].join('\n')
    expect(datedOf(text)).toEqual([
      ['Ủy ban nhân dân huyện A', 'periodic', '2031-09-24', null],
      ['Sở Tài chính', 'periodic', expect.any(String), null],
      ['Sở Tài chính', 'absolute', '2031-09-09', null],
    ])
  })
})
