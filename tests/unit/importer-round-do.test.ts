import { describe, expect, it } from 'vitest'
import { sessionsOf, timesOf } from '../helpers/importer-draft.js'

// Round do of the importer's fixes: each construct on a small input written here.

describe('a table of reception days flattened one row a line: month, day and its weekday', () => {
  const text = [
    'Thông báo Lịch tiếp công dân năm 2031 của Sở Thủy lợi',
    '',
    'Giám đốc Sở tiếp công dân định kỳ một ngày trong một tháng, cụ thể:',
    '',
    'Tháng Ngày tiếp Người tiếp công dân',
    'Tháng 1 6 (Thứ 2) Giám đốc Sở',
    'Tháng 2 3 (Thứ 2) Giám đốc Sở',
    'Tháng 3 3 (Thứ 2) Giám đốc Sở',
    '',
    '- Trường hợp cần thiết thì Giám đốc ủy quyền cho 01 Phó Giám đốc tiếp.',
    '- Cán bộ làm công tác tiếp công dân thường xuyên tất cả các ngày làm việc trong tuần.',
    '',
    'Địa điểm tiếp công dân: Tại Phòng tiếp công dân của Sở.',
  ].join('\n')

  it('reads the number after the month as its day when the weekday agrees, the last row too (the bullets after are remarks)', () => {
    expect(timesOf(text).map((t) => t.slice(0, 2))).toEqual([
      ['day', '2031-01-06'],
      ['day', '2031-02-03'],
      ['day', '2031-03-03'],
    ])
  })

  it('keeps the month when the weekday does not agree with that day', () => {
    const wrong = text.replace('Tháng 1 6 (Thứ 2)', 'Tháng 1 7 (Thứ 2)')
    expect(timesOf(wrong)[0]?.slice(0, 2)).not.toEqual(['day', '2031-01-07'])
  })
})

describe('a schedule by month copied one cell a line, its rows numbered by their month, who hosts and who helps', () => {
  const text = [
    'LỊCH TIẾP CÔNG DÂN NĂM 2031',
    '',
    '1. Tiếp công dân định kỳ: Giám đốc Sở Thủy lợi tiếp công dân định kỳ vào ngày 15 hàng tháng (nếu trùng ngày nghỉ thì',
    'chuyển sang ngày làm việc tiếp theo).',
    '',
    ...['Tháng', 'Người chủ trì', 'Phối hợp thực hiện', 'Thứ, ngày'].flatMap((cell) => [cell, '']),
    ...[
      ['1', 'Thứ 4, ngày 15'],
      ['2', 'Thứ 2, ngày 17'],
      ['3', 'Thứ 5, ngày 15'],
    ].flatMap(([month, day]) => [month, '', 'Giám đốc Sở', '', 'Văn phòng Sở, các phòng liên quan', '', day, '']),
    '2. Tiếp công dân thường xuyên: Văn phòng Sở tiếp công dân thường xuyên vào các ngày làm việc trong tuần',
  ].join('\n')

  it('reads each row as the day of its month: the number under "Tháng" is the month, "Thứ, ngày" a time', () => {
    expect(
      timesOf(text)
        .filter((t) => t[0] === 'day')
        .map((t) => t[1]),
    ).toEqual(['2031-01-15', '2031-02-17', '2031-03-15'])
  })

  it('reads the same table written with pipes', () => {
    const piped = [
      'LỊCH TIẾP CÔNG DÂN NĂM 2031',
      'Giám đốc Sở Thủy lợi tiếp công dân định kỳ hằng tháng như sau:',
      '| Tháng | Người chủ trì | Phối hợp thực hiện | Thứ, ngày |',
      '|---|---|---|---|',
      '| 1 | Giám đốc Sở | Văn phòng Sở | Thứ 4, ngày 15 |',
      '| 2 | Giám đốc Sở | Văn phòng Sở | Thứ 2, ngày 17 |',
    ].join('\n')
    expect(timesOf(piped).map((t) => t.slice(0, 2))).toEqual([
      ['day', '2031-01-15'],
      ['day', '2031-02-17'],
    ])
  })
})

describe('voter meetings one paragraph a day, each listing its communes with their districts', () => {
  const text = [
    'Kế hoạch tiếp xúc cử tri sau kỳ họp thứ 5 Quốc hội khóa XX',
    '',
    'Cụ thể: Ngày 06/7/2031, tiếp xúc cử tri tại 3 xã: xã An Phú, huyện Bắc Sơn; xã Hòa Lạc, huyện Nam Sơn; ' +
      'xã Tân Mỹ, huyện Đông Sơn.',
    '',
    'Ngày 07/7/2031, tiếp xúc cử tri tại xã Yên Bình, huyện Tây Sơn và xã Phú Lộc, huyện Bắc Sơn.',
    '',
    'Ngày 08/7/2031, tiếp xúc cử tri tại phường Trung Hòa, thành phố Bắc Sơn.',
  ].join('\n')

  it('reads a meeting in each commune on its day, named by its place', () => {
    expect(
      sessionsOf(text)
        .filter((s) => s[0] === 'day')
        .map((s) => [s[1], s[3]]),
    ).toEqual([
      ['2031-07-06', 'xã An Phú, huyện Bắc Sơn'],
      ['2031-07-06', 'xã Hòa Lạc, huyện Nam Sơn'],
      ['2031-07-06', 'xã Tân Mỹ, huyện Đông Sơn'],
      ['2031-07-07', 'xã Yên Bình, huyện Tây Sơn'],
      ['2031-07-07', 'xã Phú Lộc, huyện Bắc Sơn'],
      ['2031-07-08', expect.stringMatching(/phường Trung Hòa/)],
    ])
  })
})

describe('a news page that opens with the day a body issued the plan', () => {
  const text = [
    'Kế hoạch tiếp xúc cử tri trước kỳ họp thứ hai',
    '',
    'Ngày 20-9, Đoàn đại biểu Quốc hội tỉnh có Công văn số 41/KH-ĐĐBQH về Kế hoạch tiếp xúc cử tri trước kỳ họp thứ hai.',
    '',
    'Hội nghị tiếp xúc cử tri bắt đầu từ 7 giờ 30 phút, thứ ba ngày 28-9-2031, tại Hội trường UBND tỉnh.',
  ].join('\n')

  it('reads no session on the day of issue, only the meeting', () => {
    expect(timesOf(text).map((t) => t[1])).toEqual(['2031-09-28'])
  })
})
