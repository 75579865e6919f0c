import { describe, expect, it } from 'vitest'
import { cleanLines } from '../../src/importer/normalize.js'
import { datedOf, sessionsOf } from '../helpers/importer-draft.js'

// Round t of the importer's fixes (issue 11): each construct on a small input written here.

describe('a schedule a PDF wrote one cell a line, a label wrapped, notes left empty and the header repeated on the next page', () => {
  const text = [
    'THÔNG BÁO',
    'Lịch tiếp công dân định kỳ của Chủ tịch UBND huyện năm 2030',
    'Lịch tiếp công dân:',
    'STT',
    'Tháng',
    'Ngày tiếp',
    'công dân',
    'Ghi chú',
    '1',
    'Tháng 01',
    'Thứ Ba,',
    'ngày 15/01/2030',
    '2',
    'Tháng 02',
    'Thứ Sáu,',
    'ngày 15/02/2030',
    '3',
    'Tháng 03',
    'Thứ Hai,',
    'ngày 18/3/2030',
    'Ngày 15/3/2030 là thứ Sáu',
    '2',
    'STT',
    'Tháng',
    'Ngày tiếp',
    'công dân',
    'Ghi chú',
    '4',
    'Tháng 04',
    'Thứ Hai,',
    'ngày 15/4/2030',
    'Trường hợp Chủ tịch UBND huyện bận công tác đột xuất vào ngày tiếp công dân định kỳ thì ủy quyền cho một',
    'Phó Chủ tịch UBND huyện tiếp công dân.',
  ].join('\n')

  it('writes the rows back whole: the label joined, an empty notes cell, the page number and the repeated header dropped', () => {
    expect(
      cleanLines(text)
        .filter((l) => l.cells)
        .map((l) => l.cells),
    ).toEqual([
      ['STT', 'Tháng', 'Ngày tiếp công dân', 'Ghi chú'],
      ['1', 'Tháng 01', 'Thứ Ba, ngày 15/01/2030', ''],
      ['2', 'Tháng 02', 'Thứ Sáu, ngày 15/02/2030', ''],
      ['3', 'Tháng 03', 'Thứ Hai, ngày 18/3/2030', 'Ngày 15/3/2030 là thứ Sáu'],
      ['4', 'Tháng 04', 'Thứ Hai, ngày 15/4/2030', ''],
    ])
  })

  it('reads one session a row, on its day', () => {
    expect(sessionsOf(text).map((s) => s.slice(0, 3))).toEqual([
      ['day', '2030-01-15', '2030-01-15'],
      ['day', '2030-02-15', '2030-02-15'],
      ['day', '2030-03-18', '2030-03-18'],
      ['day', '2030-04-15', '2030-04-15'],
    ])
  })
})

describe('a schedule under a label, introduced by a line of its own', () => {
  const text = [
    'THÔNG BÁO',
    'Lịch tiếp công dân định kỳ của Chủ tịch UBND huyện năm 2030',
    '1. Thời gian, địa điểm tiếp công dân',
    '- Chủ tịch UBND huyện tiếp công dân vào ngày 15 hằng tháng. Thời gian tiếp: từ 7 giờ 30 đến 11 giờ 00.',
    '- Lịch tiếp công dân cụ thể như sau:',
    '| STT | Tháng | Ngày tiếp công dân | Ghi chú |',
    '|---|---|---|---|',
    '| 1 | Tháng 01 | Thứ Ba, ngày 15/01/2030 | |',
    '| 2 | Tháng 02 | Thứ Sáu, ngày 15/02/2030 | |',
    'Trường hợp Chủ tịch UBND huyện bận công tác đột xuất thì ủy quyền cho một Phó Chủ tịch.',
    '2. Tổ chức thực hiện',
    '- Văn phòng HĐND và UBND huyện: đăng tải lịch trên Cổng thông tin điện tử huyện.',
  ].join('\n')

  it("reads its rows as the sessions, under the notice's subject", () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2030-01-15', '2030-01-15', 'Tiếp công dân định kỳ của Chủ tịch UBND huyện'],
      ['day', '2030-02-15', '2030-02-15', 'Tiếp công dân định kỳ của Chủ tịch UBND huyện'],
    ])
  })
})

describe("the province's web portal as the body of an item", () => {
  const text = [
    'THÔNG BÁO',
    'Lịch tiếp công dân định kỳ năm 2030',
    '1. Lịch tiếp công dân',
    'Chủ tịch UBND tỉnh tiếp công dân định kỳ ngày 20/01/2030.',
    '2. Tổ chức thực hiện',
    'a) Cổng Thông tin điện tử tỉnh: đăng tải toàn văn Thông báo này trước ngày 05/01/2030.',
    'b) Cổng TTĐT huyện đăng tải Thông báo này chậm nhất ngày 08/01/2030.',
  ].join('\n')

  it('gives the portal its dated task', () => {
    expect(datedOf(text)).toEqual([
      ['Cổng Thông tin điện tử tỉnh', 'absolute', '2030-01-04', null],
      ['Cổng TTĐT huyện', 'absolute', '2030-01-08', null],
    ])
  })
})

