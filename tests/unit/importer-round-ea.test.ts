import { describe, expect, it } from 'vitest'
import { parseDeadline } from '../../src/services/deadlines/parse.js'
import { namedPeriod, readRuleDays } from '../../src/importer/session-time.js'
import { readPlan } from '../../src/importer/read-plan.js'
import { datedOf, sessionsOf, timesOf } from '../helpers/importer-draft.js'

// Round ea (stop 33, issue 11): reception days given by a rule ("ngày 10 và ngày 25 hằng tháng", "thứ Năm tuần thứ hai
// hằng tháng", "thứ Tư hằng tuần") within the period the page names, each on a small input written here.

const notice = (title: string, ...lines: string[]) => ['ỦY BAN NHÂN DÂN HUYỆN A', 'THÔNG BÁO', title, '', ...lines].join('\n')

describe('the days a reception rule gives over the period the title names', () => {
  it('gives each day of the month the rule names, each month of the year, moved off the days off', () => {
    const text = notice(
      'Lịch tiếp công dân định kỳ của Chủ tịch UBND huyện năm 2025',
      'Ủy ban nhân dân huyện thông báo lịch tiếp công dân định kỳ năm 2025 như sau:',
      '1. Chủ tịch UBND huyện tiếp công dân định kỳ vào ngày 10 và ngày 25 hằng tháng, tại Trụ sở Tiếp công dân huyện. ' +
        'Nếu trùng vào ngày nghỉ, ngày lễ thì chuyển sang ngày làm việc tiếp theo.',
      '2. Ban Tiếp công dân huyện có trách nhiệm chuẩn bị địa điểm, tài liệu.',
    )
    const sessions = sessionsOf(text)
    expect(sessions).toHaveLength(24)
    expect(new Set(sessions.map((s) => s[3]))).toEqual(new Set(['Chủ tịch UBND huyện tiếp công dân định kỳ']))
    const days = sessions.map((s) => s[1])
    // 25/01/2025 falls in the Tết holiday (to 02/02): the next working day is 03/02; 25/5 is a Sunday.
    expect(days.slice(0, 4)).toEqual(['2025-01-10', '2025-02-03', '2025-02-10', '2025-02-25'])
    expect(days).toContain('2025-05-26')
    expect(days).not.toContain('2025-05-25')
  })

  it('reads each leader listed under a line on receptions by the weekday of a week of the month, over a quarter', () => {
    const text = notice(
      'Lịch tiếp công dân của lãnh đạo Huyện ủy quý III năm 2024',
      'Lịch tiếp công dân định kỳ của Thường trực Huyện ủy như sau:',
      '- Đồng chí Bí thư Huyện ủy: thứ Năm tuần thứ hai hằng tháng.',
      '- Đồng chí Phó Bí thư Thường trực Huyện ủy: thứ Năm tuần cuối cùng hằng tháng.',
    )
    expect(sessionsOf(text).map((s) => [s[1], s[3]])).toEqual([
      ['2024-07-11', 'Đồng chí Bí thư Huyện ủy'],
      ['2024-07-25', 'Đồng chí Phó Bí thư Thường trực Huyện ủy'],
      ['2024-08-08', 'Đồng chí Bí thư Huyện ủy'],
      ['2024-08-29', 'Đồng chí Phó Bí thư Thường trực Huyện ủy'],
      ['2024-09-12', 'Đồng chí Bí thư Huyện ủy'],
      ['2024-09-26', 'Đồng chí Phó Bí thư Thường trực Huyện ủy'],
    ])
  })

  it('reads a weekday of every week over half a year, and no heading beside it as a session', () => {
    const text = notice(
      'Lịch tiếp công dân của UBND xã B 6 tháng đầu năm 2026',
      '1. Tiếp công dân định kỳ',
      '- Chủ tịch UBND xã tiếp công dân định kỳ vào ngày thứ Tư hằng tuần, trong giờ hành chính.',
    )
    const days = timesOf(text).map((t) => t[1])
    expect(days).toHaveLength(25)
    expect(days[0]).toBe('2026-01-07')
    expect(days.at(-1)).toBe('2026-06-24')
  })

  it('takes the period from the line that gives the schedule when the title names none, not a document date in it', () => {
    const text = [
      'Chủ tịch UBND tỉnh tiếp công dân vào ngày 25 hằng tháng',
      '',
      'UBND tỉnh vừa có Thông báo số 02/TB-UBND ngày 03 tháng 01 năm 2031 về lịch tiếp công dân của đồng chí Chủ tịch UBND ' +
        'tỉnh trong năm 2031.',
      'Theo đó, Chủ tịch UBND tỉnh phối hợp với Thường trực HĐND tỉnh tiếp công dân định kỳ vào ngày 25 hằng tháng.',
    ].join('\n')
    const sessions = sessionsOf(text)
    expect(sessions).toHaveLength(12)
    // (The body's telling names who receives; the headline's telling of the same rule gives no second set of days.)
    expect(sessions[0]?.[3]).toBe('Chủ tịch UBND tỉnh phối hợp với Thường trực HĐND tỉnh tiếp công dân định kỳ')
  })

  it('gives no days for a rule on a page that names no period, for the standing reception, or for an aside of a dialogue plan', () => {
    expect(
      timesOf(
        ['Bí thư Tỉnh ủy tiếp dân định kỳ', '', 'Theo Quy chế, đồng chí Bí thư Tỉnh ủy tiếp công dân định kỳ vào ngày 15 hằng tháng.'].join(
          '\n',
        ),
      ),
    ).toEqual([])
    const standing = notice(
      'Lịch tiếp công dân định kỳ của Chủ tịch UBND quận quý I năm 2030',
      '1. Chủ tịch UBND quận tiếp công dân định kỳ vào các ngày 14/01/2030 và 11/02/2030.',
      '2. Ngoài lịch trên, Phó Chủ tịch UBND quận tiếp công dân thường xuyên vào sáng thứ Năm hằng tuần.',
    )
    expect(timesOf(standing).map((t) => t[1])).toEqual(['2030-01-14', '2030-02-11'])
    const plan = [
      'HUYỆN ỦY C',
      'KẾ HOẠCH',
      'Tổ chức đối thoại giữa Bí thư Huyện ủy với Nhân dân năm 2030',
      '',
      '1. Đối thoại với Nhân dân xã D về đất đai. Thời gian: ngày 12/5/2030.',
      'Ngoài ra, đồng chí Bí thư Huyện ủy tiếp công dân định kỳ vào ngày 15 hằng tháng tại Trụ sở Tiếp công dân huyện.',
    ].join('\n')
    expect(timesOf(plan).map((t) => t[1])).toEqual(['2030-05-12'])
  })

  it('adds nothing when a schedule under the rule already lists its days, counted another way', () => {
    const text = notice(
      'Lịch tiếp công dân của Bí thư Tỉnh ủy quý I năm 2030',
      '1. Lịch tiếp công dân định kỳ',
      '| STT | Ngày tiếp | Người tiếp |',
      '|---|---|---|',
      '| 1 | 15/01/2030 | Bí thư Tỉnh ủy |',
      '| 2 | 12/02/2030 | Bí thư Tỉnh ủy |',
      '| 3 | 12/03/2030 | Bí thư Tỉnh ủy |',
      '2. Bí thư Tỉnh ủy tiếp công dân định kỳ vào ngày thứ Ba, tuần thứ 3 hằng tháng.',
    )
    expect(timesOf(text).map((t) => t[1])).toEqual(['2030-01-15', '2030-02-12', '2030-03-12'])
  })
})

