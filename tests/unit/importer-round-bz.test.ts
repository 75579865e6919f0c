import { describe, expect, it } from 'vitest'
import { datedOf } from '../helpers/importer-draft.js'

// Round bz of the importer's fixes (issue 11): each construct on a small input written here.

describe('"Sau mỗi cuộc đối thoại, phối hợp với X …": the partner of the work is no one a session is held with', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại giữa người đứng đầu cấp ủy với Nhân dân năm 2030',
    'I. NỘI DUNG, THỜI GIAN',
    '1. Đối thoại với Nhân dân xã An Hòa về bồi thường giải phóng mặt bằng',
    '- Thời gian: ngày 12/3/2030.',
    '2. Đối thoại với hội viên nông dân xã An Bình về nông thôn mới',
    '- Thành phần: lãnh đạo Văn phòng Điều phối nông thôn mới huyện; hội viên nông dân.',
    '- Thời gian: ngày 12/6/2030.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Ban Dân vận Huyện ủy',
    'a) Sau mỗi cuộc đối thoại, phối hợp với Văn phòng Huyện ủy dự thảo thông báo kết luận, trình ký ban hành trong thời hạn 05 ngày làm việc kể từ ngày kết thúc đối thoại.',
  ].join('\n')

  it('binds the obligation to every session, not to the one whose audience names an office', () => {
    expect(datedOf(text)).toEqual([
      ['Ban Dân vận Huyện ủy', 'relative', '2030-03-19', 0],
      ['Ban Dân vận Huyện ủy', 'relative', '2030-06-19', 1],
    ])
  })
})
