import { describe, expect, it } from 'vitest'
import { datedOf, sessionsOf } from '../helpers/importer-draft.js'

// Round ds of the importer's fixes (issue 11): each construct on a small input written here.

describe('a news item opening with the day a plan was issued, its source before it', () => {
  const text = [
    '(Báo Miền Núi) – Ngày 04/3/2031, UBND tỉnh ban hành Kế hoạch số 45/KH-UBND về tổ chức đối thoại với thanh niên năm 2031.',
    '',
    'Mục đích nhằm lắng nghe tâm tư, nguyện vọng của thanh niên trên địa bàn tỉnh.',
    '',
    'Buổi đối thoại được tổ chức trực tiếp tại điểm cầu của tỉnh. Dự kiến khai mạc lúc 08 giờ, ngày 22/3/2031.',
  ].join('\n')

  it('names its session by what the plan is about, not by the sentence that reports its issue', () => {
    expect(sessionsOf(text)).toEqual([['day', '2031-03-22', '2031-03-22', 'Đối thoại với thanh niên năm 2031']])
  })
})

describe("a news item's paragraph that gives each dialogue a sentence ending with its expected month", () => {
  const text = [
    'Huyện ủy A sẽ tổ chức nhiều cuộc đối thoại với Nhân dân',
    '',
    '(TTX) - Huyện ủy A vừa ban hành kế hoạch tổ chức đối thoại của người đứng đầu cấp ủy với Nhân dân năm 2031.',
    '',
    'Về lĩnh vực y tế, đối thoại với cán bộ, nhân viên trạm y tế các xã, dự kiến trong tháng 5. Tiếp xúc, đối thoại với' +
      ' hội viên nông dân về chuyển đổi cây trồng, dự kiến trong tháng 8. Riêng các xã sẽ tổ chức tiếp xúc từ 2 cuộc/năm.',
  ].join('\n')

  it('reads a session from each such sentence, with its month and its words from the dialogue word on', () => {
    expect(sessionsOf(text)).toEqual([
      ['month', '2031-05-01', '2031-05-31', 'Đối thoại với cán bộ, nhân viên trạm y tế các xã'],
      ['month', '2031-08-01', '2031-08-31', 'Tiếp xúc, đối thoại với hội viên nông dân về chuyển đổi cây trồng'],
    ])
  })
})

describe("a news item's paragraph that gives its voter meetings in clauses, one on the other half of the day before", () => {
  const text = [
    'Kế hoạch tiếp xúc cử tri sau kỳ họp thứ 3',
    '',
    'Thứ 2, 10/06/2031 | 07:35',
    '',
    'Theo kế hoạch, Đoàn đại biểu sẽ tiếp xúc cử tri mỗi huyện trong thời gian 1/2 ngày tại một địa điểm. Dự kiến buổi sáng' +
      ' ngày 27/6, từ 8 giờ các đại biểu sẽ tiếp xúc cử tri các huyện An Hòa, Bình Lợi; buổi chiều từ 14 giờ, tiếp xúc cử tri' +
      ' tại các huyện Đông Sơn, Tây Sơn. Ngày 28/6, từ 7 giờ 30 phút tiếp xúc cử tri huyện Nam Hà và thành phố Bắc Hà.',
  ].join('\n')

  it('reads a session from each clause, the afternoon one on the day of the morning before it', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2031-06-27', '2031-06-27', 'Tiếp xúc cử tri các huyện An Hòa, Bình Lợi'],
      ['day', '2031-06-27', '2031-06-27', 'Tiếp xúc cử tri tại các huyện Đông Sơn, Tây Sơn'],
      ['day', '2031-06-28', '2031-06-28', 'Tiếp xúc cử tri huyện Nam Hà và thành phố Bắc Hà'],
    ])
  })
})

