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
    'a) Sau mỗi cuộc đối thoại, phối hợp với Văn phòng Huyện ủy dự thảo thông báo kết luận, trình ký ban ' +
      'hành trong thời hạn 05 ngày làm việc kể từ ngày kết thúc đối thoại.',
  ].join('\n')

  it('binds the obligation to every session, not to the one whose audience names an office', () => {
    expect(datedOf(text)).toEqual([
      ['Ban Dân vận Huyện ủy', 'relative', '2030-03-19', 0],
      ['Ban Dân vận Huyện ủy', 'relative', '2030-06-19', 1],
    ])
  })
})

describe('a table of work whose group rows each name the session their rows prepare', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức hội nghị đối thoại năm 2030',
    'I. NỘI DUNG, THỜI GIAN',
    '1. Hội nghị đối thoại với doanh nghiệp',
    '- Thời gian: ngày 20/6/2030.',
    '2. Hội nghị đối thoại với hộ dân vùng dự án',
    '- Thời gian: ngày 19/9/2030.',
    'II. PHÂN CÔNG NHIỆM VỤ',
    '| TT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |',
    '|---|---|---|---|---|',
    '| I | CHUẨN BỊ HỘI NGHỊ ĐỐI THOẠI VỚI DOANH NGHIỆP |  |  |  |',
    '| 1 | Phát hành giấy mời | Văn phòng Sở | Phòng Kế hoạch | Trước ngày tổ chức Hội nghị 03 ngày |',
    '| II | CHUẨN BỊ HỘI NGHỊ ĐỐI THOẠI VỚI HỘ DÂN VÙNG DỰ ÁN |  |  |  |',
    '| 2 | Thông báo thời gian, địa điểm Hội nghị | Phòng Kế hoạch | Văn phòng Sở | Chậm nhất 07 ngày trước ngày tổ chức Hội nghị |',
    '| III | CÔNG VIỆC CHUNG |  |  |  |',
    '| 3 | Dự thảo Thông báo kết luận | Văn phòng Sở | Phòng Kế hoạch | Trong thời hạn 05 ngày sau mỗi Hội nghị |',
  ].join('\n')

  it('binds a row counted from "the" conference to its group\'s session, one "after each" to every session', () => {
    expect(datedOf(text)).toEqual([
      ['Văn phòng Sở', 'relative', '2030-06-17', 0],
      ['Phòng Kế hoạch', 'relative', '2030-09-12', 1],
      ['Văn phòng Sở', 'relative', '2030-06-25', 0],
      ['Văn phòng Sở', 'relative', '2030-09-24', 1],
    ])
  })
})
