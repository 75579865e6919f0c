import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bodyHeading } from '../../src/importer/bodies.js'
import { htmlToText } from '../../src/importer/html-text.js'
import { cleanLines } from '../../src/importer/normalize.js'
import { buildOutline, markerOf, type OutlineNode } from '../../src/importer/outline.js'
import { readPlan, readPlans, type PlanDraft } from '../../src/importer/read-plan.js'
import { readSessionTime } from '../../src/importer/session-time.js'
import { wrapAt } from '../../src/importer/typography.js'
import { ROOT } from '../helpers/processes.js'
import { datedByRuleOf as rulesOf, datedOf, sessionsOf } from '../helpers/importer-draft.js'

// The constructs every plan of the family shares, whatever its typography (issue 11), each on small
// inputs written here in several styles — none of them taken from the seeds or the development set.

/** The outline as nested [marker style, text] pairs, for reading a shape at a glance. */
function shape(node: OutlineNode): unknown[] {
  return node.children.map((c) => (c.children.length ? [c.style, c.text, shape(c)] : [c.style, c.text]))
}

describe('the outline of any numbering', () => {
  it.each([
    ['I. MỤC ĐÍCH', 'roman'],
    ['II- Nội dung', 'roman'],
    ['PHẦN II. TỔ CHỨC THỰC HIỆN', 'part'],
    ['1. Ban Dân vận', 'dec1'],
    ['2) Văn phòng', 'dec1'],
    ['3- Công an', 'dec1'],
    ['4/ Văn phòng', 'dec1'],
    ['1.2. Đối thoại với', 'dec2'],
    ['2.1.3 Báo cáo', 'dec3'],
    ['A. KẾT QUẢ', 'LETTER'],
    ['a) Nội dung', 'letter'],
    ['đ) Công an tỉnh', 'letter'],
    ['b/ Thời gian', 'letter'],
    ['a- Chủ trì, phối hợp', 'letter'],
    ['c – Theo dõi, đôn đốc', 'letter'],
    ['- Thời gian', 'dash'],
    ['– Thời gian', 'dash'],
    ['+ Tổng hợp', 'plus'],
    ['* Điểm cầu', 'star'],
    ['• Chủ trì', 'dot'],
  ])('"%s" is a %s item', (line, style) => {
    expect(markerOf(line)?.style).toBe(style)
  })

  it.each([
    'đ/c Nguyễn Văn A',
    '15/9/2023 tại hội trường',
    '8 giờ 00, ngày 21/5',
    '12.7.2024 (thứ Sáu)',
    '2024 là năm',
    'a-b-c',
    'Ngày 18 (thứ Ba)',
  ])('"%s" starts with no marker', (line) => {
    expect(markerOf(line)).toBeNull()
  })

  it('nests parts, numbers, letters and bullets as a reader does, whatever order the bullets first appear in', () => {
    const root = buildOutline(
      cleanLines(
        [
          'I. NỘI DUNG',
          '1. Hội nghị thứ nhất',
          'a) Nội dung: đất đai',
          '+ điểm một',
          '- ghi chú',
          'b) Thời gian: tháng 5',
          'Đoạn văn của mục b.',
          '2. Hội nghị thứ hai',
          'II. TỔ CHỨC THỰC HIỆN',
          '**Ban Dân vận**',
          '* Chủ trì',
        ].join('\n'),
      ),
    )
    expect(shape(root)).toEqual([
      [
        'roman',
        'NỘI DUNG',
        [
          [
            'dec1',
            'Hội nghị thứ nhất',
            [
              ['letter', 'Nội dung: đất đai', [['plus', 'điểm một', [['dash', 'ghi chú']]]]],
              ['letter', 'Thời gian: tháng 5', [['text', 'Đoạn văn của mục b.']]],
            ],
          ],
          ['dec1', 'Hội nghị thứ hai'],
        ],
      ],
      ['roman', 'TỔ CHỨC THỰC HIỆN', [['emph', 'Ban Dân vận', [['star', 'Chủ trì']]]]],
    ])
  })

  it('reads pipe tables with their header, tab-separated rows as a table, and a merged cell as the value above it', () => {
    const root = buildOutline(cleanLines('| Tháng | Ngày |\n|---|---|\n| Tháng 6 | 18 |\n|  | 25 |'))
    const rows = root.children[0]?.children ?? []
    expect(rows.map((r) => [r.header, r.cells])).toEqual([
      [
        ['Tháng', 'Ngày'],
        ['Tháng 6', '18'],
      ],
      [
        ['Tháng', 'Ngày'],
        ['Tháng 6', '25'],
      ],
    ])
    const tabbed = cleanLines('Ngày\tNgười tiếp\n05/9/2023\tChủ tịch UBND huyện\n14/9/2023\tPhó Chủ tịch')
    expect(tabbed.map((l) => l.cells)).toEqual([
      ['Ngày', 'Người tiếp'],
      ['05/9/2023', 'Chủ tịch UBND huyện'],
      ['14/9/2023', 'Phó Chủ tịch'],
    ])
  })

  it('splits a letterhead flattened onto one line, and drops page numbers and rules', () => {
    const lines = cleanLines(
      'HUYỆN ỦY KRÔNG BÔNG ĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 08-KH/HU Krông Bông, ngày 02 tháng 3 năm 2021\n- 2 -\nTrang 3/5\n-----\nKẾ HOẠCH',
    ).map((l) => l.text)
    expect(lines).toEqual([
      'HUYỆN ỦY KRÔNG BÔNG',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số 08-KH/HU',
      'Krông Bông, ngày 02 tháng 3 năm 2021',
      'KẾ HOẠCH',
    ])
  })

  it('drops a running header or footer repeated at page breaks and joins the sentence the page broke', () => {
    const header = [
      '- Ban Dân vận báo cáo Thường trực, hoàn thành trước ngày',
      '',
      '                         2',
      'ĐẢNG ỦY XÃ AN BÌNH - Kế hoạch số 15-KH/ĐU',
      '12/9/2024.',
      '- Văn phòng chuẩn bị hội trường.',
      '                         3',
      'ĐẢNG ỦY XÃ AN BÌNH - Kế hoạch số 15-KH/ĐU',
      '- Huyện đoàn gửi danh sách.',
    ].join('\n')
    expect(cleanLines(header).map((l) => l.text)).toEqual([
      '- Ban Dân vận báo cáo Thường trực, hoàn thành trước ngày 12/9/2024.',
      '- Văn phòng chuẩn bị hội trường.',
      '- Huyện đoàn gửi danh sách.',
    ])
    // A footer above the page number, pages apart by form feeds; the same words elsewhere are the plan's.
    const footer = [
      'Kế hoạch đối thoại năm 2025 của UBND phường Tân An',
      'a) Phòng Văn hóa gửi báo cáo chậm nhất đến ngày',
      'Kế hoạch đối thoại năm 2025 của UBND phường Tân An',
      '\f20/5/2025.',
      'b) Công an phường bảo đảm an ninh.',
      'Kế hoạch đối thoại năm 2025 của UBND phường Tân An',
      '\fc) Hội Phụ nữ tham gia.',
    ].join('\n')
    expect(cleanLines(footer).map((l) => l.text)).toEqual([
      'Kế hoạch đối thoại năm 2025 của UBND phường Tân An',
      'a) Phòng Văn hóa gửi báo cáo chậm nhất đến ngày 20/5/2025.',
      'b) Công an phường bảo đảm an ninh.',
      'c) Hội Phụ nữ tham gia.',
    ])
    // A number after words that want none starts its own line; a line repeated away from page breaks stays.
    expect(cleanLines('Số lượng đại biểu\n150 người.\nThời gian\nThời gian').map((l) => l.text)).toEqual([
      'Số lượng đại biểu',
      '150 người.',
      'Thời gian',
      'Thời gian',
    ])
  })
})

describe('Word documents through their HTML', () => {
  it('keeps table rows, repeats a cell merged over rows, numbers Word lists by level and keeps bold', () => {
    const html = [
      '<p><strong>I. NỘI DUNG</strong></p>',
      '<ol><li>Ban Dân vận<ol><li>Chủ trì</li><li>Phối hợp</li></ol></li><li>Văn phòng</li></ol>',
      '<table><tr><td rowspan="2">Tháng 6</td><td>Ngày 18</td></tr><tr><td>Ngày 25</td></tr></table>',
      '<table><tr><td><p>ỦY BAN NHÂN DÂN</p><p>HUYỆN A</p></td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</td></tr></table>',
      '<p>Giá &amp; phí</p>',
    ].join('')
    const text = htmlToText(html)
    expect(text.split('\n').slice(0, 7)).toEqual([
      '**I. NỘI DUNG**',
      '1. Ban Dân vận',
      'a) Chủ trì',
      'b) Phối hợp',
      '2. Văn phòng',
      '| Tháng 6 | Ngày 18 |',
      '| Tháng 6 | Ngày 25 |',
    ])
    expect(cleanLines(text).map((l) => l.text)).toContain('HUYỆN A')
    expect(text).toContain('Giá & phí')
  })
})

describe('the time of a session in any order of words', () => {
  const year = { year: 2024 }
  it.each([
    ['8 giờ 00, ngày 21/5/2024 (thứ Ba) — tại Hội trường', 'day', '2024-05-21', '2024-05-21', 8],
    ['bắt đầu lúc 14h30, thứ Năm, ngày 06/6/2024', 'day', '2024-06-06', '2024-06-06', 14],
    ['ngày 05 tháng 9 năm 2024', 'day', '2024-09-05', '2024-09-05', null],
    ['dự kiến tổ chức vào ngày 17/11/2024 hoặc ngày 18/11/2024', 'month', '2024-11-17', '2024-11-18', null],
    ['trong khoảng từ ngày 15/9 đến 25/9/2024', 'month', '2024-09-15', '2024-09-25', null],
    ['02 buổi, ngày 12 và 13/7/2024', 'month', '2024-07-12', '2024-07-13', null],
    ['ngày 15 và 16 tháng 8 năm 2024', 'month', '2024-08-15', '2024-08-16', null],
    ['Giữa tháng 10/2024', 'month', '2024-10-01', '2024-10-31', null],
    ['đầu tháng 5', 'month', '2024-05-01', '2024-05-31', null],
    ['Quý II năm 2024 (dự kiến trong tháng 4/2024)', 'month', '2024-04-01', '2024-04-30', null],
    ['quý III/2024', 'quarter', '2024-07-01', '2024-09-30', null],
    ['Thời gian cụ thể sẽ thông báo sau', 'unscheduled', null, null, null],
    ['đã ghi là ngày 19/5/2024, nay điều chỉnh sang 8 giờ 00, ngày 23/6/2024', 'day', '2024-06-23', '2024-06-23', 8],
    ['dự kiến trong tháng 7/2024, nay tạm hoãn; thời gian sẽ thông báo sau', 'unscheduled', null, null, null],
  ])('"%s"', (text, precision, start, end, hour) => {
    expect(readSessionTime(text, year)).toMatchObject({ precision, start, end, hour })
  })

  it('reads a day under a month heading, and no session day from a deadline or a document date', () => {
    expect(readSessionTime('Ngày 18 (thứ Ba)', { year: 2024, month: 6 })).toMatchObject({ precision: 'day', start: '2024-06-18' })
    expect(readSessionTime('báo cáo trước 16 giờ ngày 12/7/2024', year)).toBeNull()
    expect(readSessionTime('theo Kế hoạch số 18-KH/TU ngày 15/01/2024', year)).toBeNull()
  })

  it('reads a weekday written before "ngày" as part of the time, never as the place before a document date', () => {
    expect(readSessionTime('Thứ Tư, ngày 09/10: Chủ tịch UBND huyện tiếp công dân', year)).toMatchObject({
      precision: 'day',
      start: '2024-10-09',
    })
    expect(readSessionTime('sáng thứ Hai, ngày 7/10/2024 tại Trụ sở', year)).toMatchObject({ precision: 'day', start: '2024-10-07' })
    expect(readSessionTime('Chủ nhật, ngày 13 tháng 10: tiếp công dân', year)).toMatchObject({ start: '2024-10-13' })
    expect(readSessionTime('thứ 6, ngày 11/10', year)).toMatchObject({ start: '2024-10-11' })
    expect(readSessionTime('Hà Tĩnh, ngày 25/9/2024', year)).toBeNull()
  })
})

