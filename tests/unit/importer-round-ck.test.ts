import { describe, expect, it } from 'vitest'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

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

  it(
    '"Các khoa: A, B và C, D" is one body per faculty, each "Khoa …", a "và" before a comma ' +
      'kept inside its name, each bound to its own session',
    () => {
      expect(datedByRuleOf(text)).toEqual([
        ['Khoa Toán', 'absolute', '2031-05-05', null],
        ['Khoa Ngôn ngữ và Văn hóa', 'absolute', '2031-05-05', null],
        ['Khoa Vật lý', 'absolute', '2031-05-05', null],
        ['Khoa Toán', 'relative', '-3 working_days', 0],
        ['Khoa Ngôn ngữ và Văn hóa', 'relative', '-3 working_days', 1],
        ['Khoa Vật lý', 'relative', '-3 working_days', 2],
        ['Phòng Công tác sinh viên', 'absolute', '2031-05-29', null],
      ])
    },
  )
})

describe('a notice of conclusions announcing the next dialogue among its items', () => {
  const text = [
    'THÔNG BÁO KẾT LUẬN',
    'của đồng chí Chủ tịch UBND xã tại Hội nghị đối thoại với Nhân dân về dự án đường liên thôn',
    '',
    'Ngày 05/6/2031, tại Hội trường UBND xã, đồng chí Chủ tịch UBND xã đã chủ trì Hội nghị đối thoại với các hộ dân thôn Một.',
    '',
    'Đồng chí Chủ tịch UBND xã kết luận như sau:',
    '1. Giao Công chức địa chính rà soát hồ sơ đất đai, hoàn thành trước ngày 20/6/2031.',
    '2. UBND xã sẽ tổ chức đối thoại lần thứ hai với các hộ dân vào hồi 14 giờ 00, ngày ' +
      '15/8/2031, tại Hội trường UBND xã để thông tin kết ' +
      'quả giải quyết kiến nghị. Giao Văn phòng UBND xã gửi giấy mời chậm nhất 05 ngày trước ngày đối thoại.',
  ].join('\n')

  it(
    'the item that says "… sẽ tổ chức đối thoại lần thứ hai … vào hồi …, ngày …" gives ' + 'that session, whatever work it gives beside it',
    () => {
      expect(sessionsOf(text)).toEqual([['day', '2031-08-15', '2031-08-15', 'Đối thoại lần thứ hai với các hộ dân']])
    },
  )
})
