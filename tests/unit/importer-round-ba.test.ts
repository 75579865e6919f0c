import { describe, expect, it } from 'vitest'
import { bodiesOfHeading } from '../../src/importer/bodies.js'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Round BA of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round BA: a deadline for the dialogue named by its rank alone, "Đối với đối thoại lần thứ hai, …"', () => {
  it('counts from that session only, not from every one', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại với các hộ dân về dự án đường liên thôn năm 2033',
      'II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
      '1. Đối thoại lần thứ nhất',
      '– Nội dung: Đối thoại với các hộ dân về phương án bồi thường.',
      '– Thời gian: 14 giờ 00, ngày 10/3/2033.',
      '2. Đối thoại lần thứ hai',
      '– Nội dung: Đối thoại với các hộ dân về tổ chức thi công.',
      '– Thời gian: 14 giờ 00, ngày 12/5/2033.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Kinh tế xã',
      '– Chuẩn bị tài liệu, hoàn thành chậm nhất ngày 01/3/2033 để phục vụ đối thoại lần thứ nhất.',
      '– Đối với đối thoại lần thứ hai, gửi tài liệu về Văn phòng UBND xã chậm nhất 07 ngày trước ngày đối thoại.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Phòng Kinh tế xã', 'absolute', '2033-03-01', null],
      ['Phòng Kinh tế xã', 'relative', '-7 days', 1],
    ])
  })
})

describe('round BA: a session headed as a dialogue whose topic does not say so, beside one whose topic does', () => {
  it('"… chậm nhất 10 ngày trước ngày bắt đầu đối thoại" counts from both', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại định kỳ tại nơi làm việc năm 2033',
      'III. THỜI GIAN, ĐỊA ĐIỂM',
      '1. Đối thoại định kỳ lần thứ nhất',
      '- Nội dung trọng tâm: Quy chế chi tiêu nội bộ và chế độ làm thêm giờ.',
      '- Thời gian: 8 giờ 00, ngày 14/4/2033.',
      '2. Đối thoại định kỳ lần thứ hai',
      '- Nội dung trọng tâm: Đánh giá việc thực hiện các kết luận đối thoại lần thứ nhất; khen thưởng cuối năm.',
      '- Thời gian: 8 giờ 00, ngày 09/12/2033.',
      'IV. TỔ CHỨC THỰC HIỆN',
      '1. Ban Chấp hành Công đoàn trường',
      '- Tổng hợp ý kiến của người lao động, gửi Hiệu trưởng chậm nhất 10 ngày trước ngày bắt đầu đối thoại.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Ban Chấp hành Công đoàn trường', 'relative', '-10 days', 0],
      ['Ban Chấp hành Công đoàn trường', 'relative', '-10 days', 1],
    ])
  })
})

describe('round BA: a session heading over bulleted lines, with a remark in brackets after it', () => {
  it('"Kỳ 2 – tháng 10/2033 (kỳ đặc biệt chào mừng …)" heads its own lines, as "Kỳ 1 – tháng 9/2033" does', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức chương trình gặp gỡ, đối thoại giữa lãnh đạo tỉnh với doanh nghiệp năm 2033',
      'III. LỊCH TỔ CHỨC CÁC KỲ',
      'Kỳ 1 – tháng 9/2033',
      '• Thời gian: thứ Bảy, ngày 17/9/2033',
      '• Chủ đề: Tháo gỡ vướng mắc về thủ tục đầu tư',
      '• Khách mời: Sở Tài chính',
      'Kỳ 2 – tháng 10/2033 (kỳ đặc biệt chào mừng Ngày Doanh nhân Việt Nam 13/10)',
      '• Thời gian: thứ Bảy, ngày 08/10/2033',
      '• Chủ đề: Định hướng phát triển kinh tế tư nhân của tỉnh',
      '• Khách mời: lãnh đạo các sở, ngành',
      'IV. PHÂN CÔNG THỰC HIỆN',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2033-09-17', '2033-09-17', 'Tháo gỡ vướng mắc về thủ tục đầu tư'],
      ['day', '2033-10-08', '2033-10-08', 'Định hướng phát triển kinh tế tư nhân của tỉnh'],
    ])
  })
})

describe('round BA: a unit charged with a field that is also a body word, "… và Bảo hiểm xã hội"', () => {
  it.each([
    ['Phòng Lao động - Tiền lương và Bảo hiểm xã hội', ['Phòng Lao động - Tiền lương và Bảo hiểm xã hội']],
    ['Công an xã và Bảo hiểm xã hội huyện', ['Công an xã', 'Bảo hiểm xã hội huyện']],
    ['Phòng Tư pháp và Công an xã', ['Phòng Tư pháp', 'Công an xã']],
  ])('"%s" is %j', (heading, names) => {
    expect(bodiesOfHeading(heading).map((body) => body.name)).toEqual(names)
  })
})

describe("round BA: the plan's standing office named in a session's time as the one announcing its day", () => {
  it('"(ngày cụ thể Phòng Tổ chức - Hành chính thông báo sau)" does not make that session the office\'s alone', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại định kỳ tại nơi làm việc năm 2033',
      'III. THỜI GIAN, ĐỊA ĐIỂM',
      '1. Đối thoại định kỳ lần thứ nhất',
      '- Nội dung trọng tâm: Đối thoại về quy chế chi tiêu nội bộ.',
      '- Thời gian: Trong khoảng từ ngày 11/4/2033 đến ngày 15/4/2033 (buổi chiều; ngày cụ thể Phòng Tổ chức - Hành chính thông báo sau).',
      '2. Đối thoại định kỳ lần thứ hai',
      '- Nội dung trọng tâm: Đối thoại về khen thưởng cuối năm.',
      '- Thời gian: 8 giờ 00, ngày 09/12/2033.',
      'IV. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Tổ chức - Hành chính',
      '- Là đầu mối tham mưu tổ chức đối thoại.',
      '- Thông báo bằng văn bản đến các đơn vị chậm nhất 05 ngày làm việc trước ngày bắt đầu đối thoại.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Phòng Tổ chức - Hành chính', 'relative', '-5 working_days', 0],
      ['Phòng Tổ chức - Hành chính', 'relative', '-5 working_days', 1],
    ])
  })
})
