import { describe, expect, it } from 'vitest'
import { labelledOf } from '../../src/importer/fields.js'
import { cleanLines } from '../../src/importer/normalize.js'
import { readPlan } from '../../src/importer/read-plan.js'
import { sessionsOf } from '../helpers/importer-draft.js'

// Round ek (stop 36, issue 11): schedules and news items copied from web pages, each on a small input written here (none
// of them a page of the measured sets).

describe('a web table copied with nothing between its cells', () => {
  const text = [
    'Lịch tiếp công dân năm 2031',
    '1. Lịch tiếp công dân định kỳ của Chủ tịch UBND tỉnh:',
    'a) Thời gian:',
    'TTNgày, tháng, nămThứThời gian',
    '116/01/2031Thứ NămTừ 8 giờ 00',
    '213/02/2031Thứ NămTừ 8 giờ 00',
    '313/3/2031Thứ NămTừ 8 giờ 00',
    'b) Địa điểm: Trụ sở Tiếp công dân tỉnh.',
    '2. Lịch tiếp công dân định kỳ của Chủ tịch UBND các huyện:',
    'a) Thời gian:',
    'TTNgày, tháng, nămNgày, tháng, nămThời gian',
    '107/01/2031 (Thứ Ba)21/01/2031 (Thứ Ba)Từ 8 giờ 00',
    '204/02/2031 (Thứ Ba)18/02/2031 (Thứ Ba)Từ 8 giờ 00',
    '304/3/2031 (Thứ Ba)18/3/2031 (Thứ Ba)Từ 8 giờ 00',
  ].join('\n')

  it('parts the rows at their glued numbers and cells, and the header at its words', () => {
    const rows = cleanLines(text).filter((l) => l.cells)
    expect(rows[0]?.cells).toEqual(['TT', 'Ngày, tháng, năm', 'Thứ', 'Thời gian'])
    expect(rows[1]?.cells).toEqual(['1', '16/01/2031', 'Thứ Năm', 'Từ 8 giờ 00'])
    expect(rows[3]?.cells).toEqual(['3', '13/3/2031', 'Thứ Năm', 'Từ 8 giờ 00'])
    expect(rows[5]?.cells).toEqual(['1', '07/01/2031 (Thứ Ba)', '21/01/2031 (Thứ Ba)', 'Từ 8 giờ 00'])
  })

  it("reads each row's day, both days of a row under two columns of one label, named by the heading over the label", () => {
    const sessions = sessionsOf(text)
    expect(sessions.map((s) => s[1])).toEqual([
      '2031-01-16',
      '2031-02-13',
      '2031-03-13',
      '2031-01-07',
      '2031-01-21',
      '2031-02-04',
      '2031-02-18',
      '2031-03-04',
      '2031-03-18',
    ])
    expect(sessions[0]?.[3]).toBe('Tiếp công dân định kỳ của Chủ tịch UBND tỉnh')
    expect(sessions[3]?.[3]).toBe('Tiếp công dân định kỳ của Chủ tịch UBND các huyện')
  })

  it('leaves lines alone that open with a day of their own, or count fewer than three', () => {
    for (const lines of [
      ['15/01/2031 Chủ tịch UBND tỉnh tiếp công dân', '20/02/2031 Chủ tịch UBND tỉnh tiếp công dân', '30/3/2031 tiếp công dân'],
      ['116/01/2031Thứ Năm', '213/02/2031Thứ Năm'],
    ]) {
      expect(cleanLines(lines.join('\n')).every((l) => l.cells === null)).toBe(true)
    }
  })
})

describe('a column of days labelled with their year', () => {
  it('is a time column, however the parts of the label are parted', () => {
    for (const label of ['Ngày, tháng, năm', 'Ngày/tháng/năm', 'ngày tháng năm']) {
      expect(labelledOf(label)?.fields).toEqual(['time'])
    }
  })
})

