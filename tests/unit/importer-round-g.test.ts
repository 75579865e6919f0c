import { describe, expect, it } from 'vitest'
import { bodyHeading } from '../../src/importer/bodies.js'
import { readPlan } from '../../src/importer/read-plan.js'
import { readSessionTime } from '../../src/importer/session-time.js'
import { parseDeadline } from '../../src/services/deadlines/parse.js'
import { timesOf as sessionsOf, datedByRuleOf as datedOf } from '../helpers/importer-draft.js'

// Round G of the importer's fixes (issue 11): small inputs written here, none taken from a measured document.

const NOTICE = [
  'Lịch tiếp công dân định kỳ của Chủ tịch UBND huyện quý III năm 2025',
  '',
  '(Đài TT huyện) - Ngày 20/6/2025, UBND huyện ban hành Thông báo số 77/TB-UBND về lịch tiếp ' +
    'công dân định kỳ của Chủ tịch UBND huyện quý III năm 2025.',
  '',
  'Chủ tịch UBND huyện tiếp công dân tại Trụ sở Tiếp công dân huyện, mỗi tháng 01 ngày. Lịch ' + 'cụ thể như sau:',
  '',
  '• Tháng 7/2025: Thứ Ba, ngày 15/7',
  '• Tháng 8/2025: Thứ Ba, ngày 19/8',
  '• Tháng 9/2025: Thứ Ba, ngày 16/9',
  '',
  'Trường hợp Chủ tịch UBND huyện bận công tác, Phó Chủ tịch UBND huyện chủ trì tiếp công ' + 'dân theo đúng lịch.',
  '',
  'Để chuẩn bị các buổi tiếp, UBND huyện giao Ban Tiếp công dân huyện tổng hợp đơn thư; ' +
    'thông báo cho các cơ quan có liên quan chậm nhất 02 ngày làm việc trước mỗi buổi tiếp ' +
    'công dân.',
  '',
  'Phòng Tư pháp, Phòng Tài chính - Kế hoạch và UBND các xã, thị trấn có liên quan chuẩn bị ' +
    'hồ sơ các vụ việc công dân đã đăng ký trong tháng 7/2025, gửi Ban Tiếp công dân huyện ' +
    'chậm nhất ngày 10/7/2025.',
  '',
  'Công an huyện bảo đảm an ninh trong các ngày tiếp công dân. Thanh tra huyện tổng hợp kết ' +
    'quả, báo cáo UBND huyện trước ngày 05/10/2025.',
  '',
  'Người dân có nhu cầu đăng ký trước ít nhất 03 ngày làm việc trước ngày tiếp công dân.',
  '',
  'Chia sẻ: Facebook | Zalo | Twitter',
  '',
].join('\n')

describe('a notice of reception days as a news item', () => {
  it('reads the last line of the list as a session, the paragraphs after it apart', () => {
    expect(sessionsOf(NOTICE)).toEqual([
      ['day', '2025-07-15', '2025-07-15'],
      ['day', '2025-08-19', '2025-08-19'],
      ['day', '2025-09-16', '2025-09-16'],
    ])
  })

  it('reads who the issuer assigns, the bodies listed with "các xã, thị trấn", and no work for the public', () => {
    expect(datedOf(NOTICE)).toEqual([
      ['Ban Tiếp công dân huyện', 'relative', '-2 working_days', 0],
      ['Ban Tiếp công dân huyện', 'relative', '-2 working_days', 1],
      ['Ban Tiếp công dân huyện', 'relative', '-2 working_days', 2],
      ['Phòng Tư pháp', 'absolute', '2025-07-10', null],
      ['Phòng Tài chính - Kế hoạch', 'absolute', '2025-07-10', null],
      ['UBND các xã, thị trấn có liên quan', 'absolute', '2025-07-10', null],
      ['Thanh tra huyện', 'absolute', '2025-10-04', null],
    ])
  })
})

describe('bodies and deadlines in one sentence', () => {
  it('keeps "các xã, phường" together in a list of bodies', () => {
    expect(bodyHeading('Sở Tư pháp, Sở Xây dựng và UBND các xã, phường có liên quan rà soát hồ sơ')?.bodies.map((b) => b.name)).toEqual([
      'Sở Tư pháp',
      'Sở Xây dựng',
      'UBND các xã, phường có liên quan',
    ])
  })

  it('names the body the issuer assigns, not the issuer', () => {
    expect(bodyHeading('UBND huyện giao Phòng Nội vụ huyện tổng hợp danh sách')).toEqual({
      bodies: [{ name: 'Phòng Nội vụ huyện', place: null }],
      rest: 'tổng hợp danh sách',
    })
  })

  it('reads a month after words with a dash, and no month of work already done', () => {
    expect(parseDeadline('gửi về UBND xã (qua CC VP-TK) trong tháng 9/2024', { defaultYear: 2024 })).toMatchObject({
      kind: 'absolute',
      date: '2024-09-30',
    })
    expect(parseDeadline('báo cáo các vụ việc đã tiếp nhận trong tháng 3/2024', { defaultYear: 2024 }).kind).toBe('none')
  })
})

