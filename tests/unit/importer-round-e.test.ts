import { describe, expect, it } from 'vitest'
import { bodyHeading } from '../../src/importer/bodies.js'
import { cleanLines } from '../../src/importer/normalize.js'
import { readPlan } from '../../src/importer/read-plan.js'
import { sessionsOf, datedOf } from '../helpers/importer-draft.js'

// Round E of the unseen plans (issue 11): constructs they shared that the importer missed, each on a small input
// written here.

describe('a table a PDF export laid out in columns of spaces', () => {
  const table = [
    'TT    Thời gian              Nội dung                          Địa điểm',
    ' 1    9 giờ 00, thứ Hai,     Đối thoại với tiểu thương         Nhà văn hóa',
    '      ngày 06/5/2030         chợ Trung tâm                     khu phố 2',
    ' 2    14 giờ 00,             Đối thoại với các hộ dân          Hội trường UBND',
    '      ngày 08/5/2030         khu tái định cư                   xã',
    '                             Bắc Sơn',
    '',
    '                                                                          3',
    'III. TỔ CHỨC THỰC HIỆN',
  ]

  it('becomes pipe rows, each piece of a line in the column it starts under', () => {
    expect(cleanLines(table.join('\n')).map((l) => l.cells)).toEqual([
      ['TT', 'Thời gian', 'Nội dung', 'Địa điểm'],
      ['1', '9 giờ 00, thứ Hai, ngày 06/5/2030', 'Đối thoại với tiểu thương chợ Trung tâm', 'Nhà văn hóa khu phố 2'],
      ['2', '14 giờ 00, ngày 08/5/2030', 'Đối thoại với các hộ dân khu tái định cư Bắc Sơn', 'Hội trường UBND xã'],
      null,
    ])
  })

  it('gives one session a row', () => {
    const plan = ['KẾ HOẠCH', 'Tổ chức đối thoại năm 2030', 'I. LỊCH ĐỐI THOẠI', ...table, '1. Văn phòng UBND xã gửi giấy mời.']
    expect(sessionsOf(plan.join('\n'))).toEqual([
      ['day', '2030-05-06', '2030-05-06', 'Đối thoại với tiểu thương chợ Trung tâm'],
      ['day', '2030-05-08', '2030-05-08', 'Đối thoại với các hộ dân khu tái định cư Bắc Sơn'],
    ])
  })

  it('leaves lines of two columns that open with no row number as they are', () => {
    const text = 'STT     Họ và tên\nCông việc được giao    thường xuyên'
    expect(cleanLines(text).every((l) => l.cells === null)).toBe(true)
  })
})

describe('a row of a tabbed table broken by a cell of two paragraphs', () => {
  it('is one row, the broken cell joined', () => {
    const text = [
      'TT\tThời gian\tĐịa điểm\tNội dung',
      '1\tNgày 03/6/2030\tHội trường xã\tĐối thoại với hội viên nông dân',
      '2\tTháng 9/2030\tNhà văn hóa',
      'thôn Bắc\tĐối thoại với các hộ chăn nuôi',
    ].join('\n')
    expect(cleanLines(text).map((l) => l.cells)).toEqual([
      ['TT', 'Thời gian', 'Địa điểm', 'Nội dung'],
      ['1', 'Ngày 03/6/2030', 'Hội trường xã', 'Đối thoại với hội viên nông dân'],
      ['2', 'Tháng 9/2030', 'Nhà văn hóa thôn Bắc', 'Đối thoại với các hộ chăn nuôi'],
    ])
  })

  it('leaves short rows that each open with their number as they are', () => {
    const text = ['TT\tThời gian\tĐịa điểm', '1\tNgày 03/6/2030', '2\tNgày 05/6/2030'].join('\n')
    expect(cleanLines(text).map((l) => l.cells?.length)).toEqual([3, 2, 2])
  })
})

