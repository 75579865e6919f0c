import { describe, expect, it } from 'vitest'
import { datedByRuleOf as datedOf, sessionsOf } from '../helpers/importer-draft.js'

// Round x of the importer's fixes (issue 11): each construct on a small input written here.

describe('a label heading over dashed sessions that hold their own labels', () => {
  it('reads each dashed line as a session with its own time, not the heading as one session', () => {
    const text = [
      'KẾ HOẠCH',
      'tổ chức hội nghị đối thoại với Nhân dân năm 2025',
      'I. NỘI DUNG, THỜI GIAN',
      '1. Thời gian, địa điểm, thành phần',
      'Năm 2025 tổ chức 02 hội nghị, cụ thể như sau:',
      '- Hội nghị thứ nhất: Đối thoại với Nhân dân xã A, xã B.',
      '+ Thời gian: 7 giờ 30 phút, ngày 15/4/2025.',
      '+ Địa điểm: Hội trường UBND xã A.',
      '- Hội nghị thứ hai: Đối thoại với Nhân dân xã C.',
      '+ Thời gian: Trong tháng 9/2025 (ngày cụ thể sẽ thông báo sau).',
      '+ Địa điểm: Hội trường UBND xã C.',
      '- Thành phần mỗi hội nghị: đại diện hộ gia đình các thôn.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng',
      '- Phát hành giấy mời trước mỗi hội nghị ít nhất 03 ngày.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2025-04-15', '2025-04-15', 'Đối thoại với Nhân dân xã A, xã B'],
      ['month', '2025-09-01', '2025-09-30', 'Đối thoại với Nhân dân xã C'],
    ])
    expect(datedOf(text)).toEqual([
      ['Văn phòng', 'relative', '-3 days', 0],
      ['Văn phòng', 'relative', '-3 days', 1],
    ])
  })
})