describe("a portal's furniture over the article", () => {
  it('drops the visitor counter and the print line, so the headline titles the news item and its lead is no second session', () => {
    const text = [
      '• Liên kết website',
      '• Thống kê truy cập',
      '• Đang online: 3',
      'Hôm nay: 215',
      'Đã truy cập: 1234567',
      'Print Thứ Hai, 03/03/2031 09:10 Gốc',
      'Ngày 24-3, Chủ tịch UBND tỉnh đối thoại với thanh niên',
      'Với chủ đề “Thanh niên với chuyển đổi số”, ngày 24-3, Chủ tịch UBND tỉnh A sẽ chủ trì hội nghị đối thoại với thanh niên ' +
        'trên địa bàn tỉnh năm 2031.',
    ].join('\n')
    expect(cleanLines(text)[0]?.text).toBe('Ngày 24-3, Chủ tịch UBND tỉnh đối thoại với thanh niên')
    expect(sessionsOf(text)).toEqual([['day', '2031-03-24', '2031-03-24', 'Đối thoại với thanh niên']])
  })
})

describe('a news item that announces its event over several days, then the day of the dialogue', () => {
  it('keeps the day, named without "sẽ diễn ra", not the span of the event around it', () => {
    const text = [
      'Thủ tướng sẽ đối thoại với nông dân',
      'Hội Nông dân tỉnh A vừa họp báo công bố chuỗi sự kiện hội nghị Thủ tướng đối thoại với nông dân, hội chợ nông sản năm 2031 ' +
        'sẽ diễn ra tại tỉnh A từ ngày 28/5 đến 1/6.',
      'Theo đó, trọng tâm là Hội nghị Thủ tướng Chính phủ đối thoại với nông dân Việt Nam sẽ diễn ra vào buổi sáng ngày 29/5 tại ' +
        'tỉnh A.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([['day', '2031-05-29', '2031-05-29', 'Hội nghị Thủ tướng Chính phủ đối thoại với nông dân Việt Nam']])
  })
})

describe('a session held on an occasion', () => {
  it('is named without the occasion its sentence opens with', () => {
    const text =
      'Nhân dịp kỷ niệm 100 năm Ngày thành lập Đoàn (26-3-1931 / 26-3-2031), Thủ tướng Chính phủ sẽ gặp mặt và đối thoại với ' +
      'thanh niên, dự kiến vào ngày 25-3-2031.'
    expect(sessionsOf(text)).toEqual([['day', '2031-03-25', '2031-03-25', 'Thủ tướng Chính phủ sẽ gặp mặt và đối thoại với thanh niên']])
  })
})

describe('a news item cut short after a sentence that opens with a title’s word', () => {
  it('keeps its lead’s session: the cut sentence under the paragraphs titles no document', () => {
    const recital =
      'Thực hiện Kế hoạch số 50/KH-UBND ngày 15/4/2031 của UBND phường A về việc tổ chức chương trình đối thoại giữa Chủ tịch ' +
      'UBND phường với thanh niên năm 2031, với chủ đề “Thanh niên phường A với khát vọng phát triển” và các văn bản có liên quan.'
    const text = [
      'HỘI NGHỊ ĐỐI THOẠI GIỮA LÃNH ĐẠO UBND PHƯỜNG A VỚI THANH NIÊN NĂM 2031',
      recital,
      'Sáng ngày 29/5 UBND phường A tổ chức chương trình đối thoại giữa lãnh đạo UBND phường với thanh niên năm 2031. Dự chương ' +
        'trình có đồng chí B, Chủ tịch UBND phường, các đồng chí trưởng các ban, ngành, đoàn thể và hơn 40 đoàn viên tiêu biểu.',
      'Chương trình đối thoại giữa lãnh đạo UBND phường với thanh niên phường A là dịp để thanh niên bày tỏ',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([['day', '2031-05-29', '2031-05-29', expect.stringMatching(/^Đối thoại giữa lãnh đạo UBND phường/)]])
  })
})

describe("a portal's own fields over a notice", () => {
  it('are no session: the day of posting is not the day of the dialogue', () => {
    const text = [
      'Tổ chức đối thoại với các hộ dân khiếu nại việc thu hồi đất tại xã A, huyện B.',
      'cms-publish-date 17/04/2031 | 08:03  | cms-view-count: 3413',
      'Ủy ban nhân dân tỉnh C tổ chức đối thoại với các hộ dân khiếu nại việc thu hồi đất tại xã A, huyện B.',
      'Vào lúc 8 giờ 00, ngày 22/4/2031 (thứ Ba), tại trụ sở UBND huyện B, lãnh đạo UBND tỉnh chủ trì đối thoại với các hộ dân.',
    ].join('\n')
    expect(sessionsOf(text).map((s) => s[1])).toEqual(['2031-04-22'])
  })
})

describe("a news item on a voter-meeting plan: the round's span and one meeting of it on its own day", () => {
  const text = [
    'Thông báo Kế hoạch tổ chức tiếp xúc cử tri trước Kỳ họp thứ Năm - HĐND huyện A khóa VII',
    '24/05/2031',
    'Ngày 17/5/2031, Thường trực HĐND huyện đã ban hành kế hoạch tiếp xúc cử tri trước Kỳ họp thứ Năm - HĐND huyện khóa VII.',
    'Theo đó, các Tổ đại biểu HĐND huyện chủ động liên hệ với UBND các xã để thống nhất thời gian, địa điểm. Thời gian tổ chức ' +
      'tiếp xúc cử tri thống nhất từ ngày 20/5/2031 đến ngày 10/6/2031. Đối với Tổ đại biểu HĐND huyện ứng cử tại xã B, đề nghị ' +
      'kết hợp tổ chức tiếp xúc cử tri cùng Tổ đại biểu HĐND tỉnh vào sáng ngày 04/6/2031 tại trụ sở UBND xã B.',
  ].join('\n')

  it('reads both, and not the day the page was posted under its title', () => {
    expect(sessionsOf(text).map((s) => [s[0], s[1], s[2]])).toEqual([
      ['month', '2031-05-20', '2031-06-10'],
      ['day', '2031-06-04', '2031-06-04'],
    ])
    expect(sessionsOf(text)[1]?.[3]).toBe('Tiếp xúc cử tri cùng Tổ đại biểu HĐND tỉnh')
  })

  it('keeps a day under the title that no paragraph follows: a line of a schedule', () => {
    const schedule = ['Lịch tiếp công dân của Chủ tịch UBND huyện A năm 2031', '15/01/2031', '19/02/2031'].join('\n')
    expect(sessionsOf(schedule).map((s) => s[1])).toEqual(['2031-01-15', '2031-02-19'])
  })
})

describe("a portal's login and share buttons", () => {
  it('are no title: the headline under them titles the item', () => {
    const text = [
      'Đăng nhập',
      'Đăng nhập để trải nghiệm thêm những tính năng hữu ích',
      'Zalo',
      'Đối thoại với thanh niên tỉnh A năm 2031',
    ].join('\n')
    expect(cleanLines(text).map((l) => l.text)).toEqual(['Đối thoại với thanh niên tỉnh A năm 2031'])
  })
})

describe("a news item's one session named by its whole lead", () => {
  it('is named as its headline names it, from the kind on', () => {
    const text = [
      'Đoàn ĐBQH tỉnh A tiếp xúc cử tri huyện B',
      'Ngày 30-9-2031, Đoàn ĐBQH tỉnh A gồm các đồng chí: Lê Văn C, Ủy viên Trung ương Đảng, Phó Chủ tịch Quốc hội; Trần Thị D, ' +
        'Phó Trưởng Đoàn ĐBQH tỉnh, đã có buổi tiếp xúc cử tri tại huyện B trước kỳ họp thứ 8, Quốc hội khóa XX.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([['day', '2031-09-30', '2031-09-30', 'Tiếp xúc cử tri huyện B']])
  })

  it('is named from its own kind on when no headline names it', () => {
    const text =
      'Sáng 11/10/2031, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh A tổ chức Diễn đàn “Lắng nghe tiếng nói Mặt trận cơ sở” giữa ' +
      'đồng chí Chủ tịch Ủy ban MTTQ tỉnh với đội ngũ làm công tác Mặt trận các cấp tại Hội trường tỉnh.'
    expect(sessionsOf(text)[0]?.[3]).toBe(
      'Diễn đàn “Lắng nghe tiếng nói Mặt trận cơ sở” giữa đồng chí Chủ tịch Ủy ban MTTQ tỉnh với đội ngũ làm công tác Mặt trận các cấp',
    )
  })

  it('is named as its headline names it when the lead names only a part of it, and the stamp of an update is no session', () => {
    const text = [
      'In trang',
      'Huyện A: Tiếp công dân định kỳ tại xã B',
      'Cập nhật lúc : 14:07 03/02/2031',
      'Thực hiện chương trình công tác, sáng ngày 20/01/2031, đồng chí Lê Thị C, Bí thư Huyện ủy cùng lãnh đạo UBND huyện A đã có ' +
        'buổi tiếp dân, đối thoại trực tiếp với nhân dân và xử lý những phản ánh, kiến nghị của nhân dân tại xã B.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([['day', '2031-01-20', '2031-01-20', 'Tiếp công dân định kỳ tại xã B']])
  })
})

describe('a voter-meeting notice whose days list the places each half of the day meets', () => {
  const text = [
    'Thông báo lịch tiếp xúc cử tri sau kỳ họp thường lệ giữa năm 2031 của đại biểu HĐND thành phố A',
    'Thường trực HĐND thành phố A thông báo lịch tiếp xúc cử tri như sau:',
    'I. THỜI GIAN TIẾP XÚC',
    'Buổi sáng bắt đầu từ 7 giờ 30 phút, buổi chiều từ 13 giờ 30 phút',
    'Ngày 05/08/2031: (Thứ Ba)',
    '- Sáng: Phường B; Phường C;',
    '- Chiều: Xã D; Xã E; Xã G;',
    'Ngày 06/08/2031: (Thứ Tư)',
    '- Sáng: Phường H;',
    '- Chiều: Xã K; Xã L;',
    'II. ĐỊA ĐIỂM TIẾP XÚC',
    'Tại Hội trường UBND các xã, phường.',
  ].join('\n')

  it('reads a meeting each half, on its day, named by its places', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2031-08-05', '2031-08-05', 'Phường B; Phường C'],
      ['day', '2031-08-05', '2031-08-05', 'Xã D; Xã E; Xã G'],
      ['day', '2031-08-06', '2031-08-06', 'Phường H'],
      ['day', '2031-08-06', '2031-08-06', 'Xã K; Xã L'],
    ])
  })

  it('reads none of them from a half with no day above it', () => {
    const undated = text.replace('Ngày 05/08/2031: (Thứ Ba)\n', '')
    expect(sessionsOf(undated).some((s) => s[3] === 'Phường B; Phường C')).toBe(false)
  })
})

describe('a reception held at the reception office, of a month', () => {
  it('is named from its own kind, not from the office’s name, and its month does not hide it', () => {
    const text = [
      'Chủ tịch UBND tỉnh A yêu cầu xử lý dứt điểm các kiến nghị của công dân',
      'Sáng 15/10/2031, tại Trụ sở Tiếp công dân tỉnh, Chủ tịch UBND tỉnh A chủ trì phiên tiếp công dân định kỳ tháng 10/2031 ' +
        'nhằm nghe, đối thoại và chỉ đạo xử lý các kiến nghị của người dân.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([['day', '2031-10-15', '2031-10-15', expect.stringMatching(/^Tiếp công dân định kỳ tháng 10\/2031/)]])
  })
})

// What the rules above must leave alone (each shape found by a review of them).
describe('documents the rules of this round leave as they were', () => {
  it('keeps an invitation’s day under its title: the paragraph after it gives no day of its own', () => {
    const text = [
      'GIẤY MỜI',
      'Dự hội nghị đối thoại giữa Chủ tịch UBND tỉnh với thanh niên năm 2031',
      'Thứ Năm, 15/05/2031',
      'Ủy ban nhân dân tỉnh A trân trọng kính mời đồng chí đến dự hội nghị đối thoại giữa Chủ tịch UBND tỉnh với thanh niên, ' +
        'bắt đầu lúc 8 giờ 00 tại Hội trường Tỉnh ủy.',
    ].join('\n')
    expect(sessionsOf(text).map((s) => s[1])).toEqual(['2031-05-15'])
  })

  it('keeps a line that opens with another label than a posting’s before its hour and day', () => {
    const text = [
      'Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với doanh nghiệp năm 2031',
      'Khai mạc lúc: 08:00 15/01/2031',
      'Tại Hội trường UBND tỉnh A.',
    ]
    expect(sessionsOf(text.join('\n')).map((s) => s[1])).toEqual(['2031-01-15'])
  })

  it('keeps a plan’s month beside a day of it when "sẽ" stands in another clause of its line', () => {
    const text = [
      'KẾ HOẠCH',
      'Tiếp công dân năm 2031 trên địa bàn huyện A',
      '1. Trong tháng 3/2031, Bí thư Huyện ủy tiếp công dân định kỳ tại Trụ sở Tiếp công dân huyện A; nội dung tiếp sẽ được ' +
        'thông báo trước 05 ngày.',
      '2. Ngày 15/3/2031, Chủ tịch UBND huyện tiếp công dân định kỳ tại Trụ sở Tiếp công dân huyện A.',
    ].join('\n')
    expect(sessionsOf(text).map((s) => [s[0], s[1]])).toEqual([
      ['month', '2031-03-01'],
      ['day', '2031-03-15'],
    ])
  })

  it('keeps a dialogue’s own name under a headline on other news', () => {
    const text = [
      'Huyện A sơ kết công tác tiếp công dân 6 tháng đầu năm 2031',
      'Sáng 12/7/2031, UBND huyện A tổ chức đối thoại với các hộ dân xã B bị ảnh hưởng bởi dự án đường tránh quốc lộ 1A tại ' +
        'Hội trường UBND xã B.',
    ].join('\n')
    expect(sessionsOf(text)[0]?.[3]).toMatch(/^Đối thoại với các hộ dân xã B/)
  })

  it('reads no meeting from the day a round’s results are sent, nor from a day outside its span', () => {
    const text = (held: string) =>
      [
        'Thông báo Kế hoạch tổ chức tiếp xúc cử tri trước Kỳ họp thứ Năm - HĐND huyện A khóa VII',
        'Theo kế hoạch, các Tổ đại biểu liên hệ để thống nhất thời gian, địa điểm. Thời gian tổ chức tiếp xúc cử tri thống nhất từ ' +
          'ngày 20/5/2031 đến ngày 10/6/2031. Ngày 05/6/2031, các Tổ đại biểu gửi báo cáo kết quả tiếp xúc cử tri về Thường trực ' +
          `HĐND huyện. Tổ đại biểu xã B kết hợp tổ chức tiếp xúc cử tri cùng Tổ đại biểu HĐND tỉnh vào sáng ngày ${held}.`,
      ].join('\n')
    expect(sessionsOf(text('04/6/2031')).map((s) => s[1])).toEqual(['2031-05-20', '2031-06-04'])
    expect(sessionsOf(text('15/6/2031')).map((s) => s[1])).not.toContain('2031-06-15')
  })

  it('keeps a plan’s capital title under a portal’s paragraphs on it', () => {
    const intro =
      'Ngày 10/01/2031, Ủy ban nhân dân huyện A đã ban hành Kế hoạch số 05/KH-UBND về tổ chức đối thoại với Nhân dân năm 2031 ' +
      'nhằm lắng nghe tâm tư, nguyện vọng của Nhân dân và giải quyết kịp thời các kiến nghị chính đáng trên địa bàn huyện.'
    const text = [
      intro,
      'Kế hoạch nêu rõ mục đích, yêu cầu, nội dung, thời gian và trách nhiệm của các cơ quan, đơn vị trong việc chuẩn bị và tổ ' +
        'chức các hội nghị đối thoại trên địa bàn huyện trong năm. Toàn văn kế hoạch như sau.',
      'ỦY BAN NHÂN DÂN HUYỆN A',
      'KẾ HOẠCH',
      'Tổ chức đối thoại với Nhân dân năm 2031',
      'Thời gian: ngày 20/3/2031.',
    ].join('\n')
    expect(readPlan(text).plan.title).toBe('Kế hoạch tổ chức đối thoại với Nhân dân năm 2031')
  })

  it('keeps the occasion when no capital clause follows its comma', () => {
    const text = 'Nhân dịp Tết Nguyên đán Tân Hợi 2031, gặp mặt và đối thoại với doanh nghiệp trên địa bàn tỉnh vào ngày 20/01/2031.'
    expect(sessionsOf(text)[0]?.[3]).toMatch(/^Nhân dịp Tết Nguyên đán/)
  })

  it('leaves lines alone that open with days a row’s number and day could be read from', () => {
    const lines = ['15/01/2031 Chủ tịch UBND tỉnh tiếp công dân', '25/02/2031 Chủ tịch UBND tỉnh tiếp công dân', '31/3/2031 tiếp công dân']
    expect(cleanLines(lines.join('\n')).every((l) => l.cells === null)).toBe(true)
  })

  it('parts a glued cell after an hour from the next, and drops a print button alone', () => {
    const text = [
      'In trang',
      'TTNgày, tháng, nămThời gianĐịa điểm',
      '116/01/2031Từ 8 giờ 00Trụ sở UBND huyện',
      '213/02/2031Từ 8 giờ 00Trụ sở',
      '313/3/2031Từ 8 giờ 00Trụ sở',
    ]
    const lines = cleanLines(text.join('\n'))
    expect(lines[0]?.cells).toEqual(['TT', 'Ngày, tháng, năm', 'Thời gian', 'Địa điểm'])
    expect(lines[1]?.cells).toEqual(['1', '16/01/2031', 'Từ 8 giờ 00', 'Trụ sở UBND huyện'])
  })
})

describe("a portal's headline said again with the day it was posted", () => {
  it('gives no session of that day, and the session is named from its meeting, not from who holds it', () => {
    const headline =
      'Ủy ban MTTQVN phường A tổ chức Hội nghị “Đối thoại trực tiếp giữa người đứng đầu cấp ủy với nhân dân phường A năm 2031"'
    const text = [
      headline,
      `${headline} (22/08/2031)`,
      'Được sự thống nhất của Đảng ủy, UBND phường A, vào sáng ngày 12/8/2031, tại hội trường UBND phường, Ban Thường trực Ủy ' +
        'ban MTTQVN phường A tổ chức Hội nghị đối thoại trực tiếp giữa người đứng đầu cấp ủy với nhân dân.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      [
        'day',
        '2031-08-12',
        '2031-08-12',
        expect.stringMatching(/^Hội nghị “?[Đđ]ối thoại trực tiếp giữa người đứng đầu cấp ủy với nhân dân/),
      ],
    ])
  })
})

