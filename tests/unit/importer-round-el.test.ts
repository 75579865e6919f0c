import { describe, expect, it } from 'vitest'
import { cleanLines } from '../../src/importer/normalize.js'
import { sessionsOf } from '../helpers/importer-draft.js'

// Round el (stop 37, issue 11): each rule on a small input written here (none of them a page of the measured sets).

describe('a web table copied with nothing between its cells, its first rows on days 1–9', () => {
  const rows = ['17/01/2032Từ 8 giờ 00', '24/02/2032Từ 8 giờ 00', '31/3/2032Từ 8 giờ 00']
  const later = ['414/4/2032Từ 14 giờ 00', '512/5/2032Từ 14 giờ 00']

  it('parts every row at its number, once two rows of the run are glued to no day by themselves', () => {
    const cells = cleanLines(['Lịch tiếp công dân năm 2032', ...rows, ...later].join('\n'))
      .filter((l) => l.cells)
      .map((l) => l.cells?.slice(0, 2))
    expect(cells).toEqual([
      ['1', '7/01/2032'],
      ['2', '4/02/2032'],
      ['3', '1/3/2032'],
      ['4', '14/4/2032'],
      ['5', '12/5/2032'],
    ])
  })

  it("reads each row's day", () => {
    const text = ['Lịch tiếp công dân định kỳ của Chủ tịch UBND tỉnh năm 2032', 'TTNgày, tháng, nămThời gian', ...rows, ...later]
    expect(sessionsOf(text.join('\n')).map((s) => s[1])).toEqual(['2032-01-07', '2032-02-04', '2032-03-01', '2032-04-14', '2032-05-12'])
  })

  it('leaves days at the head of their lines alone where fewer than two rows are glued to no day', () => {
    for (const lines of [rows, [...rows, later[0] ?? '']]) {
      expect(cleanLines(lines.join('\n')).every((l) => l.cells === null)).toBe(true)
    }
  })
})

describe("a news item's 'sáng nay' under the stamp its page was posted with", () => {
  const lead = 'Sáng nay, Chủ tịch UBND thành phố chủ trì buổi đối thoại với các hộ dân phường Tân An về bồi thường, hỗ trợ tái định cư.'

  it('is the day of the stamp below the headline', () => {
    const text = ['Thành phố đối thoại với các hộ dân phường Tân An', 'Thứ Năm, 19/09/2019 10:20', lead]
    expect(sessionsOf(text.join('\n'))).toEqual([['day', '2019-09-19', '2019-09-19', text[0]]])
  })

  it('is no day where the line below the headline is no stamp (a day without its clock, a clock alone)', () => {
    for (const line of ['Thứ Năm, 19/09/2019', '10:20']) {
      expect(sessionsOf(['Thành phố đối thoại với các hộ dân phường Tân An', line, lead].join('\n'))).toEqual([])
    }
  })
})

describe("a quoted 'hôm nay' in a news item", () => {
  it('is no session: the words are a voter’s, not the day the item reports', () => {
    const text = [
      'Hà Nội, ngày 04 tháng 5 năm 2019',
      'Cử tri quận Ba Đình gửi gắm nhiều kiến nghị',
      '"Và hôm nay, cử tri vui mừng khi nghe ý kiến trả lời tại buổi tiếp xúc cử tri ở quận Hoàn Kiếm", ông nói.',
    ]
    expect(sessionsOf(text.join('\n'))).toEqual([])
  })
})
