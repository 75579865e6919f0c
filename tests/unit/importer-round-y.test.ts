import { describe, expect, it } from 'vitest'
import { datedOf } from '../helpers/importer-draft.js'

// Round y of the importer's fixes (issue 11): each construct on a small input written here.

describe('a branch of an association ("chi hội") is a body', () => {
  it('reads the tasks of an item that asks the branch heads, as it asks any body', () => {
    const text = [
      'THÔNG BÁO',
      'V/v tổ chức Hội nghị đối thoại với hội viên nông dân năm 2030',
      '1. Thời gian: 8 giờ 00, thứ Ba ngày 14/5/2030, tại Hội trường UBND xã.',
      '2. Đề nghị Chi hội trưởng các chi hội nông dân thôn tổng hợp ý kiến của hội viên gửi về Văn phòng Hội trước 16 giờ 00 ngày 10/5/2030; danh sách hội viên dự gửi chậm nhất ngày 12/5.',
    ].join('\n')
    expect(datedOf(text)).toEqual([
      ['Chi hội trưởng các chi hội nông dân thôn', 'absolute', '2030-05-10', null],
      ['Chi hội trưởng các chi hội nông dân thôn', 'absolute', '2030-05-12', null],
    ])
  })
})

describe('a day of the first ten written with "mùng" or "mồng"', () => {
  it('is the day, after any cue', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức Hội nghị đối thoại với Nhân dân năm 2030',
      'I. NỘI DUNG',
      '1. Hội nghị thứ nhất: Đối thoại với Nhân dân về vệ sinh môi trường. Thời gian: ngày 20/8/2030.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Hội Nông dân xã: gửi ý kiến bằng văn bản về Ban Thường trực chậm nhất là ngày mùng 5 tháng 8 năm 2030.',
      '2. Đoàn Thanh niên xã: gửi danh sách đoàn viên dự trước ngày mồng 9/8/2030.',
    ].join('\n')
    expect(datedOf(text)).toEqual([
      ['Hội Nông dân xã', 'absolute', '2030-08-05', null],
      ['Đoàn Thanh niên xã', 'absolute', '2030-08-08', null],
    ])
  })
})
