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

describe('"hội nghị cấp tỉnh" in a table of sessions that never says "cấp"', () => {
  const table = [
    'KẾ HOẠCH',
    'tổ chức hội nghị đối thoại với nông dân năm 2030',
    '',
    'I. THỜI GIAN, ĐỊA ĐIỂM',
    '| STT | Hội nghị đối thoại | Thời gian | Địa điểm |',
    '|---|---|---|---|',
    '| 1 | Chủ tịch UBND tỉnh đối thoại với nông dân về tiêu thụ nông sản | ngày 21/9/2030 | Hội trường UBND tỉnh |',
    '| 2 | Chủ tịch UBND huyện Một đối thoại với nông dân về thủy lợi | ngày 10/8/2030 | Hội trường UBND huyện Một |',
    '',
    'II. TỔ CHỨC THỰC HIỆN',
  ]
  it('is the session of the province\'s authority; work "trước ngày tổ chức hội nghị" alone is every session\'s', () => {
    const text = [
      ...table,
      '1. Văn phòng Hội Nông dân tỉnh',
      '- Phát hành giấy mời dự hội nghị cấp tỉnh trước ngày tổ chức hội nghị ít nhất 07 ngày.',
      '2. Ban Kinh tế',
      '- Báo cáo kết quả trong vòng 05 ngày làm việc sau hội nghị.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Văn phòng Hội Nông dân tỉnh', 'relative', '-7 days', 0],
      ['Ban Kinh tế', 'relative', '5 working_days', 0],
      ['Ban Kinh tế', 'relative', '5 working_days', 1],
    ])
  })
})

describe('an obligation about the added session ("hội nghị bổ sung") in a clause before its deadline', () => {
  const text = [
    'KẾ HOẠCH',
    'Điều chỉnh, bổ sung Kế hoạch tổ chức đối thoại năm 2030',
    '',
    'I. NỘI DUNG ĐIỀU CHỈNH, BỔ SUNG',
    '1. Điều chỉnh thời gian hội nghị đối thoại với Nhân dân xã Một về đất đai',
    '- Nay điều chỉnh thành: ngày 09/5/2030.',
    '- Địa điểm: Hội trường UBND xã Một.',
    '2. Bổ sung 01 hội nghị đối thoại',
    '- Nội dung: Đối thoại với các hộ dân có đất bị thu hồi về bồi thường.',
    '- Thời gian: ngày 25/5/2030.',
    '- Địa điểm: Hội trường UBND xã Hai.',
    '',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng',
    '- Đối với hội nghị bổ sung: chuẩn bị tài liệu; dự thảo Thông báo kết luận, trình ký trong ' +
      'thời hạn 07 ngày làm việc kể từ ngày kết thúc đối thoại.',
    '2. UBND các xã: Hai, Một',
    '- Niêm yết thời gian, địa điểm hội nghị bổ sung; mời các hộ dân dự đối thoại chậm nhất 07 ngày trước ngày đối thoại.',
  ].join('\n')
  it('counts from the added session only, for the office and for each commune, the one whose own session was moved too', () => {
    expect(datedByRuleOf(text)).toEqual([
      ['Văn phòng', 'relative', '7 working_days', 1],
      ['UBND xã Hai', 'relative', '-7 days', 1],
      ['UBND xã Một', 'relative', '-7 days', 1],
    ])
  })
})
