import { describe, expect, it } from 'vitest'
import { duesOf, sessionsOf } from '../helpers/importer-draft.js'
import { readPlan } from '../../src/importer/read-plan.js'

// Round ep (stop 41, issue 11): each rule on a small input written here (none of them a page of the measured sets).

describe('a voter-meeting table a PDF wrote one cell a line, its deputies a line each and the hour over the day', () => {
  const row = (n: number, unit: string, hour: string, day: string, hall: string) => [
    String(n),
    `Đơn vị bầu cử số ${n}`,
    `(${unit})`,
    'Ông Nguyễn Văn An',
    'Bà Lê Thị Bình',
    hour,
    day,
    hall,
  ]
  const text = (between: string[]) =>
    [
      'THÔNG BÁO',
      'Lịch tiếp xúc cử tri của đại biểu HĐND tỉnh trước kỳ họp cuối năm 2031',
      'I. LỊCH TIẾP XÚC CỬ TRI',
      'TT',
      'Đơn vị bầu cử',
      'Đại biểu HĐND tỉnh',
      'tiếp xúc cử tri',
      'Thời gian',
      'Địa điểm',
      ...row(1, 'huyện Yên Hòa', '08 giờ 00', 'Thứ Hai, 24/11/2031', 'Hội trường UBND xã Đông Phong, huyện Yên Hòa'),
      ...row(2, 'huyện Tây Sơn', '14 giờ 00', 'Thứ Ba, 25/11/2031', 'Nhà văn hóa thôn Bắc, xã Tây Lộc, huyện Tây Sơn'),
      ...between,
      ...row(3, 'huyện Phú Mỹ', '08 giờ 00', 'Thứ Tư, 26/11/2031', 'Hội trường UBND xã Mỹ Lợi, huyện Phú Mỹ'),
      'II. TỔ CHỨC THỰC HIỆN',
      'Văn phòng gửi tài liệu đến các đại biểu chậm nhất 03 ngày trước mỗi buổi tiếp xúc cử tri.',
    ].join('\n')
  const meetings = [
    ['day', '2031-11-24', '2031-11-24', 'Tiếp xúc cử tri tại xã Đông Phong, huyện Yên Hòa'],
    ['day', '2031-11-25', '2031-11-25', 'Tiếp xúc cử tri tại xã Tây Lộc, huyện Tây Sơn'],
    ['day', '2031-11-26', '2031-11-26', 'Tiếp xúc cử tri tại xã Mỹ Lợi, huyện Phú Mỹ'],
  ]

  it('reads each row as a meeting named by the commune of its hall', () => {
    expect(sessionsOf(text([]))).toEqual(meetings)
  })

  it('leaves the page’s number between two rows out of them', () => {
    expect(sessionsOf(text(['2']))).toEqual(meetings)
  })
})

describe('a timetable of steps "Bước N." each with its doer and its time limit on labelled lines', () => {
  const text = [
    'KẾ HOẠCH tổ chức đối thoại với sinh viên năm học 2031 - 2032',
    'I. LỊCH ĐỐI THOẠI',
    '| TT | Đơn vị | Thời gian | Địa điểm |',
    '|---|---|---|---|',
    '| 1 | Sinh viên Khoa Luật | 14h00, thứ Ba, 18/11/2031 | Giảng đường A |',
    '| 2 | Sinh viên Khoa Sinh học | 14h00, thứ Năm, 20/11/2031 | Giảng đường A |',
    'II. CÁC BƯỚC CHUẨN BỊ',
    'Bước 1. Thu thập ý kiến của sinh viên, gửi về Phòng Công tác sinh viên.',
    'Đơn vị thực hiện: Các khoa (phối hợp: Đoàn Thanh niên, Hội Sinh viên trường)',
    'Thời hạn: trước ngày 07/11/2031',
    'Bước 2. Tổng hợp, phân loại ý kiến, chuyển các phòng chức năng chuẩn bị trả lời.',
    'Đơn vị thực hiện: Phòng Công tác sinh viên',
    'Thời hạn: chậm nhất 02 ngày trước buổi đối thoại',
  ].join('\n')

  it('gives each step’s time limit to the body that step names, not to the next step’s', () => {
    expect(duesOf(text)).toEqual([
      ['Các khoa', '2031-11-06'],
      ['Phòng Công tác sinh viên', '2031-11-14'], // 16/11 is a Sunday: the Friday before
      ['Phòng Công tác sinh viên', '2031-11-18'],
    ])
  })
})

