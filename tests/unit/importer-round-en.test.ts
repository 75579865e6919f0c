import { describe, expect, it } from 'vitest'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'
import { readPlan } from '../../src/importer/read-plan.js'

// Round en (stop 39, issue 11): each rule on a small input written here (none of them a page of the measured sets).

describe("a voter-meeting notice whose day's halves are clauses of one line", () => {
  it('reads a meeting a half after the group that meets, the commune with the group’s district', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tiếp xúc cử tri của đại biểu HĐND tỉnh trước Kỳ họp thứ mười năm 2031',
      'I. LỊCH TIẾP XÚC CỬ TRI',
      '1. Thứ Hai, ngày 17/11/2031',
      '- Tổ đại biểu HĐND tỉnh ứng cử tại huyện Hòa An: sáng tiếp xúc cử tri xã Bình Long (tại Hội trường UBND xã); ' +
        'chiều tiếp xúc cử tri xã Hồng Việt (tại Nhà văn hóa xóm 2, xã Hồng Việt).',
      '- Tổ đại biểu HĐND tỉnh ứng cử tại huyện Trùng Khánh: sáng tiếp xúc cử tri xã Đình Phong (tại Hội trường UBND xã).',
      '2. Thứ Ba, ngày 18/11/2031',
      '- Tổ đại biểu HĐND tỉnh ứng cử tại huyện Hòa An: sáng làm việc với Thường trực HĐND huyện (không tiếp xúc cử tri); ' +
        'chiều tiếp xúc cử tri xã Quang Trung.',
    ]
    expect(sessionsOf(text.join('\n'))).toEqual([
      ['day', '2031-11-17', '2031-11-17', 'Tiếp xúc cử tri xã Bình Long, huyện Hòa An'],
      ['day', '2031-11-17', '2031-11-17', 'Tiếp xúc cử tri xã Hồng Việt, huyện Hòa An'],
      ['day', '2031-11-17', '2031-11-17', 'Tiếp xúc cử tri xã Đình Phong, huyện Trùng Khánh'],
      ['day', '2031-11-18', '2031-11-18', 'Tiếp xúc cử tri xã Quang Trung, huyện Hòa An'],
    ])
  })

  it('reads the halves of a line that opens with its own day, each naming its place (TXCT in the subject)', () => {
    const text = [
      'Lịch TXCT trước Kỳ họp thứ 11 - Đoàn ĐBQH tỉnh',
      'Văn phòng gửi lịch tiếp xúc cử tri năm 2031 như sau:',
      '*TỔ 1* (đại biểu Quốc hội đơn vị Mỏ Cày Nam, Chợ Lách)',
      '- Thứ Hai (14/4): sáng - xã An Định, huyện Mỏ Cày Nam (HT UBND xã); chiều - xã Thành Thới A, huyện Mỏ Cày Nam (HT UBND xã)',
      '- Thứ Ba (15/4): chiều - xã Long Thới, huyện Chợ Lách (HT UBND xã) >>> ĐIỀU CHỈNH: trước đây dự kiến sáng 15/4',
    ]
    expect(sessionsOf(text.join('\n'))).toEqual([
      ['day', '2031-04-14', '2031-04-14', 'Tiếp xúc cử tri tại xã An Định, huyện Mỏ Cày Nam'],
      ['day', '2031-04-14', '2031-04-14', 'Tiếp xúc cử tri tại xã Thành Thới A, huyện Mỏ Cày Nam'],
      ['day', '2031-04-15', '2031-04-15', 'Tiếp xúc cử tri tại xã Long Thới, huyện Chợ Lách'],
    ])
  })

  it('leaves a line whose clauses are not all halves of a day to be read as a line', () => {
    const text = [
      'Lịch tiếp xúc cử tri năm 2031',
      '1. Thứ Hai, ngày 17/11/2031',
      '- Tổ đại biểu số 1: tiếp xúc cử tri xã Bình Long; báo cáo kết quả kỳ họp.',
    ]
    expect(sessionsOf(text.join('\n')).map((s) => s[3])).not.toContain('Tiếp xúc cử tri xã Bình Long')
  })
})

