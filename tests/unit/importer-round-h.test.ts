import { describe, expect, it } from 'vitest'
import { readPlan } from '../../src/importer/read-plan.js'
import { sessionsOf, datedOf } from '../helpers/importer-draft.js'

// Round H of the unseen plans (issue 11): constructs they shared that the importer missed, each on a small input
// written here.

describe('a talk before the dialogue the plan is titled for', () => {
  const plan = [
    'KẾ HOẠCH',
    'Tổ chức Chương trình đối thoại giữa Chủ tịch UBND huyện với thanh niên năm 2031',
    'Ban Thường vụ Huyện đoàn xây dựng Kế hoạch tổ chức Chương trình đối thoại giữa Chủ tịch UBND huyện với thanh niên, cụ thể như sau:',
    'I. CÁC HOẠT ĐỘNG',
    '1. Tọa đàm "Thanh niên hỏi - Huyện đoàn trả lời"',
    'Bí thư Huyện đoàn trao đổi trực tuyến với đoàn viên, vào lúc 20 giờ 00, ngày 10/4/2031.',
    '2. Chương trình đối thoại giữa Chủ tịch UBND huyện với thanh niên',
    '- Thời gian: 14 giờ 00, ngày 20/4/2031.',
    '- Địa điểm: Hội trường UBND huyện.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng Huyện đoàn',
    '- Gửi các phòng, ban chuẩn bị nội dung trả lời chậm nhất 05 ngày trước ngày tổ chức Chương trình đối thoại.',
  ].join('\n')

  it('keeps the order of the items, not of the preamble that names the second', () => {
    expect(sessionsOf(plan)).toEqual([
      ['day', '2031-04-10', '2031-04-10', 'Tọa đàm "Thanh niên hỏi - Huyện đoàn trả lời"'],
      ['day', '2031-04-20', '2031-04-20', 'Chương trình đối thoại giữa Chủ tịch UBND huyện với thanh niên'],
    ])
  })

  it('gives a deadline counted from "Chương trình đối thoại" to the dialogue only', () => {
    expect(datedOf(plan)).toEqual([['Văn phòng Huyện đoàn', 'relative', '2031-04-15', 1]])
  })
})

describe('an item naming dialogues that bodies of a kind are each to hold', () => {
  it('is their work, not a session of the plan', () => {
    const plan = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại giữa Chủ tịch UBND tỉnh với thanh niên năm 2031',
      'I. CÁC HOẠT ĐỘNG',
      '1. Đối thoại cấp tỉnh',
      '- Thời gian: 8 giờ 00, ngày 12/5/2031.',
      '2. Đối thoại cấp huyện',
      'UBND các huyện, thành phố phối hợp với huyện đoàn tổ chức đối thoại với thanh niên trên địa bàn.',
    ].join('\n')
    expect(sessionsOf(plan)).toEqual([['day', '2031-05-12', '2031-05-12', 'Đối thoại cấp tỉnh']])
  })

  it('is a session to schedule when one body is to hold it', () => {
    const plan = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại năm 2031',
      'I. NỘI DUNG',
      '1. Đối thoại với hội viên nông dân',
      'Hội Nông dân huyện chủ trì, phối hợp tổ chức; thời gian sẽ thông báo sau.',
    ].join('\n')
    expect(sessionsOf(plan)).toEqual([['unscheduled', null, null, 'Đối thoại với hội viên nông dân']])
  })
})

describe('a reception open every working day beside the days of a schedule', () => {
  it('is no session', () => {
    const notice = [
      'THÔNG BÁO',
      'Lịch tiếp công dân định kỳ của Chủ tịch UBND phường quý I năm 2031',
      '1. Tiếp công dân định kỳ',
      'Chủ tịch UBND phường tiếp công dân vào các ngày 09/01/2031 và 13/02/2031.',
      '2. Tiếp công dân thường xuyên',
      'Văn phòng UBND phường bố trí công chức tiếp công dân tại trụ sở vào các ngày làm việc trong tuần.',
    ].join('\n')
    expect(sessionsOf(notice).map((s) => s[1])).toEqual(['2031-01-09', '2031-02-13'])
  })
})