describe('sessions found by what they are', () => {
  it('lettered sub-items with combined bold labels: the topic is the content item, not the generic heading', () => {
    const plan = [
      'KẾ HOẠCH',
      'đối thoại của Bí thư Huyện ủy với Nhân dân năm 2025',
      'II. NỘI DUNG, THỜI GIAN',
      '**1. Cuộc đối thoại thứ nhất**',
      '**a) Chủ đề:** Đối thoại với hộ kinh doanh thị trấn về chợ tạm.',
      '**b) Thời gian, địa điểm:** 7 giờ 30, ngày 09/5/2025 (thứ Sáu), tại Hội trường Huyện ủy.',
      '**c) Đối tượng, số lượng:** Hộ kinh doanh tại chợ. Số lượng khoảng 80 người.',
    ].join('\n')
    const [session] = readPlan(plan).sessions
    expect(session).toMatchObject({
      topic: 'Đối thoại với hộ kinh doanh thị trấn về chợ tạm',
      audience: 'Hộ kinh doanh tại chợ',
      expectedCount: 80,
      venues: ['Hội trường Huyện ủy'],
      time: { precision: 'day', start: '2025-05-09', end: '2025-05-09' },
      startsAt: { hour: 7, minute: 30 },
    })
  })

  it('a table of labels, and a schedule table whose rows are sessions, with a month carried down a merged cell', () => {
    expect(
      sessionsOf(
        'THÔNG BÁO\nLịch tiếp công dân của Chủ tịch UBND xã năm 2023\n1. Lịch\n| Tháng | Ngày | Địa điểm |\n|---|---|---|\n' +
          '| Tháng 3 | Ngày 15 | Trụ sở xã |\n|  | Ngày 29 | Nhà văn hóa thôn 2 |',
      ),
    ).toEqual([
      ['day', '2023-03-15', '2023-03-15', 'Tiếp công dân của Chủ tịch UBND xã'],
      ['day', '2023-03-29', '2023-03-29', 'Tiếp công dân của Chủ tịch UBND xã'],
    ])
    expect(
      sessionsOf(
        'KẾ HOẠCH\nnăm 2022\nI. THỜI GIAN\n1. Hội nghị\n| Nội dung | Đối thoại về nước sạch |\n|---|---|\n| Thời gian | Tháng 6/2022 |',
      ),
    ).toEqual([['month', '2022-06-01', '2022-06-30', 'Đối thoại về nước sạch']])
  })

  it('a schedule written as lines, under a label or on its own, each line a session', () => {
    const underLabel = [
      'KẾ HOẠCH',
      'năm 2019',
      'II. NỘI DUNG',
      '2. Đối thoại với các hộ dân vùng dự án',
      '- Thời gian, địa điểm:',
      '+ Ngày 11/6/2019: tại UBND xã A.',
      '+ Ngày 18/6/2019: tại UBND xã B.',
    ].join('\n')
    expect(sessionsOf(underLabel).map((s) => s[1])).toEqual(['2019-06-11', '2019-06-18'])
    const lines =
      'THÔNG BÁO\nLịch đối thoại năm 2020\n- Ngày 03/3/2020, lúc 8 giờ: tại xã A, đối thoại với các hộ dân xã A.\n' +
      '- Ngày 10/3/2020, lúc 14 giờ: tại xã B, đối thoại với các hộ dân xã B.'
    expect(sessionsOf(lines)).toEqual([
      ['day', '2020-03-03', '2020-03-03', 'Đối thoại với các hộ dân xã A'],
      ['day', '2020-03-10', '2020-03-10', 'Đối thoại với các hộ dân xã B'],
    ])
  })

  it('a table copied from a web page: tab-separated, without its outer pipes, or one cell a line', () => {
    const expected = [
      ['day', '2024-05-21', '2024-05-21', 'Đối thoại với Nhân dân phường A về chỉnh trang đô thị'],
      ['day', '2024-05-28', '2024-05-28', 'Đối thoại với Nhân dân phường B về cấp giấy chứng nhận'],
    ]
    const rows = [
      ['1', '8 giờ 00, ngày 21/5/2024', 'Hội trường UBND phường A', 'Đối thoại với Nhân dân phường A về chỉnh trang đô thị'],
      ['2', '14 giờ 00, ngày 28/5/2024', 'Nhà văn hóa khu phố 2', 'Đối thoại với Nhân dân phường B về cấp giấy chứng nhận'],
    ]
    const head = 'THÔNG BÁO\nLịch đối thoại của Chủ tịch UBND thành phố năm 2024\n'
    const header = ['STT', 'Thời gian', 'Địa điểm', 'Nội dung']
    expect(sessionsOf(head + [header, ...rows].map((r) => r.join('\t')).join('\n'))).toEqual(expected)
    expect(sessionsOf(head + [header, ...rows].map((r) => r.join(' | ')).join('\n'))).toEqual(expected)
    expect(sessionsOf(head + [header, ...rows].flat().join('\n'))).toEqual(expected)
  })

  it('a conclusion notice: the session it concludes, and the tasks it gives with "Giao …"', () => {
    const notice = [
      'THÔNG BÁO',
      'Kết luận của Chủ tịch UBND huyện tại buổi đối thoại với Nhân dân xã Ia Pal',
      'Ngày 12/9/2023, tại Hội trường UBND xã Ia Pal, Chủ tịch UBND huyện chủ trì buổi đối thoại với Nhân dân xã Ia Pal về bồi thường. ' +
        'Chủ tịch UBND huyện kết luận như sau:',
      '1. Giao Phòng Tài nguyên và Môi trường rà soát hồ sơ, báo cáo trước ngày 30 tháng 9 năm 2023.',
      '2. Giao Ban Quản lý dự án đầu tư xây dựng huyện hoàn thành chi trả, xong trước 15/10/2023.',
      '3. UBND xã Ia Pal tiếp tục tuyên truyền; thường xuyên báo cáo.',
    ].join('\n')
    expect(sessionsOf(notice)).toEqual([['day', '2023-09-12', '2023-09-12', 'Đối thoại với Nhân dân xã Ia Pal về bồi thường']])
    expect(datedOf(notice)).toEqual([
      ['Phòng Tài nguyên và Môi trường', 'absolute', '2023-09-29', null],
      ['Ban Quản lý dự án đầu tư xây dựng huyện', 'absolute', '2023-10-14', null],
    ])
  })

  it('sessions in running text, a notice whose fields stand alone, and the plan itself as the session', () => {
    expect(
      sessionsOf(
        'KẾ HOẠCH\nnăm 2023\nII. NỘI DUNG\nHội nghị đối thoại với thanh niên về việc làm, ' +
          'dự kiến tổ chức vào tháng 9/2023 tại Nhà văn hóa huyện.',
      ),
    ).toEqual([['month', '2023-09-01', '2023-09-30', 'Hội nghị đối thoại với thanh niên về việc làm']])
    expect(
      sessionsOf(
        'THÔNG BÁO\nLịch tiếp công dân của Bí thư Thành ủy tháng 4 năm 2024\n1. Thời gian: Ngày 18/4/2024 (thứ Năm).\n' +
          '2. Địa điểm: Trụ sở Thành ủy.',
      ),
    ).toEqual([['day', '2024-04-18', '2024-04-18', 'Tiếp công dân của Bí thư Thành ủy']])
    expect(
      sessionsOf(
        'KẾ HOẠCH\nTổ chức hội nghị đối thoại giữa Chủ tịch UBND phường với Nhân dân năm 2024\nIII. HÌNH THỨC, THỜI GIAN, ĐỊA ĐIỂM\n' +
          '1. Hình thức: trực tiếp.\n2. Thời gian, địa điểm\n- Dự kiến trong quý IV/2024.',
      ),
    ).toEqual([['quarter', '2024-10-01', '2024-12-31', 'Hội nghị đối thoại giữa Chủ tịch UBND phường với Nhân dân']])
  })

  it('gives the dialogues listed under a heading the time the heading names', () => {
    expect(
      sessionsOf(
        'KẾ HOẠCH\nnăm 2024\nII. ĐỐI THOẠI QUÝ III/2024\n1. Đối thoại với thanh niên về việc làm\n2. Đối thoại với phụ nữ về sinh kế',
      ),
    ).toEqual([
      ['quarter', '2024-07-01', '2024-09-30', 'Đối thoại với thanh niên về việc làm'],
      ['quarter', '2024-07-01', '2024-09-30', 'Đối thoại với phụ nữ về sinh kế'],
    ])
  })

  it('reads the sessions from a timetable when nothing else lists them', () => {
    expect(
      sessionsOf(
        'KẾ HOẠCH\nnăm 2024\nI. TIẾN ĐỘ THỰC HIỆN\n- Ngày 05/8/2024: Ban Dân vận gửi giấy mời.\n' +
          '- Ngày 20/8/2024: Tổ chức hội nghị đối thoại với Nhân dân xã A.',
      ),
    ).toEqual([['day', '2024-08-20', '2024-08-20', 'Hội nghị đối thoại với Nhân dân xã A']])
  })

  it('never takes the ad-hoc clause, a timetable line, a purpose or a dated task for a session', () => {
    const plan = [
      'KẾ HOẠCH',
      'năm 2024',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích: tổ chức đối thoại trong tháng 8/2024 theo quy định.',
      'II. NỘI DUNG',
      '1. Đối thoại với cựu chiến binh về chính sách',
      '- Thời gian: Tháng 8/2024.',
      '2. Ngoài ra, Bí thư sẽ đối thoại đột xuất khi cần thiết.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Ban Dân vận: tổ chức hội nghị đối thoại, báo cáo trước ngày 15/7/2024.',
      'IV. TIẾN ĐỘ THỰC HIỆN',
      '- Ngày 20/8/2024: tổ chức các buổi đối thoại theo lịch.',
    ].join('\n')
    const draft = readPlan(plan)
    expect(draft.sessions.map((s) => s.topic)).toEqual(['Đối thoại với cựu chiến binh về chính sách'])
    expect(draft.plan.adHoc).toContain('đột xuất')
  })
})

describe('bodies: a heading names bodies, never a sentence', () => {
  it.each([
    ['Ban cán sự đảng UBND tỉnh a) Lãnh đạo, chỉ đạo Sở Y tế …', ['Ban cán sự đảng UBND tỉnh'], 'Lãnh đạo, chỉ đạo Sở Y tế …'],
    ['Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với …', ['Ban Tuyên giáo Huyện ủy'], 'chủ trì, phối hợp với …'],
    ['Huyện đoàn tổng hợp ý kiến', ['Huyện đoàn'], 'tổng hợp ý kiến'],
    ['Ban tổ chức hội nghị: chuẩn bị hội trường', ['Ban tổ chức hội nghị'], 'chuẩn bị hội trường'],
    [
      'Đảng ủy các xã, thị trấn: Ea Trul, Hòa Sơn và Yang Reh có trách nhiệm:',
      ['Đảng ủy Ea Trul', 'Đảng ủy Hòa Sơn', 'Đảng ủy Yang Reh'],
      null,
    ],
    ['UBND các huyện: Tam Nông, Thanh Bình và Cao Lãnh', ['UBND huyện Tam Nông', 'UBND huyện Thanh Bình', 'UBND huyện Cao Lãnh'], null],
    ['Đảng ủy các phường: Vĩnh Ninh, Phú Hội có trách nhiệm:', ['Đảng ủy phường Vĩnh Ninh', 'Đảng ủy phường Phú Hội'], null],
    [
      'Ủy ban nhân dân các thị trấn: Cái Tàu Hạ và Lai Vung',
      ['Ủy ban nhân dân thị trấn Cái Tàu Hạ', 'Ủy ban nhân dân thị trấn Lai Vung'],
      null,
    ],
    ['UBND các xã, thị trấn: Thông báo rộng rãi', ['UBND các xã, thị trấn'], 'Thông báo rộng rãi'],
    ['Văn phòng HĐND và UBND quận: dự thảo', ['Văn phòng HĐND và UBND quận'], 'dự thảo'],
    ['Phòng Nội vụ và Phòng Tư pháp', ['Phòng Nội vụ', 'Phòng Tư pháp'], null],
    ['Sở Lao động - Thương binh và Xã hội', ['Sở Lao động - Thương binh và Xã hội'], null],
    ['Các sở, ngành tỉnh; UBND các huyện', ['Các sở, ngành tỉnh', 'UBND các huyện'], null],
    ['Đề nghị Hội Liên hiệp Phụ nữ tỉnh', ['Hội Liên hiệp Phụ nữ tỉnh'], null],
    ['Trách nhiệm của công chức Tư pháp - Hộ tịch:', ['Công chức Tư pháp - Hộ tịch'], null],
    ['Văn phòng Đảng ủy, Ban Xây dựng Đảng', ['Văn phòng Đảng ủy', 'Ban Xây dựng Đảng'], null],
    ['Trách nhiệm: Sở Y tế chuẩn bị báo cáo', ['Sở Y tế'], 'chuẩn bị báo cáo'],
    ['Đồng chí Chánh Văn phòng Huyện ủy: ký giấy mời', ['Chánh Văn phòng Huyện ủy'], 'ký giấy mời'],
    ['Giao Ban Quản lý dự án đầu tư xây dựng huyện hoàn thành chi trả', ['Ban Quản lý dự án đầu tư xây dựng huyện'], 'hoàn thành chi trả'],
  ])('"%s"', (text, bodies, rest) => {
    expect(bodyHeading(text)).toEqual({ bodies: bodies.map((name): unknown => expect.objectContaining({ name })), rest })
  })

  it.each([
    'Báo cáo kết quả thực hiện gửi Ban Dân vận trước ngày 30/6',
    'Tổ chức tuyên truyền sâu rộng',
    'Hội nghị đối thoại được tổ chức trực tiếp',
    'Phòng chống dịch bệnh theo quy định',
    'Trường hợp có thay đổi, Văn phòng sẽ thông báo sau',
    'Phòng, chống tham nhũng, tiêu cực',
  ])('"%s" opens with no body', (text) => {
    expect(bodyHeading(text)).toBeNull()
  })
})

