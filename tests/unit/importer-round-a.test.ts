import { describe, expect, it } from 'vitest'
import { bodiesOfHeading } from '../../src/importer/bodies.js'
import { readPlan } from '../../src/importer/read-plan.js'
import { readRecurringDays, readSessionTime } from '../../src/importer/session-time.js'
import { sessionsOf } from '../helpers/importer-draft.js'

// Round A of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round A: the hours of a session', () => {
  it('"Từ 08 giờ 00 đến 11 giờ 00, ngày 14/4/2033" is the session\'s day; "gửi đến 17 giờ ngày …" stays a deadline', () => {
    expect(readSessionTime('Từ 08 giờ 00 đến 11 giờ 00, ngày 14/4/2033 (thứ Năm).', { year: 2033 })).toMatchObject({
      precision: 'day',
      start: '2033-04-14',
      hour: 8,
      minute: 0,
    })
    expect(readSessionTime('sáng từ 7h30 đến 11h ngày 14/4/2033', { year: 2033 })?.start).toBe('2033-04-14')
    expect(readSessionTime('gửi báo cáo đến 17 giờ ngày 14/4/2033', { year: 2033 })).toBeNull()
    const text = [
      'II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
      '1. Buổi đối thoại thứ nhất',
      '- Nội dung: Đối thoại với Nhân dân phường A về giải quyết thủ tục hành chính.',
      '- Thời gian: Từ 08 giờ 00 đến 11 giờ 00, ngày 14/4/2033 (thứ Năm).',
      '2. Buổi đối thoại thứ hai',
      '- Nội dung: Đối thoại với Nhân dân xã B về đăng ký xe.',
      '- Thời gian: Từ 14 giờ 00 đến 17 giờ 00, ngày 25/5/2033.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2033-04-14', '2033-04-14', 'Đối thoại với Nhân dân phường A về giải quyết thủ tục hành chính'],
      ['day', '2033-05-25', '2033-05-25', 'Đối thoại với Nhân dân xã B về đăng ký xe'],
    ])
  })
})

describe('round A: a news item copied from a portal', () => {
  it('"(KB) - Thực hiện …" opens the lead under the headline; the remark after the last line of a schedule is not its cell', () => {
    const text = [
      'Trang chủ » Tin tức » Hoạt động của Huyện ủy',
      'Lịch tiếp công dân định kỳ của đồng chí Bí thư Huyện ủy năm 2033',
      '',
      '(AB) - Ngày 26/12/2032, Ban Thường vụ Huyện ủy ban hành Thông báo số 18-TB/HU về lịch tiếp công dân năm 2033.',
      '',
      'Lịch cụ thể như sau:',
      '',
      'Tháng 01/2033: ngày 17 (thứ Hai)',
      'Tháng 02/2033: ngày 15 (thứ Ba)',
      'Tháng 03/2033: ngày 15 (thứ Ba)',
      '',
      'Trường hợp đồng chí Bí thư Huyện ủy bận công tác đột xuất, việc tiếp công dân sẽ lùi sang ngày khác.',
    ].join('\n')
    const subject = 'Tiếp công dân định kỳ của đồng chí Bí thư Huyện ủy'
    expect(sessionsOf(text)).toEqual([
      ['day', '2033-01-17', '2033-01-17', subject],
      ['day', '2033-02-15', '2033-02-15', subject],
      ['day', '2033-03-15', '2033-03-15', subject],
    ])
  })
})

