import { describe, expect, it } from 'vitest'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Round CO of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round CO: a timetable of preparation steps, "Thời gian | Nội dung công việc", with no row numbers', () => {
  const plan = (table: string[]) =>
    [
      'ỦY BAN NHÂN DÂN HUYỆN A',
      'Số: 12/KH-UBND                                A, ngày 02 tháng 3 năm 2031',
      '',
      'KẾ HOẠCH',
      'Tổ chức hội nghị đối thoại giữa Chủ tịch UBND huyện với Nhân dân xã B năm 2031',
      '',
      'I. NỘI DUNG',
      '1. Thời gian, địa điểm: theo tiến độ tại Mục II.',
      '',
      'II. TIẾN ĐỘ THỰC HIỆN',
      '',
      ...table,
      '',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Tài chính - Kế hoạch bố trí kinh phí tổ chức hội nghị.',
    ].join('\n')
  // A PDF export laid out in columns of spaces: each cell wrapped at its column, the time's cell too ("8 giờ 00, ngày" /
  // "12/4 (thứ Năm)").
  const laidOut = [
    'Thời gian            Nội dung công việc',
    '',
    'Trước ngày 20/3      UBND xã B chủ trì, phối hợp với Ủy ban MTTQ xã tổng hợp',
    '                     ý kiến của Nhân dân, gửi Văn phòng HĐND và UBND huyện.',
    '',
    'Ngày 05/4            Văn phòng HĐND và UBND huyện phát hành giấy mời; UBND xã',
    '                     B thông báo trên hệ thống truyền thanh xã.',
    '',
    'Ngày 10/4            Văn phòng HĐND và UBND huyện báo cáo Chủ tịch UBND huyện',
    '                     kịch bản điều hành hội nghị.',
    '',
    '8 giờ 00, ngày       Tổ chức hội nghị đối thoại giữa Chủ tịch UBND huyện với',
    '12/4 (thứ Năm)       Nhân dân xã B về đất đai, tại Hội trường UBND xã B.',
    '',
    'Trong 05 ngày làm    Văn phòng HĐND và UBND huyện dự thảo Thông báo kết luận,',
    'việc sau hội nghị    trình ký ban hành.',
  ]
  const piped = [
    '| Thời gian | Nội dung công việc |',
    '|---|---|',
    '| Trước ngày 20/3 | UBND xã B chủ trì, phối hợp với Ủy ban MTTQ xã tổng hợp ý kiến của Nhân dân, gửi Văn phòng HĐND và UBND huyện. |',
    '| Ngày 05/4 | Văn phòng HĐND và UBND huyện phát hành giấy mời; UBND xã B thông báo trên hệ thống truyền thanh xã. |',
    '| Ngày 10/4 | Văn phòng HĐND và UBND huyện báo cáo Chủ tịch UBND huyện kịch bản điều hành hội nghị. |',
    '| 8 giờ 00, ngày 12/4 (thứ Năm) | Tổ chức hội nghị đối thoại giữa Chủ tịch UBND huyện với ' +
      'Nhân dân xã B về đất đai, tại Hội trường UBND xã B. |',
    '| Trong 05 ngày làm việc sau hội nghị | Văn phòng HĐND và UBND huyện dự thảo Thông báo kết luận, trình ký ban hành. |',
  ]
  it.each([
    ['laid out in columns of spaces', laidOut],
    ['as a table', piped],
  ])('%s: the conference row is the one session, each other row a task of the body its work opens with', (_, table) => {
    const text = plan(table)
    expect(sessionsOf(text).map(([precision, start]) => [precision, start])).toEqual([['day', '2031-04-12']])
    expect(datedByRuleOf(text)).toEqual([
      ['UBND xã B', 'absolute', '2031-03-19', null],
      ['Văn phòng HĐND và UBND huyện', 'absolute', '2031-04-05', null],
      ['UBND xã B', 'absolute', '2031-04-05', null],
      ['Văn phòng HĐND và UBND huyện', 'absolute', '2031-04-10', null],
      ['Văn phòng HĐND và UBND huyện', 'relative', '5 working_days', 0],
    ])
  })
  it('flattened into lines "time: work", the steps are tasks too and no sessions; the conference line stays the session', () => {
    const text = plan(piped.slice(2).map((row) => `- ${row.slice(2, -2).replace(' | ', ': ')}`))
    expect(sessionsOf(text).map(([precision, start]) => [precision, start])).toEqual([['day', '2031-04-12']])
    expect(datedByRuleOf(text).map(([lead, , due]) => [lead, due])).toEqual([
      ['UBND xã B', '2031-03-19'],
      ['Văn phòng HĐND và UBND huyện', '2031-04-05'],
      ['UBND xã B', '2031-04-05'],
      ['Văn phòng HĐND và UBND huyện', '2031-04-10'],
      ['Văn phòng HĐND và UBND huyện', '5 working_days'],
    ])
  })
})