describe('a voter-meeting schedule named by its place', () => {
  const notice = (header: string, rows: string[]) =>
    ['Lịch tiếp xúc cử tri của Tổ đại biểu HĐND huyện sau kỳ họp thứ hai năm 2031', '', header, '|---|---|---|---|---|', ...rows].join('\n')

  it('names each meeting by the commune of its hall, not by the hall, nor by who is invited', () => {
    const text = notice('| TT | Thời gian | Tổ đại biểu | Địa điểm | Cử tri tham dự |', [
      '| 1 | 7 giờ 30, thứ Hai, 11/8/2031 | Tổ số 1 | Hội trường UBND xã Thọ Lộc, huyện Thọ Xuân | Đại diện cử tri các thôn |',
      '| 2 | 14 giờ 00, thứ Hai, 11/8/2031 | Tổ số 1 | Nhà văn hóa thôn 5, xã Xuân Tín | nt |',
      '| 3 | 7 giờ 30, thứ Ba, 12/8/2031 | Tổ số 2 | Hội trường Ban Quản lý Khu công nghiệp Lam Sơn | nt |',
    ])
    expect(sessionsOf(text).map((s) => s[3])).toEqual([
      'Tiếp xúc cử tri tại xã Thọ Lộc, huyện Thọ Xuân',
      'Tiếp xúc cử tri tại xã Xuân Tín',
      'Tiếp xúc cử tri tại Hội trường Ban Quản lý Khu công nghiệp Lam Sơn',
    ])
  })

  it('reads a column "Tiếp xúc cử tri tại" as the commune met, the group of deputies as no work owed', () => {
    const text = notice('| STT | Tổ đại biểu | Ngày | Tiếp xúc cử tri tại | Địa điểm |', [
      '| 1 | Tổ số 1 (đơn vị bầu cử số 1) | 19/7/2031 | Xã Phú Hội | Hội trường UBND xã Phú Hội |',
      '| 2 | Tổ số 2 (đơn vị bầu cử số 2) | 20/7/2031 | Thị trấn Liên Nghĩa | Hội trường Tổ dân phố 7, thị trấn Liên Nghĩa |',
    ])
    expect(sessionsOf(text)).toEqual([
      ['day', '2031-07-19', '2031-07-19', 'Tiếp xúc cử tri tại xã Phú Hội'],
      ['day', '2031-07-20', '2031-07-20', 'Tiếp xúc cử tri tại thị trấn Liên Nghĩa'],
    ])
  })

  it('reads the year of a title that names the term, not the term’s first year', () => {
    const text = [
      'LỊCH TIẾP XÚC CỬ TRI CỦA ĐẠI BIỂU HĐND HUYỆN SAU KỲ HỌP THỨ 4, HĐND HUYỆN KHÓA XI, NHIỆM KỲ 2031 - 2036',
      '(Kèm theo Kế hoạch số 24/KH-HĐND ngày 14/7/2032 của Thường trực HĐND huyện)',
      '',
      'STT\tTổ đại biểu\tNgày\tBuổi\tXã, thị trấn\tĐịa điểm',
      '1\tTổ số 1\t19/07/2032\tSáng 7h30\tXã Phú Hội\tHội trường UBND xã Phú Hội',
      '2\tTổ số 2\t20/07/2032\tChiều 14h00\tXã Hiệp An\tHội trường UBND xã Hiệp An',
    ]
    const draft = readPlan(text.join('\n'))
    expect(draft.plan.year).toBe(2032)
    expect(draft.sessions.map((s) => s.time.start)).toEqual(['2032-07-19', '2032-07-20'])
  })
})

