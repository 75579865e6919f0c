import { describe, expect, it } from 'vitest'
import { datedOf, sessionsOf } from '../helpers/importer-draft.js'

// Round eq (stop 42, issue 11): each rule on a small input written here (none of them a page of the measured sets).

describe('a voter-meeting table a PDF wrote one cell a line, its voters and its deputies wrapped on capitals', () => {
  const row = (n: number, when: string[], hall: string[], voters: string[], deputies: string[]) => [
    String(n),
    ...when,
    ...hall,
    ...voters,
    ...deputies,
  ]
  const text = [
    'KẾ HOẠCH',
    'Tổ chức cho đại biểu HĐND huyện tiếp xúc cử tri trước Kỳ họp thứ 9',
    'I. LỊCH TIẾP XÚC CỬ TRI',
    'TT',
    'Thời gian',
    'Địa điểm',
    'Cử tri',
    'Tổ đại biểu HĐND',
    'huyện',
    ...row(
      1,
      ['Sáng thứ Ba,', '10/11/2037'],
      ['Hội trường UBND', 'xã Hòa Bình'],
      ['Cử tri xã Hòa', 'Bình'],
      ['Tổ số 1: đ/c Trần', 'Văn Minh, đ/c Lê', 'Thị Hạnh'],
    ),
    ...row(
      2,
      ['14 giờ 00,', '10/11/2037'],
      ['Nhà văn hóa thôn', 'Bắc Sơn, xã An Lạc'],
      ['Cử tri xã An Lạc'],
      ['Tổ số 1: đ/c Trần', 'Văn Minh, đ/c Phạm', 'Quốc Huy'],
    ),
    ...row(3, ['Chiều 11/11/2037'], ['Hội trường UBND xã Tân Phú'], ['Cử tri xã Tân', 'Phú'], ['Tổ số 2: đ/c Đỗ', 'Minh Tâm']),
    'II. TỔ CHỨC THỰC HIỆN',
    'Văn phòng HĐND và UBND huyện chuẩn bị tài liệu.',
  ].join('\n')

  it('reads each row as a meeting with its own voters, the deputies no part of them', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2037-11-10', '2037-11-10', 'Cử tri xã Hòa Bình'],
      ['day', '2037-11-10', '2037-11-10', 'Cử tri xã An Lạc'],
      ['day', '2037-11-11', '2037-11-11', 'Cử tri xã Tân Phú'],
    ])
  })
})

describe('a heading that names a session over a paragraph that opens with a sentence and goes on in labels of its time', () => {
  const text = (heading: string) =>
    [
      'KẾ HOẠCH',
      'Tiếp xúc cử tri năm 2037',
      'II. THỜI GIAN, ĐỊA ĐIỂM',
      heading,
      'Thường trực HĐND huyện phối hợp với Ủy ban MTTQ Việt Nam huyện tổ chức tiếp xúc cử tri với hội viên nông dân về ' +
        'chuyển đổi cây trồng. Thời gian: ngày 08/7/2037 hoặc ngày 09/7/2037 (sẽ có giấy mời cụ thể). Địa điểm: Hội trường ' +
        'Huyện ủy.',
      'III. TỔ CHỨC THỰC HIỆN',
      'Văn phòng chuẩn bị tài liệu.',
    ].join('\n')

  it('gives the heading the time its labels say', () => {
    expect(sessionsOf(text('2. Tiếp xúc cử tri chuyên đề'))).toEqual([['month', '2037-07-08', '2037-07-09', 'Tiếp xúc cử tri chuyên đề']])
  })
})

