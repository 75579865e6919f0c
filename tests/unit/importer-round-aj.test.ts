import { describe, expect, it } from 'vitest'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Round AJ of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round AJ: a PDF table in columns of spaces whose header is centred over its columns', () => {
  it('the first row says where each column starts: its cells wrapped over lines stay in their columns', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại với Nhân dân năm 2033',
      'I. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
      '',
      ' STT      Thời gian            Địa điểm              Nội dung đối thoại',
      '  1   8 giờ 00, thứ Ba,   Hội trường UBND xã     Kiến nghị bồi thường đất',
      '      ngày 12/4/2033      Đông Phú, huyện        nông nghiệp tại dự án',
      '                          Tây Sơn                đường tỉnh',
      '  2   14 giờ 00, thứ      Nhà văn hóa thôn       Kiến nghị cấp Giấy chứng',
      '      Năm, ngày           Bắc Hà, xã Nam         nhận quyền sử dụng đất',
      '      14/4/2033           Phú',
      '',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Thanh tra huyện',
      'Tổng hợp hồ sơ, trình Chủ tịch UBND huyện chậm nhất 03 ngày làm việc trước mỗi buổi đối thoại.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2033-04-12', '2033-04-12', 'Kiến nghị bồi thường đất nông nghiệp tại dự án đường tỉnh'],
      ['day', '2033-04-14', '2033-04-14', 'Kiến nghị cấp Giấy chứng nhận quyền sử dụng đất'],
    ])
    expect(datedByRuleOf(text)).toEqual([
      ['Thanh tra huyện', 'relative', '-3 working_days', 0],
      ['Thanh tra huyện', 'relative', '-3 working_days', 1],
    ])
  })
})

describe("round AJ: a heading naming bodies broken inside a place's name", () => {
  it('"… UBND thành phố Bảo" / "Lộc": the last word alone on its line ends the name, and each body is one', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại năm 2033',
      'I. THỜI GIAN',
      '1. Đối thoại tại huyện Di Linh: 8 giờ 00 ngày 12/4/2033.',
      '2. Đối thoại tại thành phố Bảo Lộc: 8 giờ 00 ngày 14/4/2033.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Đề nghị UBND huyện Di Linh, UBND thành phố Bảo',
      'Lộc',
      'Gửi danh sách người tham dự về Thanh tra Sở chậm nhất 05 ngày trước ngày đối thoại tại địa phương.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['UBND huyện Di Linh', 'relative', '-5 days', 0],
      ['UBND thành phố Bảo Lộc', 'relative', '-5 days', 1],
    ])
  })
})

/** A plan of one meeting on a set day, up to the heading of its execution part. */
const ONE_MEETING = [
  'KẾ HOẠCH',
  'Tổ chức hội nghị đối thoại năm 2033',
  'I. THỜI GIAN, ĐỊA ĐIỂM',
  '- Thời gian: 14 giờ 00 ngày 21/11/2033.',
  '- Địa điểm: Hội trường cơ quan.',
  'II. TỔ CHỨC THỰC HIỆN',
]

describe('round AJ: work to be finished within a window of days', () => {
  it('"hoàn thành trong thời gian từ ngày X đến ngày Y" is due on Y; a period only described ("từ X đến Y tổ chức …") is none', () => {
    const text = [
      ...ONE_MEETING,
      '1. Các khoa, phòng',
      '- Lấy ý kiến của người lao động, hoàn thành trong thời gian từ ngày 04/11 đến ngày 08/11/2033.',
      '2. Phòng Hành chính',
      '- Từ ngày 10/11 đến ngày 14/11/2033 tổ chức kiểm tra hội trường.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([['Các khoa, phòng', 'absolute', '2033-11-08', null]])
  })
})

describe('round AJ: one kind over names that end in a word of work', () => {
  it('"Các phòng: Kế hoạch tổng hợp, Tài chính - Kế toán và Điều dưỡng" is three departments, "tổng hợp" part of a name', () => {
    const text = [
      ...ONE_MEETING,
      '1. Các phòng: Kế hoạch tổng hợp, Tài chính - Kế toán và Điều dưỡng',
      'Chuẩn bị nội dung trả lời, gửi Phòng Tổ chức cán bộ chậm nhất 02 ngày làm việc trước ngày tổ chức hội nghị.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Phòng Kế hoạch tổng hợp', 'relative', '-2 working_days', 0],
      ['Phòng Tài chính - Kế toán', 'relative', '-2 working_days', 0],
      ['Phòng Điều dưỡng', 'relative', '-2 working_days', 0],
    ])
  })
})

describe("round AJ: a department's field in a person's title among those invited", () => {
  it('"điều dưỡng trưởng" in one session\'s audience does not make "Phòng Điều dưỡng" that session\'s alone', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức hội nghị đối thoại năm 2033',
      'I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN',
      '1. Hội nghị đối thoại với người lao động khối lâm sàng',
      '- Thời gian: 14 giờ 00 ngày 21/11/2033.',
      '- Thành phần: trưởng khoa, điều dưỡng trưởng và đại diện người lao động các khoa lâm sàng.',
      '2. Hội nghị đối thoại với người lao động khối cận lâm sàng',
      '- Thời gian: 14 giờ 00 ngày 22/11/2033.',
      '- Thành phần: lãnh đạo và đại diện người lao động các khoa cận lâm sàng.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Điều dưỡng',
      'Chuẩn bị nội dung trả lời, gửi Phòng Tổ chức cán bộ chậm nhất 02 ngày làm việc trước ngày tổ chức hội nghị.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Phòng Điều dưỡng', 'relative', '-2 working_days', 0],
      ['Phòng Điều dưỡng', 'relative', '-2 working_days', 1],
    ])
  })
})
