import { describe, expect, it } from 'vitest'
import { bodyHeading } from '../../src/importer/bodies.js'
import { readPlan } from '../../src/importer/read-plan.js'
import { datedByRuleOf as datedOf } from '../helpers/importer-draft.js'

// Round j of the importer's fixes (issue 11): each construct on a small input written here.

describe('a body of a place known by its number', () => {
  it('is bound to the session held in its place, not to one whose audience mentions it', () => {
    const text = [
      'KẾ HOẠCH',
      'tổ chức đối thoại năm 2025',
      'I. NỘI DUNG',
      '1. Đối thoại tại Phường 3',
      '- Chủ đề: Đối thoại với Nhân dân Phường 3 về chỉnh trang vỉa hè.',
      '- Thành phần: Ủy ban nhân dân Phường 3; các hộ dân.',
      '- Thời gian: ngày 12/5/2025.',
      '- Địa điểm: Hội trường Ủy ban nhân dân Phường 3.',
      '2. Đối thoại tại Phường 8',
      '- Chủ đề: Đối thoại với Nhân dân Phường 8 về thu gom rác thải.',
      '- Thành phần: Như hội nghị tại Phường 3.',
      '- Thời gian: ngày 20/8/2025.',
      '- Địa điểm: Nhà văn hóa Phường 8.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Đảng ủy các phường: 8 và 3',
      '- Tổng hợp kiến nghị của Nhân dân, gửi Ban Dân vận trước khi tổ chức hội nghị tại phường mình ít nhất 10 ngày.',
    ].join('\n')
    expect(datedOf(text)).toEqual([
      ['Đảng ủy phường 8', 'relative', '-10 days', 1],
      ['Đảng ủy phường 3', 'relative', '-10 days', 0],
    ])
  })
})

describe('the last session and a condition after "Trong quá trình thực hiện"', () => {
  const text = [
    'KẾ HOẠCH',
    'tổ chức đối thoại với sinh viên năm 2025',
    'I. LỊCH ĐỐI THOẠI',
    '1. Buổi thứ nhất: 8 giờ 00, ngày 10/3/2025, tại Hội trường A, đối thoại với sinh viên Khoa Kinh tế.',
    '2. Buổi thứ hai: thời gian sẽ thông báo sau, tại Hội trường B, đối thoại với sinh viên Khoa Luật.',
    '3. Buổi thứ ba: 14 giờ 00, ngày 24/3/2025, tại Hội trường C, đối thoại với sinh viên Khoa Sư phạm.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Đào tạo',
    '- Trình Hiệu trưởng ban hành thông báo kết luận chung trong vòng 05 ngày làm việc sau buổi đối thoại cuối cùng.',
    '2. Phòng Quản trị',
    'Bố trí hội trường theo lịch.',
    'Trong quá trình thực hiện, nếu có thay đổi về thời gian, Phòng Quản trị thông báo đến sinh viên ít nhất 02 ngày trước buổi đối thoại.',
  ].join('\n')

  it('counts "sau buổi đối thoại cuối cùng" from the last session with a time, and a change that may happen sets no date', () => {
    expect(datedOf(text)).toEqual([['Phòng Đào tạo', 'relative', '5 working_days', 2]])
  })
})

describe('a row of the schedule that only allows sessions when needed', () => {
  const text = [
    'KẾ HOẠCH',
    'tổ chức đối thoại năm 2025',
    'I. NỘI DUNG, THỜI GIAN',
    '| STT | Nội dung đối thoại | Thành phần | Thời gian | Địa điểm |',
    '|---|---|---|---|---|',
    '| 1 | Đối thoại về cấp giấy chứng nhận quyền sử dụng đất | Hộ dân | ngày 14/5/2025 | Hội trường UBND xã |',
    '| 2 | Đối thoại đột xuất | Theo vụ việc phát sinh | Khi cần thiết | Theo thông báo |',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng UBND xã',
    '- Phát hành giấy mời chậm nhất 05 ngày trước ngày đối thoại.',
  ].join('\n')

  it('is the ad-hoc clause, not a session, and no deadline counts from it', () => {
    const draft = readPlan(text)
    expect(draft.sessions.map((s) => [s.time.precision, s.time.start])).toEqual([['day', '2025-05-14']])
    expect(draft.plan.adHoc).toContain('Đối thoại đột xuất')
    expect(datedOf(text)).toEqual([['Văn phòng UBND xã', 'relative', '-5 days', 0]])
  })
})