describe('round A: a schedule named only "Lịch tổ chức đối thoại"', () => {
  it('its rows take the plan\'s subject, not the heading\'s remark; "Các đảng bộ, chi bộ cơ sở trực thuộc" is a body', () => {
    const text = [
      'KẾ HOẠCH',
      'tổ chức đối thoại giữa bí thư cấp ủy cơ sở với người lao động năm 2033',
      '',
      'II- NỘI DUNG VÀ LỊCH ĐỐI THOẠI',
      '1. Lịch tổ chức đối thoại (Ban Thường vụ chọn 02 đơn vị làm điểm):',
      '| Thời gian | Đơn vị tổ chức | Địa điểm |',
      '|---|---|---|',
      '| 8 giờ 00, ngày 12-4-2033 | Đảng ủy Công ty A | Hội trường Công ty |',
      '| Quý IV-2033 | Chi bộ Công ty B | Hội trường Công ty |',
      'III- TỔ CHỨC THỰC HIỆN',
      '1. Các đảng bộ, chi bộ cơ sở trực thuộc',
      'Chủ động tổ chức đối thoại tại đơn vị; báo cáo kết quả gửi về Đảng ủy Khối trước ngày 10-12-2033.',
    ].join('\n')
    const draft = readPlan(text)
    expect(draft.sessions.map((s) => [s.time.precision, s.time.start, s.topic])).toEqual([
      ['day', '2033-04-12', 'Đối thoại giữa bí thư cấp ủy cơ sở với người lao động'],
      ['quarter', '2033-10-01', 'Đối thoại giữa bí thư cấp ủy cơ sở với người lao động'],
    ])
    expect(draft.tasks.map((t) => [t.lead, t.deadline.due])).toEqual([['Các đảng bộ, chi bộ cơ sở trực thuộc', '2033-12-09']])
  })
})

describe('round A: a weekday every week of one month', () => {
  it('"vào các ngày thứ Năm trong tháng 3/2033": each Thursday of March; the rule alone or over months names no days', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tiếp công dân định kỳ của Chủ tịch UBND phường tháng 3 năm 2033',
      '',
      '1. Tiếp công dân định kỳ',
      'Chủ tịch UBND phường tiếp công dân định kỳ vào các ngày thứ Năm trong tháng 3/2033.',
      '- Địa điểm: Trụ sở Tiếp công dân phường.',
    ].join('\n')
    expect(sessionsOf(text).map((s) => s[1])).toEqual(['2033-03-03', '2033-03-10', '2033-03-17', '2033-03-24', '2033-03-31'])
    expect(readRecurringDays('tiếp công dân vào thứ Hai hằng tuần trong tháng 5/2033', { year: null }).map((d) => d.start)).toEqual([
      '2033-05-02',
      '2033-05-09',
      '2033-05-16',
      '2033-05-23',
      '2033-05-30',
    ])
    expect(readRecurringDays('tiếp công dân vào các ngày thứ Năm hằng tuần', { year: 2033 })).toEqual([])
    expect(readRecurringDays('vào các ngày thứ Năm trong tháng 3 và tháng 4/2033', { year: 2033 })).toEqual([])
  })
})

describe('round A: reception days on a subject under a heading that names them', () => {
  const text = [
    'THÔNG BÁO',
    'Lịch tiếp công dân định kỳ và theo chuyên đề của Chủ tịch UBND phường tháng 5 năm 2033',
    '',
    '1. Tiếp công dân định kỳ',
    '- Ngày 05/5/2033 (thứ Năm), buổi sáng: tại Hội trường UBND phường.',
    '- Ngày 19/5/2033 (thứ Năm), buổi sáng: tại Hội trường UBND phường.',
    '2. Tiếp công dân theo chuyên đề',
    '- Ngày 10/5/2033 (thứ Ba), từ 14 giờ 00: tiếp và đối thoại với các hộ dân về bồi thường dự án mở rộng hẻm; tại Hội trường.',
    '- Ngày 24/5/2033 (thứ Ba), từ 08 giờ 00: tiếp các hộ kinh doanh về việc sử dụng tạm thời vỉa hè; tại Hội trường.',
    '3. Tổ chức thực hiện',
    'a) Văn phòng HĐND và UBND phường:',
    '- Chuẩn bị hồ sơ, báo cáo Chủ tịch UBND phường chậm nhất 02 ngày làm việc trước mỗi buổi tiếp công dân.',
    '- Đối với 02 buổi tiếp công dân theo chuyên đề tại mục 2: dự thảo thông báo kết luận ' +
      'trong thời hạn 05 ngày làm việc kể từ ngày tiếp công dân.',
  ].join('\n')

  it('each dated line is a session, its subject the words after its time, whether or not they say "đối thoại"', () => {
    expect(sessionsOf(text).map((s) => [s[1], s[3]])).toEqual([
      ['2033-05-05', 'Tiếp công dân định kỳ và theo chuyên đề của Chủ tịch UBND phường'],
      ['2033-05-19', 'Tiếp công dân định kỳ và theo chuyên đề của Chủ tịch UBND phường'],
      ['2033-05-10', 'Tiếp và đối thoại với các hộ dân về bồi thường dự án mở rộng hẻm'],
      ['2033-05-24', 'Tiếp các hộ kinh doanh về việc sử dụng tạm thời vỉa hè'],
    ])
  })

  it('"trước mỗi buổi tiếp công dân" concerns all four; "Đối với 02 buổi tiếp công dân theo chuyên đề" the two of item 2', () => {
    const relative = readPlan(text)
      .tasks.filter((t) => t.deadline.kind === 'relative')
      .map((t) => [t.deadline.offset, t.session])
    expect(relative).toEqual([
      [-2, 0],
      [-2, 1],
      [-2, 2],
      [-2, 3],
      [5, 2],
      [5, 3],
    ])
  })
})

