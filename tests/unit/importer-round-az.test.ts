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

describe('round AZ: a grid table whose cells wrap over several lines (Word through a converter)', () => {
  it('the lines between two rules are one row, cell by cell: the date split over two lines is whole', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức hội nghị đối thoại với viên chức, người lao động năm 2033',
      'II. THỜI GIAN, ĐỊA ĐIỂM',
      '+-----+--------------------+------------------+--------------------------+',
      '| STT | Thời gian          | Địa điểm         | Nội dung đối thoại       |',
      '+=====+====================+==================+==========================+',
      '| 1   | 14 giờ 00, thứ     | Hội trường Trung | Đối thoại với viên chức  |',
      '|     | Sáu, ngày 16/9/2033| tâm Y tế         | về chế độ trực           |',
      '+-----+--------------------+------------------+--------------------------+',
      '| 2   | Tháng 10/2033      | Hội trường Bệnh  | Đối thoại với người lao  |',
      '|     |                    | viện tỉnh        | động về thu nhập         |',
      '+-----+--------------------+------------------+--------------------------+',
      'III. TỔ CHỨC THỰC HIỆN',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2033-09-16', '2033-09-16', 'Đối thoại với viên chức về chế độ trực'],
      ['month', '2033-10-01', '2033-10-31', 'Đối thoại với người lao động về thu nhập'],
    ])
  })
})
