import { describe, expect, it } from 'vitest'
import { readPlan } from '../../src/importer/read-plan.js'
import { datedOf, sessionsOf } from '../helpers/importer-draft.js'

// Round bk (issue 11): constructs of plans measured unseen, each on a small input written here.

describe('a schedule whose lines label their subject after the time and place', () => {
  it('"Thứ Ba, 08/10 - 7h30: xã A. Nội dung: …" takes the labelled subject, not the words after the dash', () => {
    const text = [
      'Văn phòng thông báo lịch Chủ tịch UBND huyện đối thoại với Nhân dân các xã năm 2030 như sau:',
      '1. Thứ Ba, 08/10 - 7h30: xã Một. Nội dung: sạt lở bờ sông, tái định cư cho các hộ dân. Tại hội trường UBND xã.',
      '2. Thứ Năm, 10/10 - 14h00: xã Hai. Nội dung: cấp giấy chứng nhận quyền sử dụng đất. Tại hội trường UBND xã.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2030-10-08', '2030-10-08', 'Sạt lở bờ sông, tái định cư cho các hộ dân'],
      ['day', '2030-10-10', '2030-10-10', 'Cấp giấy chứng nhận quyền sử dụng đất'],
    ])
  })
})

describe('a paragraph set apart by a blank line after a list written line after line', () => {
  const text = [
    'Văn phòng thông báo lịch Chủ tịch UBND huyện đối thoại với Nhân dân các xã năm 2030 như sau:',
    '',
    '1. Thứ Ba, 08/10 - 7h30: xã Một. Nội dung: sạt lở bờ sông, tái định cư cho các hộ dân. Tại hội trường UBND xã.',
    '2. Thứ Năm, 10/10 - 14h00: xã Hai. Nội dung: cấp giấy chứng nhận quyền sử dụng đất. Tại hội trường UBND xã.',
    '3. Thứ Ba, 15/10 - 7h30: xã Ba. Nội dung: nạo vét kênh mương nội đồng. Tại hội trường UBND xã.',
    '',
    'Đề nghị UBND các xã có tên nêu trên:',
    '- Gửi báo cáo tình hình địa phương về Văn phòng trước 16h00 ngày 04/10.',
    '- Chuẩn bị hội trường, âm thanh xong trước buổi đối thoại 01 ngày.',
    '',
    'Phòng Tài nguyên và Môi trường chuẩn bị nội dung trả lời theo lĩnh vực, gửi Văn phòng chậm nhất thứ Hai 07/10.',
  ].join('\n')

  it('follows a schedule’s days: the last day is a session, not the heading of the requests', () => {
    expect(sessionsOf(text).map((s) => s[1])).toEqual(['2030-10-08', '2030-10-10', '2030-10-15'])
  })

  it('follows a list of work when it opens with a body: its work is its own, not the last line’s', () => {
    const own = readPlan(text).tasks.filter((t) => t.lead === 'Phòng Tài nguyên và Môi trường')
    expect(own.map((t) => [t.deadline?.due, t.what])).toEqual([
      ['2030-10-07', 'Chuẩn bị nội dung trả lời theo lĩnh vực, gửi Văn phòng chậm nhất thứ Hai 07/10'],
    ])
  })

  it('under a numbered item, the paragraph after a blank line stays that item’s', () => {
    const nested = [
      'I. LỊCH TIẾP CÔNG DÂN',
      '1. Tháng 6/2030:',
      '- Ngày 06/6/2030: Đồng chí Bí thư tiếp công dân;',
      '- Ngày 13/6/2030: Đồng chí Chủ tịch tiếp công dân.',
      '',
      'Trường hợp đồng chí Chủ tịch bận thì ủy quyền cho đồng chí Phó Chủ tịch tiếp công dân.',
    ].join('\n')
    expect(datedOf(nested)).toEqual([])
  })
})

describe('a message copied from a group chat', () => {
  it('drops the sender lines with their hour and the line of the day between messages', () => {
    const text = [
      'Thứ Năm, 03/10/2030',
      '',
      'Nguyễn Thị Hà (VP HĐND-UBND huyện)  08:47',
      '[THÔNG BÁO] Văn phòng thông báo lịch Chủ tịch UBND huyện đối thoại với Nhân dân các xã năm 2030 như sau:',
      '',
      '1. Thứ Ba, 08/10 - 7h30: xã Một. Nội dung: sạt lở bờ sông, tái định cư cho các hộ dân. Tại hội trường UBND xã.',
      '2. Thứ Năm, 10/10 - 14h00: xã Hai. Nội dung: cấp giấy chứng nhận quyền sử dụng đất. Tại hội trường UBND xã.',
      '',
      'Lê Văn Sáu - CT UBND xã Hai  08:59',
      'Xã Hai đã nhận ạ',
    ].join('\n')
    const draft = readPlan(text)
    expect(draft.plan.title).toMatch(/^\[THÔNG BÁO\] Văn phòng thông báo lịch/)
    expect(sessionsOf(text).map((s) => [s[1], s[3]])).toEqual([
      ['2030-10-08', 'Sạt lở bờ sông, tái định cư cho các hộ dân'],
      ['2030-10-10', 'Cấp giấy chứng nhận quyền sử dụng đất'],
    ])
  })
})