describe('a schedule’s time cell that gives two blocks their own day, one of them put off to a month', () => {
  const text = [
    'KẾ HOẠCH tổ chức đối thoại với người bệnh năm 2031',
    'II. LỊCH ĐỐI THOẠI',
    '| Quý | Nội dung đối thoại trọng tâm | Thời gian | Địa điểm |',
    '|---|---|---|---|',
    '| I | Thủ tục khám bệnh bảo hiểm y tế | Khối Nội: 8h00 ngày 13/3/2031; Khối Ngoại: 8h00 ngày 20/3/2031 | Hội trường A |',
    '| III | Cung ứng thuốc, vật tư y tế | Khối Nội: 8h00 ngày 18/9/2031; Khối Ngoại: dự kiến tháng 10/2031 (lùi do sửa chữa) | ' +
      'Hội trường A |',
  ].join('\n')

  it('reads a session for each block, under the row’s own subject', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2031-03-13', '2031-03-13', 'Thủ tục khám bệnh bảo hiểm y tế'],
      ['day', '2031-03-20', '2031-03-20', 'Thủ tục khám bệnh bảo hiểm y tế'],
      ['day', '2031-09-18', '2031-09-18', 'Cung ứng thuốc, vật tư y tế'],
      ['month', '2031-10-01', '2031-10-31', 'Cung ứng thuốc, vật tư y tế'],
    ])
  })
})

describe('a rule of reception days with its exceptions listed by month', () => {
  const text = (exceptions: string[]) =>
    [
      'THÔNG BÁO lịch tiếp dân định kỳ của đồng chí Bí thư Tỉnh ủy 6 tháng cuối năm 2031',
      '1. Lịch tiếp dân định kỳ',
      'Đồng chí Bí thư Tỉnh ủy tiếp dân định kỳ tại Trụ sở Tiếp công dân tỉnh vào ngày 20 hằng tháng, từ tháng 9 đến tháng 12 năm ' +
        '2031; nếu ngày 20 trùng vào thứ Bảy, Chủ nhật hoặc ngày nghỉ lễ thì tiếp vào ngày làm việc liền kề trước đó.',
      '2. Các trường hợp điều chỉnh',
      ...exceptions,
    ].join('\n')
  const days = (exceptions: string[]) => sessionsOf(text(exceptions)).map((s) => s[1])

  // 20/9/2031 is a Saturday: the Friday before, 19/9.
  it('gives a day off’s reception to the working day before it when the rule says "liền kề trước đó"', () => {
    expect(days([])).toEqual(['2031-09-19', '2031-10-20', '2031-11-20', '2031-12-19'])
  })

  it('moves the month’s reception to the day its line gives, and puts a dialogue held instead of one in its place', () => {
    const exceptions = [
      '- Tháng 10/2031: do trùng lịch công tác, buổi tiếp dân định kỳ chuyển sang thứ Năm, ngày 23/10/2031.',
      '- Tháng 12/2031: thay cho buổi tiếp ngày 19/12/2031, đồng chí Bí thư Tỉnh ủy đối thoại trực tiếp với Nhân dân huyện ' +
        'Yên Hòa vào 8 giờ 00, thứ Năm, ngày 11/12/2031, tại Hội trường Huyện ủy.',
    ]
    expect(days(exceptions)).toEqual(['2031-09-19', '2031-10-23', '2031-11-20', '2031-12-11'])
  })

  it('keeps a day listed among others whose remark in brackets says why it moved', () => {
    const listed = [
      'THÔNG BÁO lịch tiếp công dân 6 tháng cuối năm 2031',
      '1. Chủ tịch UBND huyện tiếp công dân định kỳ vào thứ Năm tuần thứ hai hằng tháng, cụ thể:',
      '- Tháng 10/2031: thứ Năm, ngày 16/10/2031 (trùng hội nghị nên lùi sang thứ Năm tuần kế tiếp);',
      '- Tháng 11/2031: thứ Năm, ngày 13/11/2031.',
      '2. Phó Chủ tịch UBND huyện tiếp công dân định kỳ vào thứ Năm tuần thứ tư hằng tháng, vào các ngày: 23/10 và 27/11/2031.',
    ].join('\n')
    expect(sessionsOf(listed).map((s) => s[1])).toEqual(['2031-10-16', '2031-11-13', '2031-10-23', '2031-11-27'])
  })
})

