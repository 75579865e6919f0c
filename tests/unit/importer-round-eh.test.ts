import { describe, expect, it } from 'vitest'
import { cleanLines } from '../../src/importer/normalize.js'
import { readPlan } from '../../src/importer/read-plan.js'
import { sessionsOf } from '../helpers/importer-draft.js'

// Round eh (stop 35, issue 11): general readings of news items and schedules copied from web pages, each on a small
// input written here (none of them a page of the measured sets).

describe('a numbered list a web copy ran into one line', () => {
  it('gives each item its own line again when the numbers run on after a sentence ends', () => {
    const text =
      '1. Xã A (Tổ số 2): Sáng 12/4/2031. Nhà văn hóa thôn B. ĐB: Lê C, Vũ D.2. Xã E (Tổ số 3): Chiều 12/4/2031. Trụ sở UBND xã E. ' +
      'ĐB: Trần G.3. Xã H (Tổ số 4): Sáng 13/4/2031. Hội trường xã H.'
    expect(cleanLines(text).map((l) => l.text)).toEqual([
      '1. Xã A (Tổ số 2): Sáng 12/4/2031. Nhà văn hóa thôn B. ĐB: Lê C, Vũ D.',
      '2. Xã E (Tổ số 3): Chiều 12/4/2031. Trụ sở UBND xã E. ĐB: Trần G.',
      '3. Xã H (Tổ số 4): Sáng 13/4/2031. Hội trường xã H.',
    ])
  })

  it('leaves a line alone whose numbers do not run on from its first, or run on only once', () => {
    for (const text of [
      '1. Sở A chủ trì, gửi báo cáo trước ngày 12.2. Sở B phối hợp.',
      'Căn cứ Điều 2. Quyết định số 5/QĐ-UBND; khoản 3. Luật Tiếp công dân.',
      '1. Xã A: Sáng 12/4/2031.3. Xã B: Chiều 12/4/2031.4. Xã C.',
    ]) {
      expect(cleanLines(text).map((l) => l.text)).toEqual([text])
    }
  })
})

describe('a news lead that opens with the occasion it is held for', () => {
  it("reads the lead's own day after the occasion's name, not the occasion's day", () => {
    const text =
      'Nhân kỷ niệm 100 năm Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh, ngày 24/3/2031, Tỉnh Đoàn A tổ chức buổi đối ' +
      'thoại giữa đoàn viên, thanh niên với lãnh đạo tỉnh.'
    expect(sessionsOf(text)).toEqual([['day', '2031-03-24', '2031-03-24', 'Đối thoại giữa đoàn viên, thanh niên với lãnh đạo tỉnh']])
  })

  it('still takes a day written just after the occasion’s name as the occasion’s', () => {
    const text =
      'UBND tỉnh A tổ chức đối thoại với người có công trong tháng 7/2031 (trước dịp kỷ niệm 84 năm Ngày Thương binh - Liệt sĩ 27/7).'
    expect(sessionsOf(text)).toEqual([['month', '2031-07-01', '2031-07-31', expect.stringMatching(/đối thoại với người có công$/)]])
  })
})