describe('who the work of a voter-meeting notice is for', () => {
  const schedule = [
    'Kế hoạch tiếp xúc cử tri của Đoàn đại biểu Quốc hội tỉnh năm 2031',
    'I. LỊCH TIẾP XÚC',
    '1. Thứ Hai, ngày 07/7/2031: Tổ số 1 tiếp xúc cử tri xã Chiềng Sơn, huyện Mộc Châu.',
    '2. Thứ Ba, ngày 08/7/2031: Tổ số 2 tiếp xúc cử tri xã Tân Lập, huyện Mộc Châu.',
    '3. Sáng thứ Sáu, ngày 11/7/2031: Đoàn tiếp xúc cử tri chuyên đề với đại diện các hộ tái định cư.',
    'II. TỔ CHỨC THỰC HIỆN',
  ]

  it('reads the body of a heading that goes on to say which of them, up to the names it points to', () => {
    const text = [
      ...schedule,
      '1. Đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam các huyện, thành phố có lịch tiếp xúc cử tri của các Tổ đại biểu nêu ' +
        'tại Mục I: chủ trì tổ chức hội nghị; mời cử tri trước ngày tiếp xúc ít nhất 05 ngày.',
    ]
    const leads = new Set(datedByRuleOf(text.join('\n')).map((t) => t[0]))
    expect([...leads]).toEqual(['Ban Thường trực Ủy ban MTTQ Việt Nam các huyện, thành phố'])
  })

  it('binds the work of a body charged with the meeting of one day to that meeting', () => {
    const text = [
      ...schedule,
      '1. Đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh',
      '- Chủ trì tổ chức buổi tiếp xúc cử tri chuyên đề ngày 11/7/2031; gửi giấy mời đại biểu trước ngày tiếp xúc ít nhất 03 ngày.',
    ]
    expect(datedByRuleOf(text.join('\n'))).toEqual([['Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh', 'relative', '-3 days', 2]])
  })

  it('does not bind "đối thoại tại doanh nghiệp" to the one firm whose topic mentions firms', () => {
    const text = [
      'Kế hoạch đối thoại tại nơi làm việc năm 2031 của Liên đoàn Lao động thị xã',
      '1. Các cuộc đối thoại',
      '| STT | Cuộc đối thoại | Thời gian | Địa điểm |',
      '|---|---|---|---|',
      '| 1 | Đối thoại tại Công ty TNHH Thép An Phú về tiền lương | Tháng 4/2031 | Hội trường Công ty |',
      '| 2 | Đối thoại tại Công ty TNHH Hải sản Phước Hòa về chế độ khi doanh nghiệp thu hẹp sản xuất | Tháng 5/2031 | Nhà ăn Công ty |',
      '2. Tổ chức thực hiện',
      '- Ban Chấp hành công đoàn cơ sở các doanh nghiệp: tổng hợp kiến nghị chậm nhất 10 ngày trước ngày tổ chức đối thoại ' +
        'tại doanh nghiệp.',
    ]
    expect(datedByRuleOf(text.join('\n')).map((t) => t[3])).toEqual([0, 1])
  })
})

