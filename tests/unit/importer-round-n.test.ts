import { describe, expect, it } from 'vitest'
import { datedByRuleOf as datedOf, sessionsOf, timesOf } from '../helpers/importer-draft.js'

// Round n of the importer's fixes (issue 11): each construct on a small input written here.

describe('a list of deadlines after "trước ngày"', () => {
  const text = [
    'KẾ HOẠCH',
    'tổ chức hội nghị đối thoại với Nhân dân năm 2027',
    'I. NỘI DUNG, THỜI GIAN',
    '1. Hội nghị thứ nhất',
    '- Nội dung: Đối thoại với Nhân dân về chỉnh trang đô thị.',
    '- Thời gian: ngày 20/4/2027.',
    '2. Hội nghị thứ hai',
    '- Nội dung: Đối thoại với hộ kinh doanh về an toàn thực phẩm.',
    '- Thời gian: tháng 10/2027.',
    'PHỤ LỤC',
    '1. ỦY BAN MTTQ VIỆT NAM XÃ',
    '+ Định kỳ hằng quý, tổng hợp kiến nghị của Nhân dân, gửi Thường trực Đảng ủy trước ngày 20/3, 20/6, 20/9 và 20/12/2027.',
    '+ Giám sát việc thực hiện thông báo kết luận.',
  ].join('\n')

  it('makes every day of the list a deadline, none of them a session', () => {
    expect(timesOf(text)).toEqual([
      ['day', '2027-04-20', '2027-04-20'],
      ['month', '2027-10-01', '2027-10-31'],
    ])
    expect(datedOf(text).map(([, kind, due]) => [kind, due])).toEqual([
      ['periodic', '2027-03-19'],
      ['periodic', '2027-06-19'],
      ['periodic', '2027-09-19'],
      ['periodic', '2027-12-19'],
    ])
  })
})

describe('a paragraph to the public after the last body', () => {
  const text = [
    'THÔNG BÁO',
    'Lịch tiếp công dân định kỳ của Chủ tịch UBND huyện quý I năm 2027',
    'I. LỊCH TIẾP CÔNG DÂN',
    '- Ngày 14/01/2027 (thứ Năm), tại Trụ sở Tiếp công dân huyện.',
    '- Ngày 18/02/2027 (thứ Năm), tại Trụ sở Tiếp công dân huyện.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Ban Tiếp công dân huyện: Lập danh sách công dân đăng ký, báo cáo Chủ tịch UBND huyện' +
      ' chậm nhất 02 ngày trước mỗi buổi tiếp công dân.',
    '2. Công an huyện: Bố trí lực lượng bảo đảm an ninh, trật tự tại nơi tiếp công dân.',
    'Công dân có nhu cầu được tiếp đề nghị đăng ký trước tại Ban Tiếp công dân huyện ít nhất 05 ngày trước ngày tiếp.',
  ].join('\n')

  it('is what citizens are asked to do, not the work of the body above it', () => {
    expect(datedOf(text)).toEqual([
      ['Ban Tiếp công dân huyện', 'relative', '-2 days', 0],
      ['Ban Tiếp công dân huyện', 'relative', '-2 days', 1],
    ])
  })
})

describe('a notice of conclusions that schedules the follow-up dialogues', () => {
  const text = [
    'THÔNG BÁO KẾT LUẬN',
    'của đồng chí Bí thư Đảng ủy xã tại Hội nghị đối thoại với Nhân dân thôn 3',
    'Ngày 10/3/2027, tại Hội trường Đảng ủy xã, đồng chí Bí thư Đảng ủy xã chủ trì Hội nghị đối thoại với Nhân dân thôn 3.',
    '1. Ban Thường vụ Đảng ủy xã giao:',
    '1.1. Ủy ban nhân dân xã',
    '- Chuẩn bị báo cáo kết quả giải quyết các kiến nghị tại hội nghị ngày 10/3/2027,' +
      ' gửi Văn phòng Đảng ủy trước buổi đối thoại lần thứ hai ít nhất 03 ngày làm việc.',
    '1.2. Văn phòng Đảng ủy',
    'Tổng hợp kết quả, báo cáo Thường trực Đảng ủy trước ngày 25/3/2027.',
    '2. Tổ chức đối thoại tiếp theo',
    'a) Đối thoại lần thứ hai với Nhân dân thôn 3 để thông tin kết quả giải quyết kiến nghị:' +
      ' vào 14 giờ 00, ngày 15/4/2027, tại Nhà văn hóa thôn 3.',
    'b) Đối thoại với các hộ kinh doanh về vệ sinh môi trường: dự kiến trong tháng 6/2027.',
  ].join('\n')

  it("reads no session from a body's work that names the day of the dialogue it reports on", () => {
    expect(timesOf(text)).toEqual([
      ['day', '2027-04-15', '2027-04-15'],
      ['month', '2027-06-01', '2027-06-30'],
    ])
  })

  it('counts "trước buổi đối thoại lần thứ hai" from the session whose topic names that rank', () => {
    expect(datedOf(text)).toEqual([
      ['Ủy ban nhân dân xã', 'relative', '-3 working_days', 0],
      ['Văn phòng Đảng ủy', 'absolute', '2027-03-24', null],
    ])
  })
})

