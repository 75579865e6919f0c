import { describe, expect, it } from 'vitest'
import { datedByRuleOf } from '../helpers/importer-draft.js'

// Round BE of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round BE: a body\'s lead-in that says it helps "tổ chức thực hiện Kế hoạch", over its "+" lines', () => {
  it("keeps the lines under it as that body's work, not a part that assigns work anew", () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại giữa Chủ tịch UBND xã với Nhân dân năm 2033',
      'I. NỘI DUNG, THỜI GIAN',
      '- Nội dung: Đối thoại với Nhân dân về thủ tục đất đai.',
      '- Thời gian: 8 giờ 00, ngày 14/4/2033.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng UBND xã',
      '- Là đầu mối giúp Chủ tịch UBND xã tổ chức thực hiện Kế hoạch, cụ thể:',
      '+ Phát hành giấy mời chậm nhất 05 ngày trước ngày đối thoại.',
      '+ Dự thảo thông báo kết luận trong thời hạn 07 ngày làm việc kể từ ngày kết thúc đối thoại.',
      '2. Công an xã',
      '- Bảo đảm an ninh trật tự chậm nhất 01 ngày trước ngày đối thoại.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Văn phòng UBND xã', 'relative', '-5 days', 0],
      ['Văn phòng UBND xã', 'relative', '7 working_days', 0],
      ['Công an xã', 'relative', '-1 days', 0],
    ])
  })
})
