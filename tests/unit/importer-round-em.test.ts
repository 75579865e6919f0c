import { describe, expect, it } from 'vitest'
import { datedByRuleOf, timesOf } from '../helpers/importer-draft.js'
import { cleanLines } from '../../src/importer/normalize.js'
import { readPlan } from '../../src/importer/read-plan.js'
import { readSessionTime } from '../../src/importer/session-time.js'

// Round em (stop 38, issue 11): each rule on a small input written here (none of them a page of the measured sets).

describe("a leaders' weekly work calendar, its days headed by a weekday with the day in brackets", () => {
  const week = [
    'LỊCH CÔNG TÁC TUẦN 41/2031',
    'Của Chủ tịch, các Phó Chủ tịch UBND huyện',
    '',
    'Thứ Hai (06/10):',
    '- Sáng: 07h30: Chủ tịch dự Lễ chào cờ. 08h30: Chủ tịch, các PCT họp giao ban.',
    '- Chiều: 14h00: PCT Lê Văn An làm việc với UBND xã Tân Phú.',
    'T3 (07/10):',
    '- Sáng: 08h00: Chủ tịch UBND huyện tiếp công dân định kỳ tháng 10/2031. Địa điểm: Trụ sở Tiếp công dân huyện.',
    '- Chiều: 14h00: PCT Lê Văn An họp với Phòng Kinh tế chuẩn bị buổi đối thoại ngày 09/10.',
    'T4 (08/10):',
    '- Sáng: 08h00: PCT Trần Thị Bình dự Hội nghị triển khai công tác tiếp công dân do Thanh tra tỉnh tổ chức.',
    '- Chiều: 14h00: Chủ tịch làm việc tại cơ quan.',
    'THỨ NĂM (09/10):',
    '- Sáng: 08h00: Chủ tịch làm việc với Đoàn kiểm tra của tỉnh.',
    '  14h00: PCT Lê Văn An đối thoại với tiểu thương chợ Tân Phú về phương án bố trí lại ngành hàng.',
  ]

  it('gives the appointments that are a reception or a dialogue, each on the day of its heading, at its hour', () => {
    const read = readPlan(week.join('\n')).sessions.map((s) => [s.time.start, s.startsAt?.hour, s.topic])
    expect(read).toEqual([
      ['2031-10-07', 8, 'Chủ tịch UBND huyện tiếp công dân định kỳ tháng 10/2031'],
      ['2031-10-09', 14, 'Đối thoại với tiểu thương chợ Tân Phú về phương án bố trí lại ngành hàng'],
    ])
  })

  it('reads no session from an appointment that only mentions one: a preparatory meeting, a conference on receptions', () => {
    const days = readPlan(week.join('\n')).sessions.map((s) => s.time.start)
    expect(days).not.toContain('2031-10-08')
    expect(days.filter((d) => d === '2031-10-09')).toHaveLength(1)
  })

  it('keeps a list of voter meetings by halves of a day, the places each half meets', () => {
    const text = [
      'Lịch tiếp xúc cử tri của Tổ đại biểu HĐND tỉnh năm 2031',
      'Thứ Ba (14/10):',
      '- Sáng: tiếp xúc cử tri xã An Phú, xã An Bình;',
      '- Chiều: tiếp xúc cử tri xã Tân Hòa, thị trấn Tân Phú.',
    ]
    expect(timesOf(text.join('\n'))).toEqual([
      ['day', '2031-10-14', '2031-10-14'],
      ['day', '2031-10-14', '2031-10-14'],
    ])
  })
})