describe('a news item that says its session twice, in its headline and in its body', () => {
  it("reads one session over a span of days, the body's, its source of several words opening the lead", () => {
    const text = [
      'Từ ngày 02 - 05/6/2031, đại biểu HĐND tỉnh tiếp xúc cử tri trước kỳ họp thường lệ giữa năm ',
      '(Cong TTDT Tinh) - Ngày 21/5/2031, HĐND tỉnh đã ban hành Kế hoạch số 60/KH-HĐND về việc tiếp xúc cử tri.',
      'Theo đó, trong thời gian 04 ngày từ ngày 02 - 05/6/2031, đại biểu HĐND tỉnh sẽ tiếp xúc với cử tri tại 21 điểm.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([['month', '2031-06-02', '2031-06-05', 'Tiếp xúc với cử tri tại 21 điểm']])
  })

  it('reads one session on a day, the one whose topic says more than when it starts', () => {
    const text = [
      'Ngày 9.5, Bộ trưởng đối thoại trực tuyến với doanh nghiệp cả nước',
      '',
      '05/05/2031 08:08 GMT+7',
      '',
      'Theo đó, cuộc đối thoại bắt đầu từ 8 giờ ngày 9.5 theo hình thức trực tuyến tại Hà Nội.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([['day', '2031-05-09', '2031-05-09', 'Đối thoại trực tuyến với doanh nghiệp cả nước']])
  })
})

describe("a news item's sentence that opens with the day its source spoke", () => {
  const text = [
    'Ngày 9.5, Bộ trưởng đối thoại trực tuyến với doanh nghiệp cả nước',
    '',
    '05/05/2031 08:08 GMT+7',
    '',
    'Chiều 4.5, Văn phòng Bộ cho hay, Bộ trưởng đã đồng ý tổ chức hội nghị với doanh nghiệp nhằm tháo gỡ khó khăn.',
  ].join('\n')

  it('is no session of that day', () => {
    expect(sessionsOf(text)).toEqual([['day', '2031-05-09', '2031-05-09', 'Đối thoại trực tuyến với doanh nghiệp cả nước']])
  })
})

describe('the window a survey before a forum is taken in', () => {
  const text = [
    'Diễn đàn "Tiếng nói tuổi trẻ" năm 2031: lắng nghe đoàn viên',
    '',
    'Diễn đàn "Tiếng nói tuổi trẻ" năm 2031 sẽ diễn ra ngày 5/3/2031.',
    '',
    'Triển khai bảng hỏi khảo sát, lấy ý kiến của đoàn viên về các nội dung liên quan đến Diễn đàn. Thời gian thực hiện khảo sát' +
      ' từ ngày 4/2 đến ngày 12/2/2031.',
  ].join('\n')

  it('is no time of a session: the forum alone is one', () => {
    expect(sessionsOf(text).map((s) => s.slice(0, 3))).toEqual([['day', '2031-03-05', '2031-03-05']])
  })
})

describe('a sentence that sets bodies apart with "Riêng đối với …," before their own work and day', () => {
  const text = [
    'Huyện ủy A: Sẽ tổ chức nhiều cuộc đối thoại với Nhân dân',
    '',
    '(TTX) - Huyện ủy A vừa ban hành kế hoạch tổ chức tiếp xúc, đối thoại với Nhân dân trên địa bàn huyện năm 2031.',
    '',
    'Về lĩnh vực y tế, đối thoại với cán bộ trạm y tế các xã, dự kiến trong tháng 5. Tiếp xúc, đối thoại với hội viên' +
      ' nông dân, dự kiến trong tháng 8. Riêng đối với các xã, thị trấn, sẽ tổ chức tiếp xúc từ 2 cuộc/năm trở lên,' +
      ' thực hiện trước tháng 7-2031.',
  ].join('\n')

  it('gives the work to the bodies set apart, not to the body that issued the plan', () => {
    expect(datedOf(text)).toEqual([['Các xã, thị trấn', 'absolute', '2031-06-30', null]])
  })
})
