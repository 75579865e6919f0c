import { describe, expect, it } from 'vitest'
import { datedByRuleOf, timesOf } from '../helpers/importer-draft.js'

// Round bf of the importer's fixes (issue 11): each construct on a small input written here.

describe('a session under a month heading whose day is to be announced', () => {
  const text = [
    'THÔNG BÁO',
    'lịch đối thoại của đồng chí Bí thư Huyện ủy 6 tháng cuối năm 2030',
    'I- LỊCH ĐỐI THOẠI',
    '1- Tháng 8-2030',
    '- 8 giờ 00, thứ Năm, ngày 15-8-2030: Đối thoại với Nhân dân xã An Hòa về giao thông nông thôn. Địa điểm: Hội trường xã An Hòa.',
    '2- Tháng 11-2030',
    '- Đối thoại với Nhân dân xã An Bình về nước sạch. Địa điểm: Hội trường xã An Bình. Thời gian cụ thể sẽ thông báo sau.',
    '3- Tháng 12-2030',
    '- Đối thoại với Nhân dân xã An Phú về đất đai: tạm hoãn, thời gian sẽ thông báo sau.',
    'II- TỔ CHỨC THỰC HIỆN',
    '1- Văn phòng Huyện ủy: Gửi giấy mời chậm nhất 05 ngày trước mỗi buổi đối thoại.',
  ].join('\n')

  it("keeps the heading's month, not an unscheduled session; one put off stays unscheduled", () => {
    expect(timesOf(text)).toEqual([
      ['day', '2030-08-15', '2030-08-15'],
      ['month', '2030-11-01', '2030-11-30'],
      ['unscheduled', null, null],
    ])
  })
})
