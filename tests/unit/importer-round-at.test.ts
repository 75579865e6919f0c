import { describe, expect, it } from 'vitest'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Round AT of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe("round AT: the workers' assembly is no dialogue", () => {
  it('"trước ngày tổ chức mỗi kỳ đối thoại định kỳ": the quarterly dialogues, not the assembly held beside them', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại tại nơi làm việc và Hội nghị người lao động năm 2033',
      'I. NỘI DUNG VÀ THỜI GIAN',
      '1. Hội nghị người lao động năm 2033',
      '- Nội dung: thông qua kết quả sản xuất năm 2032.',
      '- Thời gian: ngày 20/01/2033.',
      '2. Đối thoại định kỳ tại nơi làm việc',
      '| Kỳ | Thời gian | Nội dung |',
      '|---|---|---|',
      '| Quý I | Tháng 3/2033 | Chế độ làm ca đêm |',
      '| Quý II | Tháng 6/2033 | Trang bị bảo hộ lao động |',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Công đoàn Công ty',
      '+ Tổng hợp ý kiến người lao động, gửi Giám đốc chậm nhất 05 ngày làm việc trước ngày tổ chức mỗi kỳ đối thoại định kỳ.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Công đoàn Công ty', 'relative', '-5 working_days', 1],
      ['Công đoàn Công ty', 'relative', '-5 working_days', 2],
    ])
  })
})

describe('round AT: a party cell committee over numbered places, each bound to the session held there', () => {
  it('"Chi ủy Chi bộ các khu phố 3, 8 và 14: … trước buổi đối thoại tại khu phố mình": three bodies, one session each', () => {
    const text = [
      'KẾ HOẠCH',
      'Đối thoại trực tiếp với Nhân dân năm 2033',
      '1- Nội dung, thời gian',
      '1.1- Đối thoại tại khu dân cư: Năm 2033, đồng chí Bí thư trực tiếp đối thoại với Nhân dân tại khu phố 3, ' +
        'khu phố 8 và khu phố 14, lần lượt vào các ngày 12/4, 10/5 và 14/6/2033.',
      '1.2- Đối thoại với hộ kinh doanh về vỉa hè: dự kiến trong tháng 9/2033.',
      '2- Tổ chức thực hiện',
      '2.1- Chi ủy Chi bộ các khu phố 3, 8 và 14: Tổng hợp ý kiến của Nhân dân, gửi về Văn phòng Đảng ủy ' +
        'chậm nhất 03 ngày làm việc trước buổi đối thoại tại khu phố mình.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Chi ủy Chi bộ khu phố 3', 'relative', '-3 working_days', 0],
      ['Chi ủy Chi bộ khu phố 8', 'relative', '-3 working_days', 1],
      ['Chi ủy Chi bộ khu phố 14', 'relative', '-3 working_days', 2],
    ])
  })
})

describe('round AT: a day heading over half-days, each hour in brackets', () => {
  it('"1. Ngày 22/5 (thứ Ba):" over "- Buổi sáng (từ 08 giờ 00): Đối thoại …" and "- Buổi chiều (từ 14 giờ 00): …": two sessions', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch đối thoại với người nộp thuế năm 2033',
      'II. THỜI GIAN, ĐỊA ĐIỂM',
      '1. Ngày 22/5/2033 (thứ Ba):',
      '- Buổi sáng (từ 08 giờ 00): Đối thoại với các doanh nghiệp do Văn phòng Cục Thuế quản lý. Địa điểm: Hội trường Cục Thuế.',
      '- Buổi chiều (từ 14 giờ 00): Đối thoại với hộ kinh doanh do Chi cục Thuế thành phố quản lý. Địa điểm: Hội trường Cục Thuế.',
      '2. Ngày 24/5/2033 (thứ Năm), từ 08 giờ 00: Đối thoại với doanh nghiệp do Chi cục Thuế huyện Tân Sơn quản lý.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2033-05-22', '2033-05-22', 'Đối thoại với các doanh nghiệp do Văn phòng Cục Thuế quản lý'],
      ['day', '2033-05-22', '2033-05-22', 'Đối thoại với hộ kinh doanh do Chi cục Thuế thành phố quản lý'],
      ['day', '2033-05-24', '2033-05-24', 'Đối thoại với doanh nghiệp do Chi cục Thuế huyện Tân Sơn quản lý'],
    ])
  })
})
