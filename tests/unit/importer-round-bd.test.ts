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