describe('a notice that adjusts a schedule', () => {
  it('names the adjusted days by the schedule the notice is about, not by the heading that says "sau điều chỉnh"', () => {
    const text = [
      'THÔNG BÁO',
      'Điều chỉnh lịch tiếp công dân định kỳ của Chủ tịch UBND thị xã quý III năm 2031',
      '1. Lịch tiếp công dân định kỳ quý III/2031 sau điều chỉnh',
      'Tháng\tLịch đã thông báo\tLịch sau điều chỉnh\tGhi chú',
      '7/2031\tThứ Năm, ngày 10/7/2031\tThứ Ba, ngày 15/7/2031\tĐiều chỉnh',
      '8/2031\tThứ Hai, ngày 11/8/2031\tThứ Hai, ngày 11/8/2031\tGiữ nguyên',
      '2. Công dân đã đăng ký được tiếp vào ngày 10/7/2031 được chuyển sang tiếp vào ngày 15/7/2031, không phải đăng ký lại.',
    ]
    const read = sessionsOf(text.join('\n'))
    expect(read.map((s) => s[1])).toEqual(['2031-07-15', '2031-08-11'])
    expect(read.every((s) => /^Tiếp công dân định kỳ của Chủ tịch UBND thị xã/i.test(String(s[3])))).toBe(true)
  })

  it('reads a meeting put off in a chat as one to schedule, and no reply of the chat as a session', () => {
    const text = [
      'TỔ ĐB HĐND TỈNH - ĐƠN VỊ HUYỆN A',
      '──────── 20/06/2031 ────────',
      'VP Đoàn ĐBQH và HĐND tỉnh - Trần Văn Phong   15:48',
      'THÔNG BÁO ĐIỀU CHỈNH LỊCH TXCT',
      'Lịch TXCT trước kỳ họp giữa năm 2031 của HĐND tỉnh tại huyện A điều chỉnh như sau:',
      '🔸 TXCT tại xã Hòn Tre: từ 8h00 thứ Hai 23/6 chuyển sang 8h00 thứ Năm 26/6/2031 - HT UBND xã Hòn Tre.',
      '🔸 TXCT tại xã An Sơn dự kiến thứ Ba 24/6: TẠM HOÃN, thời gian Tổ sẽ báo sau.',
      'UBND xã Lại Sơn   16:02',
      'Lại Sơn đã nhận. Tối 26/6 xã bố trí nhà khách cho đoàn nghỉ được ko anh?',
      'VP Đoàn ĐBQH và HĐND tỉnh - Trần Văn Phong   16:05',
      '↪ Trả lời UBND xã Lại Sơn: "Lại Sơn đã nhận. Tối 26/6…"',
      'Được em, đoàn 9 người nhé',
      'Phòng TN&MT H. A - Lê Hoàng Nam   16:20',
      'TN&MT nhận ạ. 28/6 là thứ 7 nên bên em gửi chiều thứ 6 (27/6) nha anh',
      '──────── 21/06/2031 ────────',
      'UBND xã An Sơn   07:46',
      'An Sơn đã phát loa sáng nay rồi ạ',
    ]
    expect(sessionsOf(text.join('\n')).map((s) => [s[0], s[1], s[3]])).toEqual([
      ['day', '2031-06-26', 'Tiếp xúc cử tri tại xã Hòn Tre'],
      ['unscheduled', null, 'Tiếp xúc cử tri tại xã An Sơn'],
    ])
  })
})

describe('a news page copied from a portal', () => {
  it('leaves the site’s menu, name and trail out, so its name heads no body', () => {
    const text = [
      'Trang chủ   Giới thiệu   Tin tức - Sự kiện   Văn bản   Liên hệ',
      'CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ A - TỈNH B',
      'Thứ Hai, ngày 20/10/2031                    Đăng nhập | Sơ đồ cổng',
      'Trang chủ » Tin tức - Sự kiện » Hoạt động của lãnh đạo',
      'Chủ tịch UBND thành phố đối thoại với các hộ dân bị ảnh hưởng bởi dự án đường vành đai',
      'Chiều ngày 16/10/2031, tại Hội trường UBND phường C, đồng chí Chủ tịch UBND thành phố chủ trì buổi đối thoại với ' +
        'các hộ dân phường C.',
      'Kết luận buổi đối thoại, đồng chí Chủ tịch UBND thành phố giao:',
      '- Phòng Tài nguyên và Môi trường kiểm tra, đo đạc lại diện tích, báo cáo UBND thành phố trước ngày 31/10/2031.',
    ]
    const draft = readPlan(text.join('\n'))
    expect(draft.sessions.map((s) => s.time.start)).toEqual(['2031-10-16'])
    expect(datedByRuleOf(text.join('\n'))).toEqual([['Phòng Tài nguyên và Môi trường', 'absolute', '2031-10-30', null]])
  })
})

