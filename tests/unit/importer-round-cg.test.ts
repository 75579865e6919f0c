import { describe, expect, it } from 'vitest'
import { datedOf, sessionsOf } from '../helpers/importer-draft.js'

// Round cg (issue 11): constructs of plans measured unseen, each on a small input written here.

describe('a schedule of receptions one column a leader', () => {
  const text = [
    'THÔNG BÁO',
    'Lịch tiếp công dân của Bí thư, Phó Bí thư Đảng ủy xã A năm 2030',
    '',
    '1. Lịch tiếp công dân',
    '',
    '| Tháng | Bí thư Đảng ủy xã (đồng chí Lê Văn B) | Phó Bí thư Thường trực Đảng ủy xã |',
    '|---|---|---|',
    '| Tháng 01 | Thứ Tư, 09/01 | Thứ Tư, 16/01 |',
    '| Tháng 02 | Thứ Tư, 13/02 | Thứ Tư, 20/02 (lùi do nghỉ Tết) |',
    '',
    '2. Tổ chức thực hiện',
    '',
    '- Văn phòng Đảng ủy: Tổng hợp đơn thư, báo cáo chậm nhất 02 ngày làm việc trước mỗi buổi tiếp công dân của Bí thư Đảng ủy xã.',
  ].join('\n')

  it('"| Tháng 01 | Thứ Tư, 09/01 | Thứ Tư, 16/01 |" is a session a cell, each its column’s leader’s', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2030-01-09', '2030-01-09', 'Tiếp công dân của Bí thư Đảng ủy xã (đồng chí Lê Văn B)'],
      ['day', '2030-01-16', '2030-01-16', 'Tiếp công dân của Phó Bí thư Thường trực Đảng ủy xã'],
      ['day', '2030-02-13', '2030-02-13', 'Tiếp công dân của Bí thư Đảng ủy xã (đồng chí Lê Văn B)'],
      ['day', '2030-02-20', '2030-02-20', 'Tiếp công dân của Phó Bí thư Thường trực Đảng ủy xã'],
    ])
  })

  it('"… trước mỗi buổi tiếp công dân của Bí thư Đảng ủy xã" is a task before each of that leader’s sessions only', () => {
    expect(datedOf(text)).toEqual([
      ['Văn phòng Đảng ủy', 'relative', '2030-01-07', 0],
      ['Văn phòng Đảng ủy', 'relative', '2030-02-11', 2],
    ])
  })
})