describe("a leader's working diary", () => {
  const diary = [
    'THÔNG BÁO',
    'Lịch công tác tuần của Chủ tịch UBND huyện (từ ngày 13/5 đến ngày 15/5/2030)',
    'Thứ Hai (ngày 13/5): Sáng 7 giờ 30, họp giao ban. Chiều 14 giờ, đối thoại với các hộ dân ' +
      'thôn Đông về giá bồi thường, tại Nhà văn hóa thôn Đông (mời Trưởng phòng Tài chính cùng ' +
      'dự).',
    'Thứ Ba (ngày 14/5): Sáng 8 giờ, họp cho ý kiến về dự thảo Kế hoạch tổ chức đối thoại quý III. Chiều: làm việc tại cơ quan.',
    'Thứ Tư (ngày 15/5): Cả ngày: tiếp công dân định kỳ tại Trụ sở Tiếp công dân huyện.',
    '* Giao nhiệm vụ:',
    '- UBND xã Đông Hòa thông báo đến từng hộ dân chậm nhất 03 ngày trước buổi đối thoại.',
  ].join('\n')

  it('has a session for each appointment that is a dialogue or a reception, at its time of day', () => {
    expect(sessionsOf(diary)).toEqual([
      ['day', '2030-05-13', '2030-05-13', 'Đối thoại với các hộ dân thôn Đông về giá bồi thường'],
      ['day', '2030-05-15', '2030-05-15', 'tiếp công dân định kỳ tại Trụ sở Tiếp công dân huyện'],
    ])
    expect(readPlan(diary).sessions.map((s) => s.startsAt)).toEqual([{ hour: 14, minute: 0 }, null])
  })

  it('binds the preparation of a dialogue to it', () => {
    expect(datedOf(diary)).toEqual([['UBND xã Đông Hòa', 'relative', '2030-05-10', 0]])
  })
})

describe('bodies a heading names', () => {
  it.each([
    ['Quỹ Bảo lãnh tín dụng tỉnh: Gửi báo cáo trước ngày 05/6/2030.', 'Quỹ Bảo lãnh tín dụng tỉnh', 'Gửi báo cáo trước ngày 05/6/2030.'],
    [
      'Các hợp tác xã được mời: Gửi phiếu đăng ký trước ngày 05/6/2030.',
      'Các hợp tác xã được mời',
      'Gửi phiếu đăng ký trước ngày 05/6/2030.',
    ],
    ['Các đơn vị được giao chủ trì gửi báo cáo.', 'Các đơn vị được giao', 'chủ trì gửi báo cáo.'],
  ])('"%s" is led by %s', (text, name, rest) => {
    expect(bodyHeading(text)).toEqual({ bodies: [{ name, place: null }], rest })
  })

  it.each([
    ['Chi bộ các ấp: Tân An, Tân Hòa, Tân Lợi', ['Chi bộ ấp Tân An', 'Chi bộ ấp Tân Hòa', 'Chi bộ ấp Tân Lợi']],
    ['Trưởng các buôn: Ea Tu, Kô Siêr', ['Trưởng buôn Ea Tu', 'Trưởng buôn Kô Siêr']],
    ['Ban điều hành các khóm, ấp: Phú Hữu và Mỹ Lợi', ['Ban điều hành Phú Hữu', 'Ban điều hành Mỹ Lợi']],
  ])('"%s" is one body a village', (text, names) => {
    expect(bodyHeading(text)?.bodies.map((b) => b.name)).toEqual(names)
  })

  it.each([
    ['Các tổ chuyên môn', 'Các tổ chuyên môn'],
    ['Giáo viên chủ nhiệm', 'Giáo viên chủ nhiệm'],
  ])('the heading "%s" is a body of a school', (text, name) => {
    expect(bodyHeading(text)?.bodies.map((b) => b.name)).toEqual([name])
  })

  it('"Giáo viên, nhân viên …" opens no body', () => {
    expect(bodyHeading('Giáo viên, nhân viên nhà trường thực hiện nghiêm túc.')).toBeNull()
  })

  it('"Quỹ đất …" opens no body', () => {
    expect(bodyHeading('Quỹ đất dành cho tái định cư được công khai.')).toBeNull()
  })
})

describe('the office of an organisation whose hall holds one of the sessions', () => {
  it('prepares every session, not only the one in its hall', () => {
    const plan = [
      'KẾ HOẠCH',
      'Tổ chức hội nghị đối thoại với hội viên năm 2030',
      'I. THỜI GIAN, ĐỊA ĐIỂM',
      '1. Hội nghị thứ nhất: ngày 10/6/2030, tại Hội trường UBND huyện Đông Sơn.',
      '2. Hội nghị thứ hai: ngày 15/9/2030, tại Hội trường Hội Cựu chiến binh tỉnh.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng Hội Cựu chiến binh tỉnh: Phát hành giấy mời trước 05 ngày làm việc tính đến ngày tổ chức hội nghị.',
    ].join('\n')
    expect(datedOf(plan).map(([lead, , , session]) => [lead, session])).toEqual([
      ['Văn phòng Hội Cựu chiến binh tỉnh', 0],
      ['Văn phòng Hội Cựu chiến binh tỉnh', 1],
    ])
  })
})

