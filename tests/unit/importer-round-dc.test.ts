import { describe, expect, it } from 'vitest'
import { datedOf, sessionsOf, timesOf } from '../helpers/importer-draft.js'

// Round dc of the importer's fixes (issue 11): each construct on a small input written here.

describe('a notice for a year that gives its day as a rule and lists only the months it changes', () => {
  const text = [
    'THÔNG BÁO',
    'Lịch tiếp công dân định kỳ của Chủ tịch UBND huyện năm 2030',
    '1. Thời gian tiếp công dân',
    'Chủ tịch UBND huyện tiếp công dân định kỳ vào ngày 10 hằng tháng; nếu ngày 10 trùng vào thứ Bảy, Chủ nhật thì ' +
      'chuyển sang ngày làm việc kế tiếp. Buổi sáng, từ 7 giờ 30 đến 11 giờ 30.',
    'Riêng 02 tháng được điều chỉnh như sau:',
    '- Tháng 02/2030: tiếp công dân vào ngày 20/02/2030 (thứ Tư), do trùng kỳ nghỉ Tết Nguyên đán.',
    '- Tháng 7/2030: tiếp công dân vào ngày 17/7/2030 (thứ Tư), do trùng kỳ họp HĐND huyện.',
    '2. Tổ chức thực hiện',
    '- Ban Tiếp công dân huyện: báo cáo Chủ tịch UBND huyện chậm nhất 02 ngày làm việc trước mỗi buổi tiếp công dân.',
  ].join('\n')

  it('reads a session each month: the rule’s day, moved off the weekend, and the two changed days', () => {
    expect(timesOf(text).map(([, start]) => start)).toEqual([
      '2030-01-10',
      '2030-02-20',
      '2030-03-11',
      '2030-04-10',
      '2030-05-10',
      '2030-06-10',
      '2030-07-17',
      '2030-08-12',
      '2030-09-10',
      '2030-10-10',
      '2030-11-11',
      '2030-12-10',
    ])
  })

  it('gives the work before each reception one task a session', () => {
    expect(datedOf(text).map(([, , , session]) => session)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
  })

  it('reads no months from a rule whose days the notice lists', () => {
    const listed = text.replace(/Riêng 02 tháng[^\n]*\n/, 'Lịch cụ thể như sau:\n')
    expect(timesOf(listed).map(([, start]) => start)).toEqual(['2030-02-20', '2030-07-17'])
  })
})

describe('a schedule of "+ Buổi N:" lines whose dialogue follows the place after a colon', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại giữa lãnh đạo Sở với nông dân tại 02 xã năm 2030',
    'I. THỜI GIAN, ĐỊA ĐIỂM',
    '1. Lịch đối thoại:',
    '+ Buổi 1: 8 giờ 00 ngày 21/5/2030 (thứ Ba), tại Hội trường UBND xã An Hòa, huyện B: đối thoại với nông dân trồng ' +
      'chè về liên kết tiêu thụ sản phẩm.',
    '+ Buổi 2: 14 giờ 00 ngày 23/5/2030 (thứ Năm), tại Hội trường UBND xã An Bình, huyện C: đối thoại với nông dân về ' +
      'dồn điền, đổi thửa.',
  ].join('\n')

  it('takes each line’s dialogue after the place as its topic, not the plan’s subject', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2030-05-21', '2030-05-21', 'Đối thoại với nông dân trồng chè về liên kết tiêu thụ sản phẩm'],
      ['day', '2030-05-23', '2030-05-23', 'Đối thoại với nông dân về dồn điền, đổi thửa'],
    ])
  })
})

describe('a report of one named half-year sent before a day', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại với nông dân năm 2030',
    'I. THỜI GIAN',
    'Hội nghị đối thoại tổ chức vào 8 giờ 00 ngày 21/5/2030 tại Hội trường UBND xã An Hòa.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng Sở',
    'Tổng hợp kết quả, lồng ghép trong báo cáo 6 tháng đầu năm 2030 của Sở, gửi UBND tỉnh trước ngày 15/6/2030.',
  ].join('\n')

  it('is due once, the day before, not each half-year', () => {
    expect(datedOf(text)).toEqual([['Văn phòng Sở', 'absolute', '2030-06-14', null]])
  })
})

describe('a notice posted and announced within a month', () => {
  const text = [
    'THÔNG BÁO',
    'Lịch tiếp công dân định kỳ của Chủ tịch UBND huyện năm 2030',
    '1. Thời gian: Chủ tịch UBND huyện tiếp công dân vào 8 giờ 00 ngày 10/01/2030 tại Trụ sở Tiếp công dân huyện.',
    '2. Tổ chức thực hiện',
    '- UBND các xã: Niêm yết công khai Thông báo tại trụ sở, thông báo trên hệ thống truyền thanh cơ sở trong tháng 01/2030.',
  ].join('\n')

  it('is due by the month’s last day', () => {
    expect(datedOf(text)).toEqual([['UBND các xã', 'absolute', '2030-01-31', null]])
  })
})

