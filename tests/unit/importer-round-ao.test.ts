import { describe, expect, it } from 'vitest'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Round AO of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round AO: an anniversary with a long name and both its years before the days of the session', () => {
  it('"nhân dịp kỷ niệm 40 năm Ngày thành lập … (15/10/1993 - 15/10/2033)" names no day; "vào ngày … hoặc ngày …" does', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức diễn đàn năm 2033',
      'II. NỘI DUNG, THỜI GIAN',
      '1. Diễn đàn “Thanh niên với chuyển đổi số”',
      'Diễn đàn được tổ chức nhân dịp kỷ niệm 40 năm Ngày thành lập Hội Liên hiệp Thanh ' +
        'niên Việt Nam tỉnh Bắc Sơn (15/10/1993 - 15/10/2033), với chủ đề ' +
        '“Tuổi trẻ sáng tạo”. Diễn đàn dự kiến tổ chức vào ngày 12/10/2033 hoặc ngày 13/10/2033 tại Nhà Văn hóa tỉnh.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng',
      'Chuẩn bị hội trường.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([['month', '2033-10-12', '2033-10-13', 'Diễn đàn “Thanh niên với chuyển đổi số”']])
  })
})

describe('round AO: a lettered item whose body hosts the dialogue it schedules', () => {
  it('"a) Giám đốc Sở chủ trì Hội nghị đối thoại với …. Hội nghị dự kiến tổ chức vào ngày …" is a session, named by the meeting', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại năm 2033',
      'II. NỘI DUNG, THỜI GIAN',
      '1. Đối thoại với doanh nghiệp',
      'a) Giám đốc Sở chủ trì Hội nghị đối thoại với doanh nghiệp vận tải về cấp phù hiệu. Hội nghị ' +
        'dự kiến tổ chức vào ngày 05/5/2033 tại Hội trường Sở.',
      'b) Giám đốc Sở đối thoại với các hợp tác xã vận tải về đăng kiểm; tổ chức vào đầu tháng 9/2033.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng Sở',
      'Chuẩn bị hội trường.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2033-05-05', '2033-05-05', 'Hội nghị đối thoại với doanh nghiệp vận tải về cấp phù hiệu'],
      ['month', '2033-09-01', '2033-09-30', 'Đối thoại với các hợp tác xã vận tải về đăng kiểm'],
    ])
  })
})

describe('round AO: a timetable whose heading names one of the sessions', () => {
  it('"III. TIẾN ĐỘ CHUẨN BỊ HỘI NGHỊ ĐỐI THOẠI VỚI DOANH NGHIỆP" over "Chậm nhất 03 ngày làm việc …: …" is that session\'s', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại năm 2033',
      'I. NỘI DUNG, THỜI GIAN',
      '1. Hội nghị đối thoại với doanh nghiệp về thủ tục đầu tư',
      'Thời gian: 8 giờ 00 ngày 12/5/2033.',
      '2. Hội nghị đối thoại với công chức, viên chức về vị trí việc làm',
      'Thời gian: 14 giờ 00 ngày 15/11/2033.',
      'II. TIẾN ĐỘ CHUẨN BỊ HỘI NGHỊ ĐỐI THOẠI VỚI DOANH NGHIỆP',
      'Ngày 10/4/2033: Văn phòng Sở đăng tải thông báo mời doanh nghiệp gửi câu hỏi.',
      'Chậm nhất 03 ngày làm việc trước ngày hội nghị: Văn phòng Sở hoàn chỉnh tài liệu, trình Giám đốc Sở.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng Sở',
      'Là đầu mối tổ chức các buổi đối thoại; chuẩn bị hội trường.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Văn phòng Sở', 'absolute', '2033-04-10', null],
      ['Văn phòng Sở', 'relative', '-3 working_days', 0],
    ])
  })

  it('"III. TIẾN ĐỘ ĐỐI VỚI DIỄN ĐÀN “…”" over "- Trước ngày tổ chức diễn đàn 05 ngày: …" is the forum\'s, whoever the body', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức diễn đàn và hội nghị đối thoại năm 2033',
      'I. NỘI DUNG, THỜI GIAN',
      '1. Diễn đàn “Thanh niên với khởi nghiệp”',
      'Diễn đàn dự kiến tổ chức vào ngày 20/3/2033 tại Nhà Văn hóa tỉnh.',
      '2. Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với thanh niên',
      'Hội nghị tổ chức trong tháng 8/2033.',
      'II. TIẾN ĐỘ THỰC HIỆN ĐỐI VỚI DIỄN ĐÀN “THANH NIÊN VỚI KHỞI NGHIỆP”',
      '- Trước ngày tổ chức diễn đàn 05 ngày: Văn phòng Tỉnh đoàn hoàn thành công tác chuẩn bị hội trường.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng Tỉnh đoàn',
      '- Đối với Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với thanh niên, dự thảo thông báo kết ' +
        'luận trong thời hạn 10 ngày kể từ ngày kết thúc hội nghị.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Văn phòng Tỉnh đoàn', 'relative', '-5 days', 0],
      ['Văn phòng Tỉnh đoàn', 'relative', '10 days', 1],
    ])
  })
})
