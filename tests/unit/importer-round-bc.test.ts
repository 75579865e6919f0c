import { describe, expect, it } from 'vitest'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Round BC of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round BC: the sessions of one running sentence under "Thời gian, địa điểm", a part between semicolons each', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại giữa Chủ tịch UBND huyện với Nhân dân các xã năm 2033',
    'II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
    '1. Nội dung đối thoại',
    'Tập trung vào những vấn đề Nhân dân quan tâm như quản lý đất đai, xây dựng nông thôn mới.',
    '2. Thời gian, địa điểm',
    'Năm 2033, Chủ tịch UBND huyện tổ chức 02 hội nghị đối thoại tại 02 cụm xã, cụ thể: cụm số 1 gồm các xã An Hòa, An ' +
      'Bình, tổ chức vào lúc 8 giờ 00 ngày 14/6/2033 tại Hội ' +
      'trường UBND xã An Hòa; cụm số 2 gồm các xã Tân Lập, Tân Phú, tổ chức vào lúc 14 giờ 00 ngày 12/7/2033 tại Hội trường UBND huyện.',
    'Trường hợp có thay đổi về thời gian, địa điểm, Văn phòng HĐND và UBND huyện sẽ thông báo cụ thể bằng văn bản.',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng HĐND và UBND huyện',
    '- Phát hành giấy mời chậm nhất 05 ngày trước ngày tổ chức hội nghị.',
  ].join('\n')

  it('reads one session a part, on its day, under the plan’s subject (the heading of labels names none)', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2033-06-14', '2033-06-14', 'Đối thoại giữa Chủ tịch UBND huyện với Nhân dân các xã'],
      ['day', '2033-07-12', '2033-07-12', 'Đối thoại giữa Chủ tịch UBND huyện với Nhân dân các xã'],
    ])
  })

  it('counts the work before "ngày tổ chức hội nghị" from each of them', () => {
    expect(datedByRuleOf(text)).toEqual([
      ['Văn phòng HĐND và UBND huyện', 'relative', '-5 days', 0],
      ['Văn phòng HĐND và UBND huyện', 'relative', '-5 days', 1],
    ])
  })
})

describe('round BC: sessions by ordinal in running text, their time and place first, then with whom after a comma', () => {
  it('"Lần thứ nhất tổ chức vào ngày 22-4-2033 tại …, với cán bộ và Nhân dân phường A về …" is a dialogue with them', () => {
    const text = [
      'KẾ HOẠCH',
      'đối thoại trực tiếp giữa Bí thư Thị ủy với Nhân dân năm 2033',
      'II- THỜI GIAN, NỘI DUNG, HÌNH THỨC',
      'Trong năm 2033, Bí thư Thị ủy đối thoại trực tiếp với Nhân dân 02 lần. Lần thứ nhất tổ chức vào ngày 22-4-2033 ' +
        '(thứ Sáu) tại Hội trường Ủy ban nhân dân phường An Lạc, với cán bộ, đảng viên và Nhân dân phường An Lạc về công ' +
        'tác chỉnh ' +
        'trang đô thị. Lần thứ hai tổ chức trong quý III-2033 tại Hội trường Ủy ban nhân dân xã Tân Hòa, với ngư dân xã Tân Hòa ' +
        'về phát triển kinh tế biển; thời gian cụ thể Văn phòng Thị ủy sẽ thông báo sau.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2033-04-22', '2033-04-22', 'Đối thoại với cán bộ, đảng viên và Nhân dân phường An Lạc về công tác chỉnh trang đô thị'],
      ['quarter', '2033-07-01', '2033-09-30', 'Đối thoại với ngư dân xã Tân Hòa về phát triển kinh tế biển'],
    ])
  })

  it('"…, với sự tham dự của …" says who attends, not with whom', () => {
    const text = [
      'KẾ HOẠCH',
      'đối thoại trực tiếp giữa Bí thư Thị ủy với Nhân dân năm 2033',
      'II- THỜI GIAN, NỘI DUNG, HÌNH THỨC',
      'Bí thư Thị ủy đối thoại với Nhân dân 02 lần. Lần thứ nhất tổ chức vào ngày 22-4-2033 tại Hội trường Thị ủy, với sự tham dự của ' +
        'Thường trực HĐND thị xã. Lần thứ hai tổ chức vào ngày 14-10-2033 tại Hội trường Thị ủy.',
    ].join('\n')
    expect(sessionsOf(text).map((s) => s[3])).toEqual([
      'Đối thoại trực tiếp giữa Bí thư Thị ủy với Nhân dân',
      'Đối thoại trực tiếp giữa Bí thư Thị ủy với Nhân dân',
    ])
  })
})

describe('round BC: a notice of conclusions pasted above the plan of the next dialogue', () => {
  const notice = (work: string) =>
    [
      'UBND HUYỆN AN PHÚ',
      'Số: 71/TB-UBND',
      'An Phú, ngày 02 tháng 4 năm 2033',
      'THÔNG BÁO',
      'Kết luận của Chủ tịch UBND huyện tại Hội nghị đối thoại với Nhân dân xã An Lạc',
      'Ngày 25/3/2033, tại Hội trường UBND xã An Lạc, đồng chí Chủ tịch UBND huyện đã chủ trì Hội nghị đối thoại với ' +
        'Nhân dân xã An Lạc. Tham dự có đại diện lãnh đạo các phòng, ban liên quan.',
      'Tại hội nghị, có 14 lượt ý kiến phát biểu; Chủ tịch UBND huyện kết luận và giao nhiệm vụ như sau:',
      `1. Giao Phòng Kinh tế và Hạ tầng ${work}`,
      'Nơi nhận:',
      '- Lưu: VT.',
      'UBND HUYỆN AN PHÚ',
      'Số: 64/KH-UBND',
      'An Phú, ngày 12 tháng 4 năm 2033',
      'KẾ HOẠCH',
      'Tổ chức đối thoại giữa Chủ tịch UBND huyện với Nhân dân xã Tân Lập',
      'I. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
      '1. Nội dung: Đối thoại với Nhân dân xã Tân Lập về công tác dồn điền đổi thửa.',
      '2. Thời gian: 7 giờ 30 phút, ngày 19/5/2033 (thứ Năm).',
      'II. PHÂN CÔNG NHIỆM VỤ',
      '1. UBND xã Tân Lập',
      '- Thông báo rộng rãi thời gian, địa điểm đối thoại chậm nhất 07 ngày trước ngày tổ chức đối thoại.',
    ].join('\n')

  it('leaves out the dialogue the notice reports as held when none of its work counts from it', () => {
    const text = notice('kiểm tra hiện trạng tuyến đường liên xã, hoàn thành trước ngày 30/4/2033.')
    expect(sessionsOf(text).map((s) => s[1])).toEqual(['2033-05-19'])
    expect(datedByRuleOf(text)).toEqual([
      ['Phòng Kinh tế và Hạ tầng', 'absolute', '2033-04-29', null],
      ['UBND xã Tân Lập', 'relative', '-7 days', 0],
    ])
  })

  it('keeps it as the anchor of work that counts from it', () => {
    const text = notice('kiểm tra hiện trạng tuyến đường liên xã, báo cáo UBND huyện trong thời hạn 10 ngày làm việc kể từ ngày đối thoại.')
    expect(sessionsOf(text).map((s) => s[1])).toEqual(['2033-03-25', '2033-05-19'])
    expect(datedByRuleOf(text)).toEqual([
      ['Phòng Kinh tế và Hạ tầng', 'relative', '10 working_days', 0],
      ['UBND xã Tân Lập', 'relative', '-7 days', 1],
    ])
  })
})
