import { describe, expect, it } from 'vitest'
import { readPlan } from '../../src/importer/read-plan.js'
import { datedOf, sessionsOf, timesOf } from '../helpers/importer-draft.js'

// Round dn of the importer's fixes (issue 11): each construct on a small input written here.

describe('a schedule written one row a line, each row ending with a semicolon, the rows of one length', () => {
  const rows = (month: number, days: number[]) =>
    days.map((day, i) => `07 giờ 30 ngày ${day}/${month}/2031 ${['Đoàn ĐBQH đơn vị tỉnh A', 'Thường trực HĐND tỉnh'][i % 2]};`)
  const text = [
    'Lịch tiếp công dân năm 2031',
    '',
    'Văn phòng UBND tỉnh thông báo như sau:',
    '1/. Tháng 01/2031:',
    ...rows(1, [9, 16, 23, 30]),
    '2/. Tháng 02/2031:',
    ...rows(2, [6]),
    '* Ngày 13/02/2031 nghỉ Tết Nguyên đán;',
    ...rows(2, [20, 27]),
    '3/. Tháng 3/2031:',
    ...rows(3, [6, 13, 20, 27]),
  ].join('\n')

  it('reads every row as its session, those after a day off too: a row opening with its hour is no wrapped line', () => {
    expect(timesOf(text).map((t) => t[1])).toEqual([
      '2031-01-09',
      '2031-01-16',
      '2031-01-23',
      '2031-01-30',
      '2031-02-06',
      '2031-02-20',
      '2031-02-27',
      '2031-03-06',
      '2031-03-13',
      '2031-03-20',
      '2031-03-27',
    ])
  })
})

describe('a notice titled by its schedule, whose one heading only leads to the table of days', () => {
  const text = [
    'Lịch tiếp dân, đối thoại với dân của đồng chí Bí thư Huyện ủy năm 2031',
    'Ban Thường vụ Huyện ủy thông báo lịch tiếp công dân của đồng chí Bí thư Huyện ủy năm 2031, như sau:',
    '1- Đồng chí Bí thư Huyện ủy tiếp dân định kỳ hằng tháng, cụ thể như sau:',
    '| STT | Tháng | Ngày tiếp công dân |',
    '| 1 | Tháng 6 | Ngày 17 (thứ Ba) |',
    '| 2 | Tháng 7 | Ngày 17 (thứ Năm) |',
    '2- Thời gian: buổi sáng từ 07 giờ 30 phút.',
    '3- Địa điểm: Phòng Tiếp công dân huyện.',
  ].join('\n')

  it('names the rows by the title, as the notice does', () => {
    expect(sessionsOf(text).map((s) => s[3])).toEqual([
      'Tiếp dân, đối thoại với dân của đồng chí Bí thư Huyện ủy',
      'Tiếp dân, đối thoại với dân của đồng chí Bí thư Huyện ủy',
    ])
  })

  it('beside an item of other sessions, the heading tells its rows apart', () => {
    const two = text.replace('2- Thời gian:', '2- Đối thoại với hộ kinh doanh chợ A về sắp xếp lại sạp, ngày 20/8/2031.\n3- Thời gian:')
    expect(sessionsOf(two).map((s) => s[3])).toEqual([
      'Đồng chí Bí thư Huyện ủy tiếp dân định kỳ hằng tháng',
      'Đồng chí Bí thư Huyện ủy tiếp dân định kỳ hằng tháng',
      'Đối thoại với hộ kinh doanh chợ A về sắp xếp lại sạp',
    ])
  })
})

describe('a notice without a year in its title, the year in the sentence after the laws it cites', () => {
  const text = [
    'THÔNG BÁO',
    'Lịch tiếp dân của Giám đốc Sở Xây dựng',
    'Căn cứ Luật Tiếp công dân số 42/2013/QH13 ngày 25 tháng 11 năm 2013;',
    'Giám đốc Sở Xây dựng thông báo lịch tiếp công dân năm 2031 của Sở như sau:',
    '- Tháng 1: Giám đốc Sở, ngày 20/01 (thứ Hai)',
    '- Tháng 2: Giám đốc Sở, ngày 19/02 (thứ Tư)',
  ].join('\n')

  it('dates the rows in the notice own year, not the law’s', () => {
    expect(timesOf(text)).toEqual([
      ['day', '2031-01-20', '2031-01-20'],
      ['day', '2031-02-19', '2031-02-19'],
    ])
  })
})

describe('a news item whose picture is named after the article, "… - Anh 1"', () => {
  const text = [
    'UBND tỉnh vừa có Thông báo số 12/TB-UBND về việc thay đổi ngày tiếp công dân định kỳ tháng 10 năm 2031.',
    'UBND tinh thong bao thay doi ngay tiep cong dan - Anh 1',
    'Thông báo nêu rõ, phiên tiếp công dân định kỳ của lãnh đạo tỉnh quy định vào ngày 15 hàng tháng.',
    'Tuy nhiên, ngày 15 tháng 10 năm 2031 trùng vào ngày thứ Tư có lịch họp nên được chuyển sang thứ Năm ngày 16 tháng 10 năm 2031.',
  ].join('\n')

  it('takes the picture’s name for no body, so the day of the reception is no task of it', () => {
    expect(datedOf(text)).toEqual([])
    expect(readPlan(text).bodies.map((b) => b.name)).not.toContain('UBND tinh thong bao thay doi ngay tiep cong dan - Anh 1')
  })
})

describe('voter meetings in one sentence, each commune named with its district', () => {
  const text = [
    'Đoàn đại biểu Quốc hội tỉnh tiếp xúc cử tri trước kỳ họp',
    'Các đại biểu sẽ tiếp xúc cử tri tại xã A Lưới, huyện Sông Hồng vào buổi sáng ngày 14/4/2031; tại phường Bến Nghè, ' +
      'thành phố Đông Hà vào buổi chiều ngày 14/4/2031.',
  ].join('\n')

  it('keeps the district in each meeting’s place', () => {
    expect(sessionsOf(text).map((s) => s[3])).toEqual([
      'Tiếp xúc cử tri tại xã A Lưới, huyện Sông Hồng',
      'Tiếp xúc cử tri tại phường Bến Nghè, thành phố Đông Hà',
    ])
  })
})
