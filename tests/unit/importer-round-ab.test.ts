import { describe, expect, it } from 'vitest'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Round AB of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round AB: a plan forwarded inside an e-mail, quoted whole', () => {
  it('the quoted lines lose their "> " and read as the plan: its items, labels and sentences wrapped at the quote', () => {
    const text = [
      'Kính gửi các đơn vị,',
      'Văn phòng chuyển tiếp Kế hoạch bên dưới. Trân trọng.',
      '',
      'Vào Th 4, 2 thg 3, 2033 lúc 09:10 Văn thư <vanthu@example.vn> đã viết:',
      '> ---------- Forwarded message ---------',
      '> From: Văn thư UBND huyện <vanthu@example.vn>',
      '> Date: Th 4, 2 thg 3, 2033 lúc 08:00',
      '> Subject: KH doi thoai',
      '>',
      '> KẾ HOẠCH',
      '> Tổ chức đối thoại với Nhân dân năm 2033',
      '>',
      '> I. NỘI DUNG, THỜI GIAN',
      '> 1. Đối thoại với Nhân dân xã A về công tác bồi thường, hỗ trợ, tái định',
      '> cư dự án đường tỉnh',
      '> - Thời gian: 08 giờ 00 ngày 14/4/2033 (thứ Năm).',
      '> - Địa điểm: Hội trường UBND xã A.',
      '>',
      '> II. TỔ CHỨC THỰC HIỆN',
      '> 1. Văn phòng HĐND và UBND huyện',
      '> Gửi giấy mời đến đại biểu trước khi tổ chức đối thoại ít nhất 03',
      '> ngày.',
      '> 2. Thanh tra huyện',
      '> Rà soát đơn thư liên quan đến dự án, báo cáo Chủ tịch UBND huyện trước',
      '> ngày 01/4/2033.',
      '>',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2033-04-14', '2033-04-14', 'Đối thoại với Nhân dân xã A về công tác bồi thường, hỗ trợ, tái định cư dự án đường tỉnh'],
    ])
    expect(datedByRuleOf(text)).toEqual([
      ['Văn phòng HĐND và UBND huyện', 'relative', '-3 days', 0],
      ['Thanh tra huyện', 'absolute', '2033-03-31', null],
    ])
  })
})

describe("round AB: a document's record set above the text in a table", () => {
  it('"| Ngày ban hành | 15/01/2033 |" is when the plan was issued: the sessions are those of its own table', () => {
    const text = [
      '# KẾ HOẠCH',
      '## Tổ chức đối thoại với Nhân dân năm 2033',
      '',
      '| | |',
      '|---|---|',
      '| **Cơ quan ban hành** | Ủy ban nhân dân tỉnh |',
      '| **Số hiệu** | 12/KH-UBND |',
      '| **Ngày ban hành** | 15/01/2033 |',
      '| **Người ký** | Chủ tịch UBND tỉnh |',
      '',
      '## I. Nội dung, thời gian',
      '',
      '| STT | Nội dung đối thoại | Thời gian | Địa điểm |',
      '|---|---|---|---|',
      '| 1 | Đối thoại với doanh nghiệp về thủ tục đầu tư | **Quý I/2033** (dự kiến tháng 3/2033) | Trung tâm Hội nghị tỉnh |',
      '| 2 | Đối thoại với thanh niên về việc làm | **Ngày 16/9/2033** (thứ Năm) | Hội trường tỉnh |',
      '',
      '## II. Tổ chức thực hiện',
      '',
      '| Cơ quan | Nhiệm vụ | Thời hạn |',
      '|---|---|---|',
      '| **Sở Tài chính** | Tổng hợp kiến nghị của doanh nghiệp | **Trước 28/02/2033** |',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['month', '2033-03-01', '2033-03-31', 'Đối thoại với doanh nghiệp về thủ tục đầu tư'],
      ['day', '2033-09-16', '2033-09-16', 'Đối thoại với thanh niên về việc làm'],
    ])
    expect(datedByRuleOf(text)).toEqual([['Sở Tài chính', 'absolute', '2033-02-27', null]])
  })
})

describe('round AB: a news item that tells the plan in prose', () => {
  it('a photo caption pictures a past event, no session; "Theo đó, hội nghị đầu tiên là đối thoại với …" is the first', () => {
    const text = [
      'Chủ tịch UBND tỉnh sẽ đối thoại với nông dân và doanh nghiệp',
      '',
      '(Cổng TTĐT) - Ngày 20/6, UBND tỉnh ban hành Kế hoạch số 12/KH-UBND về tổ chức các hội nghị đối thoại năm 2033.',
      '',
      '[Ảnh] Quang cảnh Hội nghị đối thoại với nông dân tổ chức ngày 20/9/2032 tại huyện A. (Ảnh tư liệu: Văn B)',
      '',
      'Theo đó, hội nghị đầu tiên là đối thoại với nông dân về chuyển đổi cơ cấu cây trồng, dự kiến diễn ra ' +
        'vào sáng thứ Năm, ngày 14/7/2033 tại Hội trường UBND huyện C.',
      '',
      'Hội nghị thứ hai đối thoại với doanh nghiệp về cải cách thủ tục hành chính, được tổ chức ' +
        'lúc 14 giờ ngày 11/8 tại Trung tâm Hội nghị tỉnh.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2033-07-14', '2033-07-14', 'Đối thoại với nông dân về chuyển đổi cơ cấu cây trồng'],
      ['day', '2033-08-11', '2033-08-11', 'Đối thoại với doanh nghiệp về cải cách thủ tục hành chính'],
    ])
  })
})

describe('round AB: messages copied from a chat', () => {
  it('"Name, [28.07.2033 16:11]" above each message is when it was written, no session', () => {
    const text = [
      'Nguyễn Văn A VP, [28.07.2033 16:05]',
      'Hội nghị đối thoại với Nhân dân khu phố 4 về mở rộng kiệt tổ chức lúc 7 giờ 30 ngày 05/8/2033 tại Nhà văn hóa khu phố 4.',
      '',
      'Trần Thị B KP4, [28.07.2033 16:20]',
      'KP4 đã nhận',
    ].join('\n')
    expect(sessionsOf(text).map(([precision, start]) => [precision, start])).toEqual([['day', '2033-08-05']])
  })
})
