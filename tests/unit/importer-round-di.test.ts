import { describe, expect, it } from 'vitest'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Round di (issue 11): constructs of unseen plans, on small inputs written here.

describe("a message's remark giving the day of another meeting beside the dialogue", () => {
  const text = [
    'THÔNG BÁO',
    'V/v tổ chức đối thoại với các hộ dân có đất bị thu hồi',
    'Chủ tịch UBND xã tổ chức đối thoại với các hộ dân như sau:',
    '- Thời gian: 8h00 thứ Ba, ngày 14/5/2030',
    '- Địa điểm: Hội trường UBND xã',
    'Phân công:',
    '- Công chức Địa chính: chuẩn bị hồ sơ từng hộ.',
    '- Văn phòng: trang trí hội trường, ghi biên bản.',
    '',
    'Lưu ý: tuần sau (20/5) có họp giao ban Khối Dân vận, anh chị nào dự đối thoại thì vẫn đi họp bình thường.',
  ].join('\n')

  it('reads the one session announced, not the meeting the remark dates', () => {
    expect(sessionsOf(text).map(([precision, start]) => [precision, start])).toEqual([['day', '2030-05-14']])
  })
})

/** A paragraph hard-wrapped at a width, as text copied out of a PDF is. */
function wrapAt(width: number, paragraph: string): string[] {
  const lines: string[] = []
  for (const word of paragraph.split(' ')) {
    const last = lines.at(-1)
    if (last !== undefined && last.length + 1 + word.length <= width) {
      lines[lines.length - 1] = `${last} ${word}`
    } else {
      lines.push(word)
    }
  }
  return lines
}

describe('a numbered heading of a body closed by a note in brackets, in text wrapped at a width', () => {
  const text = [
    'KẾ HOẠCH',
    'Phối hợp tổ chức hội nghị đối thoại giữa Chủ tịch UBND phường với Nhân dân năm 2030',
    'I. MỤC ĐÍCH, YÊU CẦU',
    ...wrapAt(
      72,
      '- Phát huy quyền làm chủ của Nhân dân; tập hợp đầy đủ ý kiến, kiến nghị của cử tri và Nhân dân các ' +
        'khu phố gửi ' +
        'đến Chủ tịch UBND phường; việc tổ chức bảo đảm thiết thực, không phô trương, tiết kiệm, đúng quy định.',
    ),
    'II. NỘI DUNG',
    ...wrapAt(
      72,
      '1. Nội dung: Đối thoại giữa Chủ tịch UBND phường với Nhân dân các khu phố về chỉnh trang đô thị, an ninh ' +
        'trật tự và thực hiện chính sách an sinh xã hội trên địa bàn phường.',
    ),
    '2. Thời gian: 19 giờ 00, ngày 14/3/2030 (thứ Năm), tại Nhà văn hóa khu phố 1.',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Ban Công tác Mặt trận các khu phố',
    ...wrapAt(
      72,
      'Tổ chức lấy ý kiến, kiến nghị của Nhân dân; tổng hợp gửi về Ban Thường trực chậm nhất 05 ngày trước ngày ' +
        'đối thoại; vận động Nhân dân tham dự đúng thành phần.',
    ),
    '2. Phó Chủ tịch Ủy ban MTTQ Việt Nam phường (đ/c Nguyễn Thị Bình Minh)',
    ...wrapAt(
      72,
      'Giúp Ban Thường trực tổng hợp ý kiến, kiến nghị tại buổi đối thoại; xây dựng báo cáo kết quả, trình Ban ' +
        'Thường trực trước ngày 30/4/2030.',
    ),
  ].join('\n')

  it('keeps the heading apart from its paragraph, so the body owns the work below it', () => {
    expect(datedByRuleOf(text)).toEqual([
      ['Ban Công tác Mặt trận các khu phố', 'relative', '-5 days', 0],
      ['Phó Chủ tịch Ủy ban MTTQ Việt Nam phường', 'absolute', '2030-04-29', null],
    ])
  })
})

describe('a schedule table that names, beside each session, the body preparing it and the term of its report', () => {
  const text = [
    'KẾ HOẠCH',
    'tổ chức đối thoại của Bí thư Huyện ủy năm 2030',
    'Nội dung, thời gian, địa điểm, đơn vị chuẩn bị của từng hội nghị có Phụ lục kèm theo.',
    'Phụ lục',
    'LỊCH TỔ CHỨC ĐỐI THOẠI NĂM 2030',
    '| TT | Nội dung đối thoại | Thời gian | Địa điểm | Đơn vị chuẩn bị | Thời hạn gửi báo cáo |',
    '|---|---|---|---|---|---|',
    '| 1 | Đối thoại với Nhân dân xã An Hòa về giải phóng mặt bằng | 8h00, thứ Năm, 18/4/2030 | ' +
      'Hội trường UBND xã An Hòa | ' +
      'Đảng ủy xã An Hòa | Trước ngày 09/4/2030 |',
    '| 2 | Đối thoại với ngư dân các xã ven biển về khai thác hải sản | 8h00, thứ Năm, 12/9/2030 | ' +
      'Hội trường UBND xã Bình ' +
      'Minh | Đảng ủy các xã: Bình Minh và Tân Phú | Chậm nhất ngày 01/9/2030 |',
  ].join('\n')

  it("reads each row's session and each preparing body's report by its term", () => {
    expect(sessionsOf(text).map(([precision, start]) => [precision, start])).toEqual([
      ['day', '2030-04-18'],
      ['day', '2030-09-12'],
    ])
    expect(datedByRuleOf(text)).toEqual([
      ['Đảng ủy xã An Hòa', 'absolute', '2030-04-08', null],
      ['Đảng ủy xã Bình Minh', 'absolute', '2030-09-01', null],
      ['Đảng ủy xã Tân Phú', 'absolute', '2030-09-01', null],
    ])
  })
})
