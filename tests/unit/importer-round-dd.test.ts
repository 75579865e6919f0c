import { describe, expect, it } from 'vitest'
import { readPlan } from '../../src/importer/read-plan.js'

// Round dd (issue 11): small inputs written here, none taken from the documents measured.

/** A paragraph as a PDF copies it: broken into lines of at most `width` characters. */
function wrapped(paragraph: string, width = 88): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of paragraph.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  return [...lines, line]
}

describe('a PDF copy wrapped at a width, with a basis under the title and a long line kept whole', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại với các hộ gia đình có đất bị thu hồi để thực hiện dự án mở rộng',
    'đường giao thông liên xã qua địa bàn huyện (đoạn từ trung tâm huyện đến bến đò)',
    'Căn cứ Luật Đất đai năm 2013;',
    ...wrapped(
      'Căn cứ Nghị định của Chính phủ quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất; ' +
        'Thông tư của Bộ Tài nguyên và Môi trường quy định chi tiết về bồi thường, hỗ trợ, tái định cư khi thu hồi đất;',
    ),
    'Căn cứ Công văn của UBND tỉnh về việc đẩy nhanh tiến độ giải phóng mặt bằng các dự án giao thông;',
    ...wrapped(
      'Sau thời gian niêm yết công khai dự thảo phương án bồi thường, vẫn còn nhiều hộ gia đình có ý kiến ' +
        'không đồng ý về đơn giá bồi thường. UBND huyện ban hành Kế hoạch tổ chức đối thoại như sau:',
    ),
    'I. THỜI GIAN, ĐỊA ĐIỂM',
    ...wrapped(
      'Chủ trì các buổi đối thoại: đồng chí Phó Chủ tịch UBND huyện. Thành phần: thành viên Hội đồng bồi thường; ' +
        'lãnh đạo UBND, Ủy ban MTTQ Việt Nam xã; trưởng thôn và các hộ dân có ý kiến không đồng ý.',
    ),
    'Nội dung: Đối thoại với các hộ gia đình có đất bị thu hồi còn ý kiến không đồng ý với dự thảo phương án bồi thường, ' +
      'hỗ trợ, tái định cư của dự án',
    'Lịch cụ thể:',
    '',
    '| STT | Xã | Thời gian | Địa điểm |',
    '|---|---|---|---|',
    '| 1 | Xã A | 8 giờ 00, thứ Ba, ngày 16/10/2029 | Hội trường UBND xã A |',
    '| 2 | Xã B | 14 giờ 00, thứ Ba, ngày 16/10/2029 | Hội trường UBND xã B |',
    '',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Tài nguyên và Môi trường',
    ...wrapped(
      'Chuẩn bị nội dung giải trình về nguồn gốc đất, đơn giá đất, đơn giá bồi thường tài sản trên đất; ' +
        'hoàn thành trước ngày 10/10/2029.',
    ),
    '2. UBND các xã',
    ...wrapped('Gửi giấy mời đến từng hộ dân chậm nhất 05 ngày trước buổi đối thoại; niêm yết tại nhà văn hóa thôn.'),
  ].join('\n')

  it('ends the title before the basis and gives each row the "Nội dung" line above the table', () => {
    const draft = readPlan(text)
    expect(draft.plan.title).toBe(
      'Kế hoạch tổ chức đối thoại với các hộ gia đình có đất bị thu hồi để thực hiện dự án mở rộng đường giao thông liên xã ' +
        'qua địa bàn huyện (đoạn từ trung tâm huyện đến bến đò)',
    )
    const topic =
      'Đối thoại với các hộ gia đình có đất bị thu hồi còn ý kiến không đồng ý với dự thảo phương án bồi thường, ' +
      'hỗ trợ, tái định cư của dự án'
    expect(draft.sessions.map((s) => [s.topic, s.time.start])).toEqual([
      [topic, '2029-10-16'],
      [topic, '2029-10-16'],
    ])
  })
})

describe('a heading listing places, the last one in plain letters and a note in brackets after it', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại với Nhân dân năm 2029',
    'I. THỜI GIAN, ĐỊA ĐIỂM',
    '| STT | Thời gian | Địa điểm | Đơn vị chuẩn bị |',
    '|---|---|---|---|',
    '| 1 | 8 giờ 00, ngày 16/10/2029 | Hội trường UBND xã Tân Mỹ | UBND xã Tân Mỹ |',
    '| 2 | 8 giờ 00, ngày 18/10/2029 | Hội trường UBND xã Phong Hoa | UBND xã Phong Hoa |',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. UBND các xã: Tân Mỹ, Phong Hoa (đơn vị chuẩn bị tại Mục I)',
    '- Gửi giấy mời đến từng hộ dân chậm nhất 05 ngày trước buổi đối thoại tại xã mình.',
  ].join('\n')

  it('reads the last place as one of the bodies, the note as no obligation', () => {
    const draft = readPlan(text)
    expect(draft.tasks.map((t) => [t.lead, t.deadline.due])).toEqual([
      ['UBND xã Tân Mỹ', '2029-10-11'],
      // (18/10 − 5 days is a Saturday: the work is due the Friday before.)
      ['UBND xã Phong Hoa', '2029-10-12'],
    ])
  })
})

