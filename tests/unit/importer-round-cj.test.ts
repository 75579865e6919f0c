import { describe, expect, it } from 'vitest'
import { sessionsOf } from '../helpers/importer-draft.js'

// Round CJ of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round CJ: a schedule whose lines label their theme', () => {
  it('"Tháng 3: ngày 19/3 (thứ Năm) – Chủ đề: …" takes the labelled theme, not the programme\'s name', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch "Ngày thứ Năm đối thoại" của Chủ tịch UBND tỉnh năm 2031',
      'I. LỊCH ĐỐI THOẠI',
      'Các buổi đối thoại bắt đầu từ 14 giờ 00, tại Hội trường UBND tỉnh.',
      'Tháng 3: ngày 20/3 (thứ Năm) – Chủ đề: Cấp giấy chứng nhận quyền sử dụng đất cho hộ gia đình, cá nhân.',
      '   Cơ quan chuẩn bị: Sở A.',
      'Tháng 4: ngày 17/4 (thứ Năm) – Chủ đề: Chính sách hỗ trợ doanh nghiệp nhỏ và vừa.',
      '   Cơ quan chuẩn bị: Sở B.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2031-03-20', '2031-03-20', 'Cấp giấy chứng nhận quyền sử dụng đất cho hộ gia đình, cá nhân'],
      ['day', '2031-04-17', '2031-04-17', 'Chính sách hỗ trợ doanh nghiệp nhỏ và vừa'],
    ])
  })
})
