import { describe, expect, it } from 'vitest'
import { datedOf, sessionsOf } from '../helpers/importer-draft.js'

// Round u of the importer's fixes (issue 11): each construct on a small input written here.

describe('schedule lines that give their time and place first and say with whom last', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại với ngư dân trên địa bàn huyện',
    'I. MỤC ĐÍCH, YÊU CẦU',
    'Lắng nghe ý kiến của ngư dân.',
    'II. ĐỐI TƯỢNG, THỜI GIAN, ĐỊA ĐIỂM',
    '1. Thành phần: Chủ tịch UBND huyện chủ trì; chủ tàu, thuyền trưởng.',
    '2. Thời gian, địa điểm: Tổ chức 02 buổi, cụ thể:',
    '+ Buổi thứ nhất: 07 giờ 30 ngày 11/10/2030 (thứ Sáu), tại Hội trường UBND xã An Hải, đối thoại với chủ tàu, ngư dân các xã An Hải, An Phú.',
    '+ Buổi thứ hai: 14 giờ 00 ngày 14/10/2030 (thứ Hai), tại Hội trường UBND thị trấn, đối thoại với chủ tàu, ngư dân thị trấn và xã Bình Lợi.',
  ].join('\n')

  it('takes each line’s dialogue as its topic, not the part’s title', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2030-10-11', '2030-10-11', 'Đối thoại với chủ tàu, ngư dân các xã An Hải, An Phú'],
      ['day', '2030-10-14', '2030-10-14', 'Đối thoại với chủ tàu, ngư dân thị trấn và xã Bình Lợi'],
    ])
  })
})

describe('an office-holder of several bodies of one kind listed after a colon, the work after the list', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại với Nhân dân huyện năm 2030',
    'I. THỜI GIAN',
    'Hội nghị đối thoại với Nhân dân huyện An Phú: 8 giờ 00 ngày 15/8/2030.',
    'II. TỔ CHỨC THỰC HIỆN',
    'a) Giám đốc các Sở: Tài nguyên và Môi trường, Xây dựng chuẩn bị nội dung trả lời, gửi Văn phòng UBND tỉnh chậm nhất là ngày 05/8/2030.',
  ].join('\n')

  it('gives the office of each body its own task', () => {
    expect(datedOf(text)).toEqual([
      ['Giám đốc Sở Tài nguyên và Môi trường', 'absolute', '2030-08-05', null],
      ['Giám đốc Sở Xây dựng', 'absolute', '2030-08-05', null],
    ])
  })
})