describe('a notice of conclusions that schedules what follows', () => {
  const notice = [
    'THÔNG BÁO',
    'Kết luận của Chủ tịch UBND phường tại Hội nghị đối thoại với Nhân dân quý I năm 2031',
    'Ngày 12/3/2031, tại Hội trường UBND phường, Chủ tịch UBND phường chủ trì Hội nghị đối thoại với Nhân dân về trật tự xây dựng.',
    'II. GIAO NHIỆM VỤ',
    'TT\tNội dung\tĐơn vị chủ trì\tThời hạn',
    '1\tKiểm tra, xử lý 04 công trình xây dựng không phép\tPhòng Kinh tế, Hạ tầng và Đô thị\tBáo cáo Chủ tịch UBND phường',
    'trước ngày 31/3/2031',
    '2\tRà soát 23 hồ sơ đất đai tồn đọng\tTrung tâm Phục vụ hành chính công phường\tChậm nhất ngày 10/4/2031',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Đối với các kiến nghị chưa được giải quyết, Chủ tịch UBND phường sẽ tiếp công dân để trả lời trực tiếp các hộ có ' +
      'kiến nghị vào 8 giờ 00, thứ Ba, ngày 15/4/2031 tại Trụ sở tiếp công dân phường.',
    '2. Hội nghị đối thoại quý II năm 2031 giữa Chủ tịch UBND phường với Nhân dân về an sinh xã hội dự kiến tổ chức trong ' +
      'tháng 6/2031. Văn phòng HĐND và UBND phường trình kế hoạch trước ngày 15/5/2031.',
  ].join('\n')

  it('reads the reception and the next dialogue its work announces', () => {
    expect(sessionsOf(notice)).toEqual([
      ['day', '2031-04-15', '2031-04-15', 'Tiếp công dân để trả lời trực tiếp các hộ có kiến nghị'],
      ['month', '2031-06-01', '2031-06-30', 'Hội nghị đối thoại quý II năm 2031 giữa Chủ tịch UBND phường với Nhân dân về an sinh xã hội'],
    ])
  })

  it('keeps a cell broken over two lines, its second in lower case, in its row', () => {
    expect(datedByRuleOf(notice).slice(0, 2)).toEqual([
      ['Phòng Kinh tế, Hạ tầng và Đô thị', 'absolute', '2031-03-30', null],
      ['Trung tâm Phục vụ hành chính công phường', 'absolute', '2031-04-10', null],
    ])
  })
})

