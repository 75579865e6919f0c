import { describe, expect, it } from 'vitest'
import { datedByRuleOf } from '../helpers/importer-draft.js'

// Round BA of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round BA: a deadline for the dialogue named by its rank alone, "Đối với đối thoại lần thứ hai, …"', () => {
  it('counts from that session only, not from every one', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại với các hộ dân về dự án đường liên thôn năm 2033',
      'II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
      '1. Đối thoại lần thứ nhất',
      '– Nội dung: Đối thoại với các hộ dân về phương án bồi thường.',
      '– Thời gian: 14 giờ 00, ngày 10/3/2033.',
      '2. Đối thoại lần thứ hai',
      '– Nội dung: Đối thoại với các hộ dân về tổ chức thi công.',
      '– Thời gian: 14 giờ 00, ngày 12/5/2033.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Kinh tế xã',
      '– Chuẩn bị tài liệu, hoàn thành chậm nhất ngày 01/3/2033 để phục vụ đối thoại lần thứ nhất.',
      '– Đối với đối thoại lần thứ hai, gửi tài liệu về Văn phòng UBND xã chậm nhất 07 ngày trước ngày đối thoại.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Phòng Kinh tế xã', 'absolute', '2033-03-01', null],
      ['Phòng Kinh tế xã', 'relative', '-7 days', 1],
    ])
  })
})
