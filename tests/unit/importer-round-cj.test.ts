import { describe, expect, it } from 'vitest'
import { readPlan } from '../../src/importer/read-plan.js'
import { datedByRuleOf, datedOf, sessionsOf } from '../helpers/importer-draft.js'

// Round CJ of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

/** A notice of "Ngày thứ Năm đối thoại" down to its first line, whose theme is labelled. */
const THURSDAYS = [
  'THÔNG BÁO',
  'Lịch "Ngày thứ Năm đối thoại" của Chủ tịch UBND tỉnh năm 2031',
  'I. LỊCH ĐỐI THOẠI',
  'Các buổi đối thoại bắt đầu từ 14 giờ 00, tại Hội trường UBND tỉnh.',
  'Tháng 3: ngày 20/3 (thứ Năm) – Chủ đề: Cấp giấy chứng nhận quyền sử dụng đất cho hộ gia đình, cá nhân.',
]

describe('round CJ: a schedule whose lines label their theme', () => {
  it('"Tháng 3: ngày 19/3 (thứ Năm) – Chủ đề: …" takes the labelled theme, not the programme\'s name', () => {
    const text = [
      ...THURSDAYS,
      '   Cơ quan chuẩn bị: Sở A.',
      'Tháng 4: ngày 17/4 (thứ Năm) – Chủ đề: Chính sách hỗ trợ doanh nghiệp nhỏ và vừa.',
      '   Cơ quan chuẩn bị: Sở B.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2031-03-20', '2031-03-20', 'Cấp giấy chứng nhận quyền sử dụng đất cho hộ gia đình, cá nhân'],
      ['day', '2031-04-17', '2031-04-17', 'Chính sách hỗ trợ doanh nghiệp nhỏ và vừa'],
    ])
  })
})

describe('round CJ: the year of a message that sums up a plan', () => {
  const message = (plan: string) =>
    [
      'THÔNG TIN TRIỂN KHAI KẾ HOẠCH',
      plan,
      'Văn phòng gửi tóm tắt nội dung chính để các đồng chí nắm và triển khai.',
      '',
      '━━━━━━━━━━',
      '🗓️ LỊCH ĐỐI THOẠI',
      '━━━━━━━━━━',
      '',
      'Buổi 1',
      'Nội dung: Đối thoại với các hộ dân thôn A về bồi thường, giải phóng mặt bằng',
      '8h00 thứ Sáu, 15/10',
      '',
      'Buổi 2',
      'Nội dung: Đối thoại với đoàn viên thanh niên xã về việc làm',
      '14h00 thứ Năm, 11/11',
      '',
      '✅ PHÂN CÔNG',
      '',
      'UBND xã: báo cáo tiến độ bồi thường, gửi Ban Xây dựng Đảng trước ngày 08/10.',
    ].join('\n')

  it('"Kế hoạch số 18-KH/ĐU ngày 29/9/2032 … (quý IV/2032)" dates "8h00 thứ Sáu, 15/10" and "trước ngày 08/10"', () => {
    const draft = readPlan(message('Kế hoạch số 18-KH/ĐU ngày 29/9/2032 của Ban Thường vụ Đảng ủy xã về tổ chức đối thoại (quý IV/2032)'))
    expect(draft.plan.year).toBe(2032)
    expect(draft.sessions.map((s) => s.time.start)).toEqual(['2032-10-15', '2032-11-11'])
    expect(datedOf(message('Kế hoạch số 18-KH/ĐU ngày 29/9/2032 của Ban Thường vụ Đảng ủy xã về tổ chức đối thoại'))).toEqual([
      ['UBND xã', 'absolute', '2032-10-07', null],
    ])
  })

  it("the latest day above is the plan's, not an older one it cites", () => {
    const text = message('Thực hiện Quy định số 11-QĐi/TW ngày 18/02/2019; Kế hoạch số 18-KH/ĐU ngày 29/9/2032 của Đảng ủy xã')
    expect(readPlan(text).plan.year).toBe(2032)
  })
})

describe('round CJ: the body a schedule line names by its role', () => {
  it(
    '"Cơ quan chuẩn bị: Sở A (chủ trì), phối hợp Sở B." under each line: "Các cơ quan chuẩn ' +
      'bị nêu tại Mục I" is each lead, for its own session',
    () => {
      const text = [
        ...THURSDAYS,
        '   Cơ quan chuẩn bị: Sở Nông nghiệp và Môi trường (chủ trì), phối hợp Sở Tư pháp.',
        'Tháng 4: ngày 17/4 (thứ Năm) – Chủ đề: Chính sách hỗ trợ doanh nghiệp nhỏ và vừa.',
        '   Cơ quan chuẩn bị: Sở Tư pháp.',
        'II. TỔ CHỨC THỰC HIỆN',
        '1. Các cơ quan chuẩn bị nêu tại Mục I',
        '- Gửi báo cáo về Văn phòng UBND tỉnh chậm nhất 05 ngày làm việc trước ngày đối thoại của chủ đề do cơ quan mình chuẩn bị.',
        '2. Công an tỉnh',
        '- Bảo đảm an ninh, trật tự tại khu vực tổ chức đối thoại.',
      ].join('\n')
      expect(datedByRuleOf(text)).toEqual([
        ['Sở Nông nghiệp và Môi trường', 'relative', '-5 working_days', 0],
        ['Sở Tư pháp', 'relative', '-5 working_days', 1],
      ])
    },
  )
})
