import { describe, expect, it } from 'vitest'
import { bodyHeading } from '../../src/importer/bodies.js'
import { datedOf } from '../helpers/importer-draft.js'

// Round cl of the importer's fixes (issue 11): each construct on a small input written here.

describe('"công lập" in a heading body\'s name', () => {
  it('is part of the name, not the verb "lập" that would end it', () => {
    expect(bodyHeading('Các trường ngoài công lập trên địa bàn xã')?.bodies.map((b) => b.name)).toEqual([
      'Các trường ngoài công lập trên địa bàn xã',
    ])
  })
})

describe("a dashed item opening with the officer of the heading's body", () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại với viên chức năm 2031',
    'I. THỜI GIAN',
    '- Thời gian: 8 giờ 00, thứ Năm, ngày 15/5/2031.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Tổ chức - Hành chính',
    '- Phát hành giấy mời chậm nhất 03 ngày trước ngày đối thoại.',
    '2. Các trường học trực thuộc',
    '- Thủ trưởng đơn vị phối hợp với công đoàn tổ chức lấy ý kiến viên chức; gửi Phòng Tổ chức - Hành chính trước ngày 05/5/2031.',
  ].join('\n')

  it("is the work of the heading's body, the officer acting for it", () => {
    expect(datedOf(text)).toEqual([
      ['Phòng Tổ chức - Hành chính', 'relative', '2031-05-12', 0],
      ['Các trường học trực thuộc', 'absolute', '2031-05-04', null],
    ])
  })
})
