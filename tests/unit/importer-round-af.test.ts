import { describe, expect, it } from 'vitest'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Round AF of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round AF: a numbered dialogue whose time label says "cùng ngày"', () => {
  it('"Thời gian: bắt đầu từ 14 giờ 00 cùng ngày." is the day of the item before, at its own hour', () => {
    const text = [
      'THÔNG BÁO',
      'Về việc tổ chức đối thoại với người khiếu nại',
      'Chủ tịch UBND huyện thông báo tổ chức đối thoại như sau:',
      '1. Đối thoại với ông Nguyễn Văn A, xã B, khiếu nại việc thu hồi đất.',
      'Thời gian: 08 giờ 00, thứ Tư, ngày 12 tháng 5 năm 2032.',
      '2. Đối thoại với bà Trần Thị C, xã D, khiếu nại việc bồi thường.',
      'Thời gian: bắt đầu từ 14 giờ 00 phút cùng ngày.',
      'Địa điểm: Phòng họp UBND huyện.',
    ].join('\n')
    const plan = sessionsOf(text)
    expect(plan.map((s) => s.slice(0, 3))).toEqual([
      ['day', '2032-05-12', '2032-05-12'],
      ['day', '2032-05-12', '2032-05-12'],
    ])
  })
})

describe('round AF: a table copied one cell a line whose time cell is a day and, under it, its hour', () => {
  it('"Thứ Hai, 05/7/2032" / "Từ 8 giờ 00" is one cell: every row keeps its columns', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tiếp công dân và đối thoại quý III năm 2032',
      'I. LỊCH TIẾP CÔNG DÂN, ĐỐI THOẠI',
      'STT',
      'Thời gian',
      'Nội dung',
      'Địa điểm',
      'Đơn vị chuẩn bị',
      '1',
      'Thứ Hai, 05/7/2032',
      'Từ 8 giờ 00',
      'Tiếp công dân định kỳ',
      'Trụ sở Tiếp công dân huyện',
      'Ban Tiếp công dân huyện',
      '2',
      'Thứ Ba, 13/7/2032',
      'Từ 14 giờ 00',
      'Đối thoại với các hộ dân xã A về bồi thường dự án đường huyện',
      'Hội trường UBND xã A',
      'Thanh tra huyện',
      '3',
      'Thứ Năm, 05/8/2032',
      'Từ 8 giờ 00',
      'Tiếp công dân định kỳ',
      'Trụ sở Tiếp công dân huyện',
      'Ban Tiếp công dân huyện',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Thanh tra huyện',
      'Chuẩn bị hồ sơ vụ việc, báo cáo Chủ tịch UBND huyện trước ngày 01/7/2032.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2032-07-05', '2032-07-05', 'Tiếp công dân định kỳ'],
      ['day', '2032-07-13', '2032-07-13', 'Đối thoại với các hộ dân xã A về bồi thường dự án đường huyện'],
      ['day', '2032-08-05', '2032-08-05', 'Tiếp công dân định kỳ'],
    ])
  })
})

describe('round AF: "Ban Tiếp công dân" is an office, not a place', () => {
  it('its "chậm nhất 05 ngày trước ngày tiếp công dân, đối thoại" counts from every session, not the receptions alone', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tiếp công dân và đối thoại quý III năm 2032',
      'I. LỊCH TIẾP CÔNG DÂN, ĐỐI THOẠI',
      '1. Tiếp công dân định kỳ',
      '- Thời gian: 08 giờ 00 ngày 05/7/2032.',
      '- Địa điểm: Trụ sở Tiếp công dân huyện.',
      '2. Đối thoại với các hộ dân xã A về bồi thường dự án đường huyện',
      '- Thời gian: 14 giờ 00 ngày 13/7/2032.',
      '- Địa điểm: Hội trường UBND xã A.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Ban Tiếp công dân huyện',
      'Thông báo, mời công dân có liên quan tham dự chậm nhất 05 ngày trước ngày tiếp công dân, đối thoại.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Ban Tiếp công dân huyện', 'relative', '-5 days', 0],
      ['Ban Tiếp công dân huyện', 'relative', '-5 days', 1],
    ])
  })
})

describe('round AF: a heading that gives the quarter over one paragraph that gives the day', () => {
  it('"2. Đối thoại trong quý II/2032" / "14 giờ 00, thứ Ba, ngày 18/5/2032, tại …: Chủ tịch … đối thoại với …" is that day', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tiếp công dân định kỳ quý II năm 2032',
      '1. Lịch tiếp công dân định kỳ',
      'Chủ tịch UBND xã tiếp công dân định kỳ vào ngày 10 hằng tháng tại Trụ sở UBND xã.',
      '2. Đối thoại trong quý II/2032',
      '14 giờ 00, thứ Ba, ngày 18/5/2032, tại Hội trường UBND xã: Chủ tịch UBND xã đối thoại ' +
        'với các hộ kinh doanh chợ A về sắp xếp quầy hàng.',
    ].join('\n')
    expect(sessionsOf(text).at(-1)).toEqual([
      'day',
      '2032-05-18',
      '2032-05-18',
      'Chủ tịch UBND xã đối thoại với các hộ kinh doanh chợ A về sắp xếp quầy hàng',
    ])
  })
})
