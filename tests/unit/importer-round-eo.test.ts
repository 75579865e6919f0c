import { describe, expect, it } from 'vitest'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'
import { bodyHeading } from '../../src/importer/bodies.js'
import { readPlan } from '../../src/importer/read-plan.js'

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

describe('a notice of reception days by a rule over the months it lists', () => {
  const text = [
    'THÔNG BÁO',
    'Lịch tiếp công dân của Thường trực Hội đồng nhân dân xã Tân Phú năm 2031',
    'Thường trực HĐND xã thông báo lịch tiếp công dân năm 2031 như sau:',
    '1. Thời gian tiếp công dân',
    'Thường trực HĐND xã tiếp công dân định kỳ vào ngày 20 hằng tháng trong các tháng: 02, 05, 09 và 10 năm 2031. Trường hợp ' +
      'ngày 20 trùng với ngày nghỉ thì chuyển sang ngày làm việc tiếp theo.',
    'Tháng 01/2031 và tháng 12/2031, Thường trực HĐND xã không tiếp công dân định kỳ.',
    'Phân công đại biểu tham gia tiếp công dân cùng Thường trực HĐND xã:',
    '- Tháng 02 và 05: đại biểu Tổ số 1 (ấp 1, ấp 2);',
    '- Tháng 09 và 10: đại biểu Tổ số 2 (ấp 3, ấp 4).',
    '2. Địa điểm tiếp công dân',
    'Phòng Tiếp công dân, Trụ sở UBND xã.',
  ].join('\n')

  it('reads the rule’s day in each month listed only, not the months left out nor the assignment lines', () => {
    // 20/9/2031 is a Saturday: the next working day, 22/9.
    expect(sessionsOf(text).map((s) => s.slice(0, 2))).toEqual([
      ['day', '2031-02-20'],
      ['day', '2031-05-20'],
      ['day', '2031-09-22'],
      ['day', '2031-10-20'],
    ])
  })
})

describe('a voter-meeting schedule under the groups of deputies, each for a district', () => {
  const text = [
    'THÔNG BÁO',
    'Lịch tiếp xúc cử tri của các Tổ đại biểu Hội đồng nhân dân tỉnh trước Kỳ họp thứ 9 năm 2031',
    'II. LỊCH TIẾP XÚC CỬ TRI CỦA CÁC TỔ ĐẠI BIỂU',
    '1. Tổ đại biểu HĐND tỉnh ứng cử tại huyện Cẩm Khê (đồng chí A - Tổ trưởng; đồng chí B)',
    '- Sáng thứ Hai, 17/11/2031: tiếp xúc cử tri xã Tiên Lương tại Hội trường UBND xã Tiên Lương.',
    '- Chiều thứ Hai, 17/11/2031: tiếp xúc cử tri thị trấn Cẩm Khê tại Hội trường UBND thị trấn Cẩm Khê.',
    '2. Tổ đại biểu HĐND tỉnh ứng cử tại huyện Hạ Hòa (đồng chí C - Tổ trưởng)',
    '- Sáng thứ Ba, 18/11/2031: tiếp xúc cử tri xã Ấm Hạ tại Nhà văn hóa xã Ấm Hạ.',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam các huyện: Cẩm Khê, Hạ Hòa',
    '- Chuẩn bị hội trường; mời cử tri dự chậm nhất 03 ngày trước mỗi buổi tiếp xúc.',
  ].join('\n')

  it('names each meeting by its commune and the group’s district', () => {
    expect(sessionsOf(text).map((s) => s[3])).toEqual([
      'Tiếp xúc cử tri xã Tiên Lương, huyện Cẩm Khê',
      'Tiếp xúc cử tri thị trấn Cẩm Khê, huyện Cẩm Khê',
      'Tiếp xúc cử tri xã Ấm Hạ, huyện Hạ Hòa',
    ])
  })

  it('gives each district’s body the work "before each meeting" of its own district’s meetings only', () => {
    expect(datedByRuleOf(text)).toEqual([
      ['Ban Thường trực Ủy ban MTTQ Việt Nam huyện Cẩm Khê', 'relative', '-3 days', 0],
      ['Ban Thường trực Ủy ban MTTQ Việt Nam huyện Cẩm Khê', 'relative', '-3 days', 1],
      ['Ban Thường trực Ủy ban MTTQ Việt Nam huyện Hạ Hòa', 'relative', '-3 days', 2],
    ])
  })
})

