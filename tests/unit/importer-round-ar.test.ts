import { describe, expect, it } from 'vitest'
import { bodyHeading } from '../../src/importer/bodies.js'
import { markerOf } from '../../src/importer/outline.js'
import { sessionsOf } from '../helpers/importer-draft.js'

// Round AR of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round AR: a lettered item that opens with a clock time or a date', () => {
  it.each([
    ['e) 8 giờ 00, ngày 14/10/2033: Đối thoại với …', 'letter'],
    ['b. 14/10/2033: Đối thoại với …', 'letter'],
  ])('"%s" is a %s item', (line, style) => {
    expect(markerOf(line)?.style).toBe(style)
  })

  it('"a) Đầu tháng 5: …" then "b) 8 giờ 00 ngày 14/10: …": two sessions, the second at its hour', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại với Nhân dân năm 2033',
      'II. NỘI DUNG',
      '1. Lịch đối thoại',
      'a) Đầu tháng 5/2033: Đối thoại với Nhân dân xã Đông Hà về quản lý quy hoạch; tại Hội trường UBND xã Đông Hà.',
      'b) 8 giờ 00 ngày 14/10/2033 (thứ Sáu): Đối thoại với Nhân dân xã Tây Hà về hạ tầng giao thông; tại Hội trường UBND xã Tây Hà.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['month', '2033-05-01', '2033-05-31', 'Đối thoại với Nhân dân xã Đông Hà về quản lý quy hoạch'],
      ['day', '2033-10-14', '2033-10-14', 'Đối thoại với Nhân dân xã Tây Hà về hạ tầng giao thông'],
    ])
  })
})

describe('round AR: a note in brackets after a list of bodies, before the colon', () => {
  it('"Sở A, Sở B, Sở C (theo vụ việc được giao tham mưu tại Lịch trên): …": three bodies by their own names', () => {
    const read = bodyHeading('Sở Tư pháp, Sở Xây dựng, Sở Nội vụ (theo vụ việc được giao tham mưu tại Lịch trên): hoàn chỉnh báo cáo.')
    expect(read?.bodies.map((b) => b.name)).toEqual(['Sở Tư pháp', 'Sở Xây dựng', 'Sở Nội vụ'])
    expect(read?.rest).toBe('hoàn chỉnh báo cáo.')
  })
})

describe('round AR: a row of a schedule table put off', () => {
  it('"| 3 | Tạm hoãn; thời gian đối thoại sẽ thông báo sau | … |": a session still, unscheduled (a cancelled row is none)', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch đối thoại với người khiếu nại tháng 11 năm 2033',
      'I. LỊCH ĐỐI THOẠI',
      '| STT | Thời gian | Người khiếu nại | Nội dung khiếu nại |',
      '|---|---|---|---|',
      '| 1 | 8 giờ 00, ngày 08/11/2033 | Ông Nguyễn Văn A | Khiếu nại việc thu hồi đất làm đường giao thông |',
      '| 2 | Không tổ chức | Bà Trần Thị B | Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất |',
      '| 3 | Tạm hoãn; thời gian đối thoại sẽ thông báo sau | Bà Lê Thị C | Khiếu nại quyết định bồi thường khi thu hồi đất |',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2033-11-08', '2033-11-08', 'Khiếu nại việc thu hồi đất làm đường giao thông'],
      ['unscheduled', null, null, 'Khiếu nại quyết định bồi thường khi thu hồi đất'],
    ])
  })
})

describe('round AR: a local kind of body over the places it is named after', () => {
  it.each([
    ['Bảo hiểm xã hội cơ sở: Đông Hà, Tây Hà và Nam Sơn', 'Bảo hiểm xã hội cơ sở'],
    ['Huyện ủy: Đông Hà, Tây Hà và Nam Sơn', 'Huyện ủy'],
  ])('"%s": one body per place, the kind before its name', (heading, kind) => {
    expect(bodyHeading(heading)?.bodies.map((b) => b.name)).toEqual([`${kind} Đông Hà`, `${kind} Tây Hà`, `${kind} Nam Sơn`])
  })

  it('"Ban Tiếp công dân huyện: Niêm yết …": the work after the colon, no list of places', () => {
    expect(bodyHeading('Ban Tiếp công dân huyện: Niêm yết công khai lịch đối thoại.')?.bodies.map((b) => b.name)).toEqual([
      'Ban Tiếp công dân huyện',
    ])
  })
})

describe('round AR: sessions by ordinal, a paragraph each, under a time label', () => {
  it('"Hội nghị thứ nhất … tháng 3. Chủ tịch … đối thoại với …" / "Hội nghị thứ hai đối thoại với … quý III": whom each is with', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại với thanh niên năm 2033',
      'II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
      '1. Thời gian, địa điểm, đối tượng',
      'Năm 2033, Chủ tịch UBND huyện tổ chức 02 hội nghị đối thoại với thanh niên.',
      'Hội nghị thứ nhất được tổ chức dự kiến trong tháng 3/2033, tại Hội trường Huyện ủy. Chủ tịch UBND huyện đối thoại với đoàn ' +
        'viên, thanh niên là học sinh về học tập, định hướng nghề nghiệp; số lượng khoảng 200 đại biểu.',
      'Hội nghị thứ hai đối thoại với thanh niên công nhân về việc làm, nhà ở, được tổ chức trong quý III/2033 tại Nhà văn hóa công nhân.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['month', '2033-03-01', '2033-03-31', 'Đối thoại với đoàn viên, thanh niên là học sinh về học tập, định hướng nghề nghiệp'],
      ['quarter', '2033-07-01', '2033-09-30', 'Đối thoại với thanh niên công nhân về việc làm, nhà ở'],
    ])
  })
})
