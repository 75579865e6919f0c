import { describe, expect, it } from 'vitest'
import { datedByRuleOf } from '../helpers/importer-draft.js'

// Round AT of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe("round AT: the workers' assembly is no dialogue", () => {
  it('"trước ngày tổ chức mỗi kỳ đối thoại định kỳ": the quarterly dialogues, not the assembly held beside them', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại tại nơi làm việc và Hội nghị người lao động năm 2033',
      'I. NỘI DUNG VÀ THỜI GIAN',
      '1. Hội nghị người lao động năm 2033',
      '- Nội dung: thông qua kết quả sản xuất năm 2032.',
      '- Thời gian: ngày 20/01/2033.',
      '2. Đối thoại định kỳ tại nơi làm việc',
      '| Kỳ | Thời gian | Nội dung |',
      '|---|---|---|',
      '| Quý I | Tháng 3/2033 | Chế độ làm ca đêm |',
      '| Quý II | Tháng 6/2033 | Trang bị bảo hộ lao động |',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Công đoàn Công ty',
      '+ Tổng hợp ý kiến người lao động, gửi Giám đốc chậm nhất 05 ngày làm việc trước ngày tổ chức mỗi kỳ đối thoại định kỳ.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Công đoàn Công ty', 'relative', '-5 working_days', 1],
      ['Công đoàn Công ty', 'relative', '-5 working_days', 2],
    ])
  })
})
