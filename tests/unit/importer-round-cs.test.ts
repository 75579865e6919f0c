import { describe, expect, it } from 'vitest'
import { bodyHeading } from '../../src/importer/bodies.js'
import { readPlan } from '../../src/importer/read-plan.js'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Round cs of the importer's fixes (issue 11): each construct on a small input written here.

describe('a news page that sums up a plan, quoting its items', () => {
  const text = [
    'Báo Miền Sông Online',
    'Xã hội > Chính quyền',
    'Thứ Hai, 07/01/2030 - 09:10',
    '',
    'Năm 2030, Chủ tịch UBND huyện tổ chức 2 buổi đối thoại với Nhân dân',
    '',
    '(BMS) - UBND huyện Đông vừa ban hành Kế hoạch số 05/KH-UBND về tổ chức đối thoại giữa Chủ tịch UBND huyện với Nhân dân năm 2030.',
    '',
    'Theo kế hoạch, buổi đối thoại thứ nhất dự kiến tổ chức trong tháng 4/2030, tại Hội trường UBND huyện. Chủ tịch UBND huyện sẽ ' +
      'đối thoại với "các hộ dân vùng dự án đường ven sông về bồi thường, giải phóng mặt bằng".',
    '',
    'Buổi đối thoại thứ hai diễn ra trong quý III/2030, với hội viên phụ nữ trên địa bàn ' +
      'huyện về "vay vốn phát triển kinh tế hộ gia đình".',
    '',
    'Để chuẩn bị, kế hoạch giao Phòng Tài nguyên và Môi trường "chủ trì, phối hợp với UBND xã Tây rà ' +
      'soát hồ sơ, gửi Văn phòng UBND huyện trước ngày 15/3/2030".',
    '',
    'Văn phòng UBND huyện "ban hành thông báo kết luận trong vòng 05 ngày làm việc sau khi kết thúc mỗi buổi đối thoại".',
    '',
    'Kế hoạch cũng yêu cầu Đài Truyền thanh huyện, Cổng thông tin điện tử huyện thường xuyên đưa tin về kết quả đối thoại.',
  ].join('\n')

  it('reads each ordinal session, the first after "Theo kế hoạch,", its subject from the quoted words', () => {
    expect(sessionsOf(text)).toEqual([
      ['month', '2030-04-01', '2030-04-30', 'Đối thoại với "các hộ dân vùng dự án đường ven sông về bồi thường, giải phóng mặt bằng"'],
      [
        'quarter',
        '2030-07-01',
        '2030-09-30',
        'Đối thoại với hội viên phụ nữ trên địa bàn huyện về "vay vốn phát triển kinh tế hộ gia đình"',
      ],
    ])
  })

  it('takes no sentence of the article for its title, and the work the plan "giao" to the body quoted after it', () => {
    expect(readPlan(text).plan.title).not.toMatch(/yêu cầu/)
    expect(datedByRuleOf(text)).toEqual([
      ['Phòng Tài nguyên và Môi trường', 'absolute', '2030-03-14', null],
      ['Văn phòng UBND huyện', 'relative', '5 working_days', 0],
      ['Văn phòng UBND huyện', 'relative', '5 working_days', 1],
    ])
  })

  it("ends a body's name at the quote that opens its work", () => {
    expect(bodyHeading('Sở Xây dựng “chủ trì, phối hợp với UBND xã A”')).toEqual({
      bodies: [{ name: 'Sở Xây dựng', place: null }],
      rest: '“chủ trì, phối hợp với UBND xã A”',
    })
  })
})

describe('a reception day moved to another, in the line of its month', () => {
  const text = [
    'THÔNG BÁO',
    'Lịch tiếp công dân định kỳ của đồng chí Bí thư Huyện ủy quý II năm 2030',
    'Ban Thường vụ Huyện ủy thông báo lịch tiếp công dân như sau:',
    '1. Thời gian',
    '- Tháng 4: ngày 16/4/2030 (thứ Ba).',
    '- Tháng 5: theo lịch là ngày 14/5/2030 (thứ Ba); do đồng chí Bí thư Huyện ủy dự hội ' +
      'nghị của Tỉnh ủy, lùi sang ngày 21/5/2030 (thứ Ba).',
    '- Tháng 6: ngày 18/6/2030 (thứ Ba).',
    '2. Tổ chức thực hiện',
    '- Ban Tiếp công dân huyện tổng hợp đơn thư, báo cáo chậm nhất 02 ngày làm việc trước mỗi buổi tiếp.',
  ].join('\n')

  it('keeps only the new day of the moved one', () => {
    expect(sessionsOf(text).map(([precision, start]) => [precision, start])).toEqual([
      ['day', '2030-04-16'],
      ['day', '2030-05-21'],
      ['day', '2030-06-18'],
    ])
  })
})
