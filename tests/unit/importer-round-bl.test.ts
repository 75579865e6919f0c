import { describe, expect, it } from 'vitest'
import { datedByRuleOf, sessionsOf, timesOf } from '../helpers/importer-draft.js'

// Round bl (issue 11): constructs of plans measured unseen, each on a small input written here.

describe('a schedule table copied one cell a line, a note saying why a day moved', () => {
  it('"Ngày 15/3 trùng Chủ nhật" in the notes column is the day left, not a session', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tiếp công dân định kỳ của Chủ tịch UBND huyện 6 tháng đầu năm 2030',
      '',
      '1. Thời gian tiếp công dân',
      'Tháng',
      'Thứ, ngày',
      'Người chủ trì',
      'Ghi chú',
      '02/2030',
      'Thứ Sáu, 15/02/2030',
      'Chủ tịch UBND huyện',
      '',
      '03/2030',
      'Thứ Hai, 17/3/2030',
      'Chủ tịch UBND huyện',
      'Ngày 15/3 trùng thứ Bảy',
      '04/2030',
      'Thứ Hai, 15/4/2030',
      'Chủ tịch UBND huyện',
      '',
    ].join('\n')
    expect(timesOf(text)).toEqual([
      ['day', '2030-02-15', '2030-02-15'],
      ['day', '2030-03-17', '2030-03-17'],
      ['day', '2030-04-15', '2030-04-15'],
    ])
  })
})

describe('an adjustment plan whose headings say how each session moves', () => {
  it('"Lùi thời gian Hội nghị đối thoại thứ hai (…)" is the session in brackets, as "Điều chỉnh thời gian …" is', () => {
    const text = [
      'KẾ HOẠCH',
      'Điều chỉnh Kế hoạch tổ chức hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân năm 2030',
      '',
      'I. NỘI DUNG ĐIỀU CHỈNH',
      '1. Điều chỉnh thời gian Hội nghị đối thoại thứ nhất (Đối thoại với Nhân dân về cấp giấy chứng nhận quyền sử dụng đất)',
      '- Thời gian theo Kế hoạch: ngày 20/3/2030.',
      '- Thời gian điều chỉnh: 8 giờ 00, ngày 10/4/2030.',
      '2. Lùi thời gian Hội nghị đối thoại thứ hai (Đối thoại với thanh niên về việc làm và học nghề)',
      '- Thời gian theo Kế hoạch: tháng 5/2030.',
      '- Thời gian điều chỉnh: quý IV/2030 (thời gian cụ thể sẽ thông báo sau).',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2030-04-10', '2030-04-10', 'Đối thoại với Nhân dân về cấp giấy chứng nhận quyền sử dụng đất'],
      ['quarter', '2030-10-01', '2030-12-31', 'Đối thoại với thanh niên về việc làm và học nghề'],
    ])
  })
})

describe('a notice of conclusions opening with the plan it carried out and the day it was held', () => {
  it('"Kế hoạch số … ngày 20/6/2030 của Sở, ngày 12/8/2030 (thứ Hai), tại …" gives the day after the plan’s date', () => {
    const text = [
      'THÔNG BÁO',
      'Kết luận của Giám đốc Sở tại Hội nghị đối thoại với công chức, viên chức năm 2030',
      '',
      'Thực hiện Kế hoạch số 12/KH-SXD ngày 20/6/2030 của Sở Xây dựng, ngày 12/8/2030 (thứ Hai), tại Hội trường Sở, đồng ' +
        'chí Giám đốc Sở đã chủ trì Hội nghị đối thoại với công chức, viên chức năm 2030.',
      '',
      'Giám đốc Sở kết luận như sau:',
      '1. Văn phòng Sở đăng tải Thông báo này trong ngày 15/8/2030.',
    ].join('\n')
    expect(timesOf(text)).toEqual([['day', '2030-08-12', '2030-08-12']])
  })
})

describe('the work of each session under a heading that repeats where or with whom it is held', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại với công nhân, lao động năm 2030',
    '',
    'II. NỘI DUNG, THỜI GIAN',
    '1. Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với công nhân, lao động',
    '- Nội dung: Đối thoại về việc làm, nhà ở xã hội cho công nhân tại các khu công nghiệp.',
    '- Thành phần: Chủ tịch UBND tỉnh chủ trì; khoảng 300 công nhân.',
    '- Thời gian: 8 giờ 00 ngày 10/5/2030.',
    '2. Đối thoại tại khu công nghiệp huyện Một',
    '- Nội dung: Đối thoại giữa Chủ tịch Liên đoàn Lao động tỉnh với người lao động trong khu công nghiệp về bữa ăn ca.',
    '- Thời gian: Dự kiến tháng 8/2030.',
    '',
    'III. PHÂN CÔNG THỰC HIỆN',
    '1. Chuẩn bị Hội nghị đối thoại với Chủ tịch UBND tỉnh',
    '| STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |',
    '|---|---|---|---|---|',
    '| 1 | Phát hành giấy mời | Văn phòng Liên đoàn Lao động tỉnh | Văn phòng UBND tỉnh | Trước ngày tổ chức Hội nghị 03 ngày |',
    '2. Đối thoại tại khu công nghiệp huyện Một',
    '- Ban Chính sách - Pháp luật tổng hợp kết quả đối thoại, báo cáo Thường trực Liên đoàn Lao ' +
      'động tỉnh chậm nhất 10 ngày sau khi kết thúc đối thoại.',
  ].join('\n')
  it('a table under "Chuẩn bị Hội nghị đối thoại với Chủ tịch UBND tỉnh" counts from the session that host holds', () => {
    expect(datedByRuleOf(text)[0]).toEqual(['Văn phòng Liên đoàn Lao động tỉnh', 'relative', '-3 days', 0])
  })
  it('lines under "2. Đối thoại tại khu công nghiệp huyện Một" count from the session held there', () => {
    expect(datedByRuleOf(text).slice(1)).toEqual([['Ban Chính sách - Pháp luật', 'relative', '10 days', 1]])
  })
})
