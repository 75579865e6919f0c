import { describe, expect, it } from 'vitest'
import { readPlan } from '../../src/importer/read-plan.js'
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
