import { describe, expect, it } from 'vitest'
import { readPlan } from '../../src/importer/read-plan.js'

// Round ci of the importer's fixes (issue 11): each construct on a small input written here.

describe('sessions headed only by their half-year, a task before the second named by it', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại giữa Giám đốc Trung tâm với viên chức, người lao động các trạm trực thuộc năm 2031',
    'I. THỜI GIAN, ĐỊA ĐIỂM',
    '1. Đối thoại 6 tháng đầu năm',
    '- Thời gian: 14 giờ 00, ngày 19/6/2031.',
    '- Địa điểm: Hội trường Trung tâm.',
    '2. Đối thoại 6 tháng cuối năm',
    '- Thời gian: 08 giờ 00, ngày 13/11/2031.',
    '- Địa điểm: Hội trường Trung tâm.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Hành chính',
    '- Chuẩn bị đường truyền tại các điểm cầu, trước đối thoại 6 tháng cuối năm ít nhất 02 ngày làm việc.',
  ].join('\n')

  it("gives each the plan's subject, not the half-year's heading", () => {
    const topic = 'Đối thoại giữa Giám đốc Trung tâm với viên chức, người lao động các trạm trực thuộc'
    expect(readPlan(text).sessions.map((s) => [s.time.start, s.topic.startsWith(topic)])).toEqual([
      ['2031-06-19', true],
      ['2031-11-13', true],
    ])
  })

  it('counts the task from the session of the half-year it names only', () => {
    const dated = readPlan(text).tasks.filter((t) => t.deadline.kind === 'relative')
    expect(dated.map((t) => [t.lead, t.deadline.offset, t.deadline.unit, t.session])).toEqual([['Phòng Hành chính', -2, 'working_days', 1]])
  })
})

describe('sessions under a combined label named only by the kind and where they are held', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức Hội nghị đối thoại với Nhân dân về công tác thu gom rác thải sinh hoạt năm 2031',
    'II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
    '1. Nội dung: Thông tin tình hình thu gom, xử lý rác thải trên địa bàn.',
    '2. Thời gian, địa điểm:',
    'a) Hội nghị tại cụm xã Đông, Tây: 08 giờ 00, ngày 17/4/2031, tại Hội trường UBND xã Đông.',
    'b) Hội nghị tại cụm xã Nam, Bắc: Dự kiến tháng 5/2031, tại Hội trường UBND xã Nam.',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng',
    '- Chuẩn bị giấy mời.',
  ].join('\n')

  it("gives each the plan's subject for its place", () => {
    const subject = 'Hội nghị đối thoại với Nhân dân về công tác thu gom rác thải sinh hoạt'
    expect(readPlan(text).sessions.map((s) => [s.time.start, s.topic])).toEqual([
      ['2031-04-17', `${subject} (cụm xã Đông, Tây)`],
      ['2031-05-01', `${subject} (cụm xã Nam, Bắc)`],
    ])
  })
})

describe('two bodies in one line, each place sending its report by a day of its own', () => {
  const text = [
    'THÔNG BÁO',
    'Điều chỉnh lịch đối thoại của Chủ tịch UBND tỉnh với Nhân dân các xã năm 2031',
    '1. Lịch đối thoại',
    '- Đối thoại với Nhân dân xã Đông về giao đất, giao rừng: 14 giờ 00, ngày 15/5/2031, tại Hội trường UBND xã Đông.',
    '- Đối thoại với Nhân dân xã Tây về du lịch cộng đồng: 08 giờ 00, ngày 18/9/2031, tại Hội trường UBND xã Tây.',
    '2. Thời hạn báo cáo',
    '- Ủy ban nhân dân xã Đông và Ủy ban nhân dân xã Tây thực hiện theo thời hạn đã nêu: xã Đông gửi báo ' +
      'cáo trước ngày 30/4/2031; xã Tây gửi báo cáo trước ngày 15/8/2031.',
  ].join('\n')

  it('gives each day to the body of the place its clause opens with', () => {
    const dated = readPlan(text).tasks.filter((t) => t.deadline.kind === 'absolute')
    expect(dated.map((t) => [t.lead, t.deadline.due])).toEqual([
      ['Ủy ban nhân dân xã Đông', '2031-04-29'],
      ['Ủy ban nhân dân xã Tây', '2031-08-14'],
    ])
  })
})