describe('the rule and its period, read alone', () => {
  it('reads the period a title names', () => {
    expect(namedPeriod('Lịch tiếp công dân quý IV/2030')).toEqual({ year: 2030, from: 10, to: 12 })
    expect(namedPeriod('Lịch tiếp công dân 6 tháng cuối năm 2030')).toEqual({ year: 2030, from: 7, to: 12 })
    expect(namedPeriod('Lịch tiếp công dân tháng 11/2030')).toEqual({ year: 2030, from: 11, to: 11 })
    expect(namedPeriod('Lịch tiếp công dân từ tháng 3 đến tháng 6/2030')).toEqual({ year: 2030, from: 3, to: 6 })
    expect(namedPeriod('Thông báo số 5/TB-UBND ngày 03 tháng 01 năm 2030 về lịch tiếp công dân năm 2030')).toEqual({
      year: 2030,
      from: 1,
      to: 12,
    })
    expect(namedPeriod('Bí thư Tỉnh ủy tiếp dân định kỳ')).toBeNull()
  })

  it('moves a day off to the working day the rule says, after or before', () => {
    const period = { year: 2030, from: 6, to: 6 }
    // 15/6/2030 is a Saturday.
    const after = readRuleDays(
      'Giám đốc Sở tiếp công dân định kỳ vào ngày 15 hàng tháng (nếu trùng ngày nghỉ chuyển sang ngày tiếp theo).',
      period,
    )
    const before = readRuleDays(
      'Giám đốc Sở tiếp công dân định kỳ vào ngày 15 hàng tháng; nếu trùng vào ngày nghỉ thì tiếp vào ngày làm việc liền trước.',
      period,
    )
    const kept = readRuleDays('Giám đốc Sở tiếp công dân định kỳ vào ngày 15 hàng tháng.', period)
    expect([after[0]?.start, before[0]?.start, kept[0]?.start]).toEqual(['2030-06-17', '2030-06-14', '2030-06-15'])
  })

  it('reads no session day in a report due on a day of each month', () => {
    expect(readRuleDays('Văn phòng báo cáo kết quả tiếp công dân trước ngày 25 hằng tháng.', { year: 2030, from: 1, to: 12 })).toEqual([])
  })
})

