import { describe, expect, it } from 'vitest'
import { datedOf, sessionsOf, timesOf } from '../helpers/importer-draft.js'

// Round dt of the importer's fixes (news items reporting dialogues): each construct on a small input written here.

describe("a news page's stamp of when it posted the article", () => {
  it('with the clock before the day, alone on the first line, is no title nor session', () => {
    const text = [
      '22:11 14/03/2030',
      '',
      'Hai bộ trưởng đối thoại trực tuyến',
      '',
      'Ngày 16/3, Bộ trưởng Bộ Y tế sẽ đối thoại trực tuyến với nhân dân về khung giá dịch vụ y tế mới.',
    ].join('\n')
    expect(timesOf(text)).toEqual([['day', '2030-03-16', '2030-03-16']])
  })

  it('with its weekday alone under a headline that names a session, is no session', () => {
    const text = [
      'Bí thư tỉnh đoàn sẽ đối thoại với đoàn viên, thanh niên',
      'Thứ năm, 15/03/2030',
      'Tỉnh đoàn tổ chức đối thoại trực tuyến giữa Bí thư tỉnh đoàn với đoàn viên, thanh niên năm 2030.',
      'Cuộc đối thoại trực tuyến diễn ra từ 9h – 10h30 ngày 24/3 tại Cổng thông tin điện tử tỉnh.',
    ].join('\n')
    expect(timesOf(text)).toEqual([['day', '2030-03-24', '2030-03-24']])
  })
})

describe("a news item's speaker and the day they said it", () => {
  it('"Ngày 19-9, Hội A cho biết: …" gives the day of saying, no session nor deadline; the month it names is the session', () => {
    const text = [
      'Thủ tướng sẽ đối thoại với nông dân năm 2030 vào tháng 10',
      '',
      'Ngày 19-9, Trung ương Hội Nông dân cho biết: Văn phòng Chính phủ vừa có công văn gửi Trung ương Hội về việc tổ chức ' +
        'Hội nghị Thủ tướng đối thoại với nông dân.',
      '',
      'Theo công văn, Hội nghị Thủ tướng đối thoại với nông dân được tổ chức vào tháng 10-2030 (thời gian cụ thể sẽ thông báo sau).',
    ].join('\n')
    expect(timesOf(text)).toEqual([['month', '2030-10-01', '2030-10-31']])
    expect(datedOf(text)).toEqual([])
  })

  it('"Phó Chủ tịch A cho biết, dự kiến, sáng 30-4, …" opens with who says it, no work a body owes', () => {
    const text = [
      'Thủ tướng sẽ đối thoại với công nhân',
      '',
      'Phó Chủ tịch Tổng Liên đoàn Lao động Nguyễn Văn A cho biết, dự kiến, sáng 30-4-2030, tại tỉnh B, Thủ tướng sẽ có buổi ' +
        'gặp gỡ, đối thoại với công nhân lao động các tỉnh miền Đông Nam Bộ.',
    ].join('\n')
    expect(timesOf(text)).toEqual([['day', '2030-04-30', '2030-04-30']])
  })
})

describe('a news item speaking again of the session it has named', () => {
  it('"cuộc đối thoại bắt đầu từ 8 giờ ngày 9.5" at the day of the headline is that session, with its hour', () => {
    const text = [
      'Ngày 9.5, Thủ tướng đối thoại trực tuyến với doanh nghiệp cả nước',
      '',
      '05/05/2030 08:08 GMT+7',
      '',
      'Theo đó, cuộc đối thoại bắt đầu từ 8 giờ ngày 9.5 theo hình thức trực tuyến tại Hà Nội.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([['day', '2030-05-09', '2030-05-09', 'Đối thoại trực tuyến với doanh nghiệp cả nước']])
  })

  it('keeps two sessions of one day at different hours apart', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại năm 2030',
      '1. Hội nghị đối thoại với Nhân dân xã A về bồi thường, giải phóng mặt bằng: 8 giờ 00 ngày 12/7/2030.',
      '2. Hội nghị bắt đầu lúc 14 giờ 00 ngày 12/7/2030.',
    ].join('\n')
    expect(timesOf(text)).toHaveLength(2)
  })
})

