import { describe, expect, it } from 'vitest'
import { cleanLines } from '../../src/importer/normalize.js'
import { buildOutline, markerOf } from '../../src/importer/outline.js'
import { readPlan } from '../../src/importer/read-plan.js'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Round v of the importer's fixes (issue 11): each construct on a small input written here.

describe('a schedule a web page wrote one cell a line, its last row just before the next part', () => {
  const text = [
    'THÔNG BÁO',
    'Lịch đối thoại của Chủ tịch UBND xã với Nhân dân năm 2031',
    'I. LỊCH ĐỐI THOẠI',
    'STT',
    'Thời gian',
    'Địa điểm',
    'Nội dung',
    '1',
    'Quý I/2031: 8 giờ 00, ngày 14/3/2031',
    'Nhà văn hóa ấp 2',
    'Đối thoại với Nhân dân ấp 2 về làm đường giao thông nông thôn',
    '2',
    'Quý II/2031 (thời gian cụ thể sẽ thông báo sau)',
    'Hội trường UBND xã',
    'Đối thoại với hội viên nông dân về chuyển đổi cây trồng',
    '',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng UBND xã: ghi biên bản, dự thảo thông báo kết quả đối thoại trong 05 ngày làm việc sau buổi đối thoại.',
  ].join('\n')

  it('ends the last row at the heading: the place and the topic are its cells, the heading none', () => {
    expect(
      cleanLines(text)
        .filter((l) => l.cells)
        .map((l) => l.cells),
    ).toEqual([
      ['STT', 'Thời gian', 'Địa điểm', 'Nội dung'],
      ['1', 'Quý I/2031: 8 giờ 00, ngày 14/3/2031', 'Nhà văn hóa ấp 2', 'Đối thoại với Nhân dân ấp 2 về làm đường giao thông nông thôn'],
      [
        '2',
        'Quý II/2031 (thời gian cụ thể sẽ thông báo sau)',
        'Hội trường UBND xã',
        'Đối thoại với hội viên nông dân về chuyển đổi cây trồng',
      ],
    ])
  })

  it('reads the last row with its own topic, and the work after the heading for both sessions', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2031-03-14', '2031-03-14', 'Đối thoại với Nhân dân ấp 2 về làm đường giao thông nông thôn'],
      ['quarter', '2031-04-01', '2031-06-30', 'Đối thoại với hội viên nông dân về chuyển đổi cây trồng'],
    ])
    expect(datedByRuleOf(text)).toEqual([
      ['Văn phòng UBND xã', 'relative', '5 working_days', 0],
      ['Văn phòng UBND xã', 'relative', '5 working_days', 1],
    ])
  })
})

describe('sessions named "Đối thoại lần 1:", their subject after the rank, their time in the sentence under it', () => {
  const text = (marker: string) =>
    [
      'KẾ HOẠCH',
      'Tổ chức đối thoại giữa Chủ tịch UBND xã với Nhân dân năm 2031',
      'II. NỘI DUNG ĐỐI THOẠI',
      `${marker}Đối thoại lần 1: Chủ tịch UBND xã đối thoại với các hộ dân ấp 3 về việc làm đường giao thông nông thôn.`,
      'Buổi đối thoại được tổ chức vào lúc 14 giờ 00, thứ Năm, ngày 14/8/2031, tại Hội trường ấp 3.',
      `${marker.replace('1', '2')}Đối thoại lần thứ hai: Chủ tịch UBND xã đối thoại với hộ kinh doanh về an toàn thực phẩm.`,
      'Thời gian tổ chức: trong quý IV/2031 (sẽ thông báo cụ thể sau).',
      'III. TỔ CHỨC THỰC HIỆN',
      '- Văn phòng UBND xã: dự thảo thông báo kết luận trong vòng 05 ngày làm việc sau khi kết thúc đối thoại.',
    ].join('\n')

  it.each(['1. ', '- ', ''])('reads each with its own subject, not the plan\'s (items marked "%s")', (marker) => {
    expect(sessionsOf(text(marker))).toEqual([
      ['day', '2031-08-14', '2031-08-14', 'Chủ tịch UBND xã đối thoại với các hộ dân ấp 3 về việc làm đường giao thông nông thôn'],
      ['quarter', '2031-10-01', '2031-12-31', 'Chủ tịch UBND xã đối thoại với hộ kinh doanh về an toàn thực phẩm'],
    ])
    expect(datedByRuleOf(text(marker))).toEqual([
      ['Văn phòng UBND xã', 'relative', '5 working_days', 0],
      ['Văn phòng UBND xã', 'relative', '5 working_days', 1],
    ])
  })

  it('"Đối thoại năm 2031: …" names no rank: a line of the plan, not a session\'s heading', () => {
    expect(markerOf('Đối thoại năm 2031: Chủ tịch UBND xã đối thoại với Nhân dân')).toBeNull()
    expect(buildOutline(cleanLines('Đối thoại năm 2031: Chủ tịch UBND xã đối thoại với Nhân dân')).children[0]?.style).toBe('text')
    expect(buildOutline(cleanLines('Đối thoại lần 2: Chủ tịch UBND xã đối thoại với Nhân dân')).children[0]?.style).toBe('emph')
  })
})

