import { describe, expect, it } from 'vitest'
import { bodyHeading } from '../../src/importer/bodies.js'

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