describe('two months the session may fall in', () => {
  it('"vào tháng 7 hoặc tháng 8/2030" is the window of both, in the year the second gives; its retelling is no second one', () => {
    const text = [
      'Thủ tướng đồng ý tổ chức Hội nghị Thủ tướng với doanh nghiệp năm 2030.',
      '',
      'Hội nghị Thủ tướng với doanh nghiệp năm 2030 sẽ tổ chức vào tháng 7 hoặc tháng 8/2030, tại Hà Nội.',
      '',
      'Dự kiến thời gian tổ chức Hội nghị sẽ vào tháng 7 hoặc tháng 8/2030, tại Hà Nội.',
    ].join('\n')
    expect(timesOf(text)).toEqual([['month', '2030-07-01', '2030-08-31']])
  })

  it('"tháng 7 và tháng 8" stays the first month', () => {
    const text = 'Hội nghị đối thoại với doanh nghiệp năm 2030 dự kiến tổ chức vào tháng 7 và tháng 8/2030.'
    expect(timesOf(text)).not.toContainEqual(['month', '2030-07-01', '2030-08-31'])
  })
})

describe('a press conference that announced the session', () => {
  it('"… trong cuộc họp báo … tổ chức ngày 25-4" gives the day of the press conference, no session', () => {
    const text = [
      'Thủ tướng sẽ đối thoại với công nhân',
      '',
      'Đó là thông tin được đưa ra trong cuộc họp báo về Tháng công nhân năm 2030 do Tổng Liên đoàn Lao động tổ chức ngày 25-4.',
      '',
      'Phó Chủ tịch Tổng Liên đoàn Nguyễn Văn A cho biết, dự kiến, sáng 30-4, tại tỉnh B, Thủ tướng sẽ có buổi gặp gỡ, ' +
        'đối thoại, lắng nghe nguyện vọng của công nhân lao động.',
    ].join('\n')
    expect(timesOf(text)).toEqual([['day', '2030-04-30', '2030-04-30']])
  })
})

describe('a news item saying its session again in the sapo, the lead and a caption', () => {
  it('is one session, the hour either gives, the topic nearer the headline', () => {
    const text = [
      'Ngày mai, Bộ trưởng Bộ Xây dựng Nguyễn Văn A đối thoại trực tuyến với nhân dân',
      '',
      'Vào 9h, thứ Ba, ngày 5/6/2030, Bộ trưởng Bộ Xây dựng Nguyễn Văn A sẽ đối thoại trực tuyến với nhân dân tại Cổng ' +
        'Thông tin điện tử Chính phủ.',
      '',
      'Bộ trưởng Nguyễn Văn A sẽ đối thoại trực tuyến với người dân vào ngày 5/6',
      '',
      'Cuộc đối thoại sẽ giải đáp sự quan tâm của người dân đối với các vấn đề thuộc chức năng quản lý của Bộ.',
    ].join('\n')
    const draft = sessionsOf(text)
    expect(draft).toEqual([['day', '2030-06-05', '2030-06-05', 'Bộ trưởng Nguyễn Văn A sẽ đối thoại trực tuyến với người dân']])
  })

  it("keeps a titled schedule's two lines of one day", () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tiếp công dân tháng 6 năm 2030',
      '- Ngày 05/6/2030: Chủ tịch UBND huyện tiếp công dân tại Trụ sở Tiếp công dân huyện.',
      '- Ngày 05/6/2030: Phó Chủ tịch UBND huyện tiếp công dân tại Trụ sở Tiếp công dân huyện.',
    ].join('\n')
    expect(timesOf(text)).toHaveLength(2)
  })
})

describe("a day off among a month's lines, the lines after it indented under it", () => {
  it('is no session, and the line before it stays one beside those after it', () => {
    const text = [
      'Lịch tiếp công dân năm 2030 tại Trụ sở Tiếp công dân tỉnh',
      'Văn phòng UBND tỉnh thông báo lịch tiếp công dân năm 2030 như sau:',
      '1/. Tháng 02/2030:',
      '07 giờ 30 ngày 07/02/2030 Chủ tịch UBND tỉnh;',
      '* Ngày 14/02/2030 Nghỉ Tết Nguyên đán năm 2030;',
      '07 giờ 30 ngày 21/02/2030 Thường trực HĐND tỉnh;',
      '07 giờ 30 ngày 28/02/2030 Bí thư Tỉnh ủy.',
      '2/. Tháng 3/2030:',
      '07 giờ 30 ngày 07/3/2030 Chủ tịch UBND tỉnh;',
      '07 giờ 30 ngày 14/3/2030 Thường trực HĐND tỉnh.',
    ].join('\n')
    expect(timesOf(text).map((t) => t[1])).toEqual(['2030-02-07', '2030-02-21', '2030-02-28', '2030-03-07', '2030-03-14'])
  })
})
