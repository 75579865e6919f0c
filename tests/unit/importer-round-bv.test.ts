import { describe, expect, it } from 'vitest'
import { readPlan } from '../../src/importer/read-plan.js'

// Round bv (issue 11): constructs of plans measured unseen, each on a small input written here.

const sessionsOf = (text: string) => readPlan(text).sessions.map((s) => [s.topic, s.time.precision, s.time.start, s.time.end])

describe('a mail listing its sessions as blocks of tab-separated labels and values', () => {
  const blocks = [
    'Kính gửi: các đơn vị.',
    '',
    'Văn phòng UBND huyện gửi lịch đối thoại quý II/2031.',
    '',
    '=== BUỔI 1 ===',
    'Nội dung\tĐối thoại với Nhân dân xã Một về giải phóng mặt bằng',
    'Thời gian\t8h00, thứ Năm, ngày 10/4/2031',
    'Địa điểm\tHội trường UBND xã Một',
    'Đơn vị chuẩn bị\tUBND xã Một',
    '',
    '=== BUỔI 2 ===',
    'Nội dung\tĐối thoại với Nhân dân xã Hai về nước sạch',
    'Thời gian\tCuối tháng 5/2031; ngày cụ thể báo sau',
    'Địa điểm\tHội trường UBND xã Hai',
    '',
  ]

  it('"BUỔI 2" between the blocks heads the next block, not a group title of one table', () => {
    expect(sessionsOf(blocks.join('\n'))).toEqual([
      ['Đối thoại với Nhân dân xã Một về giải phóng mặt bằng', 'day', '2031-04-10', '2031-04-10'],
      ['Đối thoại với Nhân dân xã Hai về nước sạch', 'month', '2031-05-01', '2031-05-31'],
    ])
  })

  it('"Chương trình chung mỗi buổi:" over the hours after the blocks is no title of the document', () => {
    const text = [
      ...blocks,
      'Chương trình chung mỗi buổi (dự kiến):',
      '7h30 – 8h00\tĐón tiếp đại biểu',
      '8h00 – 8h10\tTuyên bố lý do',
      '8h10 – 11h00\tNhân dân phát biểu',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['Đối thoại với Nhân dân xã Một về giải phóng mặt bằng', 'day', '2031-04-10', '2031-04-10'],
      ['Đối thoại với Nhân dân xã Hai về nước sạch', 'month', '2031-05-01', '2031-05-31'],
    ])
  })
})
