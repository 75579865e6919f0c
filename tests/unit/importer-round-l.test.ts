import { describe, expect, it } from 'vitest'
import { datedByRuleOf as datedOf, timesOf } from '../helpers/importer-draft.js'

// Round l of the importer's fixes (issue 11): each construct on a small input written here.

describe('a notice of reception days, one line a day naming who receives', () => {
  const text = [
    'THÔNG BÁO',
    'Lịch tiếp công dân định kỳ quý III năm 2026 của lãnh đạo huyện',
    'I. LỊCH TIẾP CÔNG DÂN',
    'Thời gian tiếp: buổi sáng, bắt đầu từ 07 giờ 30.',
    '1/. Tháng 7/2026:',
    '- Ngày 02/7/2026: Đồng chí Bí thư Huyện ủy tiếp công dân;',
    '- Ngày 09/7/2026: Đồng chí Chủ tịch UBND huyện tiếp công dân.',
    '* Ghi chú: Ngày 16/7/2026 Thường trực HĐND huyện không tiếp công dân. Lý do: dự kỳ họp HĐND tỉnh.',
    '2/. Tháng 8/2026:',
    '- Ngày 06/8/2026: Thường trực HĐND huyện tiếp công dân.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Ban Tiếp công dân huyện: Chuẩn bị hồ sơ, trình người chủ trì chậm nhất 02 ngày làm việc trước mỗi buổi tiếp công dân.',
    '2. Văn phòng HĐND và UBND huyện: Đăng tải Thông báo này trong ngày 25/6/2026.',
  ].join('\n')

  it('holds a session on each day but the one a note says is not held, the line above the note included', () => {
    expect(timesOf(text)).toEqual([
      ['day', '2026-07-02', '2026-07-02'],
      ['day', '2026-07-09', '2026-07-09'],
      ['day', '2026-08-06', '2026-08-06'],
    ])
  })

  it('reads no task from a line that is a session: its day is when it is held, not a deadline', () => {
    expect(datedOf(text)).toEqual([
      ['Ban Tiếp công dân huyện', 'relative', '-2 working_days', 0],
      ['Ban Tiếp công dân huyện', 'relative', '-2 working_days', 1],
      ['Ban Tiếp công dân huyện', 'relative', '-2 working_days', 2],
      ['Văn phòng HĐND và UBND huyện', 'absolute', '2026-06-25', null],
    ])
  })
})

describe('a timetable row that holds the programme itself', () => {
  it('is the session, not work due on its day', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức Chương trình đối thoại giữa Chủ tịch UBND huyện với thanh niên năm 2026',
      'I. THỜI GIAN, ĐỊA ĐIỂM',
      '1. Chương trình đối thoại giữa Chủ tịch UBND huyện với thanh niên',
      '- Thời gian: 08 giờ 00, ngày 26/3/2026.',
      '- Địa điểm: Hội trường UBND huyện.',
      'II. TIẾN ĐỘ THỰC HIỆN',
      'TT\tThời gian\tNội dung công việc\tĐơn vị thực hiện',
      '1\tTrước ngày 10/3/2026\tTổng hợp câu hỏi của thanh niên\tBan Phong trào Huyện Đoàn',
      '2\tNgày 26/3/2026\tTổ chức Chương trình đối thoại\tHuyện Đoàn',
      '3\tNgày 26/3/2026\tTổ chức Diễn đàn\tHuyện Đoàn',
    ].join('\n')
    expect(datedOf(text)).toEqual([['Ban Phong trào Huyện Đoàn', 'absolute', '2026-03-09', null]])
  })
})

describe('a schedule a PDF wrote one cell a line', () => {
  it('keeps a time cell that stops on a comma and a unit cell wrapped on a capital in their rows', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại giữa Hiệu trưởng với sinh viên năm học 2026 – 2027',
      'I. LỊCH ĐỐI THOẠI',
      'TT',
      'Đơn vị',
      'Thời gian',
      'Địa điểm',
      '1',
      'Khoa Toán',
      '08 giờ 00, thứ Ba,',
      '13/10/2026',
      'Hội trường A',
      '2',
      'Khoa Ngữ văn; Khoa Lịch',
      'Sử và Địa lý',
      '14 giờ 00, thứ Năm,',
      '15/10/2026',
      'Hội trường B',
      '3',
      'Khoa Vật lý',
      '08 giờ 00, thứ Bảy,',
      '17/10/2026',
      'Hội trường A',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Công tác Sinh viên: Tổng hợp câu hỏi, gửi các đơn vị chậm nhất 05 ngày làm việc trước mỗi buổi đối thoại.',
    ].join('\n')
    expect(timesOf(text)).toEqual([
      ['day', '2026-10-13', '2026-10-13'],
      ['day', '2026-10-15', '2026-10-15'],
      ['day', '2026-10-17', '2026-10-17'],
    ])
  })
})

describe('"trước buổi đối thoại" with no count', () => {
  it('is due the day before each session, as "trước khi tổ chức đối thoại"', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại với sinh viên năm 2026',
      'I. THỜI GIAN',
      '1. Buổi thứ nhất: 08 giờ 00, ngày 13/10/2026, đối thoại với sinh viên Khoa Toán.',
      '2. Buổi thứ hai: 08 giờ 00, ngày 20/10/2026, đối thoại với sinh viên Khoa Lý.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Đào tạo: Chuẩn bị nội dung trả lời, gửi Phòng Công tác Sinh viên trước buổi đối thoại; dự và trả lời tại buổi đối thoại.',
      '2. Phòng Quản trị: Tuyên truyền trước, trong và sau buổi đối thoại.',
    ].join('\n')
    expect(datedOf(text)).toEqual([
      ['Phòng Đào tạo', 'relative', '-1 days', 0],
      ['Phòng Đào tạo', 'relative', '-1 days', 1],
    ])
  })
})

describe('a group of bodies with its members in brackets', () => {
  it('is the lead, its members only saying who is in it', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại với sinh viên năm 2026',
      'I. THỜI GIAN',
      'Buổi đối thoại tổ chức lúc 08 giờ 00, ngày 13/10/2026.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Các phòng, ban chức năng (Phòng Đào tạo, Phòng Tài chính, Trung tâm Học liệu): Chuẩn bị nội dung ' +
        'trả lời, gửi Phòng Công tác Sinh viên trước ngày 06/10/2026.',
    ].join('\n')
    expect(datedOf(text)).toEqual([['Các phòng, ban chức năng', 'absolute', '2026-10-05', null]])
  })
})

describe('a session named by its level in a school', () => {
  it('"trước ngày đối thoại cấp trường" binds the school-level session alone', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại giữa Hiệu trưởng với sinh viên năm 2026',
      'I. THỜI GIAN',
      '1. Đối thoại với sinh viên Khoa Toán: 08 giờ 00, ngày 13/10/2026.',
      '2. Đối thoại cấp trường với Ban cán sự các lớp: 08 giờ 00, ngày 12/12/2026.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Đoàn Thanh niên Trường: Thông tin về buổi đối thoại cấp trường chậm nhất 10 ngày trước ngày đối thoại cấp trường.',
    ].join('\n')
    expect(datedOf(text)).toEqual([['Đoàn Thanh niên Trường', 'relative', '-10 days', 1]])
  })
})