describe('items on sessions that point to the appendix, or say how often dialogues are held', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức các hoạt động đối thoại với công nhân lao động năm 2030',
    'II. NỘI DUNG',
    '1. Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với công nhân lao động năm 2030',
    'Tổ chức trong Tháng Công nhân năm 2030. Thời gian, địa điểm và phân công thực hiện theo Phụ lục kèm theo Kế hoạch này.',
    '2. Đối thoại định kỳ tại nơi làm việc',
    'Công đoàn cơ sở phối hợp với người sử dụng lao động tổ chức đối thoại định kỳ tại nơi làm việc ít nhất 01 lần/năm.',
    'PHỤ LỤC',
    'TT\tNội dung\tThời gian\tĐịa điểm\tĐơn vị chủ trì',
    '1\tHội nghị đối thoại giữa Chủ tịch UBND tỉnh với công nhân lao động năm 2030\tNgày ' +
      '18/5/2030\tNhà Văn hóa Lao động tỉnh\tBan Chính sách - Pháp luật',
  ].join('\n')

  it("reads the appendix's row as the session, and no session to schedule of either item", () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2030-05-18', '2030-05-18', 'Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với công nhân lao động năm 2030'],
    ])
  })
})

describe("an appendix's group of rows that names the work", () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại với công nhân lao động năm 2030',
    'PHỤ LỤC',
    'TT\tNội dung\tThời gian\tĐịa điểm\tĐơn vị chủ trì',
    'I\tCÁC HỘI NGHỊ, BUỔI ĐỐI THOẠI\t\t\t',
    '1\tĐối thoại với công nhân lao động khu công nghiệp A về nhà ở\tTháng 7/2030\tKhu công nghiệp A\tCông đoàn khu công nghiệp',
    'II\tCÔNG VIỆC CHUẨN BỊ VÀ SAU ĐỐI THOẠI\t\t\t',
    '2\tTheo dõi, đôn đốc việc giải quyết kiến nghị sau đối thoại\tTháng 12/2030\t\tBan Chính sách - Pháp luật',
  ].join('\n')

  it('reads the rows under it as no sessions', () => {
    expect(sessionsOf(text)).toEqual([['month', '2030-07-01', '2030-07-31', 'Đối thoại với công nhân lao động khu công nghiệp A về nhà ở']])
  })
})

describe('a tabbed table with a cell left empty inside a row', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại với công nhân lao động năm 2030',
    'PHỤ LỤC',
    'TT\tNội dung\tThời gian\tĐịa điểm\tĐơn vị chủ trì\tĐơn vị phối hợp',
    'I\tCÁC HỘI NGHỊ, BUỔI ĐỐI THOẠI\t\t\t\t',
    '1\tĐối thoại với công nhân lao động khu công nghiệp A về nhà ở\tTháng 7/2030\tKhu công nghiệp ' +
      'A\tCông đoàn khu công nghiệp\tBan Quản lý khu công nghiệp',
    'II\tCÔNG VIỆC CHUẨN BỊ VÀ SAU ĐỐI THOẠI\t\t\t\t',
    '2\tTổng hợp ý kiến, kiến nghị của công nhân lao động\tTrước ngày 20/4/2030\t\tBan Chính sách - Pháp luật\tCác công đoàn cơ sở',
  ].join('\n')

  it('keeps each cell under its column, so the row is the task of its "Đơn vị chủ trì"', () => {
    expect(datedOf(text)).toEqual([['Ban Chính sách - Pháp luật', 'absolute', '2030-04-19', null]])
  })
})

describe('a row of a table of tasks whose work is a request', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại với công nhân lao động năm 2030',
    'III. TỔ CHỨC THỰC HIỆN',
    '| TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn hoàn thành |',
    '|---|---|---|---|---|',
    '| 1 | Đề nghị các sở, ngành chuẩn bị nội dung trả lời kiến nghị | Ban Chính sách - Pháp ' +
      'luật | Văn phòng UBND tỉnh | Trước ngày 05/5/2030 |',
  ].join('\n')

  it('is the task of its "Đơn vị chủ trì", not of the bodies it asks', () => {
    expect(datedOf(text)).toEqual([['Ban Chính sách - Pháp luật', 'absolute', '2030-05-04', null]])
  })
})

describe("a body's heading over a paragraph whose subjects are its officers", () => {
  const text = [
    'KẾ HOẠCH',
    'tổ chức hội nghị đối thoại năm 2030',
    'I. NỘI DUNG',
    'Hội nghị đối thoại với Nhân dân, ngày 22/7/2030.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Các chi bộ thôn',
    'Bí thư chi bộ, Trưởng thôn thông báo rộng rãi thời gian, địa điểm hội nghị đến Nhân ' +
      'dân chậm nhất 05 ngày trước ngày tổ chức hội nghị.',
    '2. Văn phòng Đảng ủy',
    'Công an xã bảo đảm an ninh chậm nhất 01 ngày trước ngày tổ chức hội nghị.',
  ].join('\n')

  it("gives the work to the heading's body; another body named stays its own", () => {
    expect(datedOf(text)).toEqual([
      ['Các chi bộ thôn', 'relative', '-5 days', null],
      ['Công an xã', 'relative', '-1 days', null],
    ])
  })
})