describe('schedules and calendars read in this round', () => {
  it('reads a day of each month listed, moved off a day off', () => {
    const text = [
      'KẾ HOẠCH tiếp dân, đối thoại trực tiếp của đồng chí Bí thư Huyện ủy với dân năm 2033',
      'II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
      '2.1. Tiếp dân định kỳ',
      'a) Thời gian: Đồng chí Bí thư Huyện ủy tiếp dân định kỳ mỗi quý 01 ngày, vào ngày 25 của các tháng 3, 6, 9 và 12 năm ' +
        '2033; nếu trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo.',
      'b) Địa điểm: Trụ sở Tiếp công dân huyện.',
    ]
    // (25/6/2033 is a Saturday, 25/9/2033 a Sunday: each goes to the Monday after.)
    expect(readPlan(text.join('\n')).sessions.map((s) => s.time.start)).toEqual(['2033-03-25', '2033-06-27', '2033-09-26', '2033-12-26'])
  })

  it("reads a director's reception and the dialogues he chairs or attends in a week's calendar, no other meeting", () => {
    const text = [
      'LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO SỞ KẾ HOẠCH VÀ ĐẦU TƯ',
      '(Tuần 38: Từ ngày 18/9/2034 đến ngày 24/9/2034)',
      'THỨ HAI (18/9/2034)',
      'Sáng:',
      '- 7 giờ 30: Giám đốc Sở tiếp công dân định kỳ tháng 9/2034.',
      'Địa điểm: Phòng Tiếp công dân của Sở.',
      '- 8 giờ 00: Phó Giám đốc Sở dự Hội nghị tập huấn triển khai công tác tiếp công dân.',
      'Chiều:',
      '- 14 giờ 00: Giám đốc Sở chủ trì họp hoàn thiện nội dung phục vụ Hội nghị gặp mặt, đối thoại doanh nghiệp.',
      'THỨ BA (19/9/2034)',
      'Sáng:',
      '- 7 giờ 30: Giám đốc Sở, các Phó Giám đốc Sở dự Hội nghị gặp mặt, đối thoại giữa Chủ tịch UBND tỉnh với doanh nghiệp năm 2034.',
      'Chiều:',
      '- 14 giờ 00: Giám đốc Sở chủ trì Hội nghị đối thoại với công chức, viên chức và người lao động cơ quan Sở.',
    ]
    expect(sessionsOf(text.join('\n')).map((s) => [s[1], s[3]])).toEqual([
      ['2034-09-18', 'Giám đốc Sở tiếp công dân định kỳ tháng 9/2034'],
      ['2034-09-19', 'Hội nghị gặp mặt, đối thoại giữa Chủ tịch UBND tỉnh với doanh nghiệp năm 2034'],
      ['2034-09-19', 'Hội nghị đối thoại với công chức, viên chức và người lao động cơ quan Sở'],
    ])
  })

  it('reads a month between the rows of a tabbed schedule with no header as the rows’ group, no session', () => {
    const text = [
      'THÔNG BÁO lịch tiếp công dân của Thường trực HĐND tỉnh 6 tháng cuối năm 2032',
      'I. LỊCH TIẾP CÔNG DÂN',
      'THÁNG 7/2032',
      '- Thứ Năm, 01/7/2032:\tThường trực HĐND tỉnh tiếp công dân định kỳ\tTrụ sở Tiếp công dân tỉnh',
      'THÁNG 8/2032',
      '- Thứ Năm, 05/8/2032:\tThường trực HĐND tỉnh tiếp công dân định kỳ\tTrụ sở Tiếp công dân tỉnh',
      '- Thứ Năm, 19/8/2032:\tTổ đại biểu HĐND tỉnh đơn vị huyện Ba Tri tiếp công dân\tTrụ sở Tiếp công dân huyện Ba Tri',
    ]
    expect(readPlan(text.join('\n')).sessions.map((s) => [s.time.precision, s.time.start])).toEqual([
      ['day', '2032-07-01'],
      ['day', '2032-08-05'],
      ['day', '2032-08-19'],
    ])
  })

  it('names each dialogue with a complainant by its case, and counts "trước ngày đối thoại" from each whatever its hall', () => {
    const text = [
      'THÔNG BÁO LỊCH ĐỐI THOẠI CỦA CHỦ TỊCH UBND THÀNH PHỐ VỚI CÔNG DÂN CÓ ĐƠN KHIẾU NẠI THÁNG 8 NĂM 2031',
      '1. Lịch đối thoại',
      '| STT | Thời gian | Công dân, nội dung đối thoại | Địa điểm |',
      '|---|---|---|---|',
      '| 1 | 8 giờ 00, thứ Tư, ngày 13/8/2031 | Ông Nguyễn Văn Tư khiếu nại phương án bồi thường | Trụ sở Tiếp công dân thành phố |',
      '| 2 | 8 giờ 00, thứ Tư, ngày 27/8/2031 | 07 hộ dân khu phố 2 kiến nghị về bố trí tái định cư | Hội trường UBND phường Bửu Long |',
      '2. Tổ chức thực hiện',
      '- Thanh tra thành phố: gửi giấy mời đến công dân chậm nhất 03 ngày trước ngày đối thoại.',
    ].join('\n')
    expect(sessionsOf(text).map((s) => s[3])).toEqual([
      'Ông Nguyễn Văn Tư khiếu nại phương án bồi thường',
      '07 hộ dân khu phố 2 kiến nghị về bố trí tái định cư',
    ])
    expect(datedByRuleOf(text).map((t) => t[3])).toEqual([0, 1])
  })
})

