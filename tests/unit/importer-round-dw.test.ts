import { describe, expect, it } from 'vitest'
import { cleanLines } from '../../src/importer/normalize.js'
import { buildOutline } from '../../src/importer/outline.js'
import { readPlan } from '../../src/importer/read-plan.js'
import { readSessions } from '../../src/importer/read-sessions.js'
import { readSessionTime } from '../../src/importer/session-time.js'
import { timesOf } from '../helpers/importer-draft.js'

// Round dw (review of rounds dn–dr, issue 11): readings those rounds bent, each on a small input written here.

const plan = (...items: string[]) => ['UBND XÃ A', 'KẾ HOẠCH', 'Tổ chức đối thoại năm 2031', '', 'I. LỊCH ĐỐI THOẠI', ...items].join('\n')

describe('a month a news item announces, restated by its day', () => {
  it('keeps a plan\'s monthly session whose words only fold like "sẽ"/"sắp" ("sáp nhập", "chia sẻ")', () => {
    const text = plan(
      '1. Tháng 5/2031: Chủ tịch UBND xã đối thoại với Nhân dân về việc sáp nhập thôn, tổ dân phố.',
      '2. Ngày 20/5/2031: Chủ tịch UBND xã đối thoại với Nhân dân thôn C về việc sáp nhập thôn, tổ dân phố.',
    )
    expect(timesOf(text)).toEqual([
      ['month', '2031-05-01', '2031-05-31'],
      ['day', '2031-05-20', '2031-05-20'],
    ])
  })

  it('gives each session its own source and roles when an announced month is dropped', () => {
    const text = [
      'Tin tức',
      'Tỉnh sẽ đối thoại với thanh niên vào tháng 3/2031 về việc làm và khởi nghiệp',
      'Theo kế hoạch, Chủ tịch UBND tỉnh đối thoại với thanh niên về việc làm và khởi nghiệp vào ngày 26/3/2031 tại Hội trường tỉnh.',
      'Ngày 10/4/2031, Chủ tịch UBND huyện B tiếp công dân định kỳ.',
    ].join('\n')
    const read = readSessions(buildOutline(cleanLines(text)), { year: 2031, subject: 'đối thoại' }, [])
    expect(read.sessions.map((s) => s.time.start)).toEqual(['2031-03-26', '2031-04-10'])
    expect(read.sources).toHaveLength(2)
    expect(read.roles).toHaveLength(2)
    expect(read.sources[0]).toContain('26/3/2031')
    expect(read.sources[1]).toContain('10/4/2031')
  })
})

describe('a part of the day followed by a dot', () => {
  it('is a clock, not a day, when the day follows in the clause', () => {
    const text = plan('1. Sáng 8.05, ngày 24/11/2031, Chủ tịch UBND xã đối thoại với Nhân dân thôn B.')
    expect(timesOf(text)).toEqual([['day', '2031-11-24', '2031-11-24']])
  })
})

describe('half a day', () => {
  it('is how long a meeting lasts, but "ngày 1/3" or a weekday\'s "1/2" is a day', () => {
    expect(readSessionTime('trong thời gian 1/2 ngày tại hội trường', { year: 2031 })?.start ?? null).toBeNull()
    expect(readSessionTime('Ngày 1/3 buổi sáng, Chủ tịch UBND xã đối thoại với Nhân dân', { year: 2031 })?.start).toBe('2031-03-01')
    expect(readSessionTime('Thứ Bảy ngày 1/2 buổi chiều tiếp công dân', { year: 2031 })?.start).toBe('2031-02-01')
  })
})

describe('a posting stamp', () => {
  it('is no schedule line that names a session before its day and hour', () => {
    const text = [
      'UBND XÃ A',
      'THÔNG BÁO',
      'Lịch tiếp công dân và đối thoại năm 2031',
      '',
      'Chủ tịch UBND xã tiếp công dân 15/04/2031 08:00',
      'Chủ tịch UBND xã đối thoại với thanh niên 26/05/2031 14:00',
    ].join('\n')
    expect(timesOf(text).map((t) => t[1])).toEqual(['2031-04-15', '2031-05-26'])
  })
})

