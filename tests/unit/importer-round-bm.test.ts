import { describe, expect, it } from 'vitest'
import { datedByRuleOf } from '../helpers/importer-draft.js'

// Round bm (issue 11): constructs of plans measured unseen, each on a small input written here.

describe('an office abbreviated "VP" opening a paragraph of its own work', () => {
  it('"VP HĐND và UBND huyện sẽ dự thảo …" is that office\'s work, not more of the paragraph before', () => {
    const text = [
      'Văn phòng thông báo lịch Chủ tịch UBND huyện đối thoại với Nhân dân các xã năm 2030 như sau:',
      '',
      '1. Thứ Ba, 08/10 - 7h30: xã Một. Nội dung: sạt lở bờ sông. Tại hội trường UBND xã.',
      '2. Thứ Năm, 10/10 - 14h00: xã Hai. Nội dung: cấp giấy chứng nhận quyền sử dụng đất. Tại hội trường UBND xã.',
      '',
      'Phòng Tài nguyên và Môi trường chuẩn bị nội dung trả lời, gửi VP chậm nhất thứ Hai 07/10.',
      '',
      'VP HĐND và UBND huyện sẽ dự thảo thông báo kết luận trong 05 ngày làm việc sau mỗi buổi đối thoại.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Phòng Tài nguyên và Môi trường', 'absolute', '2030-10-07', null],
      ['VP HĐND và UBND huyện', 'relative', '5 working_days', 0],
      ['VP HĐND và UBND huyện', 'relative', '5 working_days', 1],
    ])
  })
})
