import { describe, expect, it } from 'vitest'
import { datedByRuleOf, datedOf, sessionsOf } from '../helpers/importer-draft.js'

// Round Q of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round Q: a workplace plan whose sessions are held in different places', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại định kỳ tại nơi làm việc năm 2033',
    'II. THỜI GIAN, ĐỊA ĐIỂM',
    'a) Đối thoại tại Trụ sở Công ty: Đối thoại giữa Giám đốc với người lao động. Thời gian: 8 giờ 00 ngày 14/12/2033.',
    'b) Đối thoại tại các Xí nghiệp thành viên: Đối thoại giữa Giám đốc Xí nghiệp với người lao động. Thời gian: trong tháng ' +
      '11/2033, trước khi tổ chức đối thoại tại Trụ sở Công ty.',
    'c) Đối thoại khi có yêu cầu của một hoặc các bên: thực hiện theo Nghị định số 145/2020/NĐ-CP.',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Tổ chức - Hành chính',
    '- Thông báo thời gian đối thoại tại Trụ sở Công ty chậm nhất 05 ngày làm việc trước ngày tổ chức đối thoại.',
    '2. Các Xí nghiệp thành viên',
    '- Thông báo cho người lao động chậm nhất 05 ngày làm việc trước ngày đối thoại.',
  ].join('\n')

  it('the clause on dialogues held on request is no session, though it cites a decree by its number', () => {
    expect(sessionsOf(text).map((s) => s.slice(0, 3))).toEqual([
      ['day', '2033-12-14', '2033-12-14'],
      ['month', '2033-11-01', '2033-11-30'],
    ])
  })

  it('"đối thoại tại Trụ sở" is the session titled so, not the one whose time says it comes before it', () => {
    expect(datedOf(text).filter((t) => t[0] === 'Phòng Tổ chức - Hành chính')).toEqual([
      ['Phòng Tổ chức - Hành chính', 'relative', '2033-12-07', 0],
    ])
  })

  it('"Các Xí nghiệp thành viên" own the session held "tại các Xí nghiệp thành viên"', () => {
    expect(
      datedOf(text)
        .filter((t) => t[0] === 'Các Xí nghiệp thành viên')
        .map((t) => t[3]),
    ).toEqual([1])
  })
})

describe('round Q: bodies listed by cluster, then their shared work', () => {
  const text = [
    'KẾ HOẠCH',
    'tổ chức đối thoại theo cụm xã năm 2033',
    'II. THỜI GIAN, ĐỊA ĐIỂM',
    '1. Cụm 1 (gồm các xã: Tân An, Mỹ Lộc)',
    '- Nội dung: Đối thoại với Nhân dân các xã cụm 1 về nước sạch.',
    '- Thời gian: ngày 21/3/2033.',
    '- Địa điểm: Hội trường UBND xã Tân An.',
    '2. Cụm 2 (gồm các xã: Phú Điền, Long Hòa)',
    '- Nội dung: Đối thoại với Nhân dân các xã cụm 2 về giao thông.',
    '- Thời gian: Quý IV/2033.',
    '- Địa điểm: Hội trường UBND xã Phú Điền.',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Đảng ủy các xã theo cụm',
    '- Đảng ủy các xã thuộc cụm 1: Tân An và Mỹ Lộc;',
    '- Đảng ủy các xã thuộc cụm 2: Phú Điền và Long Hòa.',
    'Chỉ đạo tổng hợp kiến nghị của Nhân dân, báo cáo gửi về Ban Dân vận Huyện ủy chậm nhất 15 ngày trước ngày tổ chức ' +
      'đối thoại tại cụm; riêng các xã thuộc cụm 2 gửi báo cáo trước ngày 15/10/2033.',
  ].join('\n')

  it('each commune of a "thuộc cụm N" line is a body, bound to its cluster; those set apart by "riêng" keep their own date', () => {
    expect(datedByRuleOf(text)).toEqual([
      ['Đảng ủy xã Tân An', 'relative', '-15 days', 0],
      ['Đảng ủy xã Mỹ Lộc', 'relative', '-15 days', 0],
      ['Đảng ủy xã Phú Điền', 'absolute', '2033-10-14', null],
      ['Đảng ủy xã Long Hòa', 'absolute', '2033-10-14', null],
    ])
  })
})

