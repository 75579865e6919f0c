import { describe, expect, it } from 'vitest'
import { readPlan } from '../../src/importer/read-plan.js'
import { parseDeadline } from '../../src/services/deadlines/parse.js'
import { sessionsOf, datedOf } from '../helpers/importer-draft.js'

// Round F of the unseen plans (issue 11): constructs they shared that the importer missed, each on a small input
// written here.

/** Relative deadlines by their rule, whatever day the calendar makes of them. */
const rulesOf = (text: string) =>
  readPlan(text)
    .tasks.filter((t) => t.deadline.kind === 'relative')
    .map((t) => [t.lead, `${t.deadline.offset} ${t.deadline.unit}`, t.session])

describe('a heading "ĐỀ NGHỊ CÁC ĐƠN VỊ:" over who does what', () => {
  const plan = [
    'THÔNG BÁO',
    'Lịch đối thoại với doanh nghiệp năm 2031',
    'Phòng Tổng hợp thông báo lịch như sau:',
    '1/ Hội nghị đối thoại với doanh nghiệp khu công nghiệp: 8h00 ngày 14/5/2031, hội trường Cục.',
    'ĐỀ NGHỊ CÁC ĐƠN VỊ:',
    '- Chi cục Thuế khu vực I: gửi danh sách doanh nghiệp trước ngày 05/5.',
    '- Phòng Tin học: đăng giấy mời lên trang thông tin điện tử chậm nhất ngày 06/5.',
    'Đề nghị các đơn vị nghiêm túc thực hiện.',
  ]

  it('is part of the body: its items are tasks', () => {
    expect(datedOf(plan.join('\n'))).toEqual([
      ['Chi cục Thuế khu vực I', 'absolute', '2031-05-04', null],
      ['Phòng Tin học', 'absolute', '2031-05-06', null],
    ])
  })

  it('while the closing sentence "Đề nghị các đơn vị …" still ends the body', () => {
    const closing = [...plan.slice(0, 4), 'Đề nghị các đơn vị nghiêm túc thực hiện.', ...plan.slice(4)]
    expect(datedOf(closing.join('\n'))).toEqual([])
  })
})

describe('a weekday between a deadline cue and its day', () => {
  it.each([
    ['gửi danh sách trước 16h thứ Sáu 10/4', '2031-04-10', true],
    ['gửi câu hỏi chậm nhất thứ Hai 27/4', '2031-04-27', true],
    ['đề xuất địa điểm, hạn chót thứ Sáu, ngày 17/4', '2031-04-17', true],
    ['nộp báo cáo trước thứ Năm 15/5', '2031-05-15', false],
    ['hoàn thành chậm nhất vào ngày thứ 3, 20/5', '2031-05-20', true],
  ])('"%s" names %s (inclusive: %s)', (text, date, inclusive) => {
    const rule = parseDeadline(text, { defaultYear: 2031 })
    expect(rule.kind === 'absolute' ? [rule.date, rule.inclusive] : rule).toEqual([date, inclusive])
  })

  it('is no deadline without a cue', () => {
    expect(parseDeadline('hội nghị thứ Hai 27/4 tại hội trường', { defaultYear: 2031 }).kind).toBe('none')
  })
})

describe('"trong ngày hôm nay (06/4)"', () => {
  it('is due that day', () => {
    const rule = parseDeadline('đăng thư mời ngay trong ngày hôm nay (06/4)', { defaultYear: 2031 })
    expect(rule.kind === 'absolute' ? [rule.date, rule.inclusive] : rule).toEqual(['2031-04-06', true])
  })
})