/** A deputies' group chat: its schedule of hour lines under days, its requests, then the replies given. */
const thanhSonChat = (replies: string[]) =>
  [
    'TỔ ĐB HĐND TỈNH - ĐV HUYỆN THANH SƠN',
    '',
    'Lê Thu Trang (Thư ký Tổ)',
    '📌 LỊCH TXCT SAU KỲ HỌP THỨ 5 - TỔ ĐB HĐND TỈNH ĐƠN VỊ HUYỆN THANH SƠN',
    'Kính gửi các đ/c đại biểu trong Tổ, MTTQ và UBND các xã có điểm TXCT.',
    '',
    '🗓 Thứ Tư 23/7/2031',
    '- 7h30: TXCT xã Địch Quả, huyện Thanh Sơn - HT UBND xã Địch Quả',
    '- 13h30: TXCT xã Cự Đồng, huyện Thanh Sơn - HT UBND xã Cự Đồng',
    '🗓 Thứ Năm 24/7/2031',
    '- 8h00: TXCT xã Yên Lãng, huyện Thanh Sơn - HT UBND xã Yên Lãng',
    '- MTTQ các xã: mời cử tri, gửi danh sách cử tri về em chậm nhất 02 ngày trước buổi TXCT.',
    '- Các đ/c ĐB trong Tổ vui lòng có mặt trước giờ TXCT 15 phút.',
    '',
    '──────── 16:47 Thứ Ba, 15/07/2031 ────────',
    '',
    ...replies,
  ].join('\n')

describe('a chat whose schedule is days over hour lines "7h30: TXCT xã A - HT UBND xã A"', () => {
  const text = thanhSonChat([
    'Hà Văn Long - CT UBND xã Cự Đồng',
    'Dạ chị ơi, chiều 23/7 xã có đoàn kiểm tra lúc 13h30, xin lùi điểm TXCT Cự Đồng qua 15h00 được ko chị',
    '',
    'Lê Thu Trang (Thư ký Tổ)',
    'Đ/c Tổ trưởng đồng ý ạ. ⚠️ Điểm TXCT xã Cự Đồng chiều thứ Tư 23/7 ĐỔI GIỜ sang 15h00, địa điểm ko đổi.',
  ])

  it('reads each hour line as a meeting spelled out, up to the requests under the last day', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2031-07-23', '2031-07-23', 'Tiếp xúc cử tri xã Địch Quả, huyện Thanh Sơn'],
      ['day', '2031-07-23', '2031-07-23', 'Tiếp xúc cử tri xã Cự Đồng, huyện Thanh Sơn'],
      ['day', '2031-07-24', '2031-07-24', 'Tiếp xúc cử tri xã Yên Lãng, huyện Thanh Sơn'],
    ])
  })

  it('takes a request to the deputies and a reply asking leave as none, and "ĐỔI GIỜ sang" as the meeting’s new hour', () => {
    expect(readPlan(text).sessions.map((s) => s.startsAt)).toEqual([
      { hour: 7, minute: 30 },
      { hour: 15, minute: 0 },
      { hour: 8, minute: 0 },
    ])
  })
})

