import { describe, expect, it } from 'vitest'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Round cq of the importer's fixes (issue 11): each construct on a small input written here.

describe('sessions whose fields are dashed labels with a tab before the value, as Word copies them', () => {
  const text = [
    'KẾ HOẠCH',
    'Đối thoại giữa Bí thư Đảng ủy xã với Nhân dân năm 2030',
    'I. NỘI DUNG, THỜI GIAN ĐỐI THOẠI',
    '\t1- Quý I/2030 (dự kiến tháng 2/2030)',
    '\t- Nội dung:\tĐối thoại với Nhân dân thôn Đông về nước sạch nông thôn.',
    '\t- Địa điểm:\tNhà văn hóa thôn Đông.',
    '\t2- Quý III/2030 (dự kiến)',
    '\t- Nội dung:\tĐối thoại với hội viên nông dân về chuyển đổi cây trồng.',
    '\t- Địa điểm:\tHội trường Đảng ủy xã.',
    'II. TỔ CHỨC THỰC HIỆN',
    '\t1- Văn phòng Đảng ủy xã',
    '\t- Dự thảo thông báo kết luận, trình ban hành trong vòng 05 ngày làm việc sau buổi đối thoại.',
  ].join('\n')

  it('reads each "- Nội dung:" row as the topic of the session its heading dates', () => {
    expect(sessionsOf(text)).toEqual([
      ['month', '2030-02-01', '2030-02-28', 'Đối thoại với Nhân dân thôn Đông về nước sạch nông thôn'],
      ['quarter', '2030-07-01', '2030-09-30', 'Đối thoại với hội viên nông dân về chuyển đổi cây trồng'],
    ])
  })

  it('binds the work after each session to every session', () => {
    expect(datedByRuleOf(text)).toEqual([
      ['Văn phòng Đảng ủy xã', 'relative', '5 working_days', 0],
      ['Văn phòng Đảng ủy xã', 'relative', '5 working_days', 1],
    ])
  })
})