describe('a schedule a portal flattened to lines, its cells set apart by spaced dashes', () => {
  const text = [
    'LỊCH TIẾP CÔNG DÂN ĐỊNH KỲ THÁNG 3/2036 CỦA CHỦ TỊCH UBND TỈNH',
    '02/03/2036 08:10 | Lượt xem: 311',
    '[A-] [A] [A+]   In bài   Gửi email   Chia sẻ',
    'Chủ tịch UBND tỉnh thông báo lịch tiếp công dân định kỳ tháng 3/2036 như sau:',
    'TT - Thời gian - Người chủ trì - Địa điểm - Ghi chú',
    '1 - Sáng thứ Năm 06/3 - Chủ tịch UBND tỉnh - Trụ sở Tiếp công dân tỉnh - Tiếp định kỳ',
    '2 - 14 giờ 00 chiều thứ Ba 18/3 - Chủ tịch UBND tỉnh - Hội trường UBND xã Tân An - Đối thoại với các hộ dân xã Tân An về bồi thường',
    '3 - Ngày 27/3/2036 (thứ Năm) - Phó Chủ tịch UBND tỉnh - Trụ sở Tiếp công dân tỉnh - Tiếp định kỳ',
    'Sở Lao động - Thương binh và Xã hội cử cán bộ dự các buổi tiếp.',
  ].join('\n')

  it('reads each row as its session, the page buttons no part of the title', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2036-03-06', '2036-03-06', 'TIẾP CÔNG DÂN ĐỊNH KỲ THÁNG 3/2036 CỦA CHỦ TỊCH UBND TỈNH'],
      ['day', '2036-03-18', '2036-03-18', 'Đối thoại với các hộ dân xã Tân An về bồi thường'],
      ['day', '2036-03-27', '2036-03-27', 'TIẾP CÔNG DÂN ĐỊNH KỲ THÁNG 3/2036 CỦA CHỦ TỊCH UBND TỈNH'],
    ])
  })
})

describe('sessions headed by a short name and the places each is held for', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với Nhân dân theo cụm xã năm 2036',
    'II. NỘI DUNG',
    '3. Thời gian, địa điểm (02 hội nghị theo cụm xã)',
    '3.1. Hội nghị cụm 1: các xã Bình An, Bình Phú (huyện Tân Châu)',
    '- Thời gian: 07 giờ 30 phút, ngày 15/5/2036.',
    '- Địa điểm: Hội trường Ủy ban nhân dân xã Bình An.',
    '3.2. Hội nghị cụm 2: các xã Long Hòa, Long Sơn (huyện Phú Tân)',
    '- Thời gian: trong tháng 8/2036.',
    'III. TỔ CHỨC THỰC HIỆN',
  ].join('\n')

  it('names each by its heading whole, not by the plan whose sessions they all are', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2036-05-15', '2036-05-15', 'Hội nghị cụm 1: các xã Bình An, Bình Phú (huyện Tân Châu)'],
      ['month', '2036-08-01', '2036-08-31', 'Hội nghị cụm 2: các xã Long Hòa, Long Sơn (huyện Phú Tân)'],
    ])
  })
})

describe('a plan pasted into a chat, its tables without their header rows', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại giữa Chủ tịch UBND huyện với Nhân dân năm 2036',
    'II. THỜI GIAN, ĐỊA ĐIỂM, NỘI DUNG',
    '1 | Đối thoại với các hộ dân xã An Bình về giao đất dịch vụ | 8h00, thứ Tư, ngày 12/3/2036 | Hội trường UBND xã An Bình | ' +
      'Phòng Tài nguyên và Môi trường',
    '2 | Đối thoại với các hộ dân xã Phú Lâm về giải phóng mặt bằng | Một ngày trong khoảng từ 19/5 đến',
    '23/5/2036 (sẽ chốt sau) | Hội trường UBND xã Phú Lâm | Phòng Tài nguyên và Môi trường',
    '3 | Đối thoại với tiểu thương chợ Lim về cải tạo chợ | Tháng 6/2036 | Chợ Lim | Phòng Kinh tế và Hạ tầng',
    'III. TỔ CHỨC THỰC HIỆN',
    '1\tXây dựng chương trình, phát hành giấy mời\tVăn phòng HĐND và UBND huyện\tBan Tiếp công dân huyện\t' +
      'Trước buổi đối thoại 05 ngày làm việc',
    '2\tBáo cáo phương án cải tạo chợ Lim\tPhòng Kinh tế và Hạ tầng\tUBND thị trấn Lim\tTrước 16h ngày 04/4/2036',
    '3\tMời người dân tham dự; chuẩn bị hội trường\tUBND các xã nơi tổ chức đối thoại\t\tTrước buổi đối thoại 03 ngày',
    '4\tTheo dõi, đôn đốc thực hiện kết luận\tThanh tra huyện\tVăn phòng HĐND và UBND huyện\tTrước ngày 20/6/2036',
  ].join('\n')

  it('joins a row a chat broke inside its time cell', () => {
    expect(sessionsOf(text).map((s) => s.slice(0, 3))).toEqual([
      ['day', '2036-03-12', '2036-03-12'],
      ['month', '2036-05-19', '2036-05-23'],
      ['month', '2036-06-01', '2036-06-30'],
    ])
  })

  it('reads the work, the bodies and by when from what the task table’s columns hold', () => {
    expect(datedOf(text)).toEqual([
      ['Văn phòng HĐND và UBND huyện', 'relative', '2036-03-05', 0],
      ['Văn phòng HĐND và UBND huyện', 'relative', '2036-05-12', 1],
      ['Văn phòng HĐND và UBND huyện', 'relative', '2036-05-26', 2],
      ['Phòng Kinh tế và Hạ tầng', 'absolute', '2036-04-04', null],
      ['UBND các xã nơi tổ chức đối thoại', 'relative', '2036-03-07', 0],
      ['UBND các xã nơi tổ chức đối thoại', 'relative', '2036-05-16', 1],
      ['UBND các xã nơi tổ chức đối thoại', 'relative', '2036-05-29', 2],
      ['Thanh tra huyện', 'absolute', '2036-06-19', null],
    ])
  })
})

