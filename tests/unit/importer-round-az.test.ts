import { describe, expect, it } from 'vitest'
import { bodyHeading } from '../../src/importer/bodies.js'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Round AZ of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round AZ: places in brackets after their kind and count, "UBND 02 xã (A, B)"', () => {
  it.each([
    ['Ủy ban nhân dân 02 xã (Bắc Sơn, Nam Sơn)', 'Ủy ban nhân dân xã Bắc Sơn', 'Ủy ban nhân dân xã Nam Sơn'],
    ['UBND các phường (Đông Thành, Tây Thành)', 'UBND phường Đông Thành', 'UBND phường Tây Thành'],
    ['UBND 02 xã: Bắc Sơn, Nam Sơn', 'UBND xã Bắc Sơn', 'UBND xã Nam Sơn'],
  ])('"%s" is one body per place', (heading, first, second) => {
    expect(bodyHeading(heading)?.bodies.map((b) => b.name)).toEqual([first, second])
  })

  it('each commune is bound to the session held there by "trước ngày đối thoại tại xã"', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại giữa Chủ tịch UBND tỉnh với Nhân dân các xã năm 2033',
      'II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
      '1. Đối thoại với Nhân dân xã Bắc Sơn',
      '- Nội dung: Giao thông nông thôn.',
      '- Thời gian: 08 giờ 00, ngày 12/5/2033.',
      '- Địa điểm: Hội trường UBND xã Bắc Sơn.',
      '2. Đối thoại với Nhân dân xã Nam Sơn',
      '- Nội dung: Nước sinh hoạt.',
      '- Thời gian: 08 giờ 00, ngày 16/6/2033.',
      '- Địa điểm: Hội trường UBND xã Nam Sơn.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Ủy ban nhân dân 02 xã (Bắc Sơn, Nam Sơn)',
      '- Niêm yết công khai thời gian, địa điểm đối thoại chậm nhất 05 ngày trước ngày đối thoại tại xã.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Ủy ban nhân dân xã Bắc Sơn', 'relative', '-5 days', 0],
      ['Ủy ban nhân dân xã Nam Sơn', 'relative', '-5 days', 1],
    ])
  })
})

describe('round AZ: "Các bệnh viện: A, B", hospitals listed under their kind', () => {
  it('is one body per hospital, each with the kind', () => {
    expect(bodyHeading('Các bệnh viện: Đa khoa tỉnh, Nhi đồng tỉnh')?.bodies.map((b) => b.name)).toEqual([
      'Bệnh viện Đa khoa tỉnh',
      'Bệnh viện Nhi đồng tỉnh',
    ])
  })
})