describe('"Riêng …" opening a line under a heading of several bodies', () => {
  it('gives that line to the body it names alone', () => {
    const plan = [
      'KẾ HOẠCH',
      'Đối thoại với Nhân dân năm 2030',
      'I. THỜI GIAN',
      'Hội nghị đối thoại với Nhân dân các ấp, ngày 20/9/2030.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Chi bộ các ấp: Tân An, Tân Hòa',
      '- Báo cáo tình hình trước ngày 10/9/2030.',
      '- Riêng Chi bộ ấp Tân Hòa chuẩn bị hội trường, hoàn thành trước ngày 18/9/2030.',
    ].join('\n')
    expect(datedOf(plan).map(([lead, , due]) => [lead, due])).toEqual([
      ['Chi bộ ấp Tân An', '2030-09-09'],
      ['Chi bộ ấp Tân Hòa', '2030-09-09'],
      ['Chi bộ ấp Tân Hòa', '2030-09-17'],
    ])
  })
})

describe('an adjustment whose work names both the moved and the added sessions', () => {
  const plan = (clause: string) =>
    [
      'KẾ HOẠCH',
      'Điều chỉnh, bổ sung Kế hoạch tổ chức đối thoại năm 2030',
      '1. Điều chỉnh thời gian cuộc đối thoại với Nhân dân xã An Bình',
      '- Thời gian sau điều chỉnh: ngày 10/7/2030.',
      '2. Bổ sung 01 cuộc đối thoại',
      '- Nội dung: Đối thoại với các hộ kinh doanh chợ Trung tâm.',
      '- Thời gian: ngày 20/8/2030.',
      '3. Tổ chức thực hiện',
      `3.1. Văn phòng UBND huyện: Phát hành giấy mời ${clause} chậm nhất 03 ngày trước ngày đối thoại.`,
    ].join('\n')

  it('binds the work to every session', () => {
    expect(datedOf(plan('đối với cuộc đối thoại điều chỉnh thời gian và cuộc đối thoại bổ sung')).map((t) => t[3])).toEqual([0, 1])
  })

  it('binds the work naming the added session alone to it', () => {
    expect(datedOf(plan('đối với cuộc đối thoại bổ sung')).map((t) => t[3])).toEqual([1])
  })
})

describe('one obligation with a deadline for each of two ranked sessions', () => {
  it('counts the relative one from the session its own words name', () => {
    const plan = [
      'KẾ HOẠCH',
      'Tổ chức hội nghị đối thoại năm 2030',
      'I. NỘI DUNG',
      '1. Hội nghị đối thoại lần thứ nhất: tháng 3/2030.',
      '2. Hội nghị đối thoại lần thứ hai: tháng 9/2030.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Các phòng chuyên môn',
      'a) Tổng hợp ý kiến, gửi Văn phòng trước ngày 01/3/2030 (đối với hội nghị lần thứ nhất) và ' +
        'chậm nhất 07 ngày làm việc trước ngày tổ chức hội nghị lần thứ hai.',
    ].join('\n')
    expect(datedOf(plan).map(([, kind, , session]) => [kind, session])).toEqual([
      ['absolute', null],
      ['relative', 1],
    ])
  })
})

describe('a count of days from the signing of a paper the plan does not date', () => {
  it('is no deadline; a count from the end of the session still is', () => {
    const plan = [
      'KẾ HOẠCH',
      'Tổ chức hội nghị đối thoại năm 2030',
      'I. THỜI GIAN',
      'Hội nghị đối thoại với công chức: tháng 6/2030.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng Sở',
      'a) Dự thảo Thông báo kết luận trong thời hạn 05 ngày làm việc kể từ ngày kết thúc hội nghị.',
      'b) Đăng tải Thông báo kết luận trong 02 ngày làm việc kể từ ngày Thông báo được ký ban hành.',
      'c) Trả lời kiến nghị trong 10 ngày kể từ ngày văn bản chuyển đến được tiếp nhận.',
    ].join('\n')
    expect(datedOf(plan).map(([lead, kind, , session]) => [lead, kind, session])).toEqual([['Văn phòng Sở', 'relative', 0]])
  })
})
