import { describe, expect, it } from 'vitest'
import { readPlan } from '../../src/importer/read-plan.js'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Round AC of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round AC: a table cell listing two sessions, one an item', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại với doanh nghiệp năm 2033',
    '',
    'I. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
    '',
    '| STT | Nội dung | Thời gian, địa điểm |',
    '|---|---|---|',
    '| 1 | Đối thoại với doanh nghiệp về thủ tục thuế | - Buổi 1: 8 giờ 00, thứ Ba, ngày 12/4/2033 tại Hội trường UBND ' +
      'huyện A<br>- Buổi 2: 8 giờ 00, thứ Năm, ngày 14/4/2033 tại Hội trường UBND huyện B |',
    '| 2 | Đối thoại với hợp tác xã | 14 giờ 00, ngày 20/4/2033 tại Hội trường Sở Lao động - Thương binh và Xã hội |',
    '',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng',
    'Trình Giám đốc ký thông báo kết luận trong vòng 05 ngày làm việc sau mỗi hội nghị.',
  ].join('\n')

  it('"- Buổi 1: … ngày 12/4/2033 tại …<br>- Buổi 2: … ngày 14/4/2033 tại …" is two sessions, each with its own place', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2033-04-12', '2033-04-12', 'Đối thoại với doanh nghiệp về thủ tục thuế'],
      ['day', '2033-04-14', '2033-04-14', 'Đối thoại với doanh nghiệp về thủ tục thuế'],
      ['day', '2033-04-20', '2033-04-20', 'Đối thoại với hợp tác xã'],
    ])
    expect(readPlan(text).sessions.map((s) => s.venues)).toEqual([
      ['Hội trường UBND huyện A'],
      ['Hội trường UBND huyện B'],
      ['Hội trường Sở Lao động - Thương binh và Xã hội'],
    ])
    expect(datedByRuleOf(text)).toEqual([
      ['Văn phòng', 'relative', '5 working_days', 0],
      ['Văn phòng', 'relative', '5 working_days', 1],
      ['Văn phòng', 'relative', '5 working_days', 2],
    ])
  })
})

describe('round AC: a place whose name opens with a word that is also a verb', () => {
  it('"BHXH các huyện: Đức Hòa, Bến Lức, Cần Giuộc" is three bodies ("Cần" of a name, capitalised after, is no "cần")', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại với doanh nghiệp năm 2033',
      '',
      'I. THỜI GIAN',
      'Hội nghị đối thoại với doanh nghiệp tổ chức ngày 12/4/2033 tại Hội trường UBND tỉnh.',
      '',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Chi cục Thuế các huyện: Lập Thạch, Tam Đảo, Cần Giờ',
      '- Báo cáo kết quả về Cục Thuế chậm nhất ngày 20/4/2033.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Chi cục Thuế huyện Lập Thạch', 'absolute', '2033-04-20', null],
      ['Chi cục Thuế huyện Tam Đảo', 'absolute', '2033-04-20', null],
      ['Chi cục Thuế huyện Cần Giờ', 'absolute', '2033-04-20', null],
    ])
  })
})

describe("round AC: a comma inside a body's own name", () => {
  it('"Phòng Quản lý thu, Phòng Cấp sổ, thẻ" is two bodies, the second "Phòng Cấp sổ, thẻ"', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại với doanh nghiệp năm 2033',
      '',
      'I. THỜI GIAN',
      'Hội nghị đối thoại với doanh nghiệp tổ chức ngày 12/4/2033 tại Hội trường cơ quan.',
      '',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Quản lý thu, Phòng Cấp sổ, thẻ',
      'Chuẩn bị tài liệu hỏi - đáp, gửi Văn phòng chậm nhất ngày 05/4/2033.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Phòng Quản lý thu', 'absolute', '2033-04-05', null],
      ['Phòng Cấp sổ, thẻ', 'absolute', '2033-04-05', null],
    ])
  })
})