describe('a grid table whose last column spans two rows', () => {
  it('parts the rows at a rule drawn under some columns only', () => {
    const text = [
      'THÔNG BÁO',
      'Điều chỉnh lịch đối thoại của đồng chí Bí thư Huyện ủy năm 2031',
      '1. Các buổi đối thoại điều chỉnh',
      '+----+------------------------+-----------------+------------------+',
      '| TT | Nội dung               | Thời gian điều  | Ghi chú          |',
      '|    |                        | chỉnh           |                  |',
      '+====+========================+=================+==================+',
      '| 1  | Đối thoại với các hộ   | 8 giờ 00, thứ   | Do trùng lịch    |',
      '|    | dân xã Quảng Phú       | Ba, 14-10-2031  | công tác của     |',
      '+----+------------------------+-----------------+ Thường trực      |',
      '| 2  | Đối thoại với tiểu     | 14 giờ 00, thứ  | Huyện ủy         |',
      '|    | thương chợ Đông Ba     | Năm, 16-10-2031 |                  |',
      '+----+------------------------+-----------------+------------------+',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2031-10-14', '2031-10-14', 'Đối thoại với các hộ dân xã Quảng Phú'],
      ['day', '2031-10-16', '2031-10-16', 'Đối thoại với tiểu thương chợ Đông Ba'],
    ])
  })
})

describe('a table a PDF laid out in columns of spaces, grouped by quarter', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại giữa Chủ tịch UBND tỉnh với doanh nghiệp năm 2031',
    'II. THỜI GIAN, NỘI DUNG',
    '',
    'TT  Thời gian          Nội dung đối thoại                 Địa điểm             Cơ quan tham mưu,',
    '                                                                               chuẩn bị',
    '                                    QUÝ I/2031',
    '1   8 giờ 00, thứ Ba,  Đối thoại với doanh nghiệp khu     Hội trường Ban       Ban Quản lý Khu',
    '    ngày 25/3/2031     công nghiệp về thủ tục đầu tư      Quản lý Khu kinh tế  kinh tế tỉnh chủ trì;',
    '                                                                               Sở Tài chính',
    '',
    '                                    QUÝ II/2031',
    '2   Tháng 5/2031       Đối thoại với hợp tác xã về        Hội trường UBND      Sở Nông nghiệp chủ',
    '    (dự kiến)          tiêu thụ nông sản                  huyện Đồng Xoài      trì',
    '',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Các cơ quan được giao chủ trì chuẩn bị (ghi tại cột "Cơ quan tham mưu, chuẩn bị")',
    'Xây dựng báo cáo đề dẫn, gửi Văn phòng UBND tỉnh chậm nhất 10 ngày trước ngày tổ chức cuộc đối thoại được giao.',
  ].join('\n')

  it('reads every row, the group’s line between two rows no end of the table', () => {
    expect(sessionsOf(text).map((s) => s.slice(0, 3))).toEqual([
      ['day', '2031-03-25', '2031-03-25'],
      ['month', '2031-05-01', '2031-05-31'],
    ])
  })

  it('gives the work of "the bodies assigned (column …)" to the body each row says leads', () => {
    expect(datedByRuleOf(text)).toEqual([
      ['Ban Quản lý Khu kinh tế tỉnh', 'relative', '-10 days', 0],
      ['Sở Nông nghiệp', 'relative', '-10 days', 1],
    ])
  })
})

