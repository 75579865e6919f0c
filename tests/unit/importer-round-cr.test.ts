import { describe, expect, it } from 'vitest'
import { bodyHeading } from '../../src/importer/bodies.js'
import { datedOf, sessionsOf } from '../helpers/importer-draft.js'

// Round cr of the importer's fixes (issue 11): each construct on a small input written here.

describe('a conclusion whose concluding body hands the work out by "giao:" to the bodies its items name', () => {
  const text = [
    'THÔNG BÁO',
    'Kết luận của Chủ tịch UBND huyện tại buổi đối thoại với Nhân dân xã An Phú',
    'Ngày 10 tháng 3 năm 2031, Chủ tịch UBND huyện chủ trì đối thoại với Nhân dân xã An Phú.',
    'I. Ý KIẾN CỦA NHÂN DÂN',
    '1. Đề nghị sửa chữa tuyến đường liên ấp.',
    'II. KẾT LUẬN',
    'Chủ tịch UBND huyện ghi nhận các ý kiến của bà con. Để giải quyết các kiến nghị nêu trên, Chủ tịch UBND huyện giao:',
    '1. Về tuyến đường liên ấp: Giao Phòng Kinh tế và Hạ tầng chủ trì, phối hợp UBND xã An Phú ' +
      'khảo sát, báo cáo UBND huyện trước ngày 15/4/2031.',
    '2. Về cấp giấy chứng nhận: Giao Phòng Tài nguyên và Môi trường chủ trì rà soát hồ sơ, trình UBND huyện chậm nhất ngày 30/4/2031.',
  ].join('\n')

  it('gives each task to the body after "Giao", not to the body that concludes', () => {
    expect(datedOf(text)).toEqual([
      ['Phòng Kinh tế và Hạ tầng', 'absolute', '2031-04-14', null],
      ['Phòng Tài nguyên và Môi trường', 'absolute', '2031-04-30', null],
    ])
  })
})

describe('a further round a body is told to prepare, its time after a comma', () => {
  const text = [
    'THÔNG BÁO',
    'Kết luận của Chủ tịch UBND huyện tại Hội nghị đối thoại với nông dân',
    'Ngày 10 tháng 3 năm 2031, tại Hội trường UBND huyện, Chủ tịch UBND huyện chủ trì Hội nghị đối thoại với nông dân.',
    'II. KẾT LUẬN',
    '1. Giao Văn phòng HĐND và UBND huyện theo dõi việc thực hiện; phối hợp Hội Nông dân huyện chuẩn bị ' +
      'Hội nghị đối thoại lần thứ hai với nông dân xã An Phú, dự ' +
      'kiến tổ chức trong tháng 9/2031; trình Chủ tịch UBND huyện kế hoạch tổ chức chậm nhất 20 ngày trước ngày tổ chức Hội nghị.',
  ].join('\n')

  it('reads that round as the session the notice schedules, and counts the work before it from it', () => {
    expect(sessionsOf(text)).toEqual([['month', '2031-09-01', '2031-09-30', 'Hội nghị đối thoại lần thứ hai với nông dân xã An Phú']])
    expect(datedOf(text)).toEqual([['Văn phòng HĐND và UBND huyện', 'relative', '2031-08-12', 0]])
  })
})

