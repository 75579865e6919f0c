import { describe, expect, it } from 'vitest'
import { readPlan } from '../../src/importer/read-plan.js'
import { readSessionTime } from '../../src/importer/session-time.js'
import { datedByRuleOf, timesOf } from '../helpers/importer-draft.js'

// Round ct of the importer's fixes (issue 11): each construct on a small input written here.

describe('a reception day "nếu trùng ngày nghỉ thì chuyển sang ngày làm việc kế tiếp"', () => {
  const text = [
    'KẾ HOẠCH',
    'Tiếp công dân năm 2030',
    '',
    'I. NỘI DUNG',
    '1. Lịch tiếp công dân định kỳ của Chủ tịch UBND huyện năm 2030',
    '',
    'Tháng\tNgày\tLãnh đạo tiếp',
    '5\tNgày 15 (nếu trùng ngày nghỉ thì chuyển sang ngày làm việc kế tiếp)\tChủ tịch UBND huyện',
    '6\tNgày 15 (nếu trùng ngày nghỉ thì chuyển sang ngày làm việc kế tiếp)\tChủ tịch UBND huyện',
    '7\tNgày 15\tChủ tịch UBND huyện',
    '',
    '2. Đối thoại với Nhân dân',
    'Chủ tịch UBND huyện đối thoại với các hộ dân vùng dự án đường ven sông. Thời gian: trong quý III/2030.',
    '',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng UBND huyện',
    '- Dự thảo thông báo kết luận tại buổi tiếp công dân, trình ký trong thời hạn 03 ngày làm việc sau buổi tiếp.',
  ].join('\n')

  it('holds each on the 15th, or on the next working day when the 15th is a day off (15/6/2030 a Saturday)', () => {
    expect(timesOf(text).slice(0, 3)).toEqual([
      ['day', '2030-05-15', '2030-05-15'],
      ['day', '2030-06-17', '2030-06-17'],
      ['day', '2030-07-15', '2030-07-15'],
    ])
  })

  it('moves the day written with the rule in a sentence too, and keeps one without it', () => {
    const ctx = { year: 2030, month: null }
    expect(readSessionTime('Ngày 15/9/2030 (trường hợp trùng vào ngày nghỉ thì lùi sang ngày làm việc kế tiếp)', ctx)?.start).toBe(
      '2030-09-16',
    )
    expect(readSessionTime('Ngày 15/9/2030', ctx)?.start).toBe('2030-09-15')
  })

  it('counts "03 ngày làm việc sau buổi tiếp" from the reception days only, not from the dialogue', () => {
    expect(readPlan(text).sessions).toHaveLength(4)
    expect(datedByRuleOf(text)).toEqual([
      ['Văn phòng UBND huyện', 'relative', '3 working_days', 0],
      ['Văn phòng UBND huyện', 'relative', '3 working_days', 1],
      ['Văn phòng UBND huyện', 'relative', '3 working_days', 2],
    ])
  })
})

describe('a follow-up session "dự kiến trong quý II năm sau"', () => {
  it('is in the year after the one the text is of', () => {
    const ctx = { year: 2030, month: null }
    expect(readSessionTime('dự kiến trong quý II năm sau', ctx)).toMatchObject({ precision: 'quarter', start: '2031-04-01' })
    expect(readSessionTime('trong tháng 3 năm tới', ctx)).toMatchObject({ precision: 'month', start: '2031-03-01' })
    expect(readSessionTime('trong quý II', ctx)).toMatchObject({ precision: 'quarter', start: '2030-04-01' })
    expect(readSessionTime('trong quý II năm 2032', ctx)).toMatchObject({ start: '2032-04-01' })
  })
})

describe('a short letter with no title, no "V/v" and no headings', () => {
  const text = [
    'ỦY BAN NHÂN DÂN XÃ ĐÔNG',
    'Số: 12/TB-UBND',
    'Đông, ngày 06 tháng 5 năm 2030',
    '',
    'Kính gửi: Ban tự quản và bà con Nhân dân thôn Bắc.',
    '',
    'Thực hiện Quy chế dân chủ ở cơ sở, đồng chí Chủ tịch UBND xã sẽ đối thoại trực tiếp với bà con Nhân dân thôn ' +
      'Bắc về việc mở rộng tuyến đường liên thôn và hiến đất của các hộ dọc tuyến.',
    '',
    'Buổi đối thoại tổ chức vào lúc 08 giờ 00, thứ Sáu, ngày 24/5/2030, tại Nhà văn hóa thôn Bắc.',
    '',
    'Để buổi đối thoại có kết quả, UBND xã đề nghị Trưởng thôn Bắc thông báo đến từng hộ, ' +
      'tổng hợp ý kiến gửi về Văn phòng UBND xã trước ngày ' +
      '20/5/2030. Công chức Địa chính - Xây dựng chuẩn bị bản vẽ tuyến đường, xong trước ngày đối thoại 02 ngày.',
    '',
    'Rất mong bà con tham dự đầy đủ.',
  ].join('\n')

  it('takes its subject from the sentence announcing the dialogue, not from the letterhead', () => {
    expect(readPlan(text).sessions.map((s) => [s.time.start, s.topic])).toEqual([
      [
        '2030-05-24',
        'Đối thoại trực tiếp với bà con Nhân dân thôn Bắc về việc mở rộng tuyến đường liên thôn và hiến đất của các hộ dọc tuyến',
      ],
    ])
  })

  it('gives the request "Để …, UBND xã đề nghị Trưởng thôn …" to the body asked, each sentence its own', () => {
    expect(datedByRuleOf(text)).toEqual([
      ['Trưởng thôn Bắc', 'absolute', '2030-05-19', null],
      ['Công chức Địa chính - Xây dựng', 'relative', '-2 days', 0],
    ])
  })
})

