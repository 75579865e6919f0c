import { describe, expect, it } from 'vitest'
import { datedOf, timesOf } from '../helpers/importer-draft.js'

// Round bp of the importer's fixes (issue 11): each construct on a small input written here.

describe('a notice that postpones a session to a new time, its deadlines moved with it', () => {
  const text = [
    'THÔNG BÁO',
    'Về việc hoãn tổ chức Hội nghị đối thoại với doanh nghiệp năm 2030',
    'Theo Kế hoạch số 50/KH-UBND ngày 02/8/2030 của UBND huyện, Hội nghị đối thoại với doanh nghiệp được tổ chức vào 8 giờ 00 ngày 20/9/2030.',
    '1. Hoãn tổ chức Hội nghị đối thoại với doanh nghiệp năm 2030 dự kiến vào ngày 20/9/2030.',
    'Thời gian tổ chức lại: 8 giờ 00, thứ Ba, ngày 08/10/2030.',
    'Địa điểm: Hội trường UBND huyện (không thay đổi).',
    '2. Điều chỉnh thời hạn thực hiện một số nhiệm vụ như sau:',
    'a) Phòng Tài chính - Kế hoạch: tổng hợp kiến nghị của doanh nghiệp, gửi Văn phòng HĐND và UBND huyện trước ngày 01/10/2030 (thay cho thời hạn trước ngày 12/9/2030).',
    'b) Phòng Kinh tế và Hạ tầng: chuẩn bị báo cáo, gửi Văn phòng HĐND và UBND huyện chậm nhất ngày 03/10/2030 (thay cho hạn chậm nhất ngày 15/9/2030).',
  ].join('\n')

  it('reads the session at the time it is held again, not the time it was postponed from', () => {
    expect(timesOf(text)).toEqual([['day', '2030-10-08', '2030-10-08']])
  })

  it('gives each body its new deadline only, not the one it replaces', () => {
    expect(datedOf(text)).toEqual([
      ['Phòng Tài chính - Kế hoạch', 'absolute', '2030-09-30', null],
      ['Phòng Kinh tế và Hạ tầng', 'absolute', '2030-10-03', null],
    ])
  })
})
