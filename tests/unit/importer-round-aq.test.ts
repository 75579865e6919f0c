import { describe, expect, it } from 'vitest'
import { datedByRuleOf } from '../helpers/importer-draft.js'

// Round AQ of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round AQ: a heading naming two kinds of body, each over its own list of places', () => {
  it('"Đảng ủy các phường: A, B và Đảng ủy các xã: C, D": four bodies, each bound to the session about its place', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại năm 2033',
      'I. NỘI DUNG, THỜI GIAN',
      '1. Cuộc đối thoại thứ nhất',
      '- Nội dung: Đối thoại với Nhân dân phường Bắc Sơn, phường Nam Sơn về chỉnh trang đô thị.',
      '- Thời gian: ngày 12/4/2033.',
      '2. Cuộc đối thoại thứ hai',
      '- Nội dung: Đối thoại với Nhân dân các xã Đông Hà, Tây Hà về đất sản xuất.',
      '- Thời gian: ngày 14/8/2033.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Đảng ủy các phường: Bắc Sơn, Nam Sơn và Đảng ủy các xã: Đông Hà, Tây Hà',
      '- Thông báo về thời gian, địa điểm đối thoại chậm nhất 07 ngày trước ngày tổ chức cuộc đối thoại tại địa phương mình.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Đảng ủy phường Bắc Sơn', 'relative', '-7 days', 0],
      ['Đảng ủy phường Nam Sơn', 'relative', '-7 days', 0],
      ['Đảng ủy xã Đông Hà', 'relative', '-7 days', 1],
      ['Đảng ủy xã Tây Hà', 'relative', '-7 days', 1],
    ])
  })
})

describe("round AQ: drafting a leader's notice of conclusions with the leader's office", () => {
  it('"Phối hợp với Văn phòng UBND tỉnh dự thảo thông báo kết luận …": the body of the heading drafts, the office helps', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức hội nghị đối thoại năm 2033',
      'I. THỜI GIAN',
      'Hội nghị tổ chức ngày 12/4/2033.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng Hội Nông dân tỉnh',
      '- Chuẩn bị tài liệu, giấy mời.',
      '- Phối hợp với Văn phòng Ủy ban nhân dân tỉnh dự thảo thông báo kết luận của Chủ tịch Ủy ban nhân dân ' +
        'tỉnh tại hội nghị, trong thời hạn 10 ngày kể từ ngày kết thúc hội nghị.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([['Văn phòng Hội Nông dân tỉnh', 'relative', '10 days', 0]])
  })
})

describe('round AQ: the office of a special zone, a level as a district is', () => {
  it('"Văn phòng HĐND và UBND đặc khu … trước ngày đối thoại ít nhất 05 ngày": every session, not those that say "đặc khu"', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại năm 2033',
      'I. THỜI GIAN, ĐỊA ĐIỂM',
      'Đợt 1: Đối thoại với các hộ dân thuộc dự án đường trục.',
      '- Thời gian: 08 giờ 00, ngày 09/3/2033.',
      '- Địa điểm: Hội trường Ủy ban nhân dân đặc khu.',
      'Đợt 2: Đối thoại với các hộ dân thuộc dự án cảng biển.',
      '- Thời gian: 14 giờ 00, ngày 11/3/2033.',
      '- Địa điểm: Nhà văn hóa khu phố 3.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng HĐND và UBND đặc khu',
      '- Phát hành giấy mời đến thành phần tham dự trước ngày đối thoại ít nhất 05 ngày.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Văn phòng HĐND và UBND đặc khu', 'relative', '-5 days', 0],
      ['Văn phòng HĐND và UBND đặc khu', 'relative', '-5 days', 1],
    ])
  })
})

describe('round AQ: the standing body said so in a lead-in over its items', () => {
  it('"Là cơ quan thường trực, có trách nhiệm:" / "- … trước ngày tổ chức đối thoại ít nhất 10 ngày": every session', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại năm 2033',
      'II. NỘI DUNG, THỜI GIAN',
      '2.1. Hội nghị đối thoại thứ nhất',
      '+ Nội dung: Đối thoại với người có uy tín về xóa bỏ hủ tục.',
      '+ Thành phần: Khoảng 300 người có uy tín.',
      '+ Thời gian: ngày 23/3/2033.',
      '2.2. Hội nghị đối thoại thứ hai',
      '+ Nội dung: Đối thoại với đồng bào xã Bắc Hà về giao đất, giao rừng.',
      '+ Thành phần: Đại diện lãnh đạo các sở: Dân tộc và Tôn giáo, Tài chính.',
      '+ Thời gian: ngày 15/7/2033.',
      'III. TỔ CHỨC THỰC HIỆN',
      '3.1. Sở Dân tộc và Tôn giáo',
      'Là cơ quan thường trực, có trách nhiệm:',
      '- Tổng hợp ý kiến, gửi Văn phòng UBND tỉnh trước ngày tổ chức đối thoại ít nhất 10 ngày.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Sở Dân tộc và Tôn giáo', 'relative', '-10 days', 0],
      ['Sở Dân tộc và Tôn giáo', 'relative', '-10 days', 1],
    ])
  })
})

describe("round AQ: a table's deadline cell that is a count alone, then the event it follows", () => {
  it('"07 ngày làm việc sau mỗi diễn đàn": +7 working days from the end of each', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức diễn đàn năm 2033',
      'I. THỜI GIAN',
      '1. Diễn đàn 1: ngày 12/3/2033.',
      '2. Diễn đàn 2: ngày 14/9/2033.',
      'II. TỔ CHỨC THỰC HIỆN',
      '| STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |',
      '|---|---|---|---|---|',
      '| 1 | Dự thảo thông báo kết luận | Văn phòng Hội LHPN tỉnh | Ban Chính sách - Luật pháp | 07 ngày làm việc sau mỗi diễn đàn |',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Văn phòng Hội LHPN tỉnh', 'relative', '7 working_days', 0],
      ['Văn phòng Hội LHPN tỉnh', 'relative', '7 working_days', 1],
    ])
  })
})