describe('a chat thread that posts a schedule, then replies, then moves or corrects a session', () => {
  const thread = (later: string[]) =>
    [
      'Nhóm: ĐỐI THOẠI GPMB ĐƯỜNG VEN BIỂN',
      '────────── 09/09/2031 ──────────',
      '[09:14] Nguyễn Thị Hoa - VP HĐND-UBND huyện',
      'VP thông báo lịch đ/c Chủ tịch UBND huyện đối thoại với các hộ dân bị ảnh hưởng dự án:',
      '1️⃣ Sáng thứ Năm 18/9/2031, 8h00: Đối thoại với các hộ dân xã Bình An',
      '2️⃣ Sáng thứ Tư 24/9/2031, 8h00: Đối thoại với các hộ dân xã Long Phú',
      'Phân công chuẩn bị:',
      '- UBND xã Bình An, UBND xã Long Phú: phát thư mời tới từng hộ chậm nhất 03 ngày trước buổi đối thoại tại xã mình.',
      '[09:20] Phòng TNMT - Võ Văn Hùng',
      'TNMT nhận. Phần hồ sơ Long Phú bên em gửi đúng hạn 16/9 nha c',
      ...later,
    ].join('\n')

  it('reads no reply as a session, and leaves the work assigned under no session’s item', () => {
    const draft = readPlan(thread([]))
    expect(draft.sessions.map((s) => s.time.start)).toEqual(['2031-09-18', '2031-09-24'])
    // 18/9 and 24/9 less three days: each commune's own dialogue, not the last item's.
    expect(duesOf(thread([]))).toEqual([
      ['UBND xã Bình An', '2031-09-15'],
      ['UBND xã Long Phú', '2031-09-19'], // 21/9 is a Sunday: the Friday before
    ])
  })

  it('gives a session the day a later message moves it to ("Buổi ĐT … DỜI sang …")', () => {
    const moved = thread([
      '────────── 11/09/2031 ──────────',
      '[16:40] Nguyễn Thị Hoa - VP HĐND-UBND huyện',
      '📢 ĐIỀU CHỈNH LỊCH: Ngày 24/9 đ/c CT phải dự họp UBND tỉnh. Buổi ĐT với các hộ dân xã Long Phú DỜI sang 8h00 sáng thứ ' +
        'Ba 30/9/2031, địa điểm ko đổi.',
    ])
    expect(sessionsOf(moved).map((s) => s.slice(1, 3))).toEqual([
      ['2031-09-18', '2031-09-18'],
      ['2031-09-30', '2031-09-30'],
    ])
  })

  it('gives a session the day a correction says it is ("ĐÍNH CHÍNH: buổi đối thoại tại xã A là …")', () => {
    const corrected = thread([
      '[09:36] Nguyễn Thị Hoa - VP HĐND-UBND huyện',
      'Em gõ nhầm ạ 🙏 ĐÍNH CHÍNH: buổi đối thoại tại xã Long Phú là 8h00 thứ Năm 25/9/2031, địa điểm giữ nguyên.',
    ])
    expect(sessionsOf(corrected).map((s) => s[1])).toEqual(['2031-09-18', '2031-09-25'])
  })
})

