import { describe, expect, it } from 'vitest'
import { datedByRuleOf } from '../helpers/importer-draft.js'

// Round bn (issue 11): constructs of plans measured unseen, each on a small input written here.

describe('a paragraph of "Trong quá trình thực hiện …" closing a part, not the plan', () => {
  it('the part of who does what after it is still read', () => {
    const text = [
      'KẾ HOẠCH',
      'tổ chức hội nghị đối thoại với Nhân dân năm 2030',
      '',
      'I. NỘI DUNG, THỜI GIAN',
      '1. Hội nghị đối thoại thứ nhất',
      'a) Nội dung: đối thoại với thanh niên về khởi nghiệp.',
      'b) Thời gian: ngày 20/6/2030.',
      'Trong quá trình thực hiện, trường hợp cần thiết, Thường trực chỉ đạo tổ chức đối thoại đột xuất.',
      '',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng Tỉnh ủy',
      'Phát hành giấy mời đại biểu chậm nhất 05 ngày trước ngày tổ chức hội nghị.',
      '2. Tỉnh đoàn',
      'Tổng hợp ý kiến của đoàn viên trước ngày 31/5/2030.',
      '',
      'Nơi nhận:',
      '- Lưu VT.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Văn phòng Tỉnh ủy', 'relative', '-5 days', 0],
      ['Tỉnh đoàn', 'absolute', '2030-05-30', null],
    ])
  })
})