describe('a schedule copied from a PDF one cell a line, its header repeated after the page number', () => {
  const header = ['STT', 'Ngày tiếp', 'Lãnh đạo tiếp công dân', 'Công chức giúp việc']
  // (The Chairman's rows helped by one officer, the Vice-Chairman's by another.)
  const row = (n: number, day: string) => [
    String(n),
    `Thứ Ba, ${day}`,
    n % 2 === 1 ? 'Chủ tịch UBND phường' : 'Phó Chủ tịch UBND phường',
    n % 2 === 1 ? 'Công chức Tư pháp - Hộ tịch' : 'Công chức Địa chính - Xây dựng',
  ]
  const text = [
    'THÔNG BÁO',
    'Về lịch tiếp công dân của lãnh đạo Ủy ban nhân dân phường quý IV năm 2031',
    '1. Thời gian, địa điểm',
    'Lãnh đạo UBND phường tiếp công dân vào ngày thứ Ba hằng tuần, tại Trụ sở UBND phường. Lịch cụ thể như sau:',
    ...header,
    ...['07/10', '14/10', '21/10', '28/10', '04/11', '11/11', '18/11', '25/11', '02/12'].flatMap((day, k) => row(k + 1, `${day}/2031`)),
    '',
    'Trang 1/2',
    '',
    ...header,
    ...row(10, '09/12/2031'),
    ...row(11, '16/12/2031'),
    'Trường hợp lãnh đạo bận công tác đột xuất thì phân công lãnh đạo khác tiếp thay.',
  ]

  it('reads the rows on both pages, the blank lines around the page number no cells of a row', () => {
    const days = timesOf(text.join('\n')).map((t) => t[1])
    expect(days).toHaveLength(11)
    expect(days.slice(-3)).toEqual(['2031-12-02', '2031-12-09', '2031-12-16'])
  })

  it('names the rows by what the notice is about, without its "Về"', () => {
    expect(readPlan(text.join('\n')).sessions[0]?.topic).toBe('Tiếp công dân của lãnh đạo Ủy ban nhân dân phường')
  })
})

describe('a reception stated as a rule with how often it is held', () => {
  it('is named by whose reception it is, not by how often ("01 ngày trong tháng")', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tiếp dân của đồng chí Bí thư Thành ủy 6 tháng cuối năm 2031',
      'Đồng chí Bí thư Thành ủy tiếp dân định kỳ 01 ngày trong tháng, vào ngày 25 hằng tháng. Cụ thể, đồng chí Bí thư Thành ủy ' +
        'tiếp dân vào các ngày: 25/7, 25/8 và 25/9/2031.',
    ]
    const topics = readPlan(text.join('\n')).sessions.map((s) => s.topic)
    expect(topics.length).toBeGreaterThanOrEqual(3)
    expect(topics.every((t) => !/ngày trong tháng/u.test(t))).toBe(true)
  })
})

describe('the sentence that leads to a schedule given by a rule', () => {
  it('gives the period of the days, no session of its own', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tiếp công dân định kỳ của Thường trực Hội đồng nhân dân tỉnh quý III năm 2031',
      'Thường trực Hội đồng nhân dân tỉnh thông báo lịch tiếp công dân định kỳ quý III năm 2031 như sau:',
      '1. Thời gian',
      'Thường trực HĐND tỉnh tiếp công dân định kỳ vào ngày 10 hằng tháng trong quý III năm 2031 (tháng 7, tháng 8 và tháng 9). ' +
        'Trường hợp trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo.',
    ]
    expect(timesOf(text.join('\n')).every((t) => t[0] === 'day')).toBe(true)
    expect(timesOf(text.join('\n')).length).toBe(3)
  })
})

describe("a notice's reception days as lines that say only who presides", () => {
  const text = [
    'THÔNG BÁO',
    'Lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân tỉnh năm 2031',
    'I. LỊCH TIẾP CÔNG DÂN',
    'Chủ tịch UBND tỉnh tiếp công dân định kỳ vào ngày 20 hằng tháng tại Trụ sở Tiếp công dân tỉnh. Lịch cụ thể:',
    'Quý I/2031',
    '- Thứ Hai, ngày 20/01/2031: Chủ tịch UBND tỉnh chủ trì.',
    '- Thứ Năm, ngày 20/02/2031: Phó Chủ tịch UBND tỉnh phụ trách khối Nội chính chủ trì (được Chủ tịch UBND tỉnh ủy quyền).',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Ban Tiếp công dân tỉnh báo cáo Chủ tịch UBND tỉnh chậm nhất 05 ngày làm việc trước mỗi kỳ tiếp công dân.',
  ]

  it('reads each line as a reception on its day, named by the notice', () => {
    expect(readPlan(text.join('\n')).sessions.map((s) => [s.time.start, s.topic])).toEqual([
      ['2031-01-20', 'Tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân tỉnh'],
      ['2031-02-20', 'Tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân tỉnh'],
    ])
  })

  it('gives the one who presides no work due that day', () => {
    expect(readPlan(text.join('\n')).tasks.every((t) => !/^(Phó )?Chủ tịch/u.test(t.lead))).toBe(true)
  })
})

