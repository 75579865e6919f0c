import { describe, expect, it } from 'vitest'
import { bodyHeading } from '../../src/importer/bodies.js'
import { readPlan } from '../../src/importer/read-plan.js'
import { readSessionTime } from '../../src/importer/session-time.js'
import { findDeadlines } from '../../src/services/deadlines/parse.js'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Round aa of the importer's fixes (issue 11): each construct on a small input written here.

describe('a session in a week of a month ("tuần thứ 3 tháng 10/2031")', () => {
  it.each([
    ['Tuần thứ 3 tháng 10/2031', '2031-10-01', '2031-10-31'],
    ['tuần thứ 2 tháng 01/2032', '2032-01-01', '2032-01-31'],
    ['Tuần 4 tháng 11/2031 (ngày cụ thể thông báo sau)', '2031-11-01', '2031-11-30'],
  ])('"%s" is held in that month: the week names no day, none is invented', (text, start, end) => {
    expect(readSessionTime(text, { year: 2031 })).toMatchObject({ precision: 'month', start, end })
  })

  it('reads a session moved to a week of a month at that month', () => {
    const text = [
      'KẾ HOẠCH',
      'Điều chỉnh thời gian tổ chức đối thoại năm 2031',
      'II. NỘI DUNG ĐIỀU CHỈNH',
      '1. Hội nghị đối thoại với Nhân dân xã An Phú về giao đất, giao rừng:',
      '- Thời gian theo Kế hoạch: tháng 8/2031.',
      '- Thời gian điều chỉnh: lùi sang tuần thứ 3 tháng 9/2031.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['month', '2031-09-01', '2031-09-30', 'Hội nghị đối thoại với Nhân dân xã An Phú về giao đất, giao rừng'],
    ])
  })

  it('still reads the day of a date written out, and no deadline from a week', () => {
    expect(readSessionTime('ngày 3 tháng 10 năm 2031', { year: 2031 })).toMatchObject({ precision: 'day', start: '2031-10-03' })
    expect(findDeadlines('hoàn thành trong tuần thứ 2 tháng 12/2031', { defaultYear: 2031, documentDate: '2031-01-01' }).found).toEqual([])
  })
})

describe("a schedule's rows grouped under a row naming the group ('| II | Cụm 2: các xã A, B |')", () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức hội nghị đối thoại với Nhân dân theo cụm xã năm 2031',
    '',
    'I. THỜI GIAN, ĐỊA ĐIỂM',
    'Theo Phụ lục kèm theo Kế hoạch này.',
    '',
    'PHỤ LỤC',
    '| STT | Thời gian | Địa điểm | Chủ trì |',
    '|---|---|---|---|',
    '| **I** | **Cụm 1: thị trấn Tân Lập, các xã Hòa Bình, Hòa Mỹ** | | |',
    '| 1 | 8 giờ 00, ngày 11/9/2031 | Hội trường UBND thị trấn Tân Lập | Chủ tịch UBND huyện |',
    '| **II** | **Cụm 2: các xã Phú Lộc, Phú Hòa** | | |',
    '| 2 | Tháng 10/2031 | Hội trường UBND xã Phú Lộc | Chủ tịch UBND huyện |',
    '| III | CÁC BUỔI TIẾP XÚC KHÁC | | |',
    '| 3 | Ngày 20/11/2031 | Hội trường UBND huyện | Chủ tịch UBND huyện |',
  ].join('\n')

  it('gives each row its group as the topic; a part in capitals is no name of a session', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2031-09-11', '2031-09-11', 'Cụm 1: thị trấn Tân Lập, các xã Hòa Bình, Hòa Mỹ'],
      ['month', '2031-10-01', '2031-10-31', 'Cụm 2: các xã Phú Lộc, Phú Hòa'],
      ['day', '2031-11-20', '2031-11-20', 'Hội nghị đối thoại với Nhân dân theo cụm xã'],
    ])
  })
})

