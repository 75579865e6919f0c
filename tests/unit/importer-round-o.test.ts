import { describe, expect, it } from 'vitest'
import { datedByRuleOf as datedOf } from '../helpers/importer-draft.js'

// Round o of the importer's fixes (issue 11): each construct on a small input written here.

describe('an execution list whose items end with "(Cơ quan chủ trì: …; phối hợp: …; thời gian hoàn thành: …)"', () => {
  const text = [
    'KẾ HOẠCH',
    'tổ chức đối thoại năm 2024',
    'I. NỘI DUNG',
    '1. Đối thoại với Nhân dân xã Tân An về chỉnh trang đô thị',
    '- Thời gian: ngày 14/6/2024.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Tổng hợp ý kiến của Nhân dân (Cơ quan chủ trì: Phòng Nội vụ; phối hợp: UBND xã Tân An; thời gian hoàn thành: trước ngày 20/5/2024).',
    '2. Báo cáo kết quả giải phóng mặt bằng (Đơn vị chủ trì: Ban Quản lý dự án huyện; phối hợp: Phòng Tài chính - Kế hoạch; ' +
      'thời gian hoàn thành: tháng 4/2024).',
    '3. Chuẩn bị hội trường (Cơ quan chủ trì: Văn phòng HĐND và UBND huyện; thời gian hoàn thành: thường xuyên).',
  ].join('\n')

  it('gives each task to the body after the label, with the deadline the label gives (a month: its last day)', () => {
    expect(datedOf(text)).toEqual([
      ['Phòng Nội vụ', 'absolute', '2024-05-19', null],
      ['Ban Quản lý dự án huyện', 'absolute', '2024-04-30', null],
    ])
  })
})
