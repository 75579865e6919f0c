import { describe, expect, it } from 'vitest'
import { normalizePlanText } from '../../src/importer/normalize.js'
import { readPlan } from '../../src/importer/read-plan.js'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Round BJ of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.
describe("round BJ: a body's branch after a dash, at the start of a wrapped line", () => {
  // A PDF copy wrapped at about 90 characters: "Ngân hàng Chính sách xã hội" / "- Chi nhánh tỉnh A …" is one name.
  const text = [
    'KẾ HOẠCH',
    'Tổ chức hội nghị gặp gỡ, đối thoại giữa lãnh đạo tỉnh với doanh nghiệp, nhà đầu tư năm 2036',
    'Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh về cải thiện môi trường đầu tư, kinh doanh năm',
    '2036, Ủy ban nhân dân tỉnh ban hành Kế hoạch tổ chức hội nghị gặp gỡ, đối thoại với doanh',
    'nghiệp, nhà đầu tư như sau, để lắng nghe ý kiến và tháo gỡ khó khăn cho các doanh nghiệp.',
    'I. THỜI GIAN',
    'Hội nghị đối thoại với doanh nghiệp, nhà đầu tư được tổ chức vào 08 giờ 00 ngày 15/7/2036',
    'tại Hội trường Ủy ban nhân dân tỉnh, do Chủ tịch Ủy ban nhân dân tỉnh chủ trì hội nghị.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Sở Tài chính',
    'Chủ trì, phối hợp với Hiệp hội Doanh nghiệp tỉnh, Thuế tỉnh, Ngân hàng Chính sách xã hội',
    '- Chi nhánh tỉnh A tổng hợp ý kiến, kiến nghị của doanh nghiệp, nhà đầu tư; xây dựng báo',
    'cáo tình hình sản xuất, kinh doanh của doanh nghiệp, gửi Văn phòng Ủy ban nhân dân tỉnh',
    'chậm nhất ngày 30/6/2036.',
    '2. Văn phòng Ủy ban nhân dân tỉnh',
    'Chuẩn bị hội trường, tài liệu, phương tiện phục vụ hội nghị; phối hợp với các cơ quan báo',
    'chí đưa tin về hội nghị; dự thảo thông báo kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại',
    'hội nghị, trình ký ban hành trong thời hạn 05 ngày làm việc sau khi kết thúc hội nghị.',
  ].join('\n')

  it('keeps the branch on the name it ends, and the sentence on the body that heads it', () => {
    expect(normalizePlanText(text)).toContain(
      'Chủ trì, phối hợp với Hiệp hội Doanh nghiệp tỉnh, Thuế tỉnh, Ngân hàng Chính sách xã hội - Chi nhánh tỉnh A ' +
        'tổng hợp ý kiến, kiến nghị của doanh nghiệp, nhà đầu tư; xây dựng báo cáo tình hình sản xuất, kinh doanh của ' +
        'doanh nghiệp, gửi Văn phòng Ủy ban nhân dân tỉnh chậm nhất ngày 30/6/2036.',
    )
    expect(datedByRuleOf(text)[0]).toEqual(['Sở Tài chính', 'absolute', '2036-06-30', null])
  })

  it('leaves a bullet of a list of bodies a bullet', () => {
    const list = ['Thành phần:', '- Ngân hàng Chính sách xã hội tỉnh', '- Chi nhánh Văn phòng Đăng ký đất đai huyện A'].join('\n')
    expect(normalizePlanText(list)).toEqual([
      'Thành phần:',
      '- Ngân hàng Chính sách xã hội tỉnh',
      '- Chi nhánh Văn phòng Đăng ký đất đai huyện A',
    ])
  })
})

describe('round BJ: a body whose work opens with copying out land records', () => {
  it('ends the name at "trích lục"', () => {
    const text = [
      'KẾ HOẠCH',
      'Đối thoại giải quyết đơn tranh chấp đất đai tại xã A',
      '1. Thời gian: 08 giờ 00, ngày 14/5/2036, tại Hội trường UBND xã A.',
      '2. Tổ chức thực hiện:',
      'a) Chi nhánh Văn phòng Đăng ký đất đai huyện B trích lục bản đồ địa chính, sổ mục kê của thửa đất, cung cấp cho ' +
        'Phòng Nông nghiệp và Môi trường chậm nhất ngày 05/5/2036.',
      'b) UBND xã A gửi giấy mời đến các bên tranh chấp trước ngày 10/5/2036.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Chi nhánh Văn phòng Đăng ký đất đai huyện B', 'absolute', '2036-05-05', null],
      ['UBND xã A', 'absolute', '2036-05-09', null],
    ])
  })
})

