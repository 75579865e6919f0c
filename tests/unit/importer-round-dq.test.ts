import { describe, expect, it } from 'vitest'
import { sessionsOf } from '../helpers/importer-draft.js'

// Round dq of the importer's fixes (news items reporting dialogues): each construct on a small input written here.

describe('a news item writing the day after the part of the day with a dot or a dash', () => {
  it('reads "Sáng 24.11" as the day 24/11, the year from the same sentence', () => {
    const text = 'Sáng 24.11, Huyện ủy An Phú tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy với nhân dân năm 2030.'
    expect(sessionsOf(text)).toEqual([
      ['day', '2030-11-24', '2030-11-24', 'Hội nghị đối thoại giữa người đứng đầu cấp ủy với nhân dân năm 2030'],
    ])
  })

  it('reads "sáng 30-4" as the day 30/4, and "sáng 7-8 giờ" as no day', () => {
    const text = 'Dự kiến, sáng 30-4, tại xã An Phú, Chủ tịch tỉnh sẽ có buổi đối thoại với công nhân lao động năm 2030.'
    expect(sessionsOf(text).map(([precision, start]) => [precision, start])).toEqual([['day', '2030-04-30']])
    expect(sessionsOf('Sáng 7-8 giờ, Chủ tịch tỉnh sẽ có buổi đối thoại với công nhân lao động năm 2030.')).not.toContainEqual(
      expect.arrayContaining(['2030-08-07']),
    )
  })

  it('reads the eth of an old web font as "Đ"', () => {
    const text = 'Ngày 24/11/2030, Chủ tịch HÐND huyện An Phú tổ chức hội nghị Ðối thoại với thanh niên năm 2030.'
    expect(sessionsOf(text).map((row) => row[3])).toEqual(['Hội nghị Đối thoại với thanh niên năm 2030'])
  })
})

describe("a portal's line saying the day it entered the article, alone under the headline", () => {
  it('is no session nor a form of fields: the report below it keeps its dialogue', () => {
    const text = [
      'Chủ tịch UBND tỉnh đối thoại với nông dân năm 2030',
      'Nhập ngày: Thứ 5, Ngày 07 / 11 / 2030',
      'Hội nghị đối thoại Chủ tịch UBND tỉnh với nông dân năm 2030',
      '',
      'Chiều ngày 29/10/2030, Hội Nông dân tỉnh phối hợp với Văn phòng UBND tỉnh tổ chức hội nghị đối thoại ' +
        'Chủ tịch UBND tỉnh với nông dân năm 2030.',
      '',
      'Về dự hội nghị có các đồng chí lãnh đạo các sở, ngành của tỉnh.',
    ].join('\n')
    expect(sessionsOf(text).map(([precision, start, end]) => [precision, start, end])).toEqual([['day', '2030-10-29', '2030-10-29']])
  })
})

describe('a news item announcing its session coarsely first, then with its day', () => {
  const text = [
    'Chủ tịch tỉnh sẽ đối thoại với thanh niên vào tháng 4/2030',
    '',
    'Chủ tịch UBND tỉnh An Phú đồng ý tổ chức Hội nghị đối thoại của Chủ tịch UBND tỉnh với thanh niên năm 2030.',
    '',
    'Theo đó, Hội nghị đối thoại của Chủ tịch UBND tỉnh với thanh niên dự kiến tổ chức vào ngày 18/4/2030 tại hội trường tỉnh.',
  ].join('\n')

  it("reads one session, on the day: the headline's month is that session", () => {
    expect(sessionsOf(text).map(([precision, start, end]) => [precision, start, end])).toEqual([['day', '2030-04-18', '2030-04-18']])
  })

  it("keeps a plan's monthly session beside a day of that month", () => {
    const plan = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại với nhân dân năm 2030',
      '1. Tháng 4/2030: Chủ tịch UBND xã đối thoại với nhân dân thôn An Phú.',
      '2. Ngày 18/4/2030: Chủ tịch UBND xã đối thoại với nhân dân thôn An Phú về giải phóng mặt bằng.',
    ].join('\n')
    expect(sessionsOf(plan).map(([precision]) => precision)).toEqual(['month', 'day'])
  })
})
