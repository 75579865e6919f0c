import { describe, expect, it } from 'vitest'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Round AP of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

/** A plan whose sessions are a table with a column of the bodies preparing each, up to its execution part. */
const TABLE_PLAN = [
  'KẾ HOẠCH',
  'Tổ chức đối thoại năm 2033',
  'I. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
  '| TT | Nội dung đối thoại | Thời gian | Địa điểm | Cơ quan tham mưu |',
  '| (1) | (2) | (3) | (4) | (5) |',
  '| 1 | Đối thoại với doanh nghiệp du lịch về thủ tục cấp phép | 8 giờ 00, ngày 12/4/2033 | Hội trường UBND phường An Lạc | Sở Du lịch |',
  '| 2 | Đối thoại với ngư dân về hỗ trợ chuyển đổi nghề | 8 giờ 00, ngày 14/5/2033 | Trung tâm ' +
    'Văn hóa đặc khu Hòn Mát | Sở Nông nghiệp và Môi trường |',
  '| 3 | Đối thoại với doanh nghiệp về phát triển du lịch biển đảo | 8 giờ 00, ngày ' +
    '16/6/2033 | Hội trường UBND đặc khu Bãi Đá | Sở Tài chính |',
  'II. TỔ CHỨC THỰC HIỆN',
]

describe('round AP: "Mỗi cơ quan, … được giao tham mưu tại cột (5)" under a heading naming the bodies of that column', () => {
  it('each body is bound to the rows its cell names, not to the sessions whose topic shares a word of its name', () => {
    const text = [
      ...TABLE_PLAN,
      '1. Sở Du lịch, Sở Nông nghiệp và Môi trường, Sở Tài chính',
      'Mỗi cơ quan, đối với nội dung đối thoại được giao tham mưu tại cột (5): chuẩn bị báo cáo, gửi Văn phòng Ủy ban ' +
        'nhân dân tỉnh chậm nhất 10 ngày trước ngày tổ chức buổi đối thoại tương ứng.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Sở Du lịch', 'relative', '-10 days', 0],
      ['Sở Nông nghiệp và Môi trường', 'relative', '-10 days', 1],
      ['Sở Tài chính', 'relative', '-10 days', 2],
    ])
  })
})

describe('round AP: "UBND phường A và Ủy ban nhân dân các đặc khu B, C", the special zone a kind of place', () => {
  it('each place its own body, of its own kind, bound to the session held in it', () => {
    const text = [
      ...TABLE_PLAN,
      '1. Ủy ban nhân dân phường An Lạc và Ủy ban nhân dân các đặc khu Hòn Mát, Bãi Đá',
      'a) Báo cáo kết quả giải quyết kiến nghị, gửi cơ quan tham mưu chậm nhất ngày 26/02/2033.',
      'b) Niêm yết thông báo về thời gian, địa điểm đối thoại chậm nhất 07 ngày trước ngày đối thoại tại địa phương.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Ủy ban nhân dân phường An Lạc', 'absolute', '2033-02-26', null],
      ['Ủy ban nhân dân đặc khu Hòn Mát', 'absolute', '2033-02-26', null],
      ['Ủy ban nhân dân đặc khu Bãi Đá', 'absolute', '2033-02-26', null],
      ['Ủy ban nhân dân phường An Lạc', 'relative', '-7 days', 0],
      ['Ủy ban nhân dân đặc khu Hòn Mát', 'relative', '-7 days', 1],
      ['Ủy ban nhân dân đặc khu Bãi Đá', 'relative', '-7 days', 2],
    ])
  })
})

/** An adjustment that sets only the sessions it changes: the plan's second moved, its third deferred. */
const ADJUSTMENT = [
  'KẾ HOẠCH',
  'Điều chỉnh thời gian tổ chức một số hội nghị đối thoại năm 2033',
  'Hội nghị đối thoại thứ nhất đã được tổ chức vào ngày 24/3/2033 theo đúng kế hoạch.',
  'I. NỘI DUNG ĐIỀU CHỈNH',
  '1. Điều chỉnh thời gian tổ chức Hội nghị đối thoại thứ hai',
  '- Nội dung: Hội nghị đối thoại với doanh nghiệp du lịch về thủ tục cấp phép kinh doanh lưu trú.',
  '- Thời gian theo Kế hoạch số 41/KH-UBND: 8 giờ 00, ngày 16/6/2033.',
  '- Lý do điều chỉnh: Từ ngày 12/6 đến ngày 17/6/2033 diễn ra Tuần lễ văn hóa của thành phố.',
  '- Thời gian điều chỉnh: 8 giờ 00, ngày 07/7/2033.',
  '2. Tạm hoãn Hội nghị đối thoại thứ ba',
  '- Nội dung: Hội nghị đối thoại với Nhân dân phường An Lạc về bồi thường, tái định cư dự án kè biển.',
  '- Thời gian theo Kế hoạch số 41/KH-UBND: Dự kiến tháng 7/2033.',
  '- Lý do: Phương án giá đất cụ thể của Dự án đang được thẩm định.',
  '- Điều chỉnh: Tạm hoãn tổ chức Hội nghị; thời gian tổ chức lại sẽ được thông báo sau.',
  'II. TỔ CHỨC THỰC HIỆN',
]

describe('round AP: an adjustment whose sessions say why they change ("Lý do điều chỉnh: …") and how ("Điều chỉnh: …")', () => {
  it('the reason\'s days are no session\'s time; "Điều chỉnh: Tạm hoãn …" is the deferred session\'s, under its "Nội dung"', () => {
    expect(sessionsOf([...ADJUSTMENT, '1. Văn phòng UBND thành phố', '- Gửi giấy mời trước ngày 20/6/2033.'].join('\n'))).toEqual([
      ['day', '2033-07-07', '2033-07-07', 'Hội nghị đối thoại với doanh nghiệp du lịch về thủ tục cấp phép kinh doanh lưu trú'],
      ['unscheduled', null, null, 'Hội nghị đối thoại với Nhân dân phường An Lạc về bồi thường, tái định cư dự án kè biển'],
    ])
  })
})

describe('round AP: "Hội nghị đối thoại thứ hai" in an adjustment whose items are headed by the ranks they change', () => {
  it('the rank is the session whose heading names it, not the one at that place among the sessions the adjustment sets', () => {
    const text = [
      ...ADJUSTMENT,
      '1. Văn phòng UBND thành phố',
      '- Phát hành lại giấy mời dự Hội nghị đối thoại thứ hai chậm nhất 07 ngày trước ngày tổ chức Hội nghị.',
      '2. Sở Nông nghiệp và Môi trường',
      '- Đề xuất thời điểm tổ chức lại Hội nghị đối thoại thứ ba, gửi Văn phòng UBND thành ' +
        'phố trước khi tổ chức lại Hội nghị ít nhất 15 ngày.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Văn phòng UBND thành phố', 'relative', '-7 days', 0],
      ['Sở Nông nghiệp và Môi trường', 'relative', '-15 days', 1],
    ])
  })
})
