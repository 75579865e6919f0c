import { describe, expect, it } from 'vitest'
import { sessionsOf } from '../helpers/importer-draft.js'
import { normalizePlanText } from '../../src/importer/normalize.js'

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

describe('round BB: a table written one cell a line, the host cell ending on a place kind and the hall after it', () => {
  it('"Chủ tịch UBND thị xã" / "Trụ sở Tiếp công dân thị" / "xã" are the host and the place; "… xã Tóc" / "Tiên" wraps the last', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tiếp công dân và đối thoại của Chủ tịch UBND thị xã quý III năm 2033',
      '1. Lịch tiếp công dân và đối thoại',
      'STT',
      'Thời gian',
      'Nội dung',
      'Người chủ trì',
      'Địa điểm',
      '1',
      '08 giờ 00, thứ Năm,',
      'ngày 14/7/2033',
      'Tiếp công dân định kỳ',
      'Chủ tịch UBND thị xã',
      'Trụ sở Tiếp công dân thị',
      'xã',
      '2',
      '14 giờ 00, thứ Năm,',
      'ngày 21/7/2033',
      'Đối thoại với Nhân dân',
      'xã Tóc Tiên về quản lý',
      'đất đai',
      'Chủ tịch UBND thị xã',
      'Hội trường UBND xã Tóc',
      'Tiên',
      '3',
      '08 giờ 00, thứ Năm,',
      'ngày 11/8/2033',
      'Tiếp công dân định kỳ',
      'Chủ tịch UBND thị xã',
      'Trụ sở Tiếp công dân thị',
      'xã',
      '2. Tổ chức thực hiện',
      'a) Văn phòng UBND thị xã: Niêm yết lịch tại Trụ sở Tiếp công dân.',
    ].join('\n')
    const lines = normalizePlanText(text)
    expect(lines).toContain(
      '1 | 08 giờ 00, thứ Năm, ngày 14/7/2033 | Tiếp công dân định kỳ | Chủ tịch UBND thị xã | Trụ sở Tiếp công dân thị xã',
    )
    expect(lines).toContain(
      '2 | 14 giờ 00, thứ Năm, ngày 21/7/2033 | Đối thoại với Nhân dân xã Tóc Tiên về quản lý đất đai | Chủ tịch UBND thị xã ' +
        '| Hội trường UBND xã Tóc Tiên',
    )
    expect(lines).toContain(
      '3 | 08 giờ 00, thứ Năm, ngày 11/8/2033 | Tiếp công dân định kỳ | Chủ tịch UBND thị xã | Trụ sở Tiếp công dân thị xã',
    )
    expect(lines).toContain('2. Tổ chức thực hiện')
    expect(sessionsOf(text)).toEqual([
      ['day', '2033-07-14', '2033-07-14', 'Tiếp công dân định kỳ'],
      ['day', '2033-07-21', '2033-07-21', 'Đối thoại với Nhân dân xã Tóc Tiên về quản lý đất đai'],
      ['day', '2033-08-11', '2033-08-11', 'Tiếp công dân định kỳ'],
    ])
  })
})
