import { describe, expect, it } from 'vitest'
import { findDeadlines } from '../../src/services/deadlines/parse.js'
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
      '1.2. Đơn của ông Nguyễn Văn A, ấp Bình Đông, về việc cấp giấy chứng nhận: Thanh tra huyện xem xét, ' +
        'giải quyết trong thời hạn 20 ngày kể từ ngày ký Kế hoạch này.',
      '1.3. Kiến nghị về đèn chiếu sáng: tiếp tục theo dõi.',
    ].join('\n')
    expect(datedOf(text)).toEqual([
      ['Phòng Kinh tế và Hạ tầng', 'absolute', '2031-06-14', null],
      ['Thanh tra huyện', 'absolute', '2031-05-30', null],
    ])
  })
})

describe('a task written as fields ("- Cơ quan chủ trì: …" / "- Cơ quan phối hợp: …" / "- Thời gian hoàn thành: …")', () => {
  it('gives the deadline to the body after "chủ trì", not to "Cơ quan" nor to the partners', () => {
    const text = [
      'KẾ HOẠCH',
      'Thực hiện Thông báo kết luận tại hội nghị đối thoại với Nhân dân xã Tân Hòa',
      'Tân Hòa, ngày 10 tháng 5 năm 2031',
      'II. NHIỆM VỤ CỤ THỂ',
      '1. Kiến nghị về cấp giấy chứng nhận quyền sử dụng đất ấp Bình An:',
      '- Cơ quan chủ trì: Phòng Tài nguyên và Môi trường.',
      '- Cơ quan phối hợp: UBND xã Tân Hòa.',
      '- Thời gian hoàn thành: trước ngày 20/6/2031.',
      '2. Kiến nghị về ô nhiễm từ lò gạch ấp Bình Đông:',
      '- Đơn vị chủ trì: Công an huyện.',
      '- Nội dung: kiểm tra, xử lý vi phạm; báo cáo kết quả về UBND huyện chậm nhất ngày 30/6/2031.',
      '3. Kiến nghị về đèn chiếu sáng:',
      '- Cơ quan chủ trì: Phòng Kinh tế và Hạ tầng.',
      '- Cơ quan phối hợp: UBND xã Tân Hòa.',
    ].join('\n')
    expect(datedOf(text)).toEqual([
      ['Phòng Tài nguyên và Môi trường', 'absolute', '2031-06-19', null],
      ['Công an huyện', 'absolute', '2031-06-30', null],
    ])
  })
})

describe('a completion label, the work, then "trong" a period ("Thời gian hoàn thành: lập hồ sơ … trong quý I/2032")', () => {
  const due = (text: string) =>
    findDeadlines(text, { defaultYear: 2031, documentDate: '2031-10-01' }).found.map((f) =>
      f.rule.kind === 'absolute' ? f.rule.date : f.rule.kind,
    )
  it('ends on the last day of the period, as "hoàn thành … trong" does', () => {
    expect(due('Thời gian hoàn thành: lập hồ sơ, đề nghị hỗ trợ trong quý I/2032.')).toEqual(['2032-03-31'])
    expect(due('Thời hạn: rà soát, báo cáo trong tháng 12/2031.')).toEqual(['2031-12-31'])
  })
  it('reads no deadline from a month named without "trong" after the work, nor across a sentence', () => {
    expect(due('Thời hạn: sơ kết tháng 6/2031.')).toEqual([])
    expect(due('Thời gian hoàn thành: kịp thời. Các hộ đã kê khai trong tháng 6/2031.')).toEqual([])
  })
})