describe('a news item on a dialogue and the next one', () => {
  it('reads the lead’s session and the next one announced, not the first of the series held nor the works’ start', () => {
    const text = [
      'Chủ tịch UBND huyện đối thoại với các hộ dân bị ảnh hưởng dự án đường ven sông',
      'Sáng ngày 14/7/2031, tại Hội trường UBND xã Tân Hòa, ông Trần Văn A - Chủ tịch UBND huyện chủ trì buổi đối thoại với các ' +
        'hộ dân bị ảnh hưởng dự án đường ven sông (đoạn qua xã Tân Hòa).',
      'Đây là lần đối thoại thứ hai với các hộ dân của dự án; lần thứ nhất được tổ chức vào tháng 4/2031, đã giải quyết kiến ' +
        'nghị của 15 hộ.',
      'Kết luận buổi đối thoại, Chủ tịch UBND huyện giao:',
      '- Phòng Tài nguyên và Môi trường chủ trì, phối hợp với UBND xã Tân Hòa xác minh nguồn gốc đất của các hộ, báo cáo ' +
        'trước ngày 10/8/2031.',
      '- Thanh tra huyện theo dõi, đôn đốc các cơ quan thực hiện kết luận.',
      'Chủ tịch UBND huyện thống nhất sẽ tổ chức đối thoại lần thứ ba với các hộ dân còn kiến nghị vào lúc 7 giờ 30 ngày 26/8/2031 ' +
        '(thứ Ba), tại Hội trường UBND xã Tân Hòa.',
      'Dự án đường ven sông có tổng chiều dài hơn 6 km, được khởi công từ tháng 3/2031, dự kiến hoàn thành trong năm 2032.',
    ].join('\n')
    expect(sessionsOf(text).map((s) => s.slice(0, 2))).toEqual([
      ['day', '2031-07-14'],
      ['day', '2031-08-26'],
    ])
  })

  it('leaves out the month of an earlier year a paragraph opens with', () => {
    const text = [
      'Sắp diễn ra hội nghị đối thoại giữa lãnh đạo UBND tỉnh với doanh nghiệp',
      '(Báo Tây Ninh) - UBND tỉnh vừa ban hành Kế hoạch số 120/KH-UBND về tổ chức Hội nghị đối thoại giữa lãnh đạo UBND tỉnh với ' +
        'doanh nghiệp năm 2031. Hội nghị sẽ diễn ra vào lúc 8 giờ 00 ngày 24/10/2031 (thứ Sáu) tại Hội trường UBND tỉnh.',
      'Năm 2030, hội nghị tương tự được UBND tỉnh tổ chức vào tháng 11, với 52 ý kiến được giải đáp tại hội nghị.',
      '**Tháng 12 sẽ đối thoại với hợp tác xã**',
      'Cũng theo kế hoạch, trong tháng 12/2031, UBND tỉnh sẽ tổ chức hội nghị đối thoại với các hợp tác xã nông nghiệp.',
    ].join('\n')
    expect(sessionsOf(text).map((s) => s.slice(0, 2))).toEqual([
      ['day', '2031-10-24'],
      ['month', '2031-12-01'],
    ])
  })
})

describe('a news item telling the voter meetings clause after clause', () => {
  it('reads a meeting each place with its own half of the day, or each clause, with the district after the places', () => {
    const text = [
      'Đoàn đại biểu Quốc hội tỉnh sẽ tiếp xúc cử tri trước Kỳ họp thứ 10',
      '(baohagiang.vn) - Ngày 02/10/2031, Đoàn ĐBQH tỉnh ban hành Thông báo về lịch tiếp xúc cử tri trước Kỳ họp thứ 10.',
      'Tại các buổi tiếp xúc, đại biểu sẽ thông báo với cử tri dự kiến nội dung Kỳ họp thứ 10 (dự kiến khai mạc ngày 20/10/2031); ' +
        'đồng thời lắng nghe ý kiến, kiến nghị của cử tri.',
      'Cụ thể, Tổ đại biểu số 1 gồm các đồng chí: Nguyễn Văn A, Phó Trưởng Đoàn; Lò Thị B, Ủy viên Ủy ban Xã hội sẽ tiếp xúc cử ' +
        'tri xã Thanh Thủy (buổi sáng ngày 07/10) và xã Phương Tiến (buổi chiều ngày 07/10), huyện Vị Xuyên; tiếp xúc cử tri xã ' +
        'Tùng Vài, huyện Quản Bạ vào sáng thứ Tư, ngày 08/10/2031.',
      'Sáng thứ Năm, ngày 09/10/2031, cả hai tổ tiếp xúc cử tri chuyên đề với người có uy tín huyện Mèo Vạc tại Hội trường Huyện ' +
        'ủy. Chiều thứ Sáu, ngày 10/10/2031, Đoàn ĐBQH tỉnh tiếp xúc cử tri phường Minh Khai và phường Trần Phú, thành phố Hà ' +
        'Giang tại Hội trường UBND phường Minh Khai.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2031-10-07', '2031-10-07', 'Tiếp xúc cử tri xã Thanh Thủy, huyện Vị Xuyên'],
      ['day', '2031-10-07', '2031-10-07', 'Tiếp xúc cử tri xã Phương Tiến, huyện Vị Xuyên'],
      ['day', '2031-10-08', '2031-10-08', 'Tiếp xúc cử tri xã Tùng Vài, huyện Quản Bạ'],
      ['day', '2031-10-09', '2031-10-09', 'Tiếp xúc cử tri chuyên đề với người có uy tín huyện Mèo Vạc'],
      ['day', '2031-10-10', '2031-10-10', 'Tiếp xúc cử tri phường Minh Khai và phường Trần Phú, thành phố Hà Giang'],
    ])
  })
})