describe('a portal’s news item on a dialogue held, announcing the next two in one sentence', () => {
  const text = [
    'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÒA BÌNH',
    'Trang chủ > Tin tức - Sự kiện',
    '',
    'Chủ tịch UBND huyện Yên Hòa đối thoại với các hộ dân bị ảnh hưởng dự án đường vành đai',
    'Thứ Năm, 21/08/2031 - 15:47      Lượt xem: 1.207      [In bài] [Gửi bài]',
    '',
    '(hoabinh.gov.vn) - Chiều 20/8, tại Hội trường UBND xã Bình An, Chủ tịch UBND huyện Yên Hòa đã chủ trì buổi đối thoại với ' +
      'các hộ dân xã Bình An có đất bị thu hồi để thực hiện dự án đường vành đai.',
    '',
    'Dự án được khởi công từ năm 2029. Đến ngày 15/8/2031, huyện đã bàn giao cho chủ đầu tư hơn 96% diện tích mặt bằng.',
    '',
    'Theo kế hoạch, UBND huyện sẽ tiếp tục tổ chức đối thoại với các hộ dân xã Bình Long bị ảnh hưởng dự án vào sáng thứ Ba, ' +
      'ngày 09/9/2031 tại Hội trường UBND xã Bình Long, và đối thoại với các hộ dân xã Bình Hiệp trong tháng 10/2031.',
  ].join('\n')

  it('reads the session held and the two announced, not the page’s stamp nor the day progress is counted to', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2031-08-20', '2031-08-20', expect.stringMatching(/^Đối thoại với các hộ dân xã Bình An/)],
      ['day', '2031-09-09', '2031-09-09', 'Đối thoại với các hộ dân xã Bình Long bị ảnh hưởng dự án'],
      ['month', '2031-10-01', '2031-10-31', 'Đối thoại với các hộ dân xã Bình Hiệp'],
    ])
  })
})

describe('a chat’s announcement with a recital and a note on the round held before', () => {
  const text = [
    'Forwarded from Văn phòng Huyện ủy Yên Hòa',
    '📌 LỊCH ĐỒNG CHÍ BÍ THƯ HUYỆN ỦY ĐỐI THOẠI TRỰC TIẾP VỚI NHÂN DÂN - ĐỢT 2 NĂM 2031',
    '',
    'Thực hiện Kế hoạch số 86-KH/HU ngày 28/3/2031 của Ban Thường vụ Huyện ủy; ý kiến của Thường trực Huyện ủy tại phiên giao ' +
      'ban ngày 10/10/2031, Văn phòng Huyện ủy thông báo lịch đợt 2 như sau:',
    '',
    '🔹 8h00 thứ Ba, 21/10/2031 — Đối thoại với Nhân dân xã Phượng Sơn về phát triển vùng trồng vải thiều.',
    '🔹 14h00 thứ Năm, 23/10/2031 — Đối thoại với Nhân dân xã Nam Dương về quản lý, sử dụng đất đai.',
    '',
    '(Đợt 1 đã tổ chức trong tháng 6/2031 tại xã Giáp Sơn và xã Tân Hoa.)',
  ].join('\n')

  it('reads neither the briefing’s day nor the month of the round held as a session', () => {
    expect(sessionsOf(text).map((s) => s[1])).toEqual(['2031-10-21', '2031-10-23'])
  })
})

