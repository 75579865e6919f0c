import { describe, expect, it } from 'vitest'
import { sessionsOf } from '../helpers/importer-draft.js'

// Round cx of the importer's fixes (issue 11): each construct on a small input written here.

describe("a quarter's reception days in running prose, one paragraph a month", () => {
  const text = [
    'THÔNG BÁO',
    'Lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân xã Quý III năm 2031',
    'Ủy ban nhân dân xã A thông báo lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân xã trong Quý III năm 2031 như sau:',
    'Tháng 7, Chủ tịch UBND xã tiếp công dân vào ngày 03 và ngày 17 (thứ Năm), buổi sáng từ 7 giờ 30 phút đến 11 giờ 00 phút, tại Trụ sở.',
    'Tháng 8, Chủ tịch UBND xã tiếp công dân vào ngày 07 và ngày 21; thời gian, địa điểm như trên. Riêng ngày 21/8/2031, ' +
      'Chủ tịch UBND xã tiếp công dân tại Nhà văn hóa thôn B để nghe phản ánh của các hộ dân về dự án đường.',
  ].join('\n')

  it("reads both days of each month, by whose reception it is, the special day by its own words, not the notice's period", () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2031-07-03', '2031-07-03', 'Tiếp công dân của Chủ tịch UBND xã'],
      ['day', '2031-07-17', '2031-07-17', 'Tiếp công dân của Chủ tịch UBND xã'],
      ['day', '2031-08-07', '2031-08-07', 'Tiếp công dân của Chủ tịch UBND xã'],
      ['day', '2031-08-21', '2031-08-21', 'Tiếp công dân tại Nhà văn hóa thôn B để nghe phản ánh của các hộ dân về dự án đường'],
    ])
  })
})

describe('a forwarded message whose rounds say with whom after a dash, past their time and place', () => {
  const text = [
    '---------- Forwarded message ---------',
    'From: Van phong <vanphong@example.vn>',
    'Subject: KH doi thoai nam 2030',
    '',
    'Kính gửi các đơn vị,',
    'Văn phòng gửi Kế hoạch số 12/KH-UBND của UBND huyện. Nội dung chính tóm tắt như sau:',
    '1. Mục đích: Đối thoại trực tiếp với các hộ dân có đất bị thu hồi.',
    '2. Thời gian, địa điểm:',
    '   * Đợt 1: 8 giờ 00, thứ Ba ngày 14/5/2030, tại Hội trường UBND xã A – đối thoại với các hộ dân xã A có đất bị thu hồi.',
    '   * Đợt 2: dự kiến trong tháng 9/2030, tại Hội trường UBND xã B – đối thoại với các hộ dân xã B về phương án bồi thường.',
    '   Chủ trì: đ/c Chủ tịch UBND huyện.',
    'Trân trọng.',
  ].join('\n')

  it('names each round by its dialogue, not by the greeting', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2030-05-14', '2030-05-14', 'Đối thoại với các hộ dân xã A có đất bị thu hồi'],
      ['month', '2030-09-01', '2030-09-30', 'Đối thoại với các hộ dân xã B về phương án bồi thường'],
    ])
  })
})

describe('lines by half-year that give their time first and, in their next sentence, what the dialogue is about', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với cộng đồng doanh nghiệp năm 2030',
    'II. NỘI DUNG, THỜI GIAN',
    '1. Số lượng hội nghị: Năm 2030 tổ chức 02 hội nghị đối thoại, cụ thể:',
    '- 6 tháng đầu năm: Tổ chức vào tháng 5/2030, tại Hội trường UBND tỉnh. Nội dung tập trung đối thoại về thủ tục hành chính; ' +
      'tiếp cận vốn tín dụng.',
    '- 6 tháng cuối năm: Tổ chức vào tháng 11/2030, tại thành phố A. Nội dung tập trung đối thoại về chính sách hỗ trợ nông nghiệp.',
    '2. Chủ trì: Chủ tịch UBND tỉnh.',
  ].join('\n')

  it('names each session by that sentence, not by the words of its time', () => {
    expect(sessionsOf(text)).toEqual([
      ['month', '2030-05-01', '2030-05-31', 'Đối thoại về thủ tục hành chính; tiếp cận vốn tín dụng'],
      ['month', '2030-11-01', '2030-11-30', 'Đối thoại về chính sách hỗ trợ nông nghiệp'],
    ])
  })
})

describe('a table of months whose row gives no day yet ("Theo thông báo sau")', () => {
  const text = [
    'THÔNG BÁO',
    'Lịch tiếp dân định kỳ của đồng chí Bí thư Huyện ủy năm 2030',
    '2. Lịch tiếp cụ thể:',
    '| Tháng | Ngày tiếp | Địa điểm |',
    '|---|---|---|',
    '| 04 | Thứ Năm, 18/4/2030 | Trụ sở Tiếp công dân huyện |',
    '| 05 | Theo thông báo sau | Trụ sở Tiếp công dân huyện |',
    '| 06 | Thứ Năm, 20/6/2030 | Trụ sở Tiếp công dân huyện |',
  ].join('\n')

  it("reads that row's month, the day to be announced", () => {
    expect(sessionsOf(text).map(([precision, start, end]) => [precision, start, end])).toEqual([
      ['day', '2030-04-18', '2030-04-18'],
      ['month', '2030-05-01', '2030-05-31'],
      ['day', '2030-06-20', '2030-06-20'],
    ])
  })
})
