import { describe, expect, it } from 'vitest'
import { findDays, findMonths, foldWithMap } from '../../src/services/deadlines/dates.js'
import { findDeadlines } from '../../src/services/deadlines/parse.js'
import { datedOf, sessionsOf } from '../helpers/importer-draft.js'

// Round r of the importer (issue 11): constructs of plans the importer had not seen, each on a small input written here.

describe('dates written in words', () => {
  const fold = (text: string) => foldWithMap(text).folded

  it('reads a day and a month written in words, with or without "mồng"', () => {
    expect(findDays(fold('Ngày mười ba tháng một năm 2026')).map((d) => [d.day, d.month, d.year])).toEqual([[13, 1, 2026]])
    expect(findDays(fold('ngày hai mươi mốt tháng chín năm 2025')).map((d) => [d.day, d.month, d.year])).toEqual([[21, 9, 2025]])
    expect(findDays(fold('ngày mồng một tháng mười hai')).map((d) => [d.day, d.month, d.year])).toEqual([[1, 12, null]])
    expect(findDays(fold('ngày mười tám tháng mười năm 2018')).map((d) => [d.day, d.month, d.year])).toEqual([[18, 10, 2018]])
    expect(findDays(fold('ngày ba mươi tháng tư năm 2024')).map((d) => [d.day, d.month, d.year])).toEqual([[30, 4, 2024]])
  })

  it('reads a month in words only with its year: "tháng hai lần" is a count', () => {
    expect(findMonths(fold('Trong tháng ba năm 2026')).map((m) => [m.month, m.year])).toEqual([[3, 2026]])
    expect(findMonths(fold('họp mỗi tháng hai lần'))).toEqual([])
    // the month of a day written out is no month of its own
    expect(findMonths(fold('ngày mười ba tháng một năm 2026'))).toEqual([])
  })

  const plan = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại năm 2024',
    '',
    'I. THỜI GIAN',
    '1. Ngày mồng một tháng mười hai năm 2024 (Chủ nhật), từ 8 giờ 00: Chủ tịch UBND xã đối thoại với Nhân dân thôn A về đất đai.',
    '2. Trong tháng mười một năm 2024: đối thoại với hộ kinh doanh chợ B.',
    '',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng UBND xã: chuẩn bị hội trường, hoàn thành trước ngày hai mươi mốt tháng mười một năm 2024.',
    '2. Công an xã: bảo đảm an ninh, báo cáo chậm nhất ngày mười lăm tháng mười năm 2024.',
  ].join('\n')

  it('dates sessions and deadlines written in words as those written in figures', () => {
    expect(sessionsOf(plan)).toEqual([
      ['day', '2024-12-01', '2024-12-01', 'Đối thoại với Nhân dân thôn A về đất đai'],
      ['month', '2024-11-01', '2024-11-30', 'Đối thoại với hộ kinh doanh chợ B'],
    ])
    expect(datedOf(plan)).toEqual([
      ['Văn phòng UBND xã', 'absolute', '2024-11-20', null],
      ['Công an xã', 'absolute', '2024-10-15', null],
    ])
  })
})

