import { describe, expect, it } from 'vitest'
import { datedOf } from '../helpers/importer-draft.js'

// Round au of the importer's fixes (issue 11): each construct on a small input written here.

describe('an item naming the matter, then a colon and the body that answers it', () => {
  it('reads the body after the colon as the lead of a dated sentence', () => {
    const text = [
      'KẾ HOẠCH',
      'Thực hiện Thông báo kết luận của Chủ tịch UBND huyện tại hội nghị đối thoại với Nhân dân xã Tân Hòa',
      'Tân Hòa, ngày 10 tháng 5 năm 2031',
      'II. NHIỆM VỤ CỤ THỂ',
      '1. Nhóm kiến nghị về giao thông',
      '1.1. Kiến nghị sửa chữa cầu dân sinh ấp Bình An: Phòng Kinh tế và Hạ tầng khảo sát, báo cáo UBND huyện trước ngày 15/6/2031.',
      '1.2. Đơn của ông Nguyễn Văn A, ấp Bình Đông, về việc cấp giấy chứng nhận: Thanh tra huyện xem xét, giải quyết trong thời hạn 20 ngày kể từ ngày ký Kế hoạch này.',
      '1.3. Kiến nghị về đèn chiếu sáng: tiếp tục theo dõi.',
    ].join('\n')
    expect(datedOf(text)).toEqual([
      ['Phòng Kinh tế và Hạ tầng', 'absolute', '2031-06-14', null],
      ['Thanh tra huyện', 'absolute', '2031-05-30', null],
    ])
  })
})
