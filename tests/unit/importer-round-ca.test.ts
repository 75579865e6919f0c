import { describe, expect, it } from 'vitest'
import { datedOf, timesOf } from '../helpers/importer-draft.js'

// Round ca of the importer's fixes (issue 11): each construct on a small input written here.

describe('a sentence giving the period of the plan over the lines of its sessions', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại trực tiếp giữa Chủ tịch UBND xã với Nhân dân 6 tháng cuối năm 2031',
    'I. THỜI GIAN, NỘI DUNG',
    '1. Thời gian, nội dung đối thoại',
    'Từ tháng 7 đến tháng 12 năm 2031, Chủ tịch UBND xã tổ chức 02 lần đối thoại với Nhân dân, mỗi lần một chuyên đề:',
    '- Lần thứ nhất, vào hồi 08 giờ 00 ngày 15 tháng 8 năm 2031, tại Hội trường UBND xã: đối thoại với các hộ kinh doanh về chợ xã.',
    '- Lần thứ hai, trong tháng 11 năm 2031, tại Nhà văn hóa thôn Đông: đối thoại với Nhân dân về giải phóng mặt bằng.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng UBND xã',
    '- Ban hành thông báo chậm nhất 05 ngày trước mỗi lần đối thoại.',
  ].join('\n')

  it('reads the two lines as the sessions, not the period as a third', () => {
    expect(timesOf(text)).toEqual([
      ['day', '2031-08-15', '2031-08-15'],
      ['month', '2031-11-01', '2031-11-30'],
    ])
  })

  it('binds the task to each of the two sessions only', () => {
    expect(datedOf(text).map((t) => [t[0], t[3]])).toEqual([
      ['Văn phòng UBND xã', 0],
      ['Văn phòng UBND xã', 1],
    ])
  })
})
