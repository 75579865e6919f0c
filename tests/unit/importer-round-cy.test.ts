import { describe, expect, it } from 'vitest'
import { readPlan } from '../../src/importer/read-plan.js'

// Round cy (issue 11): small inputs written here, none taken from the documents measured.

describe('a schedule a park a row, beside who helps', () => {
  const text = [
    'KẾ HOẠCH',
    'Đối thoại với công nhân tại các khu công nghiệp năm 2027',
    'II. THỜI GIAN',
    'STT | Khu công nghiệp | Thời gian | Đơn vị phối hợp',
    '1 | Khu công nghiệp Bắc Sơn | 8 giờ 00, ngày 10/6/2027 | Ban Quản lý các khu công nghiệp',
    '2 | Khu công nghiệp Nam Hà | Dự kiến tháng 8/2027 | UBND huyện A',
    'III. TỔ CHỨC THỰC HIỆN',
    'STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành',
    '1 | Tổng hợp ý kiến của công nhân | Phòng Lao động | Văn phòng Sở | Chậm nhất 03 ngày làm việc trước mỗi buổi đối thoại',
  ].join('\n')

  it('reads each row as a session named by its park, and binds each task to every session', () => {
    const draft = readPlan(text)
    expect(draft.sessions.map((s) => [s.time.precision, s.time.start])).toEqual([
      ['day', '2027-06-10'],
      ['month', '2027-08-01'],
    ])
    expect(draft.sessions.every((s) => s.topic.includes('Khu công nghiệp'))).toBe(true)
    expect(draft.tasks.map((t) => [t.lead, t.session, t.deadline.due])).toEqual([
      ['Phòng Lao động', 0, '2027-06-07'],
      ['Phòng Lao động', 1, '2027-07-28'],
    ])
  })

  it('keeps a table of tasks with a unit column and a lead no schedule', () => {
    const draft = readPlan(
      [
        'KẾ HOẠCH',
        'Đối thoại với công nhân năm 2027',
        'III. TỔ CHỨC THỰC HIỆN',
        'STT | Khu công nghiệp | Đơn vị thực hiện | Thời gian',
        '1 | Khu công nghiệp Bắc Sơn | Phòng Lao động | Trước ngày 10/6/2027',
      ].join('\n'),
    )
    expect(draft.sessions).toEqual([])
  })
})

describe('a body named with the annex that lists which of them', () => {
  it('reads "… có tên trong Phụ lục" as the body, its items its tasks', () => {
    const draft = readPlan(
      [
        'KẾ HOẠCH',
        'Giám sát việc tổ chức đối thoại năm 2027',
        'III. TỔ CHỨC THỰC HIỆN',
        '1. Ban Thường trực Ủy ban MTTQ các xã, phường có tên trong Phụ lục',
        '- Báo cáo kết quả giám sát trước ngày 15/6/2027.',
      ].join('\n'),
    )
    expect(draft.tasks.map((t) => [t.lead, t.deadline.due])).toEqual([['Ban Thường trực Ủy ban MTTQ các xã, phường', '2027-06-14']])
  })
})

describe('a conclusion whose body opens with finding the money', () => {
  it('ends the name before "cân đối"', () => {
    const draft = readPlan(
      [
        'THÔNG BÁO',
        'Kết luận tại Hội nghị đối thoại với người lao động năm 2027',
        '2. Các nhiệm vụ cần thực hiện',
        'a) Phòng Tài chính cân đối kinh phí sửa chữa nhà ăn, hội trường và khu làm việc, báo cáo Giám đốc trước ngày 20/9/2027;' +
          ' phối hợp với Văn phòng tổ chức tập huấn.',
      ].join('\n'),
    )
    expect(draft.tasks.map((t) => [t.lead, t.deadline.due])).toEqual([['Phòng Tài chính', '2027-09-19']])
  })
})
