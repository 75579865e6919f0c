import { describe, expect, it } from 'vitest'
import { datedOf } from '../helpers/importer-draft.js'

// Round dk of the importer's fixes (issue 11): each construct on a small input written here.

describe('bodies a chat message abbreviates: "P." for Phòng, "BQL" for Ban quản lý', () => {
  const text = [
    'Thứ Hai, 03/06/2030',
    '[09:00] Chánh Văn phòng:',
    'Chủ tịch UBND quận sẽ đối thoại với tiểu thương chợ Bắc vào lúc 14 giờ 00 thứ Tư (ngày 12/6) tại Hội trường UBND quận.',
    'Phân công cụ thể:',
    '- P.Tư pháp: gửi dự thảo phương án trước 16h thứ Hai (10/6) qua mail.',
    '- BQL chợ Bắc: gửi danh sách tiểu thương phát biểu chậm nhất ngày 11/6.',
  ].join('\n')

  it('reads each abbreviated body as the lead of its line, with the day of its line', () => {
    expect(datedOf(text)).toEqual([
      ['P.Tư pháp', 'absolute', '2030-06-10', null],
      ['BQL chợ Bắc', 'absolute', '2030-06-11', null],
    ])
  })
})

describe('an invitation assigning work to the firms it invites, and a closing paragraph naming its own body', () => {
  const text = [
    'GIẤY MỜI',
    'Dự Hội nghị đối thoại với doanh nghiệp năm 2030',
    'Thời gian: 08 giờ 00, thứ Tư, ngày 17/4/2030.',
    'Địa điểm: Hội trường Ban Quản lý.',
    'Để chuẩn bị hội nghị, Ban Quản lý đề nghị và phân công như sau:',
    '1. Các doanh nghiệp được mời: gửi câu hỏi, kiến nghị (nếu có) chậm nhất ngày 10/4/2030.',
    '2. Phòng Quản lý doanh nghiệp: báo cáo tình hình sử dụng lao động, gửi Văn phòng Ban trong ngày 11/4/2030.',
    'Sau hội nghị, Văn phòng Ban dự thảo văn bản trả lời các kiến nghị trong thời hạn 10 ngày kể từ ngày kết thúc hội nghị.',
  ].join('\n')

  it('gives the invited firms their day, and the work after the list to the body the paragraph names', () => {
    expect(datedOf(text)).toEqual([
      ['Các doanh nghiệp được mời', 'absolute', '2030-04-10', null],
      ['Phòng Quản lý doanh nghiệp', 'absolute', '2030-04-11', null],
      ['Văn phòng Ban', 'relative', '2030-04-29', 0],
    ])
  })
})
