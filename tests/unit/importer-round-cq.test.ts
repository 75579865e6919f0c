import { describe, expect, it } from 'vitest'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Round cq of the importer's fixes (issue 11): each construct on a small input written here.

describe('sessions whose fields are dashed labels with a tab before the value, as Word copies them', () => {
  const text = [
    'KẾ HOẠCH',
    'Đối thoại giữa Bí thư Đảng ủy xã với Nhân dân năm 2030',
    'I. NỘI DUNG, THỜI GIAN ĐỐI THOẠI',
    '\t1- Quý I/2030 (dự kiến tháng 2/2030)',
    '\t- Nội dung:\tĐối thoại với Nhân dân thôn Đông về nước sạch nông thôn.',
    '\t- Địa điểm:\tNhà văn hóa thôn Đông.',
    '\t2- Quý III/2030 (dự kiến)',
    '\t- Nội dung:\tĐối thoại với hội viên nông dân về chuyển đổi cây trồng.',
    '\t- Địa điểm:\tHội trường Đảng ủy xã.',
    'II. TỔ CHỨC THỰC HIỆN',
    '\t1- Văn phòng Đảng ủy xã',
    '\t- Dự thảo thông báo kết luận, trình ban hành trong vòng 05 ngày làm việc sau buổi đối thoại.',
  ].join('\n')

  it('reads each "- Nội dung:" row as the topic of the session its heading dates', () => {
    expect(sessionsOf(text)).toEqual([
      ['month', '2030-02-01', '2030-02-28', 'Đối thoại với Nhân dân thôn Đông về nước sạch nông thôn'],
      ['quarter', '2030-07-01', '2030-09-30', 'Đối thoại với hội viên nông dân về chuyển đổi cây trồng'],
    ])
  })

  it('binds the work after each session to every session', () => {
    expect(datedByRuleOf(text)).toEqual([
      ['Văn phòng Đảng ủy xã', 'relative', '5 working_days', 0],
      ['Văn phòng Đảng ủy xã', 'relative', '5 working_days', 1],
    ])
  })
})

describe('a forum, a conference and a dialogue in running text, a quarter wrapped after "quý"', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại, diễn đàn với đoàn viên công đoàn năm 2030',
    'I. NỘI DUNG',
    '1. Diễn đàn "Người lao động với văn hóa doanh nghiệp"',
    'Thành phần gồm đại diện các doanh nghiệp và khoảng 200 công nhân. Thời gian dự kiến trong tháng 4/2030, tại Nhà',
    'văn hóa Lao động tỉnh.',
    '2. Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với công nhân lao động',
    'Nội dung tập trung vào tiền lương và nhà ở công nhân. Dự kiến tổ chức vào ngày 18/6/2030, tại Hội trường tỉnh.',
    '3. Đối thoại giữa chủ doanh nghiệp với công nhân lao động khu công nghiệp Tây Bắc',
    'Về bữa ăn ca và điều kiện làm việc của công nhân khu công nghiệp. Thời gian: quý',
    'IV/2030, tại Khu công nghiệp Tây Bắc.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Ban Chính sách Liên đoàn Lao động tỉnh',
    '- Chuẩn bị nội dung trả lời, hoàn thành chậm nhất 10 ngày trước mỗi hội nghị, diễn đàn.',
  ].join('\n')

  it('ends the sentence with the quarter wrapped onto the next line, no heading of a part', () => {
    expect(sessionsOf(text).map(([precision, start, end]) => [precision, start, end])).toEqual([
      ['month', '2030-04-01', '2030-04-30'],
      ['day', '2030-06-18', '2030-06-18'],
      ['quarter', '2030-10-01', '2030-12-31'],
    ])
  })

  it('counts "mỗi hội nghị, diễn đàn" from every session, the dialogue held as a conference too', () => {
    expect(datedByRuleOf(text)).toEqual([
      ['Ban Chính sách Liên đoàn Lao động tỉnh', 'relative', '-10 days', 0],
      ['Ban Chính sách Liên đoàn Lao động tỉnh', 'relative', '-10 days', 1],
      ['Ban Chính sách Liên đoàn Lao động tỉnh', 'relative', '-10 days', 2],
    ])
  })
})
