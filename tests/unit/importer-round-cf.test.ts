import { describe, expect, it } from 'vitest'
import { datedOf, sessionsOf } from '../helpers/importer-draft.js'

// Round cf of the importer's fixes (issue 11): each construct on a small input written here.

describe('a plan copied from Word, its second-level numbers followed by a tab', () => {
  const text = [
    'UBND XÃ AN PHÚ',
    'Số: 12/KH-UBND\tAn Phú, ngày 02 tháng 3 năm 2031',
    'KẾ HOẠCH',
    'Tổ chức Hội nghị đối thoại với Nhân dân về xây dựng nông thôn mới năm 2031',
    '\tI. THÀNH PHẦN, THỜI GIAN, ĐỊA ĐIỂM',
    '\t1. Thành phần',
    '\t1.1.\tChủ trì: Chủ tịch Ủy ban nhân dân xã.',
    '\t1.2.\tMời dự: Thường trực HĐND xã, Ủy ban MTTQ Việt Nam xã.',
    '\t2. Thời gian:\t14 giờ 00, thứ Ba, ngày 08/4/2031.',
    '\t3. Địa điểm:\tHội trường Ủy ban nhân dân xã.',
    '\tII. TỔ CHỨC THỰC HIỆN',
    '\t1. Văn phòng UBND xã',
    '\t1.1.\tNiêm yết thông báo chậm nhất 05 ngày trước ngày tổ chức đối thoại.',
    '\t2. Phòng Kinh tế',
    '\t2.1.\tChuẩn bị báo cáo, gửi Văn phòng UBND xã trước ngày 01/4/2031.',
  ].join('\n')

  it("reads the numbered lines as a list, not as rows of a table: the session and each body's task are read", () => {
    expect(sessionsOf(text)).toEqual([['day', '2031-04-08', '2031-04-08', 'Hội nghị đối thoại với Nhân dân về xây dựng nông thôn mới']])
    expect(datedOf(text)).toEqual([
      ['Văn phòng UBND xã', 'relative', '2031-04-03', 0],
      ['Phòng Kinh tế', 'absolute', '2031-03-31', null],
    ])
  })
})

describe('a body whose work names its session as "Hội nghị đối thoại giữa <host> với <whom>"', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức các hội nghị đối thoại năm 2031',
    'I. NỘI DUNG',
    '1. Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với hội viên phụ nữ về khởi nghiệp',
    '- Thời gian: 08 giờ 00, ngày 10/6/2031.',
    '2. Hội nghị đối thoại giữa Bí thư Tỉnh ủy với công chức trẻ về chính sách',
    '- Thời gian: 08 giờ 00, ngày 20/8/2031.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Sở Nội vụ',
    '- Xây dựng kịch bản Hội nghị đối thoại giữa Bí thư Tỉnh ủy với công chức trẻ, trình Thường trực trước ngày 01/8/2031.',
    '- Tổng hợp kiến nghị, gửi Thường trực chậm nhất 05 ngày trước ngày tổ chức hội nghị.',
  ].join('\n')

  it('binds its other work on "the conference" to that session, not to every one', () => {
    expect(datedOf(text)).toEqual([
      ['Sở Nội vụ', 'absolute', '2031-07-31', null],
      ['Sở Nội vụ', 'relative', '2031-08-15', 1],
    ])
  })
})

describe('a chat message pasted with its sender and moment each on a line of their own', () => {
  const text = [
    'Phạm Thị An - VP UBND P.Hòa Bình',
    '09:15, 02/02/2031',
    'LỊCH ĐỐI THOẠI QUÝ I/2031',
    'Văn phòng thông báo lịch Chủ tịch UBND phường đối thoại với Nhân dân như sau:',
    '1. 14h00 thứ Ba, ngày 18/3: đối thoại với các hộ kinh doanh chợ về sắp xếp quầy sạp. Địa điểm: Hội trường UBND phường.',
    'Phòng Văn hóa - Xã hội: đăng thông tin buổi đối thoại trước ngày đối thoại 05 ngày.',
    '',
    'Võ Văn Bình - Đoàn phường',
    '09:20, 02/02/2031',
    'Đã nhận ạ.',
  ].join('\n')

  it('reads no session at the moments the messages were sent, nor the work on them', () => {
    expect(sessionsOf(text)).toEqual([['day', '2031-03-18', '2031-03-18', 'Đối thoại với các hộ kinh doanh chợ về sắp xếp quầy sạp']])
    expect(datedOf(text)).toEqual([['Phòng Văn hóa - Xã hội', 'relative', '2031-03-13', 0]])
  })
})

describe("a paragraph beside the schedule's paragraphs that says a session was held already", () => {
  const text = [
    'LỊCH ĐỐI THOẠI QUÝ III/2031',
    'Văn phòng thông báo lịch Chủ tịch UBND xã đối thoại với Nhân dân như sau:',
    '8h00 thứ Năm, ngày 17/7: đối thoại với bà con thôn Đông về nước sạch.',
    '8h00 thứ Năm, ngày 14/8: đối thoại với bà con thôn Tây về đường giao thông.',
    'Buổi đối thoại quý II đã tổ chức ngày 19/6 vừa rồi, Văn phòng đang hoàn thiện thông báo kết luận.',
  ].join('\n\n')

  it("reads no session on the day it was held, though of the plan's own year", () => {
    expect(sessionsOf(text).map((s) => s[1])).toEqual(['2031-07-17', '2031-08-14'])
  })
})