describe('a news item on voter meetings that counts its thematic meetings in one sentence', () => {
  it('reads a meeting a clause, one timed and one to come, beside the line the sentence is written under', () => {
    const text = [
      'Kế hoạch liên tịch tổ chức tiếp xúc cử tri trước Kỳ họp thứ 8 năm 2034',
      'Tổ số 2 (đại biểu Quốc hội, đại biểu HĐND tỉnh đơn vị bầu cử huyện Trà Cú):',
      '+ Sáng thứ Năm, ngày 12/10/2034: tiếp xúc cử tri xã Hiệp Mỹ Đông, huyện Cầu Ngang, tại Hội trường UBND xã.',
      '',
      'Ngoài ra, Đoàn đại biểu Quốc hội tỉnh phối hợp tổ chức 02 buổi tiếp xúc cử tri chuyên đề: tiếp xúc cử tri là chức sắc ' +
        'Phật giáo Nam tông Khmer vào sáng thứ Sáu, ngày 13/10/2034 tại Hội trường Ban Dân tộc tỉnh; tiếp xúc cử tri là công ' +
        'nhân lao động Khu công nghiệp Long Đức, thời gian sẽ thông báo sau.',
    ]
    expect(sessionsOf(text.join('\n'))).toEqual([
      ['day', '2034-10-12', '2034-10-12', 'Tiếp xúc cử tri xã Hiệp Mỹ Đông, huyện Cầu Ngang'],
      ['day', '2034-10-13', '2034-10-13', 'Tiếp xúc cử tri là chức sắc Phật giáo Nam tông Khmer'],
      ['unscheduled', null, null, 'Tiếp xúc cử tri là công nhân lao động Khu công nghiệp Long Đức'],
    ])
  })

  it('reads no count whose clauses are fewer or more than it says', () => {
    const text = [
      'Kế hoạch tiếp xúc cử tri năm 2034',
      'Đoàn tổ chức 03 buổi tiếp xúc cử tri chuyên đề: với chức sắc tôn giáo vào ngày 13/10/2034; với công nhân vào ngày 14/10/2034.',
    ]
    expect(sessionsOf(text.join('\n')).map((s) => s[3])).not.toContain('Với chức sắc tôn giáo')
  })
})

describe('the last keep-out wave of this round', () => {
  it('reads a reception schedule whose host column names the office between "Lãnh đạo" and "chủ trì"', () => {
    const text = [
      'THÔNG BÁO Lịch tiếp công dân định kỳ của Thường trực HĐND tỉnh năm 2034',
      '1. Lịch tiếp công dân của Thường trực HĐND tỉnh',
      'Tháng\tNgày tiếp\tThứ\tLãnh đạo Thường trực HĐND tỉnh chủ trì\tBan HĐND tỉnh cùng tham gia\tGhi chú',
      '01/2034\t10/01/2034\tThứ Ba\tĐồng chí Lê Văn A, Chủ tịch HĐND tỉnh\tBan Pháp chế HĐND tỉnh\t',
      '02/2034\t13/02/2034\tThứ Hai\tĐồng chí Trịnh Văn B, Phó Chủ tịch HĐND tỉnh\tNgày 10/02 trùng thứ Sáu trước Tết',
    ]
    expect(readPlan(text.join('\n')).sessions.map((s) => s.time.start)).toEqual(['2034-01-10', '2034-02-13'])
  })

  it('names a line for a group by the sentence that names its dialogue, and a reception by who holds it', () => {
    const text = [
      'THÔNG BÁO Lịch đối thoại và tiếp người bệnh quý IV năm 2034',
      '1. Đối thoại theo khối chuyên môn',
      '+ Khối lâm sàng (các khoa Khám bệnh, Nhi): Ban Giám đốc đối thoại với viên chức khối lâm sàng về bố trí nhân lực trực. ' +
        'Thời gian: trong tuần từ 06/11 đến 10/11/2034.',
      '2. Giám đốc tiếp người bệnh, người nhà người bệnh',
      'Giám đốc (hoặc Phó Giám đốc được ủy quyền) trực tiếp tiếp người bệnh, người nhà người bệnh vào sáng thứ Sáu tuần cuối ' +
        'cùng của tháng, từ 8 giờ 00 đến 10 giờ 30 tại Phòng Công tác xã hội.',
    ]
    const read = sessionsOf(text.join('\n'))
    expect(read[0]).toEqual([
      'month',
      '2034-11-06',
      '2034-11-10',
      'Ban Giám đốc đối thoại với viên chức khối lâm sàng về bố trí nhân lực trực',
    ])
    // (The last Fridays of October, November and December 2034.)
    expect(read.slice(1).map((s) => [s[1], s[3]])).toEqual(
      ['2034-10-27', '2034-11-24', '2034-12-29'].map((day) => [day, 'Giám đốc trực tiếp tiếp người bệnh, người nhà người bệnh']),
    )
  })

  it("leaves a portal's moment of posting and its list of earlier news out of the sessions", () => {
    const text = [
      'Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Hoạt động của lãnh đạo',
      'Chủ tịch UBND thị xã đối thoại với các hộ dân bị ảnh hưởng dự án kè',
      '19/07/2034 14:05 - Lượt xem: 412',
      'Sáng ngày 17/7/2034, tại Hội trường UBND phường A, Chủ tịch UBND thị xã chủ trì buổi đối thoại với các hộ dân ' +
        'bị ảnh hưởng dự án kè.',
      'Chủ tịch UBND thị xã sẽ tổ chức đối thoại lần thứ ba với các hộ dân còn kiến nghị vào lúc 7 giờ 30 ngày 29/8/2034.',
      'Các tin đã đưa:',
      '» UBND thị xã tổ chức hội nghị giao ban 6 tháng đầu năm (10/07/2034)',
      '» Lịch tiếp công dân của Chủ tịch UBND thị xã tháng 7 (02/07/2034)',
    ]
    const days = readPlan(text.join('\n')).sessions.map((s) => s.time.start)
    expect(days).not.toContain('2034-07-19')
    expect(days).not.toContain('2034-07-10')
    expect(days).not.toContain('2034-07-02')
    expect(days).toContain('2034-08-29')
  })
})

