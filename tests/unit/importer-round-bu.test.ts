import { describe, expect, it } from 'vitest'
import { foldUnits } from '../../src/importer/bodies.js'
import { readPlan } from '../../src/importer/read-plan.js'
import { datedOf, sessionsOf } from '../helpers/importer-draft.js'

// Round bu (issue 11): small inputs written here, none taken from the plans measured.

describe('a district is the word written "quận"', () => {
  it.each([
    ['Phòng Hành chính quản trị', 'phong hanh chinh quaz tri'],
    ['Ban Chỉ huy Quân sự huyện', 'ban chi huy quaz su huyen'],
    ['Cơ quan Ủy ban MTTQ đặc khu', 'co quaz uy ban mttq dac khu'],
    ['Quận ủy Tây Hồ', 'quan uy tay ho'],
    ['UBND QUẬN Hai Bà Trưng', 'ubnd quan hai ba trung'],
  ])('"%s" folds for its units as "%s"', (name, folded) => {
    expect(foldUnits(name)).toBe(folded)
  })

  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại với Nhân dân năm 2030',
    'I. LỊCH TỔ CHỨC',
    '| STT | Thời gian | Địa điểm | Nội dung |',
    '|---|---|---|---|',
    '| 1 | 8h00, thứ Năm, ngày 20/6/2030 | Hội trường UBND phường Tân An | Đối thoại với Nhân dân phường Tân An về chỉnh trang đô thị |',
    '| 2 | 8h00, thứ Năm, ngày 27/6/2030 | Nhà văn hóa khu phố 3 | Đối thoại với tiểu thương chợ Hòa Bình về di dời chợ |',
    'II. PHÂN CÔNG THỰC HIỆN',
    '1. Ban Quản lý chợ Hòa Bình',
    '- Tổng hợp ý kiến của tiểu thương, gửi Văn phòng chậm nhất 05 ngày trước ngày đối thoại.',
  ].join('\n')

  it('binds "Ban Quản lý chợ A" to the session with the market\'s traders, not to a district "quận Lý"', () => {
    expect(datedOf(text)).toEqual([['Ban Quản lý chợ Hòa Bình', 'relative', '2030-06-21', 1]])
  })
})

describe('a heading that says with whom over a label that says about what', () => {
  const text = [
    'KẾ HOẠCH',
    'Đối thoại trực tiếp giữa Bí thư Huyện ủy với Nhân dân năm 2030',
    'II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
    '1. Đối thoại với Nhân dân xã An Phú và xã An Lạc',
    '- Nội dung: Đối thoại về công tác dồn điền, đổi thửa.',
    '- Thời gian: 07 giờ 30 ngày 16/8/2030.',
    '- Địa điểm: Hội trường UBND xã An Phú.',
    '2. Đối thoại giữa Bí thư Huyện ủy với cán bộ, hội viên phụ nữ',
    '- Nội dung: Đối thoại về tiếp cận vốn vay ưu đãi.',
    '- Thời gian: Tháng 11/2030.',
    '- Địa điểm: Hội trường Huyện ủy.',
    '3. Hội nghị đối thoại với cán bộ, hội viên nông dân',
    '- Nội dung: Đối thoại về tích tụ ruộng đất.',
    '- Thời gian: Tháng 12/2030.',
    '- Địa điểm: Hội trường Huyện ủy.',
  ].join('\n')

  it("joins them into one topic when the heading opens with the dialogue word; a meeting's label is its topic whole", () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2030-08-16', '2030-08-16', 'Đối thoại với Nhân dân xã An Phú và xã An Lạc về công tác dồn điền, đổi thửa'],
      ['month', '2030-11-01', '2030-11-30', 'Đối thoại với cán bộ, hội viên phụ nữ về tiếp cận vốn vay ưu đãi'],
      ['month', '2030-12-01', '2030-12-31', 'Đối thoại về tích tụ ruộng đất'],
    ])
  })
})

describe('a paragraph after the last label of a session', () => {
  const text = [
    'KẾ HOẠCH',
    'Đối thoại trực tiếp giữa Bí thư Huyện ủy với Nhân dân năm 2030',
    'II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
    '1. Đối thoại với cán bộ, hội viên phụ nữ',
    // (A label longer than a line: the paragraph after the list is then read as the last label's own.)
    '- Nội dung: Đối thoại về phát triển kinh tế hộ gia đình, tiếp cận vốn vay ưu đãi, phòng, ' +
      'chống bạo lực gia đình và xây dựng gia đình hạnh phúc.',
    '- Thời gian: Tháng 11/2030.',
    '- Địa điểm: Hội trường Huyện ủy.',
    '',
    'Ngoài các cuộc đối thoại nêu trên, Bí thư Huyện ủy sẽ đối thoại đột xuất với Nhân dân khi cần thiết.',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng Huyện ủy chuẩn bị hội trường.',
  ].join('\n')

  it('is no part of the venue once its sentence has ended', () => {
    expect(readPlan(text).sessions.map((s) => s.venues)).toEqual([['Hội trường Huyện ủy']])
  })
})