describe('a chat exported by Zalo PC: days between rows of "=", each message headed by who wrote it and its hour', () => {
  const text = [
    'Nhóm: GPMB ĐƯỜNG TỈNH 390 (ĐỐI THOẠI)',
    'Lưu trữ tin nhắn Zalo PC · xuất lúc 20:05 ngày 10/11/2036 · 18 thành viên',
    '',
    '============ Thứ Hai, 13 tháng 10 2036 ============',
    '',
    'Lê Thu Hà (VP UBND huyện)  08:31',
    'Kính gửi các anh chị. VP thông báo lịch đ/c Chủ tịch UBND huyện đối thoại như sau ạ',
    '',
    'Lê Thu Hà (VP UBND huyện)  08:32',
    'Buổi 1: Đối thoại với các hộ dân xã An Lạc',
    '⏰ 8h00 thứ Năm 23/10/2036',
    '📍 HT UBND xã An Lạc',
    '',
    'Lê Thu Hà (VP UBND huyện)  08:33',
    'Buổi 2: Đối thoại với các hộ dân xã Tân Hòa',
    '⏰ chưa chốt ngày, dự kiến cuối tháng 11/2036, VP báo sau',
    '',
    'Lê Thu Hà (VP UBND huyện)  08:40',
    'PHÂN CÔNG CHUẨN BỊ:',
    '1. Ban QLDA huyện: tổng hợp kiến nghị gửi VP trước buổi đối thoại 05 ngày làm việc.',
    '2. Phòng TN&MT: rà soát hồ sơ, gửi VP trước 16h ngày 17/10.',
    '',
    'Trần Văn Nam - P.TNMT  09:11',
    'TN&MT nhận ạ, t6 17/10 e gửi VP',
    '',
    '============ Thứ Sáu, 7 tháng 11 2036 ============',
    '',
    'Lê Thu Hà (VP UBND huyện)  15:20',
    '📢 CHỐT LỊCH BUỔI 2: Đối thoại với các hộ dân xã Tân Hòa vào 8h00 sáng thứ Năm 27/11/2036.',
  ].join('\n')

  it('reads the sessions posted a message each, the month left open replaced by the day fixed later', () => {
    expect(sessionsOf(text).map((s) => s.slice(0, 3))).toEqual([
      ['day', '2036-10-23', '2036-10-23'],
      ['day', '2036-11-27', '2036-11-27'],
    ])
    expect(sessionsOf(text)[0]?.[3]).toBe('Đối thoại với các hộ dân xã An Lạc')
  })
})