describe('a table copied one cell a line whose last row is followed by the next numbered part', () => {
  const text = [
    'THÔNG BÁO lịch tiếp công dân quý II năm 2031',
    '1. Lịch tiếp công dân của lãnh đạo UBND xã',
    'STT',
    'Thời gian',
    'Người chủ trì tiếp',
    'Địa điểm',
    'Ghi chú',
    '1',
    'Thứ Năm, 03/4/2031',
    'Chủ tịch UBND xã',
    'Phòng tiếp công dân UBND xã',
    '',
    '2',
    'Thứ Năm, 17/4/2031',
    'Phó Chủ tịch UBND xã',
    'Phòng tiếp công dân UBND xã',
    '',
    '',
    '2. Lịch tiếp dân của đồng chí Bí thư Đảng ủy xã',
    'Đồng chí Bí thư Đảng ủy xã tiếp dân vào ngày 25/4/2031 tại Phòng làm việc của Thường trực Đảng ủy xã.',
  ].join('\n')

  it('leaves the part’s heading out of the last row', () => {
    const rows = sessionsOf(text).filter((s) => s[1] !== '2031-04-25')
    expect(rows.map((s) => [s[1], s[3]])).toEqual([
      ['2031-04-03', 'Tiếp công dân của lãnh đạo UBND xã'],
      ['2031-04-17', 'Tiếp công dân của lãnh đạo UBND xã'],
    ])
  })
})

describe('a notice of change that tells each move, then gives the schedule after it', () => {
  const text = [
    'THÔNG BÁO Về việc điều chỉnh lịch đối thoại của Chủ tịch UBND quận quý II năm 2031',
    '1. Điều chỉnh thời gian 01 buổi đối thoại',
    'a) Đối thoại với các hộ dân khu vực 5, phường An Bình về việc xử lý ô nhiễm môi trường: theo Kế hoạch tổ chức ngày ' +
      '15/5/2031, nay chuyển sang 8 giờ 00 ngày 29/5/2031 (thứ Năm).',
    '2. Lịch đối thoại quý II năm 2031 sau khi điều chỉnh như sau:',
    '| STT | Thời gian | Nội dung, thành phần đối thoại | Địa điểm |',
    '|---|---|---|---|',
    '| 1 | 14 giờ 00, thứ Năm, ngày 24/4/2031 | Đối thoại với các hộ dân khu vực cồn Cái Khế về quy hoạch | Hội trường UBND phường |',
    '| 2 | 8 giờ 00, thứ Năm, ngày 29/5/2031 | Đối thoại với các hộ dân khu vực 5, phường An | Hội trường UBND phường An Bình |',
  ].join('\n')

  it('reads the moved session once, though its row wraps its words short', () => {
    expect(sessionsOf(text).map((s) => s[1])).toEqual(['2031-05-29', '2031-04-24'])
  })
})

describe('a supervision topic over the dialogue it holds, named by its label "Cuộc đối thoại:"', () => {
  const text = [
    'KẾ HOẠCH tổ chức các cuộc đối thoại gắn với giám sát chuyên đề năm 2031',
    'II. NỘI DUNG',
    '1. Chuyên đề giám sát thứ nhất: "Việc thực hiện các chính sách hỗ trợ phát triển sản xuất nông nghiệp".',
    'Cuộc đối thoại: Đối thoại với hội viên nông dân, chủ trang trại về việc thực hiện chính sách hỗ trợ sản xuất.',
    'Thời gian: 01 buổi, bắt đầu từ 8 giờ 00 ngày 17/4/2031 (thứ Năm).',
    'Địa điểm: Hội trường Ủy ban nhân dân huyện Sơn Dương.',
  ].join('\n')

  it('takes the dialogue’s own name as its topic, not the supervision’s', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2031-04-17', '2031-04-17', expect.stringMatching(/^Đối thoại với hội viên nông dân, chủ trang trại/)],
    ])
  })
})

