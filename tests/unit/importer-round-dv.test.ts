import { describe, expect, it } from 'vitest'
import { readPlan } from '../../src/importer/read-plan.js'
import { readSessionTime } from '../../src/importer/session-time.js'
import { sessionsOf, timesOf } from '../helpers/importer-draft.js'

// Round dv of the importer's fixes: each construct on a small input written here.

describe('a news item on voter meetings that names no year, only the National Assembly sitting', () => {
  const text = [
    'Đại biểu Quốc hội tiếp xúc cử tri trước Kỳ họp thứ 5, Quốc hội khóa XIV',
    '',
    'Đoàn đại biểu Quốc hội tỉnh vừa ban hành kế hoạch tiếp xúc cử tri trước Kỳ họp thứ 5, Quốc hội khóa XIV.',
    '',
    'Theo kế hoạch, Tổ đại biểu đơn vị số 1 sẽ tiếp xúc cử tri tại huyện Tân An vào ngày 12-4.',
  ].join('\n')

  it('takes the year of the sitting (the term opened in 2016, two sittings a year): 2018', () => {
    expect(readPlan(text).plan.year).toBe(2018)
    expect(timesOf(text)).toContainEqual(['day', '2018-04-12', '2018-04-12'])
  })

  it('reads the sitting written in words ("thứ hai") too', () => {
    expect(readPlan(text.replaceAll('thứ 5, Quốc hội khóa XIV', 'thứ hai, Quốc hội khóa XV')).plan.year).toBe(2021)
  })

  it('does not take a year from a council sitting, whose numbering is its own', () => {
    expect(readPlan(text.replaceAll('Quốc hội khóa XIV', 'HĐND tỉnh khóa X')).plan.year).toBeNull()
  })
})

describe('a news item whose headline gives the day its body gives again', () => {
  const text = [
    'Ngày 14.3, Chủ tịch tỉnh đối thoại với doanh nghiệp về thủ tục đầu tư',
    '',
    'Chiều 10.3, Văn phòng UBND tỉnh cho biết Chủ tịch UBND tỉnh sẽ đối thoại với doanh nghiệp năm 2031.',
    'Theo đó, cuộc đối thoại bắt đầu từ 8 giờ ngày 14.3 tại Hội trường tỉnh.',
  ].join('\n')

  it('is one session, named by the headline, at the hour the body adds', () => {
    const sessions = readPlan(text).sessions.filter((s) => s.time.start === '2031-03-14')
    expect(sessions).toHaveLength(1)
    expect(sessions[0]?.topic).toMatch(/^Đối thoại với doanh nghiệp về thủ tục đầu tư/)
    expect(sessions[0]?.startsAt).toEqual({ hour: 8, minute: 0 })
  })
})

describe("a news page's stamp with its clock before the day", () => {
  it('is when the page was posted, no session', () => {
    const text = [
      'Kế hoạch tiếp xúc cử tri trước kỳ họp của Đoàn đại biểu tỉnh',
      'Cập nhật lúc19:42, Thứ Tư, 20/09/2031 (GMT+7)',
      '',
      'Đoàn đại biểu tỉnh tổ chức hội nghị tiếp xúc cử tri bắt đầu từ 7 giờ 30 phút, thứ ba ngày 26-9-2031.',
    ].join('\n')
    expect(timesOf(text)).toEqual([['day', '2031-09-26', '2031-09-26']])
  })
})

describe('a sentence giving when a session starts ("bắt đầu từ 7 giờ 30 …")', () => {
  it('ends the topic there', () => {
    const text = [
      'Thông báo của Ủy ban nhân dân xã năm 2031',
      '',
      'Ủy ban nhân dân xã tổ chức đối thoại với hộ kinh doanh chợ Bình bắt đầu từ 14 giờ 00, ngày 05/6/2031.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([['day', '2031-06-05', '2031-06-05', 'Đối thoại với hộ kinh doanh chợ Bình']])
  })
})

describe('a news item on a reception put off, reciting the planned day before the new one', () => {
  const text = [
    'Thông báo về việc tạm hoãn chương trình tiếp công dân tháng 3 năm 2031 của đồng chí Bí thư Huyện ủy',
    '',
    '(THB)- Theo kế hoạch, lịch tiếp công dân của đồng chí Bí thư Huyện ủy tháng 3 năm 2031 là vào ngày 18/3/2031. ' +
      'Tuy nhiên, do có chương trình công tác khác, nên đồng chí sẽ tiếp và đối thoại trực tiếp với công dân theo ' +
      'chương trình tiếp công dân định kỳ tháng 4, thời gian vào thứ Ba, ngày 15/4/2031, tại trụ sở Tiếp công dân huyện.',
    '',
    'Đề nghị các công dân đã đăng ký tham gia buổi tiếp công dân tháng 3 năm 2031, tham gia chương trình tiếp công dân ' +
      'định kỳ tháng 4 năm 2031 theo thời gian nêu trên.',
    '',
    'Theo Thời sự tối 12/3/2031',
  ].join('\n')

  it('keeps the new day alone, named from the dialogue (not the reason), not the request pointing back nor the credit line', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2031-04-15', '2031-04-15', 'Đối thoại trực tiếp với công dân theo chương trình tiếp công dân định kỳ tháng 4'],
    ])
  })

  it('drops a paragraph of its own reciting the planned day ("Trước đó, theo kế hoạch, …")', () => {
    const moved = [
      'Do có sự điều chỉnh lịch công tác, Đoàn đại biểu tỉnh dời thời gian tiếp xúc cử tri tại huyện Tân An sang 8 giờ sáng 18-5-2031.',
      '',
      'Trước đó, theo kế hoạch, Đoàn đại biểu tỉnh sẽ tổ chức hội nghị tiếp xúc cử tri tại huyện Tân An vào 8 giờ sáng 16-5-2031.',
    ].join('\n')
    expect(timesOf(moved)).toEqual([['day', '2031-05-18', '2031-05-18']])
  })
})