describe('tasks: every obligation with a deadline, under the nearest body', () => {
  const frame = (execution: string, sessions = '1. Đối thoại với Nhân dân xã A\n- Thời gian: Ngày 20/9/2024.') =>
    `KẾ HOẠCH\nđối thoại năm 2024\nII. NỘI DUNG\n${sessions}\nIII. TỔ CHỨC THỰC HIỆN\n${execution}`

  it('lettered obligations under a body heading, several deadlines in one sentence, a timed day kept', () => {
    expect(
      datedOf(
        frame(
          [
            '1. Sở Nội vụ',
            'a) Rà soát hồ sơ; gửi Ban Dân vận trước 17 giờ ngày 06/9/2024.',
            'b) Báo cáo định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12).',
            'c) Thường xuyên theo dõi.',
          ].join('\n'),
        ),
      ),
    ).toEqual([
      ['Sở Nội vụ', 'absolute', '2024-09-06', null],
      ['Sở Nội vụ', 'periodic', '2024-06-14', null],
      ['Sở Nội vụ', 'periodic', '2024-12-14', null],
    ])
  })

  it('"Phối hợp với X" makes X the lead only when X is one of the plan\'s bodies named right after it', () => {
    const tasks = datedOf(
      frame(
        [
          '1. Ban Dân vận Huyện ủy: tham mưu đề cương.',
          '2. Văn phòng Huyện ủy',
          '- Phối hợp với Ban Dân vận Huyện ủy chuẩn bị tài liệu, trình chậm nhất 05 ngày trước khi tổ chức đối thoại.',
          '3. Phòng Tư pháp',
          '- Phối hợp với Trung tâm dịch vụ chuẩn bị hồ sơ, gửi trước ngày 10/9/2024.',
        ].join('\n'),
      ),
    )
    expect(tasks).toEqual([
      ['Ban Dân vận Huyện ủy', 'relative', '2024-09-13', 0],
      ['Phòng Tư pháp', 'absolute', '2024-09-09', null],
    ])
  })

  it('a deadline on its own line, a body named in parentheses, a timetable line, a table of tasks', () => {
    const execution = [
      '1. Trách nhiệm của Phòng Văn hóa - Thông tin:',
      '- Xây dựng nội dung tuyên truyền.',
      '- Thời hạn: trước ngày 01/9/2024.',
      '2. Chuẩn bị hội trường (Văn phòng UBND huyện chủ trì, hoàn thành trước ngày 18/9/2024).',
      '3. Tiến độ thực hiện',
      '- Ngày 05-9: Ban Tiếp công dân huyện gửi giấy mời.',
      '4. Phân công cụ thể',
      '| TT | Nội dung | Đơn vị chủ trì | Thời gian hoàn thành |',
      '|---|---|---|---|',
      '| 1 | Báo cáo đất đai | Phòng Tài nguyên và Môi trường | Tháng 8/2024 |',
      '| 2 | Theo dõi | Thanh tra huyện | Thường xuyên |',
    ].join('\n')
    expect(datedOf(frame(execution))).toEqual([
      ['Phòng Văn hóa - Thông tin', 'absolute', '2024-08-31', null],
      ['Văn phòng UBND huyện', 'absolute', '2024-09-17', null],
      ['Ban Tiếp công dân huyện', 'absolute', '2024-09-05', null],
      ['Phòng Tài nguyên và Môi trường', 'absolute', '2024-08-31', null],
    ])
  })

  it("binds a relative deadline to the sessions it concerns: the body's place, the people it names, the ordinal", () => {
    const sessions = [
      '1. Đối thoại với Nhân dân xã Ea Kao về đất đai',
      '- Thời gian: Ngày 10/9/2024.',
      '2. Đối thoại với tiểu thương chợ trung tâm',
      '- Thời gian: Ngày 17/9/2024.',
      '- Địa điểm: Hội trường phường Tân Lập.',
      '3. Đối thoại với thanh niên',
      '- Thời gian: Ngày 24/9/2024.',
    ].join('\n')
    const execution = [
      '1. Đảng ủy các xã, phường: Ea Kao, Tân Lập',
      '- Báo cáo tình hình, gửi Ban Dân vận chậm nhất 07 ngày trước khi tổ chức đối thoại.',
      '2. Ban Quản lý chợ: gửi danh sách chậm nhất 03 ngày trước mỗi buổi đối thoại với tiểu thương chợ trung tâm.',
      '3. Huyện đoàn: chuẩn bị hội trường cho hội nghị đối thoại thứ ba chậm nhất 02 ngày trước khi tổ chức.',
      '4. Văn phòng: ban hành thông báo trong thời hạn 05 ngày làm việc kể từ khi kết thúc đối thoại.',
    ].join('\n')
    const sessionsOfLead = (lead: string) =>
      readPlan(frame(execution, sessions))
        .tasks.filter((t) => t.lead === lead)
        .map((t) => t.session)
    expect(sessionsOfLead('Đảng ủy Ea Kao')).toEqual([0])
    expect(sessionsOfLead('Đảng ủy Tân Lập')).toEqual([1])
    expect(sessionsOfLead('Ban Quản lý chợ')).toEqual([1])
    expect(sessionsOfLead('Huyện đoàn')).toEqual([2])
    expect(sessionsOfLead('Văn phòng')).toEqual([0, 1, 2])
  })

  it('a numbered heading of the execution part over obligations names a body the vocabulary does not know', () => {
    const execution = [
      '1. Các nhà văn hóa thôn',
      '- Chuẩn bị chỗ ngồi; báo cáo Ban Dân vận trước ngày 10/9/2024.',
      '2. Quỹ Bảo trợ trẻ em tỉnh',
      'Tổng hợp số liệu hỗ trợ, hoàn thành chậm nhất ngày 12/9/2024.',
      '3. Hợp tác xã Nông nghiệp Tân Phú:',
      '- Cử 10 xã viên dự đối thoại; gửi danh sách đến ngày 15/9/2024.',
    ].join('\n')
    expect(datedOf(frame(execution))).toEqual([
      ['Các nhà văn hóa thôn', 'absolute', '2024-09-09', null],
      ['Quỹ Bảo trợ trẻ em tỉnh', 'absolute', '2024-09-12', null],
      ['Hợp tác xã Nông nghiệp Tân Phú', 'absolute', '2024-09-15', null],
    ])
  })

  it('a numbered heading that groups work by its kind names no body: its lines keep their own, or it is reported', () => {
    const grouped = ['1. Công tác tuyên truyền', '- Đài Truyền thanh huyện đưa tin về hội nghị trước ngày 18/9/2024.'].join('\n')
    expect(datedOf(frame(grouped))).toEqual([['Đài Truyền thanh huyện', 'absolute', '2024-09-17', null]])
    const unowned = ['1. Kinh phí thực hiện', '- Lập dự toán, trình duyệt trước ngày 05/9/2024.'].join('\n')
    const draft = readPlan(frame(unowned))
    expect(draft.tasks).toEqual([])
    expect(draft.warnings.map((w) => w.key)).toContain('import-warning-no-body')
  })

  it('a schedule whose lines open with the weekday: one session a line, one task a session, the session a text names by its day', () => {
    const notice = [
      'THÔNG BÁO',
      'Lịch tiếp công dân của Chủ tịch UBND huyện quý II năm 2025',
      'I. LỊCH TIẾP CÔNG DÂN',
      '1. Tháng 4',
      '- Thứ Tư, ngày 09/4: Chủ tịch UBND huyện tiếp công dân định kỳ.',
      '- Thứ Sáu, ngày 25/4: Phó Chủ tịch UBND huyện tiếp công dân, kết hợp đối thoại với các hộ kinh doanh chợ.',
      '2. Tháng 5',
      '+ Sáng thứ Ba, ngày 13/5: Chủ tịch UBND huyện tiếp công dân định kỳ.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Ban Tiếp công dân huyện',
      '- Chuẩn bị hồ sơ, trình Chủ tịch chậm nhất 02 ngày làm việc trước mỗi buổi tiếp công dân.',
      '2. Phòng Kinh tế và Hạ tầng',
      '- Chuẩn bị nội dung trả lời cho buổi đối thoại ngày 25/4, gửi Ban Tiếp công dân huyện trước ngày tổ chức ít nhất 03 ngày.',
      '3. Ban Quản lý chợ',
      '- Mời các hộ kinh doanh dự hội nghị ngày 25-4-2025; gửi danh sách chậm nhất 05 ngày trước ngày tổ chức.',
    ].join('\n')
    expect(sessionsOf(notice).map((s) => [s[0], s[1]])).toEqual([
      ['day', '2025-04-09'],
      ['day', '2025-04-25'],
      ['day', '2025-05-13'],
    ])
    const tasks = readPlan(notice).tasks.filter((t) => t.deadline.kind === 'relative')
    expect(tasks.map((t) => [t.lead, t.session])).toEqual([
      ['Ban Tiếp công dân huyện', 0],
      ['Ban Tiếp công dân huyện', 1],
      ['Ban Tiếp công dân huyện', 2],
      ['Phòng Kinh tế và Hạ tầng', 1],
      ['Ban Quản lý chợ', 1],
    ])
  })

  it('binds a relative deadline to the session named in its own clause before one named elsewhere in the obligation', () => {
    const sessions = [
      '1. Hội nghị thứ nhất: đối thoại với thanh niên',
      '- Thời gian: Ngày 10/6/2024.',
      '2. Hội nghị thứ hai: đối thoại với phụ nữ',
      '- Thời gian: Ngày 12/8/2024.',
    ].join('\n')
    const execution = [
      '1. Văn phòng: gửi giấy mời hội nghị thứ nhất trước ngày 01/6/2024; với hội nghị thứ hai, gửi chậm nhất 05 ngày trước ngày tổ chức.',
      '2. Đoàn thanh niên: chuẩn bị hội trường cho hội nghị thứ hai. Với hội nghị thứ nhất, báo cáo chậm nhất 03 ngày trước khi tổ chức.',
      '3. Hội Phụ nữ: hội nghị thứ nhất dự kiến 50 đại biểu; tổng hợp ý kiến chậm nhất 07 ngày trước hội nghị thứ hai.',
    ].join('\n')
    const relative = readPlan(frame(execution, sessions))
      .tasks.filter((t) => t.deadline.kind === 'relative')
      .map((t) => [t.lead, t.session])
    expect(relative).toEqual([
      ['Văn phòng', 1],
      ['Đoàn thanh niên', 0],
      ['Hội Phụ nữ', 1],
    ])
  })

  it('counts after each session when words stand between "sau khi kết thúc" and the count (a weekend day moves on)', () => {
    const sessions = [
      '1. Đối thoại với thanh niên',
      '- Thời gian: Ngày 10/6/2024.',
      '2. Đối thoại với phụ nữ',
      '- Thời gian: Ngày 12/8/2024.',
    ].join('\n')
    const execution = [
      '1. Văn phòng: dự thảo thông báo kết luận, trình ký sau khi kết thúc mỗi cuộc đối thoại 07 ngày làm việc.',
      '2. Huyện đoàn: gửi báo cáo sau các buổi đối thoại 05 ngày.',
    ].join('\n')
    expect(datedOf(frame(execution, sessions))).toEqual([
      ['Văn phòng', 'relative', '2024-06-19', 0],
      ['Văn phòng', 'relative', '2024-08-21', 1],
      ['Huyện đoàn', 'relative', '2024-06-17', 0],
      ['Huyện đoàn', 'relative', '2024-08-19', 1],
    ])
  })

  it('party lettering "a-", "b-" under a body heading: each letter its own obligation of the heading\'s body', () => {
    const execution = [
      '1- Ban Tuyên giáo Huyện ủy',
      'a- Chủ trì, phối hợp với Văn phòng Huyện ủy xây dựng đề cương, hoàn thành trước ngày 10/9/2024.',
      'b- Theo dõi, đôn đốc việc thực hiện kết luận.',
      'c – Tổng hợp ý kiến, gửi Thường trực Huyện ủy chậm nhất ngày 15/9/2024.',
      '2- Văn phòng Huyện ủy',
      'a- Phối hợp chuẩn bị tài liệu; phát hành giấy mời trước ngày 12/9/2024.',
    ].join('\n')
    expect(datedOf(frame(execution))).toEqual([
      ['Ban Tuyên giáo Huyện ủy', 'absolute', '2024-09-09', null],
      ['Ban Tuyên giáo Huyện ủy', 'absolute', '2024-09-15', null],
      ['Văn phòng Huyện ủy', 'absolute', '2024-09-11', null],
    ])
  })

  it('a timetable line opening with a relative time, for the session its heading names by day; "the remaining N" sessions', () => {
    const sessions = [
      '1. Hội nghị đối thoại với thanh niên công nhân',
      '- Thời gian: Ngày 14/6/2024.',
      '2. Đối thoại với học sinh, sinh viên',
      '- Thời gian: tháng 9/2024.',
      '3. Đối thoại với thanh niên nông thôn',
      '- Thời gian: quý IV/2024.',
    ].join('\n')
    const text = [
      'KẾ HOẠCH',
      'đối thoại năm 2024',
      'II. NỘI DUNG',
      sessions,
      'III. TIẾN ĐỘ (đối với hội nghị ngày 14/6/2024)',
      '- Chậm nhất 07 ngày trước hội nghị: Ban Tuyên giáo gửi bộ câu hỏi cho các sở, ngành.',
      '- Sau khi kết thúc hội nghị, trong vòng 03 ngày làm việc: Văn phòng gửi báo cáo kết quả.',
      'IV. TỔ CHỨC THỰC HIỆN',
      '1. Ban Tổ chức',
      '- Với ba cuộc đối thoại còn lại, lập danh sách đại biểu chậm nhất 10 ngày trước ngày tổ chức.',
      '2. Ban Phong trào',
      '- Đối với 02 hội nghị còn lại, chuẩn bị hội trường trước khi tổ chức ít nhất 05 ngày.',
    ].join('\n')
    const relative = readPlan(text)
      .tasks.filter((t) => t.deadline.kind === 'relative')
      .map((t) => [t.lead, t.deadline.offset, t.session])
    expect(relative).toEqual([
      ['Ban Tuyên giáo', -7, 0],
      ['Văn phòng', 3, 0],
      ['Ban Tổ chức', -10, 0],
      ['Ban Tổ chức', -10, 1],
      ['Ban Tổ chức', -10, 2],
      ['Ban Phong trào', -5, 1],
      ['Ban Phong trào', -5, 2],
    ])
  })

  it('reads a deadline a page break cut in two, across the page number and the running header', () => {
    const execution = [
      '1. Ban Tuyên giáo',
      '- Xây dựng đề cương tuyên truyền, hoàn thành trước ngày',
      '                                   2',
      'UBND HUYỆN AN PHÚ - Kế hoạch đối thoại',
      '05/9/2024.',
      '2. Văn phòng',
      'Chuẩn bị tài liệu.',
      '                                   3',
      'UBND HUYỆN AN PHÚ - Kế hoạch đối thoại',
    ].join('\n')
    expect(datedOf(frame(execution))).toEqual([['Ban Tuyên giáo', 'absolute', '2024-09-04', null]])
  })

  it('no deadline is ever invented: "thường xuyên", "sau đối thoại", a month without a deadline word, a document date', () => {
    const execution = [
      '1. Ban Dân vận',
      '- Thường xuyên theo dõi việc thực hiện kết luận sau đối thoại.',
      '- Tổ chức đối thoại trong tháng 9/2024 theo Kế hoạch số 12-KH/HU ngày 15/3/2024.',
      '- Từ ngày 01/7/2024 đến nay, tổng hợp ý kiến.',
    ].join('\n')
    expect(datedOf(frame(execution))).toEqual([])
  })
})

describe('several plans in one text', () => {
  const plan = (issuer: string, number: string, topic: string, day: string) =>
    [
      issuer,
      `Số ${number}`,
      'KẾ HOẠCH',
      `đối thoại với ${topic} năm 2024`,
      'I. NỘI DUNG, THỜI GIAN',
      `1. Đối thoại với ${topic}`,
      `- Thời gian: Ngày ${day}/2024.`,
      'II. TỔ CHỨC THỰC HIỆN',
      `1. Ban Dân vận: trình đề cương trước ngày ${day}/2024.`,
      'Nơi nhận:',
      '- Lưu VT.',
      'T/M BAN THƯỜNG VỤ',
    ].join('\n')

  it('reads each as its own draft, the letterhead above each title with it', () => {
    const text = [plan('HUYỆN ỦY A', '1-KH/HU', 'thanh niên', '10/5'), plan('HUYỆN ỦY B', '2-KH/HU', 'nông dân', '12/6')].join('\n')
    const drafts = readPlans(text)
    expect(drafts.map((d) => [d.plan.number, d.sessions.map((s) => s.time.start), d.tasks.map((t) => t.deadline.due)])).toEqual([
      ['1-KH/HU', ['2024-05-10'], ['2024-05-09']],
      ['2-KH/HU', ['2024-06-12'], ['2024-06-11']],
    ])
    const merged = readPlan(text)
    expect(merged.sessions).toHaveLength(2)
    expect(merged.warnings[0]).toEqual({ key: 'import-warning-several-plans', vars: { count: 2 } })
  })

  it('reads the whole development set and the seeds pasted into one text as they read alone', () => {
    const dirs = [join(ROOT, 'tests', 'fixtures', 'import', 'dev'), join(ROOT, '..', 'shared', 'seeds')]
    const texts = dirs.flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => readFileSync(join(dir, f), 'utf8')),
    )
    const reading = (d: PlanDraft) => [
      d.plan.title,
      d.sessions.map((s) => s.time.start),
      d.tasks.map((t) => [t.lead, t.deadline.due, t.session]),
    ]
    expect(readPlans(texts.join('\n\n')).map(reading)).toEqual(texts.map((text) => reading(readPlan(text))))
  })

  it('does not split a plan at its appendix or at a plan it cites', () => {
    const one =
      `${plan('HUYỆN ỦY A', '1-KH/HU', 'thanh niên', '10/5')}\nPHỤ LỤC\n(Kèm theo Kế hoạch số 1-KH/HU)\n` +
      `| TT | Nội dung | Đơn vị chủ trì | Thời hạn |\n|---|---|---|---|\n| 1 | Báo cáo | Văn phòng Huyện ủy | Trước ngày 02/5/2024 |`
    const drafts = readPlans(one)
    expect(drafts).toHaveLength(1)
    expect(drafts[0]?.tasks.map((t) => [t.lead, t.deadline.due])).toEqual([
      ['Ban Dân vận', '2024-05-09'],
      ['Văn phòng Huyện ủy', '2024-05-01'],
    ])
  })
})

describe('a schedule table whose rows omit the year', () => {
  const notice = (heading: string, sub: string, rows: string) =>
    `UBND XÃ A\nSố: 7/TB-UBND A, ngày 20 tháng 12 năm 2030\n\nTHÔNG BÁO\nLịch đối thoại với Nhân dân\n${sub}\n\n` +
    `Ủy ban nhân dân xã thông báo như sau:\n\n1. Lịch đối thoại\n\n| STT | ${heading} | Nội dung | Địa điểm |\n|---|---|---|---|\n${rows}\n`
  const rows =
    '| 1 | Thứ Ba, 14/01 | Đối thoại với hộ kinh doanh về chợ | Hội trường xã |\n' +
    '| 2 | Tháng 3 (dự kiến) | Đối thoại với đoàn viên thanh niên | Nhà văn hóa thôn B |'

  it('takes the year from the time column header', () => {
    expect(sessionsOf(notice('Thời gian (năm 2031)', 'quý I', rows))).toEqual([
      ['day', '2031-01-14', '2031-01-14', 'Đối thoại với hộ kinh doanh về chợ'],
      ['month', '2031-03-01', '2031-03-31', 'Đối thoại với đoàn viên thanh niên'],
    ])
    expect(sessionsOf(notice('Ngày, tháng năm 2032', 'quý I', rows)).map((s) => s[1])).toEqual(['2032-01-14', '2032-03-01'])
  })

  it('takes it from a period line under the title ("6 tháng đầu năm …") before the notice date', () => {
    for (const sub of ['6 tháng đầu năm 2031', '6 tháng cuối năm 2031']) {
      const draft = readPlan(notice('Thời gian', sub, rows))
      expect(draft.plan.year).toBe(2031)
      expect(draft.plan.title).toContain(sub)
      expect(draft.sessions.map((s) => s.time.start)).toEqual(['2031-01-14', '2031-03-01'])
    }
  })
})

describe('a session line opening with its topic, commas and all, before a colon and the time', () => {
  const text = (sep: string) =>
    [
      'KẾ HOẠCH',
      'đối thoại của Bí thư Huyện ủy với Nhân dân năm 2030',
      'I. NỘI DUNG',
      `a) Đối thoại với cán bộ, hội viên và Nhân dân xã Đông Hòa về nước sạch, vệ sinh môi trường${sep} tổ chức ngày 12/4/2030.`,
      `b) Tiếp xúc, đối thoại với đoàn viên, thanh niên xã Tây Sơn về việc làm${sep} dự kiến trong tháng 9/2030.`,
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Đảng ủy các xã: Tây Sơn và Đông Hòa',
      '- Tổng hợp ý kiến, gửi Ban Dân vận Huyện ủy chậm nhất 07 ngày trước ngày đối thoại tại xã.',
    ].join('\n')

  it('keeps the whole topic, and binds each commune body to the session held with its people', () => {
    expect(sessionsOf(text(':')).map((s) => s[3])).toEqual([
      'Đối thoại với cán bộ, hội viên và Nhân dân xã Đông Hòa về nước sạch, vệ sinh môi trường',
      'Tiếp xúc, đối thoại với đoàn viên, thanh niên xã Tây Sơn về việc làm',
    ])
    for (const sep of [':', ' :']) {
      expect(datedOf(text(sep)).map((t) => [t[0], t[3]])).toEqual([
        ['Đảng ủy xã Tây Sơn', 1],
        ['Đảng ủy xã Đông Hòa', 0],
      ])
    }
  })
})

describe('which sessions a relative task of a body concerns', () => {
  const text = (first: string, second: string) =>
    [
      'KẾ HOẠCH',
      'tổ chức đối thoại năm 2030',
      'I. NỘI DUNG',
      '1. Hội nghị Chủ tịch Hội Nông dân tỉnh đối thoại với nông dân huyện Bắc Sơn về vốn vay',
      'Thời gian, địa điểm: ngày 10/5/2030, tại Hội trường UBND huyện Bắc Sơn.',
      '2. Hội nghị Chủ tịch Hội Nông dân tỉnh đối thoại với hợp tác xã huyện Nam Giang về tiêu thụ nông sản',
      'Thời gian, địa điểm: ngày 20/9/2030, tại Hội trường UBND huyện Nam Giang.',
      '3. Hội nghị đối thoại với doanh nghiệp nông nghiệp',
      'Thời gian, địa điểm: ngày 15/11/2030, tại Hội trường UBND tỉnh.',
      'II. TỔ CHỨC THỰC HIỆN',
      `1. Ban Kinh tế: ${first}`,
      `2. Văn phòng Hội Nông dân tỉnh: ${second}`,
    ].join('\n')

  it('the sessions held at the place the obligation names ("cuộc đối thoại tại huyện A")', () => {
    for (const first of [
      'Chủ trì xây dựng tài liệu cuộc đối thoại tại huyện Nam Giang; trình Thường trực chậm nhất 07 ngày trước ngày đối thoại.',
      'Chuẩn bị nội dung hội nghị tại huyện Nam Giang, báo cáo Thường trực trước khi tổ chức ít nhất 07 ngày.',
    ]) {
      expect(datedOf(text(first, 'Chuẩn bị hội trường.')).map((t) => [t[0], t[3]])).toEqual([['Ban Kinh tế', 1]])
    }
  })

  it('every session after "mỗi/từng hội nghị", though the body bears a field some sessions name', () => {
    for (const second of [
      'Dự thảo báo cáo trong vòng 05 ngày làm việc kể từ ngày kết thúc mỗi hội nghị.',
      'Dự thảo thông báo kết luận chậm nhất 05 ngày sau từng buổi đối thoại.',
    ]) {
      expect(datedOf(text('Chuẩn bị tài liệu.', second)).map((t) => [t[0], t[3]])).toEqual([
        ['Văn phòng Hội Nông dân tỉnh', 0],
        ['Văn phòng Hội Nông dân tỉnh', 1],
        ['Văn phòng Hội Nông dân tỉnh', 2],
      ])
    }
  })
})

