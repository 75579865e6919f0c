import { describe, expect, it } from 'vitest'
import { readPlan } from '../../src/importer/read-plan.js'
import { readSessionTime } from '../../src/importer/session-time.js'
import { datedOf, sessionsOf, timesOf } from '../helpers/importer-draft.js'

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

describe('a news page stamped with its day alone over its headline, the span of days written "10-14/6/2030"', () => {
  it('takes the headline as the title and reads the span of the lead, not the stamp', () => {
    const text = [
      '11/06/2030',
      'Tiếp xúc cử tri thành phố A trước kỳ họp thường lệ giữa năm 2030 của HĐND 2 cấp',
      'Từ ngày 10-14/6/2030, Đại biểu HĐND tỉnh và Đại biểu HĐND thành phố tổ chức tiếp xúc với cử tri thành phố A trước kỳ ' +
        'họp thường lệ giữa năm 2030 của HĐND 2 cấp.',
      'Tại buổi tiếp xúc, đại biểu sẽ báo cáo dự kiến nội dung kỳ họp.',
    ].join('\n')
    expect(readPlan(text).plan.title).toBe('Tiếp xúc cử tri thành phố A trước kỳ họp thường lệ giữa năm 2030 của HĐND 2 cấp')
    expect(timesOf(text)).toEqual([['month', '2030-06-10', '2030-06-14']])
  })
})

describe("a portal's furniture: skip links, an update stamp in brackets; a cut sentence opening with a title's word", () => {
  it('reads the headline as the title and the month of the lead; the meeting where someone asked for the dialogues is none', () => {
    const text = [
      'Skip Ribbon Commands',
      'Skip to main content',
      '',
      'Chủ tịch UBND tỉnh sẽ đối thoại với nông dân trong tháng 10',
      '',
      '( Cập nhật lúc: 30/09/2030  )',
      'Trong tháng 10/2030, UBND tỉnh A dự kiến tổ chức Chương trình đối thoại giữa Chủ tịch UBND tỉnh với nông dân trên địa bàn tỉnh.',
      '',
      'Tại Hội nghị đối thoại giữa Thủ tướng Chính phủ với nông dân toàn quốc ngày 29/5/2030, Thủ tướng đề nghị các tỉnh tổ chức ' +
        'đối thoại giữa Chủ tịch UBND tỉnh với nông dân vào quý IV hằng năm.',
      '',
      'Chương trình được tổ chức trên cơ sở thực hiện Côn',
    ].join('\n')
    expect(readPlan(text).plan.title).toBe('Chủ tịch UBND tỉnh sẽ đối thoại với nông dân trong tháng 10')
    expect(timesOf(text)).toEqual([['month', '2030-10-01', '2030-10-31']])
  })
})

describe('a news item on the meeting that deployed the plan of two dialogues, their days in its agenda', () => {
  it('reads the two dialogues; the deploying meeting, the headline month and the agenda after the last day are none', () => {
    const text = [
      'Tăng/Giảm cỡ chữ:  TĂNG+  |  GIẢM- ',
      'Ban Dân vận Huyện ủy triển khai kế hoạch tổ chức đối thoại liên xã và đối thoại chuyên đề trong tháng 5/2030',
      ' 12/05/2030',
      '',
      'Sáng ngày 11/05/2030, Ban Dân vận Huyện ủy tổ chức triển khai kế hoạch đối thoại chuyên đề về lĩnh vực Giáo dục và đối thoại ' +
        'với Nhân dân liên xã trên địa bàn.',
      '',
      'Tại hội nghị, đại biểu được nghe thành viên tổ giúp việc triển khai kế hoạch tổ chức tiếp xúc, đối thoại trực tiếp của ' +
        'người đứng đầu cấp ủy với Nhân dân vào ngày 27/5, tại thị trấn A với 4 đơn vị; đối thoại chuyên đề về lĩnh vực Giáo dục ' +
        'trên địa bàn huyện năm 2030, tại UBND huyện ngày 31/5 số lượng dự kiến 200 đại biểu; xin ý kiến về thông báo phân công ' +
        'nhiệm vụ của tổ giúp việc; phiếu lấy ý kiến và lịch làm việc của tổ giúp việc công tác đối thoại.',
    ].join('\n')
    const sessions = sessionsOf(text)
    expect(sessions.map((s) => s.slice(0, 3))).toEqual([
      ['day', '2030-05-27', '2030-05-27'],
      ['day', '2030-05-31', '2030-05-31'],
    ])
    expect(String(sessions[0]?.[3])).toMatch(/^Tiếp xúc, đối thoại trực tiếp của người đứng đầu cấp ủy/)
  })
})

describe('the line above a news headline and the headline that names the session with its host', () => {
  it("takes a section's label or a picture's caption for no headline, and the headline's naming of the body's session", () => {
    const text = [
      'Thủ tướng với các công nhân.',
      '',
      'Thủ tướng gặp gỡ, đối thoại với công nhân lao động năm 2030',
      '',
      'Ngày 12/6, tại tỉnh A, Thủ tướng Chính phủ gặp gỡ đối thoại với công nhân lao động năm 2030 với chủ đề “Công nhân với ' +
        'khát vọng phát triển đất nước”. Buổi gặp gỡ, đối thoại có 4.500 công nhân lao động.',
    ].join('\n')
    expect(readPlan(text).plan.title).toBe('Thủ tướng gặp gỡ, đối thoại với công nhân lao động năm 2030')
    expect(sessionsOf(text)).toEqual([['day', '2030-06-12', '2030-06-12', 'Thủ tướng gặp gỡ, đối thoại với công nhân lao động năm 2030']])
    const label = text.replace('Thủ tướng với các công nhân.', 'Tin trong tỉnh')
    expect(readPlan(label).plan.title).toBe('Thủ tướng gặp gỡ, đối thoại với công nhân lao động năm 2030')
  })

  it('keeps a lead taken for the headline, its day and stop, as it is', () => {
    const text = [
      'Chiều 9/12, huyện A tổ chức Hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm 2030.',
      'Các đại biểu đã nêu nhiều ý kiến.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2030-12-09', '2030-12-09', 'Hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm 2030'],
    ])
  })
})

