import { describe, expect, it } from 'vitest'
import { readPlan } from '../../src/importer/read-plan.js'

// Round cu (issue 11): small inputs written here, none taken from the documents measured.

describe('a notice pasted from a chat', () => {
  const text = [
    '[03/05/2027 08:10] Lê Thị Lan - VP UBND xã:',
    'THÔNG BÁO',
    '1. Đ/c Chủ tịch UBND xã sẽ chủ trì đối thoại với các hộ dân thôn Hạ về việc làm đường.',
    '- Thời gian: 14h00 thứ Ba, ngày 11/5/2027.',
    '- Địa điểm: Hội trường UBND xã.',
    '[03/05/2027 08:20] Trần Văn Nam - Công an xã: Đã nhận ạ.',
    '[03/05/2027 08:31] Phạm Văn Bình - Địa chính: Đã nhận.',
  ].join('\n')

  it("reads the replies' time stamps as no sessions and names the dialogue without who chairs it", () => {
    const draft = readPlan(text)
    expect(draft.sessions.map((s) => [s.topic, s.time.start])).toEqual([
      ['Đối thoại với các hộ dân thôn Hạ về việc làm đường', '2027-05-11'],
    ])
  })
})