describe('a kind of party committee listed over its places', () => {
  it.each([
    ['Ban Thường vụ các Huyện ủy: Hòa Bình và Lạc Sơn', ['Ban Thường vụ Huyện ủy Hòa Bình', 'Ban Thường vụ Huyện ủy Lạc Sơn']],
    ['Thường trực các Thị ủy: Đông Triều, Quảng Yên', ['Thường trực Thị ủy Đông Triều', 'Thường trực Thị ủy Quảng Yên']],
    [
      'Ban Tuyên giáo các Quận ủy: Ba Đình, Tây Hồ và Long Biên',
      ['Ban Tuyên giáo Quận ủy Ba Đình', 'Ban Tuyên giáo Quận ủy Tây Hồ', 'Ban Tuyên giáo Quận ủy Long Biên'],
    ],
  ])('"%s" is one body per place, the committee capitalised', (heading, names) => {
    expect(bodyHeading(heading)?.bodies.map((b) => b.name)).toEqual(names)
  })
})

describe('"Sở" before a session time is a department, not a document number', () => {
  it.each([
    ['Đối thoại với viên chức các đơn vị trực thuộc Sở (Cụm 3): trong tháng 11/2030; địa điểm sẽ thông báo sau.', 'month', '2030-11-01'],
    ['Hội nghị đối thoại của Giám đốc Sở: ngày 14/10/2030, tại Hội trường.', 'day', '2030-10-14'],
    ['Đối thoại với người lao động khối Sở: dự kiến tháng 9/2030', 'month', '2030-09-01'],
  ])('%s', (text, precision, start) => {
    expect(readSessionTime(text, { year: 2030 })).toMatchObject({ precision, start })
  })

  it('a document number still is: "Kế hoạch số 12-KH/SGD ngày 05/9/2030" dates no session', () => {
    expect(readSessionTime('Thực hiện Kế hoạch số 12-KH/SGD ngày 05/9/2030', { year: 2030 })).toBeNull()
    expect(readSessionTime('Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2029;', { year: 2030 })).toBeNull()
  })
})

describe('heads of schools listed over their names', () => {
  it.each([
    [
      'Hiệu trưởng các trường THCS: Lê Lợi và Quang Trung (đơn vị đăng cai)',
      ['Hiệu trưởng Trường THCS Lê Lợi', 'Hiệu trưởng Trường THCS Quang Trung'],
    ],
    [
      'Hiệu trưởng các trường tiểu học: Hòa Bình, Kim Đồng',
      ['Hiệu trưởng Trường tiểu học Hòa Bình', 'Hiệu trưởng Trường tiểu học Kim Đồng'],
    ],
  ])('"%s"', (heading, names) => {
    expect(bodyHeading(heading)?.bodies.map((b) => b.name)).toEqual(names)
  })

  it('each school binds to the session its line says is held there', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch đối thoại năm học 2030 - 2031',
      'A. LỊCH ĐỐI THOẠI',
      '• Đối thoại với giáo viên cụm phía Bắc: 8 giờ 00, ngày 10/9/2030, tại Trường THCS Lê Lợi.',
      '• Đối thoại với giáo viên cụm phía Nam: 14 giờ 00, ngày 17/9/2030, tại Trường THCS Quang Trung.',
      'B. TỔ CHỨC THỰC HIỆN',
      '1. Hiệu trưởng các trường THCS: Quang Trung và Lê Lợi (đơn vị đăng cai)',
      'Chuẩn bị hội trường; hoàn tất trước ngày đối thoại tại trường 02 ngày.',
    ].join('\n')
    expect(datedOf(text).map((t) => [t[0], t[3]])).toEqual([
      ['Hiệu trưởng Trường THCS Quang Trung', 1],
      ['Hiệu trưởng Trường THCS Lê Lợi', 0],
    ])
  })
})

describe('one paragraph that describes several sessions by ordinal', () => {
  const plan = (paragraph: string, execution = '1. Văn phòng: theo dõi, tổng hợp kết quả.') =>
    [
      'KẾ HOẠCH',
      'Tổ chức đối thoại năm 2031',
      'I. MỤC ĐÍCH, YÊU CẦU',
      'Nắm bắt tâm tư, nguyện vọng.',
      'II. NỘI DUNG',
      paragraph,
      'III. TỔ CHỨC THỰC HIỆN',
      execution,
    ].join('\n')

  it('"Hội nghị thứ nhất … Hội nghị thứ hai …": a day and a month, each topic what its dialogue is with', () => {
    const paragraph = [
      'Năm 2031, Chủ tịch UBND xã tổ chức 02 hội nghị đối thoại với Nhân dân.',
      'Hội nghị thứ nhất được tổ chức vào lúc 8 giờ 00 ngày 14/3/2031 tại Hội trường UBND xã,',
      'đối thoại với Nhân dân thôn Đông về giải phóng mặt bằng.',
      'Hội nghị thứ hai dự kiến tổ chức trong tháng 9/2031 tại Nhà văn hóa thôn Tây,',
      'đối thoại với các hộ chăn nuôi về xử lý chất thải; thời gian cụ thể sẽ thông báo sau.',
    ].join(' ')
    expect(sessionsOf(plan(paragraph))).toEqual([
      ['day', '2031-03-14', '2031-03-14', 'Đối thoại với Nhân dân thôn Đông về giải phóng mặt bằng'],
      ['month', '2031-09-01', '2031-09-30', 'Đối thoại với các hộ chăn nuôi về xử lý chất thải'],
    ])
    const sessions = readPlan(plan(paragraph)).sessions
    expect(sessions[0]?.startsAt).toEqual({ hour: 8, minute: 0 })
    expect(sessions.map((s) => s.venues)).toEqual([['Hội trường UBND xã'], ['Nhà văn hóa thôn Tây']])
  })

  it('"Cuộc đối thoại thứ nhất/thứ hai với …": the words after the ordinal make the topic', () => {
    const paragraph = [
      'Cuộc đối thoại thứ nhất với doanh nghiệp trong khu công nghiệp về thủ tục đầu tư, tổ chức ngày 05/4/2031 tại Hội trường tỉnh.',
      'Cuộc đối thoại thứ hai với hợp tác xã nông nghiệp về tín dụng, dự kiến trong quý III/2031.',
    ].join(' ')
    expect(sessionsOf(plan(paragraph))).toEqual([
      ['day', '2031-04-05', '2031-04-05', 'Đối thoại với doanh nghiệp trong khu công nghiệp về thủ tục đầu tư'],
      ['quarter', '2031-07-01', '2031-09-30', 'Đối thoại với hợp tác xã nông nghiệp về tín dụng'],
    ])
  })

  it('"Buổi thứ 1 … Buổi thứ 2 … Buổi thứ 3 …": three sessions, and a relative task applies to each', () => {
    const paragraph = [
      'Trong năm, Ban Thường vụ tổ chức 03 buổi đối thoại.',
      'Buổi thứ 1 vào ngày 10/5/2031, đối thoại với đoàn viên thanh niên về việc làm.',
      'Buổi thứ 2 vào ngày 12/7/2031, đối thoại với hội viên phụ nữ về khởi nghiệp.',
      'Buổi thứ 3 vào ngày 20/10/2031, đối thoại với người cao tuổi về chính sách bảo trợ xã hội.',
    ].join(' ')
    const text = plan(paragraph, '1. Văn phòng: gửi giấy mời trước ngày tổ chức đối thoại ít nhất 05 ngày.')
    expect(sessionsOf(text).map((s) => [s[1], s[3]])).toEqual([
      ['2031-05-10', 'Đối thoại với đoàn viên thanh niên về việc làm'],
      ['2031-07-12', 'Đối thoại với hội viên phụ nữ về khởi nghiệp'],
      ['2031-10-20', 'Đối thoại với người cao tuổi về chính sách bảo trợ xã hội'],
    ])
    expect(datedOf(text)).toEqual([
      ['Văn phòng', 'relative', '2031-05-05', 0],
      ['Văn phòng', 'relative', '2031-07-07', 1],
      ['Văn phòng', 'relative', '2031-10-15', 2],
    ])
  })

  it('"Hội nghị lần thứ hai" counts as an ordinal too', () => {
    const paragraph = [
      'Hội nghị lần thứ nhất tổ chức ngày 02/6/2031, đối thoại với tiểu thương chợ trung tâm về di dời chợ.',
      'Hội nghị lần thứ hai tổ chức ngày 08/12/2031, đối thoại với người lao động về an toàn lao động.',
    ].join(' ')
    expect(sessionsOf(plan(paragraph)).map((s) => [s[1], s[3]])).toEqual([
      ['2031-06-02', 'Đối thoại với tiểu thương chợ trung tâm về di dời chợ'],
      ['2031-12-08', 'Đối thoại với người lao động về an toàn lao động'],
    ])
  })

  it('a paragraph with only one ordinal sentence stays one session, read as before', () => {
    const paragraph = [
      'Hội nghị thứ nhất được tổ chức vào ngày 14/3/2031 tại Hội trường UBND xã,',
      'đối thoại với Nhân dân thôn Đông về giải phóng mặt bằng.',
    ].join(' ')
    expect(sessionsOf(plan(paragraph)).map((s) => s[1])).toEqual(['2031-03-14'])
  })

  it('sentences that mention an ordinal session without opening with it make no session of their own', () => {
    const paragraph = [
      'Chủ tịch UBND xã tổ chức hội nghị đối thoại với Nhân dân vào ngày 14/3/2031 tại Hội trường UBND xã.',
      'Kết quả của hội nghị thứ nhất năm 2030 được báo cáo ngày 20/1/2031.',
      'Nội dung hội nghị thứ hai năm 2030 được tổng hợp trong tháng 2/2031.',
    ].join(' ')
    expect(sessionsOf(plan(paragraph)).map((s) => s[1])).toEqual(['2031-03-14'])
  })
})

describe('held-out sets 4 and 5: layouts of schedules', () => {
  const plan = (...lines: string[]) => ['KẾ HOẠCH', 'tổ chức đối thoại với Nhân dân năm 2031', ...lines].join('\n')

  it('a schedule line listing several days is one session each; a remark in brackets and a range are not', () => {
    const text = plan(
      'I. THỜI GIAN TIẾP CÔNG DÂN',
      'Chủ tịch UBND huyện tiếp công dân định kỳ vào ngày 10 hằng tháng, cụ thể:',
      '- Quý I: ngày 10/01 (thứ Sáu), ngày 10/02 (thứ Hai) và ngày 10/3/2031 (thứ Hai).',
      '- Quý II: ngày 11/4/2031 (thứ Sáu, do ngày 10/4 là ngày nghỉ) và ngày 12/5/2031.',
      '- Quý III: từ ngày 14/7 đến ngày 15/7/2031.',
    )
    expect(sessionsOf(text).map((s) => [s[0], s[1], s[2]])).toEqual([
      ['day', '2031-01-10', '2031-01-10'],
      ['day', '2031-02-10', '2031-02-10'],
      ['day', '2031-03-10', '2031-03-10'],
      ['day', '2031-04-11', '2031-04-11'],
      ['day', '2031-05-12', '2031-05-12'],
      ['month', '2031-07-14', '2031-07-15'],
    ])
  })

  it('a bold label heading its lines ("**Đợt 1 (quý II):** Đối thoại với …") makes one session each, with its own topic', () => {
    const text = plan(
      'II. NỘI DUNG, THỜI GIAN',
      '**Đợt 1 (quý II/2031):** Đối thoại với Nhân dân xã Tân Lập về giải phóng mặt bằng đường tỉnh.',
      '- Thời gian: 8 giờ, ngày 17/4/2031.',
      '- Địa điểm: Hội trường UBND xã Tân Lập.',
      '**Đợt 2.** Đối thoại với hộ kinh doanh chợ trung tâm về di dời, sắp xếp ki-ốt.',
      '- Thời gian: Tháng 9/2031.',
    )
    expect(sessionsOf(text)).toEqual([
      ['day', '2031-04-17', '2031-04-17', 'Đối thoại với Nhân dân xã Tân Lập về giải phóng mặt bằng đường tỉnh'],
      ['month', '2031-09-01', '2031-09-30', 'Đối thoại với hộ kinh doanh chợ trung tâm về di dời, sắp xếp ki-ốt'],
    ])
  })

  it('"Buổi thứ nhất: Đối thoại với … . Bắt đầu lúc …" under the time label: the line says its own topic', () => {
    const text = plan(
      'II. NỘI DUNG',
      '1. Nội dung: chính sách bồi thường, hỗ trợ, tái định cư của dự án.',
      '2. Thời gian, địa điểm',
      'Buổi thứ nhất: Đối thoại với các hộ dân xã Hòa Bình về giá đất bồi thường. Bắt đầu lúc 8 giờ, ngày 04/10/2031.',
      'Buổi thứ hai: Đối thoại với các hộ dân xã Hòa Lạc về bố trí tái định cư. Dự kiến trong tháng 11/2031.',
    )
    expect(sessionsOf(text).map((s) => s[3])).toEqual([
      'Đối thoại với các hộ dân xã Hòa Bình về giá đất bồi thường',
      'Đối thoại với các hộ dân xã Hòa Lạc về bố trí tái định cư',
    ])
  })

  it('a table a PDF wrote one cell a line is read as its rows', () => {
    const text = plan(
      'II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
      'STT',
      'Chủ đề đối thoại',
      'Thời gian',
      'Địa điểm',
      '1',
      'Đối thoại với tiểu thương về chỉnh trang chợ Đông',
      'Ngày 12/6/2031 (thứ Năm)',
      'Hội trường UBND phường',
      '2',
      'Đối thoại với thanh niên về việc làm',
      'Quý IV/2031',
      'Nhà Văn hóa thanh niên',
    )
    expect(sessionsOf(text)).toEqual([
      ['day', '2031-06-12', '2031-06-12', 'Đối thoại với tiểu thương về chỉnh trang chợ Đông'],
      ['quarter', '2031-10-01', '2031-12-31', 'Đối thoại với thanh niên về việc làm'],
    ])
  })

  it('labels in one paragraph each give their own value', () => {
    const draft = readPlan(
      plan(
        'II. NỘI DUNG',
        '1. Đối thoại với đồng bào dân tộc huyện Lạc Sơn về giảm nghèo',
        'Thời gian: quý III-2031. Địa điểm: Hội trường Huyện ủy Lạc Sơn. Thành phần: người có uy tín.',
      ),
    )
    expect(draft.sessions.map((s) => [s.time.precision, s.venues, s.audience])).toEqual([
      ['quarter', ['Hội trường Huyện ủy Lạc Sơn'], 'người có uy tín'],
    ])
  })
})

