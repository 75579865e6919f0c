import { describe, expect, it } from 'vitest'
import { sessionsOf } from '../helpers/importer-draft.js'

// Round I of the unseen plans (issue 11): constructs they shared that the importer missed, each on a small input
// written here.

describe('a schedule whose "Tháng" column gives month and year and whose day column lists bare numbers', () => {
  it('makes each number a session on that day of that month', () => {
    const plan = [
      'THÔNG BÁO',
      'Lịch tiếp công dân định kỳ quý III năm 2031 của Chủ tịch UBND xã',
      '1. Lịch tiếp công dân',
      '| Tháng | Ngày tiếp công dân | Người tiếp công dân |',
      '|---|---|---|',
      '| 7/2031 | 03, 10 (thứ Năm) và 24 (thứ Năm) | Chủ tịch UBND xã |',
      '| 8/2031 | 14 (thứ Năm) | Phó Chủ tịch UBND xã |',
    ].join('\n')
    const topic = 'Tiếp công dân định kỳ quý III năm 2031 của Chủ tịch UBND xã'
    expect(sessionsOf(plan)).toEqual([
      ['day', '2031-07-03', '2031-07-03', topic],
      ['day', '2031-07-10', '2031-07-10', topic],
      ['day', '2031-07-24', '2031-07-24', topic],
      ['day', '2031-08-14', '2031-08-14', topic],
    ])
  })
})

describe('a schedule with a column of the body that helps prepare each session', () => {
  it('is still a schedule, each row a session with whom its audience names', () => {
    const plan = [
      'KẾ HOẠCH',
      'Tổ chức hội nghị đối thoại với doanh nghiệp năm 2031',
      'I. LỊCH TỔ CHỨC',
      '| TT | Thời gian | Địa điểm | Đối tượng tham dự | Đơn vị phối hợp chuẩn bị |',
      '|---|---|---|---|---|',
      '| 1 | 8h00, ngày 15/4/2031 | Hội trường UBND huyện A | Doanh nghiệp cụm công nghiệp A | UBND huyện A |',
      '| 2 | Quý III/2031 | Hội trường UBND huyện B | Doanh nghiệp và người lao động huyện B | UBND huyện B |',
    ].join('\n')
    expect(sessionsOf(plan)).toEqual([
      ['day', '2031-04-15', '2031-04-15', 'Đối thoại với doanh nghiệp cụm công nghiệp A'],
      ['quarter', '2031-07-01', '2031-09-30', 'Đối thoại với doanh nghiệp và người lao động huyện B'],
    ])
  })

  it('is a table of tasks when its time is a deadline', () => {
    const plan = [
      'KẾ HOẠCH',
      'Tổ chức hội nghị đối thoại với doanh nghiệp năm 2031',
      'I. THỜI GIAN: ngày 15/4/2031.',
      'II. TỔ CHỨC THỰC HIỆN',
      '| TT | Nội dung công việc | Đối tượng | Đơn vị chủ trì | Thời gian hoàn thành |',
      '|---|---|---|---|---|',
      '| 1 | Gửi giấy mời | Doanh nghiệp | Văn phòng Sở | Ngày 05/4/2031 |',
    ].join('\n')
    expect(sessionsOf(plan).map((s) => s[1])).toEqual(['2031-04-15'])
  })
})

