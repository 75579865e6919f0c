import { describe, expect, it } from 'vitest'
import { bodyHeading } from '../../src/importer/bodies.js'
import { datedOf, sessionsOf } from '../helpers/importer-draft.js'

// Round al of the importer's fixes (issue 11): each construct on a small input written here.

describe('two groups of bodies in one item, parted by a comma after the level of the first', () => {
  it('reads each group as a body when the kinds listed after "các" are closed by their level', () => {
    expect(
      bodyHeading('Thủ trưởng các cơ quan, đơn vị cấp huyện, Chủ tịch UBND các xã, thị trấn: gửi báo cáo trước 05 ngày')?.bodies,
    ).toEqual([
      { name: 'Thủ trưởng các cơ quan, đơn vị cấp huyện', place: null },
      { name: 'Chủ tịch UBND các xã, thị trấn', place: null },
    ])
  })

  it('keeps the list whole when the kinds are not closed by a level (the comma may still list kinds)', () => {
    expect(bodyHeading('Các phòng, ban, UBND các xã, thị trấn: gửi báo cáo')?.bodies).toEqual([
      { name: 'Các phòng, ban, UBND các xã, thị trấn', place: null },
    ])
  })
})

describe('an excerpt without a title, a sentence of the work opening with "Thông báo", sessions ranked in bare headings', () => {
  const text = [
    'Trích Kế hoạch số 05/KH-UBND ngày 10/01/2030 của UBND tỉnh về tổ chức đối thoại năm 2030',
    'II. NỘI DUNG, THỜI GIAN',
    '1. Cuộc đối thoại thứ nhất',
    'Chủ tịch UBND tỉnh đối thoại với Nhân dân các xã vùng cao về giao thông nông thôn.',
    'Cuộc đối thoại tổ chức vào 08 giờ 00, ngày 12/4/2030 tại Hội trường UBND xã An Bình.',
    '2. Cuộc đối thoại thứ hai',
    'Chủ tịch UBND tỉnh đối thoại với hợp tác xã về tiêu thụ nông sản.',
    'Thời gian: tháng 8/2030.',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Các cơ quan chủ trì chuẩn bị nội dung đối thoại',
    'a) Sở Xây dựng chủ trì chuẩn bị nội dung cuộc đối thoại thứ nhất.',
    'b) Sở Công Thương chủ trì chuẩn bị nội dung cuộc đối thoại thứ hai.',
    '2. Ủy ban nhân dân xã An Bình',
    'Thông báo rộng rãi đến Nhân dân về nội dung đối thoại; tổng hợp kiến nghị, gửi Sở Xây dựng trước ngày 01/4/2030.',
  ].join('\n')

  it('reads the sessions, each named by the line that says who holds it with whom', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2030-04-12', '2030-04-12', 'Chủ tịch UBND tỉnh đối thoại với Nhân dân các xã vùng cao về giao thông nông thôn'],
      ['month', '2030-08-01', '2030-08-31', 'Chủ tịch UBND tỉnh đối thoại với hợp tác xã về tiêu thụ nông sản'],
    ])
  })

  it('reads the work after the sentence opening with "Thông báo", and no body "Các cơ quan" over the lettered ones', () => {
    expect(datedOf(text)).toEqual([['Ủy ban nhân dân xã An Bình', 'absolute', '2030-03-31', null]])
    expect(bodyHeading('Các cơ quan chủ trì chuẩn bị nội dung đối thoại')).toBeNull()
  })
})
