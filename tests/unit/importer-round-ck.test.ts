import { describe, expect, it } from 'vitest'
import { datedByRuleOf } from '../helpers/importer-draft.js'

// Round ck (issue 11): constructs of plans measured unseen, each on a small input written here.

describe("a heading naming a school's faculties once for several", () => {
  const text = [
    'THÔNG BÁO',
    'Lịch Hiệu trưởng đối thoại với sinh viên năm học 2030 - 2031',
    '',
    '1. Thời gian, địa điểm',
    '- Khoa Toán: 8h00 ngày 12/5/2031, tại phòng 101;',
    '- Khoa Ngôn ngữ và Văn hóa: 8h00 ngày 14/5/2031, tại phòng 202;',
    '- Khoa Vật lý: 8h00 ngày 19/5/2031, tại phòng 303.',
    '',
    '2. Tổ chức thực hiện',
    '2.1. Các khoa: Toán, Ngôn ngữ và Văn hóa, Vật lý',
    '- Gửi danh sách sinh viên tham dự về Phòng Công tác sinh viên trước 16h00 ngày 05/5/2031.',
    '- Gửi câu hỏi của sinh viên về Phòng Công tác sinh viên chậm nhất 03 ngày làm việc trước buổi đối thoại tại khoa.',
    '2.2. Phòng Công tác sinh viên',
    'Tổng hợp kết quả, báo cáo Hiệu trưởng trước ngày 30/5/2031.',
  ].join('\n')

  it('"Các khoa: A, B và C, D" is one body per faculty, each "Khoa …", a "và" before a comma kept inside its name, each bound to its own session', () => {
    expect(datedByRuleOf(text)).toEqual([
      ['Khoa Toán', 'absolute', '2031-05-05', null],
      ['Khoa Ngôn ngữ và Văn hóa', 'absolute', '2031-05-05', null],
      ['Khoa Vật lý', 'absolute', '2031-05-05', null],
      ['Khoa Toán', 'relative', '-3 working_days', 0],
      ['Khoa Ngôn ngữ và Văn hóa', 'relative', '-3 working_days', 1],
      ['Khoa Vật lý', 'relative', '-3 working_days', 2],
      ['Phòng Công tác sinh viên', 'absolute', '2031-05-29', null],
    ])
  })
})
