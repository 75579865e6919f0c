import { describe, expect, it } from 'vitest'
import { sessionsOf } from '../helpers/importer-draft.js'

// Round di (issue 11): constructs of unseen plans, on small inputs written here.

describe("a message's remark giving the day of another meeting beside the dialogue", () => {
  const text = [
    'THÔNG BÁO',
    'V/v tổ chức đối thoại với các hộ dân có đất bị thu hồi',
    'Chủ tịch UBND xã tổ chức đối thoại với các hộ dân như sau:',
    '- Thời gian: 8h00 thứ Ba, ngày 14/5/2030',
    '- Địa điểm: Hội trường UBND xã',
    'Phân công:',
    '- Công chức Địa chính: chuẩn bị hồ sơ từng hộ.',
    '- Văn phòng: trang trí hội trường, ghi biên bản.',
    '',
    'Lưu ý: tuần sau (20/5) có họp giao ban Khối Dân vận, anh chị nào dự đối thoại thì vẫn đi họp bình thường.',
  ].join('\n')

  it('reads the one session announced, not the meeting the remark dates', () => {
    expect(sessionsOf(text).map(([precision, start]) => [precision, start])).toEqual([['day', '2030-05-14']])
  })
})