describe("round AC: the plan's standing body among one session's guests", () => {
  it('"Là cơ quan thường trực" over "… trình ký chậm nhất 07 ngày làm việc sau hội nghị": every session, not the one it attends', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức hội nghị đối thoại năm 2033',
      '',
      'I. NỘI DUNG, THỜI GIAN',
      '1. Hội nghị đối thoại thứ nhất',
      'a) Nội dung: Đối thoại với doanh nghiệp về thủ tục phòng cháy, chữa cháy.',
      'b) Thành phần: Giám đốc chủ trì; lãnh đạo Phòng Tổng hợp, Phòng Cảnh sát phòng cháy; đại diện doanh nghiệp.',
      'c) Thời gian: 8 giờ 00 ngày 11/5/2033.',
      '2. Hội nghị đối thoại thứ hai',
      'a) Nội dung: Đối thoại với Nhân dân về thủ tục cư trú.',
      'b) Thành phần: Giám đốc chủ trì; đại diện Nhân dân các xã.',
      'c) Thời gian: 8 giờ 00 ngày 15/6/2033.',
      '',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Tổng hợp',
      'a) Là cơ quan thường trực, giúp Giám đốc tổ chức thực hiện Kế hoạch.',
      'b) Dự thảo Thông báo kết luận, trình ký ban hành chậm nhất 07 ngày làm việc sau hội nghị.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Phòng Tổng hợp', 'relative', '7 working_days', 0],
      ['Phòng Tổng hợp', 'relative', '7 working_days', 1],
    ])
  })
})

describe('round AC: a request before the body in a table of tasks', () => {
  it('"| Đề nghị Công đoàn … | … | Trước ngày 30/6/2033 |" is the union\'s task, due the day before', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại với doanh nghiệp năm 2033',
      '',
      'I. THỜI GIAN',
      'Hội nghị đối thoại với doanh nghiệp tổ chức ngày 14/7/2033 tại Hội trường Ban Quản lý.',
      '',
      'II. PHÂN CÔNG THỰC HIỆN',
      '',
      '| STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn hoàn thành |',
      '|---|---|---|---|---|',
      '| 1 | Phát hành giấy mời | Văn phòng | | Chậm nhất ngày 06/7/2033 |',
      '| 2 | Tổng hợp ý kiến của người lao động | Đề nghị Công đoàn các Khu công nghiệp | Công đoàn cơ sở | Trước ngày 30/6/2033 |',
      '| 3 | Bảo đảm an ninh, trật tự | Đề nghị Công an tỉnh | | Trong thời gian tổ chức hội nghị |',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Văn phòng', 'absolute', '2033-07-06', null],
      ['Công đoàn các Khu công nghiệp', 'absolute', '2033-06-29', null],
    ])
    expect(readPlan(text).tasks.map((t) => [t.lead, t.deadline.kind])).toContainEqual(['Công an tỉnh', 'none'])
  })
})

describe('round AC: an adjustment whose headings say only what it does, the session in the paragraph under them', () => {
  const text = [
    'KẾ HOẠCH',
    'Điều chỉnh, bổ sung Kế hoạch tổ chức đối thoại năm 2033',
    '',
    'I. NỘI DUNG ĐIỀU CHỈNH, BỔ SUNG',
    '1. Điều chỉnh thời gian tổ chức',
    '1.1. Hội nghị đối thoại với Nhân dân thị trấn A về bồi thường, hỗ trợ:',
    '- Thời gian theo Kế hoạch số 10/KH-UBND: ngày 14/7/2033.',
    '- Thời gian điều chỉnh: 8 giờ 00 ngày 21/7/2033 (thứ Năm).',
    '2. Tạm hoãn tổ chức',
    'Hội nghị đối thoại với các hộ dân xã B có đất bị thu hồi (dự kiến Quý III/2033 theo Kế hoạch số 10/KH-UBND): tạm ' +
      'hoãn do dự án đang điều chỉnh quy hoạch. Thời gian tổ chức sẽ thông báo sau.',
    '3. Không tổ chức',
    'Hội nghị đối thoại với Nhân dân xã C về ô nhiễm môi trường (dự kiến tháng 6/2033): ' +
      'không tổ chức, do các kiến nghị đã được giải quyết.',
    '4. Bổ sung hội nghị đối thoại',
    'Bổ sung 01 Hội nghị đối thoại giữa Chủ tịch UBND huyện với Nhân dân xã D về sạt lở bờ sông.',
    '- Thời gian: dự kiến ngày 09/6/2033.',
    '- Địa điểm: Nhà văn hóa thôn E, xã D.',
  ].join('\n')

  it('"2. Tạm hoãn tổ chức" over its paragraph is that session, unscheduled; "3. Không tổ chức" none; "Bổ sung 01 …" the one added', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2033-07-21', '2033-07-21', 'Hội nghị đối thoại với Nhân dân thị trấn A về bồi thường, hỗ trợ'],
      ['unscheduled', null, null, 'Hội nghị đối thoại với các hộ dân xã B có đất bị thu hồi'],
      ['day', '2033-06-09', '2033-06-09', 'Hội nghị đối thoại giữa Chủ tịch UBND huyện với Nhân dân xã D về sạt lở bờ sông'],
    ])
  })
})