describe('work before the dialogues held at any of several places listed ("tại khu công nghiệp, khu kinh tế")', () => {
  const text = (places: string) =>
    [
      'KẾ HOẠCH',
      'Tổ chức đối thoại với công nhân, người lao động năm 2031',
      'II. THỜI GIAN, ĐỊA ĐIỂM',
      '| TT | Nội dung | Thời gian | Địa điểm |',
      '|---|---|---|---|',
      '| 1 | Đối thoại với công nhân Khu công nghiệp Tân Bình về nhà ở | 8 giờ 00, ngày 09/5/2031 | Nhà văn hóa công nhân |',
      '| 2 | Đối thoại với công nhân Khu kinh tế cửa khẩu Phú Hữu về an toàn lao động | Tháng 5/2031 | Huyện Phú Hữu |',
      '| 3 | Hội nghị Chủ tịch UBND tỉnh đối thoại với công nhân tiêu biểu | Tháng 6/2031 | Hội trường Liên đoàn Lao động tỉnh |',
      'III. TỔ CHỨC THỰC HIỆN',
      `1. Công đoàn các khu công nghiệp: tổng hợp kiến nghị của công nhân chậm nhất 10 ngày trước ngày tổ chức đối thoại tại ${places}.`,
    ].join('\n')

  it('concerns the sessions of each place listed, not the one held elsewhere', () => {
    expect(datedByRuleOf(text('khu công nghiệp, khu kinh tế'))).toEqual([
      ['Công đoàn các khu công nghiệp', 'relative', '-10 days', 0],
      ['Công đoàn các khu công nghiệp', 'relative', '-10 days', 1],
    ])
    expect(datedByRuleOf(text('khu công nghiệp và khu kinh tế'))).toEqual([
      ['Công đoàn các khu công nghiệp', 'relative', '-10 days', 0],
      ['Công đoàn các khu công nghiệp', 'relative', '-10 days', 1],
    ])
  })

  it('one place alone still narrows to its own sessions', () => {
    expect(datedByRuleOf(text('khu kinh tế'))).toEqual([['Công đoàn các khu công nghiệp', 'relative', '-10 days', 1]])
  })
})