describe('a schedule whose column names the officer who prepares each day, cited by its number', () => {
  const text = [
    'THÔNG BÁO Về lịch tiếp công dân của lãnh đạo Ủy ban nhân dân phường quý IV năm 2031',
    '1. Thời gian, địa điểm',
    '| STT | Ngày tiếp | Lãnh đạo tiếp công dân | Công chức giúp việc |',
    '|---|---|---|---|',
    '| 1 | Thứ Ba, 07/10/2031 | Chủ tịch UBND phường | Công chức Tư pháp - Hộ tịch |',
    '| 2 | Thứ Ba, 14/10/2031 | Phó Chủ tịch UBND phường | Công chức Địa chính - Xây dựng |',
    '2. Tổ chức thực hiện',
    '- Công chức giúp việc ghi tại cột 4 của lịch: chuẩn bị sổ tiếp công dân, báo cáo lãnh đạo tiếp công dân trước ngày tiếp ' +
      'ít nhất 01 ngày.',
  ].join('\n')

  it('gives each row’s officer the work for that row’s day', () => {
    expect(duesOf(text)).toEqual([
      ['Công chức Tư pháp - Hộ tịch', '2031-10-06'],
      ['Công chức Địa chính - Xây dựng', '2031-10-13'],
    ])
  })
})

describe('a commune whose name folds as a kind of place ("xã Phượng Sơn")', () => {
  const text = [
    'LỊCH ĐỒNG CHÍ BÍ THƯ HUYỆN ỦY ĐỐI THOẠI TRỰC TIẾP VỚI NHÂN DÂN NĂM 2031',
    '🔹 8h00 thứ Ba, 21/10/2031 — Đối thoại với Nhân dân xã Phượng Sơn về phát triển vùng trồng vải thiều.',
    '🔹 14h00 thứ Năm, 23/10/2031 — Đối thoại với Nhân dân xã Nam Dương về quản lý, sử dụng đất đai.',
    'THỜI HẠN CHUẨN BỊ',
    '▪️ Đảng ủy xã Phượng Sơn, Đảng ủy xã Nam Dương: tổng hợp ý kiến của Nhân dân gửi về Ban Dân vận Huyện ủy chậm nhất 07 ' +
      'ngày trước ngày đối thoại tại xã.',
  ].join('\n')

  it('binds its work to the dialogue in that commune alone, as the other commune’s', () => {
    expect(duesOf(text)).toEqual([
      ['Đảng ủy xã Phượng Sơn', '2031-10-14'],
      ['Đảng ủy xã Nam Dương', '2031-10-16'],
    ])
  })
})

describe('workplace dialogues in prose, each named by what it is about', () => {
  const text = [
    'KẾ HOẠCH tổ chức đối thoại tại nơi làm việc năm 2031',
    'II. NỘI DUNG',
    'Trong tuần thứ hai của tháng 9, Liên đoàn Lao động tỉnh phối hợp với Công ty Cổ phần May A tổ chức đối thoại về điều ' +
      'kiện làm việc, an toàn, vệ sinh lao động và phòng, chống cháy nổ tại doanh nghiệp. Ngày cụ thể sẽ thông báo sau.',
    '',
    'Vào cuối tháng 11/2031, tại Công ty TNHH Linh kiện B (Khu công nghiệp C, huyện D) sẽ tổ chức đối thoại về việc ' +
      'thương lượng, ký kết thỏa ước lao động tập thể.',
  ].join('\n')

  it('keeps the whole of what each is about, commas and all, and no word of its time', () => {
    expect(sessionsOf(text)).toEqual([
      [
        'month',
        '2031-09-01',
        '2031-09-30',
        'Đối thoại về điều kiện làm việc, an toàn, vệ sinh lao động và phòng, chống cháy nổ tại doanh nghiệp',
      ],
      ['month', '2031-11-01', '2031-11-30', 'Đối thoại về việc thương lượng, ký kết thỏa ước lao động tập thể'],
    ])
  })
})

