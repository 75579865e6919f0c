import { describe, expect, it } from 'vitest'
import { datedByRuleOf, datedOf, sessionsOf } from '../helpers/importer-draft.js'

// Round u of the importer's fixes (issue 11): each construct on a small input written here.

describe('schedule lines that give their time and place first and say with whom last', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại với ngư dân trên địa bàn huyện',
    'I. MỤC ĐÍCH, YÊU CẦU',
    'Lắng nghe ý kiến của ngư dân.',
    'II. ĐỐI TƯỢNG, THỜI GIAN, ĐỊA ĐIỂM',
    '1. Thành phần: Chủ tịch UBND huyện chủ trì; chủ tàu, thuyền trưởng.',
    '2. Thời gian, địa điểm: Tổ chức 02 buổi, cụ thể:',
    '+ Buổi thứ nhất: 07 giờ 30 ngày 11/10/2030 (thứ Sáu), tại Hội trường UBND xã An Hải, ' +
      'đối thoại với chủ tàu, ngư dân các xã An Hải, An Phú.',
    '+ Buổi thứ hai: 14 giờ 00 ngày 14/10/2030 (thứ Hai), tại Hội trường UBND thị trấn, ' +
      'đối thoại với chủ tàu, ngư dân thị trấn và xã Bình Lợi.',
  ].join('\n')

  it('takes each line’s dialogue as its topic, not the part’s title', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2030-10-11', '2030-10-11', 'Đối thoại với chủ tàu, ngư dân các xã An Hải, An Phú'],
      ['day', '2030-10-14', '2030-10-14', 'Đối thoại với chủ tàu, ngư dân thị trấn và xã Bình Lợi'],
    ])
  })
})

describe('an office-holder of several bodies of one kind listed after a colon, the work after the list', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại với Nhân dân huyện năm 2030',
    'I. THỜI GIAN',
    'Hội nghị đối thoại với Nhân dân huyện An Phú: 8 giờ 00 ngày 15/8/2030.',
    'II. TỔ CHỨC THỰC HIỆN',
    'a) Giám đốc các Sở: Tài nguyên và Môi trường, Xây dựng chuẩn bị nội dung trả lời, ' +
      'gửi Văn phòng UBND tỉnh chậm nhất là ngày 05/8/2030.',
  ].join('\n')

  it('gives the office of each body its own task', () => {
    expect(datedOf(text)).toEqual([
      ['Giám đốc Sở Tài nguyên và Môi trường', 'absolute', '2030-08-05', null],
      ['Giám đốc Sở Xây dựng', 'absolute', '2030-08-05', null],
    ])
  })
})

describe('a Front committee invited to one session and charged before every one', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức hội nghị đối thoại với Nhân dân phường năm 2030',
    'II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
    '2.1. Hội nghị đối thoại thứ nhất',
    '- Nội dung: Đối thoại với Nhân dân tổ dân phố 5 về chỉnh trang đô thị.',
    '- Thành phần: Thường trực Đảng ủy, lãnh đạo UBND, Ủy ban MTTQ Việt Nam phường.',
    '- Thời gian: 14 giờ 00, ngày 23/4/2030.',
    '2.2. Hội nghị đối thoại thứ hai',
    '- Nội dung: Đối thoại với đoàn viên thanh niên phường về việc làm.',
    '- Thành phần: Đại diện các đoàn thể phường.',
    '- Thời gian: 14 giờ 00, ngày 22/10/2030.',
    'III. TỔ CHỨC THỰC HIỆN',
    '3.1. Ủy ban MTTQ Việt Nam phường',
    'Tổng hợp ý kiến, kiến nghị của Nhân dân gửi Thường trực Đảng ủy trước hội nghị ít nhất 05 ngày.',
  ].join('\n')

  it('binds the deadline to every session, the country in its name being no place', () => {
    expect(datedByRuleOf(text)).toEqual([
      ['Ủy ban MTTQ Việt Nam phường', 'relative', '-5 days', 0],
      ['Ủy ban MTTQ Việt Nam phường', 'relative', '-5 days', 1],
    ])
  })
})

