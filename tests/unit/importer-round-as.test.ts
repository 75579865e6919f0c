import { describe, expect, it } from 'vitest'
import { datedByRuleOf } from '../helpers/importer-draft.js'

// Round AS of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round AS: a deadline before each of two kinds listed together', () => {
  it('"chậm nhất 15 ngày trước mỗi diễn đàn, hội nghị": the forum and the conference both', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức diễn đàn và hội nghị đối thoại với thanh niên năm 2033',
      'I. NỘI DUNG, THỜI GIAN',
      '1. Diễn đàn “Thanh niên với chuyển đổi số”',
      'Diễn đàn tổ chức ngày 20/3/2033 tại Nhà văn hóa tỉnh.',
      '2. Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với thanh niên công nhân',
      'Hội nghị tổ chức trong tháng 9/2033 tại khu công nghiệp.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Ban Tuyên giáo Tỉnh đoàn',
      '- Đăng tải thông báo lấy câu hỏi của thanh niên chậm nhất 15 ngày trước mỗi diễn đàn, hội nghị.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Ban Tuyên giáo Tỉnh đoàn', 'relative', '-15 days', 0],
      ['Ban Tuyên giáo Tỉnh đoàn', 'relative', '-15 days', 1],
    ])
  })
})

describe("round AS: a session's programme names who speaks, not whose session it is", () => {
  const plan = (duty: string) =>
    [
      'KẾ HOẠCH',
      'Tổ chức đối thoại tại nơi làm việc năm 2033',
      '1. NỘI DUNG, THỜI GIAN',
      '1.1. Đối thoại định kỳ',
      '• Nội dung: Đối thoại định kỳ giữa Giám đốc với người lao động về tiền lương.',
      '• Thời gian: Từ 14 giờ 00 đến 16 giờ 30, ngày 24/6/2033.',
      '• Chương trình dự kiến:',
      '   14 giờ 00 - 14 giờ 10: Tuyên bố lý do.',
      '   14 giờ 10 - 14 giờ 40: Phòng Tổ chức - Hành chính báo cáo tình hình thực hiện chế độ.',
      '1.2. Đối thoại chuyên đề',
      '• Nội dung: Đối thoại chuyên đề với điều dưỡng về chế độ trực.',
      '• Thời gian: Dự kiến tháng 9/2033.',
      '2. TỔ CHỨC THỰC HIỆN',
      '2.1. Phòng Tổ chức - Hành chính',
      duty,
      '• Thông báo thời gian, địa điểm đối thoại ít nhất 05 ngày làm việc trước ngày tổ chức đối thoại.',
    ].join('\n')
  it.each([
    ['a standing office', '• Là đầu mối tham mưu Giám đốc tổ chức thực hiện Kế hoạch.'],
    ['any office', '• Chuẩn bị tài liệu phục vụ đối thoại.'],
  ])('"14 giờ 10 - 14 giờ 40: Phòng A báo cáo …" under one session: %s still notifies before each', (_, duty) => {
    expect(datedByRuleOf(plan(duty))).toEqual([
      ['Phòng Tổ chức - Hành chính', 'relative', '-5 working_days', 0],
      ['Phòng Tổ chức - Hành chính', 'relative', '-5 working_days', 1],
    ])
  })
})

describe('round AS: sessions named by the numbers of their items', () => {
  const plan = (named: string) =>
    [
      'KẾ HOẠCH',
      'Tổ chức đối thoại tại nơi làm việc năm 2033',
      '1. NỘI DUNG, THỜI GIAN',
      '1.1. Đối thoại định kỳ',
      '• Nội dung: Đối thoại định kỳ giữa Giám đốc với người lao động về tiền lương.',
      '• Thời gian: ngày 24/6/2033.',
      '1.2. Đối thoại với khối chuyên môn',
      '• Nội dung: Đối thoại với điều dưỡng về chế độ trực.',
      '• Thời gian: Dự kiến tháng 9/2033.',
      '1.3. Đối thoại với khối hậu cần',
      '• Nội dung: Đối thoại với người lao động hợp đồng về bảo hộ lao động.',
      '• Thời gian: Trong quý IV/2033.',
      '2. TỔ CHỨC THỰC HIỆN',
      '2.1. Công đoàn cơ sở',
      `• ${named}, xác định danh sách nhóm đại diện chậm nhất 10 ngày trước ngày đối thoại.`,
    ].join('\n')
  it.each([
    ['Đối với các buổi đối thoại (mục 1.2 và 1.3)', [1, 2]],
    ['Đối với các buổi đối thoại nêu tại mục 1.2, mục 1.3', [1, 2]],
    ['Đối với buổi đối thoại tại tiểu mục 1.3', [2]],
  ])('"%s": those sessions only', (named, sessions) => {
    expect(datedByRuleOf(plan(named))).toEqual(sessions.map((index) => ['Công đoàn cơ sở', 'relative', '-10 days', index]))
  })
  it('"theo điểm a khoản 1 Điều 63 Nghị định …", a law\'s point: every session', () => {
    expect(datedByRuleOf(plan('Theo điểm a khoản 1 Điều 63 Nghị định số 145/2020/NĐ-CP')).map((row) => row[3])).toEqual([0, 1, 2])
  })
})
