import { describe, expect, it } from 'vitest'
import { readPlan } from '../../src/importer/read-plan.js'

// Round bt (issue 11): constructs of plans measured unseen, each on a small input written here.

const sessionsOf = (text: string) => readPlan(text).sessions.map((s) => [s.topic, s.time.precision, s.time.start, s.time.end])

describe('a paragraph opening with a ranked dialogue and its subject', () => {
  const plan = (first: string, second: string) =>
    [
      'KẾ HOẠCH',
      'Tổ chức hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân năm 2031',
      '',
      'II. NỘI DUNG, THỜI GIAN VÀ ĐỊA ĐIỂM',
      '',
      'Trong năm 2031, UBND xã tổ chức hai hội nghị đối thoại.',
      '',
      `${first} Hội nghị được tổ chức vào lúc 7 giờ 30 phút, ngày 14 tháng 6 năm 2031 tại Hội trường UBND xã.`,
      '',
      `${second} Hội nghị dự kiến tổ chức trong tháng 11 năm 2031, tại Hội trường UBND xã.`,
    ].join('\n')

  it('"Hội nghị đối thoại lần thứ nhất về …" keeps the rank that names the dialogue', () => {
    const text = plan(
      'Hội nghị đối thoại lần thứ nhất về công tác thủy lợi nội đồng, nạo vét kênh mương.',
      'Hội nghị đối thoại lần thứ hai về xây dựng nông thôn mới, hiến đất làm đường.',
    )
    expect(sessionsOf(text)).toEqual([
      ['Hội nghị đối thoại lần thứ nhất về công tác thủy lợi nội đồng, nạo vét kênh mương', 'day', '2031-06-14', '2031-06-14'],
      ['Hội nghị đối thoại lần thứ hai về xây dựng nông thôn mới, hiến đất làm đường', 'month', '2031-11-01', '2031-11-30'],
    ])
  })

  it('"Hội nghị thứ nhất về …" names no dialogue: "Đối thoại về …"', () => {
    const text = plan(
      'Hội nghị thứ nhất về công tác thủy lợi nội đồng, nạo vét kênh mương.',
      'Hội nghị thứ hai về xây dựng nông thôn mới, hiến đất làm đường.',
    )
    expect(sessionsOf(text)).toEqual([
      ['Đối thoại về công tác thủy lợi nội đồng, nạo vét kênh mương', 'day', '2031-06-14', '2031-06-14'],
      ['Đối thoại về xây dựng nông thôn mới, hiến đất làm đường', 'month', '2031-11-01', '2031-11-30'],
    ])
  })
})

describe('a schedule table whose month column writes "Tháng 7" and a cell lists several days', () => {
  const plan = (rows: string[]) =>
    [
      'UBND QUẬN MỘT',
      'THÔNG BÁO',
      'Lịch tiếp công dân định kỳ của Chủ tịch UBND quận quý III năm 2031',
      '',
      '1. Lịch tiếp công dân định kỳ',
      'Tháng | Người tiếp công dân | Ngày tiếp công dân | Ghi chú |',
      ...rows,
    ].join('\n')

  it('"Ngày 03; 17 (thứ Năm)" and "Ngày 07 (thứ Năm); 22 (thứ Sáu)" are a session each day, in the row\'s month', () => {
    const text = plan([
      'Tháng 7 | Chủ tịch UBND quận | Ngày 03; 17 (thứ Năm) | |',
      'Tháng 8 | Chủ tịch UBND quận | Ngày 07 (thứ Năm); 22 (thứ Sáu) | |',
    ])
    expect(sessionsOf(text).map(([, precision, start]) => [precision, start])).toEqual([
      ['day', '2031-07-03'],
      ['day', '2031-07-17'],
      ['day', '2031-08-07'],
      ['day', '2031-08-22'],
    ])
  })

  it('a row without a day is still the month its "Tháng" cell writes', () => {
    const text = plan([
      'Tháng 7 | Chủ tịch UBND quận | Ngày 03 (thứ Năm) | |',
      'Tháng 8 | Chủ tịch UBND quận | Dự kiến tuần cuối của tháng | |',
    ])
    expect(sessionsOf(text).map(([, precision, start, end]) => [precision, start, end])).toEqual([
      ['day', '2031-07-03', '2031-07-03'],
      ['month', '2031-08-01', '2031-08-31'],
    ])
  })
})

