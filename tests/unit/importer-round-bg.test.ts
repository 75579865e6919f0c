import { describe, expect, it } from 'vitest'
import { datedOf } from '../helpers/importer-draft.js'

// Round BG of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round BG: a table whose lead cell is "LĐLĐ quận", Liên đoàn Lao động abbreviated', () => {
  it('is a body leading its row, as "Liên đoàn Lao động quận" is', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức Hội nghị đối thoại với công nhân, lao động năm 2033',
      'II. THỜI GIAN',
      '- Thời gian: 8 giờ 00, ngày 20/5/2033.',
      'III. PHÂN CÔNG NHIỆM VỤ',
      '| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |',
      '|---|---|---|---|---|',
      '| 1 | Xây dựng kế hoạch tổ chức hội nghị | LĐLĐ quận | Văn phòng UBND quận | Tháng 4/2033 |',
      '| 2 | Tổng hợp kết quả giải quyết kiến nghị | LĐLĐ quận | Các phòng liên quan | Trong quý IV/2033 |',
    ].join('\n')
    expect(datedOf(text)).toEqual([
      ['LĐLĐ quận', 'absolute', '2033-04-30', null],
      ['LĐLĐ quận', 'absolute', '2033-12-31', null],
    ])
  })
})