describe("a notice of voter meetings by day, each day's halves a line of their own", () => {
  const text = [
    'THÔNG BÁO',
    'Lịch tiếp xúc cử tri của đại biểu HĐND huyện sau Kỳ họp thứ 9',
    'I. LỊCH TIẾP XÚC CỬ TRI',
    'THỨ HAI, NGÀY 14/7/2031',
    'Sáng: 8h00 - Tổ đại biểu số 1 (đơn vị bầu cử số 1) tiếp xúc cử tri xã An Phú. Địa điểm: Hội trường UBND xã An Phú.',
    'Chiều: 14h00 - Tổ đại biểu số 1 tiếp xúc cử tri xã An Bình. Địa điểm: Nhà văn hóa thôn Đông.',
    'THỨ BA, NGÀY 15/7/2031',
    'Sáng: 8h00 - Tổ đại biểu số 2 tiếp xúc cử tri thị trấn Tân Phú. Địa điểm: Hội trường UBND thị trấn.',
    'Chiều: 14h00 - Thường trực HĐND huyện giao ban với các Ban HĐND huyện (không bố trí tiếp xúc cử tri).',
    'Thành phần mỗi điểm: các đại biểu HĐND huyện trong Tổ; cử tri (khoảng 80 người).',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam các xã, thị trấn có lịch tiếp xúc cử tri',
    '- Thông báo, mời cử tri chậm nhất 03 ngày trước buổi tiếp xúc.',
  ]

  it('gives a meeting each half that meets voters, on its day and at its hour; a half with a meeting of its own gives none', () => {
    expect(readPlan(text.join('\n')).sessions.map((s) => [s.time.start, s.startsAt?.hour, s.topic])).toEqual([
      ['2031-07-14', 8, 'Tiếp xúc cử tri xã An Phú'],
      ['2031-07-14', 14, 'Tiếp xúc cử tri xã An Bình'],
      ['2031-07-15', 8, 'Tiếp xúc cử tri thị trấn Tân Phú'],
    ])
  })

  it('gives the bodies "có lịch tiếp xúc cử tri" (those that have one) their work before each meeting', () => {
    const leads = readPlan(text.join('\n')).tasks.filter((t) => t.deadline.kind === 'relative')
    expect(leads.map((t) => t.lead)).toEqual(Array(3).fill('Ban Thường trực Ủy ban MTTQ Việt Nam các xã, thị trấn'))
  })
})

describe("a schedule's lines that give the time and place, then after a hyphen the dialogue", () => {
  it('names each session by the words after the hyphen, a name with a hyphen of its own kept whole', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch đối thoại giữa Hiệu trưởng với sinh viên năm học 2031 - 2032',
      '1. Thời gian, địa điểm, đối tượng',
      '- Buổi 1: 14h00, thứ Tư, ngày 05/11/2031, tại Hội trường A - Đối thoại với sinh viên khối ngành Sư phạm.',
      '- Buổi 2: 14h00, thứ Sáu, ngày 07/11/2031, tại Hội trường B - Đối thoại với sinh viên khối ngành Kỹ thuật - Công nghệ.',
    ]
    expect(readPlan(text.join('\n')).sessions.map((s) => s.topic)).toEqual([
      'Đối thoại với sinh viên khối ngành Sư phạm',
      'Đối thoại với sinh viên khối ngành Kỹ thuật - Công nghệ',
    ])
  })
})

