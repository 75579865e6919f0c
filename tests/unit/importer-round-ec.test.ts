import { describe, expect, it } from 'vitest'
import { sessionsOf } from '../helpers/importer-draft.js'

// Round ec of the importer's fixes (issue 11): each construct on a small input written here.

describe('a news item that opens with a notice just issued, no day before it', () => {
  const text = [
    'UBND tỉnh An Phú vừa có Thông báo số 120/TB-UBND về việc thay đổi ngày tiếp công dân định kỳ tháng 3 năm 2030.',
    'Thông báo nêu rõ, phiên tiếp công dân định kỳ của lãnh đạo tỉnh tại Trụ sở Tiếp công dân tỉnh quy định vào ngày 15 hàng tháng.',
    'Tuy nhiên, ngày 15 tháng 3 năm 2030 trùng vào ngày thứ bảy nên được chuyển sang thứ 2 ngày 17 tháng 3 năm 2030.',
  ].join('\n\n')

  it('names the session by what the notice is about, not by the sentence that reports its issue', () => {
    expect(sessionsOf(text)).toEqual([['day', '2030-03-17', '2030-03-17', 'Tiếp công dân định kỳ tháng 3']])
  })
})

describe('a news item whose time sentence names the session by its bare kind', () => {
  const text = [
    'Bí thư Tỉnh ủy tiếp dân định kỳ tháng 4',
    'Ban Nội chính Tỉnh ủy vừa ban hành Thông báo về buổi tiếp dân định kỳ của đồng chí Bí thư Tỉnh ủy ' +
      'theo quy định về trách nhiệm tiếp dân.',
    'Theo đó, buổi tiếp dân sẽ diễn ra từ 14 giờ 30 phút ngày 24/4/2030 tại Trụ sở Ban Tiếp công dân tỉnh (số 5 đường Lê Lợi).',
  ].join('\n\n')

  it('takes the kind as first named with whose it is, not the office named in the place', () => {
    expect(sessionsOf(text)).toEqual([['day', '2030-04-24', '2030-04-24', 'Buổi tiếp dân định kỳ của đồng chí Bí thư Tỉnh ủy']])
  })
})

describe('a news page whose headline and body name its one session by the same kind', () => {
  const text = [
    'Xã An Phú tổ chức Hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân các thôn Bình An, Tân Lộc',
    'Chủ tịch UBND xã An Phú sẽ tổ chức Hội nghị đối thoại trực tiếp với Nhân dân các thôn Bình An và Tân Lộc vào 07 giờ 30 ' +
      'phút, ngày 29/10/2030 tại hội trường UBND xã.',
    'Hội nghị nhằm lắng nghe ý kiến, kiến nghị của Nhân dân.',
  ].join('\n\n')

  it('names it as the headline does, who holds it included', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2030-10-29', '2030-10-29', 'Hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân các thôn Bình An, Tân Lộc'],
    ])
  })
})
