import { describe, expect, it } from 'vitest'
import { datedByRuleOf } from '../helpers/importer-draft.js'

// Round w of the importer's fixes (issue 11): each construct on a small input written here.

describe('a unit named by its duty ("Phòng Tiếp công dân …") leads its item; the room "phòng tiếp" names no body', () => {
  const text = [
    'THÔNG BÁO',
    'Lịch tiếp công dân định kỳ của Chủ tịch UBND huyện năm 2030',
    'I. LỊCH TIẾP CÔNG DÂN',
    '- Thứ Ba, ngày 15/01/2030',
    '- Thứ Sáu, ngày 15/02/2030',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Tiếp dân và Xử lý đơn thư: tiếp nhận đăng ký; báo cáo Chủ tịch UBND huyện chậm nhất 03 ngày làm việc trước mỗi buổi tiếp công dân.',
    '2. Văn phòng HĐND và UBND huyện: bố trí phòng tiếp, phương tiện phục vụ.',
  ].join('\n')

  it('gives the unit its task for each session', () => {
    expect(datedByRuleOf(text)).toEqual([
      ['Phòng Tiếp dân và Xử lý đơn thư', 'relative', '-3 working_days', 0],
      ['Phòng Tiếp dân và Xử lý đơn thư', 'relative', '-3 working_days', 1],
    ])
  })
})
