import { describe, expect, it } from 'vitest'
import { readPlan } from '../../src/importer/read-plan.js'

// Round cw (issue 11): small inputs written here, none taken from the documents measured.

describe('a PDF that hyphenates syllables and repeats its footer and header on every page', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại với Nhân dân năm 2027',
    'I. THỜI GIAN',
    'Hội nghị đối thoại tổ chức lúc 08 giờ 00 ngày 20/6/2027 tại Hội trường UBND xã A.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Văn hóa và Thông tin huyện',
    '- Chuẩn bị tài liệu tuyên truyền về chủ trương, chính sách; hoàn thành, gửi Văn phòng',
    '',
    'Kế hoạch số 12/KH-UBND – Trang 1/2',
    'Kế hoạch đối thoại năm 2027',
    'HĐND và UBND huyện trước ngày 10/6/2027.',
    '2. Phòng Lao động - Thương binh và Xã hội',
    '- Tổng hợp kiến nghị của người lao động, gửi Văn phòng HĐND và UBND huyện trước ngày',
    '',
    'Kế hoạch số 12/KH-UBND – Trang 2/2',
    'Kế hoạch đối thoại năm 2027',
    '12/6/2027 để tổng hợp, thực hi-',
    'ện.',
    '3. Phòng Tài nguyên và Môi trư-',
    'ờng',
    '- Báo cáo tình hình thu hồi đất chậm nhất ngày 05/6/2027.',
  ].join('\n')

  it("drops the footer with its page's number and the header under it, and makes the broken syllables whole", () => {
    const draft = readPlan(text)
    expect(draft.tasks.map((t) => [t.lead, t.deadline.due, t.text])).toEqual([
      [
        'Phòng Văn hóa và Thông tin huyện',
        '2027-06-09',
        'Chuẩn bị tài liệu tuyên truyền về chủ trương, chính sách; hoàn thành, gửi Văn phòng HĐND và UBND huyện trước ngày 10/6/2027.',
      ],
      [
        'Phòng Lao động - Thương binh và Xã hội',
        '2027-06-11',
        'Tổng hợp kiến nghị của người lao động, gửi Văn phòng HĐND và UBND huyện trước ngày 12/6/2027 để tổng hợp, thực hiện.',
      ],
      ['Phòng Tài nguyên và Môi trường', '2027-06-05', 'Báo cáo tình hình thu hồi đất chậm nhất ngày 05/6/2027.'],
    ])
  })

  it('keeps apart the syllables of a loanword and a word after a joined dash', async () => {
    const { joinWrapped } = await import('../../src/importer/normalize.js')
    expect(joinWrapped('in tờ gấp, ma-', 'két, tài liệu')).toBeNull()
    expect(joinWrapped('phát triển kinh tế-', 'ủy ban')).toBeNull()
    expect(joinWrapped('tâm tư, nguyện vọ-', 'ng, đề xuất')).toBe('tâm tư, nguyện vọng, đề xuất')
  })
})

describe('a table whose last row gives only a month, after the row number', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức hội nghị đối thoại năm 2027',
    'I. THỜI GIAN, ĐỊA ĐIỂM',
    'TT Thời gian Đối tượng Địa điểm',
    '1 Ngày 11/5/2027',
    '(thứ Ba), buổi',
    'sáng',
    'Nhân dân xã A về',
    'giao đất',
    'Hội trường',
    'UBND xã A',
    '2 Tháng 9/2027',
    '(thời gian cụ thể',
    'thông báo sau)',
    'Nhân dân xã B về',
    'nông thôn mới',
    'Hội trường',
    'UBND xã B',
    'II. TỔ CHỨC THỰC HIỆN',
    '- Chậm nhất 05 ngày trước mỗi hội nghị: Văn phòng Huyện ủy phát hành giấy mời.',
  ].join('\n')

  it('reads the month of "2 Tháng 9/2027" as that session\'s, the number before it as the row\'s', () => {
    const draft = readPlan(text)
    expect(draft.sessions.map((s) => [s.time.precision, s.time.start])).toEqual([
      ['day', '2027-05-11'],
      ['month', '2027-09-01'],
    ])
    expect(draft.tasks.map((t) => [t.lead, t.session])).toEqual([
      ['Văn phòng Huyện ủy', 0],
      ['Văn phòng Huyện ủy', 1],
    ])
  })
})

describe('a task for the local levels, counted from the sessions held in their places', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức hội nghị đối thoại của Sở Công Thương năm 2027',
    'I. NỘI DUNG, THỜI GIAN',
    '1. Hội nghị thứ nhất',
    '- Thời gian: 08 giờ 00, ngày 15/4/2027.',
    '- Địa điểm: Hội trường UBND huyện A.',
    '- Nội dung: Đối thoại với hộ kinh doanh về quản lý chợ.',
    '2. Hội nghị thứ hai',
    '- Thời gian: 08 giờ 00, ngày 16/9/2027.',
    '- Địa điểm: Hội trường Sở Công Thương.',
    '- Nội dung: Đối thoại với doanh nghiệp về xúc tiến thương mại.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng Sở',
    '- Gửi giấy mời chậm nhất 07 ngày trước mỗi hội nghị.',
    '2. UBND các huyện, thành phố',
    '- Tổng hợp kiến nghị gửi Sở chậm nhất 10 ngày trước ngày tổ chức đối thoại tại địa phương.',
    '3. Phòng Kế hoạch - Tài chính',
    '- Thẩm định dự toán kinh phí sau 05 ngày làm việc kể từ ngày Văn phòng Sở gửi đầy đủ hồ sơ.',
  ].join('\n')

  it("gives the districts' task the session held in a district, and counts no task from a body's papers", () => {
    const draft = readPlan(text)
    expect(draft.tasks.map((t) => [t.lead, t.session, t.deadline.due])).toEqual([
      ['Văn phòng Sở', 0, '2027-04-08'],
      ['Văn phòng Sở', 1, '2027-09-09'],
      ['UBND các huyện, thành phố', 0, '2027-04-05'],
      ['Phòng Kế hoạch - Tài chính', null, null],
    ])
  })
})

describe("the party committees' task for the sessions of their localities", () => {
  const text = [
    'KẾ HOẠCH',
    'Tham dự, giám sát các cuộc đối thoại năm 2027',
    'I. NỘI DUNG, THỜI GIAN',
    '1- Giám sát hội nghị đối thoại của UBND huyện A với Nhân dân ngày 20-4-2027.',
    '2- Giám sát hội nghị đối thoại của Sở Xây dựng với doanh nghiệp trên địa bàn tỉnh ngày 18-5-2027.',
    '3- Giám sát hội nghị đối thoại của Ban Thường vụ Thành ủy B với Nhân dân ngày 15-6-2027.',
    'II. PHÂN CÔNG THỰC HIỆN',
    '1- Ban Dân vận các huyện ủy, thị ủy, thành ủy',
    '- Thông báo thời gian, địa điểm cuộc đối thoại của địa phương về Ban Dân vận Tỉnh ủy chậm nhất 07 ngày trước ngày đối thoại.',
  ].join('\n')

  it("counts from the sessions of a district or a city, not from the department's", () => {
    const draft = readPlan(text)
    expect(draft.tasks.map((t) => [t.session, t.deadline.due])).toEqual([
      [0, '2027-04-13'],
      [2, '2027-06-08'],
    ])
  })
})
