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

describe("the date of a citizen's letter in a table of a notice of conclusions, one cell a line", () => {
  const text = [
    'THÔNG BÁO',
    'Kết luận của Chủ tịch UBND huyện tại buổi đối thoại với các hộ dân xã An Phú',
    '',
    'Chủ tịch UBND huyện kết luận như sau:',
    '',
    '1. Đối với các kiến nghị cụ thể:',
    '',
    'TT',
    'Hộ dân / địa chỉ',
    'Nội dung kiến nghị',
    'Ý kiến giải quyết',
    '1',
    'Ông Nguyễn Văn A, thôn 2, xã An Phú (đơn đề ngày 10/02/2032)',
    'Đề nghị bồi thường đất vườn theo giá đất ở',
    'Phòng Tài nguyên và Môi trường rà soát nguồn gốc đất',
    '2',
    'Bà Trần Thị B, thôn 4, xã An Phú (đơn ghi ngày 02/3/2032)',
    'Đề nghị hỗ trợ di dời quầy hàng',
    'Trung tâm Phát triển quỹ đất huyện lập phương án hỗ trợ',
    '',
    '2. Đối với 05 hộ chưa thống nhất phương án, Chủ tịch UBND huyện sẽ tổ chức đối thoại lần hai vào ' +
      'lúc 14 giờ 00 ngày 20/4/2032 (thứ Ba) tại Hội trường UBND huyện.',
  ].join('\n')

  it('reads no session on the days the letters were written, only the second dialogue', () => {
    expect(timesOf(text)).toEqual([['day', '2032-04-20', '2032-04-20']])
  })
})