describe('a ward’s quarter of receptions by two hosts', () => {
  const text = [
    'Thông báo lịch tiếp công dân định kỳ của Bí thư Đảng ủy, Chủ tịch UBND phường quý IV năm 2034',
    '1. Lịch tiếp công dân của đồng chí Chủ tịch UBND phường',
    'Tháng\tNgày tiếp công dân\tGhi chú',
    'Tháng 10\t05/10; 12/10\t',
    'Tháng 11\t02/11; 09/11\t',
    '2. Lịch tiếp công dân của đồng chí Bí thư Đảng ủy phường',
    'STT\tNgày tiếp dân\tThứ\tGhi chú',
    '1\t16/10/2034\tThứ Hai\tNgày 15/10/2034 là Chủ nhật',
    '2\t15/11/2034\tThứ Tư\t',
    '3. Tổ chức thực hiện',
    '- Văn phòng Đảng ủy phường chuẩn bị hồ sơ, báo cáo đồng chí Bí thư chậm nhất 01 ngày làm việc trước mỗi buổi tiếp dân của Bí thư.',
  ].join('\n')

  it('keeps each tabbed row whole when its last cell is left empty', () => {
    expect(readPlan(text).sessions.map((s) => s.time.start)).toEqual([
      '2034-10-05',
      '2034-10-12',
      '2034-11-02',
      '2034-11-09',
      '2034-10-16',
      '2034-11-15',
    ])
  })

  it('counts "trước mỗi buổi tiếp dân của Bí thư" from the Secretary’s receptions only', () => {
    expect(datedByRuleOf(text).map((t) => t[3])).toEqual([4, 5])
  })
})

describe('a table whose topic column says each row is a conference', () => {
  it('reads every row, those whose subject names no dialogue too', () => {
    const text = [
      'KẾ HOẠCH Tổ chức hội nghị đối thoại với doanh nghiệp năm 2035',
      '| TT | Chủ đề hội nghị | Thời gian | Địa điểm |',
      '|---|---|---|---|',
      '| 1 | Tháo gỡ khó khăn về thủ tục đầu tư, đất đai trong khu công nghiệp | 08 giờ 00, ngày 26/3/2035 | Hội trường Ban Quản lý |',
      '| 2 | Hỗ trợ hộ kinh doanh chuyển đổi lên doanh nghiệp | Tháng 6/2035 | Trung tâm Hội nghị tỉnh |',
      '| 3 | Gặp mặt, đối thoại với doanh nghiệp nhân Ngày Doanh nhân Việt Nam | Ngày 08/10/2035 | Trung tâm Hội nghị tỉnh |',
    ]
    expect(readPlan(text.join('\n')).sessions.map((s) => s.time.start)).toEqual(['2035-03-26', '2035-06-01', '2035-10-08'])
  })
})