describe("a place whose name opens like a body's", () => {
  const text = [
    'KẾ HOẠCH',
    'đối thoại giữa Bí thư Huyện ủy với Nhân dân năm 2027',
    'I. LỊCH ĐỐI THOẠI',
    '1. Đối thoại với Nhân dân xã Hòa Phú về giao thông nông thôn, ngày 20-3-2027, tại Hội trường Ủy ban nhân dân xã Hòa Phú.',
    '2. Đối thoại với Nhân dân xã Trường Xuân về nước sinh hoạt, ngày 14-11-2027, tại Hội trường Ủy ban nhân dân xã Trường Xuân.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1- Đảng ủy các xã: Hòa Phú, Trường Xuân chỉ đạo lấy ý kiến Nhân dân, báo cáo về Ban Dân vận Huyện ủy' +
      ' trước ngày 05-3-2027 (đối với xã Hòa Phú) và trước ngày 25-10-2027 (đối với xã Trường Xuân).',
  ].join('\n')

  it('is one of the places a kind of body is listed over ("Trường Xuân" is no school)', () => {
    expect(datedOf(text)).toEqual([
      ['Đảng ủy xã Hòa Phú', 'absolute', '2027-03-04', null],
      ['Đảng ủy xã Trường Xuân', 'absolute', '2027-10-24', null],
    ])
  })
})

describe('a Word list copied with a tab after each marker', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại giữa Chủ tịch UBND xã với Nhân dân năm 2027',
    'I. THỜI GIAN, NỘI DUNG, ĐỊA ĐIỂM',
    '1. Quý I/2027',
    '–\tThời gian: 08 giờ 00, ngày 23/3/2027.',
    '–\tNội dung: Đối thoại với Nhân dân về cấp giấy chứng nhận quyền sử dụng đất.',
    '2. Quý III/2027',
    '–\tThời gian: Dự kiến tháng 9/2027.',
    '–\tNội dung: Đối thoại với hộ kinh doanh về an toàn thực phẩm.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng HĐND và UBND xã',
    '–\tTổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2027.',
  ].join('\n')

  it('is a list, not a table: each item its labels, each session its own topic', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2027-03-23', '2027-03-23', 'Đối thoại với Nhân dân về cấp giấy chứng nhận quyền sử dụng đất'],
      ['month', '2027-09-01', '2027-09-30', 'Đối thoại với hộ kinh doanh về an toàn thực phẩm'],
    ])
    expect(datedOf(text)).toEqual([['Văn phòng HĐND và UBND xã', 'absolute', '2027-12-14', null]])
  })
})

describe("deadlines inside the cells of a schedule's column of bodies", () => {
  const text = [
    'KẾ HOẠCH',
    'tổ chức đối thoại giữa Chủ tịch UBND phường với Nhân dân năm 2027',
    'I. LỊCH ĐỐI THOẠI',
    '| TT | Thời gian | Chủ đề | Cơ quan chuẩn bị |',
    '|---|---|---|---|',
    '| 1 | 8 giờ 00, ngày 24/3/2027 | Đối thoại về cấp giấy chứng nhận quyền sử dụng đất |' +
      ' Phòng Kinh tế: báo cáo chuyên đề, gửi Văn phòng trước ngày 15/3/2027. Công an phường: số liệu, chậm nhất ngày 12/3/2027 |',
    '| 2 | Tháng 9/2027 | Đối thoại về trật tự đô thị |' +
      ' Phòng Văn hóa - Xã hội (chủ trì), chậm nhất 07 ngày trước ngày đối thoại; Công an phường (phối hợp) |',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng HĐND và UBND phường: phát hành giấy mời trước ngày đối thoại ít nhất 05 ngày.',
  ].join('\n')

  it("gives each body of a cell its deadline, a relative one for that row's session only", () => {
    expect(datedOf(text)).toEqual([
      ['Phòng Kinh tế', 'absolute', '2027-03-14', null],
      ['Công an phường', 'absolute', '2027-03-12', null],
      ['Phòng Văn hóa - Xã hội', 'relative', '-7 days', 1],
      ['Văn phòng HĐND và UBND phường', 'relative', '-5 days', 0],
      ['Văn phòng HĐND và UBND phường', 'relative', '-5 days', 1],
    ])
  })
})
