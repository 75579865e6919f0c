import { describe, expect, it } from 'vitest'
import { sessionsOf } from '../helpers/importer-draft.js'

// Round ef of the importer's fixes (real notices, schedules and news items): each construct on a small input written here.

describe("a schedule's year without 'năm', and a rule's line under the heading that names the reception", () => {
  const text = [
    'Thông báo lịch tiếp công dân 2031 của Lãnh đạo Sở Xây dựng',
    '',
    '1. Tiếp công dân định kỳ',
    '',
    '- Tổ chức mỗi tháng 01 ngày, vào ngày 20 hàng tháng, nếu các ngày trên trùng vào ngày nghỉ, ngày lễ thì tổ chức vào' +
      ' ngày làm việc tiếp theo.',
    '',
    '- Giám đốc Sở chủ trì tiếp công dân.',
    '',
    '2. Tiếp công dân thường xuyên',
    '',
    '- Tổ chức vào các ngày làm việc, trong giờ hành chính theo quy định.',
  ].join('\n')

  it("gives the rule's day of each month of that year, moved off the weekends, named by the heading", () => {
    const sessions = sessionsOf(text)
    expect(sessions).toHaveLength(12)
    expect(sessions.map((s) => s[1])).toContain('2031-09-22')
    expect(new Set(sessions.map((s) => s[3]))).toEqual(new Set(['Tiếp công dân định kỳ']))
  })

  it('gives no day when the year names a span of years', () => {
    expect(sessionsOf(text.replace('công dân 2031', 'công dân 2031 - 2035')).filter((s) => s[0] === 'day')).toEqual([])
  })
})

describe("a news item's day after the part of the day, written with a dash ('Sáng 4-5,'), under the page's stamp", () => {
  const lead =
    'Sáng 4-5, tại trụ sở UBND quận, Đoàn ĐBQH thành phố đã tiếp xúc cử tri các phường Tân An, Tân Bình, trước Kỳ họp thứ 7,' +
    ' Quốc hội khóa XVII.'

  it('reads the day in the year of the stamp', () => {
    const text = ['date 2031-05 04/05/2031 10:49', '', lead].join('\n')
    expect(sessionsOf(text).map((s) => s.slice(0, 3))).toEqual([['day', '2031-05-04', '2031-05-04']])
  })

  it('reads "Sáng nay, 17-4" too, not a count of hours', () => {
    const text = ['date 2031-04 17/04/2031 11:20', '', lead.replace('Sáng 4-5', 'Sáng nay, 17-4')].join('\n')
    expect(sessionsOf(text).map((s) => s[1])).toEqual(['2031-04-17'])
    const hours = ['date 2031-04 17/04/2031 11:20', '', 'Sáng 4-5 giờ, cử tri tập trung tại nhà văn hóa để tiếp xúc cử tri.']
    expect(sessionsOf(hours.join('\n'))).toEqual([])
  })
})

describe("a news item's picture captions credited to who took them", () => {
  const lead = 'Sáng 4/5/2031, tại trụ sở UBND quận, Đoàn ĐBQH thành phố đã tiếp xúc cử tri các phường Tân An, Tân Bình.'

  it('reads a credited caption at the time of the session of its kind as that session', () => {
    const text = [
      'Tin hoạt động',
      '',
      lead,
      '',
      'Đoàn Đại biểu QH thành phố, đơn vị bầu cử số 1, tiếp xúc cử tri sáng 4/5 - Ảnh: Văn Tâm',
      '',
    ].join('\n')
    expect(sessionsOf(text).map((s) => s.slice(0, 3))).toEqual([['day', '2031-05-04', '2031-05-04']])
  })

  it('keeps the first of two captions that say the session', () => {
    const text = [
      'Tin hoạt động',
      '',
      'ĐBQH Nguyễn Văn A tiếp xúc cử tri phường Tân An, chiều 29/11/2031. Ảnh: Hồng Cẩm',
      '',
      'Đại biểu tham dự hội nghị tiếp xúc cử tri chiều 29/11, tại phường Tân An. Ảnh: Hồng Cẩm.',
    ].join('\n')
    expect(sessionsOf(text).map((s) => s.slice(0, 3))).toEqual([['day', '2031-11-29', '2031-11-29']])
  })
})