describe('one sentence that gives the dialogues in turn, a clause each', () => {
  const text = [
    'THÔNG BÁO',
    'Lịch đối thoại của Chủ tịch UBND xã với Nhân dân trong tháng 10 và tháng 11 năm 2031',
    '1. Lịch đối thoại: Chủ tịch UBND xã sẽ tổ chức đối thoại lần lượt vào lúc 8 giờ 00 ngày 09/10/2031 (thứ Năm) tại Hội ' +
      'trường UBND xã với các hộ dân có đất bị thu hồi về giao đất dịch vụ; vào lúc 14 giờ 00 cùng ngày, tại Hội trường UBND ' +
      'xã, với các hộ kinh doanh về chuyển đổi nghề; vào lúc 8 giờ 00 ngày 16/10/2031 (thứ Năm) tại Nhà văn hóa xã với các hộ ' +
      'dân ven đê về ngập úng; và trong tháng 11/2031 (ngày cụ thể sẽ thông báo sau) với cán bộ, hội viên các đoàn thể về ' +
      'nông thôn mới.',
  ]

  it('gives a session each clause, "cùng ngày" on the day before at its own hour, and names it by whom it is with', () => {
    expect(readPlan(text.join('\n')).sessions.map((s) => [s.time.precision, s.time.start, s.startsAt?.hour ?? null, s.topic])).toEqual([
      ['day', '2031-10-09', 8, 'Đối thoại với các hộ dân có đất bị thu hồi về giao đất dịch vụ'],
      ['day', '2031-10-09', 14, 'Đối thoại với các hộ kinh doanh về chuyển đổi nghề'],
      ['day', '2031-10-16', 8, 'Đối thoại với các hộ dân ven đê về ngập úng'],
      ['month', '2031-11-01', null, 'Đối thoại với cán bộ, hội viên các đoàn thể về nông thôn mới'],
    ])
  })

  it('is one session where a clause says with no one whom it is with', () => {
    const one = text.join('\n').replace('với các hộ kinh doanh về chuyển đổi nghề', 'để tiếp tục')
    expect(readPlan(one).sessions.length).toBeLessThan(4)
  })
})

describe('a schedule pasted from a spreadsheet', () => {
  const text = [
    'LỊCH TIẾP CÔNG DÂN ĐỊNH KỲ CỦA LÃNH ĐẠO UBND HUYỆN QUÝ III NĂM 2031',
    'STT\tThời gian\t\t\tLãnh đạo chủ trì tiếp\tĐịa điểm',
    '\tTháng\tNgày\tThứ\t\t',
    '1\tTháng 7/2031\t10/07/2031\tNăm\tChủ tịch UBND huyện\t"Trụ sở Tiếp công dân huyện',
    '(Khu phố 3, thị trấn A)"',
    '2\t\t24/07/2031\tNăm\tPhó Chủ tịch UBND huyện\t',
    '3\tTháng 8/2031\t14/08/2031\tNăm\tChủ tịch UBND huyện\t',
  ]

  it('joins a quoted cell that holds a line break, its quotes gone', () => {
    const row = cleanLines(text.join('\n')).find((l) => l.cells?.[0] === '1')
    expect(row?.cells?.at(-1)).toBe('Trụ sở Tiếp công dân huyện (Khu phố 3, thị trấn A)')
  })

  it('reads each row on its day, under a header of two rows whose first spans the time columns', () => {
    expect(timesOf(text.join('\n'))).toEqual([
      ['day', '2031-07-10', '2031-07-10'],
      ['day', '2031-07-24', '2031-07-24'],
      ['day', '2031-08-14', '2031-08-14'],
    ])
  })
})

