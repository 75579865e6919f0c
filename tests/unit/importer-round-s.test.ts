import { describe, expect, it } from 'vitest'
import { findDeadlines } from '../../src/services/deadlines/parse.js'
import { datedByRuleOf as datedOf, sessionsOf } from '../helpers/importer-draft.js'

// Round s of the importer's fixes (issue 11): each construct on a small input written here.

describe("a plan copied from a portal under the article's day and its count of readings", () => {
  const text = [
    'Trang chủ » Văn bản » Văn bản UBND xã',
    'Kế hoạch đối thoại với Nhân dân năm 2024',
    'Thứ hai - 04/03/2024 09:10 | Lượt xem: 52 | In bài viết',
    'KẾ HOẠCH',
    'đối thoại với Nhân dân năm 2024',
    'I. NỘI DUNG',
    '1. Đối thoại với Nhân dân thôn Tân An về giao thông nông thôn',
    '- Thời gian: ngày 18/4/2024.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng UBND xã',
    '- Phát hành giấy mời trước ngày đối thoại ít nhất 05 ngày.',
  ].join('\n')

  it("reads no session on the day the article was posted, and each relative task for the plan's own session", () => {
    expect(sessionsOf(text)).toEqual([['day', '2024-04-18', '2024-04-18', 'Đối thoại với Nhân dân thôn Tân An về giao thông nông thôn']])
    expect(datedOf(text)).toEqual([['Văn phòng UBND xã', 'relative', '-5 days', 0]])
  })
})

describe('fields under Word\'s second-level bullet, pasted as the letter "o" and a tab', () => {
  const text = [
    'KẾ HOẠCH',
    'tổ chức hội nghị đối thoại với công chức năm 2024',
    'I. THỜI GIAN, ĐỊA ĐIỂM',
    'a) Hội nghị tại cơ quan Sở',
    'o\tNội dung: Đối thoại giữa Giám đốc Sở với công chức về vị trí việc làm.',
    'o\tThời gian: 8 giờ 00, ngày 12/6/2024.',
    'b) Hội nghị tại các đơn vị trực thuộc',
    'o\tNội dung: Đối thoại giữa Giám đốc Sở với viên chức về chế độ phụ cấp.',
    'o\tThời gian: Từ ngày 18/6 đến ngày 20/6/2024.',
  ].join('\n')

  it('reads each "Nội dung:" as the topic, as under any other bullet', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2024-06-12', '2024-06-12', 'Đối thoại giữa Giám đốc Sở với công chức về vị trí việc làm'],
      ['month', '2024-06-18', '2024-06-20', 'Đối thoại giữa Giám đốc Sở với viên chức về chế độ phụ cấp'],
    ])
  })
})

describe('a report "gửi về" a body before the dialogue', () => {
  const text = [
    'KẾ HOẠCH',
    'tổ chức đối thoại năm 2024',
    'I. CÁC CUỘC ĐỐI THOẠI',
    'a) Cuộc đối thoại thứ nhất: Đối thoại với nông dân xã Tân An về chuyển đổi cây trồng',
    '- Thời gian: ngày 16/5/2024.',
    '- Địa điểm: Hội trường UBND xã Tân An.',
    'b) Cuộc đối thoại thứ hai: Đối thoại với doanh nghiệp về thủ tục hành chính',
    '- Thời gian: ngày 12/9/2024.',
    '- Thành phần: Thường trực Huyện ủy; đại diện các doanh nghiệp.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Đảng ủy xã Tân An',
    '- Báo cáo tình hình địa phương liên quan đến nội dung đối thoại, gửi về Thường trực Huyện ủy ' +
      'trước khi tổ chức đối thoại ít nhất 10 ngày.',
  ].join('\n')

  it('binds it by the body\'s place: "về" goes with the sending, it says nothing of whom the dialogue is with', () => {
    expect(datedOf(text)).toEqual([['Đảng ủy xã Tân An', 'relative', '-10 days', 0]])
  })
})

describe('bodies of a kind ("các nông trường") whose work counts from "ngày đối thoại tại đơn vị"', () => {
  const text = [
    'KẾ HOẠCH',
    'tổ chức đối thoại tại nơi làm việc năm 2024',
    'I. THỜI GIAN',
    '1. Đối thoại cấp nông trường về định mức khai thác',
    '- Thời gian: ngày 11/6/2024.',
    '2. Đối thoại cấp Công ty về kế hoạch tiền lương',
    '- Thời gian: ngày 25/6/2024.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Giám đốc các nông trường',
    '- Lập danh sách người lao động tham gia, gửi về Phòng Tổ chức chậm nhất 05 ngày trước ngày đối thoại tại đơn vị.',
  ].join('\n')

  it('binds it to the sessions whose topic names that kind, not to every session', () => {
    expect(datedOf(text)).toEqual([['Giám đốc các nông trường', 'relative', '-5 days', 0]])
  })
})