describe('a table a PDF wrote one cell a line, its cells wrapped where a name goes on', () => {
  const text = [
    'THÔNG BÁO',
    'Lịch đối thoại của Chủ tịch UBND tỉnh quý III năm 2031',
    '1. Lịch đối thoại',
    'TT',
    'Thời gian',
    'Nội dung',
    'Địa điểm',
    'Đơn vị chuẩn bị',
    '1',
    'Thứ Ba,',
    'ngày',
    '15/7/2031',
    'Đối thoại với các hộ dân',
    'bị ảnh hưởng bởi dự án',
    'Khu công nghiệp Bắc Sơn',
    'Hội trường',
    'UBND thị xã',
    'Đông Sơn',
    'UBND thị xã',
    'Đông Sơn; Ban',
    'Quản lý các khu công nghiệp',
    '2',
    'Thứ Ba,',
    'ngày',
    '26/8/2031',
    'Đối thoại với công dân xã An Phú',
    'Hội trường',
    'UBND huyện',
    'Tây Sơn',
    'UBND huyện Tây Sơn;',
    'Sở Tài nguyên',
    'và Môi trường',
    '2. Tổ chức thực hiện',
    'a) UBND: thị xã Đông Sơn, huyện Tây Sơn chuẩn bị báo cáo, gửi Ban Tiếp công dân tỉnh chậm ' +
      'nhất 05 ngày trước buổi đối thoại tại địa phương mình.',
  ].join('\n')

  it('joins each cell, a row a session', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2031-07-15', '2031-07-15', 'Đối thoại với các hộ dân bị ảnh hưởng bởi dự án Khu công nghiệp Bắc Sơn'],
      ['day', '2031-08-26', '2031-08-26', 'Đối thoại với công dân xã An Phú'],
    ])
  })

  it('reads "UBND: thị xã A, huyện B" as one body per place, each bound to the dialogue held there', () => {
    expect(bodyHeading('UBND: thị xã Đông Sơn, huyện Tây Sơn chuẩn bị báo cáo')).toEqual({
      bodies: [
        { name: 'UBND thị xã Đông Sơn', place: 'Đông Sơn' },
        { name: 'UBND huyện Tây Sơn', place: 'Tây Sơn' },
      ],
      rest: 'chuẩn bị báo cáo',
    })
    expect(bodyHeading('Đảng ủy các xã: xã An Phú, xã An Hòa chuẩn bị')?.bodies.map((b) => b.name)).toEqual([
      'Đảng ủy xã An Phú',
      'Đảng ủy xã An Hòa',
    ])
    expect(datedOf(text)).toEqual([
      ['UBND thị xã Đông Sơn', 'relative', '2031-07-10', 0],
      ['UBND huyện Tây Sơn', 'relative', '2031-08-21', 1],
    ])
  })
})

describe('ranked sessions in running paragraphs, the first one "được tổ chức với" its audience', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại giữa Chủ tịch UBND huyện với Nhân dân năm 2031',
    'II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
    'Buổi đối thoại thứ nhất được tổ chức với các hộ dân có đất bị thu hồi tại xã An Phú về công tác bồi thường. ' +
      'Thời gian dự kiến trong tháng 4/2031, tại Hội trường UBND xã An Phú.',
    'Buổi đối thoại thứ hai với các hộ tiểu thương chợ An Hòa về phương án sắp xếp ki-ốt. Buổi đối thoại dự kiến ' +
      'tổ chức vào lúc 14 giờ 00, ngày 17/7/2031, tại Hội trường UBND xã An Hòa.',
  ].join('\n')

  it('names each by whom it is held with, not by the plan’s subject', () => {
    expect(sessionsOf(text)).toEqual([
      ['month', '2031-04-01', '2031-04-30', 'Đối thoại với các hộ dân có đất bị thu hồi tại xã An Phú về công tác bồi thường'],
      ['day', '2031-07-17', '2031-07-17', 'Đối thoại với các hộ tiểu thương chợ An Hòa về phương án sắp xếp ki-ốt'],
    ])
  })
})

describe('a report on a span of months of the year, "9 tháng năm 2031", due once', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức Hội nghị đối thoại với doanh nghiệp năm 2031',
    'I. THỜI GIAN',
    'Ngày 25/9/2031, tại Hội trường Tỉnh ủy.',
    'II. PHÂN CÔNG NHIỆM VỤ',
    '1. Sở Kế hoạch và Đầu tư',
    'Chuẩn bị báo cáo tình hình phát triển doanh nghiệp, môi trường đầu tư kinh doanh 9 tháng ' +
      'năm 2031, gửi Văn phòng Tỉnh ủy trước ngày 10-9-2031.',
  ].join('\n')

  it('reads "tháng năm" as no "hằng năm": an absolute deadline, not a periodic one', () => {
    expect(datedOf(text)).toEqual([['Sở Kế hoạch và Đầu tư', 'absolute', '2031-09-09', null]])
  })
})