describe('a timetable of work by week whose rows are steps, some of them the sessions', () => {
  const text = [
    'KẾ HOẠCH tổ chức đối thoại giữa Ban Giám hiệu với cha mẹ học sinh năm học 2031 - 2032',
    'III. TIẾN ĐỘ THỰC HIỆN',
    'Tuần\tThời gian\tNội dung công việc\tNgười/bộ phận thực hiện',
    'Tuần 3\t08/9 - 13/9/2031\tBan hành Kế hoạch; thông qua Ban đại diện cha mẹ học sinh\tHiệu trưởng',
    'Tuần 6\t29/9 - 04/10/2031\t14 giờ 00, thứ Bảy ngày 04/10/2031: Đối thoại với cha mẹ học sinh khối 10\tHiệu trưởng',
    'Tuần 7\t06/10 - 11/10/2031\tĐối thoại với cha mẹ học sinh khối 11 (ngày cụ thể sẽ thông báo sau)\tPhó Hiệu trưởng',
  ].join('\n')

  it('reads the rows whose work is a session, at their own day or in their week', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2031-10-04', '2031-10-04', 'Đối thoại với cha mẹ học sinh khối 10'],
      ['month', '2031-10-06', '2031-10-11', 'Đối thoại với cha mẹ học sinh khối 11'],
    ])
  })
})

describe('a table a PDF wrote one cell a line without row numbers, a blank line after each row', () => {
  const text = [
    'KẾ HOẠCH tổ chức đối thoại với các hộ dân bị ảnh hưởng giải tỏa năm 2031',
    'II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
    '',
    'Đối tượng, nội dung đối thoại',
    'Thời gian',
    'Địa điểm',
    'Chủ trì',
    '',
    'Các hộ dân thôn Tân Ninh, xã Hòa Liên chưa nhận tiền bồi thường',
    '8 giờ 00, thứ Ba, ngày 15/4/2031',
    'Hội trường UBND xã Hòa Liên',
    'Chủ tịch UBND huyện',
    '',
    'Các hộ dân xã Hòa Nhơn có đất nông nghiệp bị thu hồi',
    'Dự kiến tháng 5/2031',
    'Hội trường UBND xã Hòa Nhơn',
    'Phó Chủ tịch UBND huyện',
    '',
    'Thành phần: Lãnh đạo UBND huyện; Thanh tra huyện.',
  ].join('\n')

  it('reads each group of lines as a row', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2031-04-15', '2031-04-15', 'Các hộ dân thôn Tân Ninh, xã Hòa Liên chưa nhận tiền bồi thường'],
      ['month', '2031-05-01', '2031-05-31', 'Các hộ dân xã Hòa Nhơn có đất nông nghiệp bị thu hồi'],
    ])
  })
})

describe('a schedule one cell a line whose time, place, subject and body cells each wrap over several lines', () => {
  const text = [
    'KẾ HOẠCH tổ chức đối thoại với Nhân dân các xã biên giới năm 2031',
    'II. NỘI DUNG, THỜI GIAN, ĐỊA BÀN',
    'TT',
    'Thời gian',
    'Địa bàn',
    'Nội dung đối thoại',
    'Đơn vị chủ trì',
    'chuẩn bị',
    '1',
    'Quý I/2031',
    'Tháng 3/2031',
    '(gắn với kỷ niệm',
    'Ngày Biên phòng)',
    'Xã Vĩnh Điều,',
    'huyện Giang',
    'Thành',
    'Đối thoại với Nhân dân xã',
    'Vĩnh Điều về quản lý người',
    'qua lại biên giới',
    'Đồn Biên',
    'phòng Vĩnh',
    'Điều',
    '2',
    '8 giờ 00, thứ',
    'Năm, 22/5/2031',
    'Xã Tân Khánh',
    'Hòa, huyện',
    'Giang Thành',
    'Đối thoại với Nhân dân xã',
    'Tân Khánh Hòa về hoạt động',
    'xuất nhập cảnh',
    'Đồn Biên',
    'phòng Cửa khẩu',
    'II. TỔ CHỨC THỰC HIỆN',
  ].join('\n')

  it('splits each row where a line opens its column: a time, a place, a session’s words, a body', () => {
    expect(sessionsOf(text)).toEqual([
      ['month', '2031-03-01', '2031-03-31', 'Đối thoại với Nhân dân xã Vĩnh Điều về quản lý người qua lại biên giới'],
      ['day', '2031-05-22', '2031-05-22', 'Đối thoại với Nhân dân xã Tân Khánh Hòa về hoạt động xuất nhập cảnh'],
    ])
  })
})