describe("a web page's buttons alone on their line under the headline", () => {
  it('"Cỡ chữ: A- A A+ In trang Gửi email" is no part of the title', () => {
    const text = [
      'Trang chủ » Tin tức - Sự kiện » Thông báo',
      'CỔNG THÔNG TIN ĐIỆN TỬ QUẬN MỘT',
      '',
      'Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND quận quý III năm 2031',
      'Ngày đăng: 29/06/2031 08:47 | Lượt xem: 412',
      'Cỡ chữ: A- A A+    In trang    Gửi email',
      '',
      'Văn phòng HĐND và UBND quận thông báo lịch tiếp công dân định kỳ quý III/2031 như sau:',
      '',
      '1. Lịch tiếp công dân định kỳ',
      'Tháng | Người tiếp công dân | Ngày tiếp công dân | Ghi chú |',
      'Tháng 7 | Chủ tịch UBND quận | Ngày 03 (thứ Năm) | |',
    ].join('\n')
    expect(readPlan(text).sessions.map((s) => s.topic)).toEqual(['Tiếp công dân định kỳ của Chủ tịch UBND quận'])
  })
})

describe('bare dated lines under a heading that names the dialogue', () => {
  const plan = (heading: string) =>
    [
      'KẾ HOẠCH',
      'Tổ chức đối thoại của Giám đốc Sở với tổ chức, hộ gia đình, cá nhân về lĩnh vực đất đai năm 2031',
      '',
      'II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM ĐỐI THOẠI',
      `2.1. ${heading}`,
      '- Ngày 15/4/2031 (thứ Ba): tại Hội trường UBND huyện Một, với các hộ gia đình, cá nhân đang sử dụng đất của Công ty A.',
      '- Ngày 17/4/2031 (thứ Năm): tại Hội trường UBND huyện Hai, với các hộ gia đình, cá nhân trên địa bàn huyện.',
      'Thời gian bắt đầu các buổi đối thoại: 8 giờ 00.',
      '2.2. Đợt 2: Đối thoại với Nhân dân huyện Ba về bồi thường, hỗ trợ, tái định cư',
      'Thời gian: quý III/2031.',
    ].join('\n')

  it('"Đợt 1 (quý II/2031): Đối thoại với Nhân dân về …" is the topic of its days, without the round and its period', () => {
    expect(sessionsOf(plan('Đợt 1 (quý II/2031): Đối thoại với Nhân dân về cấp giấy chứng nhận quyền sử dụng đất'))).toEqual([
      ['Đối thoại với Nhân dân về cấp giấy chứng nhận quyền sử dụng đất', 'day', '2031-04-15', '2031-04-15'],
      ['Đối thoại với Nhân dân về cấp giấy chứng nhận quyền sử dụng đất', 'day', '2031-04-17', '2031-04-17'],
      ['Đối thoại với Nhân dân huyện Ba về bồi thường, hỗ trợ, tái định cư', 'quarter', '2031-07-01', '2031-09-30'],
    ])
  })

  it("a heading of labels alone still gives its days the plan's subject", () => {
    expect(
      sessionsOf(plan('Thời gian, địa điểm'))
        .slice(0, 2)
        .map(([topic]) => topic),
    ).toEqual([
      'Đối thoại của Giám đốc Sở với tổ chức, hộ gia đình, cá nhân về lĩnh vực đất đai',
      'Đối thoại của Giám đốc Sở với tổ chức, hộ gia đình, cá nhân về lĩnh vực đất đai',
    ])
  })
})
