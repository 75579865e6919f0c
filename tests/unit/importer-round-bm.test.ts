import { describe, expect, it } from 'vitest'
import { datedByRuleOf } from '../helpers/importer-draft.js'

// Round bm (issue 11): constructs of plans measured unseen, each on a small input written here.

describe('an office abbreviated "VP" opening a paragraph of its own work', () => {
  it('"VP HĐND và UBND huyện sẽ dự thảo …" is that office\'s work, not more of the paragraph before', () => {
    const text = [
      'Văn phòng thông báo lịch Chủ tịch UBND huyện đối thoại với Nhân dân các xã năm 2030 như sau:',
      '',
      '1. Thứ Ba, 08/10 - 7h30: xã Một. Nội dung: sạt lở bờ sông. Tại hội trường UBND xã.',
      '2. Thứ Năm, 10/10 - 14h00: xã Hai. Nội dung: cấp giấy chứng nhận quyền sử dụng đất. Tại hội trường UBND xã.',
      '',
      'Phòng Tài nguyên và Môi trường chuẩn bị nội dung trả lời, gửi VP chậm nhất thứ Hai 07/10.',
      '',
      'VP HĐND và UBND huyện sẽ dự thảo thông báo kết luận trong 05 ngày làm việc sau mỗi buổi đối thoại.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Phòng Tài nguyên và Môi trường', 'absolute', '2030-10-07', null],
      ['VP HĐND và UBND huyện', 'relative', '5 working_days', 0],
      ['VP HĐND và UBND huyện', 'relative', '5 working_days', 1],
    ])
  })
})

describe('a group of bodies named by the places of the schedule above it', () => {
  const schedule = [
    'Văn phòng thông báo lịch Chủ tịch UBND huyện đối thoại với Nhân dân các xã năm 2030 như sau:',
    '',
    '1. Thứ Ba, 08/10 - 7h30: xã Một Hai. Nội dung: sạt lở bờ sông. Tại hội trường UBND xã.',
    '2. Thứ Năm, 10/10 - 14h00: thị trấn Ba Bốn. Nội dung: cấp giấy chứng nhận quyền sử dụng đất. Tại hội trường UBND thị trấn.',
    '',
  ]
  it('"UBND các xã, thị trấn có tên nêu trên" is one body per place, each for its own session', () => {
    const text = [
      ...schedule,
      'Đề nghị UBND các xã, thị trấn có tên nêu trên:',
      '- Gửi báo cáo tình hình địa phương về Văn phòng trước 16h00 ngày 04/10.',
      '- Thông báo trên loa truyền thanh ít nhất 05 ngày trước buổi đối thoại tại địa phương mình.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['UBND xã Một Hai', 'absolute', '2030-10-04', null],
      ['UBND thị trấn Ba Bốn', 'absolute', '2030-10-04', null],
      ['UBND xã Một Hai', 'relative', '-5 days', 0],
      ['UBND thị trấn Ba Bốn', 'relative', '-5 days', 1],
    ])
  })
  it('"UBND các xã, thị trấn nơi tổ chức đối thoại", named by its role, stays one body', () => {
    const text = [
      ...schedule,
      'UBND các xã, thị trấn nơi tổ chức đối thoại thông báo trên loa truyền thanh ít nhất 05 ngày trước ngày đối thoại.',
    ].join('\n')
    expect(datedByRuleOf(text).map((row) => row[0])).toEqual([
      'UBND các xã, thị trấn nơi tổ chức đối thoại',
      'UBND các xã, thị trấn nơi tổ chức đối thoại',
    ])
  })
})

describe('bodies of one obligation each bound by name to one session', () => {
  it('"(Sở A đối với Diễn đàn thứ nhất; Sở B đối với Diễn đàn thứ hai)" counts each from its own forum', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức các Diễn đàn đối thoại với công nhân lao động năm 2030',
      'I. NỘI DUNG, THỜI GIAN',
      '1. Diễn đàn thứ nhất',
      'Chủ đề: Nhà ở cho công nhân lao động.',
      'Thời gian: ngày 12/5/2030.',
      '2. Diễn đàn thứ hai',
      'Chủ đề: Tiền lương và thời giờ làm việc.',
      'Thời gian: ngày 16/8/2030.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Đề nghị Sở Xây dựng, Sở Nội vụ',
      'Gửi văn bản trả lời các câu hỏi về Liên đoàn Lao động tỉnh trước ngày tổ chức diễn đàn ít nhất 03 ngày làm việc ' +
        '(Sở Xây dựng đối với Diễn đàn thứ nhất; Sở Nội vụ đối với Diễn đàn thứ hai).',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Sở Xây dựng', 'relative', '-3 working_days', 0],
      ['Sở Nội vụ', 'relative', '-3 working_days', 1],
    ])
  })
})