describe('a heading listing places after their kinds, with words on which of them or a body before', () => {
  const names = (text: string) => bodyHeading(text)?.bodies.map((b) => [b.name, b.place])

  it('reads the places after words in lower case saying which of them ("các xã, thị trấn đăng cai hội nghị: …")', () => {
    expect(names('Đảng ủy các xã, thị trấn đăng cai hội nghị: thị trấn Tân Lập, xã Hòa Mỹ, xã Phú Lộc')).toEqual([
      ['Đảng ủy thị trấn Tân Lập', 'Tân Lập'],
      ['Đảng ủy xã Hòa Mỹ', 'Hòa Mỹ'],
      ['Đảng ủy xã Phú Lộc', 'Phú Lộc'],
    ])
  })

  it('keeps a body named before the kind of the list ("UBND thị trấn A, UBND các xã: B, C") apart', () => {
    expect(names('UBND thị trấn Tân Lập, UBND các xã: Hòa Mỹ, Phú Lộc')).toEqual([
      ['UBND thị trấn Tân Lập', null],
      ['UBND xã Hòa Mỹ', 'Hòa Mỹ'],
      ['UBND xã Phú Lộc', 'Phú Lộc'],
    ])
  })

  it('binds each host to the session of its place', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức hội nghị đối thoại với Nhân dân theo cụm xã năm 2031',
      '',
      'I. THỜI GIAN, ĐỊA ĐIỂM',
      '1. Hội nghị đối thoại với Nhân dân thị trấn Tân Lập về đất đai. Thời gian: ngày 11/9/2031, tại Hội trường UBND thị trấn Tân Lập.',
      '2. Hội nghị đối thoại với Nhân dân xã Phú Lộc về môi trường. Thời gian: ngày 16/10/2031, tại Hội trường UBND xã Phú Lộc.',
      '',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Đảng ủy các xã, thị trấn đăng cai hội nghị: thị trấn Tân Lập, xã Phú Lộc',
      'Chuẩn bị hội trường, hoàn thành trước ngày tổ chức hội nghị tại địa phương 02 ngày.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Đảng ủy thị trấn Tân Lập', 'relative', '-2 days', 0],
      ['Đảng ủy xã Phú Lộc', 'relative', '-2 days', 1],
    ])
  })
})

describe('a letter changing the days of a conference', () => {
  const text = [
    'KHẨN',
    'ỦY BAN NHÂN DÂN',
    'TỈNH AN LẠC',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Số: 101/UBND-KT',
    'V/v lùi thời gian tổ chức Hội nghị',
    'Chủ tịch UBND tỉnh đối thoại với doanh nghiệp năm 2031',
    'An Lạc, ngày 02 tháng 9 năm 2031',
    'Kính gửi: Các sở, ban, ngành tỉnh.',
    'UBND tỉnh thông báo thay đổi thời gian tổ chức Hội nghị như sau:',
    '1. Thời gian: 02 ngày, ngày 18 và 19/9/2031 (thứ Năm và thứ Sáu); khai mạc lúc 8 giờ 00 ngày 18/9/2031.',
    '2. Địa điểm: giữ nguyên như Kế hoạch.',
  ].join('\n')

  it('takes its subject from what it is about ("V/v …", its lines joined), not from the mark of urgency above', () => {
    expect(sessionsOf(text).map((s) => s[3])).toEqual(['Hội nghị Chủ tịch UBND tỉnh đối thoại với doanh nghiệp'])
  })

  it('keeps both days of the conference when the hour it opens on its first day is named after them', () => {
    expect(readPlan(text).sessions.map((s) => [s.time.precision, s.time.start, s.time.end])).toEqual([
      ['month', '2031-09-18', '2031-09-19'],
    ])
  })

  it("still reads a day inside a week named before it as the session's", () => {
    expect(readSessionTime('Tuần thứ nhất (từ 06/10 đến 10/10/2031): thứ Ba, ngày 07/10/2031', { year: 2031 })).toMatchObject({
      precision: 'day',
      start: '2031-10-07',
    })
  })
})
