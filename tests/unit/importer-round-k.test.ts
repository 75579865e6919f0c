import { describe, expect, it } from 'vitest'
import { datedByRuleOf as datedOf } from '../helpers/importer-draft.js'

// Round k of the importer's fixes (issue 11): each construct on a small input written here.

describe('"muộn nhất" before a day', () => {
  it('says what "chậm nhất" does: the day itself', () => {
    const text = [
      'KẾ HOẠCH',
      'tổ chức đối thoại với Nhân dân năm 2019',
      'I. THỜI GIAN',
      '- Thời gian: ngày 20/6/2019, tại Hội trường UBND xã.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Trưởng các thôn',
      'Lập danh sách hộ dân dự hội nghị, nộp về UBND xã muộn nhất ngày 14/6/2019.',
    ].join('\n')
    expect(datedOf(text)).toEqual([['Trưởng các thôn', 'absolute', '2019-06-14', null]])
  })
})

describe('"Phối hợp với X" over a text the body submits for signing', () => {
  it("leaves the work to the heading's body, which holds the pen; X only helps", () => {
    const text = [
      'KẾ HOẠCH',
      'tổ chức hội nghị đối thoại năm 2021',
      'I. THỜI GIAN',
      '- Thời gian: ngày 15/4/2021, tại Hội trường Huyện ủy.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Ban Tuyên giáo Huyện ủy',
      '- Chuẩn bị tài liệu tuyên truyền.',
      '2. Văn phòng Huyện ủy',
      '- Phối hợp với Ban Tuyên giáo Huyện ủy dự thảo thông báo kết luận, trình ký ban hành trong thời hạn 05 ngày làm việc sau hội nghị.',
      '- Phối hợp với Ban Tuyên giáo Huyện ủy tổng hợp ý kiến của đảng viên, hoàn thành trước ngày 05/4/2021.',
    ].join('\n')
    expect(datedOf(text)).toEqual([
      ['Văn phòng Huyện ủy', 'relative', '5 working_days', 0],
      ['Ban Tuyên giáo Huyện ủy', 'absolute', '2021-04-04', null],
    ])
  })
})

describe('"đối với các cuộc đối thoại định kỳ" naming the rows of a table under that heading', () => {
  it('binds the deadline to those rows, not to the session whose words hold "cuộc đối thoại"', () => {
    const text = [
      'KẾ HOẠCH',
      'tổ chức đối thoại tại nơi làm việc năm 2026',
      'I. THỜI GIAN, ĐỊA ĐIỂM',
      '1. Đối thoại định kỳ tại các đơn vị',
      '| TT | Đơn vị | Thời gian | Địa điểm |',
      '|---|---|---|---|',
      '| 1 | Xí nghiệp A | 8h00 ngày 09/6/2026 | Hội trường Xí nghiệp A |',
      '| 2 | Xí nghiệp B | 8h00 ngày 11/6/2026 | Phòng họp Xí nghiệp B |',
      '2. Đối thoại chuyên đề',
      'Công ty tổ chức 01 cuộc đối thoại chuyên đề về tiền lương trong Quý IV/2026; thời gian cụ thể sẽ thông báo sau.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Ban Chấp hành Công đoàn Công ty',
      'Gửi văn bản đề nghị nội dung đối thoại chậm nhất 10 ngày trước ngày đối thoại đối với các cuộc đối thoại định kỳ tại đơn vị.',
    ].join('\n')
    expect(datedOf(text)).toEqual([
      ['Ban Chấp hành Công đoàn Công ty', 'relative', '-10 days', 0],
      ['Ban Chấp hành Công đoàn Công ty', 'relative', '-10 days', 1],
    ])
  })
})
