import { describe, expect, it } from 'vitest'
import { sessionsOf } from '../helpers/importer-draft.js'

// Round ds of the importer's fixes (issue 11): each construct on a small input written here.

describe('a news item opening with the day a plan was issued, its source before it', () => {
  const text = [
    '(Báo Miền Núi) – Ngày 04/3/2031, UBND tỉnh ban hành Kế hoạch số 45/KH-UBND về tổ chức đối thoại với thanh niên năm 2031.',
    '',
    'Mục đích nhằm lắng nghe tâm tư, nguyện vọng của thanh niên trên địa bàn tỉnh.',
    '',
    'Buổi đối thoại được tổ chức trực tiếp tại điểm cầu của tỉnh. Dự kiến khai mạc lúc 08 giờ, ngày 22/3/2031.',
  ].join('\n')

  it('names its session by what the plan is about, not by the sentence that reports its issue', () => {
    expect(sessionsOf(text)).toEqual([['day', '2031-03-22', '2031-03-22', 'Đối thoại với thanh niên năm 2031']])
  })
})