describe('a leader’s weekly work calendar sent by e-mail, its notes after the last day', () => {
  it('reads the receptions and dialogues among the days’ appointments, and the reception its notes add', () => {
    const text = [
      'From: Văn phòng UBND quận <vanphong@quan.gov.vn>',
      'Subject: Lịch công tác tuần 20/2031 của Chủ tịch UBND quận',
      '',
      'Kính gửi: Các phòng, ban, đơn vị thuộc quận.',
      '',
      'UBND QUẬN THANH KHÊ',
      'VĂN PHÒNG',
      '',
      'LỊCH CÔNG TÁC TUẦN 20/2031 CỦA CHỦ TỊCH UBND QUẬN',
      '(Từ ngày 12/5/2031 đến ngày 18/5/2031)',
      '',
      'THỨ HAI (12/5)',
      '- 7h30: CT giao ban Thường trực UBND quận. Đ/đ: Phòng họp số 1.',
      '',
      'THỨ BA (13/5)',
      '- 7h30: CT tiếp công dân định kỳ tháng 5/2031. Đ/đ: Trụ sở Tiếp công dân quận.',
      '- 14h00: CT làm việc với UBND phường An Khê về chỉnh trang đô thị.',
      '',
      'THỨ NĂM (15/5)',
      '- 8h00: CT chủ trì đối thoại với tiểu thương chợ Thanh Khê về sắp xếp ngành hàng. Đ/đ: Ban Quản lý chợ.',
      '',
      'THỨ BẢY (17/5)',
      '- 6h30: CT dự Lễ ra quân Ngày Môi trường thế giới.',
      '',
      'CHỦ NHẬT (18/5): Nghỉ.',
      '',
      '* Ghi chú - phân công chuẩn bị:',
      '1. Ban Quản lý chợ: gửi giấy mời đến các hộ tiểu thương chậm nhất ngày 13/5/2031.',
      '2. Lịch tiếp công dân định kỳ lần 2 trong tháng 5/2031 của CT: 7h30 thứ Ba, ngày 27/5/2031 tại Trụ sở Tiếp công dân quận.',
    ].join('\n')
    expect(sessionsOf(text).map((s) => s.slice(0, 2))).toEqual([
      ['day', '2031-05-13'],
      ['day', '2031-05-15'],
      ['day', '2031-05-27'],
    ])
    expect(readPlan(text).plan.title).toBe('LỊCH CÔNG TÁC TUẦN 20/2031 CỦA CHỦ TỊCH UBND QUẬN (Từ ngày 12/5/2031 đến ngày 18/5/2031)')
  })
})

describe('a notice of change whose items keep the time or change the place', () => {
  it('reads "Giữ nguyên thời gian:" as the session’s time and "Thay đổi địa điểm:" as its place', () => {
    const text = [
      'THÔNG BÁO',
      'Điều chỉnh lịch đối thoại trực tiếp giữa Bí thư Đảng ủy xã với Nhân dân năm 2031',
      '1. Buổi đối thoại với Nhân dân thôn 3 về nạo vét kênh mương nội đồng',
      '- Thời gian theo Thông báo số 08-TB/ĐU: 8 giờ 00, ngày 19/9/2031.',
      '- Nay chuyển sang: 8 giờ 00, ngày 26/9/2031 (thứ Sáu).',
      '2. Buổi đối thoại với các hộ kinh doanh tại chợ xã về sắp xếp lại điểm kinh doanh',
      '- Giữ nguyên thời gian: 14 giờ 00, ngày 10/10/2031 (thứ Sáu).',
      '- Thay đổi địa điểm: từ Nhà văn hóa thôn 6 sang Hội trường UBND xã.',
    ].join('\n')
    expect(sessionsOf(text).map((s) => s.slice(0, 2))).toEqual([
      ['day', '2031-09-26'],
      ['day', '2031-10-10'],
    ])
  })
})