describe("a portal's line of when it posted the article, and the Assembly's term in figures", () => {
  const lead =
    'Thường trực HĐND quận tổ chức Hội nghị để các vị đại biểu Quốc hội tiếp xúc với cử tri đơn vị bầu cử số 03 trước kỳ họp' +
    ' thứ Hai, Quốc hội khóa XVI vào hồi 8h00 ngày 08/5/2026 tại Hội trường quận.'

  it('reads "Ngày đăng 29/04/2026 | 19:07 | View count: 337" as no session', () => {
    const text = ['Lịch tiếp xúc cử tri của Đoàn ĐBQH thành phố', 'Ngày đăng 29/04/2026 | 19:07  | View count: 337', '', lead].join('\n')
    expect(sessionsOf(text).map((s) => s.slice(0, 3))).toEqual([['day', '2026-05-08', '2026-05-08']])
  })

  it('dates a news item that gives no year by the sitting of a term written in figures ("Quốc hội khóa 15")', () => {
    const text = [
      'Cử tri mong muốn có nhiều thời gian',
      '',
      'Ngày 28/9, Đoàn Đại biểu Quốc hội tỉnh tiếp tục tiếp xúc cử tri tại các địa phương trước kỳ họp thứ 4 Quốc hội khóa 15.',
    ].join('\n')
    expect(sessionsOf(text).map((s) => s.slice(0, 3))).toEqual([['day', '2022-09-28', '2022-09-28']])
  })
})

describe("a news item's session named with who holds it, or with the meeting it goes with", () => {
  it('names the session by the headline from its kind on, without who holds it (the body misspells it)', () => {
    const text = [
      'Xã Tân An tổ chức Hội nghị đối thoại trực tiếp giữa người đứng đầu cấp uỷ, chính quyền với Nhân dân năm 2031',
      'Thực hiện Kế hoạch số 14-KH/ĐU ngày 23/9/2031 của Đảng uỷ xã Tân An, sáng ngày 8/10/2031, Đảng uỷ, UBND xã Tân An tổ chức' +
        ' Hội nghị đôi thoại trực tiếp giữa người đứng đầu cấp uý, chính quyền xã với Nhân dân năm 2031.',
    ].join('\n')
    expect(sessionsOf(text).map((s) => s[3])).toEqual([
      'Hội nghị đối thoại trực tiếp giữa người đứng đầu cấp uỷ, chính quyền với Nhân dân năm 2031',
    ])
  })

  it('keeps "gặp mặt và" before the dialogue', () => {
    const text = [
      '(QNO) – Thường trực Tỉnh ủy vừa thống nhất chủ trương tổ chức gặp mặt và đối thoại với người có uy tín trong đồng bào dân' +
        ' tộc thiểu số. Chương trình dự kiến vào giữa tháng 10/2031.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['month', '2031-10-01', '2031-10-31', 'Gặp mặt và đối thoại với người có uy tín trong đồng bào dân tộc thiểu số'],
    ])
  })
})

describe("a news item's paragraph that only says again when the event is held", () => {
  const text = [
    'Thanh thiếu niên',
    '',
    'Bí thư Tỉnh đoàn sẽ có buổi đối thoại trực tuyến với đoàn viên, thanh niên cả tỉnh (dự kiến sẽ diễn ra vào ngày 21/3/2031).',
    '',
    'Chương trình dự kiến sẽ diễn ra từ 9 - 10 giờ 30 phút ngày 21/3/2031. Ngoài điểm cầu chính tại trụ sở Tỉnh đoàn, còn có' +
      ' các điểm cầu tại các huyện, thành phố',
  ].join('\n')

  it('is the session named above, not a second one that hides it', () => {
    expect(sessionsOf(text).map((s) => s.slice(0, 3))).toEqual([['day', '2031-03-21', '2031-03-21']])
  })
})

