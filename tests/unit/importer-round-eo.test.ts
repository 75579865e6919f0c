import { describe, expect, it } from 'vitest'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Round eo (stop 40, issue 11): each rule on a small input written here (none of them a page of the measured sets).

describe('a rule of reception days beside a labelled line under the same heading', () => {
  it('reads one session a month from the rule, at the hour the label gives', () => {
    const text = [
      'KẾ HOẠCH tiếp dân, đối thoại trực tiếp với dân năm 2031',
      'II. NỘI DUNG',
      '1. Tiếp dân định kỳ',
      '- Đồng chí Bí thư Đảng ủy xã tiếp dân định kỳ vào ngày 12 hằng tháng, từ tháng 9 đến tháng 12 năm 2031, tại Phòng ' +
        'tiếp công dân xã. Trường hợp ngày 12 trùng vào ngày nghỉ thì chuyển sang ngày làm việc tiếp theo.',
      '- Thời gian tiếp: buổi sáng từ 7 giờ 30 đến 11 giờ 00.',
    ]
    // 12/10/2031 is a Sunday: the next working day, 13/10.
    expect(sessionsOf(text.join('\n')).map((s) => s[1])).toEqual(['2031-09-12', '2031-10-13', '2031-11-12', '2031-12-12'])
  })
})

describe('a chat that posts a voter-meeting schedule under the group’s name', () => {
  const chat = (after: string[]) =>
    [
      'HĐND - UBND XÃ HÒA BÌNH - ĐIỀU HÀNH',
      '',
      '[03/11/2031 09:05] Lê Thị Hoa - VP HĐND&UBND:',
      '@Tất cả 📣 THÔNG BÁO số 41/TB-HĐND ngày 03/11/2031 của Thường trực HĐND xã về LỊCH TIẾP XÚC CỬ TRI của các Tổ đại ' +
        'biểu HĐND xã trước Kỳ họp cuối năm 2031:',
      '',
      '1️⃣ 7h30 thứ Hai 10/11/2031 - thôn Bình An - Nhà văn hóa thôn Bình An (Tổ ĐB số 1)',
      '2️⃣ 14h00 thứ Hai 10/11/2031 - thôn Phú Lợi - Nhà văn hóa thôn Phú Lợi (Tổ ĐB số 1)',
      '3️⃣ 8h00 thứ Tư 12/11/2031 - thôn Đồng Tâm - Nhà văn hóa thôn Đồng Tâm (Tổ ĐB số 2)',
      '',
      ...after,
    ].join('\n')

  it('takes the notice’s subject from the message, each line a meeting named by its village', () => {
    expect(sessionsOf(chat(['Các thôn nhận tin bấm 👍 giúp VP.']))).toEqual([
      ['day', '2031-11-10', '2031-11-10', 'Tiếp xúc cử tri tại thôn Bình An'],
      ['day', '2031-11-10', '2031-11-10', 'Tiếp xúc cử tri tại thôn Phú Lợi'],
      ['day', '2031-11-12', '2031-11-12', 'Tiếp xúc cử tri tại thôn Đồng Tâm'],
    ])
  })

  it('moves a meeting "chuyển từ … sang …" and puts off one "TẠM HOÃN", under the words the schedule gave them', () => {
    const text = chat([
      '[07/11/2031 08:10] Lê Thị Hoa - VP HĐND&UBND:',
      '@Tất cả ĐIỀU CHỈNH LỊCH TXCT:',
      '- Buổi TXCT tại thôn Phú Lợi chuyển từ 14h00 ngày 10/11 sang 7h30 thứ Ba 11/11/2031, địa điểm giữ nguyên.',
      '- Buổi TXCT tại thôn Đồng Tâm (vùng bãi) dự kiến 8h00 ngày 12/11/2031: TẠM HOÃN do nước lên, thời gian sẽ thông báo sau.',
    ])
    expect(sessionsOf(text)).toEqual([
      ['day', '2031-11-10', '2031-11-10', 'Tiếp xúc cử tri tại thôn Bình An'],
      ['day', '2031-11-11', '2031-11-11', 'Tiếp xúc cử tri tại thôn Phú Lợi'],
      ['unscheduled', null, null, 'Tiếp xúc cử tri tại thôn Đồng Tâm'],
    ])
  })
})

describe('a notice of change whose paragraph tells the move its schedule lists', () => {
  const text = [
    'Nhóm: LÃNH ĐẠO CÁC XÃ, TT - HUYỆN TÂN SƠN',
    '',
    'VP HĐND-UBND huyện - Hà Văn Nam   09:12',
    'THÔNG BÁO ĐIỀU CHỈNH LỊCH TXCT CỦA ĐOÀN ĐBQH TỈNH',
    'Do đồng chí Trưởng đoàn có lịch công tác đột xuất, buổi TXCT tại xã Minh Đài chuyển từ sáng thứ Ba 07/10 sang sáng ' +
      'thứ Năm 09/10/2031. Lịch sau điều chỉnh cụ thể như sau:',
    '',
    '1️⃣ 8h00 thứ Hai 06/10/2031: TXCT tại xã Kiệt Sơn, huyện Tân Sơn - HT UBND xã Kiệt Sơn',
    '2️⃣ 14h00 thứ Hai 06/10/2031: TXCT tại thị trấn Tân Phú, huyện Tân Sơn - HT UBND thị trấn',
    '3️⃣ 8h00 thứ Năm 09/10/2031 (lịch cũ 07/10): TXCT tại xã Minh Đài, huyện Tân Sơn - HT UBND xã Minh Đài',
    '',
    'Riêng buổi TXCT sau kỳ họp tại xã Xuân Đài, huyện Tân Sơn dự kiến trong tháng 12/2031, VP sẽ báo sau.',
    '',
    'Đề nghị:',
    '- UBND các xã: Kiệt Sơn, Minh Đài và TT Tân Phú: gửi danh sách cử tri dự về VP chậm nhất 02 ngày trước buổi TXCT tại ' +
      'địa phương mình.',
  ].join('\n')

  it('keeps the listed line only, and the paragraph set apart after the list as a session of its own', () => {
    expect(sessionsOf(text).map((s) => s.slice(0, 3))).toEqual([
      ['day', '2031-10-06', '2031-10-06'],
      ['day', '2031-10-06', '2031-10-06'],
      ['day', '2031-10-09', '2031-10-09'],
      ['month', '2031-12-01', '2031-12-31'],
    ])
  })

  it('gives a town abbreviated "TT" in a list of communes its own kind, and the work its own meeting', () => {
    expect(datedByRuleOf(text)).toEqual([
      ['UBND xã Kiệt Sơn', 'relative', '-2 days', 0],
      ['UBND xã Minh Đài', 'relative', '-2 days', 2],
      ['UBND TT Tân Phú', 'relative', '-2 days', 1],
    ])
  })
})