describe('bodies a heading names by their kind', () => {
  it('"các sở, ngành: A; B; C" is one department per field, each with its kind', () => {
    expect(bodyHeading('Đề nghị các sở, ngành: Tài nguyên và Môi trường; Kế hoạch và Đầu tư; Xây dựng')?.bodies.map((b) => b.name)).toEqual(
      ['Sở Tài nguyên và Môi trường', 'Sở Kế hoạch và Đầu tư', 'Sở Xây dựng'],
    )
    expect(bodyHeading('Các sở: Tài chính, Công Thương và Văn hóa, Thể thao và Du lịch')?.bodies.map((b) => b.name)).toEqual([
      'Sở Tài chính',
      'Sở Công Thương',
      'Sở Văn hóa, Thể thao và Du lịch',
    ])
  })

  it('a list of bodies may end with one named by its kind alone ("Tỉnh Đoàn")', () => {
    expect(bodyHeading('Hội Nông dân tỉnh, Hội Cựu chiến binh tỉnh, Tỉnh Đoàn')?.bodies.map((b) => b.name)).toEqual([
      'Hội Nông dân tỉnh',
      'Hội Cựu chiến binh tỉnh',
      'Tỉnh Đoàn',
    ])
  })

  it('kinds in lower case after "các" are one group, not bodies', () => {
    expect(bodyHeading('Ban Thường vụ các huyện, thị đoàn và đoàn trực thuộc')?.bodies.map((b) => b.name)).toEqual([
      'Ban Thường vụ các huyện, thị đoàn và đoàn trực thuộc',
    ])
  })
})

describe('a conference and a forum in one plan, and a timetable line of two bodies', () => {
  const text = [
    'KẾ HOẠCH',
    'tổ chức hội nghị đối thoại và diễn đàn thanh niên năm 2025',
    'I. NỘI DUNG',
    '1. Hội nghị đối thoại giữa Chủ tịch UBND huyện với thanh niên năm 2025',
    '– Chủ đề: Thanh niên với chuyển đổi số.',
    '– Thời gian: ngày 25/3/2025.',
    '– Địa điểm: Hội trường UBND huyện.',
    '2. Diễn đàn "Thanh niên khởi nghiệp"',
    '– Nội dung: Bí thư Huyện Đoàn đối thoại với thanh niên nông thôn về vốn vay.',
    '– Thời gian: ngày 12/9/2025.',
    'II. TIẾN ĐỘ THỰC HIỆN',
    '– Trong vòng 07 ngày sau Hội nghị: Ban Tổ chức Huyện Đoàn tổng hợp các kiến nghị chưa được trả lời.',
    '– Trước Diễn đàn ít nhất 05 ngày: Ban Tổ chức Huyện Đoàn hoàn thành tài liệu; Văn phòng Huyện Đoàn đăng tải thông tin về Diễn đàn.',
  ].join('\n')

  it(
    'counts "sau Hội nghị" from the conference alone, "Trước Diễn đàn" from the forum its ' + 'heading names, for each body of the line',
    () => {
      expect(datedOf(text)).toEqual([
        ['Ban Tổ chức Huyện Đoàn', 'relative', '7 days', 0],
        ['Ban Tổ chức Huyện Đoàn', 'relative', '-5 days', 1],
        ['Văn phòng Huyện Đoàn', 'relative', '-5 days', 1],
      ])
    },
  )
})

describe('a timetable line whose deadline is long, counted from the programme it names', () => {
  const text = [
    'KẾ HOẠCH',
    'tổ chức đối thoại với thanh niên năm 2025',
    'I. NỘI DUNG',
    '1. Chương trình đối thoại cấp tỉnh',
    '- Nội dung: Thanh niên với chuyển đổi số.',
    '- Thời gian: ngày 22/3/2025.',
    '2. Đối thoại với thanh niên công nhân',
    '- Nội dung: Việc làm, nhà ở xã hội.',
    '- Thời gian: ngày 15/7/2025.',
    'II. TIẾN ĐỘ THỰC HIỆN',
    '- Trong thời hạn 07 ngày làm việc kể từ ngày kết thúc Chương trình đối thoại cấp tỉnh: ' +
      'Văn phòng Tỉnh Đoàn tổng hợp ý kiến chưa được trả lời.',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng Tỉnh Đoàn',
    '- Bảo đảm kinh phí, hậu cần.',
  ].join('\n')

  it("is the named body's task on the programme alone", () => {
    expect(datedOf(text)).toEqual([['Văn phòng Tỉnh Đoàn', 'relative', '7 working_days', 0]])
  })
})