describe('held-out sets 4 and 5: which bodies and which sessions', () => {
  const sessions = [
    'KẾ HOẠCH',
    'tổ chức đối thoại năm 2031',
    'I. NỘI DUNG',
    '1. Đối thoại với đồng bào huyện Lạc Sơn về giảm nghèo',
    'Thời gian: ngày 10/5/2031. Địa điểm: Hội trường Huyện ủy Lạc Sơn.',
    '2. Đối thoại với sinh viên các trường cao đẳng về việc làm',
    'Thời gian: ngày 10/6/2031.',
    '3. Đối thoại với doanh nghiệp hoạt động du lịch trên địa bàn tỉnh',
    'Thời gian: ngày 10/9/2031. Địa điểm: Hội trường Kim Bôi.',
    'II. TỔ CHỨC THỰC HIỆN',
  ]
  const tasksOf = (...lines: string[]) => datedOf([...sessions, ...lines].join('\n')).map((t) => [t[0], t[3]])

  it('a party committee of a place ("Ban Thường vụ Huyện ủy Lạc Sơn") answers for the session held there', () => {
    expect(
      tasksOf(
        '1. Ban Thường vụ Huyện ủy Lạc Sơn và Ban Thường vụ Huyện ủy Kim Bôi',
        'Chuẩn bị hội trường, báo cáo trước ngày đối thoại 07 ngày.',
      ),
    ).toEqual([
      ['Ban Thường vụ Huyện ủy Lạc Sơn', 0],
      ['Ban Thường vụ Huyện ủy Kim Bôi', 2],
    ])
  })

  it('the dialogue an obligation names by whom it is with, in its deadline or elsewhere in it', () => {
    expect(
      tasksOf('1. Sở Du lịch', 'Tổng hợp kiến nghị phục vụ cuộc đối thoại với doanh nghiệp du lịch, gửi trước khi tổ chức đối thoại.'),
    ).toEqual([['Sở Du lịch', 2]])
    expect(tasksOf('1. Sở Lao động', 'Chuẩn bị trả lời chậm nhất 07 ngày trước mỗi buổi đối thoại với sinh viên.')).toEqual([
      ['Sở Lao động', 1],
    ])
  })

  it('"đối với các buổi còn lại": the sessions the obligation did not name before', () => {
    expect(
      tasksOf(
        '1. Hiệp hội Du lịch tỉnh: tổng hợp câu hỏi chậm nhất ngày 01/5/2031 đối với buổi đối thoại thứ nhất; ' +
          'đối với các buổi còn lại, chậm nhất 07 ngày trước ngày đối thoại.',
      ),
    ).toEqual([
      ['Hiệp hội Du lịch tỉnh', null],
      ['Hiệp hội Du lịch tỉnh', 1],
      ['Hiệp hội Du lịch tỉnh', 2],
    ])
  })

  it('"Các chi bộ khu phố 1, 2, 3" is one body per numbered place, each for the session held there', () => {
    expect(bodyHeading('Các chi bộ khu phố 1, 2 và 3')?.bodies).toEqual([
      { name: 'Chi bộ khu phố 1', place: 'khu phố 1' },
      { name: 'Chi bộ khu phố 2', place: 'khu phố 2' },
      { name: 'Chi bộ khu phố 3', place: 'khu phố 3' },
    ])
  })

  it('a schedule column of bodies ("Cơ quan tham mưu") assigns each row its own task when the plan names the column', () => {
    const text = [
      'THÔNG BÁO',
      'lịch đối thoại với doanh nghiệp năm 2031',
      'I. LỊCH ĐỐI THOẠI',
      '| TT | Thời gian | Nội dung đối thoại | Cơ quan tham mưu |',
      '|---|---|---|---|',
      '| 1 | Ngày 15/3/2031 | Đối thoại với doanh nghiệp về đất đai | Sở Tài nguyên và Môi trường |',
      '| 2 | Ngày 20/4/2031 | Đối thoại với doanh nghiệp về thuế | Cục Thuế tỉnh |',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Cơ quan tham mưu của từng buổi đối thoại: chuẩn bị báo cáo, gửi Văn phòng trước ngày diễn ra buổi đối thoại 10 ngày.',
    ].join('\n')
    expect(datedOf(text).map((t) => [t[0], t[2], t[3]])).toEqual([
      ['Sở Tài nguyên và Môi trường', '2031-03-05', 0],
      ['Cục Thuế tỉnh', '2031-04-10', 1],
    ])
  })
})

describe('held-out set 3 leftovers', () => {
  it('"mỗi tháng 01 ngày" is a count in each month, not January', () => {
    expect(readSessionTime('Chủ tịch UBND tỉnh tiếp công dân định kỳ mỗi tháng 01 ngày, buổi sáng từ 7 giờ 30', { year: 2031 })).toBeNull()
  })

  it('a task table row led by "Các phòng, ban, chi cục thuộc Sở" keeps its task', () => {
    const text = [
      'KẾ HOẠCH',
      'tổ chức hội nghị đối thoại năm 2031',
      'I. THỜI GIAN: tháng 11/2031',
      'II. TỔ CHỨC THỰC HIỆN',
      '| Nội dung | Đơn vị chủ trì | Thời gian hoàn thành |',
      '|---|---|---|',
      '| Tổng hợp câu hỏi của công chức gửi Văn phòng Sở | Các phòng, ban, chi cục thuộc Sở | Chậm nhất ngày 28/10/2031 |',
    ].join('\n')
    expect(datedOf(text)).toEqual([['Các phòng, ban, chi cục thuộc Sở', 'absolute', '2031-10-28', null]])
  })
})

describe('held-out sets 6 and 7: headings, tables and running text', () => {
  const plan = (...lines: string[]) => ['KẾ HOẠCH', 'tổ chức đối thoại với thanh niên năm 2031', ...lines].join('\n')

  it('"Diễn đàn 1" or "Quý II" alone on a line heads the labelled lines under it', () => {
    const text = plan(
      'II. NỘI DUNG, THỜI GIAN',
      'Diễn đàn 1',
      '- Chủ đề: "Thanh niên với khởi nghiệp sáng tạo".',
      '- Thời gian – địa điểm: 07 giờ 30, ngày 22/3/2031, tại Nhà Văn hóa thanh niên.',
      'Quý III',
      '- Nội dung: Đối thoại với thanh niên công nhân về nhà ở xã hội.',
      '- Thời gian: Tháng 8/2031.',
    )
    expect(sessionsOf(text)).toEqual([
      ['day', '2031-03-22', '2031-03-22', 'Thanh niên với khởi nghiệp sáng tạo'],
      ['month', '2031-08-01', '2031-08-31', 'Đối thoại với thanh niên công nhân về nhà ở xã hội'],
    ])
  })

  it("a merged cell is copied down only before the row's own first value", () => {
    const text = plan(
      'II. LỊCH',
      '| STT | Tháng | Thời gian | Nội dung hội nghị |',
      '|---|---|---|---|',
      '| 1 | Tháng 3 | Ngày 20/3/2031 | Hội nghị đối thoại với doanh nghiệp về thuế |',
      '| 2 | | Ngày 27/3/2031 | Hội nghị đối thoại với doanh nghiệp về đất đai |',
      '| 3 | Quý IV | | Hội nghị đối thoại với doanh nghiệp về cải cách hành chính |',
    )
    expect(sessionsOf(text).map((s) => [s[0], s[1]])).toEqual([
      ['day', '2031-03-20'],
      ['day', '2031-03-27'],
      ['quarter', '2031-10-01'],
    ])
  })

  it('a schedule table under "Thời gian, địa điểm" is read as its rows ("Tháng | Ngày tiếp")', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tiếp công dân định kỳ của Giám đốc Sở năm 2031',
      '**1. Thời gian, địa điểm**',
      'Giám đốc Sở tiếp công dân vào ngày 15 hằng tháng. Lịch cụ thể như sau:',
      '| Tháng | Ngày tiếp | Ghi chú |',
      '|---|---|---|',
      '| 01 | Thứ Tư, 15/01 | |',
      '| 02 | Thứ Năm, 20/02 | Lùi từ ngày 15/02 do nghỉ Tết |',
    ].join('\n')
    expect(sessionsOf(text).map((s) => [s[0], s[1]])).toEqual([
      ['day', '2031-01-15'],
      ['day', '2031-02-20'],
    ])
  })

  it('running text: "Buổi chiều cùng ngày" is the day before it; an unscheduled dialogue among them is a session', () => {
    const text = plan(
      'Vào lúc 7 giờ 30 ngày 09/8/2031 (thứ Bảy), tại Hội trường UBND phường An Phú, ' +
        'Chủ tịch sẽ đối thoại với Nhân dân phường An Phú về đất đai.',
      'Buổi chiều cùng ngày, lúc 14 giờ 00, tại Hội trường UBND xã Tân Hòa, Chủ tịch đối thoại với Nhân dân xã Tân Hòa về giao thông.',
      'Đối với nội dung đối thoại với các hộ dân khu tái định cư về giá bồi thường, thời gian và địa điểm sẽ được thông báo sau.',
    )
    expect(sessionsOf(text).map((s) => [s[0], s[1]])).toEqual([
      ['day', '2031-08-09'],
      ['day', '2031-08-09'],
      ['unscheduled', null],
    ])
    expect(readPlan(text).sessions[1]?.startsAt).toEqual({ hour: 14, minute: 0 })
  })

  it('a part "Nội dung và tổ chức thực hiện" holds sessions; a paragraph whose sentences open with bodies gives each its task', () => {
    const text = plan(
      'II- NỘI DUNG VÀ TỔ CHỨC THỰC HIỆN',
      '1. Nội dung, thời gian',
      '1.1. Đối thoại với nông dân huyện Phong Thạnh về chuyển đổi cây trồng. ' +
        'Thời gian dự kiến: sáng ngày 17/7/2031, tại Hội trường huyện.',
      '2. Tổ chức thực hiện',
      'Công chức Địa chính - Xây dựng có trách nhiệm rà soát hồ sơ, báo cáo trước ngày 15/4/2031. ' +
        'Công chức Văn hóa - Xã hội tổng hợp ý kiến, gửi Văn phòng chậm nhất là ngày 30/6/2031.',
    )
    expect(sessionsOf(text).map((s) => [s[0], s[1]])).toEqual([['day', '2031-07-17']])
    expect(datedOf(text).map((t) => [t[0], t[2]])).toEqual([
      ['Công chức Địa chính - Xây dựng', '2031-04-14'],
      ['Công chức Văn hóa - Xã hội', '2031-06-30'],
    ])
  })

  it('a relative deadline concerns the sessions of the kind it names, when the plan holds dialogues and reception days', () => {
    const text = plan(
      'II. THỜI GIAN',
      '1. Đối thoại với tiểu thương chợ Tân An về sắp xếp sạp. Thời gian: ngày 22/3/2031.',
      '2. Đối thoại với hộ dân ven rạch về bồi thường. Thời gian: tháng 7/2031.',
      '3. Tiếp công dân định kỳ chung của Bí thư và Chủ tịch',
      '| STT | Thời gian |',
      '|---|---|',
      '| 1 | Ngày 17/02/2031 |',
      '| 2 | Ngày 20/4/2031 |',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng: trình Chủ tịch chậm nhất 07 ngày làm việc trước ngày tổ chức đối thoại.',
      '2. Thanh tra: chuẩn bị hồ sơ chậm nhất 03 ngày trước mỗi buổi tiếp công dân.',
    )
    expect(datedOf(text).map((t) => [t[0], t[3]])).toEqual([
      ['Văn phòng', 0],
      ['Văn phòng', 1],
      ['Thanh tra', 2],
      ['Thanh tra', 3],
    ])
  })

  it('a notice of conclusions: work given after a colon ("…: giao Phòng … chủ trì …; hoàn thành trước ngày …")', () => {
    const text = [
      'THÔNG BÁO',
      'Kết luận của Chủ tịch UBND thành phố tại Hội nghị đối thoại năm 2031',
      'Ngày 30/6/2031, Chủ tịch UBND thành phố đã chủ trì Hội nghị đối thoại với các hộ dân.',
      '1. Đối với 04 hộ có kiến nghị về nguồn gốc đất: giao Phòng Tài nguyên và Môi trường chủ trì xác minh; ' +
        'hoàn thành, báo cáo trước ngày 20/7/2031.',
      '2. Hội nghị đối thoại lần thứ hai sẽ tổ chức vào ngày 04/8/2031. ' +
        'Văn phòng HĐND và UBND thành phố phát hành giấy mời trước ngày 28/7/2031.',
    ].join('\n')
    expect(datedOf(text).map((t) => [t[0], t[2]])).toEqual([
      ['Phòng Tài nguyên và Môi trường', '2031-07-19'],
      ['Văn phòng HĐND và UBND thành phố', '2031-07-27'],
    ])
  })
})

describe('held-out sets 8 and 9: appendices, lists of bodies, timetables, adjustments', () => {
  it('"PHỤ LỤC / LỊCH … / (Kèm theo Kế hoạch số …)" after the signature stays the plan\'s schedule', () => {
    const text = [
      'KẾ HOẠCH',
      'tổ chức đối thoại năm 2031',
      'I. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng UBND huyện: trình Chủ tịch chậm nhất 05 ngày trước ngày tổ chức đối thoại.',
      'Nơi nhận:',
      '- Lưu: VT.',
      'CHỦ TỊCH',
      'PHỤ LỤC',
      'LỊCH ĐỐI THOẠI NĂM 2031',
      '(Kèm theo Kế hoạch số 37/KH-UBND ngày 20/02/2031)',
      '| STT | Thời gian | Nội dung đối thoại |',
      '|---|---|---|',
      '| 1 | Ngày 16/3/2031 | Đối thoại với Nhân dân xã Nhân Cơ về bồi thường |',
      '| 2 | Tháng 6/2031 | Đối thoại với hộ kinh doanh chợ về di dời chợ |',
    ].join('\n')
    expect(readPlans(text)).toHaveLength(1)
    expect(datedOf(text).map((t) => [t[0], t[3]])).toEqual([
      ['Văn phòng UBND huyện', 0],
      ['Văn phòng UBND huyện', 1],
    ])
  })

  it.each([
    [
      'Các sở: Công Thương, Tài chính, Tài nguyên và Môi trường; Cục Thuế tỉnh: chuẩn bị nội dung trả lời',
      ['Sở Công Thương', 'Sở Tài chính', 'Sở Tài nguyên và Môi trường', 'Cục Thuế tỉnh'],
    ],
    ['UBND các xã: Nhân Cơ, Đắk Ru và UBND thị trấn Kiến Đức', ['UBND xã Nhân Cơ', 'UBND xã Đắk Ru', 'UBND thị trấn Kiến Đức']],
    ['Ban Dân vận các huyện ủy, thị ủy, thành ủy', ['Ban Dân vận các huyện ủy, thị ủy, thành ủy']],
  ])('"%s" names %j', (heading, names) => {
    expect(bodyHeading(heading)?.bodies.map((b) => b.name)).toEqual(names)
  })

  it('a timetable: "Từ ngày A đến ngày B:" is due on B, "Trong 07 ngày làm việc sau mỗi hội nghị:" after each, several bodies each', () => {
    const text = [
      'KẾ HOẠCH',
      'tổ chức hội nghị đối thoại năm 2031',
      'I. NỘI DUNG',
      'Hội nghị lần thứ nhất tổ chức lúc 7 giờ 30, ngày 19/9/2031, với chủ đề: Đối thoại với đồng bào Khmer về chính sách tôn giáo.',
      'Hội nghị lần thứ hai dự kiến tổ chức vào tháng 11/2031, với chủ đề: Đối thoại với hộ nghèo về đất sản xuất.',
      'II. TIẾN ĐỘ THỰC HIỆN',
      '- Từ ngày 25/8 đến ngày 05/9/2031: Ban Dân vận các huyện ủy, thị ủy tổng hợp ý kiến, gửi Ban Dân vận Tỉnh ủy.',
      '- Trong 07 ngày làm việc sau mỗi hội nghị: Ban Dân vận Tỉnh ủy dự thảo Thông báo kết luận.',
      '- Trước ngày 31/10/2031: Ủy ban MTTQ Việt Nam tỉnh, Hội Nông dân tỉnh tổng hợp kiến nghị của hộ nghèo.',
    ].join('\n')
    expect(sessionsOf(text).map((s) => s[3])).toEqual([
      'Đối thoại với đồng bào Khmer về chính sách tôn giáo',
      'Đối thoại với hộ nghèo về đất sản xuất',
    ])
    expect(datedOf(text)).toEqual([
      ['Ban Dân vận các huyện ủy, thị ủy', 'absolute', '2031-09-05', null],
      // 7 working days after 19/9, and after the end of November (provisional).
      ['Ban Dân vận Tỉnh ủy', 'relative', '2031-09-30', 0],
      ['Ban Dân vận Tỉnh ủy', 'relative', '2031-12-09', 1],
      ['Ủy ban MTTQ Việt Nam tỉnh', 'absolute', '2031-10-30', null],
      ['Hội Nông dân tỉnh', 'absolute', '2031-10-30', null],
    ])
  })

  it('an adjustment: "Nay điều chỉnh thành:" is the new time, and "hội nghị bổ sung" the sessions it adds', () => {
    const text = [
      'KẾ HOẠCH',
      'Điều chỉnh, bổ sung Kế hoạch số 38/KH-UBND về tổ chức đối thoại năm 2031',
      'I. ĐIỀU CHỈNH, BỔ SUNG',
      '1. Điều chỉnh thời gian Hội nghị đối thoại với Nhân dân xã Mèo Vạc về du lịch cộng đồng',
      '- Thời gian theo Kế hoạch số 38/KH-UBND: tháng 6/2031.',
      '- Nay điều chỉnh thành: 8 giờ 00, ngày 15/7/2031, tại Hội trường UBND xã Mèo Vạc.',
      '2. Bổ sung Hội nghị đối thoại với Nhân dân phường Hà Giang 1 về bồi thường',
      '- Thời gian: trong tháng 10/2031.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Sở Nông nghiệp và Môi trường: gửi báo cáo chậm nhất 15 ngày trước ngày tổ chức hội nghị đối thoại bổ sung.',
    ].join('\n')
    expect(sessionsOf(text).map((s) => [s[0], s[1]])).toEqual([
      ['day', '2031-07-15'],
      ['month', '2031-10-01'],
    ])
    expect(datedOf(text).map((t) => [t[0], t[3]])).toEqual([['Sở Nông nghiệp và Môi trường', 1]])
  })
})

