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
