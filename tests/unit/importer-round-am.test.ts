import { describe, expect, it } from 'vitest'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Round AM of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round AM: an invitation whose fields stand before its numbered requests', () => {
  it('"Thời gian: 01 buổi, bắt đầu lúc …, ngày …" after the invitees is the session; its programme\'s hours are not', () => {
    const text = [
      'GIẤY MỜI',
      'Dự Hội nghị đối thoại giữa Chủ tịch UBND huyện với thanh niên năm 2033',
      'Chủ tịch UBND huyện trân trọng kính mời:',
      '- Đại diện lãnh đạo các phòng, ban chuyên môn thuộc UBND huyện, gồm: Nội vụ, Tài chính - Kế hoạch, ' +
        'Giáo dục và Đào tạo, Văn hóa và Thông tin, Y tế, Kinh tế và Hạ tầng;',
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

describe("round AM: a notice's own labels and, further on, an item announcing another session", () => {
  it('"1. Thời gian, địa điểm" with its day is the session announced; "5. Hội nghị … dự kiến trong quý III" is a second one', () => {
    const text = [
      'THÔNG BÁO',
      'Về việc tổ chức Hội nghị đối thoại với người nộp thuế năm 2033',
      'Chi cục Thuế tổ chức Hội nghị đối thoại với người nộp thuế năm 2033, cụ thể như sau:',
      '1. Thời gian, địa điểm',
      '- Thời gian: 01 buổi, từ 8 giờ 00 đến 11 giờ 30 ngày 12/4/2033 (thứ Ba).',
      '- Địa điểm: Hội trường Chi cục Thuế.',
      '2. Chương trình hội nghị',
      '08 giờ 00 - 08 giờ 10: Tuyên bố lý do.',
      '08 giờ 10 - 11 giờ 00: Đối thoại, giải đáp vướng mắc của người nộp thuế.',
      '3. Hội nghị đối thoại tại khu vực phía Bắc',
      'Hội nghị đối thoại với người nộp thuế khu vực phía Bắc dự kiến tổ chức trong quý III/2033; thời gian cụ thể sẽ có thông báo riêng.',
      '4. Tổ chức thực hiện',
      'a) Văn phòng: chuẩn bị hội trường, hoàn thành trước ngày 11/4/2033.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2033-04-12', '2033-04-12', 'Hội nghị đối thoại với người nộp thuế'],
      // (The heading names only the kind and where: the notice's subject for that place, round ci.)
      ['quarter', '2033-07-01', '2033-09-30', 'Hội nghị đối thoại với người nộp thuế (khu vực phía Bắc)'],
    ])
  })
})

describe('round AM: a news post announcing dialogues in running text', () => {
  const post = [
    'Chủ tịch UBND huyện sẽ đối thoại với doanh nghiệp năm 2033',
    'Theo kế hoạch, vào 8 giờ 00, thứ Sáu, ngày 15/4/2033, tại Hội trường UBND huyện, đồng chí Chủ tịch ' +
      'UBND huyện sẽ chủ trì Hội nghị đối thoại với doanh nghiệp năm 2033.',
    'Trước đó, ngày 12/4/2033 (thứ Ba), tại trụ sở Ban Quản lý cụm công nghiệp, đồng chí Phó Chủ tịch UBND huyện ' +
      'sẽ chủ trì hội nghị đối thoại chuyên đề với các doanh nghiệp vận tải.',
    'Năm 2032, Hội nghị đối thoại được tổ chức ngày 20/10/2032, đã tiếp nhận 40 ý ' +
      'kiến của doanh nghiệp. Theo kế hoạch, trong quý IV/2033, Chủ tịch ' +
      'UBND huyện sẽ tiếp tục đối thoại với các hợp tác xã nông nghiệp; thời gian cụ thể sẽ được thông báo sau.',
  ]
  it('"Trước đó, ngày 12/4/2033 (thứ Ba), tại …" is a day of a session, not a place-and-date line', () => {
    expect(sessionsOf(post.slice(0, 3).join('\n')).map((s) => s.slice(0, 3))).toEqual([
      ['day', '2033-04-15', '2033-04-15'],
      ['day', '2033-04-12', '2033-04-12'],
    ])
  })
  it("a paragraph that records last year's dialogue and then announces the next is read from the announcement", () => {
    expect(sessionsOf(post.join('\n')).map((s) => s.slice(0, 3))).toEqual([
      ['day', '2033-04-15', '2033-04-15'],
      ['day', '2033-04-12', '2033-04-12'],
      ['quarter', '2033-10-01', '2033-12-31'],
    ])
  })
})