describe('a plan’s table of work copied from Word with tabs, one row broken over two lines', () => {
  it('joins the broken task cell, its deadline in the last column; a body’s remark in brackets is no part of its name', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại giữa Giám đốc Trung tâm với viên chức năm 2031',
      'I. THỜI GIAN',
      '- Hội nghị đối thoại: 14 giờ 00, ngày 22/4/2031 (thứ Ba), tại Hội trường Trung tâm.',
      'II. PHÂN CÔNG NHIỆM VỤ',
      'TT\tĐơn vị thực hiện\tNhiệm vụ\tThời hạn',
      '1\tPhòng Tổ chức\tTham mưu Quyết định thành lập Tổ giúp việc\tTrước ngày 02/4/2031',
      '2\tPhòng Tổ chức\tTổng hợp câu hỏi, kiến nghị của viên chức (qua phiếu góp ý, hòm thư);',
      '\tphân loại, chuyển các phòng chức năng chuẩn bị nội dung trả lời\tTrước hội nghị ít nhất 7 ngày',
      '3\tPhòng Hành chính\tChuẩn bị hội trường, âm thanh\tTrước hội nghị 01 ngày',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Kế toán (thường trực Tổ giúp việc)',
      '- Chuẩn bị báo cáo giải trình về thu nhập tăng thêm, gửi Giám đốc trước ngày 10/4/2031.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Phòng Tổ chức', 'absolute', '2031-04-01', null],
      ['Phòng Tổ chức', 'relative', '-7 days', 0],
      ['Phòng Hành chính', 'relative', '-1 days', 0],
      ['Phòng Kế toán', 'absolute', '2031-04-09', null],
    ])
  })
})

describe('a voter-meeting schedule whose lines give the hall, then the voters', () => {
  it('names each meeting by the place of its voters', () => {
    const text = [
      'THÔNG BÁO',
      'Điều chỉnh lịch tiếp xúc cử tri của các Tổ đại biểu HĐND thị xã trước Kỳ họp thứ 4 năm 2031',
      '1. Tổ đại biểu số 1 (đồng chí A - Phó Chủ tịch HĐND thị xã, Tổ trưởng)',
      '- 7 giờ 30, thứ Ba, ngày 25/11/2031: tại Hội trường UBND phường Long Sơn, cử tri phường Long Sơn. (Giữ nguyên)',
      '- 13 giờ 30, thứ Năm, ngày 27/11/2031: tại Hội trường UBND xã Phú Lộc, cử tri xã Phú Lộc. (Điều chỉnh, lịch cũ: 26/11/2031)',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2031-11-25', '2031-11-25', 'Tiếp xúc cử tri tại phường Long Sơn'],
      ['day', '2031-11-27', '2031-11-27', 'Tiếp xúc cử tri tại xã Phú Lộc'],
    ])
  })
})

