import { describe, expect, it } from 'vitest'
import { sessionsOf } from '../helpers/importer-draft.js'

// Round dl of the importer's fixes: each construct on a small input written here.

describe("a news page's one session over its programme copied one cell a line", () => {
  const text = [
    'Kế hoạch tổ chức Hội nghị gặp mặt doanh nghiệp',
    'UBND huyện đã ban hành Kế hoạch tổ chức Hội nghị đối thoại giữa lãnh đạo huyện với doanh nghiệp năm 2031',
    'Theo đó, Hội nghị tổ chức ½ ngày, từ 08h00’, thứ Năm, ngày 10 tháng 4 năm 2031',
    'Địa điểm: Hội trường UBND huyện',
    'Nội dung chương trình:',
    ...['TT', 'Thời gian', 'Nội dung', 'Đơn vị/ người thực hiện'],
    ...['1', '7h30’ -8h00’', 'Đón tiếp đại biểu', 'Văn phòng UBND huyện'],
    ...['2', '8h00’ – 8h10’', 'Khai mạc', 'Chủ tịch UBND huyện'],
  ].join('\n')

  it('reads the day above the table of hours, which runs that one session', () => {
    expect(sessionsOf(text).map(([precision, start]) => [precision, start])).toEqual([['day', '2031-04-10']])
  })
})