describe('the review’s cases: what the rules above must not reach', () => {
  it('moves only the session whose words are the moved one’s, whole ("xã Long Phú", not "xã Long Phước")', () => {
    const text = [
      '────────── 09/09/2031 ──────────',
      '[09:14] Nguyễn Thị Hoa - VP HĐND-UBND huyện',
      'VP thông báo lịch đối thoại với các hộ dân:',
      '1️⃣ Sáng thứ Năm 18/9/2031, 8h00: Đối thoại với các hộ dân xã Long Phước',
      '2️⃣ Sáng thứ Tư 24/9/2031, 8h00: Đối thoại với các hộ dân xã Long Phú',
      '[16:40] Nguyễn Thị Hoa - VP HĐND-UBND huyện',
      'Ngày 24/9 đ/c CT đi họp. Buổi ĐT với các hộ dân xã Long Phú DỜI sang 8h00 sáng thứ Ba 30/9/2031.',
    ].join('\n')
    expect(sessionsOf(text).map((s) => s[1])).toEqual(['2031-09-18', '2031-09-30'])
  })

  it('keeps two meetings at one hour whose places share a first word ("xã Tân" and "xã Tân Hòa")', () => {
    const text = [
      'THÔNG BÁO lịch tiếp xúc cử tri năm 2031',
      '- 8h00 thứ Hai 10/11/2031: Tiếp xúc cử tri của đại biểu HĐND huyện tại xã Tân',
      '- 8h00 thứ Hai 10/11/2031: Tiếp xúc cử tri của đại biểu HĐND huyện tại xã Tân Hòa',
    ].join('\n')
    expect(sessionsOf(text)).toHaveLength(2)
  })

  it('reads a programme’s hours in brackets as no chat, and "Buổi đối thoại: <time>" as the time', () => {
    const programme = [
      'KẾ HOẠCH tổ chức hội nghị đối thoại với doanh nghiệp năm 2031',
      '1. Hội nghị đối thoại với doanh nghiệp',
      'Thời gian: 8h00 ngày 16/9/2031',
      '[08:00] Đón tiếp đại biểu',
      '[08:30] Khai mạc',
    ].join('\n')
    expect(sessionsOf(programme).map((s) => s[1])).toEqual(['2031-09-16'])
    const labelled = ['KẾ HOẠCH đối thoại năm 2031', '1. Đối thoại với thanh niên', 'Buổi đối thoại: 8h00 ngày 16/9/2031'].join('\n')
    expect(sessionsOf(labelled)).toEqual([['day', '2031-09-16', '2031-09-16', 'Đối thoại với thanh niên']])
  })

  it('puts a dialogue in the place of the ruled day the line writes, whichever leader’s it is', () => {
    const text = [
      'THÔNG BÁO lịch tiếp công dân của lãnh đạo UBND huyện quý IV năm 2031',
      '1. Chủ tịch UBND huyện tiếp công dân vào ngày 10 hằng tháng, từ tháng 10 đến tháng 12 năm 2031.',
      '2. Phó Chủ tịch UBND huyện tiếp công dân vào ngày 20 hằng tháng, từ tháng 10 đến tháng 12 năm 2031.',
      '3. Các trường hợp điều chỉnh',
      '- Tháng 11/2031: thay cho buổi tiếp ngày 20/11/2031 của đồng chí Phó Chủ tịch, đồng chí Phó Chủ tịch đối thoại với các ' +
        'hộ dân xã A vào 8 giờ 00, thứ Năm, ngày 27/11/2031.',
    ].join('\n')
    const days = sessionsOf(text).map((s) => s[1])
    expect(days).toContain('2031-11-10')
    expect(days).toContain('2031-11-27')
    expect(days).not.toContain('2031-11-20')
  })
})