describe("a lead whose sentence holds a place's abbreviation, a posted line without its colon", () => {
  it('reads the topic past "TT." and no session on the day the page was posted', () => {
    const text = [
      'Đối thoại với hội viên phụ nữ thị trấn A năm 2030',
      'Đăng ngày 08/10/2030',
      'Sáng 7/10, Hội LHPN TT. A (huyện B) tổ chức hội nghị đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với cán ' +
        'bộ, hội viên phụ nữ trên địa bàn.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      [
        'day',
        '2030-10-07',
        '2030-10-07',
        'Hội nghị đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với cán bộ, hội viên phụ nữ trên địa bàn',
      ],
    ])
  })
})

describe('a reception moved, the words between the verb and the new day naming it', () => {
  it('reads the new day, not the days of the event that moved it', () => {
    const text =
      'Tuy vậy, từ ngày 14 đến 16/10/2030 diễn ra Đại hội. Do đó, Thường trực thống nhất điều chỉnh lịch tiếp công dân định kỳ ' +
      'vào ngày 19/10/2030.'
    expect(readSessionTime(text, { year: 2030 })?.start).toBe('2030-10-19')
  })
})

describe("a portal's stamp with the weekday cut short and the half of the day in Vietnamese; the content a dialogue is about", () => {
  it('reads no span from "Th 4, 14/10/2030" and names the session by what it is about', () => {
    const text = [
      'Điều chỉnh Kế hoạch đối thoại trực tiếp của đồng chí Bí thư Tỉnh ủy với dân năm 2030',
      '',
      'Th 4, 14/10/2030 | 12:13 CH',
      '',
      'Vừa qua, Ban Thường vụ Tỉnh ủy có văn bản điều chỉnh Kế hoạch đối thoại trực tiếp của đồng chí Bí thư Tỉnh ủy với dân năm 2030.',
      '',
      'Theo đó, nội dung đối thoại trực tiếp của đồng chí Bí thư Tỉnh ủy về Việc chăm lo, bảo vệ quyền, lợi ích hợp pháp của công ' +
        'nhân dự kiến tổ chức vào ngày 17/11/2030 hoặc ngày 18/11/2030.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([['month', '2030-11-17', '2030-11-18', 'Việc chăm lo, bảo vệ quyền, lợi ích hợp pháp của công nhân']])
  })
})

describe('a conclusion quoted in a news item, its deadline a sentence of its own', () => {
  it("gives the day to the body the sentence before names, after the quote's mark and a place's abbreviation", () => {
    const text = [
      'Kết luận của Bí thư Tỉnh ủy tại phiên tiếp dân định kỳ tháng 3/2030 ngày 20/3/2030 được thể hiện tại Công văn số 168/CV-BNCTU. ' +
        'Cụ thể là: “Giao UBND TP. A thành lập Tổ công tác rà soát kỹ lưỡng hồ sơ đất đai của các hộ dân; tổ chức đối thoại và trả ' +
        'lời bằng văn bản cho các hộ dân theo quy định (nêu rõ đủ điều kiện được cấp hay không, lý do?). Hoàn thành trước ngày 20/6/2030”.',
    ].join('\n')
    expect(datedOf(text)).toEqual([['UBND TP A', 'absolute', '2030-06-19', null]])
  })
})

describe('how long a session lasts, said after a body’s work', () => {
  it('gives the body no deadline from "làm việc trong vòng 1 ngày"', () => {
    const text = [
      'Ngày 9/2 sẽ tổ chức Hội nghị thường niên gặp doanh nghiệp năm 2030',
      '',
      'Hội nghị thường niên gặp doanh nghiệp năm 2030 sẽ chính thức được tổ chức vào ngày 9/2/2030.',
      '',
      'Ban tổ chức đang tiếp tục xúc tiến các công tác chuẩn bị hội nghị.',
      '',
      'Theo dự kiến, hội nghị năm nay sẽ tập trung làm việc trong vòng 1 ngày, thay cho 2 ngày như mọi năm.',
    ].join('\n')
    expect(datedOf(text)).toEqual([])
  })
})

describe('a news item that tells a reception moved twice, in its lead and its body', () => {
  it('reads one session on the new day, without the paper that ran it', () => {
    const text = [
      'Điều chỉnh lịch tiếp công dân định kỳ tháng 10 của lãnh đạo tỉnh A',
      '',
      '(Báo A) - Lịch tiếp công dân của lãnh đạo tỉnh A được điều chỉnh vào ngày 19/10/2030.',
      '',
      'Đồng chí Bí thư Tỉnh ủy và đồng chí Chủ tịch UBND tỉnh tổ chức tiếp công dân định kỳ vào ngày 15 hằng tháng.',
      '',
      'Tuy vậy, từ ngày 14 đến 16/10/2030 diễn ra Đại hội Đại biểu Đảng bộ tỉnh. Do đó, Thường trực Tỉnh ủy thống nhất điều chỉnh ' +
        'lịch tiếp công dân định kỳ vào ngày 19/10/2030.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([['day', '2030-10-19', '2030-10-19', 'Lịch tiếp công dân của lãnh đạo tỉnh A được điều chỉnh']])
  })
})
