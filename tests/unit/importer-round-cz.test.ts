import { describe, expect, it } from 'vitest'
import { readPlan } from '../../src/importer/read-plan.js'

// Round cz (issue 11): constructs of unseen plans, on small inputs written here.

describe('a news item that names its session before giving the time', () => {
  it('takes the dialogue the earlier paragraph names, not the lead-in of the later one', () => {
    const text = [
      'UBND xã A tổ chức đối thoại với nông dân',
      '',
      'Ngày 02/3/2030, UBND xã A ban hành Thông báo về việc tổ chức hội nghị đối thoại giữa Chủ tịch UBND xã với nông dân ' +
        'các thôn về giá thu mua lúa.',
      '',
      'Theo thông báo, hội nghị đối thoại được tổ chức vào hồi 8 giờ 00, ngày 12/3/2030 tại Hội trường UBND xã A.',
    ].join('\n')
    const { sessions } = readPlan(text)
    expect(sessions.map((s) => [s.topic, s.time?.start])).toEqual([
      ['Hội nghị đối thoại giữa Chủ tịch UBND xã với nông dân các thôn về giá thu mua lúa', '2030-03-12'],
    ])
  })
})