describe('work for the sessions held in two places a list names', () => {
  const text = [
    'THÔNG BÁO',
    'Lịch đối thoại của Chủ tịch UBND huyện với Nhân dân năm 2030',
    'STT\tThời gian\tĐịa điểm\tNội dung đối thoại',
    '1\t8 giờ 00, ngày 16/4/2030\tHội trường UBND xã An Hải\tĐối thoại với các hộ dân về bồi thường, hỗ trợ, tái định cư',
    '2\t14 giờ 00, ngày 09/5/2030\tHội trường UBND xã Bình Hải\tĐối thoại với Nhân dân về cấp giấy chứng nhận quyền sử dụng đất',
    '3\t8 giờ 00, ngày 12/6/2030\tHội trường UBND xã Phước Hải\tĐối thoại với hộ nuôi trồng thủy sản về quy hoạch vùng nuôi',
    'Ủy ban nhân dân huyện giao:',
    '1. Phòng Tài nguyên và Môi trường chuẩn bị báo cáo giải trình cho các buổi đối thoại tại xã An Hải và xã Bình Hải, ' +
      'gửi Văn phòng HĐND và UBND huyện trước 03 ngày làm việc so với ngày đối thoại.',
  ].join('\n')

  it('binds the deadline to the session of each place', () => {
    expect(datedByRuleOf(text)).toEqual([
      ['Phòng Tài nguyên và Môi trường', 'relative', '-3 working_days', 0],
      ['Phòng Tài nguyên và Môi trường', 'relative', '-3 working_days', 1],
    ])
  })
})

describe('a table of work under a heading that names one session by its day', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nông dân năm 2030',
    'II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
    '1. Hội nghị đối thoại với nông dân về sản xuất nông nghiệp công nghệ cao',
    '- Thời gian: 8 giờ 00 ngày 12/7/2030.',
    '2. Hội nghị đối thoại chuyên đề về tích tụ ruộng đất',
    '- Thời gian: Quý IV/2030.',
    'III. PHÂN CÔNG NHIỆM VỤ CHUẨN BỊ HỘI NGHỊ ĐỐI THOẠI NGÀY 12/7/2030',
    '| TT | Nội dung công việc | Đơn vị chủ trì | Thời gian hoàn thành |',
    '|----|----|----|----|',
    '| 1 | Phân loại câu hỏi, gửi các sở chuẩn bị trả lời | Văn phòng Hội Nông dân tỉnh | Trước hội nghị 10 ngày |',
    '| 2 | Tổng hợp kết luận hội nghị | Văn phòng Hội Nông dân tỉnh | Sau hội nghị 07 ngày làm việc |',
  ].join('\n')

  it('counts its rows from that session only', () => {
    expect(datedByRuleOf(text)).toEqual([
      ['Văn phòng Hội Nông dân tỉnh', 'relative', '-10 days', 0],
      ['Văn phòng Hội Nông dân tỉnh', 'relative', '7 working_days', 0],
    ])
  })
})

describe('a body named after the level its work is done at, outside the part on execution', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nông dân năm 2030',
    'II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
    '1. Hội nghị đối thoại với nông dân về sản xuất nông nghiệp công nghệ cao',
    '- Thời gian: 8 giờ 00 ngày 12/7/2030.',
    '2. Ở cấp huyện: Hội Nông dân các huyện, thị xã, thành phố tham mưu Ủy ban nhân dân cùng cấp tổ chức đối thoại, ' +
      'hoàn thành trước ngày 30/10/2030.',
  ].join('\n')

  it('reads the work with its deadline as that body’s', () => {
    expect(datedOf(text)).toEqual([['Hội Nông dân các huyện, thị xã, thành phố', 'absolute', '2030-10-29', null]])
  })
})
