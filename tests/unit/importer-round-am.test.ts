import { describe, expect, it } from 'vitest'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Round AM of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round AM: an invitation whose fields stand before its numbered requests', () => {
  it('"Thời gian: 01 buổi, bắt đầu lúc …, ngày …" after the invitees is the session; its programme\'s hours are not', () => {
    const text = [
      'GIẤY MỜI',
      'Dự Hội nghị đối thoại giữa Chủ tịch UBND huyện với thanh niên năm 2033',
      'Chủ tịch UBND huyện trân trọng kính mời:',
      '- Đại diện lãnh đạo các phòng, ban chuyên môn thuộc UBND huyện, gồm: Nội vụ, Tài chính - Kế hoạch, Giáo dục và Đào tạo, Văn hóa và Thông tin, Y tế, Kinh tế và Hạ tầng;',
      '- 100 đại biểu thanh niên tiêu biểu.',
      'Chủ đề: "Thanh niên khởi nghiệp".',
      'Thời gian: 01 buổi, bắt đầu lúc 07 giờ 30 phút, thứ Ba, ngày 12/4/2033.',
      'Địa điểm: Hội trường UBND huyện.',
      'Chương trình dự kiến:',
      '07 giờ 30 - 08 giờ 00 Đón tiếp đại biểu',
      '08 giờ 00 - 10 giờ 30 Đối thoại giữa Chủ tịch UBND huyện với thanh niên',
      'Đề nghị các cơ quan, đơn vị thực hiện các nội dung sau:',
      '1. Huyện đoàn: tổng hợp câu hỏi của thanh niên, gửi Phòng Nội vụ trước ngày 05/4/2033.',
      '2. Phòng Nội vụ: tham mưu ban hành Thông báo kết luận trong thời hạn 10 ngày làm việc kể từ ngày tổ chức Hội nghị.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([['day', '2033-04-12', '2033-04-12', 'Hội nghị đối thoại giữa Chủ tịch UBND huyện với thanh niên']])
    expect(datedByRuleOf(text)).toEqual([
      ['Huyện đoàn', 'absolute', '2033-04-04', null],
      ['Phòng Nội vụ', 'relative', '10 working_days', 0],
    ])
  })
})
