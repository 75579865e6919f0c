import { describe, expect, it } from 'vitest'
import { sessionsOf } from '../helpers/importer-draft.js'

// Round AO of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round AO: an anniversary with a long name and both its years before the days of the session', () => {
  it('"nhân dịp kỷ niệm 40 năm Ngày thành lập … (15/10/1993 - 15/10/2033)" names no day; "vào ngày … hoặc ngày …" does', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức diễn đàn năm 2033',
      'II. NỘI DUNG, THỜI GIAN',
      '1. Diễn đàn “Thanh niên với chuyển đổi số”',
      'Diễn đàn được tổ chức nhân dịp kỷ niệm 40 năm Ngày thành lập Hội Liên hiệp Thanh niên Việt Nam tỉnh Bắc Sơn (15/10/1993 - 15/10/2033), với chủ đề “Tuổi trẻ sáng tạo”. Diễn đàn dự kiến tổ chức vào ngày 12/10/2033 hoặc ngày 13/10/2033 tại Nhà Văn hóa tỉnh.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng',
      'Chuẩn bị hội trường.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([['month', '2033-10-12', '2033-10-13', 'Diễn đàn “Thanh niên với chuyển đổi số”']])
  })
})

describe('round AO: a lettered item whose body hosts the dialogue it schedules', () => {
  it('"a) Giám đốc Sở chủ trì Hội nghị đối thoại với …. Hội nghị dự kiến tổ chức vào ngày …" is a session, named by the meeting', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại năm 2033',
      'II. NỘI DUNG, THỜI GIAN',
      '1. Đối thoại với doanh nghiệp',
      'a) Giám đốc Sở chủ trì Hội nghị đối thoại với doanh nghiệp vận tải về cấp phù hiệu. Hội nghị dự kiến tổ chức vào ngày 05/5/2033 tại Hội trường Sở.',
      'b) Giám đốc Sở đối thoại với các hợp tác xã vận tải về đăng kiểm; tổ chức vào đầu tháng 9/2033.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng Sở',
      'Chuẩn bị hội trường.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2033-05-05', '2033-05-05', 'Hội nghị đối thoại với doanh nghiệp vận tải về cấp phù hiệu'],
      ['month', '2033-09-01', '2033-09-30', 'Đối thoại với các hợp tác xã vận tải về đăng kiểm'],
    ])
  })
})