describe('round BJ: firms named as a group over their work', () => {
  it('takes "Các doanh nghiệp trong …" as the body of the lines under it', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức hội nghị đối thoại với doanh nghiệp năm 2036',
      'I. THỜI GIAN',
      'Đợt 1: 8 giờ 00, ngày 17/4/2036',
      '- Nội dung: thủ tục đầu tư, xây dựng.',
      'Đợt 2: 8 giờ 00, ngày 15/5/2036',
      '- Nội dung: lao động, tiền lương.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1/ Phòng Quản lý doanh nghiệp',
      'Lập danh sách doanh nghiệp mời dự, gửi thư mời trước ngày 01/4/2036.',
      '2/ Các doanh nghiệp trong các cụm công nghiệp',
      'Gửi phiếu đăng ký ý kiến về Ban Quản lý trước ngày tổ chức đối thoại ít nhất 05 ngày làm việc.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Phòng Quản lý doanh nghiệp', 'absolute', '2036-03-31', null],
      ['Các doanh nghiệp trong các cụm công nghiệp', 'relative', '-5 working_days', 0],
      ['Các doanh nghiệp trong các cụm công nghiệp', 'relative', '-5 working_days', 1],
    ])
  })
})

describe("round BJ: a forwarded mail with a colleague's line above it", () => {
  const mail = (note: string[]) =>
    [
      ...note,
      '',
      '---------- Forwarded message ---------',
      'From: Văn phòng UBND huyện A <vanphong@example.vn>',
      'Date: Th 3, 4 thg 3, 2036 lúc 08:15',
      'Subject: V/v chuẩn bị buổi đối thoại tại xã B',
      'To: UBND xã B, Phòng Kinh tế huyện',
      '',
      'Văn phòng UBND huyện thông báo:',
      'Chủ tịch UBND huyện đối thoại với các hộ dân xã B có đất bị thu hồi về giá bồi thường.',
      '- Thời gian: 08 giờ 00, thứ Năm, ngày 13/3/2036.',
      '- Địa điểm: Hội trường UBND xã B.',
    ].join('\n')

  it('reads the mail forwarded, not the note passing it on', () => {
    const text = mail(['Anh Tuấn ơi, em chuyển tiếp mail của VP huyện về buổi đối thoại ở xã B, anh xem giúp em nhé.'])
    expect(sessionsOf(text)).toEqual([
      ['day', '2036-03-13', '2036-03-13', 'Đối thoại với các hộ dân xã B có đất bị thu hồi về giá bồi thường'],
    ])
  })

  it('keeps a long mail written above the one it forwards', () => {
    const own = Array.from({ length: 5 }, (_, k) => `${k + 1}. Nội dung trao đổi thứ ${k + 1} của mail, gửi các đơn vị.`)
    expect(normalizePlanText(mail(own))).toContain('1. Nội dung trao đổi thứ 1 của mail, gửi các đơn vị.')
  })
})

describe('round BJ: a second session announced in a paragraph after the labels of the first', () => {
  it('reads the paragraph as a session of its own, with its month', () => {
    const text = [
      'THÔNG BÁO',
      'Về việc tổ chức đối thoại với Nhân dân',
      'Chủ tịch UBND huyện đối thoại với các hộ dân có đất bị thu hồi thực hiện dự án đường tỉnh 12 tại xã A.',
      '- Thời gian: 14 giờ 00, thứ Ba, ngày 18/3/2036.',
      '- Địa điểm: Hội trường UBND xã A.',
      '',
      'Buổi đối thoại với các hộ dân xã C (dự án kè sông) dự kiến cuối tháng 5/2036, thời gian cụ thể sẽ thông báo sau.',
    ].join('\n')
    const { sessions } = readPlan(text)
    expect(sessions.map((s) => [s.time.precision, s.time.start, s.time.end, s.venues])).toEqual([
      ['day', '2036-03-18', '2036-03-18', ['Hội trường UBND xã A']],
      ['month', '2036-05-01', '2036-05-31', []],
    ])
    expect(sessions[1]?.topic).toMatch(/^Đối thoại với các hộ dân xã C \(dự án kè sông\)/)
  })
})

describe('round BJ: the paragraph after a table written one cell a line', () => {
  it('is no cell of the last row, even when it names a hall in lower case', () => {
    const text = [
      'STT',
      'Thời gian',
      'Nội dung',
      'Người chủ trì',
      'Địa điểm',
      '1',
      '08 giờ 00, thứ Năm,',
      'ngày 10/7/2036',
      'Tiếp công dân định kỳ',
      'Chủ tịch UBND huyện',
      'Trụ sở Tiếp công dân',
      'huyện',
      '2',
      '14 giờ 00, thứ Năm,',
      'ngày 24/7/2036',
      'Đối thoại với Nhân dân',
      'xã A về đất đai',
      'Chủ tịch UBND huyện',
      'Hội trường UBND xã A',
      'Trường hợp Chủ tịch UBND huyện bận công tác đột xuất, Văn phòng UBND huyện sẽ báo lịch',
      'thay đổi trên Trang thông tin điện tử huyện và niêm yết',
      'tại Trụ sở Tiếp công dân huyện.',
    ].join('\n')
    expect(normalizePlanText(text).slice(2)).toEqual([
      '2 | 14 giờ 00, thứ Năm, ngày 24/7/2036 | Đối thoại với Nhân dân xã A về đất đai | Chủ tịch UBND huyện | Hội trường UBND xã A',
      'Trường hợp Chủ tịch UBND huyện bận công tác đột xuất, Văn phòng UBND huyện sẽ báo lịch thay đổi trên Trang thông ' +
        'tin điện tử huyện và niêm yết tại Trụ sở Tiếp công dân huyện.',
    ])
  })
})