describe('a reception day of each month is no deadline', () => {
  it('gives a reception rule no deadline, and keeps a report on receptions due each month', () => {
    expect(parseDeadline('Chủ tịch UBND tỉnh tiếp công dân định kỳ vào ngày 15 hằng tháng.', { defaultYear: 2030 }).kind).toBe('none')
    expect(parseDeadline('Báo cáo kết quả tiếp công dân về UBND tỉnh vào ngày 25 hằng tháng.', { defaultYear: 2030 }).kind).toBe('periodic')
  })

  it('reads no task from a notice of reception days', () => {
    const text = [
      'UBND tỉnh thông báo về việc tiếp công dân của lãnh đạo UBND tỉnh năm 2030.',
      'UBND tỉnh sẽ phối hợp với Thường trực HĐND tỉnh tiếp công dân định kỳ vào ngày 15 hàng tháng.',
    ].join('\n')
    expect(datedOf(text)).toEqual([])
  })
})

describe('an opening before the body that does the work', () => {
  const news = (sentence: string) =>
    [
      'Phường A tổ chức hội nghị đối thoại với Nhân dân',
      '',
      'Sáng 14/10/2031, UBND phường A sẽ tổ chức hội nghị đối thoại giữa Chủ tịch UBND phường với Nhân dân các tổ dân phố.',
      '',
      sentence,
    ].join('\n')

  it('reads the work once when the body after "Sau hội nghị," is in lower case', () => {
    const text = news(
      'Sau hội nghị, công chức Văn phòng - Thống kê tham mưu Chủ tịch UBND phường ban hành thông báo kết quả đối thoại ' +
        'trong thời hạn 05 ngày làm việc kể từ ngày kết thúc hội nghị.',
    )
    expect(datedOf(text)).toHaveLength(1)
  })

  it('still reads bodies named by their kind in lower case after the opening', () => {
    const text = news('Sau hội nghị, các tổ dân phố tổng hợp ý kiến gửi UBND phường trước ngày 25/10/2031.')
    expect(datedOf(text).map(([lead, , due]) => [lead, due])).toEqual([['Các tổ dân phố', '2031-10-24']])
  })
})

describe('a span of days told twice', () => {
  const news = (first: string) =>
    [
      'Đại biểu HĐND tỉnh tiếp xúc cử tri trước kỳ họp',
      '',
      `Từ ngày ${first} đến ngày 05/7/2030, các đại biểu HĐND tỉnh sẽ tiếp xúc cử tri tại các huyện.`,
      `Theo kế hoạch, từ ngày ${first} đến ngày 05/7/2030, các tổ đại biểu tiếp xúc cử tri tại 12 xã, phường.`,
    ].join('\n')

  it('is one session, whether or not the span starts on the 1st', () => {
    expect(timesOf(news('03'))).toEqual([['month', '2030-07-03', '2030-07-05']])
    expect(timesOf(news('01'))).toEqual([['month', '2030-07-01', '2030-07-05']])
  })
})

