import { describe, expect, it } from 'vitest'
import { datedByRuleOf as datedOf, timesOf } from '../helpers/importer-draft.js'

// Round n of the importer's fixes (issue 11): each construct on a small input written here.

describe('a list of deadlines after "trước ngày"', () => {
  const text = [
    'KẾ HOẠCH',
    'tổ chức hội nghị đối thoại với Nhân dân năm 2027',
    'I. NỘI DUNG, THỜI GIAN',
    '1. Hội nghị thứ nhất',
    '- Nội dung: Đối thoại với Nhân dân về chỉnh trang đô thị.',
    '- Thời gian: ngày 20/4/2027.',
    '2. Hội nghị thứ hai',
    '- Nội dung: Đối thoại với hộ kinh doanh về an toàn thực phẩm.',
    '- Thời gian: tháng 10/2027.',
    'PHỤ LỤC',
    '1. ỦY BAN MTTQ VIỆT NAM XÃ',
    '+ Định kỳ hằng quý, tổng hợp kiến nghị của Nhân dân, gửi Thường trực Đảng ủy trước ngày 20/3, 20/6, 20/9 và 20/12/2027.',
    '+ Giám sát việc thực hiện thông báo kết luận.',
  ].join('\n')

  it('makes every day of the list a deadline, none of them a session', () => {
    expect(timesOf(text)).toEqual([
      ['day', '2027-04-20', '2027-04-20'],
      ['month', '2027-10-01', '2027-10-31'],
    ])
    expect(datedOf(text).map(([, kind, due]) => [kind, due])).toEqual([
      ['periodic', '2027-03-19'],
      ['periodic', '2027-06-19'],
      ['periodic', '2027-09-19'],
      ['periodic', '2027-12-19'],
    ])
  })
})