describe('an e-mail that forwards a plan and, above it, fixes the day the plan left at a month', () => {
  const text = [
    'Từ: Văn phòng HĐND và UBND huyện',
    'Chủ đề: Fw: Trích KH 58/KH-UBND - đối thoại năm 2036',
    'Kính gửi các phòng, ban, đơn vị.',
    'Anh/chị lưu ý thêm mấy mốc sau:',
    '1. TT Phát triển quỹ đất huyện rà soát hồ sơ bồi thường, gửi VP trước 16h ngày 20/3/2036.',
    '2. Buổi đối thoại thứ hai (chợ Đồng Xuân): Kế hoạch ghi dự kiến tháng 6/2036, nay lãnh đạo UBND huyện đã chốt vào 14h00 ' +
      'thứ Ba, ngày 17/6/2036 tại Hội trường UBND thị trấn.',
    '3. @UBND xã Tân Lập gửi VP danh sách hộ dân được mời trước ngày ĐT tại xã ít nhất 02 ngày.',
    '',
    '=== TRÍCH KẾ HOẠCH SỐ 58/KH-UBND ===',
    'III. THỜI GIAN, ĐỊA ĐIỂM, NỘI DUNG ĐỐI THOẠI',
    '1. Buổi thứ nhất',
    '- Nội dung: Đối thoại với các hộ dân xã Tân Lập về bồi thường.',
    '- Thời gian: 8 giờ 00 phút, thứ Năm, ngày 27/3/2036.',
    '2. Buổi thứ hai',
    '- Nội dung: Đối thoại với các hộ kinh doanh tại chợ Đồng Xuân về phương án cải tạo chợ.',
    '- Thời gian: dự kiến tháng 6/2036.',
  ].join('\n')

  it('moves the plan’s month-long session to the day fixed, under the plan’s words', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2036-03-27', '2036-03-27', 'Đối thoại với các hộ dân xã Tân Lập về bồi thường'],
      ['day', '2036-06-17', '2036-06-17', 'Đối thoại với các hộ kinh doanh tại chợ Đồng Xuân về phương án cải tạo chợ'],
    ])
  })

  it('reads "TT …" as a centre, a mention as whom a line asks, and "ngày ĐT" as the dialogue’s day', () => {
    expect(datedOf(text)).toEqual([
      ['TT Phát triển quỹ đất huyện', 'absolute', '2036-03-20', null],
      ['UBND xã Tân Lập', 'relative', '2036-03-25', 0],
    ])
  })
})

describe('paragraphs that each name a session by its rank and go on in its labels', () => {
  const text = [
    'KẾ HOẠCH',
    'Đối thoại giữa Giám đốc Sở với cán bộ, giáo viên năm học 2036 - 2037',
    'II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
    'Cuộc đối thoại thứ nhất — đối thoại với giáo viên các trường THPT huyện Vạn Ninh. Nội dung: chế độ, chính sách. Thời ' +
      'gian, địa điểm: 14 giờ 00, thứ Năm, ngày 09/10/2036, tại Trường THPT Vạn Ninh. Thành phần: Giám đốc Sở (chủ trì).',
    'Cuộc đối thoại thứ hai — đối thoại trực tuyến với nhân viên kế toán các đơn vị trực thuộc Sở. Nội dung: vị trí việc ' +
      'làm. Thời gian, địa điểm: tháng 12/2036, trực tuyến từ điểm cầu Sở.',
    'III. TỔ CHỨC THỰC HIỆN',
  ].join('\n')

  it('reads a session from each paragraph, with its own time', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2036-10-09', '2036-10-09', 'Đối thoại với giáo viên các trường THPT huyện Vạn Ninh'],
      ['month', '2036-12-01', '2036-12-31', 'Đối thoại trực tuyến với nhân viên kế toán các đơn vị trực thuộc Sở'],
    ])
  })
})

describe('a chat whose days are set apart by dashes with the weekday and a comma, its decisions a numbered list', () => {
  const text = [
    'ĐỐI THOẠI - TIẾP DÂN P.HÒA AN',
    '',
    '——— Thứ Hai, 20/10/2036 ———',
    '',
    'Nguyễn Văn Phước - CT UBND phường  10:15',
    'Cảm ơn các đơn vị. A chốt như sau:',
    '1. TT PVHCC: gửi BC chậm nhất 16h00 thứ Ba 21/10, không gia hạn thêm.',
    '2. Tổ chức ĐT lần 2 với bà con tổ dân phố 5 để trả lời các kiến nghị còn lại: 8h00 thứ Ba 04/11/2036 tại HT UBND phường.',
    '3. VP tổng hợp chung, báo cáo a trong ngày 24/10.',
    '',
    '——— Thứ Ba, 21/10/2036 ———',
    '',
    'TT Phục vụ HCC phường  15:42',
    'Dạ TT PVHCC đã gửi BC qua QLVB lúc 15h40 ạ.',
  ].join('\n')

  it('reads the dialogue it decides, not the days of the work nor the days the messages were sent', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2036-11-04', '2036-11-04', 'Đối thoại lần 2 với bà con tổ dân phố 5 để trả lời các kiến nghị còn lại'],
    ])
  })
})