describe('held-out sets 12 and 13: a reception schedule with its host', () => {
  it('"Ngày tiếp công dân | Lãnh đạo chủ trì" is a schedule, not a table of tasks', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tiếp công dân định kỳ của Chủ tịch UBND huyện 6 tháng cuối năm 2031',
      '**1. Lịch tiếp công dân**',
      '| Tháng | Ngày tiếp công dân | Lãnh đạo chủ trì |',
      '|---|---|---|',
      '| Tháng 7 | Ngày 10/7 (thứ Năm) | Chủ tịch UBND huyện |',
      '| Tháng 9 | Ngày 15 hoặc 16/9 | Phó Chủ tịch UBND huyện (được ủy quyền) |',
    ].join('\n')
    expect(sessionsOf(text).map((s) => [s[0], s[1], s[2]])).toEqual([
      ['day', '2031-07-10', '2031-07-10'],
      ['month', '2031-09-15', '2031-09-16'],
    ])
  })
})

describe('typography that changes nothing: composed letters, hard-wrapped lines, lost bold, blank lines', () => {
  const plan = [
    'ỦY BAN NHÂN DÂN HUYỆN KRÔNG PẮC',
    'Số: 41/KH-UBND Krông Pắc, ngày 02 tháng 3 năm 2033',
    'KẾ HOẠCH',
    'Tổ chức đối thoại giữa Chủ tịch UBND huyện với Nhân dân năm 2033',
    'I. NỘI DUNG, THỜI GIAN',
    'Đợt 1 (quý II/2033): Đối thoại với Nhân dân thị trấn Phước An về chỉnh trang đô ' +
      'thị, vỉa hè và hệ thống thoát nước trên các tuyến phố chính.',
    '- Thời gian: 8 giờ 00, ngày 14/4/2033 (thứ Năm).',
    '- Địa điểm: Hội trường UBND thị trấn Phước An.',
    'Đợt 2 (quý III/2033): Đối thoại với hộ trồng cà phê các xã Ea Kênh, Ea Phê về tái canh, liên kết tiêu thụ và vay vốn ưu đãi.',
    '- Thời gian: tháng 8/2033.',
    'II. TỔ CHỨC THỰC HIỆN',
    'Văn phòng HĐND và UBND huyện',
    '- Xây dựng kịch bản, tài liệu phục vụ đối thoại, trình Chủ tịch UBND huyện chậm nhất 07 ngày làm việc trước mỗi buổi đối thoại.',
    '- Dự thảo thông báo kết luận, trình ký ban hành trong vòng 05 ngày làm việc kể từ ngày kết thúc đối thoại.',
    'Phòng Tài nguyên và Môi trường',
    '- Tổng hợp kiến nghị về đất đai của các hộ dân, gửi Văn phòng HĐND và UBND huyện trước ngày 25/3/2033.',
  ].join('\n')
  const reading = (text: string) => [sessionsOf(text), rulesOf(text)]

  it('reads the plan itself: an unbolded "Đợt 1 (quý II/2033): Đối thoại …" heads its lines, a bare body line its bullets', () => {
    expect(sessionsOf(plan)).toEqual([
      [
        'day',
        '2033-04-14',
        '2033-04-14',
        'Đối thoại với Nhân dân thị trấn Phước An về chỉnh trang đô thị, vỉa hè và hệ thống thoát nước trên các tuyến phố chính',
      ],
      [
        'month',
        '2033-08-01',
        '2033-08-31',
        'Đối thoại với hộ trồng cà phê các xã Ea Kênh, Ea Phê về tái canh, liên kết tiêu thụ và vay vốn ưu đãi',
      ],
    ])
    expect(rulesOf(plan)).toEqual([
      ['Văn phòng HĐND và UBND huyện', 'relative', '-7 working_days', 0],
      ['Văn phòng HĐND và UBND huyện', 'relative', '-7 working_days', 1],
      ['Văn phòng HĐND và UBND huyện', 'relative', '5 working_days', 0],
      ['Văn phòng HĐND và UBND huyện', 'relative', '5 working_days', 1],
      ['Phòng Tài nguyên và Môi trường', 'absolute', '2033-03-24', null],
    ])
  })

  it.each([
    ['decomposed letters (NFD) and zero-width characters', (t: string) => t.normalize('NFD').replace(/Đối/g, 'Đ\u200bối')],
    ['lines wrapped at 80 characters, as a PDF gives them', (t: string) => wrapAt(t, 80)],
    ['lines wrapped at 64 characters', (t: string) => wrapAt(t, 64)],
    ['a blank line after every line', (t: string) => t.replace(/\n/g, '\n\n')],
    ['Windows line ends', (t: string) => t.replace(/\n/g, '\r\n')],
    ['bold labels and headings', (t: string) => t.replace(/^(Văn phòng HĐND và UBND huyện|Phòng Tài nguyên và Môi trường)$/gm, '**$1**')],
  ])('%s: the same reading', (_name, change) => {
    expect(reading(change(plan))).toEqual(reading(plan))
  })

  it('a body heading that fills a wrapped line is not joined to a bold heading above it', () => {
    const lines = cleanLines(
      [
        ...Array.from({ length: 12 }, (_, i) => `Dòng thứ ${i + 1} của đoạn văn này được ngắt ở độ rộng cố định như văn bản PDF xuất ra`),
        '**4. Đề nghị Phòng Nông nghiệp và Phát triển nông thôn huyện cùng các xã**',
        'Phối hợp với Hội Nông dân huyện chuẩn bị nội dung trả lời.',
      ].join('\n'),
    ).map((l) => l.text)
    expect(lines.slice(-2)).toEqual([
      '4. Đề nghị Phòng Nông nghiệp và Phát triển nông thôn huyện cùng các xã',
      'Phối hợp với Hội Nông dân huyện chuẩn bị nội dung trả lời.',
    ])
  })

  it('a web page\'s "TIN LIÊN QUAN" after the document, with its dated articles, is no part of it', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại giữa Bí thư Thị ủy với Nhân dân năm 2033',
      'I. THỜI GIAN',
      'Hội nghị đối thoại với nông dân về chuyển đổi cây trồng, dự kiến tổ chức vào ngày 20/5/2033 tại Hội trường Thị ủy.',
      'II. TỔ CHỨC THỰC HIỆN',
      'Văn phòng Thị ủy chuẩn bị hội trường, tài liệu.',
      'TIN LIÊN QUAN',
      '» Bí thư Thị ủy đối thoại với đoàn viên, thanh niên (20/11/2032)',
      '» Tiếp công dân định kỳ tháng 02/2033 (22/02/2033)',
    ].join('\n')
    expect(sessionsOf(text).map((s) => s[1])).toEqual(['2033-05-20'])
  })
})

describe('held-out sets 14 to 16: layouts of running text, schedules and tables', () => {
  it('a bare "Hội nghị đối thoại lần 1" takes the subject line under it as its topic', () => {
    const text = [
      'II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
      '**Hội nghị đối thoại lần 1**',
      'Đối thoại với hộ kinh doanh chợ Đầm về sắp xếp lại ngành hàng và phòng cháy, chữa cháy.',
      '- Thời gian: 14 giờ 00, ngày 08/6/2033.',
      '- Địa điểm: Hội trường UBND phường.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2033-06-08', '2033-06-08', 'Đối thoại với hộ kinh doanh chợ Đầm về sắp xếp lại ngành hàng và phòng cháy, chữa cháy'],
    ])
  })

  it('ordinal sessions a paragraph each, the time in a later sentence; the sentence that counts them is no session', () => {
    const text = [
      'II. NỘI DUNG VÀ THỜI GIAN',
      'Trong quý III/2033, Đảng ủy phường tổ chức hai hội nghị đối thoại.',
      'Hội nghị thứ nhất là cuộc đối thoại giữa Bí thư Đảng ủy phường với tiểu thương chợ Cồn về di dời ' +
        'các ki-ốt. Hội nghị dự kiến tổ chức trong tháng 7/2033 tại Nhà văn hóa tổ dân phố 3.',
      'Hội nghị thứ hai sẽ được tổ chức vào lúc 8 giờ 00, ngày 16/9/2033, tại Hội trường Đảng ủy ' +
        'phường, là cuộc đối thoại với cựu chiến binh về chính sách người có công.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng Đảng ủy bảo đảm các điều kiện phục vụ hội nghị, dự thảo thông báo kết luận, ' +
        'trình ban hành trong vòng 05 ngày làm việc sau khi kết thúc hội nghị.',
      '2. Ban Xây dựng Đảng là cơ quan thường trực, xây dựng nội dung từng hội nghị, ' +
        'trình Thường trực Đảng ủy chậm nhất 10 ngày trước mỗi hội nghị.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['month', '2033-07-01', '2033-07-31', 'Đối thoại giữa Bí thư Đảng ủy phường với tiểu thương chợ Cồn về di dời các ki-ốt'],
      ['day', '2033-09-16', '2033-09-16', 'Đối thoại với cựu chiến binh về chính sách người có công'],
    ])
    // "Văn phòng Đảng ủy" names no place: its work concerns both sessions, though one is held at "Hội trường Đảng ủy phường".
    expect(rulesOf(text)).toEqual([
      ['Văn phòng Đảng ủy', 'relative', '5 working_days', 0],
      ['Văn phòng Đảng ủy', 'relative', '5 working_days', 1],
      ['Ban Xây dựng Đảng', 'relative', '-10 days', 0],
      ['Ban Xây dựng Đảng', 'relative', '-10 days', 1],
    ])
  })

  it('a table "Tháng | Ngày tiếp": the month column dates its days, a row with two days is two sessions, each with its own place', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tiếp công dân định kỳ của Chủ tịch UBND huyện năm 2033',
      '| Tháng | Ngày tiếp | Địa điểm |',
      '|---|---|---|',
      '| 01 | Ngày 14 (thứ Sáu) | Trụ sở Tiếp công dân huyện |',
      '| 03 | Ngày 15 (thứ Ba) và ngày 29 (thứ Ba) | Ngày 15: Trụ sở Tiếp công dân huyện; ngày 29: Hội trường UBND xã Tân Lập |',
      'UBND xã Tân Lập chuẩn bị hội trường, xong trước kỳ tiếp công dân tổ chức tại xã Tân Lập 01 ngày.',
    ].join('\n')
    const draft = readPlan(text)
    expect(draft.sessions.map((s) => [s.time.start, s.venues])).toEqual([
      ['2033-01-14', ['Trụ sở Tiếp công dân huyện']],
      ['2033-03-15', ['Trụ sở Tiếp công dân huyện']],
      ['2033-03-29', ['Hội trường UBND xã Tân Lập']],
    ])
    expect(rulesOf(text)).toEqual([['UBND xã Tân Lập', 'relative', '-1 days', 2]])
  })

  it('schedule lines that open with their subject ("Cụm số 1 (…) - thanh niên với …: ngày …") keep it as their topic', () => {
    const text = [
      'II. NỘI DUNG, THỜI GIAN',
      '2. Các diễn đàn cấp cụm',
      '1. Cụm số 1 (các huyện Ba Tri, Bình Đại) - thanh niên vùng biển với nuôi trồng ' +
        'thủy sản bền vững: ngày 09/3/2033, tại Nhà Văn hóa huyện Ba Tri.',
      '2. Cụm số 2 (thành phố Bến Tre) - thanh niên với khởi nghiệp sáng tạo: ngày 12/3/2033, tại Hội trường Tỉnh đoàn.',
      '4. Các đơn vị đăng cai diễn đàn cấp cụm: Huyện đoàn Ba Tri và Thành đoàn Bến Tre',
      '- Gửi kịch bản chi tiết chậm nhất 03 ngày trước ngày tổ chức diễn đàn tại cụm mình.',
    ].join('\n')
    expect(sessionsOf(text).map((s) => s[3])).toEqual([
      'Cụm số 1 - thanh niên vùng biển với nuôi trồng thủy sản bền vững',
      'Cụm số 2 - thanh niên với khởi nghiệp sáng tạo',
    ])
    // A group, then its members by name: each member for the session held in its place.
    expect(rulesOf(text)).toEqual([
      ['Huyện đoàn Ba Tri', 'relative', '-3 days', 0],
      ['Thành đoàn Bến Tre', 'relative', '-3 days', 1],
    ])
  })

  it('"thứ Năm tuần thứ ba hằng tháng, từ tháng 9 đến tháng 12/2033": the third Thursday of each month', () => {
    const text = [
      'II. THỜI GIAN, ĐỊA ĐIỂM',
      '1. Đối thoại định kỳ với người bệnh và người nhà người bệnh',
      '- Nội dung: tiếp nhận, giải đáp ý kiến về thái độ phục vụ, thủ tục thanh toán.',
      '- Thời gian: 14 giờ 00, thứ Năm tuần thứ ba hằng tháng, từ tháng 9 đến tháng 12/2033.',
    ].join('\n')
    // (A "Nội dung" in lower case says what is done; the heading names the session.)
    expect(sessionsOf(text)).toEqual(
      ['2033-09-15', '2033-10-20', '2033-11-17', '2033-12-15'].map((day) => [
        'day',
        day,
        day,
        'Đối thoại định kỳ với người bệnh và người nhà người bệnh',
      ]),
    )
  })

  it('a schedule by week: parts between semicolons, "trong tuần" for the week, in the order of the document', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch đối thoại của Giám đốc Sở Giáo dục và Đào tạo với giáo viên năm 2033',
      '3. Lịch đối thoại (các buổi bắt đầu lúc 8 giờ 00):',
      'Tuần 1 (từ 03/10 – 07/10/2033): huyện Mỹ Đức - thứ Ba, ngày 04/10/2033, tại Trường ' +
        'THPT Mỹ Đức A; huyện Ứng Hòa - trong tuần, tại Trường THPT Ứng Hòa A.',
      'Tuần 2 (từ 10/10 – 14/10/2033):',
      '- Huyện Thường Tín: trong tuần, tại Trường THPT Thường Tín.',
      '- Huyện Phú Xuyên: thứ Sáu, ngày 14/10/2033, tại Trường THPT Phú Xuyên A.',
      'Tuần 3 (từ 17/10 – 21/10/2033): huyện Chương Mỹ - thứ Hai, ngày 17/10/2033; huyện Thanh Oai - thứ Tư, ngày 19/10/2033.',
    ].join('\n')
    expect(sessionsOf(text).map((s) => [s[0], s[1], s[2]])).toEqual([
      ['day', '2033-10-04', '2033-10-04'],
      ['month', '2033-10-03', '2033-10-07'],
      ['month', '2033-10-10', '2033-10-14'],
      ['day', '2033-10-14', '2033-10-14'],
      ['day', '2033-10-17', '2033-10-17'],
      ['day', '2033-10-19', '2033-10-19'],
    ])
  })

  it('a table a PDF wrote one cell a line, its long cells wrapped over several lines, and bodies named by the annex', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại của Ban Dân vận Huyện ủy năm 2033',
      '3. Đảng ủy các xã có tên tại Phụ lục báo cáo gửi Ban Dân vận Huyện ủy chậm nhất 07 ngày trước buổi đối thoại tại địa phương mình.',
      'PHỤ LỤC',
      'LỊCH TỔ CHỨC CÁC BUỔI ĐỐI THOẠI NĂM 2033',
      'TT',
      'Thời gian',
      'Địa điểm',
      'Nội dung đối thoại',
      'Đơn vị phối hợp',
      '1',
      'Ngày 19/5/2033',
      '(thứ Năm)',
      'Hội trường UBND',
      'xã Tiên Hưng',
      'Đối thoại với Nhân dân về',
      'dồn điền đổi thửa',
      'Đảng ủy xã Tiên Hưng',
      '2',
      'Tháng 9/2033',
      'Hội trường UBND',
      'xã Đông Phú',
      'Đối thoại với tiểu thương về',
      'trật tự chợ Đông Phú',
      'Đảng ủy xã',
      'Đông Phú',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2033-05-19', '2033-05-19', 'Đối thoại với Nhân dân về dồn điền đổi thửa'],
      ['month', '2033-09-01', '2033-09-30', 'Đối thoại với tiểu thương về trật tự chợ Đông Phú'],
    ])
    expect(rulesOf(text)).toEqual([
      ['Đảng ủy xã Tiên Hưng', 'relative', '-7 days', 0],
      ['Đảng ủy xã Đông Phú', 'relative', '-7 days', 1],
    ])
  })

  it('"Dự kiến:" is a time label; a day written out ("trong ngày 14 tháng 8 năm 2033") names no month of a session', () => {
    const text = [
      'II. NỘI DUNG',
      'Quý I',
      '- Nội dung: Đối thoại với Nhân dân về dồn điền đổi thửa.',
      '- Dự kiến: tuần thứ 2 của tháng 3/2033.',
      'III. TỔ CHỨC THỰC HIỆN',
      '- UBND phường Tân An: niêm yết thông báo trong ngày 14 tháng 8 năm 2033; thông ' +
        'báo đến từng hộ dân chậm nhất 03 ngày trước ngày đối thoại.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([['month', '2033-03-01', '2033-03-31', 'Đối thoại với Nhân dân về dồn điền đổi thửa']])
  })

  it('"Dự kiến ngày 24 hoặc ngày 25-10-2033": two days written with dashes are one window', () => {
    expect(readSessionTime('Dự kiến ngày 24 hoặc ngày 25-10-2033', { year: 2033 })).toMatchObject({
      precision: 'month',
      start: '2033-10-24',
      end: '2033-10-25',
    })
  })
})