const COMMUNE = `KẾ HOẠCH
Tổ chức đối thoại của Chủ tịch UBND xã năm 2024

I/ NỘI DUNG, THỜI GIAN:
1. Cuộc đối thoại thứ nhất:
 - Nội dung: Đối thoại với ND thôn 2, thôn 5 về việc mở đường liên thôn.
 - Thời gian: 8h00 ngày 10/10/2024.
2. Cuộc đối thoại thứ hai:
 - Nội dung: Đối thoại với các hộ kinh doanh về việc sắp xếp chợ.
 - Thời gian: 14h00 ngày 20/11/2024.

II/ TỔ CHỨC THỰC HIỆN:
1/ CC Tư pháp - HT (đ/c Lan): Rà soát hồ sơ, báo cáo CT UBND xã trước ngày 1/10/2024.
2/ CC Văn phòng - TK: Dự thảo thông báo kết luận trình CT UBND xã trong vòng 03 ngày LV sau buổi đối thoại.
3/ Trưởng thôn 2, thôn 5: Gửi giấy mời đến các hộ trước ngày đối thoại ít nhất 2 ngày.
`

describe('a commune clerk’s plan', () => {
  it(
    'reads "CC …" as a clerk, leaves the persons in brackets out, counts "ngày LV" as working ' +
      'days, and gives each village head its village’s session',
    () => {
      expect(datedOf(COMMUNE)).toEqual([
        ['CC Tư pháp - HT', 'absolute', '2024-09-30', null],
        ['CC Văn phòng - TK', 'relative', '3 working_days', 0],
        ['CC Văn phòng - TK', 'relative', '3 working_days', 1],
        ['Trưởng thôn 2', 'relative', '-2 days', 0],
        ['Trưởng thôn 5', 'relative', '-2 days', 0],
      ])
    },
  )
})

const PROSE = [
  'KẾ HOẠCH',
  'Tổ chức đối thoại giữa Chủ tịch UBND huyện với thanh niên năm 2023',
  '',
  'I. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
  '',
  'Trước chương trình cấp huyện, Huyện đoàn tổ chức hai buổi đối thoại cấp xã. Buổi đối ' +
    'thoại thứ nhất giữa Huyện đoàn với đoàn viên các xã An Phú, An Lạc về việc làm được tổ ' +
    'chức vào sáng thứ Bảy, ngày 06/5/2023 tại Hội trường xã An Phú; buổi đối thoại thứ hai ' +
    'giữa Huyện đoàn với đoàn viên các xã Tân Hòa, Tân Lộc về khởi nghiệp diễn ra vào sáng thứ ' +
    'Bảy, ngày 13/5/2023 tại Hội trường xã Tân Hòa.',
  '',
  'Đoàn viên, thanh niên gửi câu hỏi qua hộp thư của Huyện đoàn; thời gian nhận câu hỏi từ ' + 'ngày 10/4/2023 đến ngày 25/4/2023.',
  '',
  'II. TỔ CHỨC THỰC HIỆN',
  '',
  'Ban Thường vụ Huyện đoàn đề nghị Phòng Nội vụ huyện, với vai trò cơ quan quản lý nhà nước ' +
    'về thanh niên, cung cấp báo cáo tình hình thanh niên, gửi về Huyện đoàn trước ngày ' +
    '02/5/2023.',
  '',
].join('\n')

describe('a plan in running prose', () => {
  it('gives each session of a sentence its own words, and no session to the window for questions', () => {
    expect(readPlan(PROSE).sessions.map((s) => [s.time.start, s.topic])).toEqual([
      ['2023-05-06', 'Đối thoại thứ nhất giữa Huyện đoàn với đoàn viên các xã An Phú'],
      ['2023-05-13', 'Đối thoại thứ hai giữa Huyện đoàn với đoàn viên các xã Tân Hòa'],
    ])
  })

  it('gives the work to the body requested, what it is for left out of its name', () => {
    expect(datedOf(PROSE)).toEqual([['Phòng Nội vụ huyện', 'absolute', '2023-05-01', null]])
  })
})

describe('an anniversary beside a session’s month', () => {
  it('reads the month, not the anniversary’s day', () => {
    expect(readSessionTime('Tháng 8/2024 (trước dịp kỷ niệm 79 năm Cách mạng Tháng Tám 19/8)', { year: 2024 })).toMatchObject({
      precision: 'month',
      start: '2024-08-01',
      end: '2024-08-31',
    })
    expect(readSessionTime('Hội nghị kỷ niệm Ngày thành lập Đoàn tổ chức vào ngày 26/3/2024', { year: 2024 })).toMatchObject({
      precision: 'day',
      start: '2024-03-26',
    })
  })
})
