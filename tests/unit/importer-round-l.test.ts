import { describe, expect, it } from 'vitest'
import { timesOf } from '../helpers/importer-draft.js'

// Round l of the importer's fixes (issue 11): each construct on a small input written here.

describe('a notice of reception days, one line a day naming who receives', () => {
  const text = [
    'THÔNG BÁO',
    'Lịch tiếp công dân định kỳ quý III năm 2026 của lãnh đạo huyện',
    'I. LỊCH TIẾP CÔNG DÂN',
    'Thời gian tiếp: buổi sáng, bắt đầu từ 07 giờ 30.',
    '1/. Tháng 7/2026:',
    '- Ngày 02/7/2026: Đồng chí Bí thư Huyện ủy tiếp công dân;',
    '- Ngày 09/7/2026: Đồng chí Chủ tịch UBND huyện tiếp công dân.',
    '* Ghi chú: Ngày 16/7/2026 Thường trực HĐND huyện không tiếp công dân. Lý do: dự kỳ họp HĐND tỉnh.',
    '2/. Tháng 8/2026:',
    '- Ngày 06/8/2026: Thường trực HĐND huyện tiếp công dân.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Ban Tiếp công dân huyện: Chuẩn bị hồ sơ, trình người chủ trì chậm nhất 02 ngày làm việc trước mỗi buổi tiếp công dân.',
    '2. Văn phòng HĐND và UBND huyện: Đăng tải Thông báo này trong ngày 25/6/2026.',
  ].join('\n')

  it('holds a session on each day but the one a note says is not held, the line above the note included', () => {
    expect(timesOf(text)).toEqual([
      ['day', '2026-07-02', '2026-07-02'],
      ['day', '2026-07-09', '2026-07-09'],
      ['day', '2026-08-06', '2026-08-06'],
    ])
  })
})