describe('one body asking another', () => {
  it('is no "giao ban" (a briefing): the work stays with the body that does it', () => {
    const text = plan(
      '1. Ngày 15/4/2031: Chủ tịch UBND xã đối thoại với Nhân dân về đất đai.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Công chức Tư pháp giao ban với Trưởng thôn, báo cáo Chủ tịch UBND xã trước ngày 12/4/2031.',
    )
    expect(readPlan(text).tasks.map((t) => t.lead)).toEqual(['Công chức Tư pháp'])
  })
})

describe('a month table one cell a line', () => {
  it('keeps a cell that is a dashed line inside its row', () => {
    const text = [
      'SỞ A',
      'THÔNG BÁO',
      'Lịch tiếp công dân định kỳ của Giám đốc Sở năm 2031',
      '',
      'Tháng',
      'Người chủ trì',
      'Nội dung',
      'Thứ, ngày',
      ...[1, 2, 3].flatMap((month) => [String(month), 'Giám đốc Sở', '- Tiếp công dân định kỳ', `Thứ 2, ngày ${[13, 10, 10][month - 1]}`]),
    ].join('\n')
    expect(timesOf(text).map((t) => t[1])).toEqual(['2031-01-13', '2031-02-10', '2031-03-10'])
  })
})

describe('the year of a plan opened by a citing line', () => {
  it("is the one its own last clause gives, not the cited plan's", () => {
    const text = [
      'UBND XÃ A',
      'KẾ HOẠCH',
      'Tổ chức hội nghị đối thoại với Nhân dân',
      '',
      'Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2030 của UBND huyện, UBND xã xây dựng kế hoạch tổ chức đối thoại năm 2031 như sau:',
      'I. NỘI DUNG',
      '1. Ngày 15/4: Chủ tịch UBND xã đối thoại với Nhân dân về đất đai.',
    ].join('\n')
    expect(timesOf(text)).toEqual([['day', '2031-04-15', '2031-04-15']])
  })
})

describe('a news item listing voter meetings in one sentence', () => {
  it('keeps the morning and the afternoon of one day apart, however alike their places fold', () => {
    const text = [
      'Các đại biểu Quốc hội tỉnh sẽ tiếp xúc cử tri tại Xã Ia Pa, huyện Đăk Hà vào Buổi sáng ngày 05/5/2031; tại Xã Đăk Tờ Kan, ' +
        'huyện Tu Mơ Rông vào Buổi sáng ngày 06/5/2031 và tại Xã Đăk Trăm, huyện Đăk Tô vào Buổi chiều ngày 06/5/2031.',
      'Đoàn đại biểu Quốc hội tỉnh đề nghị các cơ quan có liên quan thực hiện nghiêm quy định phòng chống dịch./.',
    ].join('\n')
    expect(timesOf(text).map((t) => t[1])).toEqual(['2031-05-05', '2031-05-06', '2031-05-06'])
  })
})

describe('a news item giving one span of days in its lead and again in its body', () => {
  it('keeps that session once: the same span said twice frames nothing', () => {
    const text = [
      'Từ ngày 7 đến 25-10: Đại biểu HĐND tỉnh tiếp xúc cử tri',
      'Thường trực HĐND tỉnh vừa có thông báo về việc tiếp xúc cử tri trước kỳ họp thứ 9, từ ngày 7 đến 25-10/2031.',
      'Theo đó, thời gian tiếp xúc từ ngày 7 đến 25-10. Nội dung tiếp xúc gồm kết quả kỳ họp thứ 8.',
    ].join('\n')
    expect(timesOf(text)).toEqual([['month', '2031-10-07', '2031-10-25']])
  })
})

describe('a citing line with no clause of its own', () => {
  it('gives no year: "Thực hiện Kế hoạch số … ngày … năm 2030 của UBND huyện:" is the cited plan\'s', () => {
    const text = [
      'UBND XÃ A',
      'KẾ HOẠCH',
      'Tổ chức hội nghị đối thoại với Nhân dân',
      '',
      'Thực hiện Kế hoạch số 12/KH-UBND ngày 05 tháng 01 năm 2030 của UBND huyện:',
      'Ngày 15 tháng 3 năm 2031, UBND xã ban hành kế hoạch như sau:',
      'I. NỘI DUNG',
      '1. Ngày 15/4: Chủ tịch UBND xã đối thoại với Nhân dân về đất đai.',
    ].join('\n')
    expect(timesOf(text)).toEqual([['day', '2031-04-15', '2031-04-15']])
  })
})