describe('the clause of receptions when needed citing a decree with its date', () => {
  it('is the ad-hoc clause, no session', () => {
    const text = [
      'LỊCH TIẾP CÔNG DÂN NĂM 2031 CỦA SỞ THỦY LỢI',
      '',
      '1. Tiếp công dân định kỳ: Giám đốc Sở tiếp công dân vào ngày 10/3/2031 và ngày 12/5/2031.',
      '2. Tiếp công dân đột xuất: Giám đốc hoặc Phó Giám đốc Sở thực hiện (Căn cứ Nghị định 64/2014/NĐ-CP ngày 26/6/2014)',
    ].join('\n')
    expect(timesOf(text).every(([precision]) => precision === 'day')).toBe(true)
    expect(readPlan(text).plan.adHoc).toMatch(/^Tiếp công dân đột xuất/)
  })
})

describe('the day a news item was told, opening its paragraph', () => {
  it('is no session; the day it tells of is', () => {
    const text = [
      'Chủ tịch tỉnh sẽ đối thoại với nông dân',
      '',
      'Chiều 4.6, Văn phòng UBND tỉnh cho hay, Chủ tịch UBND tỉnh đã đồng ý tổ chức hội nghị đối thoại với nông dân năm 2031.',
      'Theo đó, hội nghị đối thoại với nông dân diễn ra vào 8 giờ ngày 12.6 tại Hội trường tỉnh.',
    ].join('\n')
    expect(timesOf(text)).toEqual([['day', '2031-06-12', '2031-06-12']])
  })
})

describe('a news item on voter meetings by group, the words abbreviated after their first use, a window over them', () => {
  const text = [
    'Đại biểu Quốc hội chuẩn bị tiếp xúc cử tri năm 2031',
    '',
    'Đoàn đại biểu tỉnh vừa ban hành kế hoạch tiếp xúc cử tri (TXCT) năm 2031.',
    '',
    'Theo đó, thời gian TXCT dự kiến từ ngày 28-5 đến 10-6.',
    '',
    'Tổ đại biểu đơn vị số 1 gồm các đại biểu: Nguyễn Văn A, Trần Văn B, sẽ TXCT tại thành phố Tân An vào ngày 9-6.',
    '',
    'Tổ đại biểu đơn vị số 2 gồm các đại biểu: Lê Văn C, Phạm Văn D, sẽ TXCT tại các huyện: Bình Sơn, Tây Hòa và Đông Lộc ' +
      'vào các ngày 2 và 3-6.',
  ].join('\n')

  it('reads each group a session named by its places, and the window over them as none', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2031-06-09', '2031-06-09', 'Tiếp xúc cử tri tại thành phố Tân An'],
      ['month', '2031-06-02', '2031-06-03', 'Tiếp xúc cử tri tại các huyện: Bình Sơn, Tây Hòa và Đông Lộc'],
    ])
  })

  it('reads a range written with dashes and no year, its last day after "đến", across two months', () => {
    expect(readSessionTime('Hội nghị tổ chức từ ngày 28-5 đến 10-6', { year: 2031 })).toMatchObject({
      precision: 'month',
      start: '2031-05-28',
      end: '2031-06-10',
    })
  })
})

describe('a news item opening with the guidance it carries out, on the same kind of dialogue', () => {
  it('names the session by its own words, not by the subject of the text it cites', () => {
    const text = [
      'Xã Tân Lộc tổ chức hội nghị đối thoại với Nhân dân',
      '',
      'Thực hiện Hướng dẫn số 07-HD/BDVTU ngày 06/8/2031 về công tác đối thoại giữa người đứng đầu cấp ủy với Nhân dân, ' +
        'Chủ tịch UBND xã Tân Lộc sẽ tổ chức Hội nghị đối thoại trực tiếp với Nhân dân các thôn Bình An và Tây Hòa ' +
        'vào 07 giờ 30 phút, ngày 29/10/2031 tại hội trường UBND xã.',
    ].join('\n')
    expect(sessionsOf(text).map((s) => s[3])).toEqual(['Hội nghị đối thoại trực tiếp với Nhân dân các thôn Bình An và Tây Hòa'])
  })
})

describe('a news item on voter meetings that dates the council sitting they come before and after', () => {
  it('reads the sitting as no session, the meetings after it as one', () => {
    const text = [
      'Ban hành kế hoạch tiếp xúc cử tri trước Kỳ họp thứ 9 HĐND tỉnh',
      '',
      'Kỳ họp thứ 9, HĐND tỉnh khóa XV, dự kiến được tổ chức từ ngày 4 đến 6/12/2031. Ban Thường trực Ủy ban MTTQ tỉnh đã ' +
        'ban hành kế hoạch tổ chức tiếp xúc cử tri trước và sau Kỳ họp.',
      '',
      'Về tiếp xúc cử tri sau Kỳ họp thứ 9, dự kiến tổ chức từ ngày 22 đến ngày 26/12/2031.',
    ].join('\n')
    expect(timesOf(text)).toEqual([['month', '2031-12-22', '2031-12-26']])
  })
})