describe('a notice of conclusions whose work announces the next session', () => {
  const text = [
    'THÔNG BÁO',
    'Kết luận của Giám đốc Sở tại Hội nghị đối thoại với công chức năm 2030',
    'Ngày 27/10/2030, tại Hội trường Sở, Giám đốc Sở chủ trì Hội nghị đối thoại với công chức năm 2030.',
    '1. Về các kiến nghị',
    'Giao Văn phòng Sở rà soát, báo cáo trước ngày 30/11/2030.',
    '2. Tổ chức thực hiện',
    '- Văn phòng Sở theo dõi, đôn đốc các phòng thực hiện Thông báo này.',
    '- Giám đốc Sở sẽ tổ chức Hội nghị đối thoại định kỳ với công chức lần tiếp theo vào quý ' +
      'II/2031 (thời gian, địa điểm cụ thể sẽ có thông báo sau).',
    'Sở thông báo để các phòng, đơn vị biết, thực hiện./.',
  ].join('\n')

  it('reads that session, with its time, though it stands among the work', () => {
    expect(sessionsOf(text)).toEqual([['quarter', '2031-04-01', '2031-06-30', 'Hội nghị đối thoại định kỳ với công chức lần tiếp theo']])
  })
})

describe('a month deadline after a report sent through a body', () => {
  const text = [
    'KẾ HOẠCH',
    'tổ chức hội nghị đối thoại năm 2030',
    'I. NỘI DUNG',
    'Hội nghị đối thoại với Nhân dân, ngày 22/7/2030.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Các đảng ủy xã, thị trấn: Triển khai tổ chức đối thoại ở cấp cơ sở theo kế hoạch; ' +
      'báo cáo kết quả về Ban Thường vụ Huyện ủy (qua Ban Dân vận Huyện ủy) trong tháng 12/2030.',
  ].join('\n')

  it('reads "báo cáo … (qua …) trong tháng 12/2030" as due by the month\'s last day', () => {
    expect(datedOf(text)).toEqual([['Các đảng ủy xã, thị trấn', 'absolute', '2030-12-31', null]])
  })
})

describe('a deadline counted from "the programme" beside a conference whose topic is its theme', () => {
  const text = [
    'KẾ HOẠCH',
    'tổ chức đối thoại với thanh niên năm 2030',
    'II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
    '1. Hội nghị đối thoại cấp tỉnh',
    '- Chủ đề: "Thanh niên khởi nghiệp và tìm kiếm việc làm".',
    '- Thời gian: 14 giờ 00 ngày 26/3/2030.',
    '2. Chương trình "Bí thư Tỉnh Đoàn lắng nghe thanh niên công nhân"',
    '- Nội dung: Đối thoại giữa Bí thư Tỉnh Đoàn với thanh niên công nhân về nhà ở.',
    '- Thời gian: Tháng 10/2030.',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Đoàn Khối Doanh nghiệp tỉnh',
    'Vận động thanh niên công nhân tham dự Chương trình; gửi danh sách đại biểu về Tỉnh Đoàn ' +
      'chậm nhất 07 ngày trước ngày tổ chức chương trình.',
  ].join('\n')

  it('concerns the programme only', () => {
    expect(datedOf(text)).toEqual([['Đoàn Khối Doanh nghiệp tỉnh', 'relative', '2030-09-24', 1]])
  })
})

describe('a schedule one cell a line whose day cell lists two days, a line each', () => {
  const text = [
    'THÔNG BÁO',
    'Lịch tiếp công dân định kỳ của Chủ tịch UBND huyện năm 2030',
    'STT',
    'Tháng',
    'Ngày tiếp công dân',
    'Người chủ trì',
    '1',
    'Tháng 7/2030',
    'Thứ Sáu, ngày 05/7/2030',
    'Thứ Hai, ngày 22/7/2030',
    'Chủ tịch UBND huyện',
    '2',
    'Tháng 8/2030',
    'Thứ Hai, ngày 05/8/2030',
    'Thứ Ba, ngày 20/8/2030',
    'Chủ tịch UBND huyện',
    '- Thời gian: Buổi sáng từ 7 giờ 30 phút đến 11 giờ 30 phút.',
  ].join('\n')

  it('keeps every row, and reads each day as a session', () => {
    expect(
      cleanLines(text)
        .filter((l) => l.cells)
        .map((l) => l.cells),
    ).toEqual([
      ['STT', 'Tháng', 'Ngày tiếp công dân', 'Người chủ trì'],
      ['1', 'Tháng 7/2030', 'Thứ Sáu, ngày 05/7/2030; Thứ Hai, ngày 22/7/2030', 'Chủ tịch UBND huyện'],
      ['2', 'Tháng 8/2030', 'Thứ Hai, ngày 05/8/2030; Thứ Ba, ngày 20/8/2030', 'Chủ tịch UBND huyện'],
    ])
    expect(sessionsOf(text).map((s) => s[1])).toEqual(['2030-07-05', '2030-07-22', '2030-08-05', '2030-08-20'])
  })
})