describe('a notice whose months head lines that each carry their day', () => {
  const plan = [
    'THÔNG BÁO',
    'Lịch tiếp công dân của đại biểu HĐND tỉnh quý IV/2031',
    '1/. Tháng 10/2031:',
    '07 giờ 30 ngày 09/10/2031 (thứ Năm): Tổ đại biểu HĐND tỉnh đơn vị huyện Đồng Xuân, tại Trụ sở Tiếp công dân huyện;',
    '07 giờ 30 ngày 23/10/2031 (thứ Năm): Tổ đại biểu HĐND tỉnh đơn vị thị xã A, tại Trụ sở Tiếp công dân thị xã A.',
    '2/. Tháng 11/2031:',
    '07 giờ 30 ngày 06/11/2031 (thứ Năm): Tổ đại biểu HĐND tỉnh đơn vị huyện B, tại Trụ sở Tiếp công dân huyện B;',
    '07 giờ 30 ngày 20/11/2031 (thứ Năm): Tổ đại biểu HĐND tỉnh đơn vị huyện C, tại Trụ sở Tiếp công dân huyện C.',
  ].join('\n')

  it('reads "1/." as a number and each line as a session, not each month as one', () => {
    expect(sessionsOf(plan).map((s) => s[1])).toEqual(['2031-10-09', '2031-10-23', '2031-11-06', '2031-11-20'])
  })

  it("keeps a name's capital X, V or I, which is no numeral", () => {
    expect(sessionsOf(plan)[0]?.[3]).toBe('Tổ đại biểu HĐND tỉnh đơn vị huyện Đồng Xuân, tại Trụ sở Tiếp công dân huyện')
  })
})

describe('a request to a body among the lines of a notice of reception days', () => {
  it("is that body's work, though its words name the reception and carry a day", () => {
    const plan = [
      'THÔNG BÁO',
      'Lịch tiếp công dân của đại biểu HĐND tỉnh quý IV/2031',
      '07 giờ 30 ngày 09/10/2031 (thứ Năm): Tổ đại biểu HĐND tỉnh đơn vị huyện A, tại Trụ sở Tiếp công dân huyện A.',
      '07 giờ 30 ngày 23/10/2031 (thứ Năm): Tổ đại biểu HĐND tỉnh đơn vị huyện B, tại Trụ sở Tiếp công dân huyện B.',
      'Đề nghị Báo tỉnh đưa tin, đăng tải lịch tiếp công dân này trong ngày 03/10/2031 để Nhân dân biết.',
      'Giao Phòng Công tác HĐND tổng hợp kết quả tiếp công dân quý IV/2031, báo cáo trước ngày 05/01/2032.',
    ].join('\n')
    expect(sessionsOf(plan).map((s) => s[1])).toEqual(['2031-10-09', '2031-10-23'])
  })
})

describe('a day a notice drops from its schedule', () => {
  it('is no session, and the line written under it is the next one', () => {
    const plan = [
      'THÔNG BÁO',
      'Lịch tiếp công dân của đại biểu HĐND tỉnh quý IV/2031',
      '1. Tháng 12/2031:',
      '* Ngày 04/12/2031: Không tiếp công dân. Lý do: đại biểu HĐND tỉnh dự Kỳ họp cuối năm.',
      '07 giờ 30 ngày 11/12/2031 (thứ Năm): Thường trực HĐND tỉnh tiếp công dân định kỳ, tại Trụ sở Tiếp công dân tỉnh.',
    ].join('\n')
    expect(sessionsOf(plan).map((s) => [s[0], s[1]])).toEqual([['day', '2031-12-11']])
  })

  it('is still a session to schedule when deferred ("Tạm hoãn")', () => {
    const plan = [
      'THÔNG BÁO',
      'Điều chỉnh lịch đối thoại năm 2031',
      '1. Hội nghị đối thoại với Nhân dân xã A',
      '- Ngày 04/12/2031: Tạm hoãn, thời gian cụ thể sẽ thông báo sau.',
    ].join('\n')
    expect(sessionsOf(plan).map((s) => s[0])).toEqual(['unscheduled'])
  })
})

describe('a reception put off with no new day ("tạm lùi … sẽ thông báo sau")', () => {
  it('is a session to schedule, not one in the quarter it names', () => {
    const plan = [
      'THÔNG BÁO',
      'Lịch tiếp công dân của đại biểu HĐND tỉnh quý IV/2031',
      '* Tổ đại biểu HĐND tỉnh đơn vị huyện A: lịch tiếp công dân quý IV/2031 tạm lùi do trùng kỳ họp; thời gian cụ thể sẽ thông báo sau.',
    ].join('\n')
    expect(sessionsOf(plan).map((s) => [s[0], s[1]])).toEqual([['unscheduled', null]])
  })
})
