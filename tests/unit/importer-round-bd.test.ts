import { describe, expect, it } from 'vitest'
import { datedOf, sessionsOf } from '../helpers/importer-draft.js'

// Round BD of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round BD: a chat message announcing a session', () => {
  it('the header "[date hour] sender:" and the pictures before a line go; the announcing sentence names the labelled session', () => {
    const text = [
      '[03/04/2031 15:20] Trần Văn B - VP UBND xã:',
      '📢 THÔNG BÁO',
      'Kính gửi: Lãnh đạo các ban, ngành và Trưởng các thôn.',
      '',
      'Chủ tịch UBND xã sẽ chủ trì Hội nghị đối thoại với Nhân dân về giải phóng mặt bằng đường liên thôn.',
      '- Thời gian: 14g00, thứ Năm, ngày 17/4/2031.',
      '- Địa điểm: Hội trường UBND xã.',
      '',
      '👉 Để chuẩn bị, Văn phòng đề nghị:',
      '1. Ban Địa chính gửi báo cáo về VP chậm nhất ngày 10/4.',
      '2. Công an xã bố trí lực lượng giữ trật tự.',
      '',
      '[03/04/2031 15:21] Trần Văn B - VP UBND xã:',
      '📎 Ke hoach doi thoai.pdf',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2031-04-17', '2031-04-17', 'Hội nghị đối thoại với Nhân dân về giải phóng mặt bằng đường liên thôn'],
    ])
    expect(datedOf(text)).toEqual([['Ban Địa chính', 'absolute', '2031-04-10', null]])
  })
})

describe('round BD: the grassroots units of a union as a body, and a clause going on with the body before it', () => {
  it('"Các cơ sở Đoàn trực thuộc" leads a timetable line and is a group of its own after a semicolon', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với thanh niên năm 2031',
      'I. THỜI GIAN',
      'Thời gian: 01 buổi, từ 14h00, thứ Ba, ngày 25/3/2031.',
      'II. TIẾN ĐỘ THỰC HIỆN',
      '- Chậm nhất ngày 10/3/2031: Các cơ sở Đoàn trực thuộc hoàn thành việc lấy ý kiến thanh niên.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Đoàn Thanh niên các xã; các cơ sở Đoàn trực thuộc',
      '- Cử đại biểu dự Hội nghị, gửi danh sách về Tỉnh Đoàn trước 17h00 ngày 17/3/2031.',
    ].join('\n')
    expect(datedOf(text)).toEqual([
      ['Các cơ sở Đoàn trực thuộc', 'absolute', '2031-03-10', null],
      ['Đoàn Thanh niên các xã', 'absolute', '2031-03-17', null],
      ['các cơ sở Đoàn trực thuộc', 'absolute', '2031-03-17', null],
    ])
  })
  it('a clause with no body after one that named another body with its own deadline is that body’s', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại với thanh niên năm 2031',
      'I. TỔ CHỨC THỰC HIỆN',
      '1. Các cơ sở Đoàn trực thuộc triển khai Kế hoạch tới đoàn viên; Đoàn các xã, phường tham mưu tổ chức đối thoại, ' +
        'hoàn thành trước ngày 30/9/2031; báo cáo kết quả về Tỉnh Đoàn trước ngày 15/10/2031.',
    ].join('\n')
    expect(datedOf(text)).toEqual([
      ['Đoàn các xã, phường', 'absolute', '2031-09-29', null],
      ['Đoàn các xã, phường', 'absolute', '2031-10-14', null],
    ])
  })
})
