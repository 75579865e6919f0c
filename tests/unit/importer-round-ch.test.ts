import { describe, expect, it } from 'vitest'
import { datedOf } from '../helpers/importer-draft.js'

// Round ch (issue 11): constructs of plans measured unseen, each on a small input written here.

describe('a monthly report whose recurrence is said first', () => {
  it('"Hằng tháng, kể từ tháng 9/2031, báo cáo … trước ngày 25" is due on the 24th of each month from September', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức hội nghị đối thoại với Nhân dân năm 2031',
      '',
      'I. TỔ CHỨC THỰC HIỆN',
      '1. Ủy ban nhân dân huyện A',
      'a) Chuẩn bị hội trường, bảo đảm an ninh trật tự tại nơi tổ chức.',
      'b) Hằng tháng, kể từ tháng 9/2031, báo cáo tiến độ giải quyết các kiến nghị gửi Văn phòng UBND tỉnh trước ngày 25.',
      '2. Sở Tài chính',
      'Định kỳ hằng tháng, báo cáo tình hình giải ngân chậm nhất ngày 20; không tự ý điều chỉnh dự toán trước ngày 10/9/2031.',
    ].join('\n')
    expect(datedOf(text)).toEqual([
      ['Ủy ban nhân dân huyện A', 'periodic', '2031-09-24', null],
      ['Sở Tài chính', 'periodic', expect.any(String), null],
      ['Sở Tài chính', 'absolute', '2031-09-09', null],
    ])
  })
})

describe('a body of each unit a list names after its kind', () => {
  it('"Ban Thường vụ Đoàn các trường: Đại học A, Đại học B" is one body per school; "- Riêng Đoàn Trường Đại học A …" that one', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức Chương trình "Thanh niên đối thoại với Chủ tịch UBND tỉnh" năm 2031',
      '',
      'I. TỔ CHỨC THỰC HIỆN',
      '1. Ban Thường vụ Đoàn các trường: Đại học Hải Đông, Đại học Sông Xanh',
      '- Lựa chọn sinh viên tiêu biểu tham dự, gửi danh sách về Tỉnh Đoàn trước ngày 15/3/2031.',
      '- Riêng Đoàn Trường Đại học Hải Đông phối hợp với Văn phòng Tỉnh Đoàn chuẩn bị hội ' +
        'trường, hoàn thành trước 17 giờ 00 ngày 21/3/2031.',
      '2. Ban cán sự đảng Ủy ban nhân dân thị xã lãnh đạo Ủy ban nhân dân thị xã chỉ đạo các phòng: ' +
        'Kinh tế, Tài chính - Kế hoạch báo cáo trước ngày 12/4/2031.',
    ].join('\n')
    expect(datedOf(text)).toEqual([
      ['Ban Thường vụ Đoàn Trường Đại học Hải Đông', 'absolute', '2031-03-14', null],
      ['Ban Thường vụ Đoàn Trường Đại học Sông Xanh', 'absolute', '2031-03-14', null],
      ['Ban Thường vụ Đoàn Trường Đại học Hải Đông', 'absolute', '2031-03-21', null],
      // (A sentence before the kind, its verbs naming whom it directs, is no unit of each: the body is its subject.)
      ['Ban cán sự đảng Ủy ban nhân dân thị xã', 'absolute', '2031-04-11', null],
    ])
  })
})

describe('the bodies of a message in running text', () => {
  it('"Để kịp …, các Sở: A, B gửi …", "Riêng Sở A … gửi trước …", "Nhờ Sở C chủ trì, … gửi … chậm nhất …": each its work', () => {
    const text = [
      'Kính gửi:',
      '- Sở Tài chính;',
      '- Sở Công Thương;',
      '- Sở Xây dựng.',
      '',
      'Văn phòng UBND tỉnh kính đề nghị quý cơ quan chuẩn bị nội dung phục vụ buổi đối thoại, cụ thể như sau:',
      '',
      'Buổi đối thoại với doanh nghiệp về tiêu thụ nông sản tổ chức lúc 14 giờ 00, ngày 26/3/2031 tại Hội trường UBND tỉnh. ' +
        'Để kịp tổng hợp trình lãnh đạo, các Sở: Tài chính, Công Thương gửi báo cáo về Phòng Tổng hợp trước 10 giờ 00 ngày ' +
        '20/3/2031. Riêng Sở Tài chính phối hợp với Hiệp hội Doanh nghiệp tỉnh tổng hợp câu hỏi của doanh nghiệp, gửi trước ' +
        'ngày 18/3/2031 để Văn phòng phân loại. Nhờ Sở Xây dựng chủ trì, phối hợp các sở báo cáo tình hình, gửi Văn phòng ' +
        'chậm nhất ngày 22/3/2031.',
    ].join('\n')
    expect(datedOf(text)).toEqual([
      ['Sở Tài chính', 'absolute', '2031-03-20', null],
      ['Sở Công Thương', 'absolute', '2031-03-20', null],
      ['Sở Tài chính', 'absolute', '2031-03-17', null],
      ['Sở Xây dựng', 'absolute', '2031-03-22', null],
    ])
  })
})