describe('who holds a meeting named in quotes after the verb', () => {
  it('is no part of its topic', () => {
    const text = 'Ủy ban MTTQVN phường A tổ chức Hội nghị “Đối thoại trực tiếp với nhân dân phường A năm 2031” vào ngày 12/8/2031.'
    expect(sessionsOf(text)[0]?.[3]).toMatch(/^Hội nghị “Đối thoại trực tiếp với nhân dân phường A năm 2031/)
  })
})

describe("a news item's 'sáng nay' under its date line", () => {
  const lead =
    'Từ 8h30 đến 10h00 sáng nay, trên Cổng thông tin điện tử thành phố, đồng chí B, Giám đốc Sở A chủ trì đối thoại trực ' +
    'tuyến với các tổ chức, doanh nghiệp và người dân về thủ tục đầu tư.'

  it('is the day the date line gives, at the hour the lead gives', () => {
    const text = [
      'Thành phố C, ngày 19 tháng 09 năm 2031',
      'Giám đốc Sở A đối thoại trực tuyến trên Cổng thông tin điện tử thành phố',
      lead,
    ]
    const draft = readPlan(text.join('\n'))
    expect(draft.sessions.map((s) => [s.time.precision, s.time.start, s.startsAt])).toEqual([
      ['day', '2031-09-19', { hour: 8, minute: 30 }],
    ])
  })

  it('gives no day when no date line says which day it is', () => {
    const text = ['Giám đốc Sở A đối thoại trực tuyến trên Cổng thông tin điện tử thành phố năm 2031', lead]
    expect(readPlan(text.join('\n')).sessions.every((s) => s.time.precision !== 'day')).toBe(true)
  })
})
