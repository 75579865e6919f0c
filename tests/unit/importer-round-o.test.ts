import { describe, expect, it } from 'vitest'
import { readSessionTime } from '../../src/importer/session-time.js'
import { datedByRuleOf as datedOf, sessionsOf } from '../helpers/importer-draft.js'

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

describe('a news article that tells the plan in running text', () => {
  const text = [
    'CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN',
    'Thứ Hai, 05/02/2024 - 09:15',
    'Năm 2024, Chủ tịch UBND huyện sẽ chủ trì 3 hội nghị đối thoại',
    'UBND huyện vừa ban hành Kế hoạch tổ chức đối thoại giữa Chủ tịch UBND huyện với Nhân dân năm 2024.',
    'Theo kế hoạch, hội nghị thứ nhất sẽ diễn ra vào sáng thứ Ba, ngày 12/3, tại Hội trường UBND xã Tân An. ' +
      'Tại đây, Chủ tịch UBND huyện sẽ đối thoại với các hộ dân có đất bị thu hồi về bồi thường, hỗ trợ, tái định cư.',
    'Hội nghị thứ hai dự kiến tổ chức vào tháng 9/2024, Chủ tịch UBND huyện sẽ đối thoại với thanh niên về học nghề, việc làm.',
    'Năm 2023, Chủ tịch UBND huyện đã chủ trì 2 hội nghị đối thoại, trong đó hội nghị gần nhất được tổ chức ngày 20/12/2023 với nông dân.',
  ].join('\n')

  it("reads each session with the clause that says with whom, and neither the page stamp nor last year's record", () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2024-03-12', '2024-03-12', 'Đối thoại với các hộ dân có đất bị thu hồi về bồi thường, hỗ trợ, tái định cư'],
      ['month', '2024-09-01', '2024-09-30', 'Đối thoại với thanh niên về học nghề, việc làm'],
    ])
  })
})

describe('a session put off to a month', () => {
  it('takes the time after "dời lại sang", not the one the plan had', () => {
    const read = readSessionTime('Theo kế hoạch, buổi đối thoại tổ chức ngày 15/7/2021. Nay dời lại sang tháng 10/2021.', { year: 2021 })
    expect([read?.precision, read?.start, read?.end]).toEqual(['month', '2021-10-01', '2021-10-31'])
  })
})