describe('a reception stated as a rule, its days listed inline', () => {
  const notice = [
    'THÔNG BÁO',
    'Lịch tiếp công dân định kỳ của lãnh đạo UBND huyện năm 2024',
    '',
    '1. Chủ tịch UBND huyện tiếp công dân định kỳ vào thứ Ba tuần đầu tiên hằng tháng, cụ thể:',
    '- Tháng 3/2024: thứ Ba, ngày 05/3/2024;',
    '- Tháng 4/2024: thứ Ba, ngày 02/4/2024.',
    '2. Phó Chủ tịch UBND huyện (phụ trách khối Văn hóa - Xã hội) tiếp công dân định kỳ vào thứ Ba tuần thứ ba hằng tháng, ' +
      'vào các ngày: 19/3 và 16/4/2024.',
    '3. Tổ chức thực hiện',
    '- Ban Tiếp công dân huyện: báo cáo trước mỗi kỳ tiếp công dân của Chủ tịch UBND huyện ít nhất 02 ngày.',
  ].join('\n')

  it("gives each listed day a session, named by whose reception it is without the rule's day", () => {
    expect(sessionsOf(notice)).toEqual([
      ['day', '2024-03-05', '2024-03-05', 'Tiếp công dân định kỳ của Chủ tịch UBND huyện'],
      ['day', '2024-04-02', '2024-04-02', 'Tiếp công dân định kỳ của Chủ tịch UBND huyện'],
      ['day', '2024-03-19', '2024-03-19', 'Tiếp công dân định kỳ của Phó Chủ tịch UBND huyện'],
      ['day', '2024-04-16', '2024-04-16', 'Tiếp công dân định kỳ của Phó Chủ tịch UBND huyện'],
    ])
  })

  it('counts a deadline before "each reception of the Chủ tịch" from his days only, not his deputy\'s', () => {
    expect(datedOf(notice)).toEqual([
      ['Ban Tiếp công dân huyện', 'relative', '2024-03-01', 0],
      ['Ban Tiếp công dân huyện', 'relative', '2024-03-29', 1],
    ])
  })

  it('names a weekly reception by its host, the days listed after the rule', () => {
    const weekly = [
      'THÔNG BÁO',
      'Lịch tiếp công dân của Chủ tịch UBND xã tháng 5 năm 2025',
      'I. LỊCH TIẾP CÔNG DÂN',
      'Chủ tịch UBND xã tiếp công dân định kỳ vào sáng thứ Tư hằng tuần (từ 7 giờ 30 đến 11 giờ 00) tại Trụ sở UBND xã. ' +
        'Trong tháng 5/2025, các ngày tiếp công dân cụ thể là: 07/5, 14/5 và 21/5/2025.',
    ].join('\n')
    expect(sessionsOf(weekly).map((s) => s[3])).toEqual(Array(3).fill('Tiếp công dân định kỳ của Chủ tịch UBND xã'))
  })
})

describe("a month's receptions adjusted week by week", () => {
  const notice = [
    'THÔNG BÁO',
    'Điều chỉnh lịch tiếp công dân tháng 4 năm 2024 của Chủ tịch UBND xã',
    '',
    '1. Lịch tiếp công dân tháng 4/2024 (buổi chiều, từ 14 giờ 00 đến 17 giờ 00, tại Trụ sở UBND xã):',
    'Tuần thứ nhất (từ 01/4 đến 05/4): thứ Tư, ngày 03/4 - Chủ tịch UBND xã tiếp (giữ nguyên).',
    'Tuần thứ hai (từ 08/4 đến 12/4): chuyển từ thứ Tư, ngày 10/4 sang thứ Sáu, ngày 12/4 - Chủ tịch UBND xã tiếp.',
  ].join('\n')

  it('dates each week by the day its line names inside it, the new day of a moved one, and keeps hours out of the topic', () => {
    expect(sessionsOf(notice)).toEqual([
      ['day', '2024-04-03', '2024-04-03', 'Tiếp công dân tháng 4/2024'],
      ['day', '2024-04-12', '2024-04-12', 'Tiếp công dân tháng 4/2024'],
    ])
  })
})

describe('deadlines before the sessions of a month, and of a place named by its number', () => {
  it('reads "trước mỗi buổi tiếp công dân trong tháng 10 là 01 ngày" as a day before each session, not the month\'s end', () => {
    const found = findDeadlines('báo cáo người chủ trì trước mỗi buổi tiếp công dân trong tháng 10 là 01 ngày.', {
      defaultYear: 2024,
      documentDate: '2024-09-20',
    }).found
    expect(found.map((f) => f.rule)).toMatchObject([{ kind: 'relative', offset: -1, unit: 'days', anchor: 'session_start' }])
  })

  it('counts "trước ngày đối thoại" of the work for the dialogue "tại tổ dân phố số 8" from that dialogue only', () => {
    const plan = [
      'THÔNG BÁO',
      'Lịch đối thoại của Chủ tịch UBND phường năm 2024',
      '1. Hội nghị đối thoại với Nhân dân tổ dân phố số 8 về thoát nước: ngày 18/10/2024.',
      '2. Hội nghị đối thoại với Nhân dân tổ dân phố số 1 về vỉa hè: ngày 25/10/2024.',
      '3. Tổ chức thực hiện',
      '- Công chức Địa chính - Xây dựng: chuẩn bị hồ sơ liên quan đến nội dung đối thoại tại tổ dân phố số 8, báo cáo Chủ tịch ' +
        'UBND phường trước ngày đối thoại ít nhất 03 ngày.',
    ].join('\n')
    expect(datedOf(plan)).toEqual([['Công chức Địa chính - Xây dựng', 'relative', '2024-10-15', 0]])
  })
})

