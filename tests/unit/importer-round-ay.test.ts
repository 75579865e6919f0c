import { describe, expect, it } from 'vitest'
import { labelledOf } from '../../src/importer/fields.js'
import { datedOf, sessionsOf } from '../helpers/importer-draft.js'

// Round AY of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round AY: a label whose comma parts a qualifier from its label, "Ngày tiếp công dân, đối thoại"', () => {
  it.each([
    ['Ngày tiếp công dân, đối thoại', ['time']],
    ['Địa điểm tiếp công dân, đối thoại', ['venue']],
    ['Thời gian, địa điểm', ['time', 'venue']],
  ])('"%s" is a label of %j', (label, fields) => {
    expect(labelledOf(label)?.fields).toEqual(fields)
  })

  it('a schedule with a column "Tháng" beside it: each row\'s day is a session, the rule counted from each', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân phường quý I năm 2034',
      '1. Thời gian, địa điểm',
      'Chủ tịch Ủy ban nhân dân phường tiếp công dân vào ngày thứ Ba tuần đầu hằng tháng. Lịch cụ thể:',
      'STT\tTháng\tNgày tiếp công dân, đối thoại\tĐịa điểm\tGhi chú',
      '1\t01/2034\tThứ Ba, 03/01/2034\tTrụ sở Ủy ban nhân dân phường\t',
      '2\t02/2034\tThứ Ba, 14/02/2034\tTrụ sở Ủy ban nhân dân phường\tLùi do nghỉ Tết',
      '2. Tổ chức thực hiện',
      'a) Văn phòng Ủy ban nhân dân phường: Tổng hợp đơn thư, báo cáo Chủ tịch chậm nhất 02 ngày làm việc trước mỗi buổi tiếp công dân.',
    ].join('\n')
    expect(sessionsOf(text).map((s) => s.slice(0, 3))).toEqual([
      ['day', '2034-01-03', '2034-01-03'],
      ['day', '2034-02-14', '2034-02-14'],
    ])
    expect(datedOf(text).map((t) => t[3])).toEqual([0, 1])
  })
})

describe('round AY: a "Tháng" column with no other time column beside it', () => {
  it('"| 1 | 03/2034 | Đối thoại với Nhân dân thôn A về … |": each row a session in its month', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại của Chủ tịch Ủy ban nhân dân xã với Nhân dân năm 2034',
      'II. NỘI DUNG',
      '1. Lịch đối thoại',
      'STT\tTháng\tNội dung đối thoại\tĐịa điểm',
      '1\t03/2034\tĐối thoại với Nhân dân thôn Đông về làm đường giao thông\tNhà văn hóa thôn Đông',
      '2\t9/2034\tĐối thoại với Nhân dân thôn Tây về cấp nước sạch\tNhà văn hóa thôn Tây',
      'III. TỔ CHỨC THỰC HIỆN',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['month', '2034-03-01', '2034-03-31', 'Đối thoại với Nhân dân thôn Đông về làm đường giao thông'],
      ['month', '2034-09-01', '2034-09-30', 'Đối thoại với Nhân dân thôn Tây về cấp nước sạch'],
    ])
  })

  it('"| 01/2034 | Thứ Ba, 03/01/2034 |" under a header not read as a time ("Ngày làm việc"): the day that cell gives', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân phường năm 2034',
      '1. Lịch cụ thể',
      'STT\tTháng\tNgày làm việc\tĐịa điểm',
      '1\t01/2034\tThứ Ba, 03/01/2034\tTrụ sở Ủy ban nhân dân phường',
      '2\t02/2034\tThứ Ba, 14/02/2034\tTrụ sở Ủy ban nhân dân phường',
      '2. Tổ chức thực hiện',
    ].join('\n')
    expect(sessionsOf(text).map((s) => s.slice(0, 3))).toEqual([
      ['day', '2034-01-03', '2034-01-03'],
      ['day', '2034-02-14', '2034-02-14'],
    ])
  })
})