describe('sessions as "Buổi N: …" lines, each over its "+ Thời gian / + Địa điểm", under a heading of labels', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại với sinh viên năm 2024',
    'II. NỘI DUNG, THỜI GIAN',
    '2. Thời gian, địa điểm, thành phần',
    'Đối thoại được tổ chức thành 02 buổi:',
    'Buổi 1: Đối thoại với sinh viên các khoa Toán, Vật lý',
    '+ Thời gian: 14 giờ 00, thứ Năm ngày 14/11/2024.',
    '+ Địa điểm: Hội trường A1.',
    'Buổi 2: Đối thoại với sinh viên các khoa Ngữ văn, Lịch sử',
    '+ Thời gian: 14 giờ 00, thứ Năm ngày 21/11/2024.',
    '+ Địa điểm: Hội trường A1.',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Đào tạo',
    '- Gửi văn bản trả lời chậm nhất 02 ngày làm việc trước mỗi buổi đối thoại.',
  ].join('\n')

  it('reads each "Buổi" as a session, not the heading as one session of labels', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2024-11-14', '2024-11-14', 'Đối thoại với sinh viên các khoa Toán, Vật lý'],
      ['day', '2024-11-21', '2024-11-21', 'Đối thoại với sinh viên các khoa Ngữ văn, Lịch sử'],
    ])
    expect(datedOf(text)).toEqual([
      ['Phòng Đào tạo', 'relative', '-2 working_days', 0],
      ['Phòng Đào tạo', 'relative', '-2 working_days', 1],
    ])
  })
})

describe('"chậm nhất ngày X (đối với Buổi 1) và trước mỗi buổi tiếp theo ít nhất 05 ngày làm việc"', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại với sinh viên năm 2024',
    'I. THỜI GIAN',
    '1. Buổi 1: Đối thoại với sinh viên khoa Toán, ngày 14/11/2024.',
    '2. Buổi 2: Đối thoại với sinh viên khoa Ngữ văn, ngày 21/11/2024.',
    '3. Buổi 3: Đối thoại với sinh viên nội trú, ngày 28/11/2024.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Công tác sinh viên',
    '- Tổng hợp câu hỏi, chuyển các đơn vị chậm nhất ngày 11/11/2024 (đối với Buổi 1) ' +
      'và trước mỗi buổi tiếp theo ít nhất 05 ngày làm việc.',
  ].join('\n')

  it('gives the first session its day and counts the rule from each of the following sessions only', () => {
    expect(datedOf(text)).toEqual([
      ['Phòng Công tác sinh viên', 'absolute', '2024-11-11', null],
      ['Phòng Công tác sinh viên', 'relative', '-5 working_days', 1],
      ['Phòng Công tác sinh viên', 'relative', '-5 working_days', 2],
    ])
  })
})

describe('"trước buổi đối thoại ngày 05/12/2024 ít nhất 03 ngày"', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại với sinh viên năm 2024',
    'I. THỜI GIAN',
    '1. Buổi 1: Đối thoại với sinh viên khoa Toán, ngày 14/11/2024.',
    '2. Buổi 2: Đối thoại với sinh viên nội trú, ngày 05/12/2024.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Ban Quản lý Ký túc xá',
    '- Báo cáo tình hình sinh viên nội trú, gửi Phòng Công tác sinh viên trước buổi đối thoại ngày 05/12/2024 ít nhất 03 ngày.',
  ].join('\n')

  it('counts the days after the session\'s own day from that session, not "the day before" it', () => {
    expect(datedOf(text)).toEqual([['Ban Quản lý Ký túc xá', 'relative', '-3 days', 1]])
  })
})

describe('a report on the reception days "định kỳ 6 tháng cuối năm 2023", due "trước ngày 05/01/2024"', () => {
  it('is one report on a named half-year, due once, not a periodic task', () => {
    const found = findDeadlines('Tổng hợp kết quả tiếp công dân định kỳ 6 tháng cuối năm 2023, báo cáo UBND tỉnh trước ngày 05/01/2024.', {
      defaultYear: 2023,
      documentDate: '2023-06-20',
    }).found
    expect(found.map((f) => [f.rule.kind, f.rule.kind === 'absolute' ? f.rule.date : null])).toEqual([['absolute', '2024-01-05']])
  })
})