describe('a news item whose voters speak of other months', () => {
  it('keeps the session its lead names, not a month in what was said at it', () => {
    const text = [
      'Chiều 19-11-2031, tại Hội trường UBND xã A, Tổ đại biểu HĐND tỉnh đã có buổi tiếp xúc cử tri các xã A, B và C.',
      'Hội nghị tiếp xúc cử tri các xã A, B và C',
      'Cử tri đã kiến nghị nhiều vấn đề: tình trạng ngập nước tại đường D; một số hộ chưa nhận trợ cấp hằng tháng từ tháng 9; ' +
        'đề xuất làm bờ kè dọc sông E.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([['day', '2031-11-19', '2031-11-19', expect.stringMatching(/^Tiếp xúc cử tri các xã A, B và C/)]])
  })
})

describe("a news item with its pictures' captions copied as rows of one cell", () => {
  const text = [
    'Ngày 12-8-2031, Đoàn đại biểu Quốc hội tỉnh đã có buổi tiếp xúc với cử tri tại huyện A.',
    '| Các đại biểu tại buổi tiếp xúc cử tri |',
    '| Cử tri nêu ý kiến tại hội nghị |',
    'Cử tri phản ánh nhiều nội dung liên quan đến đời sống dân sinh.',
    '| Chủ tịch UBND tỉnh phát biểu tại buổi tiếp xúc |',
    'Chủ tịch UBND tỉnh yêu cầu các sở, ngành xử lý dứt điểm.',
  ].join('\n')

  it('reads the captions as lines, not a table that would start the body below the lead', () => {
    expect(cleanLines(text).map((l) => [l.text, l.cells])).toContainEqual(['Cử tri nêu ý kiến tại hội nghị', null])
    expect(sessionsOf(text)).toEqual([['day', '2031-08-12', '2031-08-12', 'Tiếp xúc với cử tri tại huyện A']])
  })

  it('keeps a run of rows as a table when one of them has a second cell', () => {
    const table = ['| LỊCH TIẾP CÔNG DÂN |', '| Ngày 5/3/2031 | Chủ tịch UBND huyện |'].join('\n')
    expect(cleanLines(table).every((l) => l.cells !== null)).toBe(true)
  })
})

describe('a news item whose lead points at its picture, then says what comes next by the plan', () => {
  const text = [
    'Lãnh đạo tỉnh tiếp công dân định kỳ tháng 6/2031',
    '(BL-MN) Sáng 12/6/2031, Bí thư Tỉnh ủy và Chủ tịch UBND tỉnh tổ chức tiếp công dân thành phố A tại trụ sở tiếp công dân tỉnh (ảnh).',
    'Có 14 trường hợp công dân được trình bày tâm tư nguyện vọng.',
    'Theo kế hoạch, ngày 13/6/2031, Bí thư Tỉnh ủy và Chủ tịch UBND tỉnh tiếp công dân huyện B tại trụ sở UBND huyện B.',
    '[Ảnh] Quang cảnh buổi tiếp công dân ngày 12/6/2031 tại thành phố A.',
  ].join('\n\n')

  it('keeps the lead, reads the day "by the plan" as a session, and still drops the marked caption', () => {
    expect(sessionsOf(text).map(([, start, , topic]) => [start, topic])).toEqual([
      ['2031-06-12', expect.any(String)],
      ['2031-06-13', expect.stringMatching(/^Tiếp công dân huyện B/)],
    ])
  })
})

describe('a news page posted a year after the session it reports', () => {
  it('takes the day stamped in words over the headline for the posting, and the year of the part of a year the lead names', () => {
    const text = [
      'Thứ Sáu, ngày 29 tháng 3 năm 2032',
      'Quận A: Tổ chức Hội nghị tiếp xúc, đối thoại trực tiếp giữa Chủ tịch UBND quận với nhân dân',
      '(Thanhuy.vn) - Chiều 30/5, UBND Quận A tổ chức Hội nghị tiếp xúc, đối thoại trực tiếp giữa Chủ tịch UBND quận với nhân ' +
        'dân trên địa bàn trong 6 tháng đầu năm 2031 và Hội nghị nhân dân quý 2 năm 2031.',
      'Đồng chí Chủ tịch UBND quận chủ trì Hội nghị.',
    ].join('\n\n')
    expect(sessionsOf(text).map(([precision, start]) => [precision, start])).toEqual([['day', '2031-05-30']])
  })

  it("keeps the page's year when the part named does not hold the day's month", () => {
    const text = [
      'Thứ Hai, ngày 20 tháng 1 năm 2032',
      'Huyện A tổng kết đối thoại',
      'Sáng 15/1, UBND huyện A tổ chức hội nghị đối thoại với nhân dân, tổng kết các buổi đối thoại quý IV năm 2031.',
    ].join('\n\n')
    expect(sessionsOf(text).map(([precision, start]) => [precision, start])).toEqual([['day', '2032-01-15']])
  })
})

describe("a news item whose paragraphs tell the two halves of the lead's day", () => {
  it('reads the afternoon paragraph that names its voter meeting as a session of that day', () => {
    const text = [
      'Đoàn Đại biểu Quốc hội tỉnh tiếp xúc cử tri xã A và xã C',
      'Ngày 23-11-2031, Đoàn Đại biểu Quốc hội tỉnh đã tiếp xúc cử tri xã A (huyện B) và xã C (huyện D).',
      'Buổi sáng, sau khi nghe đại biểu báo cáo kết quả kỳ họp, cử tri xã A có một số kiến nghị về chế độ chính sách.',
      'Buổi chiều, Đoàn tiếp tục có buổi tiếp xúc cử tri xã C (huyện D). Nhiều cử tri kiến nghị nâng cấp tỉnh lộ.',
    ].join('\n\n')
    expect(sessionsOf(text).map(([, start, , topic]) => [start, topic])).toEqual([
      ['2031-11-23', 'Tiếp xúc cử tri xã A (huyện B) và xã C (huyện D)'],
      ['2031-11-23', 'Tiếp xúc cử tri xã C (huyện D)'],
    ])
  })
})

describe('a news page stamped with a numbered weekday over a headline that gives its span', () => {
  it('reads the span as the voter meetings, not the stamp, nor the day of a sitting named in brackets', () => {
    const text = [
      'Thứ 5, Ngày 13/06/2031 -',
      'Từ ngày 03 - 14/6: Đại biểu HĐND tỉnh TXCT trước Kỳ họp thứ 7',
      'Ngày đăng: 20/05/2031  20:15',
      'Theo Kế hoạch số 04/KH-TTHĐND ngày 20/5/2031 của Thường trực HĐND tỉnh: Từ ngày 03/6/2031 đến ngày 14/6/2031, đại biểu ' +
        'HĐND tỉnh tiếp xúc cử tri (TXCT) trước Kỳ họp thứ 7 HĐND tỉnh.',
      'Theo Kế hoạch, tại Hội nghị TXCT, các Tổ đại biểu HĐND tỉnh thông báo kết quả Kỳ họp chuyên đề HĐND tỉnh (tổ chức ngày ' +
        '02/5/2031) và nội dung Kỳ họp thứ 7 HĐND tỉnh.',
    ].join('\n\n')
    expect(sessionsOf(text).map(([precision, start, end]) => [precision, start, end])).toEqual([['month', '2031-06-03', '2031-06-14']])
  })
})

describe("a news item's source in brackets before its lead, with no dash", () => {
  it('starts the lead on its own line, not as the end of the headline above it', () => {
    const text = [
      'Cục Thuế tỉnh A lắng nghe người nộp thuế',
      '(Tài chính) Nhằm cải cách thủ tục hành chính thuế, Cục Thuế tỉnh A sẽ tổ chức đối thoại.',
    ]
    expect(cleanLines(text.join('\n')).map((l) => l.text)).toEqual(text)
  })

  it('still joins a bracket that goes on a sentence broken after a word that wants more', () => {
    const text = 'Báo cáo gửi về Văn phòng UBND tỉnh và\n(Ban Tiếp công dân) Tổng hợp chung.'
    expect(cleanLines(text).map((l) => l.text)).toEqual(['Báo cáo gửi về Văn phòng UBND tỉnh và (Ban Tiếp công dân) Tổng hợp chung.'])
  })
})

describe('a text that names no year, read with the year it is imported in', () => {
  const notice = [
    'Lịch tiếp xúc cử tri của Đoàn đại biểu Quốc hội thành phố',
    '1. Quận A (Đơn vị số 3): Sáng 28/11 (thứ Ba), tiếp xúc cử tri tại Trụ sở UBND phường B.',
    '2. Huyện C (Đơn vị số 5): Sáng 29/11 (thứ Tư), tiếp xúc cử tri tại Trụ sở UBND xã D.',
  ].join('\n')

  it('reads its days in that year, and warns that the year was assumed', () => {
    const draft = readPlan('Chủ tịch UBND tỉnh tiếp công dân định kỳ tháng 2 vào 14 giờ ngày 6/2 tại Trụ sở tiếp công dân tỉnh.', {
      fallbackYear: 2031,
    })
    expect([draft.plan.year, draft.sessions.map((s) => s.time.start)]).toEqual([2031, ['2031-02-06']])
    expect(draft.warnings).toContainEqual({ key: 'import-warning-year-assumed', vars: { year: '2031' } })
  })

  it('takes the nearest year whose calendar has the weekdays written beside the days', () => {
    // (28/11 is a Tuesday in 2023 and 2028, not in 2031; 2028 is nearer.)
    expect(readPlan(notice, { fallbackYear: 2031 }).sessions.map((s) => s.time.start)).toEqual(['2028-11-28', '2028-11-29'])
    // (… and a Tuesday in 2028 itself.)
    expect(readPlan(notice, { fallbackYear: 2028 }).plan.year).toBe(2028)
  })

  it('leaves a text that names its year, or one read without a fallback, as it was', () => {
    const dated = readPlan(notice.replace('28/11 (thứ Ba)', '28/11/2023 (thứ Ba)'), { fallbackYear: 2031 })
    expect([dated.plan.year, dated.warnings.some((w) => w.key === 'import-warning-year-assumed')]).toEqual([2023, false])
    expect(readPlan(notice).sessions).toEqual([])
  })
})

describe('what the rules of this round leave alone (second reading)', () => {
  const lead = 'Ngày 23-11-2031, Đoàn Đại biểu Quốc hội tỉnh đã tiếp xúc cử tri xã A.'

  it('keeps a voter meeting held before a sitting on the day it names', () => {
    const text = 'Hội nghị tiếp xúc cử tri trước Kỳ họp thứ 7 sẽ tổ chức ngày 5/7/2031 tại xã A.'
    expect(sessionsOf(text).map(([precision, start]) => [precision, start])).toEqual([['day', '2031-07-05']])
  })

  it('adds no session for a half of the day that only reports what was said or done after', () => {
    for (const half of [
      'Buổi sáng, tại hội nghị, cử tri xã A kiến nghị nâng cấp đường.',
      'Buổi chiều, Đoàn làm việc với UBND huyện về kết quả tiếp xúc cử tri.',
    ]) {
      expect(sessionsOf(['Đoàn ĐBQH tỉnh tiếp xúc cử tri xã A', lead, half].join('\n\n'))).toHaveLength(1)
    }
  })

  it("keeps a span of sessions beside the lead's day when no voter said it", () => {
    const text = [
      'Đoàn ĐBQH tỉnh tiếp xúc cử tri xã A',
      lead,
      'Từ ngày 24/11 đến 28/11/2031, các Tổ đại biểu tiếp tục tiếp xúc cử tri tại các xã còn lại.',
    ]
    expect(sessionsOf(text.join('\n\n')).map(([, start, end]) => [start, end])).toContainEqual(['2031-11-24', '2031-11-28'])
  })

  it("takes the occasion's day when the clause after a comma gives another", () => {
    const text = 'Nhân kỷ niệm Ngày Doanh nhân Việt Nam 13/10, ngày 10/10/2031, UBND tỉnh A tổ chức đối thoại với doanh nghiệp.'
    expect(sessionsOf(text).map(([, start]) => start)).toEqual(['2031-10-10'])
  })

  it('reads no weekday in an ordinal, and a caption with its credit stays a caption', () => {
    const sitting = 'Đại biểu HĐND tỉnh tiếp xúc cử tri trước Kỳ họp thứ 7, ngày 12/6 tại xã A.'
    expect(readPlan(sitting, { fallbackYear: 2024 }).plan.year).toBe(2024)
    const caption = 'Đồng chí Chủ tịch UBND tỉnh phát biểu tại buổi đối thoại ngày 12/6/2031 (Ảnh: Minh Tuấn)'
    expect(cleanLines(`Tin tức\n${caption}`).map((l) => l.text)).toEqual(['Tin tức'])
    expect(cleanLines('Sáng 12/6/2031, UBND tỉnh tiếp công dân tại trụ sở (ảnh).').map((l) => l.text)).toEqual([
      'Sáng 12/6/2031, UBND tỉnh tiếp công dân tại trụ sở.',
    ])
  })

  it('keeps rows of one short cell as a table', () => {
    expect(cleanLines(['Danh sách', '| STT |', '| 1 |', 'Ghi chú'].join('\n')).filter((l) => l.cells).length).toBe(2)
  })
})

describe('the year of a news item that writes none beside its day', () => {
  it('is the one of the sitting counted with "lần", or of the month the lead names', () => {
    const sitting =
      'Tiếp tục chương trình tiếp xúc cử tri trước kỳ họp lần thứ 9, Quốc hội khóa XIII, ngày 17-5, Chủ tịch nước cùng Tổ đại ' +
      'biểu Quốc hội đơn vị số 1 đã có buổi tiếp xúc với cử tri quận 4.'
    expect(readPlan(sitting).plan.year).toBe(2015)
    const month = 'Sáng 15/10, tại Trụ sở Tiếp công dân tỉnh, Chủ tịch UBND tỉnh chủ trì phiên tiếp công dân định kỳ tháng 10/2031.'
    expect(readPlan(month).sessions.map((s) => s.time.start)).toEqual(['2031-10-15'])
  })
})

describe('a conclusion whose only session is the one it cites', () => {
  it('reads the reception it concludes from the citation, wherever it stands', () => {
    const text = [
      'THÔNG TIN Ý KIẾN',
      'Kiến nghị về việc thuê đất làm bãi tập kết cát sạn.',
      'UBND tỉnh yêu cầu UBND thị xã A khẩn trương thực hiện, báo cáo UBND tỉnh trước ngày 20/5/2031.',
      '(Theo Thông báo số 575/TB-VP ngày 26/4/2031 về kết luận tiếp công dân định kỳ tháng 4/2031)',
    ].join('\n\n')
    expect(sessionsOf(text)).toEqual([['month', '2031-04-01', '2031-04-30', 'Tiếp công dân định kỳ tháng 4/2031']])
  })

  it('adds nothing to a text that schedules sessions of its own', () => {
    const text = [
      'Căn cứ Thông báo số 12/TB-UBND về kết luận tiếp công dân định kỳ tháng 3/2031;',
      'UBND huyện tổ chức đối thoại với Nhân dân xã B vào ngày 15/5/2031.',
    ].join('\n')
    expect(sessionsOf(text).map(([, start]) => start)).toEqual(['2031-05-15'])
  })
})