describe('a schedule copied one cell a line whose times repeat', () => {
  it('keeps the row numbers and the repeated times, no page numbers or running lines', () => {
    const rows = [
      ['1', '7 giờ 30, thứ Hai, 06/10/2031', 'Phường 7, thành phố Tuy Hòa', 'Hội trường UBND phường 7'],
      ['2', '14 giờ 00, thứ Hai, 06/10/2031', 'Thị trấn Phú Hòa, huyện Phú Hòa', 'Hội trường UBND thị trấn Phú Hòa'],
      ['3', '7 giờ 30, thứ Ba, 07/10/2031', 'Thị trấn Phú Thứ, huyện Tây Hòa', 'Hội trường UBND thị trấn Phú Thứ'],
      ['4', '14 giờ 00, thứ Ba, 07/10/2031', 'Xã Ea Bia, huyện Sông Hinh', 'Hội trường UBND xã Ea Bia'],
      ['5', '7 giờ 30, thứ Hai, 06/10/2031', 'Thị trấn Củng Sơn, huyện Sơn Hòa', 'Hội trường UBND thị trấn Củng Sơn'],
      ['6', '14 giờ 00, thứ Hai, 06/10/2031', 'Thị trấn La Hai, huyện Đồng Xuân', 'Hội trường UBND thị trấn La Hai'],
    ]
    const text = [
      'ĐOÀN ĐẠI BIỂU QUỐC HỘI TỈNH PHÚ YÊN',
      'V/v tổ chức tiếp xúc cử tri trước Kỳ họp thứ 10, Quốc hội khóa XV',
      'I. LỊCH TIẾP XÚC CỬ TRI',
      '',
      'STT',
      'Thời gian',
      'Địa bàn',
      'Địa điểm',
      'Tổ đại biểu Quốc hội số 1 (đồng chí Trần Văn A - Phó Trưởng đoàn, Tổ trưởng; đồng chí Lê Thị B)',
      ...rows.slice(0, 4).flat(),
      'Tổ đại biểu Quốc hội số 2 (đồng chí Đinh Văn C - Tổ trưởng; đồng chí Hồ Thị D)',
      ...rows.slice(4).flat(),
      '',
      'II. TỔ CHỨC THỰC HIỆN',
    ].join('\n')
    expect(sessionsOf(text).map((s) => s[1])).toEqual(['2031-10-06', '2031-10-06', '2031-10-07', '2031-10-07', '2031-10-06', '2031-10-06'])
  })
})