describe('a commune clerk’s plan with labels in short', () => {
  it('reads "Tgian:" as the time of the session above it', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại giữa CT UBND xã với ND năm 2031',
      'II/ NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
      '1) Buổi đối thoại thứ 1:',
      ' + ND: CT UBND xã đối thoại với các hộ dân thôn 3 có đất bị ảnh hưởng bởi dự án đường liên xã.',
      ' + Tgian: 8h00 ngày 15/5/2031 (thứ 5).',
      '2) Buổi đối thoại thứ 2:',
      ' + ND: Đối thoại với hội viên nông dân về chuyển đổi cây trồng.',
      ' + Tgian: dự kiến đầu tháng 8/2031.',
    ]
    expect(timesOf(text.join('\n'))).toEqual([
      ['day', '2031-05-15', '2031-05-15'],
      ['month', '2031-08-01', '2031-08-31'],
    ])
  })
})

describe('voter meetings named by their place in the plan, "Điểm 1:", "Điểm 2:"', () => {
  it('reads each with the labelled time under it', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức tiếp xúc cử tri của đại biểu HĐND xã trước Kỳ họp thứ 3',
      'II. THỜI GIAN, ĐỊA ĐIỂM TIẾP XÚC CỬ TRI',
      'Điểm 1: Tiếp xúc cử tri thôn 1, thôn 2, thôn 3',
      'Thời gian: 7 giờ 30, thứ Ba, ngày 02/12/2031',
      'Địa điểm: Nhà văn hóa thôn 2',
      'Điểm 2: Tiếp xúc cử tri thôn 4, thôn 5',
      'Thời gian: 13 giờ 30, thứ Tư, ngày 03/12/2031',
      'Địa điểm: Nhà văn hóa thôn 5',
    ]
    const read = readPlan(text.join('\n')).sessions
    expect(read.map((s) => [s.time.start, s.startsAt?.hour])).toEqual([
      ['2031-12-02', 7],
      ['2031-12-03', 13],
    ])
    expect(read.every((s) => s.topic.startsWith('Tiếp xúc cử tri thôn'))).toBe(true)
  })
})

describe('a chat message passing on a changed schedule of voter meetings', () => {
  const text = [
    '📌 THÔNG BÁO ĐIỀU CHỈNH LỊCH TXCT CỦA ĐOÀN ĐBQH TỈNH',
    'Do đ/c Trưởng đoàn có lịch công tác đột xuất, buổi TXCT tại xã An Phú chuyển từ sáng thứ Ba 30/9 sang sáng thứ Năm 02/10/2031. ' +
      'Lịch sau điều chỉnh cụ thể như sau:',
    '1️⃣ 8h00 thứ Hai 29/9/2031: TXCT tại xã An Bình, huyện A - HT UBND xã An Bình',
    '2️⃣ 8h00 thứ Năm 02/10/2031 (lịch cũ 30/9): TXCT tại xã An Phú, huyện A - HT UBND xã An Phú',
  ]

  it('reads the lines numbered by keycap pictures, "TXCT" a voter meeting, named in the words of the line', () => {
    expect(readPlan(text.join('\n')).sessions.map((s) => [s.time.start, s.topic])).toEqual([
      ['2031-09-29', 'Tiếp xúc cử tri tại xã An Bình, huyện A - HT UBND xã An Bình'],
      ['2031-10-02', 'Tiếp xúc cử tri tại xã An Phú, huyện A - HT UBND xã An Phú'],
    ])
  })

  it('reads a move "từ sáng thứ Ba 30/9 sang sáng thứ Năm 02/10" as its new day', () => {
    expect(timesOf(text.slice(0, 2).join('\n')).map((t) => t[1])).toEqual(['2031-10-02'])
  })
})

