import { describe, expect, it } from 'vitest'
import { bodyHeading } from '../../src/importer/bodies.js'
import { readPlan } from '../../src/importer/read-plan.js'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Round AW of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round AW: a session by rank, its time and place in one sentence, with whom in the next', () => {
  const text = [
    'THÔNG BÁO',
    'Về việc tổ chức đối thoại với các hộ dân trong phạm vi dự án nâng cấp đường Đông Hà',
    '1. Chủ trì: Chủ tịch UBND phường.',
    '2. Thời gian, địa điểm, đối tượng đối thoại:',
    'Buổi thứ nhất: Vào lúc 14 giờ 00, ngày 09/4/2033, tại Hội trường khu phố 1. Đối thoại ' +
      'với 40 hộ dân khu phố 1 về phương án bồi thường.',
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

describe('round AW: bodies of places listed without their kinds, beside a schedule whose column names them', () => {
  it('"UBND các xã, phường: Tây Sơn, Đông Hà" → the row whose "Đơn vị chuẩn bị" names "UBND phường Đông Hà"', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch đối thoại với người khiếu nại tháng 11 năm 2033',
      'I. LỊCH ĐỐI THOẠI',
      '| STT | Thời gian | Nội dung khiếu nại | Địa điểm | Đơn vị chuẩn bị |',
      '|---|---|---|---|---|',
      '| 1 | 8 giờ 00, ngày 08/11/2033 | Khiếu nại việc thu hồi đất làm đường Vành đai thành phố Đông Hà (cũ) | Trụ ' +
        'sở Thanh tra tỉnh, phường Đông Hà | Đoàn xác minh số 1; UBND xã Tây Sơn |',
      '| 2 | 8 giờ 00, ngày 10/11/2033 | Khiếu nại việc từ chối cấp giấy chứng nhận quyền sử dụng đất | Hội ' +
        'trường UBND phường Đông Hà | Đoàn xác minh số 2; UBND phường Đông Hà |',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. UBND các xã, phường: Tây Sơn, Đông Hà',
      'Cung cấp hồ sơ, tài liệu về Thanh tra tỉnh trước ngày đối thoại ít nhất 02 ngày làm việc.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['UBND Tây Sơn', 'relative', '-2 working_days', 0],
      ['UBND Đông Hà', 'relative', '-2 working_days', 1],
    ])
  })
})

describe('round AW: a standing name that holds an obligation verb', () => {
  it.each([
    [
      'Tổ công tác bồi thường, hỗ trợ và tái định cư phường: Rà soát lại số liệu kiểm đếm.',
      ['Tổ công tác bồi thường, hỗ trợ và tái định cư phường'],
    ],
    [
      'Hội đồng bồi thường, hỗ trợ và tái định cư huyện, Phòng Tài chính - Kế hoạch: Rà soát lại số liệu kiểm đếm.',
      ['Hội đồng bồi thường, hỗ trợ và tái định cư huyện', 'Phòng Tài chính - Kế hoạch'],
    ],
  ])('"%s": "hỗ trợ" is the name\'s, the work after the colon', (line, names) => {
    const read = bodyHeading(line)
    expect(read?.bodies.map((b) => b.name)).toEqual(names)
    expect(read?.rest).toBe('Rà soát lại số liệu kiểm đếm.')
  })
})

describe('round AW: the complainant column of a schedule of dialogues with complainants', () => {
  it('"| Người khiếu nại | Nội dung khiếu nại |": the complainant is whom the row is with, not words of the case after "đối với"', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch đối thoại với người khiếu nại tháng 11 năm 2033',
      'I. LỊCH ĐỐI THOẠI',
      '| STT | Thời gian | Người khiếu nại | Nội dung khiếu nại |',
      '|---|---|---|---|',
      '| 1 | 8 giờ 00, ngày 08/11/2033 | Ông Nguyễn Văn A, trú tại xã Tây Sơn | Khiếu nại việc từ chối ' +
        'cấp giấy chứng nhận đối với thửa đất nhận chuyển nhượng |',
    ].join('\n')
    const [session] = readPlan(text).sessions
    expect(session?.topic).toBe('Khiếu nại việc từ chối cấp giấy chứng nhận đối với thửa đất nhận chuyển nhượng')
    expect(session?.audience).toBe('Ông Nguyễn Văn A, trú tại xã Tây Sơn')
  })
})