describe('round A: the next dialogue a notice of conclusions announces', () => {
  it('"3. Hội nghị đối thoại tiếp theo" is a name; its paragraph says with whom and about what, up to "vào tháng 10/2033"', () => {
    const text = [
      'THÔNG BÁO',
      'Kết luận của Chủ tịch UBND huyện tại Hội nghị đối thoại với Nhân dân xã A',
      '',
      'Sau khi nghe ý kiến của Nhân dân, đồng chí Chủ tịch UBND huyện kết luận như sau:',
      '1. Giao nhiệm vụ',
      '1.1. Phòng Tài nguyên và Môi trường: rà soát hồ sơ, báo cáo Chủ tịch UBND huyện trước ngày 15/8/2033.',
      '2. Hội nghị đối thoại tiếp theo',
      'Chủ tịch UBND huyện sẽ tổ chức Hội nghị đối thoại với Nhân dân xã B về công tác quản lý ' +
        'đất đai vào tháng 10/2033; thời gian cụ thể sẽ thông báo sau.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['month', '2033-10-01', '2033-10-31', 'Hội nghị đối thoại với Nhân dân xã B về công tác quản lý đất đai'],
    ])
  })
})

describe('round A: two deadlines of one body for two sessions', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức Hội nghị Chủ tịch UBND tỉnh đối thoại với doanh nghiệp năm 2033',
    '',
    'I. NỘI DUNG, THỜI GIAN',
    '1. Hội nghị thứ nhất',
    '- Nội dung: Đối thoại với doanh nghiệp nông nghiệp về tiếp cận đất đai.',
    '- Thời gian: 08 giờ 00, ngày 25 tháng 8 năm 2033.',
    '2. Hội nghị thứ hai',
    '- Nội dung: Đối thoại với doanh nghiệp du lịch về thủ tục đầu tư.',
    '- Thời gian: Dự kiến trong tháng 11 năm 2033.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Liên minh Hợp tác xã tỉnh',
    'Tổng hợp ý kiến, gửi Sở Kế hoạch và Đầu tư chậm nhất ngày 10 tháng 8 năm 2033 đối với Hội ' +
      'nghị thứ nhất và ngày 14 tháng 10 năm 2033 đối với Hội nghị thứ hai.',
    '2. Sở Kế hoạch và Đầu tư',
    'Gửi Văn phòng UBND tỉnh trước ngày 15 tháng 8 năm 2033 (đối với Hội nghị thứ nhất).',
    'Dự thảo Thông báo kết luận, trình ban hành trong thời hạn 07 ngày làm việc kể từ ngày kết thúc mỗi Hội nghị.',
  ].join('\n')

  it('"chậm nhất ngày 10 … và ngày 14 tháng 10 …": the second day is a deadline too, no session', () => {
    expect(sessionsOf(text).map((s) => [s[0], s[1]])).toEqual([
      ['day', '2033-08-25'],
      ['month', '2033-11-01'],
    ])
    const line = 'gửi Sở chậm nhất ngày 10 tháng 8 năm 2033 đối với Hội nghị thứ nhất và ngày 14 tháng 10 năm 2033 đối với Hội nghị thứ hai'
    expect(readSessionTime(line, { year: 2033 })).toBeNull()
    expect(readSessionTime('trước ngày 05/4/2033 và trước ngày 18/5/2033', { year: 2033 })).toBeNull()
    expect(readSessionTime('Hội nghị thứ nhất ngày 10/8/2033 và Hội nghị thứ hai ngày 14/10/2033', { year: 2033 })?.start).toBe(
      '2033-08-10',
    )
  })

  it('"… kể từ ngày kết thúc mỗi Hội nghị" concerns both, though the paragraph before names "Hội nghị thứ nhất"', () => {
    const relative = readPlan(text)
      .tasks.filter((t) => t.deadline.kind === 'relative')
      .map((t) => [t.lead, t.deadline.offset, t.session])
    expect(relative).toEqual([
      ['Sở Kế hoạch và Đầu tư', 7, 0],
      ['Sở Kế hoạch và Đầu tư', 7, 1],
    ])
  })
})