describe("running text whose sentences each give a group's voter meetings over a span of days", () => {
  const text = [
    'NGƯỜI ỨNG CỬ SẼ TIẾP XÚC CỬ TRI TẠI 3 ĐƠN VỊ BẦU CỬ',
    '',
    'Tại ba đơn vị bầu cử của tỉnh, người ứng cử sẽ tiếp xúc cử tri theo cụm xã, trong đó: Đơn vị bầu cử số 1 (gồm thị xã A,' +
      ' huyện B) và Đơn vị bầu cử số 2 (TP. C) sẽ tổ chức 10 buổi tiếp xúc cử tri, từ ngày 5 đến ngày 11-5-2031. Riêng đơn vị' +
      ' bầu cử số 3 (gồm TP. D và các huyện: E, G) sẽ tổ chức 13 buổi, từ ngày 5 đến ngày 13-5.',
  ].join('\n')

  it('gives each span its session, named by its group', () => {
    expect(sessionsOf(text)).toEqual([
      ['month', '2031-05-05', '2031-05-11', 'Đơn vị bầu cử số 1 (gồm thị xã A, huyện B) và Đơn vị bầu cử số 2 (TP. C)'],
      ['month', '2031-05-05', '2031-05-13', 'Đơn vị bầu cử số 3 (gồm TP. D và các huyện: E, G)'],
    ])
  })
})

describe('a news item that opens with the programme it carries out', () => {
  it('names the session by the meeting held, not by the programme', () => {
    const text = [
      'Thực hiện chương trình tiếp xúc cử tri trước Kỳ họp thứ 5, Quốc hội khóa XVI, chiều 4/5, đồng chí Nguyễn Văn A - Bí thư' +
        ' Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh đã có cuộc tiếp xúc với cử tri các xã: Minh An, Bảo Lộc (huyện Trấn Tây).',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([['day', '2028-05-04', '2028-05-04', 'Tiếp xúc với cử tri các xã: Minh An, Bảo Lộc (huyện Trấn Tây)']])
  })
})

describe('a notice that opens with the law it carries out, and follows up the conclusions of earlier sessions', () => {
  const text = [
    'Thông báo của Thường trực Tỉnh ủy',
    'Thực hiện Luật Tiếp công dân và các quy định về trách nhiệm của người đứng đầu trong việc tiếp dân, đối thoại trực tiếp' +
      ' với dân và xử lý những phản ánh, kiến nghị của dân, đồng chí Bí thư Tỉnh ủy tổ chức phiên tiếp dân chuyên đề tháng 3/2031' +
      ' vào sáng, ngày 17/3 tại Trụ sở Ban Tiếp công dân tỉnh.',
    'Từ 8h45, nghe kết quả giải quyết các thông báo, kết luận, chỉ đạo của đồng chí Bí thư Tỉnh ủy tại phiên tiếp dân tháng 1,' +
      ' tháng 2 năm 2031, những vấn đề tồn đọng.',
  ].join('\n')

  it('names the session it holds, not the law, and reads no session from the earlier ones', () => {
    expect(sessionsOf(text)).toEqual([['day', '2031-03-17', '2031-03-17', 'Phiên tiếp dân chuyên đề tháng 3/2031']])
  })
})

describe('a portal notice whose sentence cites a letter, then holds a meeting for the deputies to meet voters', () => {
  it('names the session by what the meeting is held for', () => {
    const text = [
      'HOẠT ĐỘNG CỦA HỘI ĐỒNG NHÂN DÂN',
      '',
      'Lịch tiếp xúc cử tri của Đoàn ĐBQH thành phố trước kỳ họp thứ Năm',
      'Ngày đăng 29/04/2031 | 19:07  | View count: 337',
      '',
      'Thực hiện Luật Tổ chức chính quyền địa phương; Công văn số 750/ĐĐBQH-VP ngày 28/4/2031 của Đoàn ĐBQH thành phố về việc' +
        ' tiếp xúc cử tri trước kỳ họp thứ Năm, Quốc hội khóa XVI, Thường trực HĐND quận tổ chức Hội nghị để các vị đại biểu' +
        ' Quốc hội thành phố tiếp xúc với cử tri đơn vị bầu cử số 03 trước kỳ họp thứ Năm, Quốc hội khóa XVI vào hồi 8h00 ngày' +
        ' 08/5/2031 tại Hội trường trụ sở HĐND - UBND quận (Số 36 đường Cầu Mới, quận A).',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      [
        'day',
        '2031-05-08',
        '2031-05-08',
        'Các vị đại biểu Quốc hội thành phố tiếp xúc với cử tri đơn vị bầu cử số 03 trước kỳ họp thứ Năm, Quốc hội khóa XVI',
      ],
    ])
  })
})
