import { describe, expect, it } from 'vitest'
import { sessionsOf } from '../helpers/importer-draft.js'

// Round AK of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe("round AK: a school's or a firm's schedule whose rows differ only by whom the dialogue is with", () => {
  it('the "Đối tượng đối thoại" cell of students or workers says each row\'s dialogue, not the plan\'s title', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại giữa Hiệu trưởng với người học năm học 2033 - 2034',
      '4. Thời gian, địa điểm',
      '| TT | Thời gian | Đối tượng đối thoại | Địa điểm |',
      '|---|---|---|---|',
      '| 1 | 14h00, thứ Ba, 08/11/2033 | Sinh viên Khoa Hóa học, Khoa Sinh học | Hội trường B2 |',
      '| 2 | 14h00, thứ Năm, 10/11/2033 | Học viên cao học các ngành kỹ thuật | Hội trường B2 |',
      '| 3 | 8h00, thứ Bảy, 12/11/2033 | Công nhân Xưởng thực hành | Xưởng thực hành |',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2033-11-08', '2033-11-08', 'Đối thoại với sinh viên Khoa Hóa học, Khoa Sinh học'],
      ['day', '2033-11-10', '2033-11-10', 'Đối thoại với học viên cao học các ngành kỹ thuật'],
      ['day', '2033-11-12', '2033-11-12', 'Đối thoại với công nhân Xưởng thực hành'],
    ])
  })
})

describe("round AK: a firm's schedule of periodic dialogues, one row for each unit, under one heading", () => {
  it('the "Đơn vị / nhóm người lao động" cell joins the heading: each session says whose it is', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại định kỳ tại nơi làm việc năm 2033',
      'IV. THỜI GIAN, ĐỊA ĐIỂM',
      '1. Đối thoại định kỳ tại các đơn vị',
      '| TT | Đơn vị / nhóm người lao động | Thời gian | Địa điểm |',
      '|---|---|---|---|',
      '| 1 | Xí nghiệp Vận tải số 1 | 8h00 thứ Ba, 14/6/2033 | Hội trường Xí nghiệp |',
      '| 2 | Khối Văn phòng Công ty | 14h00 thứ Năm, 16/6/2033 | Phòng họp tầng 2 |',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2033-06-14', '2033-06-14', 'Đối thoại định kỳ tại các đơn vị: Xí nghiệp Vận tải số 1'],
      ['day', '2033-06-16', '2033-06-16', 'Đối thoại định kỳ tại các đơn vị: Khối Văn phòng Công ty'],
    ])
  })
})