describe('a plan of "hoạt động": its dialogues and forums', () => {
  const plan = (work: string) =>
    [
      'KẾ HOẠCH',
      'Tổ chức các hoạt động đối thoại với thanh niên năm 2031',
      'I. CÁC HOẠT ĐỘNG',
      '1. Chương trình Chủ tịch UBND huyện đối thoại với thanh niên',
      'Thời gian: 8 giờ, ngày 20/3/2031.',
      '2. Đối thoại giữa Bí thư Huyện Đoàn với thanh niên công nhân',
      'Thời gian: ngày 15/5/2031.',
      '3. Diễn đàn thanh niên nông thôn với khởi nghiệp',
      'Thời gian: ngày 10/8/2031.',
      'II. TỔ CHỨC THỰC HIỆN',
      work,
    ].join('\n')

  it('"trước mỗi hoạt động 01 ngày" is a day before each of them, whatever the body\'s name says', () => {
    expect(rulesOf(plan('1. Văn phòng Huyện Đoàn: Bảo đảm hậu cần; hoàn thành công tác chuẩn bị trước mỗi hoạt động 01 ngày.'))).toEqual([
      ['Văn phòng Huyện Đoàn', '-1 days', 0],
      ['Văn phòng Huyện Đoàn', '-1 days', 1],
      ['Văn phòng Huyện Đoàn', '-1 days', 2],
    ])
  })

  it('"sau khi kết thúc Chương trình Chủ tịch UBND huyện đối thoại …" counts from that session only', () => {
    const work =
      '1. Ban Tuyên giáo: Dự thảo thông báo kết luận trong vòng 10 ngày sau khi kết thúc Chương ' +
      'trình Chủ tịch UBND huyện đối thoại với thanh niên.'
    expect(rulesOf(plan(work))).toEqual([['Ban Tuyên giáo', '10 days', 0]])
  })

  it('"… so với ngày tổ chức Chương trình" is the one the obligation named before', () => {
    const work =
      '1. Ban Tổ chức: Chọn cử 100 đại biểu tham dự Chương trình Chủ tịch UBND huyện đối thoại ' +
      'với thanh niên; gửi danh sách trước 05 ngày làm việc so với ngày tổ chức Chương trình.'
    expect(rulesOf(plan(work))).toEqual([['Ban Tổ chức', '-5 working_days', 0]])
  })
})

describe('a heading "Đối thoại chuyên đề với …" over a "Nội dung" of subjects', () => {
  it('is the topic: it says with whom, the label what about', () => {
    const plan = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại tại Trung tâm Y tế năm 2031',
      'I. NỘI DUNG, THỜI GIAN ĐỐI THOẠI',
      '1. Đối thoại chuyên đề với điều dưỡng, kỹ thuật viên',
      '- Nội dung: Vị trí việc làm, đào tạo liên tục, chế độ trực.',
      '- Thời gian: Quý III/2031.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Tổ chức: chuẩn bị tài liệu.',
    ]
    expect(sessionsOf(plan.join('\n'))).toEqual([
      ['quarter', '2031-07-01', '2031-09-30', 'Đối thoại chuyên đề với điều dưỡng, kỹ thuật viên'],
    ])
  })
})

describe('a timetable of work in a table with a "Thời gian" column', () => {
  const plan = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại với người lao động năm 2031',
    'I. THỜI GIAN ĐỐI THOẠI',
    '1. Đối thoại với người lao động khối sản xuất',
    '- Thời gian: 8 giờ ngày 15/4/2031.',
    'II. TIẾN ĐỘ THỰC HIỆN',
    '| TT | Thời gian | Nội dung công việc | Đơn vị thực hiện |',
    '| 1 | Ngày 05/4/2031 | Tổng hợp kiến nghị của người lao động | Phòng Tổ chức |',
    '| 2 | 15/4/2031 | Tổ chức đối thoại với người lao động khối sản xuất | Phòng Tổ chức |',
    '| 3 | Tháng 12/2031 | Sơ kết công tác đối thoại | Phòng Tổ chức |',
    '| 4 | Trước ngày 10/12/2031 | Báo cáo kết quả | Phòng Tổ chức |',
  ]

  it("gives a day its task, not the session's own row nor a month alone", () => {
    expect(datedOf(plan.join('\n'))).toEqual([
      ['Phòng Tổ chức', 'absolute', '2031-04-05', null],
      ['Phòng Tổ chức', 'absolute', '2031-12-09', null],
    ])
  })

  it('while a "Thời hạn hoàn thành" column makes a month the last day of it', () => {
    const deadlines = plan.map((line) => line.replace('| Thời gian |', '| Thời hạn hoàn thành |'))
    expect(datedOf(deadlines.join('\n'))).toContainEqual(['Phòng Tổ chức', 'absolute', '2031-12-31', null])
  })
})

describe('paragraphs "Lần thứ nhất, … đối thoại với …" after "… tổ chức đối thoại ba lần."', () => {
  it('are a session each, its topic what the paragraph says the dialogue is', () => {
    const plan = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại với nhân dân về giải phóng mặt bằng năm 2031',
      'I. NỘI DUNG VÀ THỜI GIAN',
      'Ủy ban nhân dân xã tổ chức đối thoại ba lần. Lần thứ nhất, Chủ tịch UBND xã đối thoại với ' +
        'các hộ có đất thu hồi về phương án bồi thường; hội nghị tiến hành vào hồi 8 giờ ngày 12 ' +
        'tháng 5 năm 2031 tại Hội trường UBND xã.',
      'Lần thứ hai, UBND xã đối thoại tại nhà văn hóa các thôn với các hộ còn ý kiến khác nhau, dự kiến trong tháng 7 năm 2031.',
      'Lần thứ ba là đối thoại với nhân dân về kết quả bàn giao mặt bằng; thời gian sẽ thông báo sau.',
      'II. TỔ CHỨC THỰC HIỆN',
      'Công chức Văn phòng - Thống kê xã chuẩn bị tài liệu.',
    ]
    expect(sessionsOf(plan.join('\n'))).toEqual([
      ['day', '2031-05-12', '2031-05-12', 'Đối thoại với các hộ có đất thu hồi về phương án bồi thường'],
      ['month', '2031-07-01', '2031-07-31', 'Đối thoại tại nhà văn hóa các thôn với các hộ còn ý kiến khác nhau'],
      ['unscheduled', null, null, 'Đối thoại với nhân dân về kết quả bàn giao mặt bằng'],
    ])
  })
})