describe('a plan adjusting an earlier one, in party style', () => {
  const text = [
    'KẾ HOẠCH',
    'Điều chỉnh, bổ sung Kế hoạch số 112-KH/TU về tổ chức hội nghị đối thoại năm 2031',
    '**I- ĐIỀU CHỈNH THỜI GIAN MỘT SỐ HỘI NGHỊ ĐỐI THOẠI**',
    '**1- Hội nghị đối thoại giữa đồng chí Bí thư Tỉnh ủy với Nhân dân thành phố A về chỉnh trang đô thị**',
    '- Thời gian theo Kế hoạch số 112-KH/TU: trong tháng 8/2031.',
    '- Nay điều chỉnh thời gian tổ chức: bắt đầu lúc 8 giờ 00, thứ Ba, ngày 14/10/2031.',
    '**II- BỔ SUNG 01 HỘI NGHỊ ĐỐI THOẠI**',
    '**Hội nghị đối thoại trực tuyến giữa đồng chí Bí thư Tỉnh ủy với doanh nghiệp, hợp tác xã, hộ kinh doanh bị ảnh hưởng ' +
      'bởi thiên tai về các giải pháp hỗ trợ, phục hồi sản xuất, kinh doanh**',
    '- Thành phần: lãnh đạo các sở: Kế hoạch và Đầu tư, Tài chính.',
    '- Thời gian: dự kiến trong tháng 11/2031.',
  ]

  it('reads the old time as the old one, the new as the session’s, and a long bold heading as the added session’s name', () => {
    expect(
      readPlan(text.join('\n')).sessions.map((s) => [s.time.precision, s.time.start, s.topic.split(' ').slice(0, 6).join(' ')]),
    ).toEqual([
      ['day', '2031-10-14', 'Hội nghị đối thoại giữa đồng'],
      ['month', '2031-11-01', 'Hội nghị đối thoại trực tuyến'],
    ])
  })
})

describe('a notice deferring a dialogue: "Hoãn buổi đối thoại …"', () => {
  it('reads the line as no time, the day it was to be held aside', () => {
    const line =
      'Hoãn buổi đối thoại giữa Chủ tịch UBND huyện với ông Lê Văn A (dự kiến tổ chức ngày 16/10/2031 theo Giấy mời số ' +
      '88/GM-UBND ngày 30/9/2031). Thời gian tổ chức đối thoại sẽ thông báo sau.'
    expect(readSessionTime(line, { year: 2031 })?.precision).toBe('unscheduled')
  })

  it('gives it no day, the one it was to be held on aside', () => {
    const text = [
      'THÔNG BÁO',
      'Thay đổi lịch tiếp công dân, đối thoại trong tháng 10/2031',
      'UBND huyện thông báo thay đổi lịch tiếp công dân, đối thoại trong tháng 10/2031 như sau:',
      '1. Buổi tiếp công dân định kỳ của Chủ tịch UBND huyện ngày 10/10/2031 (thứ Sáu) chuyển sang buổi sáng thứ Ba, ngày 14/10/2031.',
      '2. Hoãn buổi đối thoại giữa Chủ tịch UBND huyện với ông Lê Văn A về khiếu nại quyết định thu hồi đất (dự kiến tổ chức ngày ' +
        '16/10/2031 theo Giấy mời số 88/GM-UBND ngày 30/9/2031). Thời gian tổ chức đối thoại sẽ thông báo sau.',
    ]
    expect(timesOf(text.join('\n'))).toEqual([
      ['day', '2031-10-14', '2031-10-14'],
      ['unscheduled', null, null],
    ])
  })
})

describe('a plan parted by capital letters, Roman items under them', () => {
  it('reads "C. TỔ CHỨC THỰC HIỆN" beside the sessions, its work owed for each of them, not under the last', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại giữa Chủ tịch UBND thành phố với Nhân dân năm 2031',
      'A. MỤC ĐÍCH, YÊU CẦU',
      'I. Mục đích',
      'Nắm bắt tâm tư, nguyện vọng của Nhân dân.',
      'B. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
      'I. Buổi đối thoại thứ nhất',
      '- Nội dung: Đối thoại với Nhân dân phường An Phú về ngập úng.',
      '- Thời gian: 08 giờ 00, thứ Năm, ngày 10/4/2031.',
      'II. Buổi đối thoại thứ hai',
      '- Nội dung: Đối thoại với Nhân dân phường An Bình về bồi thường.',
      '- Thời gian: 14 giờ 00, thứ Năm, ngày 22/5/2031.',
      'C. TỔ CHỨC THỰC HIỆN',
      '1. Thanh tra thành phố',
      '- Tổng hợp ý kiến, báo cáo Chủ tịch UBND thành phố trước thời điểm tổ chức đối thoại ít nhất 07 ngày.',
    ]
    expect(datedByRuleOf(text.join('\n'))).toEqual([
      ['Thanh tra thành phố', 'relative', '-7 days', 0],
      ['Thanh tra thành phố', 'relative', '-7 days', 1],
    ])
  })
})

