import { describe, expect, it } from 'vitest'
import { sessionsOf } from '../helpers/importer-draft.js'

// Round BB of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round BB: sessions named by rank under "Nội dung" as dashes, their times under "Thời gian, địa điểm" after the rank', () => {
  it('"- Hội nghị thứ nhất: Đối thoại với …" and "1. Hội nghị thứ nhất: Bắt đầu lúc … ngày …" are one session', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại năm 2033',
      'II. NỘI DUNG, THÀNH PHẦN',
      '1. Nội dung',
      '- Hội nghị thứ nhất: Đối thoại với Nhân dân xã Tân Hòa về nước sạch nông thôn.',
      '- Hội nghị thứ hai: Đối thoại với đồng bào dân tộc xã Phú Lộc về giảm nghèo.',
      '2. Thành phần',
      '- Chủ trì: Chủ tịch UBND huyện.',
      'III. THỜI GIAN, ĐỊA ĐIỂM',
      '1. Hội nghị thứ nhất: Bắt đầu lúc 7 giờ 30 phút ngày 18/6/2033, tại Hội trường UBND xã Tân Hòa.',
      '2. Hội nghị thứ hai: Dự kiến trong tháng 9/2033, tại Hội trường UBND xã Phú Lộc.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2033-06-18', '2033-06-18', 'Đối thoại với Nhân dân xã Tân Hòa về nước sạch nông thôn'],
      ['month', '2033-09-01', '2033-09-30', 'Đối thoại với đồng bào dân tộc xã Phú Lộc về giảm nghèo'],
    ])
  })
})