describe('what a plan of sessions by rank and a table by month say in few words', () => {
  it('names a ranked session by the clause after its time, "phòng, chống" kept whole', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại với Nhân dân năm 2036',
      'II. NỘI DUNG',
      '1. Cuộc đối thoại thứ nhất: tổ chức trong tháng 7 tại nhà văn hóa trung tâm xã, đối thoại với Nhân dân về phòng, chống',
      'ma túy, tệ nạn xã hội. Thành phần: trưởng bản, công an viên.',
      '2. Cuộc đối thoại thứ hai: trong tháng 9, đối thoại với hộ nghèo, hộ cận nghèo về chính sách hỗ trợ nhà ở. Ngày cụ thể',
      'Văn phòng thông báo sau.',
      'III. TỔ CHỨC THỰC HIỆN',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['month', '2036-07-01', '2036-07-31', 'Đối thoại với Nhân dân về phòng, chống ma túy'],
      ['month', '2036-09-01', '2036-09-30', 'Đối thoại với hộ nghèo, hộ cận nghèo về chính sách hỗ trợ nhà ở'],
    ])
  })

  it('reads "23 hoặc 24" under "Ngày" as two days to choose from in the row’s month', () => {
    const text = [
      'KẾ HOẠCH',
      'Đối thoại của Chủ tịch UBND huyện năm 2036',
      '| TT | Tháng | Ngày | Nội dung đối thoại | Địa điểm |',
      '|---|---|---|---|---|',
      '| 1 | Tháng 9 | 16 (thứ Ba) | Đối thoại với người có công về chế độ, chính sách | Hội trường UBND huyện |',
      '| 2 |  | 23 hoặc 24 | Đối thoại với hộ đồng bào dân tộc thiểu số xã Ea Kiết về đất sản xuất | Hội trường UBND xã |',
    ].join('\n')
    expect(sessionsOf(text).map((s) => s.slice(0, 3))).toEqual([
      ['day', '2036-09-16', '2036-09-16'],
      ['month', '2036-09-23', '2036-09-24'],
    ])
  })
})

describe('a Telegram message that assigns work by mentioning each body’s handle before its name', () => {
  it('reads the body after the handles, and "trước buổi ĐT 21/10" as before that dialogue', () => {
    const text = [
      'Đỗ Mạnh Cường - CVP HĐND&UBND huyện, [17.10.2036 15:47]',
      '📅 LỊCH ĐỐI THOẠI TUẦN TỚI',
      '• Thứ Ba 21/10/2036, 14h00: đ/c Chủ tịch đối thoại với các hộ dân xã An Thượng về bồi thường — HT UBND xã.',
      '📌 PHÂN CÔNG:',
      '1️⃣ @ttptqd_hoaiduc TT PTQĐ huyện: hồ sơ bồi thường từng hộ gửi VP chậm nhất 01 ngày làm việc trước buổi ĐT 21/10.',
      '2️⃣ @ubnd_anthuong UBND xã An Thượng: phát giấy mời đến từng hộ, xong trong ngày 18/10 (thứ Bảy).',
    ].join('\n')
    expect(datedOf(text)).toEqual([
      ['TT PTQĐ huyện', 'relative', '2036-10-20', 0],
      ['UBND xã An Thượng', 'absolute', '2036-10-18', null],
    ])
  })
})