describe("a headline's day told again by the body", () => {
  it('keeps a second session of that day at another hour', () => {
    const text = [
      'Ngày 9/5, Bộ trưởng đối thoại trực tuyến với doanh nghiệp và người lao động',
      '',
      'Ngày 9/5/2030, Bộ trưởng sẽ có hai buổi đối thoại trực tuyến.',
      'Từ 8 giờ ngày 9/5/2030, Bộ trưởng đối thoại với các doanh nghiệp ngành dệt may.',
      'Từ 14 giờ ngày 9/5/2030, Bộ trưởng đối thoại với người lao động các khu công nghiệp.',
    ].join('\n')
    expect(readPlan(text).sessions.map((s) => [s.time.start, s.startsAt?.hour ?? null])).toEqual([
      ['2030-05-09', 8],
      ['2030-05-09', 14],
    ])
  })
})

// Review of round ea (stop 33): what a rule's sentence must say to give sessions, and where its period comes from.
describe('a rule read only where it gives a leader’s days', () => {
  const yearNotice = (...lines: string[]) => notice('Lịch tiếp công dân định kỳ năm 2031', ...lines)
  const startsOf = (text: string) => timesOf(text).map((t) => t[1])

  it('reads no days from work on receptions, and keeps its deadlines of each month', () => {
    const text = [
      'KẾ HOẠCH',
      'Tiếp công dân định kỳ của Chủ tịch UBND huyện năm 2031',
      '',
      'I. NỘI DUNG',
      '1. Chủ tịch UBND huyện tiếp công dân định kỳ vào ngày 15 hằng tháng.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Thanh tra huyện chuyển danh sách công dân đăng ký tiếp công dân cho Văn phòng huyện vào ngày 10 hằng tháng.',
      '2. Ban Tiếp công dân huyện cập nhật kết quả xử lý đơn vào ngày 20 hằng tháng.',
    ].join('\n')
    expect(startsOf(text)).toHaveLength(12)
    expect(datedOf(text).map(([, kind]) => kind)).toEqual(['periodic', 'periodic'])
  })

  it('reads no days from a law quoted, a report of receptions held, or a plan over several years', () => {
    expect(
      startsOf(yearNotice('Thực hiện Luật Tiếp công dân năm 2013, "Chủ tịch UBND tỉnh tiếp công dân định kỳ vào ngày 20 hằng tháng".')),
    ).toHaveLength(12)
    expect(
      startsOf(yearNotice('Thực hiện Luật Tiếp công dân năm 2013, "Chủ tịch UBND tỉnh tiếp công dân định kỳ vào ngày 20 hằng tháng".'))[0],
    ).toBe('2031-01-20')
    expect(
      startsOf(
        notice('Báo cáo kết quả công tác năm 2031', 'Năm 2031, Chủ tịch UBND huyện đã tiếp công dân định kỳ vào ngày 10 hằng tháng.'),
      ),
    ).toEqual([])
    expect(
      startsOf(notice('Kế hoạch tiếp công dân giai đoạn 2031 - 2035', 'Chủ tịch UBND huyện tiếp công dân định kỳ vào ngày 10 hằng tháng.')),
    ).toEqual([])
  })

  it('takes the period the rule’s own sentence names before the title’s', () => {
    const text = notice(
      'Kết luận của Chủ tịch UBND huyện tại phiên họp thường kỳ tháng 12 năm 2030',
      '1. Chủ tịch UBND huyện tiếp công dân định kỳ vào ngày 10 hằng tháng trong năm 2031.',
    )
    expect(startsOf(text)[0]).toBe('2031-01-10')
    expect(startsOf(text)).toHaveLength(12)
  })

  it('keeps the rule beside one day told apart, and reads "tiếp dân" as "tiếp công dân"', () => {
    const text = yearNotice(
      '1. Chủ tịch UBND huyện tiếp công dân định kỳ vào ngày 10 hằng tháng.',
      '2. Ngoài ra, ngày 19/5/2031, Chủ tịch UBND huyện tiếp công dân tại xã B.',
      '3. Phó Chủ tịch UBND huyện tiếp dân vào ngày 20 hằng tháng.',
    )
    expect(startsOf(text)).toHaveLength(25)
  })

  it('reads every day of the month the sentence names, not a house number or an hour as listed days', () => {
    const text = yearNotice(
      'Chủ tịch UBND huyện tiếp công dân vào ngày 05 hằng tháng và ngày 20 hằng tháng, buổi sáng từ 7.30 đến 11.00, ' +
        'tại Trụ sở (số 12/5 đường Hùng Vương).',
    )
    expect(startsOf(text).slice(0, 2)).toEqual(['2031-01-05', '2031-01-20'])
    expect(startsOf(text)).toHaveLength(24)
  })

  it('moves the days off as the next item says, and keeps a leader’s rule beside the standing office’s', () => {
    const text = yearNotice(
      '1. Trụ sở Tiếp công dân huyện tiếp công dân thường xuyên vào tất cả các ngày làm việc, và Chủ tịch UBND huyện tiếp ' +
        'công dân định kỳ vào ngày 25 hằng tháng.',
      '2. Trường hợp trùng vào ngày nghỉ, ngày lễ thì chuyển sang ngày làm việc tiếp theo.',
    )
    // 25/01/2031 falls in the Tết holiday, to 28/01; 25/5/2031 is a Sunday.
    expect(startsOf(text).slice(0, 2)).toEqual(['2031-01-29', '2031-02-25'])
    expect(startsOf(text)).toContain('2031-05-26')
  })

  it('names the days by the rule’s subject without the words before the day', () => {
    expect(sessionsOf(yearNotice('1. Chủ tịch UBND huyện tiếp công dân vào các ngày 10, 20 hằng tháng.'))[0]?.[3]).toBe(
      'Chủ tịch UBND huyện tiếp công dân',
    )
  })
})

