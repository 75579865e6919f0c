import { describe, expect, it } from 'vitest'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Round ad of the importer's fixes (issue 11): each construct on a small input written here.

describe("a news item's headline naming who holds the dialogue ('Chủ tịch UBND huyện sẽ đối thoại với …')", () => {
  const text = [
    'Chủ tịch UBND huyện sẽ đối thoại với thanh niên và hộ kinh doanh',
    '',
    'Ngày 02/3, UBND huyện ban hành Kế hoạch tổ chức hội nghị đối thoại năm 2031. Hội nghị ' +
      'thứ nhất đối thoại với thanh niên về việc làm, dự kiến diễn ra ngày ' +
      '20/3/2031 tại Hội trường UBND huyện. Hội nghị thứ hai đối thoại với hộ kinh doanh về thuế, tổ chức lúc 8 giờ ngày 15/4/2031.',
    '',
    'Để chuẩn bị hội nghị, UBND huyện giao Văn phòng HĐND và UBND huyện chủ trì xây dựng chương trình, trình Chủ ' +
      'tịch UBND huyện trước ngày tổ chức hội nghị ít nhất 03 ngày làm việc.',
    '',
    'Phòng Lao động - Thương binh và Xã hội tổng hợp ý kiến của thanh niên, gửi Văn phòng chậm nhất ngày 10/3/2031.',
  ].join('\n')

  it('leaves the work of the paragraphs after it to the bodies they name', () => {
    expect(datedByRuleOf(text)).toEqual([
      ['Văn phòng HĐND và UBND huyện', 'relative', '-3 working_days', 0],
      ['Văn phòng HĐND và UBND huyện', 'relative', '-3 working_days', 1],
      ['Phòng Lao động - Thương binh và Xã hội', 'absolute', '2031-03-10', null],
    ])
  })
})

describe("a session by its rank 'dành cho' whom, 'với nội dung (trọng tâm) là' what", () => {
  it('takes whom it is for and what about as its topic', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức hội nghị đối thoại năm 2031',
      'Hội nghị thứ nhất đối thoại với nông dân về chuyển đổi cây trồng, tổ chức ' +
        'ngày 10/7/2031 tại xã An Phú. Hội nghị thứ hai dành cho đoàn ' +
        'viên, thanh niên, với nội dung trọng tâm là học nghề và việc làm, sẽ được tổ chức trong tháng 9/2031.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2031-07-10', '2031-07-10', 'Đối thoại với nông dân về chuyển đổi cây trồng'],
      ['month', '2031-09-01', '2031-09-30', 'Đối thoại với đoàn viên, thanh niên về học nghề và việc làm'],
    ])
  })
})

describe("a schedule's dated line whose bullet slipped ('+ Ngày …' then '- Ngày …')", () => {
  it('reads each dated line as a session beside the others, not under the line before', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại với Nhân dân các thôn năm 2031',
      '1. Lịch đối thoại',
      '+ Ngày 08/7/2031 (thứ Ba): đối thoại với Nhân dân thôn An Bình, tại Nhà văn hóa thôn.',
      '- Ngày 10/7/2031 (thứ Năm): đối thoại với Nhân dân thôn Tân Lập, tại Nhà văn hóa thôn.',
      '+ Thứ Ba, ngày 15/7/2031: đối thoại với Nhân dân thôn Phú Mỹ, tại Nhà văn hóa thôn.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2031-07-08', '2031-07-08', 'Đối thoại với Nhân dân thôn An Bình'],
      ['day', '2031-07-10', '2031-07-10', 'Đối thoại với Nhân dân thôn Tân Lập'],
      ['day', '2031-07-15', '2031-07-15', 'Đối thoại với Nhân dân thôn Phú Mỹ'],
    ])
  })
})

describe("the last session 'tại' a place, and the sessions 'tại thôn mình' of 'Trưởng các thôn'", () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại với Nhân dân năm 2031',
    'II. LỊCH ĐỐI THOẠI',
    '1. Lịch đối thoại tại các thôn',
    '- Ngày 08/7/2031 (thứ Ba): đối thoại với Nhân dân thôn An Bình, tại Nhà văn hóa thôn An Bình.',
    '- Ngày 10/7/2031 (thứ Năm): đối thoại với Nhân dân thôn Tân Lập, tại Nhà văn hóa thôn Tân Lập.',
    '2. Đối thoại với các hộ kinh doanh về an toàn thực phẩm: dự kiến tổ chức trong tháng 8/2031, tại Hội trường UBND xã.',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Công chức Văn phòng - Thống kê',
    '- Tổng hợp kết quả, báo cáo UBND huyện sau 10 ngày kể từ ngày kết thúc buổi đối thoại cuối cùng tại thôn Tân Lập.',
    '2. Trưởng các thôn',
    '- Thông báo lịch đối thoại trên loa của thôn chậm nhất 03 ngày trước buổi đối thoại tại thôn mình.',
  ].join('\n')

  it('counts from the sessions held there only, not the later one held at the hall', () => {
    expect(datedByRuleOf(text)).toEqual([
      ['Công chức Văn phòng - Thống kê', 'relative', '10 days', 1],
      ['Trưởng các thôn', 'relative', '-3 days', 0],
      ['Trưởng các thôn', 'relative', '-3 days', 1],
    ])
  })
})

describe("a session's time as a sentence after its 'Nội dung:' ('…. Thời gian dự kiến đầu tháng 10-2031, …')", () => {
  it('reads the time, and leaves it out of the subject', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại năm 2031',
      '1- Đối thoại với đoàn viên, thanh niên',
      'a) Nội dung: Đối thoại với đoàn viên, thanh niên về việc làm.',
      'b) Thời gian: ngày 24-4-2031, tại Hội trường phường.',
      '2- Đối thoại với hội viên phụ nữ',
      'Nội dung: Đối thoại với hội viên phụ nữ về bình đẳng giới. Thời gian dự kiến đầu ' +
        'tháng 10-2031, gắn với kỷ niệm Ngày Phụ nữ Việt Nam.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2031-04-24', '2031-04-24', 'Đối thoại với đoàn viên, thanh niên về việc làm'],
      ['month', '2031-10-01', '2031-10-31', 'Đối thoại với hội viên phụ nữ về bình đẳng giới'],
    ])
  })
})

describe("a schedule's line naming who receives after a dash ('đồng chí A - Phó Chủ tịch UBND huyện')", () => {
  it("keeps the notice's subject as the topic, not the receiving officer's title", () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tiếp công dân của lãnh đạo UBND huyện Quý I năm 2031',
      'Lịch cụ thể:',
      'THÁNG 01/2031',
      '- Thứ Năm, ngày 02/01/2031: đồng chí Nguyễn Văn A - Chủ tịch UBND huyện.',
      '- Thứ Năm, ngày 16/01/2031: đồng chí Trần Văn B - Phó Chủ tịch UBND huyện.',
    ].join('\n')
    expect(sessionsOf(text).map(([, start, , topic]) => [start, topic])).toEqual([
      ['2031-01-02', 'Tiếp công dân của lãnh đạo UBND huyện'],
      ['2031-01-16', 'Tiếp công dân của lãnh đạo UBND huyện'],
    ])
  })
})
