import { describe, expect, it } from 'vitest'
import { cleanLines } from '../../src/importer/normalize.js'
import { readPlan } from '../../src/importer/read-plan.js'

// Round E of the unseen plans (issue 11): constructs they shared that the importer missed, each on a small input
// written here.

const sessionsOf = (text: string) => readPlan(text).sessions.map((s) => [s.time.precision, s.time.start, s.time.end, s.topic])
const datedOf = (text: string) =>
  readPlan(text)
    .tasks.filter((t) => t.deadline.kind !== 'none')
    .map((t) => [t.lead, t.deadline.kind, t.deadline.due ?? `${t.deadline.offset} ${t.deadline.unit}`, t.session])

describe('a table a PDF export laid out in columns of spaces', () => {
  const table = [
    'TT    Thời gian              Nội dung                          Địa điểm',
    ' 1    9 giờ 00, thứ Hai,     Đối thoại với tiểu thương         Nhà văn hóa',
    '      ngày 06/5/2030         chợ Trung tâm                     khu phố 2',
    ' 2    14 giờ 00,             Đối thoại với các hộ dân          Hội trường UBND',
    '      ngày 08/5/2030         khu tái định cư                   xã',
    '                             Bắc Sơn',
    '',
    '                                                                          3',
    'III. TỔ CHỨC THỰC HIỆN',
  ]

  it('becomes pipe rows, each piece of a line in the column it starts under', () => {
    expect(cleanLines(table.join('\n')).map((l) => l.cells)).toEqual([
      ['TT', 'Thời gian', 'Nội dung', 'Địa điểm'],
      ['1', '9 giờ 00, thứ Hai, ngày 06/5/2030', 'Đối thoại với tiểu thương chợ Trung tâm', 'Nhà văn hóa khu phố 2'],
      ['2', '14 giờ 00, ngày 08/5/2030', 'Đối thoại với các hộ dân khu tái định cư Bắc Sơn', 'Hội trường UBND xã'],
      null,
    ])
  })

  it('gives one session a row', () => {
    const plan = ['KẾ HOẠCH', 'Tổ chức đối thoại năm 2030', 'I. LỊCH ĐỐI THOẠI', ...table, '1. Văn phòng UBND xã gửi giấy mời.']
    expect(sessionsOf(plan.join('\n'))).toEqual([
      ['day', '2030-05-06', '2030-05-06', 'Đối thoại với tiểu thương chợ Trung tâm'],
      ['day', '2030-05-08', '2030-05-08', 'Đối thoại với các hộ dân khu tái định cư Bắc Sơn'],
    ])
  })

  it('leaves lines of two columns that open with no row number as they are', () => {
    const text = 'STT     Họ và tên\nCông việc được giao    thường xuyên'
    expect(cleanLines(text).every((l) => l.cells === null)).toBe(true)
  })
})

export { datedOf }
