import { describe, expect, it } from 'vitest'
import { readPlan } from '../../src/importer/read-plan.js'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Fixes drawn from plans measured unseen (issue 11, round d), each on a small input written here.

describe('sessions listed under a time label', () => {
  it('reads a line naming its session with its time on the line under it', () => {
    const text = [
      'KẾ HOẠCH',
      'Đối thoại với Nhân dân về đất đai năm 2030',
      '',
      '1. Thời gian, địa điểm:',
      '- Buổi 1: Đối thoại với các hộ dân thôn Một về đất sản xuất.',
      '  Lúc 8h00 ngày 11/4/2030 (thứ 5), tại nhà văn hoá thôn Một.',
      '- Buổi 2: Đối thoại với các hộ dân thôn Hai về đất ở.',
      '  Lúc 14h00 ngày 19/4/2030 (thứ 6), tại nhà văn hoá thôn Hai.',
      '',
      '2. Phân công nhiệm vụ:',
      '2.1 Văn phòng: ra thông báo kết quả trong vòng 05 ngày làm việc sau mỗi buổi đối thoại.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2030-04-11', '2030-04-11', 'Đối thoại với các hộ dân thôn Một về đất sản xuất'],
      ['day', '2030-04-19', '2030-04-19', 'Đối thoại với các hộ dân thôn Hai về đất ở'],
    ])
    const venues = readPlan(text).sessions.map((s) => s.venues)
    expect(venues).toEqual([['nhà văn hoá thôn Một'], ['nhà văn hoá thôn Hai']])
  })
})

describe('the topic of a session whose heading says whom it is with', () => {
  it('takes the heading over a "Nội dung" that lists what it will be about', () => {
    const text = [
      'KẾ HOẠCH',
      'tổ chức các hội nghị đối thoại năm 2030',
      '',
      'II. CÁC HỘI NGHỊ ĐỐI THOẠI',
      '1. Hội nghị đối thoại với doanh nghiệp các khu công nghiệp phía Bắc',
      '- Nội dung: Thủ tục đầu tư; cấp phép xây dựng; giấy phép môi trường.',
      '- Thời gian: 8 giờ 30 phút, thứ Ba, ngày 19/3/2030.',
      '2. Chủ tịch UBND tỉnh đối thoại với thanh niên',
      '- Nội dung: Thanh niên với khởi nghiệp, học nghề và việc làm.',
      '- Thời gian: dự kiến tháng 9/2030.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2030-03-19', '2030-03-19', 'Hội nghị đối thoại với doanh nghiệp các khu công nghiệp phía Bắc'],
      ['month', '2030-09-01', '2030-09-30', 'Chủ tịch UBND tỉnh đối thoại với thanh niên'],
    ])
  })

  it('keeps a "Nội dung" that itself names the dialogue', () => {
    const text = [
      'KẾ HOẠCH',
      'tổ chức đối thoại năm 2030',
      '',
      'II. NỘI DUNG, THỜI GIAN',
      '1. Đối thoại với người lao động các khu công nghiệp',
      '- Nội dung: Đối thoại với người lao động về tiền lương, thưởng Tết.',
      '- Thời gian: ngày 12/12/2030.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([['day', '2030-12-12', '2030-12-12', 'Đối thoại với người lao động về tiền lương, thưởng Tết']])
  })
})

describe('a notice of one dialogue', () => {
  const text = [
    'THÔNG BÁO',
    'Về việc Chủ tịch UBND tỉnh đối thoại với các hộ dân bị thu hồi đất Dự án đường vành đai',
    '',
    'Văn phòng UBND tỉnh thông báo như sau:',
    '',
    '1. Thời gian: 14 giờ 00, thứ Năm, ngày 17/10/2030.',
    '2. Địa điểm: Hội trường UBND huyện.',
    '3. Nội dung đối thoại: Giá đất bồi thường; chính sách hỗ trợ, tái định cư.',
    '4. Thời gian thực hiện các bước chuẩn bị:',
    '- Trước ngày 07/10/2030: UBND huyện lập danh sách các hộ dân, gửi Văn phòng UBND tỉnh.',
    '- Ngày 16/10/2030: Văn phòng UBND tỉnh kiểm tra hội trường, tài liệu phục vụ buổi đối thoại.',
  ].join('\n')

  it('takes its subject, which says whom the dialogue is with, over a "Nội dung" listing what it is about', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2030-10-17', '2030-10-17', 'Chủ tịch UBND tỉnh đối thoại với các hộ dân bị thu hồi đất Dự án đường vành đai'],
    ])
  })

  it('reads the dated steps of the preparation as tasks, not sessions', () => {
    const dated = readPlan(text)
      .tasks.filter((t) => t.deadline.kind !== 'none')
      .map((t) => [t.lead, t.deadline.due])
    expect(dated).toEqual([
      ['UBND huyện', '2030-10-06'],
      ['Văn phòng UBND tỉnh', '2030-10-16'],
    ])
  })
})

describe('a schedule giving each month its days without the month', () => {
  it('reads every day of a line "Tháng 7/2030: ngày 10 (thứ Tư) và ngày 25 (thứ Năm)"', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tiếp công dân định kỳ của Chủ tịch UBND huyện 6 tháng cuối năm 2030',
      '',
      '1. Thời gian tiếp công dân',
      'Chủ tịch UBND huyện tiếp công dân vào ngày 10 và ngày 25 hằng tháng, cụ thể:',
      '- Tháng 7/2030: ngày 10 (thứ Tư) và ngày 25 (thứ Năm);',
      '- Tháng 8/2030: ngày 12 (thứ Hai) và ngày 26 (thứ Hai).',
      '2. Địa điểm: Trụ sở Tiếp công dân huyện.',
    ].join('\n')
    expect(sessionsOf(text).map((s) => s.slice(0, 3))).toEqual([
      ['day', '2030-07-10', '2030-07-10'],
      ['day', '2030-07-25', '2030-07-25'],
      ['day', '2030-08-12', '2030-08-12'],
      ['day', '2030-08-26', '2030-08-26'],
    ])
  })
})

