import { describe, expect, it } from 'vitest'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Round AX of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round AX: a PDF layout table whose header labels wrap over two lines', () => {
  it('"Thời gian theo Kế" / "hoạch số 12/KH-UBND", "Thời gian điều" / "chỉnh": the new time is the session, a cancelled row none', () => {
    const text = [
      'KẾ HOẠCH',
      'Điều chỉnh thời gian tổ chức đối thoại năm 2033',
      'I. NỘI DUNG ĐIỀU CHỈNH',
      '',
      ' STT      Hội nghị đối thoại         Thời gian theo Kế     Thời gian điều     Ghi chú',
      '                                      hoạch số 12/KH-UBND   chỉnh',
      '',
      '  1    Đối thoại với Nhân dân xã    Tháng 9/2033          14 giờ 00, ngày    Tổ chức sớm',
      '       Bắc Hà về quản lý chợ                              20/7/2033          hơn',
      '',
      '  2    Đối thoại với Nhân dân xã    Tháng 11/2033         Không tổ chức      Đã giải quyết',
      '       Nam Hà về cấp nước sạch',
      '',
      'II. TỔ CHỨC THỰC HIỆN',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([['day', '2033-07-20', '2033-07-20', 'Đối thoại với Nhân dân xã Bắc Hà về quản lý chợ']])
  })
})

describe('round AX: a second round after a schedule, "Đợt 2: Tổ chức 01 hội nghị đối thoại …"', () => {
  it('the round is a session whose topic is the dialogue, without its number or how many it holds', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại giữa Chủ tịch UBND xã với Nhân dân tại các thôn năm 2033',
      'II. NỘI DUNG',
      '1. Thời gian, địa điểm',
      'Đợt 1: Tổ chức tại 02 thôn, theo lịch cụ thể như sau:',
      'STT\tThôn\tThời gian\tĐịa điểm',
      '1\tĐông Lâm\t19 giờ 30, ngày 05/4/2033\tNhà văn hóa thôn Đông Lâm',
      '2\tTây Lâm\t19 giờ 30, ngày 07/4/2033\tNhà văn hóa thôn Tây Lâm',
      'Đợt 2: Tổ chức 01 hội nghị đối thoại chung với đại diện Nhân dân các thôn còn lại tại ' +
        'Hội trường UBND xã, dự kiến trong quý III/2033.',
      'III. TỔ CHỨC THỰC HIỆN',
    ].join('\n')
    expect(sessionsOf(text).at(-1)).toEqual([
      'quarter',
      '2033-07-01',
      '2033-09-30',
      'Hội nghị đối thoại chung với đại diện Nhân dân các thôn còn lại',
    ])
  })
})

describe('round AX: a deadline counted from the session held at a named place, after a round named by its number', () => {
  it('"… đối với đợt 1, trình ký trong 05 ngày làm việc kể từ ngày kết thúc buổi đối thoại tại thôn Tây Lâm": that session', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại giữa Chủ tịch UBND xã với Nhân dân tại các thôn năm 2033',
      'II. NỘI DUNG',
      '1. Thời gian, địa điểm',
      'Đợt 1: Tổ chức tại 03 thôn, theo lịch cụ thể như sau:',
      'STT\tThôn\tThời gian\tĐịa điểm',
      '1\tĐông Lâm\t19 giờ 30, ngày 05/4/2033\tNhà văn hóa thôn Đông Lâm',
      '2\tNam Lâm\t19 giờ 30, ngày 07/4/2033\tNhà văn hóa thôn Nam Lâm',
      '3\tTây Lâm\t19 giờ 30, ngày 12/4/2033\tNhà văn hóa thôn Tây Lâm',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng UBND xã',
      '- Dự thảo Thông báo kết luận đối với đợt 1, trình ký trong thời hạn 05 ngày làm việc kể ' +
        'từ ngày kết thúc buổi đối thoại tại thôn Tây Lâm.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([['Văn phòng UBND xã', 'relative', '5 working_days', 2]])
  })
})
