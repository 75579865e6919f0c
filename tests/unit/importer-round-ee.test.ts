import { describe, expect, it } from 'vitest'
import { sessionsOf } from '../helpers/importer-draft.js'

// Round ee (stop 34, issue 11): notices, schedules and news of real pages, each cause on a small input written here.

describe('a news lead that names its session long after its first words', () => {
  it('reads the session from its name up to "được tổ chức ngày …", the day without a year being the name\'s', () => {
    const text = [
      'Tuổi trẻ tỉnh A cần tiếp tục phát huy tinh thần xung kích, tình nguyện và nhiệt huyết, không ngừng vươn lên nắm lấy ' +
        'thời cơ và vận hội mới, vượt qua mọi khó khăn, thử thách, hoàn thành xuất sắc nhiệm vụ được giao - Đây là ý kiến chỉ ' +
        'đạo của đồng chí Nguyễn Văn B, Chủ tịch UBND tỉnh A tại Chương trình đối thoại giữa Chủ tịch UBND tỉnh với thanh niên ' +
        'tỉnh A năm 2030 được tổ chức ngày 30/11.',
      'Đối thoại diễn ra với không khí dân chủ, sôi nổi.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2030-11-30', '2030-11-30', 'Đối thoại giữa Chủ tịch UBND tỉnh với thanh niên tỉnh A năm 2030'],
    ])
  })
})

describe('a short news item: headline with the day, the source and the day it ran, the lead told by a speaker', () => {
  const text = [
    'Ngày 9/2 Thủ tướng sẽ gặp doanh nghiệp',
    'Các trang tin khác - 23/01/2030',
    '',
    'Phòng Thương mại A cho biết, Hội nghị thường niên Thủ tướng gặp doanh nghiệp năm 2029 sẽ chính thức được tổ chức vào ngày ' +
      '9/2 tới, sau khi kế hoạch tổ chức vào 21/12 đã bị hoãn.',
    '',
    'Bên cạnh việc giải quyết các kiến nghị của doanh nghiệp, hội nghị năm nay sẽ tập trung vào kế hoạch năm 2030.',
  ].join('\n')

  it('reads one session, named by the lead without its speaker; the headline retells its day, the source line is no day of it', () => {
    expect(sessionsOf(text)).toEqual([['day', '2030-02-09', '2030-02-09', 'Hội nghị thường niên Thủ tướng gặp doanh nghiệp năm 2029']])
  })
})

describe("a portal's page: a portlet's identifier over the headline, a posted stamp with dashes, a report's cut-off day", () => {
  it('reads the session of the lead alone', () => {
    const text = [
      'menu_WAR_abc1portlet_INSTANCE_XyZ12ab',
      'Hội nghị đối thoại giữa Chủ tịch UBND phường với nhân dân lần 2 năm 2030',
      'Đăng ngày 25-11-2030 09:07',
      '',
      'Ngày 24/11, tại Hội trường lớn, UBND phường A tổ chức hội nghị tiếp xúc, đối thoại giữa Chủ tịch UBND phường với nhân dân ' +
        'lần thứ 2 năm 2030 trên địa bàn phường.',
      '',
      'Tại hội nghị, các đại biểu đã nghe Báo cáo tóm tắt kết quả thực hiện nhiệm vụ của phường tính đến ngày 25/11/2030.',
    ].join('\n')
    const sessions = sessionsOf(text)
    expect(sessions.map((s) => s.slice(0, 3))).toEqual([['day', '2030-11-24', '2030-11-24']])
    expect(String(sessions[0]?.[3])).toMatch(/tiếp xúc, đối thoại giữa Chủ tịch UBND phường với nhân dân/i)
  })
})
