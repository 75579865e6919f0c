import { describe, expect, it } from 'vitest'
import { datedOf, sessionsOf } from '../helpers/importer-draft.js'

// Round cf of the importer's fixes (issue 11): each construct on a small input written here.

describe('a plan copied from Word, its second-level numbers followed by a tab', () => {
  const text = [
    'UBND XÃ AN PHÚ',
    'Số: 12/KH-UBND\tAn Phú, ngày 02 tháng 3 năm 2031',
    'KẾ HOẠCH',
    'Tổ chức Hội nghị đối thoại với Nhân dân về xây dựng nông thôn mới năm 2031',
    '\tI. THÀNH PHẦN, THỜI GIAN, ĐỊA ĐIỂM',
    '\t1. Thành phần',
    '\t1.1.\tChủ trì: Chủ tịch Ủy ban nhân dân xã.',
    '\t1.2.\tMời dự: Thường trực HĐND xã, Ủy ban MTTQ Việt Nam xã.',
    '\t2. Thời gian:\t14 giờ 00, thứ Ba, ngày 08/4/2031.',
    '\t3. Địa điểm:\tHội trường Ủy ban nhân dân xã.',
    '\tII. TỔ CHỨC THỰC HIỆN',
    '\t1. Văn phòng UBND xã',
    '\t1.1.\tNiêm yết thông báo chậm nhất 05 ngày trước ngày tổ chức đối thoại.',
    '\t2. Phòng Kinh tế',
    '\t2.1.\tChuẩn bị báo cáo, gửi Văn phòng UBND xã trước ngày 01/4/2031.',
  ].join('\n')

  it("reads the numbered lines as a list, not as rows of a table: the session and each body's task are read", () => {
    expect(sessionsOf(text)).toEqual([['day', '2031-04-08', '2031-04-08', 'Hội nghị đối thoại với Nhân dân về xây dựng nông thôn mới']])
    expect(datedOf(text)).toEqual([
      ['Văn phòng UBND xã', 'relative', '2031-04-03', 0],
      ['Phòng Kinh tế', 'absolute', '2031-03-31', null],
    ])
  })
})