describe('an adjustment’s words before the session they change', () => {
  it('keeps "Bổ sung một số nội dung …" whole: it adds matters, it names no session added', () => {
    const text = [
      'UBND XÃ A',
      'KẾ HOẠCH',
      'Điều chỉnh kế hoạch tổ chức đối thoại năm 2031',
      '',
      '1. Bổ sung một số nội dung đối thoại với Nhân dân thôn B về đất đai. Thời gian: ngày 12/5/2031.',
    ].join('\n')
    expect(sessionsOf(text).map((s) => s[3])).toEqual(['Bổ sung một số nội dung đối thoại với Nhân dân thôn B về đất đai'])
  })
})

describe("a portal's widgets copied with its article", () => {
  it('are no words of the headline or of a session', () => {
    const text = [
      'PublishingPortal - Block_BanTin_Toolbar',
      'Tăng cỡ chữ Giảm cỡ chữ',
      'Xem với cỡ chữ Tương phản',
      '0:00 / 0:00',
      'Chủ tịch UBND tỉnh sẽ đối thoại với thanh niên',
      'Xem với cỡ chữ Tương phản Sáng 26/3/2031, Chủ tịch UBND tỉnh sẽ đối thoại với thanh niên về việc làm tại Hội trường tỉnh.',
    ].join('\n')
    const draft = readPlan(text)
    expect(draft.plan.title).toBe('Chủ tịch UBND tỉnh sẽ đối thoại với thanh niên')
    expect(draft.sessions.map((s) => s.time.start)).toEqual(['2031-03-26'])
    expect(draft.sessions[0]?.topic).not.toMatch(/cỡ chữ|Tương phản|Block_/u)
  })
})

describe('leaders listed with their rules under a reception schedule', () => {
  it('gives their days as sessions and no deadline of theirs', () => {
    const text = [
      'Lịch tiếp công dân định kỳ năm 2031',
      '',
      'Lịch tiếp công dân định kỳ của lãnh đạo UBND tỉnh như sau:',
      '- Chủ tịch UBND tỉnh: ngày 15 hằng tháng.',
      '- Phó Chủ tịch UBND tỉnh: thứ Năm tuần thứ hai hằng tháng.',
    ].join('\n')
    expect(timesOf(text)).toHaveLength(24)
    expect(datedOf(text)).toEqual([])
  })
})