describe('a table in columns of spaces whose header a PDF export repeats at the top of the next page', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức hội nghị đối thoại với Nhân dân năm 2030',
    'I. THỜI GIAN, ĐỊA ĐIỂM',
    'Năm 2030 tổ chức 02 hội nghị đối thoại, cụ thể như sau:',
    '',
    '  TT   Nội dung đối thoại              Thời gian          Địa điểm',
    '',
    '  1    Đối thoại với đoàn viên, thanh   8 giờ 00,          Hội trường UBND',
    '       niên về khởi nghiệp              ngày 20-6-2030     xã An Hòa',
    '',
    '                                          2',
    '  TT   Nội dung đối thoại              Thời gian          Địa điểm',
    '',
    '  2    Đối thoại với công nhân lao      14 giờ 00,         Hội trường UBND',
    '       động về nhà ở                    ngày 18-8-2030     xã An Bình',
    '',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng: phát hành giấy mời trước ngày tổ chức hội nghị ít nhất 05 ngày.',
  ].join('\n')

  it('reads the rows on both pages, the header again being no row', () => {
    expect(timesOf(text)).toEqual([
      ['day', '2030-06-20', '2030-06-20'],
      ['day', '2030-08-18', '2030-08-18'],
    ])
    expect(datedOf(text).map(([, , due]) => due)).toEqual(['2030-06-14', '2030-08-13'])
  })
})

describe('a task table copied one cell a line whose empty cell is a blank line', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại với Nhân dân năm 2030',
    'I. THỜI GIAN',
    'Hội nghị đối thoại tổ chức vào 8 giờ 00 ngày 21/5/2030 tại Hội trường UBND phường.',
    'II. TỔ CHỨC THỰC HIỆN',
    'Các đơn vị thực hiện nhiệm vụ theo bảng sau:',
    'TT',
    'Nội dung công việc',
    'Đơn vị chủ trì',
    'Đơn vị phối hợp',
    'Thời gian hoàn thành',
    '1',
    'Xây dựng phương án bảo đảm an ninh, trật tự',
    'Công an phường',
    '',
    'Trong thời gian tổ chức đối thoại',
    '2',
    'Dự thảo thông báo kết luận của Chủ tịch UBND phường',
    'Văn phòng HĐND và UBND phường',
    'Các phòng chuyên môn',
    'Trong vòng 05 ngày làm việc sau mỗi buổi đối thoại',
  ].join('\n')

  it('reads the rows after it with their own cells: the lead is the "chủ trì" cell', () => {
    expect(datedOf(text)).toEqual([['Văn phòng HĐND và UBND phường', 'relative', '2030-05-28', 0]])
  })
})

describe('"Riêng <body>:" setting one body apart under a heading of others, its deadline in a later clause', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại với nông dân năm 2030',
    'I. THỜI GIAN',
    '+ Buổi 1: 8 giờ 00 ngày 21/5/2030 (thứ Ba), tại Hội trường UBND xã An Hòa: đối thoại với nông dân về tiêu thụ chè.',
    '+ Buổi 2: 8 giờ 00 ngày 28/5/2030 (thứ Ba), tại Hội trường UBND xã An Bình: đối thoại với nông dân về dồn điền.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Đề nghị UBND các huyện: Bắc Sơn, Nam Sơn',
    'Chỉ đạo UBND xã nơi tổ chức đối thoại chuẩn bị hội trường; cử lãnh đạo tham dự.',
    'Riêng UBND xã An Hòa: phối hợp hợp tác xã bố trí khu trưng bày; lập danh sách hộ tham dự, gửi Văn phòng Sở chậm ' +
      'nhất 03 ngày làm việc trước buổi đối thoại tại xã.',
  ].join('\n')

  it('gives the deadline to that body, for the session at its place, not to the heading’s bodies', () => {
    expect(datedOf(text)).toEqual([['UBND xã An Hòa', 'relative', '2030-05-16', 0]])
  })
})

describe('a meeting the plan says is no dialogue of its own', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức hội nghị đối thoại với người lao động năm 2030',
    'I. THỜI GIAN, ĐỊA ĐIỂM',
    'Tổ chức 02 hội nghị đối thoại, cụ thể:',
    'TT\tThời gian\tĐịa điểm\tNội dung',
    '1\t8 giờ 00, thứ Năm, ngày 12/9/2030\tHội trường Ban Quản lý\tĐối thoại với người lao động về tiền lương',
    '2\t14 giờ 00, thứ Năm, ngày 12/9/2030\tHội trường Ban Quản lý\tĐối thoại với doanh nghiệp về tuyển dụng',
    'II. HOẠT ĐỘNG PHỐI HỢP TRƯỚC HỘI NGHỊ',
    '- Khảo sát ý kiến người lao động bằng phiếu trong thời gian từ ngày 26/8/2030 đến ngày 06/9/2030.',
    '- Tổ chức Hội nghị tập huấn pháp luật lao động cho cán bộ phụ trách nhân sự các doanh nghiệp KCN vào ngày ' +
      '29/8/2030 tại Hội trường Ban Quản lý ' +
      '(theo Kế hoạch số 14/KH-BQL, không phải hội nghị đối thoại).',
  ].join('\n')

  it('reads it as no session', () => {
    expect(timesOf(text)).toEqual([
      ['day', '2030-09-12', '2030-09-12'],
      ['day', '2030-09-12', '2030-09-12'],
    ])
  })
})