describe('"từ ngày 10 đến ngày 15 tháng 6" (the first day without its month)', () => {
  it('is a period described, no deadline', () => {
    expect(parseDeadline('đối thoại tại các thôn, dự kiến trong khoảng từ ngày 10 đến ngày 15 tháng 6 năm 2031').kind).toBe('none')
  })

  it('while "hoàn thành đến ngày 15 tháng 6 năm 2031" is one', () => {
    const rule = parseDeadline('rà soát hồ sơ, hoàn thành đến ngày 15 tháng 6 năm 2031')
    expect(rule.kind === 'absolute' ? rule.date : rule).toBe('2031-06-15')
  })
})

describe('"Đài truyền thanh xã phát thông báo …"', () => {
  it('names the body without the verb', () => {
    const plan = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại với nhân dân năm 2031',
      'I. THỜI GIAN',
      'Hội nghị đối thoại với nhân dân xã tổ chức vào 8 giờ ngày 12/5/2031 tại Hội trường UBND xã.',
      'II. TỔ CHỨC THỰC HIỆN',
      'Đài truyền thanh xã phát thông báo về thời gian, địa điểm đối thoại chậm nhất ngày 08/5/2031.',
    ]
    expect(datedOf(plan.join('\n'))).toEqual([['Đài truyền thanh xã', 'absolute', '2031-05-08', null]])
  })
})

describe('"Đối với Hội nghị thứ hai và Hội nghị thứ ba: …"', () => {
  const plan = (work: string) =>
    [
      'KẾ HOẠCH',
      'Tổ chức hội nghị đối thoại với doanh nghiệp năm 2031',
      'I. NỘI DUNG, THỜI GIAN',
      '1. Hội nghị thứ nhất: Đối thoại với doanh nghiệp nhỏ và vừa, ngày 10/4/2031.',
      '2. Hội nghị thứ hai: Đối thoại với doanh nghiệp khu công nghiệp, dự kiến tháng 7/2031.',
      '3. Hội nghị thứ ba: Đối thoại với hợp tác xã, trong quý IV/2031.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Sở Tài chính',
      work,
    ].join('\n')

  it.each([
    '- Đối với Hội nghị thứ hai và Hội nghị thứ ba: tổng hợp kiến nghị, chậm nhất 10 ngày trước ngày tổ chức hội nghị.',
    '- Đối với hội nghị thứ hai, thứ ba: tổng hợp kiến nghị, chậm nhất 10 ngày trước ngày tổ chức hội nghị.',
  ])('"%s" concerns both', (work) => {
    expect(rulesOf(plan(work))).toEqual([
      ['Sở Tài chính', '-10 days', 1],
      ['Sở Tài chính', '-10 days', 2],
    ])
  })
})

describe('a forum with a title of its own, "Diễn đàn "…""', () => {
  const plan = (heading: string) =>
    [
      'KẾ HOẠCH',
      'Tổ chức các hoạt động đối thoại với thanh niên năm 2031',
      'I. CÁC HOẠT ĐỘNG',
      heading,
      'Nội dung: Thanh niên nông thôn đối thoại với lãnh đạo Sở Nông nghiệp về chuyển đổi cây trồng.',
      'Thời gian: ngày 12/8/2031.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng: chuẩn bị hội trường.',
    ].join('\n')

  it('is named by its title over a "Nội dung" that says who talks with whom', () => {
    expect(sessionsOf(plan('1. Diễn đàn "Thanh niên nông thôn với chuyển đổi cây trồng"'))).toEqual([
      ['day', '2031-08-12', '2031-08-12', 'Diễn đàn "Thanh niên nông thôn với chuyển đổi cây trồng"'],
    ])
  })

  it('while an untitled heading leaves the "Nội dung" the topic', () => {
    expect(sessionsOf(plan('1. Diễn đàn thanh niên nông thôn'))[0]?.[3]).toBe(
      'Thanh niên nông thôn đối thoại với lãnh đạo Sở Nông nghiệp về chuyển đổi cây trồng',
    )
  })
})
