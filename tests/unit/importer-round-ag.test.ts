import { describe, expect, it } from 'vitest'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Round AG of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round AG: a notice as a converter leaves it, its subject one long bold paragraph', () => {
  const text = [
    '# THÔNG BÁO',
    '',
    '**Lịch tổ chức đối thoại với các hộ gia đình, cá nhân chưa đồng thuận phương án bồi thường, hỗ trợ, tái định cư' +
      ' Dự án đầu tư xây dựng đường liên xã A - B (Dự án thành phần 2: Bồi thường, hỗ trợ, tái định cư trên địa bàn' +
      ' huyện C) đoạn qua xã A và xã B**',
    '',
    '## 1. Lịch đối thoại',
    '',
    '| STT | Thời gian | Địa điểm | Đối tượng đối thoại | Đơn vị phối hợp |',
    '|:---:|---|---|---|---|',
    '| 1 | 8h00, thứ Hai, ngày 09/5/2033 | Hội trường UBND xã A | 11 hộ gia đình thôn Đông | UBND xã A |',
    '| 2 | 14h00, thứ Hai, ngày 09/5/2033 | Hội trường UBND xã B | 07 hộ gia đình thôn Tây | UBND xã B |',
    '| 3 | Sẽ thông báo sau | Trụ sở Ban | Đối thoại lần hai với các hộ vắng mặt tại các buổi trên | UBND các xã |',
  ].join('\n')

  it('the bold paragraph under the title, however long, is the subject of the rows that name only whom', () => {
    const subject =
      'Đối thoại với các hộ gia đình, cá nhân chưa đồng thuận phương án bồi thường, hỗ trợ, tái định cư Dự án đầu tư xây' +
      ' dựng đường liên xã A - B (Dự án thành phần 2: Bồi thường, hỗ trợ, tái định cư trên địa bàn huyện C) đoạn qua xã A' +
      ' và xã B'
    expect(sessionsOf(text)).toEqual([
      ['day', '2033-05-09', '2033-05-09', subject],
      ['day', '2033-05-09', '2033-05-09', subject],
      ['unscheduled', null, null, 'Đối thoại lần hai với các hộ vắng mặt tại các buổi trên'],
    ])
  })
})

describe('round AG: a body named with the one it belongs to in parentheses', () => {
  it('"Tổ công tác … (Ban Quản lý dự án …)" leads its work under its own name; a role in lower case is read as before', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại với Nhân dân năm 2033',
      '',
      'I. THỜI GIAN',
      'Đối thoại với Nhân dân xã A vào 08 giờ 00 ngày 14/4/2033.',
      '',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Tổ công tác giải phóng mặt bằng (Ban Quản lý dự án đầu tư xây dựng huyện)',
      '- Trình Hội đồng bồi thường huyện thẩm định phương án chậm nhất ngày 20/4/2033.',
      '2. Sở Kế hoạch và Đầu tư (cơ quan thường trực)',
      '- Tổng hợp kiến nghị, báo cáo UBND tỉnh trước ngày 05/4/2033.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Tổ công tác giải phóng mặt bằng', 'absolute', '2033-04-20', null],
      ['Sở Kế hoạch và Đầu tư (cơ quan thường trực)', 'absolute', '2033-04-04', null],
    ])
  })
})

describe("round AG: a council's secretary as the one who does the work", () => {
  it('"Thư ký Hội đồng trường: Gửi giấy mời … chậm nhất 03 ngày làm việc trước mỗi hội nghị" is its task', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại giữa Hiệu trưởng với viên chức năm học 2033 - 2034',
      '',
      'I. THỜI GIAN, ĐỊA ĐIỂM',
      '1. Hội nghị đối thoại lần thứ nhất: 14 giờ 00 ngày 15/12/2033 tại Phòng Hội đồng.',
      '2. Hội nghị đối thoại lần thứ hai: 14 giờ 00 ngày 11/5/2034 tại Phòng Hội đồng.',
      '',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Hiệu trưởng: Chủ trì các hội nghị đối thoại.',
      '2. Thư ký Hội đồng trường: Gửi giấy mời dự hội nghị chậm nhất 03 ngày làm việc trước mỗi hội nghị đối thoại; ghi biên bản.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Thư ký Hội đồng trường', 'relative', '-3 working_days', 0],
      ['Thư ký Hội đồng trường', 'relative', '-3 working_days', 1],
    ])
  })
})

describe("round AG: the youth union's district committees listed after one 'Huyện đoàn'", () => {
  it('"Huyện đoàn Yên Hòa, Phú Lâm" is two bodies, each bound by "tại địa phương mình" to the forum held there', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức các diễn đàn đối thoại cấp cụm năm 2033',
      '',
      'I. NỘI DUNG, THỜI GIAN',
      '1. Cụm phía Bắc',
      '- Chủ đề: Thanh niên với khởi nghiệp.',
      '- Thời gian: 08 giờ 00 ngày 12/4/2033.',
      '- Địa điểm: Huyện Yên Hòa.',
      '2. Cụm phía Nam',
      '- Chủ đề: Thanh niên với học nghề.',
      '- Thời gian: 08 giờ 00 ngày 17/5/2033.',
      '- Địa điểm: Huyện Phú Lâm.',
      '',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Huyện đoàn Yên Hòa, Phú Lâm',
      '- Xây dựng kế hoạch chi tiết, gửi về Tỉnh đoàn chậm nhất 10 ngày trước ngày tổ chức diễn đàn cấp cụm tại địa phương mình.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Huyện đoàn Yên Hòa', 'relative', '-10 days', 0],
      ['Huyện đoàn Phú Lâm', 'relative', '-10 days', 1],
    ])
  })
})

describe('round AG: "mỗi hội nghị này" points back to the sessions the obligation named', () => {
  it('"… phục vụ hội nghị thứ hai và hội nghị thứ ba; gửi … chậm nhất 10 ngày trước ngày tổ chức mỗi hội nghị này"', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại với Nhân dân năm 2033',
      '',
      'I. THỜI GIAN',
      '1. Hội nghị thứ nhất: 08 giờ 00 ngày 12/3/2033.',
      '2. Hội nghị thứ hai: 08 giờ 00 ngày 14/6/2033.',
      '3. Hội nghị thứ ba: 08 giờ 00 ngày 11/10/2033.',
      '',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Kinh tế',
      'Chuẩn bị báo cáo về tình hình sản xuất nông nghiệp phục vụ hội nghị thứ hai và hội nghị thứ ba; gửi Văn phòng' +
        ' HĐND và UBND xã chậm nhất 10 ngày trước ngày tổ chức mỗi hội nghị này.',
      '2. Phòng Văn hóa - Xã hội',
      'Thông báo trên hệ thống truyền thanh xã ít nhất 05 ngày trước mỗi buổi đối thoại.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Phòng Kinh tế', 'relative', '-10 days', 1],
      ['Phòng Kinh tế', 'relative', '-10 days', 2],
      ['Phòng Văn hóa - Xã hội', 'relative', '-5 days', 0],
      ['Phòng Văn hóa - Xã hội', 'relative', '-5 days', 1],
      ['Phòng Văn hóa - Xã hội', 'relative', '-5 days', 2],
    ])
  })
})
