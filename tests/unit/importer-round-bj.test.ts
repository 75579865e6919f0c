import { describe, expect, it } from 'vitest'
import { datedByRuleOf } from '../helpers/importer-draft.js'

// Round BJ of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.
describe('round BJ: a body whose work opens with copying out land records', () => {
  it('ends the name at "trích lục"', () => {
    const text = [
      'KẾ HOẠCH',
      'Đối thoại giải quyết đơn tranh chấp đất đai tại xã A',
      '1. Thời gian: 08 giờ 00, ngày 14/5/2036, tại Hội trường UBND xã A.',
      '2. Tổ chức thực hiện:',
      'a) Chi nhánh Văn phòng Đăng ký đất đai huyện B trích lục bản đồ địa chính, sổ mục kê của thửa đất, cung cấp cho ' +
        'Phòng Nông nghiệp và Môi trường chậm nhất ngày 05/5/2036.',
      'b) UBND xã A gửi giấy mời đến các bên tranh chấp trước ngày 10/5/2036.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Chi nhánh Văn phòng Đăng ký đất đai huyện B', 'absolute', '2036-05-05', null],
      ['UBND xã A', 'absolute', '2036-05-09', null],
    ])
  })
})