describe("a schedule of voter meetings with the commune's column beside the hall's", () => {
  it('names each meeting by the commune whose voters meet, not by the hall', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tiếp xúc cử tri của đại biểu HĐND huyện trước Kỳ họp cuối năm 2031',
      '| TT | Thời gian | Địa bàn tiếp xúc | Địa điểm |',
      '|---|---|---|---|',
      '| 1 | 7 giờ 30, thứ Hai, ngày 24/11/2031 | Xã Đông Lỗ | Hội trường UBND xã Đông Lỗ |',
      '| 2 | 14 giờ 00, thứ Hai, ngày 24/11/2031 | Xã Đoan Bái | Nhà văn hóa thôn Yên Ninh, xã Đoan Bái |',
    ]
    expect(readPlan(text.join('\n')).sessions.map((s) => s.topic)).toEqual([
      'Tiếp xúc cử tri tại xã Đông Lỗ',
      'Tiếp xúc cử tri tại xã Đoan Bái',
    ])
  })
})

describe('lettered items whose body and work a tab parts (a Word copy)', () => {
  it('reads each as the body’s work, not as the rows of a table', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch đối thoại với doanh nghiệp vận tải năm 2031',
      '1. Thời gian: 8 giờ 00, thứ Năm, ngày 16/10/2031, tại Hội trường Sở.',
      '3. Tổ chức thực hiện',
      'a) Phòng Quản lý vận tải:\tTổng hợp câu hỏi, trình Giám đốc Sở chậm nhất 02 ngày làm việc trước buổi đối thoại.',
      'b) Văn phòng Sở:\tĐăng tải Thông báo này trên Trang thông tin điện tử của Sở trong ngày 07/10/2031.',
    ]
    expect(datedByRuleOf(text.join('\n'))).toEqual([
      ['Phòng Quản lý vận tải', 'relative', '-2 working_days', 0],
      ['Văn phòng Sở', 'absolute', '2031-10-07', null],
    ])
  })
})

describe("a provincial leaders' work calendar as a Word table, each day's cell broken over two lines", () => {
  const rows = [
    'LỊCH CÔNG TÁC TUẦN 42',
    'Thứ, ngày\tThời gian\tNội dung công việc\tLãnh đạo chủ trì\tĐịa điểm',
    'Thứ Ba',
    '14/10\t8h00\tDự Hội nghị sơ kết công tác tiếp công dân năm 2031\tPCT Trần Văn A\tHội trường tỉnh',
    '\t14h00\tNghe Sở Tài nguyên và Môi trường báo cáo (chuẩn bị nội dung đối thoại với các hộ dân xã B)\tChủ tịch UBND tỉnh\tPhòng họp',
    'Thứ Tư',
    '15/10\t8h00\tChủ tịch UBND tỉnh tiếp công dân định kỳ tháng 10/2031\tChủ tịch UBND tỉnh\tTrụ sở Tiếp công dân tỉnh',
    'Thứ Năm',
    '16/10\t8h00\tĐối thoại với các hộ dân xã B về giá đất bồi thường\tChủ tịch UBND tỉnh\tHội trường UBND xã B',
  ]

  it('gives the reception and the dialogue on their days, not the conference or the meeting that prepares one', () => {
    expect(timesOf(`${rows.join('\n')}\n`.replace('TUẦN 42', 'TUẦN 42 NĂM 2031')).map((t) => t[1])).toEqual(['2031-10-15', '2031-10-16'])
  })
})