describe('held-out sets 14 to 16: who does the work, and which deadline counts', () => {
  it('names that hold a verb ("Phòng Kế hoạch tổng hợp chủ trì"); "Các sở: A, B chuẩn bị …" without a second colon', () => {
    const text = [
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Kế hoạch tổng hợp chủ trì, phối hợp với Phòng Tài chính kế toán rà soát chi phí, báo cáo trước ngày 10/6/2033.',
      '2. Đề nghị các sở: Kế hoạch và Đầu tư, Nông nghiệp và Phát triển nông thôn chuẩn bị nội dung trả lời, gửi trước ngày 20/6/2033.',
    ].join('\n')
    expect(rulesOf(text)).toEqual([
      ['Phòng Kế hoạch tổng hợp', 'absolute', '2033-06-09', null],
      ['Sở Kế hoạch và Đầu tư', 'absolute', '2033-06-19', null],
      ['Sở Nông nghiệp và Phát triển nông thôn', 'absolute', '2033-06-19', null],
    ])
  })

  it('a later clause that opens with other bodies is theirs; "(đối với …)" after a day gives it to that body', () => {
    const text = [
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Đảng ủy các xã, thị trấn: tuyên truyền về các hội nghị đối thoại. Riêng ' +
        'Đảng ủy xã Hòa Bình, Đảng ủy thị trấn Sông Cầu tổng hợp ' +
        'kiến nghị gửi Ban Dân vận chậm nhất ngày 12/8/2033 (đối với xã Hòa Bình) và ngày 14/10/2033 (đối với thị trấn Sông Cầu).',
      '2. Đề nghị Ủy ban MTTQ huyện: phối hợp tuyên truyền; Hội Nông dân huyện tổng ' +
        'hợp ý kiến của hội viên gửi Ban Dân vận trước ngày 30/11/2033.',
    ].join('\n')
    expect(rulesOf(text)).toEqual([
      ['Đảng ủy xã Hòa Bình', 'absolute', '2033-08-12', null],
      ['Đảng ủy thị trấn Sông Cầu', 'absolute', '2033-10-14', null],
      ['Hội Nông dân huyện', 'absolute', '2033-11-29', null],
    ])
  })

  it('an adjustment: a deadline changed "từ … thành …" keeps only the new one; a row "Không tổ chức" is no session', () => {
    const text = [
      'KẾ HOẠCH',
      'Điều chỉnh, bổ sung Kế hoạch tổ chức hội nghị đối thoại năm 2033',
      'I. ĐIỀU CHỈNH CÁC HỘI NGHỊ',
      '| TT | Hội nghị đối thoại | Theo Kế hoạch | Nội dung điều chỉnh |',
      '|---|---|---|---|',
      '| 1 | Đối thoại với Nhân dân xã An Phú về giải phóng mặt bằng | Ngày 14/6/2033 | Chuyển sang 8 giờ 00, ngày 12/7/2033 |',
      '| 2 | Đối thoại với Nhân dân xã Tân Hội về nước sinh hoạt | Quý IV/2033 | Không tổ chức (các kiến nghị đã được giải quyết) |',
      'II. ĐIỀU CHỈNH THỜI HẠN',
      '1. Đảng ủy xã An Phú',
      'Thời hạn gửi báo cáo về Ban Dân vận điều chỉnh từ "trước ngày 31/5/2033" thành "trước ngày 30/6/2033".',
    ].join('\n')
    expect(sessionsOf(text).map((s) => [s[1], s[3]])).toEqual([['2033-07-12', 'Đối thoại với Nhân dân xã An Phú về giải phóng mặt bằng']])
    expect(rulesOf(text)).toEqual([['Đảng ủy xã An Phú', 'absolute', '2033-06-29', null]])
  })

  it('"dự Hội nghị người lao động" names that session; "tại xã mình" is the body\'s own commune, not a place called Minh', () => {
    const text = [
      'II. NỘI DUNG VÀ THỜI GIAN',
      '1. Hội nghị người lao động năm 2033',
      '- Nội dung: thông qua kết quả sản xuất kinh doanh, bầu đại diện tập thể người lao động.',
      '- Thời gian: ngày 21/01/2033.',
      '2. Đối thoại định kỳ quý I',
      '- Nội dung: Chế độ trực vận hành mùa khô.',
      '- Thời gian: tháng 3/2033, tại Hội trường xã Minh Hưng.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Tổ chức – Hành chính',
      '- Gửi giấy mời đến đại biểu dự Hội nghị người lao động trước 03 ngày làm việc so với ngày tổ chức hội nghị.',
      '2. UBND xã Tân Lợi',
      '- Chuẩn bị hội trường, xong trước kỳ tiếp công dân tổ chức tại xã mình 01 ngày.',
    ].join('\n')
    const [first] = sessionsOf(text)
    expect(first?.[3]).toBe('Hội nghị người lao động năm 2033')
    expect(rulesOf(text)[0]).toEqual(['Phòng Tổ chức – Hành chính', 'relative', '-3 working_days', 0])
    expect(rulesOf(text).filter((t) => t[0] === 'UBND xã Tân Lợi')).toEqual([
      ['UBND xã Tân Lợi', 'relative', '-1 days', 0],
      ['UBND xã Tân Lợi', 'relative', '-1 days', 1],
    ])
  })
})

describe('held-out sets 17 and 18: labels, notices of change, days in turn, groups in PDF tables', () => {
  it('"Chuyên đề:" is the topic; a heading of field labels ("Thời gian, người chủ trì tiếp công dân") is not', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tiếp công dân định kỳ của Chủ tịch UBND phường Tân Hòa tháng 4 năm 2033',
      '1. Thời gian, người chủ trì tiếp công dân',
      '| STT | Ngày tiếp | Người chủ trì tiếp |',
      '|---|---|---|',
      '| 1 | Thứ Ba, ngày 05/4/2033 | Chủ tịch UBND phường |',
      '2. Đối thoại với doanh nghiệp',
      '2.1. Quý II/2033',
      '- Thời gian: 14 giờ 00, ngày 16/6/2033.',
      '- Chuyên đề: Đối thoại với doanh nghiệp khu công nghiệp về thủ tục đầu tư.',
    ].join('\n')
    expect(sessionsOf(text).map((s) => s[3])).toEqual([
      'Tiếp công dân định kỳ của Chủ tịch UBND phường Tân Hòa',
      'Đối thoại với doanh nghiệp khu công nghiệp về thủ tục đầu tư',
    ])
  })

  it('a notice of change: "1. Thay đổi thời gian …" says what changes; the dialogue is what its paragraph names', () => {
    const text = [
      'THÔNG BÁO',
      'Về việc thay đổi thời gian tổ chức đối thoại và bổ sung buổi đối thoại',
      '1. Thay đổi thời gian tổ chức đối thoại',
      'Buổi đối thoại với các hộ dân có đất bị thu hồi dự án Khu tái định cư ' +
        'phường 2 được chuyển sang 14 giờ 00 ngày 21/10/2033 (thứ Sáu).',
      '2. Bổ sung buổi đối thoại thứ hai',
      'Tổ chức thêm buổi đối thoại với 23 hộ dân tổ dân phố 5 về đơn giá bồi thường ' +
        'cây trồng vào 8 giờ 00 ngày 28/10/2033 tại Nhà văn hóa tổ 5.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2033-10-21', '2033-10-21', 'Đối thoại với các hộ dân có đất bị thu hồi dự án Khu tái định cư phường 2'],
      ['day', '2033-10-28', '2033-10-28', 'Đối thoại với 23 hộ dân tổ dân phố 5 về đơn giá bồi thường cây trồng'],
    ])
  })

  it('"tại A, B và C, lần lượt vào các ngày …": a session a day, each at its place', () => {
    const text = [
      'II. NỘI DUNG, THỜI GIAN',
      '2.1- Đối thoại tại khu dân cư: Bí thư Đảng ủy phường đối thoại với Nhân dân tại khu phố 5, khu phố 12 và khu phố 27, ' +
        'lần lượt vào các ngày 13/4, 11/5 và 15/6/2033, bắt đầu lúc 18 giờ 30.',
    ].join('\n')
    expect(readPlan(text).sessions.map((s) => [s.time.start, s.venues])).toEqual([
      ['2033-04-13', ['khu phố 5']],
      ['2033-05-11', ['khu phố 12']],
      ['2033-06-15', ['khu phố 27']],
    ])
  })

  it('a PDF table one cell a line with group titles between rows ("HỌC KỲ I"); "=== BUỔI 1 ===" with label lines', () => {
    const pdf = [
      'II. THỜI GIAN, NỘI DUNG',
      'TT',
      'Thời gian',
      'Đối tượng, nội dung đối thoại',
      'Địa điểm, hình thức',
      'Đơn vị đầu mối',
      'HỌC KỲ I',
      '1',
      '14h00, thứ Năm,',
      'ngày 10/11/2033',
      'Sinh viên năm thứ nhất: đối thoại về học bổng',
      'Hội trường C',
      'Ban Công tác sinh viên',
      'HỌC KỲ II',
      '2',
      'Tháng 4/2034',
      '(sau kỳ thi giữa kỳ)',
      'Sinh viên nội trú: đối thoại về ký túc xá',
      'Nhà văn hóa Ký túc xá',
      'Trung tâm Dịch vụ',
    ].join('\n')
    expect(sessionsOf(pdf).map((s) => [s[0], s[1], s[3]])).toEqual([
      ['day', '2033-11-10', 'Sinh viên năm thứ nhất: đối thoại về học bổng'],
      ['month', '2034-04-01', 'Sinh viên nội trú: đối thoại về ký túc xá'],
    ])
    const ruled = [
      'KẾ HOẠCH',
      'Lịch đối thoại của Chủ tịch UBND tỉnh quý I/2033',
      '=== BUỔI 1 ===',
      'Nội dung\tĐối thoại với Nhân dân phường Hà Lầm về cải tạo chung cư cũ',
      'Thời gian\t8h00, thứ Tư, ngày 16/3/2033',
      'Địa điểm\tHội trường UBND phường Hà Lầm',
    ].join('\n')
    expect(sessionsOf(ruled)).toEqual([['day', '2033-03-16', '2033-03-16', 'Đối thoại với Nhân dân phường Hà Lầm về cải tạo chung cư cũ']])
  })
})

describe("held-out sets 17 and 18: which session a body's work concerns", () => {
  it('a place of one word ("Đảng ủy xã Hiếu") is its session; "Ủy ban nhân dân huyện" is no place ("Nhân dân")', () => {
    const text = [
      'II. NỘI DUNG, THỜI GIAN',
      'a) Đối thoại với đồng bào dân tộc xã Hiếu về giao khoán bảo vệ rừng: ngày 27/3/2033 tại Nhà văn hóa xã Hiếu.',
      'b) Đối thoại với Nhân dân xã Đăk Ring về nước sinh hoạt: ngày 17/4/2033 tại Hội trường xã Đăk Ring.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1- Ủy ban nhân dân huyện',
      'Chỉ đạo Phòng Tài nguyên và Môi trường chuẩn bị báo cáo, gửi Ban Dân vận chậm nhất 07 ngày trước ngày tổ chức đối thoại.',
      '2- Đảng ủy các xã: Hiếu và Đăk Ring',
      '- Tổng hợp kiến nghị của Nhân dân, gửi Ban Dân vận trước ngày đối thoại tại địa phương 10 ngày.',
      '3- Ban Thường vụ Đảng ủy xã Hiếu (cuộc đối thoại thứ nhất) và Đăk Ring (cuộc đối thoại thứ hai)',
      '- Chuẩn bị hội trường chậm nhất 03 ngày trước ngày đối thoại tại địa phương.',
      '4- Trung tâm Văn hóa huyện hoàn chỉnh tài liệu tuyên truyền, gửi trước ngày 20/3/2033.',
    ].join('\n')
    expect(rulesOf(text)).toEqual([
      ['Ủy ban nhân dân huyện', 'relative', '-7 days', 0],
      ['Ủy ban nhân dân huyện', 'relative', '-7 days', 1],
      ['Đảng ủy xã Hiếu', 'relative', '-10 days', 0],
      ['Đảng ủy xã Đăk Ring', 'relative', '-10 days', 1],
      // (The remark in brackets names no body; each place's own session is where it is held.)
      ['Ban Thường vụ Đảng ủy xã Hiếu', 'relative', '-3 days', 0],
      ['Ban Thường vụ Đảng ủy xã Đăk Ring', 'relative', '-3 days', 1],
      ['Trung tâm Văn hóa huyện', 'absolute', '2033-03-19', null],
    ])
  })
})

describe("held-out sets 19 and 20: periods over sessions, audiences as topics, moves, a body's work", () => {
  it('"QUÝ I" then "Cuộc thứ nhất: Đối thoại …": the session under its period, the period no session of its own', () => {
    const text = [
      'II. NỘI DUNG, THỜI GIAN',
      'QUÝ I',
      'Cuộc thứ nhất: Đối thoại với hội viên Hội Nông dân huyện về tích tụ ruộng đất.',
      '   + Thời gian: dự kiến tháng 3-2033.',
      'QUÝ II',
      'Cuộc thứ hai: Đối thoại với Nhân dân xã Tân Hòa về giải phóng mặt bằng.',
      '   + Thời gian: 8 giờ 00, ngày 23-5-2033.',
    ].join('\n')
    expect(sessionsOf(text).map((s) => [s[0], s[1]])).toEqual([
      ['month', '2033-03-01'],
      ['day', '2033-05-23'],
    ])
  })

  it('a table of whom each dialogue is with ("Đối tượng đối thoại"); two sessions on one day at two hours', () => {
    const text = [
      'II. LỊCH ĐỐI THOẠI',
      '| STT | Thời gian | Địa điểm | Đối tượng đối thoại |',
      '|---|---|---|---|',
      '| 1 | 08 giờ 00, ngày 16/7/2033 | Hội trường UBND xã Bình Sơn | Các hộ có đất bị thu hồi tại ấp 1, ấp 2 xã Bình Sơn |',
      '| 2 | 14 giờ 00, ngày 16/7/2033 | Hội trường UBND xã Bình Sơn | Các hộ có đất bị thu hồi tại ấp 3, ấp 5 xã Bình Sơn |',
    ].join('\n')
    expect(sessionsOf(text).map((s) => [s[1], s[3]])).toEqual([
      ['2033-07-16', 'Đối thoại với các hộ có đất bị thu hồi tại ấp 1, ấp 2 xã Bình Sơn'],
      ['2033-07-16', 'Đối thoại với các hộ có đất bị thu hồi tại ấp 3, ấp 5 xã Bình Sơn'],
    ])
  })

  it('"… từ ngày 10-11-2033 sang 8 giờ 00, ngày 23-11-2033" is the new day; a body\'s line naming a session\'s day is its work', () => {
    const text = [
      'THÔNG BÁO',
      'Về việc điều chỉnh thời gian tổ chức hội nghị đối thoại',
      '1- Lùi thời gian Hội nghị đối thoại giữa Bí thư Tỉnh ủy với hội viên Hội Nông ' +
        'dân tỉnh từ ngày 10-11-2033 sang 8 giờ 00, ngày 23-11-2033.',
      '2- Để chuẩn bị hội nghị, đề nghị các cơ quan thực hiện:',
      '- Văn phòng Tỉnh ủy phát hành lại giấy mời dự Hội nghị ngày 23-11-2033 chậm nhất 05 ngày làm việc trước ngày tổ chức hội nghị.',
    ].join('\n')
    expect(sessionsOf(text).map((s) => [s[0], s[1]])).toEqual([['day', '2033-11-23']])
    expect(rulesOf(text)).toEqual([['Văn phòng Tỉnh ủy', 'relative', '-5 working_days', 0]])
  })
})

