import { describe, expect, it } from 'vitest'
import { bodyHeading } from '../../src/importer/bodies.js'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Round AW of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round AW: a session by rank, its time and place in one sentence, with whom in the next', () => {
  const text = [
    'THÔNG BÁO',
    'Về việc tổ chức đối thoại với các hộ dân trong phạm vi dự án nâng cấp đường Đông Hà',
    '1. Chủ trì: Chủ tịch UBND phường.',
    '2. Thời gian, địa điểm, đối tượng đối thoại:',
    'Buổi thứ nhất: Vào lúc 14 giờ 00, ngày 09/4/2033, tại Hội trường khu phố 1. Đối thoại với 40 hộ dân khu phố 1 về phương án bồi thường.',
    'Buổi thứ hai: Vào lúc 08 giờ 00, ngày 10/4/2033, tại Nhà văn hóa khu phố 2. Đối thoại với 25 hộ dân khu phố 2 về mức hỗ trợ.',
    '3. Phân công nhiệm vụ:',
    '3.1. Văn phòng UBND phường: Gửi giấy mời chậm nhất 03 ngày trước mỗi buổi đối thoại.',
  ].join('\n')

  it('"Buổi thứ nhất: Vào lúc 14 giờ 00, ngày …, tại …. Đối thoại với …": the second sentence is its subject', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2033-04-09', '2033-04-09', 'Đối thoại với 40 hộ dân khu phố 1 về phương án bồi thường'],
      ['day', '2033-04-10', '2033-04-10', 'Đối thoại với 25 hộ dân khu phố 2 về mức hỗ trợ'],
    ])
  })

  it('"… trước mỗi buổi đối thoại": one task for each of them', () => {
    expect(datedByRuleOf(text)).toEqual([
      ['Văn phòng UBND phường', 'relative', '-3 days', 0],
      ['Văn phòng UBND phường', 'relative', '-3 days', 1],
    ])
  })
})

describe('round AW: a body over the numbered areas of a ward', () => {
  it.each([
    'Ban điều hành khu vực 2, khu vực 3 và khu vực 5: Thông báo rộng rãi lịch đối thoại.',
    'Ban điều hành các khu vực 2, 3 và 5: Thông báo rộng rãi lịch đối thoại.',
  ])('"%s": one body per area', (line) => {
    const read = bodyHeading(line)
    expect(read?.bodies.map((b) => b.name)).toEqual(['Ban điều hành khu vực 2', 'Ban điều hành khu vực 3', 'Ban điều hành khu vực 5'])
    expect(read?.rest).toBe('Thông báo rộng rãi lịch đối thoại.')
  })
})
