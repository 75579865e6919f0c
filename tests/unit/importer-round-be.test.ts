import { describe, expect, it } from 'vitest'
import { bodyHeading } from '../../src/importer/bodies.js'
import { datedByRuleOf } from '../helpers/importer-draft.js'

// Round BE of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round BE: a body\'s lead-in that says it helps "tổ chức thực hiện Kế hoạch", over its "+" lines', () => {
  it("keeps the lines under it as that body's work, not a part that assigns work anew", () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại giữa Chủ tịch UBND xã với Nhân dân năm 2033',
      'I. NỘI DUNG, THỜI GIAN',
      '- Nội dung: Đối thoại với Nhân dân về thủ tục đất đai.',
      '- Thời gian: 8 giờ 00, ngày 14/4/2033.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng UBND xã',
      '- Là đầu mối giúp Chủ tịch UBND xã tổ chức thực hiện Kế hoạch, cụ thể:',
      '+ Phát hành giấy mời chậm nhất 05 ngày trước ngày đối thoại.',
      '+ Dự thảo thông báo kết luận trong thời hạn 07 ngày làm việc kể từ ngày kết thúc đối thoại.',
      '2. Công an xã',
      '- Bảo đảm an ninh trật tự chậm nhất 01 ngày trước ngày đối thoại.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Văn phòng UBND xã', 'relative', '-5 days', 0],
      ['Văn phòng UBND xã', 'relative', '7 working_days', 0],
      ['Công an xã', 'relative', '-1 days', 0],
    ])
  })
})

describe('round BE: a dialogue held in place of a reception day, "(thay buổi tiếp công dân định kỳ tháng 3)"', () => {
  it('is no reception: "trước mỗi buổi tiếp công dân định kỳ" counts from the reception days only', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tiếp công dân, đối thoại của Chủ tịch UBND huyện quý I năm 2033',
      '| STT | Thời gian | Địa điểm | Nội dung |',
      '|---|---|---|---|',
      '| 1 | 07 giờ 30, ngày 13/01/2033 | Trụ sở Tiếp công dân huyện | Tiếp công dân định kỳ tháng 01/2033 |',
      '| 2 | 14 giờ 00, ngày 16/02/2033 | Hội trường UBND xã A | Đối thoại với Nhân dân xã A về ' +
        'giao đất (thay buổi tiếp công dân định kỳ tháng 02/2033) |',
      '| 3 | 07 giờ 30, ngày 15/3/2033 | Trụ sở Tiếp công dân huyện | Tiếp công dân định kỳ tháng 3/2033 |',
      'Đề nghị:',
      '- Ban Tiếp công dân huyện chuẩn bị hồ sơ, báo cáo chậm nhất 03 ngày làm việc trước mỗi buổi tiếp công dân định kỳ.',
      '- Văn phòng HĐND và UBND huyện dự thảo thông báo kết luận trong vòng 05 ngày làm việc sau mỗi buổi tiếp công dân, đối thoại.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Ban Tiếp công dân huyện', 'relative', '-3 working_days', 0],
      ['Ban Tiếp công dân huyện', 'relative', '-3 working_days', 2],
      ['Văn phòng HĐND và UBND huyện', 'relative', '5 working_days', 0],
      ['Văn phòng HĐND và UBND huyện', 'relative', '5 working_days', 1],
      ['Văn phòng HĐND và UBND huyện', 'relative', '5 working_days', 2],
    ])
  })
})

describe('round BE: "(đối với các hội nghị tổ chức trong năm 2033)" beside a session deferred with no time', () => {
  it('counts from the sessions held in that year only', () => {
    const text = [
      'KẾ HOẠCH',
      'Điều chỉnh, bổ sung Kế hoạch tổ chức hội nghị đối thoại năm 2033',
      'I. NỘI DUNG ĐIỀU CHỈNH',
      '1. Điều chỉnh thời gian Hội nghị đối thoại với Nhân dân xã A về giao đất',
      '- Nay điều chỉnh: tổ chức vào 08 giờ 00, ngày 12/12/2033.',
      '2. Tạm hoãn Hội nghị đối thoại với đoàn viên, thanh niên về khởi nghiệp. Thời gian tổ chức sẽ thông báo sau.',
      '3. Bổ sung Hội nghị đối thoại với Nhân dân xã B về tái định cư',
      '- Thời gian: 14 giờ 00, ngày 26/11/2033.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Ủy ban nhân dân huyện',
      'Chuẩn bị nội dung trả lời, gửi Ban Dân vận Huyện ủy trước hội nghị ít nhất 05 ngày làm ' +
        'việc (đối với các hội nghị tổ chức trong năm 2033).',
    ].join('\n')
    const rows = datedByRuleOf(text)
    expect(rows.map((row) => row[3])).toEqual([0, 2])
    expect(rows.every((row) => row[2] === '-5 working_days')).toBe(true)
  })
})

describe('round BE: a session headed as a dialogue whose "Nội dung" calls it a forum', () => {
  it('"3. Đối thoại với học sinh" over "- Nội dung: Diễn đàn …" is counted "trước ngày tổ chức mỗi buổi đối thoại"', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại giữa Hiệu trưởng với viên chức và học sinh năm học 2033 - 2034',
      'II. NỘI DUNG, THỜI GIAN',
      '1. Đối thoại với viên chức, người lao động',
      '- Nội dung: Chế độ, chính sách đối với viên chức.',
      '- Thời gian: 14 giờ 00, ngày 16/12/2033.',
      '2. Đối thoại với học sinh',
      '- Nội dung: Diễn đàn "Học sinh với nhà trường": nghe học sinh phản ánh về cơ sở vật chất.',
      '- Thời gian: 8 giờ 00, ngày 24/3/2034.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Tổ Văn phòng',
      '- Gửi giấy mời chậm nhất 03 ngày làm việc trước ngày tổ chức mỗi buổi đối thoại.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Tổ Văn phòng', 'relative', '-3 working_days', 0],
      ['Tổ Văn phòng', 'relative', '-3 working_days', 1],
    ])
  })
})

describe('round BE: "UBND các xã nơi tổ chức đối thoại: …", a body of the places where sessions are held, then its work', () => {
  it('keeps "nơi tổ chức đối thoại" in the name; the verb after "nơi" says which places, no obligation', () => {
    expect(bodyHeading('UBND các xã nơi tổ chức đối thoại: chuẩn bị hội trường, mời đại biểu.')).toEqual({
      bodies: [{ name: 'UBND các xã nơi tổ chức đối thoại', place: null }],
      rest: 'chuẩn bị hội trường, mời đại biểu.',
    })
    expect(bodyHeading('Ủy ban nhân dân các xã nơi tổ chức hội nghị chuẩn bị hội trường.')?.bodies).toEqual([
      { name: 'Ủy ban nhân dân các xã nơi tổ chức hội nghị', place: null },
    ])
  })
})