describe('work "trước mỗi buổi đối thoại cấp trường" in a plan with dialogues at two levels', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại giữa Hiệu trưởng với sinh viên năm học 2031 - 2032',
    'II. NỘI DUNG, THỜI GIAN',
    '1. Đối thoại cấp khoa',
    'Các khoa tổ chức đối thoại với sinh viên của khoa về kết quả học tập, trong tháng 11/2031.',
    '2. Đối thoại cấp trường',
    'a) Đợt 1',
    '- Nội dung: Hiệu trưởng đối thoại với đại diện sinh viên về học phí và học bổng.',
    '- Thời gian: 8 giờ 00, ngày 06/12/2031.',
    'b) Đợt 2',
    '- Nội dung: Đối thoại với sinh viên năm cuối về thực tập và việc làm.',
    '- Thời gian: dự kiến tháng 4/2032.',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Công tác Sinh viên: xây dựng kịch bản trình Hiệu trưởng chậm nhất 03 ngày làm việc trước mỗi buổi đối thoại cấp trường.',
    '2. Văn phòng: chuẩn bị hội trường chậm nhất 01 ngày trước mỗi buổi đối thoại.',
  ].join('\n')

  it('concerns the sessions held at that level only; "mỗi buổi đối thoại" alone, every session', () => {
    expect(datedByRuleOf(text)).toEqual([
      ['Phòng Công tác Sinh viên', 'relative', '-3 working_days', 1],
      ['Phòng Công tác Sinh viên', 'relative', '-3 working_days', 2],
      ['Văn phòng', 'relative', '-1 days', 0],
      ['Văn phòng', 'relative', '-1 days', 1],
      ['Văn phòng', 'relative', '-1 days', 2],
    ])
  })
})

describe('a ward known by a Roman number ("Đảng ủy phường VII") bound to the session held there', () => {
  const text = [
    'II- THỜI GIAN, ĐỊA ĐIỂM',
    'Hội nghị đối thoại thứ nhất với Nhân dân phường VII về bồi thường, tái định cư, tổ chức ' +
      'trong tháng 6-2031 tại Hội trường Đảng ủy phường VII.',
    'Hội nghị đối thoại thứ hai với hội viên nông dân xã Tân Tiến về chuyển đổi cây trồng, dự ' +
      'kiến tổ chức trong tháng 10-2031 tại xã Tân Tiến.',
    'III- TỔ CHỨC THỰC HIỆN',
    '1- Đảng ủy phường VII, Đảng ủy xã Tân Tiến lập danh sách đại biểu; mỗi đơn vị hoàn thành chậm ' +
      'nhất 07 ngày trước ngày tổ chức hội nghị tại địa phương mình.',
  ].join('\n')

  it("gives each body the session of its own place, the Roman-numbered ward's too", () => {
    expect(datedByRuleOf(text)).toEqual([
      ['Đảng ủy phường VII', 'relative', '-7 days', 0],
      ['Đảng ủy xã Tân Tiến', 'relative', '-7 days', 1],
    ])
  })
})

describe('"Phòng Tiếp công dân" at the head of a line of work: the office, not the room', () => {
  const text = [
    'THÔNG BÁO',
    'Kết luận của Chánh Thanh tra tỉnh tại buổi đối thoại giải quyết khiếu nại của bà Lê Thị B',
    '1. Bà Lê Thị B giữ nguyên nội dung khiếu nại.',
    '2. Tổ chức đối thoại lần hai:',
    '- Thời gian: 8 giờ 00, thứ Năm, ngày 05/6/2031.',
    '- Địa điểm: Phòng Tiếp công dân, trụ sở Thanh tra tỉnh.',
    'Phòng Tiếp công dân và Xử lý đơn thư gửi giấy mời đến các cơ quan có liên quan trước buổi đối thoại ít nhất 03 ngày làm việc.',
    'Phòng Tiếp công dân chuẩn bị hồ sơ vụ việc chậm nhất ngày 30/5/2031.',
  ].join('\n')

  it('reads its work with its deadline; the room the session is held in stays its place', () => {
    expect(datedByRuleOf(text)).toEqual([
      ['Phòng Tiếp công dân và Xử lý đơn thư', 'relative', '-3 working_days', 0],
      ['Phòng Tiếp công dân', 'absolute', '2031-05-30', null],
    ])
    expect(sessionsOf(text).map((s) => s.slice(0, 3))).toEqual([['day', '2031-06-05', '2031-06-05']])
    expect(readPlan(text).sessions[0]?.venues[0]).toMatch(/^Phòng Tiếp công dân, trụ sở Thanh tra tỉnh/)
  })
})
