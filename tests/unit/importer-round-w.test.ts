import { describe, expect, it } from 'vitest'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Round w of the importer's fixes (issue 11): each construct on a small input written here.

describe('a unit named by its duty ("Phòng Tiếp công dân …") leads its item; the room "phòng tiếp" names no body', () => {
  const text = [
    'THÔNG BÁO',
    'Lịch tiếp công dân định kỳ của Chủ tịch UBND huyện năm 2030',
    'I. LỊCH TIẾP CÔNG DÂN',
    '- Thứ Ba, ngày 15/01/2030',
    '- Thứ Sáu, ngày 15/02/2030',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Tiếp dân và Xử lý đơn thư: tiếp nhận đăng ký; báo cáo Chủ tịch UBND huyện chậm ' +
      'nhất 03 ngày làm việc trước mỗi buổi tiếp công dân.',
    '2. Văn phòng HĐND và UBND huyện: bố trí phòng tiếp, phương tiện phục vụ.',
  ].join('\n')

  it('gives the unit its task for each session', () => {
    expect(datedByRuleOf(text)).toEqual([
      ['Phòng Tiếp dân và Xử lý đơn thư', 'relative', '-3 working_days', 0],
      ['Phòng Tiếp dân và Xử lý đơn thư', 'relative', '-3 working_days', 1],
    ])
  })
})

describe('a round whose line gives its time, a dash, then its own subject', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại giữa Chủ tịch UBND huyện với công dân năm 2031',
    'II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM ĐỐI THOẠI',
    '- Đợt 1: 8 giờ 00, ngày 20/3/2031 (thứ Năm) – Đối thoại với các hộ dân có đất bị thu hồi thực hiện dự án ' +
      'Đường Đông - Tây về giá đất bồi thường. Địa điểm: Hội trường UBND xã A.',
    '- Đợt 2: Dự kiến tháng 9/2031 — Đối thoại với các hộ kinh doanh chợ B về quy hoạch lại chợ. Địa điểm: Nhà văn hóa xã B.',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng HĐND và UBND huyện: phát hành giấy mời.',
  ].join('\n')

  it("takes that subject, not the plan's title, as the topic of each round", () => {
    expect(sessionsOf(text)).toEqual([
      [
        'day',
        '2031-03-20',
        '2031-03-20',
        'Đối thoại với các hộ dân có đất bị thu hồi thực hiện dự án Đường Đông - Tây về giá đất bồi thường',
      ],
      ['month', '2031-09-01', '2031-09-30', 'Đối thoại với các hộ kinh doanh chợ B về quy hoạch lại chợ'],
    ])
  })
})

describe("a portal's line of the day and hour of posting followed by its buttons", () => {
  const text = [
    'Trang chủ > Văn bản chỉ đạo',
    'Kế hoạch tổ chức hội nghị đối thoại giữa Bí thư Đảng ủy xã với Nhân dân năm 2031',
    '14/10/2031 08:40 | Chia sẻ | In bài | Cỡ chữ',
    'KẾ HOẠCH',
    'tổ chức hội nghị đối thoại giữa Bí thư Đảng ủy xã với Nhân dân năm 2031',
    'I. NỘI DUNG, THỜI GIAN',
    '1. Hội nghị đối thoại',
    '+ Chủ đề: Đối thoại với các hộ dân về chỉnh trang đô thị.',
    '+ Thời gian: 8 giờ 00, thứ Sáu ngày 21/11/2031.',
  ].join('\n')

  it('is no session: only the dialogue the plan names is read', () => {
    expect(sessionsOf(text)).toEqual([['day', '2031-11-21', '2031-11-21', 'Đối thoại với các hộ dân về chỉnh trang đô thị']])
  })
})

describe("an obligation about each session ('từng hội nghị') by a body that prepares one of them", () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với doanh nghiệp năm 2031',
    'I. NỘI DUNG, THỜI GIAN',
    '| STT | Nội dung đối thoại | Thời gian | Cơ quan chuẩn bị |',
    '|---|---|---|---|',
    '| 1 | Đối thoại với doanh nghiệp về thủ tục đầu tư | 8 giờ 00, thứ Năm, ngày 10/4/2031 | Sở Công Thương |',
    '| 2 | Đối thoại với hợp tác xã về tiêu thụ nông sản | Tháng 8/2031 (dự kiến) | Sở Nông nghiệp và Môi trường |',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Sở Công Thương',
    'a) Chủ trì xây dựng kế hoạch chi tiết từng hội nghị, trình Chủ tịch UBND tỉnh chậm nhất 15 ngày trước ngày tổ chức hội nghị.',
    'b) Tổng hợp kiến nghị gửi về trước hội nghị thứ nhất.',
  ].join('\n')

  it('counts its deadline from every session, not only the one it prepares', () => {
    expect(datedByRuleOf(text)).toEqual([
      ['Sở Công Thương', 'relative', '-15 days', 0],
      ['Sở Công Thương', 'relative', '-15 days', 1],
    ])
  })
})

describe('a tax office named without "Chi cục" ("Thuế cơ sở 3 tỉnh …") heads its item', () => {
  const text = [
    'KẾ HOẠCH',
    'Đối thoại với hộ kinh doanh năm 2031',
    'I. THỜI GIAN',
    'Hội nghị đối thoại với hộ kinh doanh chợ A: 8 giờ 00, thứ Năm, ngày 10/4/2031.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Đề nghị Thuế cơ sở 3 tỉnh Bắc Ninh',
    'Cung cấp số liệu hộ kinh doanh, hoàn thành trước ngày 01/4/2031.',
  ].join('\n')

  it('gives the office its dated task', () => {
    expect(datedByRuleOf(text)).toEqual([['Thuế cơ sở 3 tỉnh Bắc Ninh', 'absolute', '2031-03-31', null]])
  })
})
