import { describe, expect, it } from 'vitest'
import { readPlan } from '../../src/importer/read-plan.js'

// Round F of the unseen plans (issue 11): constructs they shared that the importer missed, each on a small input
// written here.

const datedOf = (text: string) =>
  readPlan(text)
    .tasks.filter((t) => t.deadline.kind !== 'none')
    .map((t) => [t.lead, t.deadline.kind, t.deadline.due ?? `${t.deadline.offset} ${t.deadline.unit}`, t.session])

describe('a heading "ĐỀ NGHỊ CÁC ĐƠN VỊ:" over who does what', () => {
  const plan = [
    'THÔNG BÁO',
    'Lịch đối thoại với doanh nghiệp năm 2031',
    'Phòng Tổng hợp thông báo lịch như sau:',
    '1/ Hội nghị đối thoại với doanh nghiệp khu công nghiệp: 8h00 ngày 14/5/2031, hội trường Cục.',
    'ĐỀ NGHỊ CÁC ĐƠN VỊ:',
    '- Chi cục Thuế khu vực I: gửi danh sách doanh nghiệp trước ngày 05/5.',
    '- Phòng Tin học: đăng giấy mời lên trang thông tin điện tử chậm nhất ngày 06/5.',
    'Đề nghị các đơn vị nghiêm túc thực hiện.',
  ]

  it('is part of the body: its items are tasks', () => {
    expect(datedOf(plan.join('\n'))).toEqual([
      ['Chi cục Thuế khu vực I', 'absolute', '2031-05-04', null],
      ['Phòng Tin học', 'absolute', '2031-05-06', null],
    ])
  })

  it('while the closing sentence "Đề nghị các đơn vị …" still ends the body', () => {
    const closing = [...plan.slice(0, 4), 'Đề nghị các đơn vị nghiêm túc thực hiện.', ...plan.slice(4)]
    expect(datedOf(closing.join('\n'))).toEqual([])
  })
})