describe('a body whose field is what the whole plan is about', () => {
  const plan = (subject: string) =>
    [
      'KẾ HOẠCH',
      subject,
      '',
      'I. NỘI DUNG',
      '1. Hội nghị đối thoại lần thứ nhất',
      '1.1. Chủ đề: Tháo gỡ khó khăn về đất đai đối với các dự án.',
      '1.2. Thời gian: tháng 5/2030.',
      '2. Hội nghị đối thoại lần thứ hai',
      '2.1. Chủ đề: Đối thoại với các doanh nghiệp trong khu công nghiệp về hạ tầng.',
      '2.2. Thời gian: tháng 8/2030.',
      '',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Hiệp hội Doanh nghiệp tỉnh',
      'Tổng hợp ý kiến, kiến nghị của doanh nghiệp gửi Sở Kế hoạch và Đầu tư trước 20 ngày tổ chức hội nghị.',
    ].join('\n')

  it('"Hiệp hội Doanh nghiệp tỉnh" in a plan of dialogues "với doanh nghiệp, nhà đầu tư" works for every session', () => {
    expect(datedByRuleOf(plan('Tổ chức Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với doanh nghiệp, nhà đầu tư năm 2030'))).toEqual([
      ['Hiệp hội Doanh nghiệp tỉnh', 'relative', '-20 days', 0],
      ['Hiệp hội Doanh nghiệp tỉnh', 'relative', '-20 days', 1],
    ])
  })

  it('but for the session whose topic names its field when the subject lists an audience a session', () => {
    expect(datedByRuleOf(plan('Tổ chức đối thoại với nông dân và với doanh nghiệp năm 2030'))).toEqual([
      ['Hiệp hội Doanh nghiệp tỉnh', 'relative', '-20 days', 1],
    ])
  })
})

describe('the preparation split by whose dialogue it is', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại của đồng chí Bí thư Huyện ủy và đồng chí Chủ tịch UBND huyện với Nhân dân năm 2030',
    '',
    'I. NỘI DUNG',
    '1. Đối thoại của đồng chí Bí thư Huyện ủy',
    '- Nội dung: Xây dựng nông thôn mới.',
    '- Thời gian: ngày 12/7/2030.',
    '2. Đối thoại của đồng chí Chủ tịch UBND huyện',
    '- Nội dung: Bồi thường, hỗ trợ, tái định cư dự án khu công nghiệp.',
    '- Thời gian: ngày 13/9/2030.',
    '',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Chuẩn bị buổi đối thoại của đồng chí Bí thư Huyện ủy',
    'a) Ban Dân vận Huyện ủy: Xây dựng chương trình, trình Thường trực Huyện ủy trước ngày đối thoại 10 ngày.',
    '2. Chuẩn bị buổi đối thoại của đồng chí Chủ tịch UBND huyện',
    'a) Văn phòng HĐND và UBND huyện: Phát hành giấy mời trước ngày đối thoại ít nhất 05 ngày làm việc.',
  ].join('\n')

  it("binds the work under each heading to that host's session only", () => {
    expect(datedByRuleOf(text)).toEqual([
      ['Ban Dân vận Huyện ủy', 'relative', '-10 days', 0],
      ['Văn phòng HĐND và UBND huyện', 'relative', '-5 working_days', 1],
    ])
  })
})

describe("a table of work whose partner's cell says which session it helps with", () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức hội nghị đối thoại với doanh nghiệp năm 2030',
    '',
    'I. NỘI DUNG',
    '1. Hội nghị đối thoại thứ nhất',
    '- Thời gian: ngày 13/8/2030.',
    '2. Hội nghị đối thoại thứ hai',
    '- Thời gian: ngày 15/10/2030.',
    '',
    'II. TỔ CHỨC THỰC HIỆN',
    '| STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện |',
    '|---|---|---|---|---|',
    '| 1 | Phát hành giấy mời; chuẩn bị hội trường | Văn phòng Sở | UBND thị xã Đông (Hội nghị thứ hai) | Trước 05 ngày tổ chức hội nghị |',
  ].join('\n')

  it("binds the lead's work to every session its deadline counts from", () => {
    expect(datedByRuleOf(text)).toEqual([
      ['Văn phòng Sở', 'relative', '-5 days', 0],
      ['Văn phòng Sở', 'relative', '-5 days', 1],
    ])
  })
})
