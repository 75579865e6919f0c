import { describe, expect, it } from 'vitest'
import { sessionsOf, timesOf } from '../helpers/importer-draft.js'

// Round bl (issue 11): constructs of plans measured unseen, each on a small input written here.

describe('a schedule table copied one cell a line, a note saying why a day moved', () => {
  it('"Ngày 15/3 trùng Chủ nhật" in the notes column is the day left, not a session', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tiếp công dân định kỳ của Chủ tịch UBND huyện 6 tháng đầu năm 2030',
      '',
      '1. Thời gian tiếp công dân',
      'Tháng',
      'Thứ, ngày',
      'Người chủ trì',
      'Ghi chú',
      '02/2030',
      'Thứ Sáu, 15/02/2030',
      'Chủ tịch UBND huyện',
      '',
      '03/2030',
      'Thứ Hai, 17/3/2030',
      'Chủ tịch UBND huyện',
      'Ngày 15/3 trùng thứ Bảy',
      '04/2030',
      'Thứ Hai, 15/4/2030',
      'Chủ tịch UBND huyện',
      '',
    ].join('\n')
    expect(timesOf(text)).toEqual([
      ['day', '2030-02-15', '2030-02-15'],
      ['day', '2030-03-17', '2030-03-17'],
      ['day', '2030-04-15', '2030-04-15'],
    ])
  })
})

describe('an adjustment plan whose headings say how each session moves', () => {
  it('"Lùi thời gian Hội nghị đối thoại thứ hai (…)" is the session in brackets, as "Điều chỉnh thời gian …" is', () => {
    const text = [
      'KẾ HOẠCH',
      'Điều chỉnh Kế hoạch tổ chức hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân năm 2030',
      '',
      'I. NỘI DUNG ĐIỀU CHỈNH',
      '1. Điều chỉnh thời gian Hội nghị đối thoại thứ nhất (Đối thoại với Nhân dân về cấp giấy chứng nhận quyền sử dụng đất)',
      '- Thời gian theo Kế hoạch: ngày 20/3/2030.',
      '- Thời gian điều chỉnh: 8 giờ 00, ngày 10/4/2030.',
      '2. Lùi thời gian Hội nghị đối thoại thứ hai (Đối thoại với thanh niên về việc làm và học nghề)',
      '- Thời gian theo Kế hoạch: tháng 5/2030.',
      '- Thời gian điều chỉnh: quý IV/2030 (thời gian cụ thể sẽ thông báo sau).',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2030-04-10', '2030-04-10', 'Đối thoại với Nhân dân về cấp giấy chứng nhận quyền sử dụng đất'],
      ['quarter', '2030-10-01', '2030-12-31', 'Đối thoại với thanh niên về việc làm và học nghề'],
    ])
  })
})

describe('a notice of conclusions opening with the plan it carried out and the day it was held', () => {
  it('"Kế hoạch số … ngày 20/6/2030 của Sở, ngày 12/8/2030 (thứ Hai), tại …" gives the day after the plan’s date', () => {
    const text = [
      'THÔNG BÁO',
      'Kết luận của Giám đốc Sở tại Hội nghị đối thoại với công chức, viên chức năm 2030',
      '',
      'Thực hiện Kế hoạch số 12/KH-SXD ngày 20/6/2030 của Sở Xây dựng, ngày 12/8/2030 (thứ Hai), tại Hội trường Sở, đồng chí Giám đốc Sở đã chủ trì Hội nghị đối thoại với công chức, viên chức năm 2030.',
      '',
      'Giám đốc Sở kết luận như sau:',
      '1. Văn phòng Sở đăng tải Thông báo này trong ngày 15/8/2030.',
    ].join('\n')
    expect(timesOf(text)).toEqual([['day', '2030-08-12', '2030-08-12']])
  })
})