describe('obligations numbered in brackets under a body', () => {
  const text = [
    'KẾ HOẠCH',
    'tổ chức đối thoại năm 2030',
    '',
    'II. NỘI DUNG, THỜI GIAN',
    '1. Bí thư Tỉnh ủy đối thoại với thanh niên',
    'a) Thời gian: ngày 22/3/2030.',
    '2. Bí thư Tỉnh ủy đối thoại với nông dân',
    'a) Thời gian: dự kiến tháng 10/2030.',
    '',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Ban Dân vận Tỉnh ủy',
    '(1) Chủ trì tổng hợp kiến nghị, trình Thường trực Tỉnh ủy chậm nhất 10 ngày trước ngày tổ chức mỗi buổi đối thoại.',
    '(2) Cử cán bộ làm thư ký, ghi biên bản.',
    '2. Ban cán sự đảng Ủy ban nhân dân tỉnh',
    '(1) Chỉ đạo Sở Nội vụ, Sở Y tế báo cáo kết quả; tổng hợp gửi Thường trực Tỉnh ủy trước ngày 10/3/2030.',
    '(2) Chỉ đạo các sở, ngành chuẩn bị ý kiến trả lời.',
  ].join('\n')

  it('keeps the body apart from its first obligation, and "(2)" is no session\'s rank', () => {
    expect(datedByRuleOf(text)).toEqual([
      ['Ban Dân vận Tỉnh ủy', 'relative', '-10 days', 0],
      ['Ban Dân vận Tỉnh ủy', 'relative', '-10 days', 1],
      ['Ban cán sự đảng Ủy ban nhân dân tỉnh', 'absolute', '2030-03-09', null],
    ])
  })
})

describe('a session named by its host', () => {
  it('is no body: its time is no deadline', () => {
    const text = [
      'KẾ HOẠCH',
      'tổ chức đối thoại năm 2030',
      '',
      'II. NỘI DUNG, THỜI GIAN',
      '1. Chủ tịch UBND tỉnh đối thoại với doanh nghiệp',
      'Thời gian: ngày 22/3/2030.',
      '',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng UBND tỉnh: chuẩn bị hội trường.',
    ].join('\n')
    const draft = readPlan(text)
    expect(draft.sessions.map((s) => [s.time.start, s.topic])).toEqual([['2030-03-22', 'Chủ tịch UBND tỉnh đối thoại với doanh nghiệp']])
    expect(draft.tasks.filter((t) => t.deadline.kind !== 'none')).toEqual([])
  })
})

describe('a schedule table with a column of the bodies that prepare each session', () => {
  const text = [
    'KẾ HOẠCH',
    'tổ chức đối thoại với doanh nghiệp năm 2030',
    '',
    'II. NỘI DUNG, THỜI GIAN, THÀNH PHẦN',
    '| Thời gian | Nội dung | Thành phần | Đơn vị chuẩn bị |',
    '|---|---|---|---|',
    '| 8 giờ 00, ngày 21/3/2030 | Đối thoại về thủ tục đầu tư | Lãnh đạo Sở; các doanh nghiệp | Phòng Đầu tư |',
    '| Quý IV/2030 | Đối thoại về thanh tra, kiểm tra doanh nghiệp | Lãnh đạo Sở; các doanh nghiệp | Thanh tra Sở |',
    '',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Đầu tư, Thanh tra Sở',
    '- Chuẩn bị báo cáo cho hội nghị do đơn vị mình chuẩn bị (cột "Đơn vị chuẩn bị"), gửi Văn ' +
      'phòng Sở chậm nhất 03 ngày làm việc trước hội nghị đó.',
  ].join('\n')

  it('reads the times of its rows as sessions, not as deadlines of the bodies in that column', () => {
    const dated = readPlan(text)
      .tasks.filter((t) => t.deadline.kind !== 'none')
      .map((t) => [t.lead, t.deadline.kind, t.session])
    expect(dated).toEqual([
      ['Phòng Đầu tư', 'relative', 0],
      ['Thanh tra Sở', 'relative', 1],
    ])
  })
})

describe('bodies the vocabulary did not know', () => {
  it('reads a company, a national park and a reserve as bodies', () => {
    const text = [
      'KẾ HOẠCH',
      'tổ chức đối thoại năm 2030',
      '',
      'I. THỜI GIAN',
      'Hội nghị đối thoại với người dân vùng đệm, thời gian: ngày 18/4/2030.',
      '',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Đề nghị Hạt Kiểm lâm huyện, Vườn quốc gia Phước Bình, Khu bảo tồn thiên nhiên Hòn Bà: ' +
        'cung cấp bản đồ ranh giới, gửi UBND xã trước ngày 12/4/2030.',
      '2. Đề nghị Công ty Điện lực tỉnh',
      'Kiểm tra đường truyền trước 01 ngày diễn ra hội nghị.',
    ].join('\n')
    const dated = readPlan(text)
      .tasks.filter((t) => t.deadline.kind !== 'none')
      .map((t) => [t.lead, t.deadline.kind === 'relative' ? t.deadline.offset : t.deadline.due])
    expect(dated).toEqual([
      ['Hạt Kiểm lâm huyện', '2030-04-11'],
      ['Vườn quốc gia Phước Bình', '2030-04-11'],
      ['Khu bảo tồn thiên nhiên Hòn Bà', '2030-04-11'],
      ['Công ty Điện lực tỉnh', -1],
    ])
  })
})