describe('what round eo’s rules leave as it was (its review)', () => {
  it('reads the days listed under "Cụ thể như sau:", no assignment lead', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tiếp công dân của Thường trực HĐND xã năm 2031',
      '1. Lịch tiếp công dân định kỳ',
      'Cụ thể như sau:',
      '- Thứ Năm, ngày 13/3/2031: đồng chí Nguyễn Văn A, Chủ tịch HĐND xã.',
      '- Thứ Năm, ngày 10/4/2031: đồng chí Trần Thị B, Phó Chủ tịch HĐND xã.',
    ].join('\n')
    expect(sessionsOf(text).map((s) => s[1])).toEqual(['2031-03-13', '2031-04-10'])
  })

  it('moves the session the correction names, "12 hộ" no hour', () => {
    const text = [
      'Nhóm tổ dân phố 3 - phường Tân An',
      '',
      '03/3/2031',
      '',
      'Văn phòng UBND phường',
      'THÔNG BÁO',
      'UBND phường Tân An thông báo lịch tiếp công dân và đối thoại với Nhân dân trong tháng 3/2031 như sau:',
      '',
      'Đối thoại với các hộ dân tổ dân phố 3 về nâng cấp đường kiệt: 14h00 chiều thứ 5 (20/3) tại Nhà văn hóa tổ 3.',
      '',
      'Đối thoại với 12 hộ dân tổ dân phố 5 về cấp nước sạch: 14h00 chiều thứ 3 (25/3) tại Nhà văn hóa tổ 5.',
      '09:12',
      '',
      '05/3/2031',
      '',
      'Văn phòng UBND phường',
      'ĐÍNH CHÍNH: Buổi đối thoại với 12 hộ dân tổ dân phố 5 chuyển sang 8h00 sáng thứ 6 (28/3), địa điểm không đổi.',
      '10:05',
    ].join('\n')
    expect(sessionsOf(text).map((s) => [s[1], String(s[3]).slice(0, 30)])).toEqual([
      ['2031-03-20', 'Đối thoại với các hộ dân tổ dâ'],
      ['2031-03-28', 'Đối thoại với 12 hộ dân tổ dân'],
    ])
  })

  it('keeps a dialogue that itself "sẽ khai mạc ngày …", and a month’s reception that mentions cases not received again', () => {
    expect(
      sessionsOf(
        '(Báo Tây Ninh) - Hội nghị đối thoại giữa lãnh đạo UBND tỉnh với doanh nghiệp năm 2031 sẽ khai mạc ngày 24/10/2031 tại ' +
          'Hội trường UBND tỉnh.',
      ).map((s) => s[1]),
    ).toEqual(['2031-10-24'])
    const month = [
      'KẾ HOẠCH',
      'Tiếp công dân của Chủ tịch UBND xã năm 2031',
      'II. NỘI DUNG',
      '1. Tiếp công dân định kỳ',
      'Trong tháng 7/2031, Chủ tịch UBND xã tiếp công dân định kỳ tại Trụ sở tiếp công dân xã; các vụ việc đã được giải quyết ' +
        'dứt điểm thì không tiếp công dân lại.',
    ].join('\n')
    expect(sessionsOf(month).map((s) => s.slice(0, 2))).toEqual([['month', '2031-07-01']])
  })

  it('takes the new hour after "sang", not the old "từ sáng 7h30"; a "Bản tổng hợp" is no village', () => {
    const text = thanhSonChat([
      'Hà Văn Long - CT UBND xã Địch Quả',
      'Dạ chị ơi, sáng 23/7 xã có đoàn kiểm tra, xin lùi điểm TXCT Địch Quả qua 15h00 được ko chị',
      '',
      'Lê Thu Trang (Thư ký Tổ)',
      '⚠️ Điểm TXCT xã Địch Quả thứ Tư 23/7 ĐỔI GIỜ từ sáng 7h30 sang chiều 15h00, địa điểm ko đổi.',
    ])
    expect(readPlan(text).sessions.map((s) => s.startsAt)).toEqual([
      { hour: 15, minute: 0 },
      { hour: 13, minute: 30 },
      { hour: 8, minute: 0 },
    ])
    const chat = [
      'HĐND - UBND XÃ HÒA BÌNH - ĐIỀU HÀNH',
      '@Tất cả 📣 THÔNG BÁO số 41/TB-HĐND của Thường trực HĐND xã về LỊCH TIẾP XÚC CỬ TRI của các Tổ đại biểu HĐND xã:',
      '1️⃣ 7h30 thứ Hai 10/11/2031 - thôn Bình An - Nhà văn hóa thôn Bình An',
      '2️⃣ 14h00 thứ Hai 10/11/2031 - thôn Phú Lợi - Nhà văn hóa thôn Phú Lợi',
      '3️⃣ 14h00 thứ Tư 12/11/2031 - Bản tổng hợp ý kiến cử tri các thôn gửi về VP trước 17h00',
    ].join('\n')
    expect(sessionsOf(chat).map((s) => s[3])).not.toContain('Tiếp xúc cử tri tại Bản tổng hợp ý kiến cử tri các thôn gửi về VP trước 17h00')
  })

  it('takes no subject from a recital, keeps a health centre "TT Y tế" and the abbreviations of a title', () => {
    const letter = [
      'ỦY BAN NHÂN DÂN XÃ TÂN PHÚ',
      'Kính gửi: Trưởng các thôn, ấp',
      'Căn cứ Thông báo số 41/TB-HĐND của Thường trực HĐND huyện về lịch tiếp xúc cử tri của Tổ đại biểu HĐND huyện trước Kỳ họp thứ 12;',
      'UBND xã thông báo lịch Chủ tịch UBND xã tiếp công dân trong tháng 12/2031 như sau:',
      '- 8h00 thứ Sáu, ngày 05/12/2031, tại Trụ sở UBND xã.',
      '- 8h00 thứ Sáu, ngày 19/12/2031, tại Trụ sở UBND xã.',
    ].join('\n')
    expect(sessionsOf(letter).map((s) => s[3])).not.toContain('Lịch tiếp xúc cử tri của Tổ đại biểu HĐND huyện trước Kỳ họp thứ 12')
    expect(bodyHeading('Các đơn vị: xã Tân Hòa, TT Y tế huyện: chuẩn bị hội trường')?.bodies.map((b) => b.name)).toEqual(['Các đơn vị'])
    expect(readPlan('LỊCH\nTXCT của Tổ đại biểu HĐND tỉnh trước Kỳ họp thứ 10 năm 2031').plan.title).toBe(
      'Lịch TXCT của Tổ đại biểu HĐND tỉnh trước Kỳ họp thứ 10 năm 2031',
    )
  })
})
