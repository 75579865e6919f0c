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

describe('a relative deadline in one clause of a body’s work, a session named by its rank in a later clause', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức hội nghị đối thoại với người nộp thuế năm 2030',
    'II. NỘI DUNG, THỜI GIAN',
    '1. Hội nghị đối thoại lần thứ nhất: đối thoại với doanh nghiệp về quyết toán thuế. Thời gian: ngày 20/6/2030.',
    '2. Hội nghị đối thoại lần thứ hai: đối thoại với hợp tác xã về hoàn thuế. Thời gian: ngày 19/9/2030.',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Tuyên truyền: xây dựng kịch bản, trình phê duyệt trước ngày tổ chức hội nghị ít nhất 15 ngày; ' +
      'đăng thông báo mời người nộp thuế; tổng hợp câu hỏi cho hội nghị lần thứ nhất, ' +
      'hoàn thành chậm nhất ngày 31/5/2030.',
  ].join('\n')

  it('counts the first clause from every session, the rank only narrowing the clause that names it', () => {
    expect(datedOf(text)).toEqual([
      ['Phòng Tuyên truyền', 'relative', '2030-06-05', 0],
      ['Phòng Tuyên truyền', 'relative', '2030-09-04', 1],
      ['Phòng Tuyên truyền', 'absolute', '2030-05-31', null],
    ])
  })
})