describe('a body that works with another and sends that one its work', () => {
  const plan = (line: string) =>
    [
      'KẾ HOẠCH',
      'Tổ chức đối thoại năm 2031',
      'I. TỔ CHỨC THỰC HIỆN',
      '1. Ban Tuyên giáo Huyện ủy: Chuẩn bị đề cương, hoàn thành trước ngày 02/5/2031.',
      `2. Phòng Văn hóa huyện: ${line}`,
    ].join('\n')

  it('leads it: the other receives it', () => {
    const line = 'Phối hợp với Ban Tuyên giáo Huyện ủy lập danh sách đại biểu, gửi Ban Tuyên giáo Huyện ủy trước ngày 10/5/2031.'
    expect(datedOf(plan(line))).toEqual([
      ['Ban Tuyên giáo Huyện ủy', 'absolute', '2031-05-01', null],
      ['Phòng Văn hóa huyện', 'absolute', '2031-05-09', null],
    ])
  })

  it('helps when the other is not who receives it', () => {
    const line = 'Phối hợp với Ban Tuyên giáo Huyện ủy chuẩn bị tài liệu, hoàn thành trước ngày 10/5/2031.'
    expect(datedOf(plan(line))).toEqual([
      ['Ban Tuyên giáo Huyện ủy', 'absolute', '2031-05-01', null],
      ['Ban Tuyên giáo Huyện ủy', 'absolute', '2031-05-09', null],
    ])
  })
})

describe("a ward's committee when another session's audience names a market of that ward's name", () => {
  it('is bound to the session of the ward', () => {
    const plan = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại năm 2031',
      'I. NỘI DUNG',
      '1. Hội nghị đối thoại thứ nhất',
      '- Chủ đề: Đối thoại với tiểu thương chợ Tân Phú, chợ Bình Minh về sắp xếp chợ.',
      '- Thời gian: ngày 15/4/2031.',
      '2. Hội nghị đối thoại thứ hai',
      '- Chủ đề: Đối thoại với Nhân dân phường Bình Minh về bồi thường, tái định cư.',
      '- Thời gian: ngày 20/7/2031.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Đảng ủy phường Bình Minh: báo cáo tình hình gửi Ban Dân vận trước khi tổ chức đối thoại ít nhất 15 ngày.',
    ].join('\n')
    expect(datedOf(plan)).toEqual([['Đảng ủy phường Bình Minh', 'relative', '2031-07-04', 1]])
  })
})

describe("a report on one quarter's periodic receptions", () => {
  const plan = (words: string) =>
    ['THÔNG BÁO', 'Lịch tiếp công dân quý II/2031', '1. Tổ chức thực hiện', `a) Văn phòng UBND tỉnh: ${words}`].join('\n')
  const due = (words: string) => readPlan(plan(words)).tasks.map((t) => [t.deadline.kind, t.deadline.due])

  it('is due once when it names its quarter', () => {
    expect(due('tổng hợp kết quả tiếp công dân định kỳ quý II/2031, báo cáo Chủ tịch UBND tỉnh trước ngày 15/7/2031.')).toEqual([
      ['absolute', '2031-07-14'],
    ])
  })

  it('recurs when it is every quarter', () => {
    expect(due('tổng hợp kết quả tiếp công dân định kỳ quý, báo cáo Chủ tịch UBND tỉnh trước ngày 15/7/2031.')[0]?.[0]).toBe('periodic')
  })
})

describe('a body given work that opens with "xem xét"', () => {
  it('is named without the verb', () => {
    const notice = [
      'THÔNG BÁO',
      'Kết luận của Chủ tịch UBND huyện tại buổi đối thoại với các hộ dân',
      '1. Về đơn kiến nghị của bà Nguyễn Thị B: Giao Thanh tra huyện xem xét, trả lời bằng văn bản trước ngày 06/10/2031.',
    ].join('\n')
    expect(datedOf(notice)).toEqual([['Thanh tra huyện', 'absolute', '2031-10-05', null]])
  })
})
