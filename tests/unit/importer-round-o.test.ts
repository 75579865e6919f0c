import { describe, expect, it } from 'vitest'
import { readSessionTime } from '../../src/importer/session-time.js'
import { findDeadlines } from '../../src/services/deadlines/parse.js'
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
    '1. Tổng hợp ý kiến của Nhân dân (Cơ quan chủ trì: Phòng Nội vụ; phối hợp: UBND xã Tân ' +
      'An; thời gian hoàn thành: trước ngày 20/5/2024).',
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

describe('a plan of two rounds ("đợt"), the second inviting "như Đợt 1"', () => {
  const text = [
    'KẾ HOẠCH',
    'tổ chức đối thoại với doanh nghiệp năm 2026',
    'I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN',
    '1. Đợt 1: Đối thoại với doanh nghiệp tại khu công nghiệp Tân An',
    '- Thời gian: 14 giờ 00, ngày 16/4/2026.',
    '- Thành phần: lãnh đạo các sở: Tài chính, Xây dựng; khoảng 200 doanh nghiệp.',
    '2. Đợt 2: Đối thoại với doanh nghiệp tại khu công nghiệp Bình Minh',
    '- Thời gian: ngày 15/10/2026.',
    '- Thành phần: như Đợt 1, khoảng 150 doanh nghiệp.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Quản lý doanh nghiệp: Gửi phiếu khảo sát đến các doanh nghiệp chậm nhất ngày 13/3/2026 (đợt 1) và ngày 28/8/2026 (đợt 2).',
    '2. Các công ty đầu tư hạ tầng khu công nghiệp: Đôn đốc doanh nghiệp hoàn thành phiếu khảo sát, gửi về Ban trước ngày 23/3/2026.',
    '3. UBND xã Tân An + Phòng Kinh tế: Báo cáo phương án hỗ trợ doanh nghiệp, gửi Ban trước ngày 20/3/2026.',
    '4. Đề nghị các sở: Tài chính, Xây dựng: Trả lời kiến nghị của doanh nghiệp, gửi Ban chậm ' +
      'nhất 07 ngày làm việc trước ngày tổ chức hội nghị.',
  ].join('\n')

  it('reads each round\'s day, the companies and each body joined by "+", and the sở of both rounds', () => {
    expect(datedOf(text)).toEqual([
      ['Phòng Quản lý doanh nghiệp', 'absolute', '2026-03-13', null],
      ['Phòng Quản lý doanh nghiệp', 'absolute', '2026-08-28', null],
      ['Các công ty đầu tư hạ tầng khu công nghiệp', 'absolute', '2026-03-22', null],
      ['UBND xã Tân An', 'absolute', '2026-03-19', null],
      ['Phòng Kinh tế', 'absolute', '2026-03-19', null],
      ['Sở Tài chính', 'relative', '-7 working_days', 0],
      ['Sở Tài chính', 'relative', '-7 working_days', 1],
      ['Sở Xây dựng', 'relative', '-7 working_days', 0],
      ['Sở Xây dựng', 'relative', '-7 working_days', 1],
    ])
  })
})

describe('two days of one cue, each with its round', () => {
  it('reads "chậm nhất ngày X (đợt 1) và ngày Y (đợt 2)" as two deadlines', () => {
    const found = findDeadlines('gửi phiếu chậm nhất ngày 13/3/2026 (đợt 1) và ngày 28/8/2026 (đợt 2).', { defaultYear: 2026 }).found
    expect(found.map((f) => (f.rule.kind === 'absolute' ? f.rule.date : f.rule.kind))).toEqual(['2026-03-13', '2026-08-28'])
  })
})

describe('a heading "Các Đồn Biên phòng: A, B" over work "tại địa bàn đơn vị"', () => {
  const text = [
    'KẾ HOẠCH',
    'tổ chức đối thoại với Nhân dân các xã biên giới năm 2016',
    'II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
    '1. Hội nghị thứ nhất: Đối thoại với Nhân dân xã Mường Lói về quản lý đường biên.',
    '   + Thời gian: 8 giờ 00 ngày 12/4/2016.',
    '   + Đơn vị chuẩn bị: Đồn Biên phòng Mường Lói.',
    '2. Hội nghị thứ hai: Đối thoại với Nhân dân xã Thanh Luông về phòng, chống ma túy.',
    '   + Thời gian: 8 giờ 00 ngày 17/5/2016.',
    '   + Đơn vị chuẩn bị: Đồn Biên phòng Thanh Luông.',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Các Đồn Biên phòng: Mường Lói, Thanh Luông',
    '- Tổng hợp kiến nghị của Nhân dân, báo cáo Bộ Chỉ huy chậm nhất 10 ngày trước ngày tổ chức hội nghị tại địa bàn đơn vị.',
  ].join('\n')

  it('names one post per name, each with the session it prepares', () => {
    expect(datedOf(text)).toEqual([
      ['Đồn Biên phòng Mường Lói', 'relative', '-10 days', 0],
      ['Đồn Biên phòng Thanh Luông', 'relative', '-10 days', 1],
    ])
  })
})