describe('held-out set 19: lettered items under a plain heading, sessions named by number', () => {
  it('"Đợt 1" / "a) Chủ đề …" / "Đợt 2" / "a) …": each Đợt holds its lettered fields; "phục vụ Đợt 2" is the second', () => {
    const text = [
      'II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
      'Đợt 1',
      'a) Chủ đề: Đối thoại với Nhân dân các khu phố về chống ngập cục bộ.',
      'b) Thời gian: 19 giờ 30, ngày 12/4/2033.',
      'Đợt 2',
      'a) Chủ đề: Đối thoại với hộ kinh doanh về thủ tục hành chính trên môi trường điện tử.',
      'b) Thời gian: trong khoảng từ ngày 09/10 đến ngày 13/10/2033.',
      'III. PHÂN CÔNG NHIỆM VỤ',
      '- Trung tâm Phục vụ hành chính công phường: lập báo cáo phục vụ Đợt 2 chậm nhất 10 ngày làm việc trước ngày tổ chức Đợt 2.',
      '- Văn phòng: trình Chủ tịch trước mỗi buổi đối thoại 03 ngày.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2033-04-12', '2033-04-12', 'Đối thoại với Nhân dân các khu phố về chống ngập cục bộ'],
      ['month', '2033-10-09', '2033-10-13', 'Đối thoại với hộ kinh doanh về thủ tục hành chính trên môi trường điện tử'],
    ])
    // ("03 ngày" after "buổi đối thoại" is a count of days, not a session's number.)
    expect(rulesOf(text)).toEqual([
      ['Trung tâm Phục vụ hành chính công phường', 'relative', '-10 working_days', 1],
      ['Văn phòng', 'relative', '-3 days', 0],
      ['Văn phòng', 'relative', '-3 days', 1],
    ])
  })
})

describe('held-out sets 21 and 22: notices of conclusions and of reception days, PDF tables', () => {
  it('a notice of conclusions that schedules no session: the one it concludes, from its opening line', () => {
    const text = [
      'THÔNG BÁO',
      'Kết luận của Chủ tịch UBND tỉnh tại Hội nghị đối thoại với doanh nghiệp quý I năm 2033',
      'Ngày 26/3/2033, tại Hội trường UBND tỉnh, đồng chí Chủ tịch UBND tỉnh chủ trì Hội nghị đối thoại với doanh nghiệp quý I năm 2033. ' +
        'Cùng dự có lãnh đạo các sở, ngành.',
      'Chủ tịch UBND tỉnh kết luận như sau:',
      '1. Giao Sở Tài chính tổng hợp kiến nghị, báo cáo trong thời hạn 10 ngày làm việc kể từ ngày đối thoại.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([['day', '2033-03-26', '2033-03-26', 'Hội nghị đối thoại với doanh nghiệp quý I năm 2033']])
    expect(rulesOf(text)).toEqual([['Sở Tài chính', 'relative', '10 working_days', 0]])
  })

  it('"Tháng 8/2033 / Thời gian: … / Người tiếp: …": a reception day; a PDF table with a header label of its own', () => {
    const notice = [
      'THÔNG BÁO',
      'Lịch tiếp công dân định kỳ của Chủ tịch UBND tỉnh quý III năm 2033',
      'Căn cứ Luật Tiếp công dân năm 2013, Ban Tiếp công dân tỉnh thông báo lịch tiếp công dân như sau:',
      '1. Lịch tiếp công dân định kỳ',
      'Tháng 7/2033',
      'Thời gian: Thứ Tư, ngày 13/7/2033 (cả ngày).',
      'Người tiếp: Chủ tịch UBND tỉnh.',
      'Tháng 8/2033',
      'Thời gian: Thứ Tư, ngày 17/8/2033 (cả ngày).',
      'Người tiếp: Chủ tịch UBND tỉnh.',
    ].join('\n')
    expect(sessionsOf(notice).map((s) => s[1])).toEqual(['2033-07-13', '2033-08-17'])
    const pdf = [
      'II. LỊCH ĐỐI THOẠI',
      'TT',
      'Nội dung đối thoại',
      'Thời gian',
      'Địa điểm',
      'Bộ phận tham mưu',
      '1',
      'Đối thoại với hộ kinh doanh về an toàn thực phẩm',
      'Tháng 11/2033',
      'Hội trường UBND phường',
      'Phòng Kinh tế',
      '2',
      'Đối thoại với viên chức y tế tuyến xã về phụ cấp của 03 huyện',
      'Trong khoảng từ ngày 14/11 đến ngày 16/11/2033',
      'Trực tuyến',
      'Văn phòng',
    ].join('\n')
    expect(sessionsOf(pdf).map((s) => [s[0], s[1], s[2]])).toEqual([
      ['month', '2033-11-01', '2033-11-30'],
      ['month', '2033-11-14', '2033-11-16'],
    ])
  })

  it('"a) Quý I: 14 giờ 00, ngày 27/3/2033, tại Phòng họp - việc điều chỉnh tiền lương …": the subject after the dash', () => {
    const text = [
      'II. THỜI GIAN, NỘI DUNG',
      'Đối thoại định kỳ hằng quý:',
      'a) Quý I: 14 giờ 00, ngày 25/3/2033, tại Phòng họp Công ty - việc điều chỉnh tiền lương theo mức lương tối thiểu vùng mới.',
      'b) Quý II: 14 giờ 00, ngày 24/6/2033, tại Phòng họp Công ty - an toàn, vệ sinh lao động và chống nóng tại xưởng.',
    ].join('\n')
    expect(sessionsOf(text).map((s) => s[3])).toEqual([
      'việc điều chỉnh tiền lương theo mức lương tối thiểu vùng mới',
      'an toàn, vệ sinh lao động và chống nóng tại xưởng',
    ])
  })
})

describe('held-out sets 23 and 24: web copies, remarks in schedules, PDF tables across a page', () => {
  it('a portal copy: its metadata line and "Ngày 05/01/2033, UBND … ban hành Thông báo …" are no sessions; a remark under a line', () => {
    const text = [
      'Trang chủ » Thông báo',
      'Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND quận Quý I năm 2033',
      'Cập nhật: 06/01/2033 09:15 | Lượt xem: 428 | In bài viết | Gửi email',
      'Ngày 05/01/2033, UBND quận Ngũ Hành Sơn ban hành Thông báo số 03/TB-UBND về lịch tiếp công dân quý I như sau.',
      '1. Lịch tiếp công dân',
      '+ Tháng 01/2033: ngày 11/01 (thứ Ba) và ngày 25/01 (thứ Ba).',
      '+ Tháng 02/2033: ngày 08/02 (thứ Ba) và ngày 22/02 (thứ Ba).',
      '(Lịch tiếp tháng 02 được điều chỉnh do trùng nghỉ Tết)',
      'Thời gian tiếp: buổi sáng, từ 7 giờ 30 đến 11 giờ 00.',
    ].join('\n')
    expect(sessionsOf(text).map((s) => s[1])).toEqual(['2033-01-11', '2033-01-25', '2033-02-08', '2033-02-22'])
  })

  it('a table one cell a line whose repeated cells stand beside its row numbers is read as rows, not as page footers', () => {
    const text = [
      'II. LỊCH TỔ CHỨC',
      'STT',
      'Nội dung đối thoại',
      'Thời gian',
      'Địa điểm',
      '1',
      'Đối thoại về trật tự đô thị khu vực trung tâm',
      'Quý I/2033 (dự kiến tháng 3/2033)',
      'Hội trường UBND phường',
      '2',
      'Đối thoại về bảo hiểm y tế hộ gia đình',
      '14 giờ 00, ngày 18/6/2033',
      'Hội trường UBND phường',
      '3',
      'Đối thoại về thủ tục hành chính',
      'Quý IV/2033',
      'Hội trường UBND phường',
    ].join('\n')
    expect(sessionsOf(text).map((s) => [s[0], s[1]])).toEqual([
      ['month', '2033-03-01'],
      ['day', '2033-06-18'],
      ['quarter', '2033-10-01'],
    ])
  })

  it('"Phối hợp với Văn phòng UBND tỉnh tổ chức Hội nghị đối thoại giữa …" names the dialogue, not the work of preparing it', () => {
    const text = [
      'II. NỘI DUNG',
      '2. Phối hợp với Văn phòng UBND tỉnh tổ chức Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với hội viên Cựu chiến binh.',
      '- Thời gian: trong quý II/2033.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['quarter', '2033-04-01', '2033-06-30', 'Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với hội viên Cựu chiến binh'],
    ])
  })

  it(
    '"Các cơ quan được giao chuẩn bị nội dung tại cột 5 của Phụ lục" gives each body of that ' +
      'column its own row, a cell of two bodies both',
    () => {
      const text = [
        'III. TỔ CHỨC THỰC HIỆN',
        '1. Các cơ quan được giao chuẩn bị nội dung tại cột 5 của Phụ lục: gửi báo cáo về Văn ' +
          'phòng chậm nhất 03 ngày làm việc trước ngày tổ chức hội nghị được phân công.',
        'PHỤ LỤC',
        'TT',
        'Nội dung đối thoại',
        'Thời gian',
        'Địa điểm',
        'Cơ quan chuẩn bị nội dung',
        '1',
        'Đối thoại với doanh nghiệp lĩnh vực thủy sản',
        'Ngày 14/4/2033',
        'Trung tâm Hội nghị tỉnh',
        'Sở Nông nghiệp và Môi trường',
        '2',
        'Đối thoại với doanh nghiệp vận tải',
        'Ngày 16/6/2033',
        'Trung tâm Hội nghị tỉnh',
        'Sở Xây dựng; Công an tỉnh',
        '2',
      ].join('\n')
      expect(datedOf(text)).toEqual([
        // (Three working days before Thursday 14/4/2033, the Giỗ Tổ holiday and its day in lieu between.)
        ['Sở Nông nghiệp và Môi trường', 'relative', '2033-04-08', 0],
        ['Sở Xây dựng', 'relative', '2033-06-13', 1],
        ['Công an tỉnh', 'relative', '2033-06-13', 1],
      ])
    },
  )

  it('a body\'s charge ("Chủ trì tổ chức buổi đối thoại với người bệnh") says which sessions its relative deadlines count from', () => {
    const text = [
      'II. NỘI DUNG',
      '1. Đối thoại với viên chức, người lao động',
      '1.1. Hội nghị giữa năm',
      '- Nội dung: Đối thoại về chế độ trực và thu nhập tăng thêm.',
      '- Thời gian: 14 giờ 00 ngày 10/7/2033.',
      '1.2. Hội nghị cuối năm',
      '- Nội dung: Đối thoại về tuyển dụng năm 2034.',
      '- Thời gian: 14 giờ 00 ngày 15/12/2033.',
      '2. Đối thoại với người bệnh',
      '- Nội dung: Đối thoại về thủ tục khám bệnh bảo hiểm y tế.',
      '- Thời gian: 15 giờ 00 ngày 22/9/2033.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Tổ chức cán bộ',
      '- Là đầu mối tham mưu tổ chức các hội nghị đối thoại với viên chức, người lao động; trình ' +
        'Giám đốc chương trình chậm nhất 03 ngày làm việc trước ngày tổ chức đối thoại.',
      '2. Phòng Công tác xã hội',
      '- Chủ trì tổ chức buổi đối thoại với người bệnh, người nhà người bệnh.',
      '- Niêm yết thông báo tại các khoa trước buổi đối thoại 05 ngày.',
    ].join('\n')
    expect(datedOf(text)).toEqual([
      ['Phòng Tổ chức cán bộ', 'relative', '2033-07-06', 0],
      ['Phòng Tổ chức cán bộ', 'relative', '2033-12-12', 1],
      ['Phòng Công tác xã hội', 'relative', '2033-09-16', 2],
    ])
  })

  it(
    'a notice of change takes the new time ("Nay điều chỉnh:", "- Nay tổ chức vào …", "lùi ' + 'sang …"), never the one "Theo Kế hoạch"',
    () => {
      const text = [
        'THÔNG BÁO',
        'Về việc thay đổi thời gian tổ chức các hội nghị đối thoại năm 2033',
        '1. Hội nghị đối thoại với Nhân dân về bảo vệ rừng',
        '- Theo Kế hoạch: ngày 20/9/2033, tại Nhà văn hóa xã.',
        '- Nay điều chỉnh: 8 giờ 00 ngày 29/9/2033, tại Hội trường UBND xã.',
        '2. Hội nghị đối thoại với đoàn viên về phòng, chống ma túy',
        '- Theo Kế hoạch: quý IV/2033.',
        '- Nay tổ chức vào 14 giờ 00 ngày 13/10/2033, tại Hội trường UBND xã.',
        '3. Hội nghị đối thoại với các hộ kinh doanh về thu phí chợ (theo Kế hoạch dự kiến tháng 11/2033): lùi sang quý I/2034.',
      ].join('\n')
      expect(sessionsOf(text).map((s) => [s[0], s[1], s[2]])).toEqual([
        ['day', '2033-09-29', '2033-09-29'],
        ['day', '2033-10-13', '2033-10-13'],
        ['quarter', '2034-01-01', '2034-03-31'],
      ])
    },
  )

  it('a tabbed schedule with a month\'s title between its rows reads every row on its day, a row "Không tiếp công dân" none', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tiếp công dân định kỳ quý III/2033 của lãnh đạo tỉnh',
      'I. LỊCH TIẾP CÔNG DÂN',
      'Ngày\tThứ\tNgười chủ trì tiếp công dân\tGhi chú',
      'Tháng 7/2033',
      '07/7\tNăm\tChủ tịch UBND tỉnh\t',
      '14/7\tNăm\tBí thư Tỉnh ủy\t',
      'Tháng 8/2033',
      '04/8\tNăm\tChủ tịch UBND tỉnh\t',
      '11/8\tNăm\tBí thư Tỉnh ủy\tKhông tiếp công dân (đi công tác)',
      'II. TỔ CHỨC THỰC HIỆN',
    ].join('\n')
    expect(sessionsOf(text).map((s) => [s[0], s[1]])).toEqual([
      ['day', '2033-07-07'],
      ['day', '2033-07-14'],
      ['day', '2033-08-04'],
    ])
  })

  it('"thứ Năm các ngày 06, 13, 20 và 27/10/2033" is a session each day; "trong 02 ngày 26 và 27/10" one over both', () => {
    const each = [
      '1. Tiếp công dân định kỳ',
      'Chủ tịch UBND xã tiếp công dân định kỳ vào ngày thứ Năm hằng tuần, cụ thể:',
      '- Tháng 10/2033: thứ Năm các ngày 06, 13, 20 và 27/10/2033;',
      '- Tháng 11/2033: thứ Năm các ngày 03, 10, 17 và 24/11/2033.',
    ].join('\n')
    expect(sessionsOf(each).map((s) => s[1])).toEqual([
      '2033-10-06',
      '2033-10-13',
      '2033-10-20',
      '2033-10-27',
      '2033-11-03',
      '2033-11-10',
      '2033-11-17',
      '2033-11-24',
    ])
    const both = [
      '1. Hội nghị đối thoại với các hợp tác xã nông nghiệp',
      'Hội nghị tổ chức trong 02 ngày 26 và 27/10/2033, tại Hội trường UBND huyện.',
    ].join('\n')
    expect(sessionsOf(both).map((s) => [s[0], s[1], s[2]])).toEqual([['month', '2033-10-26', '2033-10-27']])
  })
})
