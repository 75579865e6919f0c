import { describe, expect, it } from 'vitest'
import { datedOf, sessionsOf, timesOf } from '../helpers/importer-draft.js'

// Round dr of the importer's fixes (issue 11): each construct on a small input written here.

describe("a union's reception schedule by quarter, its table copied one cell a line", () => {
  const text = [
    'THÔNG BÁO',
    'Lịch tiếp đoàn viên, người lao động của Chủ tịch Công đoàn huyện năm 2031',
    '',
    'Ban Thường vụ thông báo lịch tiếp như sau:',
    '',
    '1. Lịch tiếp định kỳ',
    '',
    'Quý',
    'Ngày tiếp',
    'Thời gian',
    'Địa điểm',
    'Quý I',
    'Thứ Năm, ngày 20/3/2031',
    'Sáng: từ 7 giờ 30 đến 11 giờ',
    'Trụ sở Công đoàn huyện',
    'Quý II',
    'Thứ Năm, ngày 19/6/2031',
    'Sáng: từ 7 giờ 30 đến 11 giờ',
    'Nhà văn hóa công nhân',
    '',
    'Trường hợp ngày tiếp trùng lịch họp, Phó Chủ tịch tiếp thay; Văn phòng thông báo lại cho các công đoàn cơ sở.',
    '',
    '2. Hội nghị đối thoại với công nhân',
    'Trong Quý III/2031, Công đoàn huyện tổ chức Hội nghị đối thoại với công nhân khu công nghiệp.',
    '',
    '3. Tổ chức thực hiện',
    '3.1. Các công đoàn cơ sở:',
    'Tổng hợp kiến nghị của đoàn viên gửi về Văn phòng chậm nhất 05 ngày trước ngày tiếp của từng quý.',
  ].join('\n')

  it('reads each row by its day: a row opening with its quarter ("Quý I") is a row, "tiếp đoàn viên" a reception', () => {
    expect(timesOf(text)).toEqual([
      ['day', '2031-03-20', '2031-03-20'],
      ['day', '2031-06-19', '2031-06-19'],
      ['quarter', '2031-07-01', '2031-09-30'],
    ])
  })

  it('counts "05 ngày trước ngày tiếp" from the receptions alone, not from the dialogue', () => {
    expect(datedOf(text).map((t) => t[3])).toEqual([0, 1])
  })
})

describe("a portal's article, its readers' comments and its buttons after it", () => {
  const text = [
    'Giám đốc Sở sẽ đối thoại với giáo viên tại các cụm trường',
    'Thứ hai, 06/10/2031 - 15:20 | Lượt xem: 1245',
    '',
    'Sở vừa ban hành kế hoạch tổ chức các buổi đối thoại với giáo viên, cụ thể:',
    '',
    '– Cụm huyện A: 7 giờ 30 thứ Bảy, ngày 18/10/2031, tại Hội trường Sở.',
    '– Cụm huyện B: 14 giờ thứ Bảy, ngày 01/11/2031, tại Trường THPT C.',
    '– Cụm huyện D: dự kiến trong tháng 12/2031, thời gian cụ thể sẽ thông báo sau.',
    '',
    'Văn phòng Sở tổng hợp ý kiến sau mỗi buổi đối thoại.',
    '',
    'In bài viết | Gửi email | Về đầu trang',
    '',
    'Ý kiến bạn đọc (2)',
    '• Giáo viên huyện A - 06/10/2031 21:04: Mong Sở sớm giải quyết phụ cấp.',
    '• Phụ huynh - 07/10/2031 07:41: Đề nghị Sở công khai các khoản thu.',
  ].join('\n')

  it("reads the three clusters only: the buttons parted by bars are no table, the comments' moments no sessions", () => {
    expect(sessionsOf(text).map((s) => [s[0], s[1]])).toEqual([
      ['day', '2031-10-18'],
      ['day', '2031-11-01'],
      ['month', '2031-12-01'],
    ])
  })
})

describe('a kind of body in the plural over a list of places each with its kind', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức hội nghị đối thoại với người nộp thuế năm 2031',
    '',
    'I. THỜI GIAN, ĐỊA ĐIỂM',
    'Hội nghị tổ chức lúc 8 giờ 00, ngày 15/6/2031 tại Hội trường UBND thị xã A.',
    '',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Các Chi cục Thuế: thị xã A, huyện B, huyện C',
    '- Lập danh sách người nộp thuế mời dự hội nghị, gửi Cục Thuế chậm nhất ngày 02/6/2031.',
  ].join('\n')

  it('gives each place its body ("Các Chi cục Thuế: thị xã A, huyện B" → "Chi cục Thuế huyện B")', () => {
    expect(datedOf(text).map((t) => t[0])).toEqual(['Chi cục Thuế thị xã A', 'Chi cục Thuế huyện B', 'Chi cục Thuế huyện C'])
  })
})