describe('what round eq’s rules leave as it was (its review)', () => {
  it('keeps a schedule’s lines held "trong ngày", which give no work', () => {
    const text = [
      'KẾ HOẠCH',
      'Đối thoại với Nhân dân năm 2036',
      'II. THỜI GIAN, ĐỊA ĐIỂM ĐỐI THOẠI',
      '- Xã An Lạc: trong ngày 12/11/2036, tại Hội trường UBND xã.',
      '- Xã Tân Hòa: trong ngày 19/11/2036, tại Hội trường UBND xã.',
    ].join('\n')
    expect(sessionsOf(text).map((s) => s.slice(0, 2))).toEqual([
      ['day', '2036-11-12'],
      ['day', '2036-11-19'],
    ])
  })

  it('moves no session to a day whose line fixes something else ("đã chốt danh sách")', () => {
    const text = [
      'KẾ HOẠCH',
      'Đối thoại với Nhân dân năm 2036',
      'II. NỘI DUNG',
      '1. Đối thoại với các hộ dân xã An Lạc về bồi thường: trong quý II/2036.',
      '2. Đối thoại với tiểu thương chợ Tân Hòa về cải tạo chợ: 8h00 ngày 18/6/2036 (UBND xã đã chốt danh sách hộ dự).',
    ].join('\n')
    expect(sessionsOf(text).map((s) => s.slice(0, 2))).toEqual([
      ['quarter', '2036-04-01'],
      ['day', '2036-06-18'],
    ])
  })

  it('reads a column of whom each meeting is with, whatever word opens its cells', () => {
    const row = (n: number, when: string, hall: string, who: string) => [String(n), when, hall, who, 'Chủ tịch UBND huyện']
    const text = [
      'LỊCH ĐỐI THOẠI NĂM 2036',
      'TT',
      'Thời gian',
      'Địa điểm',
      'Đối tượng',
      'Chủ trì',
      ...row(1, 'Ngày 04/11/2036', 'Hội trường UBND xã Hòa Bình', 'Tiểu thương chợ Hòa Bình'),
      ...row(2, 'Ngày 11/11/2036', 'Hội trường UBND xã An Lạc', 'Giáo viên xã An Lạc'),
      ...row(3, 'Ngày 18/11/2036', 'Hội trường UBND xã Tân Phú', 'Hộ kinh doanh xã Tân Phú'),
      'Văn phòng chuẩn bị tài liệu.',
    ].join('\n')
    expect(sessionsOf(text).map((s) => s[1])).toEqual(['2036-11-04', '2036-11-11', '2036-11-18'])
  })

  it('reads "ĐT" as a dialogue only where it is one, not "dự án ĐT xây dựng"', () => {
    const text = [
      'KẾ HOẠCH',
      'Đối thoại với Nhân dân năm 2036',
      'II. THỜI GIAN',
      'Đối thoại với các hộ dân xã An Lạc: 8h00 ngày 12/11/2036.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Ban QLDA huyện hoàn thiện hồ sơ điều chỉnh trước khi phê duyệt dự án ĐT xây dựng.',
    ].join('\n')
    expect(datedOf(text)).toEqual([])
  })

  it('keeps a line in bold stars, "***Đối thoại … 23/10/2036 …***", as its words, no day of a chat', () => {
    const text = ['Kính gửi các đơn vị.', '***Đối thoại với các hộ dân xã An Lạc: 8h00 thứ Năm 23/10/2036 tại Hội trường UBND xã***'].join(
      '\n',
    )
    expect(sessionsOf(text).map((s) => s.slice(0, 2))).toEqual([['day', '2036-10-23']])
  })

  it('joins no two rows of a table without numbers, a short row being whole', () => {
    const text = [
      'LỊCH ĐỐI THOẠI THÁNG 5/2036',
      'Thời gian | Địa điểm | Nội dung | Ghi chú',
      '8h00 ngày 12/5/2036 | Hội trường xã An Lạc | Đối thoại với các hộ dân xã An Lạc | ',
      '14h00 ngày 14/5/2036 | Hội trường xã Tân Hòa',
      '8h00 ngày 19/5/2036 | Chợ Lim | Đối thoại với tiểu thương chợ Lim',
    ].join('\n')
    // (The short row, naming no session, is not read as one — as before round eq; the row after it is not lost to it.)
    expect(sessionsOf(text).map((s) => s[1])).toEqual(['2036-05-12', '2036-05-19'])
  })
})

describe('a chat’s work due before the dialogue it names by its day alone', () => {
  it('binds "trước buổi ĐT 22/10" to the dialogue of 22/10 only', () => {
    const text = [
      'Đỗ Mạnh Cường - CVP HĐND&UBND huyện, [17.10.2036 15:47]',
      '📅 LỊCH ĐỐI THOẠI TUẦN TỚI (20/10 – 24/10/2036)',
      'Văn phòng thông báo lịch tuần tới như sau:',
      '',
      '• Thứ Ba 21/10/2036, 14h00: đ/c Chủ tịch đối thoại với các hộ dân xã An Thượng về bồi thường — HT UBND xã.',
      '• Thứ Tư 22/10/2036, 8h30: đ/c Phó Chủ tịch đối thoại với các hộ kinh doanh chợ Trôi về chợ tạm — HT UBND thị trấn.',
      '📌 PHÂN CÔNG:',
      '1. TT PTQĐ huyện: hồ sơ bồi thường từng hộ gửi VP chậm nhất 01 ngày làm việc trước buổi ĐT 22/10.',
    ].join('\n')
    expect(datedOf(text)).toEqual([['TT PTQĐ huyện', 'relative', '2036-10-21', 1]])
  })
})