describe('round Q: a body whose work names the sessions it serves by with whom they are held', () => {
  it('its other work on "the dialogue", naming none, concerns those sessions', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại năm 2033',
      'II. NỘI DUNG, THỜI GIAN',
      'a) Buổi thứ nhất: Đối thoại với Nhân dân phường A về trật tự xây dựng. Thời gian: ngày 25/4/2033.',
      'b) Buổi thứ hai: Đối thoại với các hộ dân bị ảnh hưởng bởi dự án đường vành đai. Thời gian: ngày 23/5/2033.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Trung tâm Phát triển quỹ đất huyện',
      '- Lập danh sách các hộ dân còn kiến nghị, gửi Văn phòng UBND huyện chậm nhất 07 ngày trước mỗi buổi đối thoại với ' +
        'các hộ dân bị ảnh hưởng bởi dự án.',
      '- Trong thời hạn 15 ngày kể từ ngày đối thoại, hoàn chỉnh phương án bồi thường bổ sung, trình thẩm định.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Trung tâm Phát triển quỹ đất huyện', 'relative', '-7 days', 1],
      ['Trung tâm Phát triển quỹ đất huyện', 'relative', '15 days', 1],
    ])
  })
})

describe('round Q: rounds listed in one paragraph under "Thời gian, địa điểm"', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức Hội nghị đối thoại với doanh nghiệp năm 2033',
    'II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
    '1. Nội dung',
    'Chủ tịch UBND huyện lắng nghe, giải đáp kiến nghị của doanh nghiệp và hộ kinh doanh.',
    '2. Thời gian, địa điểm',
    'Hội nghị được tổ chức 02 đợt: đợt 1 vào ngày 16/6/2033, bắt đầu từ 8 giờ 00, tại Hội trường Trung tâm Văn hóa huyện, ' +
      'đối thoại với các doanh nghiệp về thủ tục hành chính; đợt 2 dự kiến vào trung tuần tháng 11/2033, tại Hội trường UBND ' +
      'xã A, đối thoại với các tiểu thương tại chợ A về quản lý chợ (thời gian cụ thể sẽ thông báo sau).',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng HĐND và UBND huyện',
    'Phát hành giấy mời chậm nhất 05 ngày làm việc trước mỗi đợt hội nghị; chuẩn bị hội trường phục vụ hội nghị đợt 1.',
    'Dự thảo Thông báo kết luận, trình ban hành trong vòng 10 ngày kể từ ngày kết thúc hội nghị.',
    '2. UBND xã A',
    'Chuẩn bị hội trường phục vụ hội nghị đợt 2, hoàn thành trước ngày tổ chức đợt 2 ít nhất 02 ngày.',
  ].join('\n')

  it('each round is a session with its own time and subject', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2033-06-16', '2033-06-16', 'Đối thoại với các doanh nghiệp về thủ tục hành chính'],
      ['month', '2033-11-01', '2033-11-30', 'Đối thoại với các tiểu thương tại chợ A về quản lý chợ'],
    ])
  })

  it('"mỗi đợt" is every round, and the round one line names does not narrow the rest of the obligation', () => {
    expect(datedByRuleOf(text)).toEqual([
      ['Văn phòng HĐND và UBND huyện', 'relative', '-5 working_days', 0],
      ['Văn phòng HĐND và UBND huyện', 'relative', '-5 working_days', 1],
      ['Văn phòng HĐND và UBND huyện', 'relative', '10 days', 0],
      ['Văn phòng HĐND và UBND huyện', 'relative', '10 days', 1],
      ['UBND xã A', 'relative', '-2 days', 1],
    ])
  })
})

describe('round Q: a plan typed without diacritics', () => {
  it('"Truong cac thon" is a body as "Trưởng các thôn" is, its words kept as typed', () => {
    const text = [
      'KE HOACH',
      'To chuc doi thoai nam 2033',
      'II. THOI GIAN, DIA DIEM',
      '1. Hoi nghi doi thoai voi Nhan dan ve dat dai. Thoi gian: ngay 15/6/2033.',
      'III. TO CHUC THUC HIEN',
      '1. Truong cac thon',
      'Thong bao cho Nhan dan trong thon biet thoi gian, dia diem doi thoai truoc ngay to chuc doi thoai it nhat 07 ngay.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([['Truong cac thon', 'relative', '-7 days', 0]])
  })
})