describe('a scanned plan read by OCR, an O among the digits of a date and a misread "ngày"', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại với Nhân dân năm 2O29',
    'I. THỜI GIAN',
    'Hội nghị đối thoại tổ chức lúc 8 giờ 00 ngày 2O/6/2029 tại Hội trường UBND huyện.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Nông nghiệp và Phát triển nông thôn',
    '- Tổng hợp ý kiến của Nhân dân, gửi Văn phòng HĐND và UBND huyện trước ngàv 10/6/2029.',
    '- Báo cáo kết quả chậm nhất ngày 1O/7/2029.',
  ].join('\n')

  it('reads the dates and the deadlines through the slips', () => {
    const draft = readPlan(text)
    expect(draft.sessions.map((s) => s.time.start)).toEqual(['2029-06-20'])
    expect(draft.tasks.map((t) => t.deadline.due)).toEqual(['2029-06-09', '2029-07-10'])
  })
})

describe('a schedule copied from a web page one cell a line, a label of its header longer than the others', () => {
  const text = [
    'THÔNG BÁO',
    'Lịch tiếp công dân định kỳ của Thường trực HĐND huyện quý III năm 2029',
    'Thường trực HĐND huyện thông báo lịch tiếp công dân định kỳ như sau:',
    'STT',
    'Ngày tiếp công dân',
    'Lãnh đạo Thường trực HĐND huyện chủ trì tiếp công dân',
    'Địa điểm',
    'Ghi chú',
    '1',
    'Thứ Năm, ngày 19/7/2029',
    'Đồng chí Chủ tịch HĐND huyện',
    'Trụ sở Tiếp công dân huyện',
    '',
    '2',
    'Tháng 8/2029',
    'Đồng chí Phó Chủ tịch HĐND huyện',
    'Trụ sở Tiếp công dân huyện',
    'Ngày cụ thể sẽ thông báo sau',
  ].join('\n')

  it('reads one session a row, the month of the last one kept', () => {
    const draft = readPlan(text)
    expect(draft.sessions.map((s) => [s.time.precision, s.time.start])).toEqual([
      ['day', '2029-07-19'],
      ['month', '2029-08-01'],
    ])
  })
})

describe('a bold label that holds for every session, after a numbered list of them', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại tại doanh nghiệp năm 2029',
    '**I. DOANH NGHIỆP, THỜI GIAN, ĐỊA ĐIỂM**',
    '1. Công ty TNHH A – ngày 16/4/2029 (thứ Hai), 14 giờ 00 – tại Hội trường Công ty A.',
    '   Nội dung trọng tâm: Tiền lương, phụ cấp và bữa ăn giữa ca của người lao động.',
    '2. Công ty TNHH B – tháng 6/2029 – tại Khu công nghiệp B.',
    '   Nội dung trọng tâm: Thời giờ làm việc, làm thêm giờ và an toàn, vệ sinh lao động.',
    '',
    '**Thành phần mỗi cuộc đối thoại:** Đại diện Liên đoàn Lao động tỉnh; người sử dụng lao động; Ban Chấp hành công đoàn cơ sở.',
    '',
    'Ghi chú: Chương trình gặp gỡ, đối thoại với công nhân trong Tháng Công nhân (tháng 5/2029) thực hiện theo kế hoạch riêng.',
    '**II. TỔ CHỨC THỰC HIỆN**',
    '1. Công đoàn cơ sở',
    '- Gửi ý kiến của người lao động chậm nhất 05 ngày trước ngày đối thoại.',
  ].join('\n')

  it('reads the label as the part’s paragraph, not a heading under the last session', () => {
    const draft = readPlan(text)
    expect(draft.sessions.map((s) => [s.topic, s.time.start])).toEqual([
      ['Tiền lương, phụ cấp và bữa ăn giữa ca của người lao động', '2029-04-16'],
      ['Thời giờ làm việc, làm thêm giờ và an toàn, vệ sinh lao động', '2029-06-01'],
    ])
  })
})

describe('a session item named by the firm that hosts it, its time remarked on in brackets', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại tại doanh nghiệp năm 2029',
    'I. DOANH NGHIỆP, THỜI GIAN, ĐỊA ĐIỂM',
    '1. Công ty TNHH A – ngày 16/4/2029 (thứ Hai), 14 giờ 00 – tại Hội trường Công ty A.',
    'Nội dung trọng tâm: Tiền lương, phụ cấp và bữa ăn giữa ca của người lao động.',
    '2. Công ty TNHH B – quý III/2029 (thời gian cụ thể sẽ thông báo sau) – tại Khu công nghiệp B.',
    'Nội dung trọng tâm: Đánh giá việc thực hiện Quy chế dân chủ ở cơ sở tại nơi làm việc.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Công đoàn cơ sở',
    '- Gửi ý kiến chậm nhất 05 ngày trước ngày đối thoại.',
  ].join('\n')

  it('reads the words in the brackets as a remark on the time, not the firm’s work', () => {
    const draft = readPlan(text)
    expect(draft.sessions.map((s) => [s.time.precision, s.time.start])).toEqual([
      ['day', '2029-04-16'],
      ['quarter', '2029-07-01'],
    ])
  })
})