describe('a schedule table with a column of who presides', () => {
  it('reads "Người chủ trì" as the host of each row\'s session, no body owing work by its day', () => {
    const notice = [
      'THÔNG BÁO',
      'Lịch tiếp công dân của lãnh đạo UBND huyện quý III năm 2022',
      '| TT | Thời gian | Người chủ trì | Nội dung |',
      '|---|---|---|---|',
      '| 1 | Sáng thứ Tư, 13/7 | Chủ tịch UBND huyện | Tiếp công dân định kỳ tại Trụ sở Tiếp công dân huyện |',
      '| 2 | Sáng thứ Tư, 10/8 | Phó Chủ tịch UBND huyện | Tiếp công dân định kỳ tại Trụ sở Tiếp công dân huyện |',
    ].join('\n')
    expect(sessionsOf(notice).map((s) => s[1])).toEqual(['2022-07-13', '2022-08-10'])
    expect(datedOf(notice)).toEqual([])
  })
})

describe('a table copied one cell a line, some of its cells blank', () => {
  it('reads a line of spaces alone as the empty cell, so every row stays a row and its note no session', () => {
    const notice = [
      'THÔNG BÁO',
      'Lịch tiếp công dân định kỳ của Chủ tịch UBND huyện năm 2021',
      'Lịch cụ thể như sau:',
      'TT',
      'Tháng',
      'Ngày tiếp công dân',
      'Ghi chú',
      '1',
      '01/2021',
      'Thứ Hai, 11/01/2021',
      'Ngày 10/01 trùng Chủ nhật',
      '2',
      '02/2021',
      'Thứ Tư, 10/02/2021',
      ' ',
      '3',
      '03/2021',
      'Thứ Tư, 10/3/2021',
      ' ',
      '4',
      '04/2021',
      'Thứ Hai, 12/4/2021',
      'Ngày 10/4 trùng thứ Bảy',
      '',
      '2. Tổ chức thực hiện',
    ].join('\n')
    expect(sessionsOf(notice).map((s) => s[1])).toEqual(['2021-01-11', '2021-02-10', '2021-03-10', '2021-04-12'])
  })
})

describe('a conclusion that opens with the matter it settles', () => {
  it('reads "Đối với … trước ngày 15/10/1993 …: giao A …; B …" as the work of A and of B, the matter\'s day no deadline', () => {
    const notice = [
      'THÔNG BÁO',
      'Kết luận của Chủ tịch UBND huyện tại Hội nghị đối thoại năm 2020',
      'A, ngày 10 tháng 8 năm 2020',
      '1. Ghi nhận ý kiến của các hộ dân.',
      '2. Đối với 05 hộ sử dụng đất trước ngày 01/7/2004 chưa được cấp giấy chứng nhận: giao Phòng Tài nguyên và Môi trường ' +
        'rà soát hồ sơ, báo cáo UBND huyện chậm nhất là ngày 31/8/2020. Thanh tra huyện kiểm tra, báo cáo UBND huyện trước ngày 10/9/2020.',
    ].join('\n')
    expect(datedOf(notice)).toEqual([
      ['Phòng Tài nguyên và Môi trường', 'absolute', '2020-08-31', null],
      ['Thanh tra huyện', 'absolute', '2020-09-09', null],
    ])
  })
})

describe('a schedule line whose bracket says why its day moved', () => {
  it("keeps the line's day and the heading's topic, not the move or the meeting the remark names", () => {
    const notice = [
      'THÔNG BÁO',
      'Lịch tiếp công dân của lãnh đạo UBND huyện năm 2023',
      '1. Chủ tịch UBND huyện tiếp công dân định kỳ vào thứ Năm tuần thứ hai hằng tháng, cụ thể:',
      '- Tháng 9/2023: thứ Năm, ngày 14/9/2023;',
      '- Tháng 10/2023: thứ Năm, ngày 19/10/2023 (thứ Năm tuần thứ hai là ngày 12/10/2023 trùng Hội nghị Ban Chấp hành ' +
        'Đảng bộ huyện nên lùi sang thứ Năm tuần kế tiếp);',
      '- Tháng 11/2023: thứ Năm, ngày 09/11/2023.',
    ].join('\n')
    expect(sessionsOf(notice)).toEqual(
      ['2023-09-14', '2023-10-19', '2023-11-09'].map((day) => ['day', day, day, 'Tiếp công dân định kỳ của Chủ tịch UBND huyện']),
    )
  })
})
