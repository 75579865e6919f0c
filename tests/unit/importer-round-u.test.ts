import { describe, expect, it } from 'vitest'
import { sessionsOf } from '../helpers/importer-draft.js'

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