describe('round A: departments whose standard names hold commas', () => {
  it('"Sở Công Thương, Sở Văn hóa, Thể thao và Du lịch, Sở Xây dựng" is three bodies; "Riêng Sở …:" is one of them alone', () => {
    expect(bodiesOfHeading('Sở Công Thương, Sở Văn hóa, Thể thao và Du lịch, Sở Xây dựng').map((b) => b.name)).toEqual([
      'Sở Công Thương',
      'Sở Văn hóa, Thể thao và Du lịch',
      'Sở Xây dựng',
    ])
    expect(bodiesOfHeading('Phòng Văn hóa, Thể thao và Du lịch').map((b) => b.name)).toEqual(['Phòng Văn hóa, Thể thao và Du lịch'])
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại với doanh nghiệp năm 2033',
      '',
      'I. NỘI DUNG',
      '1. Hội nghị đối thoại với doanh nghiệp du lịch, thời gian: ngày 20/11/2033.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Sở Công Thương, Sở Văn hóa, Thể thao và Du lịch, Sở Xây dựng',
      '- Chuẩn bị nội dung trả lời, gửi Sở Kế hoạch và Đầu tư trước ngày 10/11/2033.',
      '- Riêng Sở Xây dựng: rà soát các dự án, báo cáo trước ngày 05/11/2033.',
    ].join('\n')
    const dated = readPlan(text).tasks.map((t) => [t.lead, t.deadline.due])
    expect(dated).toEqual([
      ['Sở Công Thương', '2033-11-09'],
      ['Sở Văn hóa, Thể thao và Du lịch', '2033-11-09'],
      ['Sở Xây dựng', '2033-11-09'],
      ['Sở Xây dựng', '2033-11-04'],
    ])
  })
})

describe("round A: an agenda under 'Nội dung'", () => {
  it("sentences that say what is done, none naming the dialogue, leave the topic to the notice's subject", () => {
    const text = [
      'THÔNG BÁO',
      'Về việc tổ chức đối thoại định kỳ với người bệnh và người nhà người bệnh năm 2033',
      '',
      'Bệnh viện thông báo lịch đối thoại như sau:',
      '1. Thời gian',
      'Bệnh viện tổ chức đối thoại vào 9 giờ 00, ngày 24/6/2033.',
      '2. Nội dung',
      '- Bệnh viện thông tin về tình hình hoạt động, giá dịch vụ và thời gian thăm người bệnh.',
      '- Người bệnh, người nhà người bệnh phản ánh, góp ý; lãnh đạo các khoa trả lời trực tiếp.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([['day', '2033-06-24', '2033-06-24', 'Đối thoại định kỳ với người bệnh và người nhà người bệnh']])
  })
})
