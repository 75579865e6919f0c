import { describe, expect, it } from 'vitest'
import { sessionsOf } from '../helpers/importer-draft.js'

// Round dj of the importer's fixes: each construct on a small input written here.

describe('a mail whose header gives the hour it was sent, its session listed with stars', () => {
  const text = [
    'Từ: Phòng Đào tạo <daotao@truong.edu.vn>',
    'Gửi: cackhoa@truong.edu.vn',
    'Cc: bangiamhieu@truong.edu.vn',
    'Ngày: Thứ Hai, 08/11/2032 10:15',
    'Chủ đề: Chuẩn bị buổi đối thoại giữa Hiệu trưởng với sinh viên',
    '',
    'Kính gửi: Lãnh đạo các khoa; Đoàn Thanh niên.',
    '',
    'Thực hiện Thông tư số 10/2016/TT-BGDĐT ngày 05/4/2016 của Bộ trưởng, Nhà trường tổ chức buổi đối thoại như sau.',
    '',
    '* Thời gian: 14h00 thứ Sáu, ngày 10/12/2032',
    '* Địa điểm: Hội trường A',
    '* Nội dung: Hiệu trưởng đối thoại với sinh viên về học bổng và học phí',
    '',
    'Đề nghị các đơn vị phối hợp như sau:',
    '',
    '1) Các khoa: tổng hợp câu hỏi của sinh viên, gửi Phòng Đào tạo trước ngày 01/12/2032.',
    '',
    '2) Trung tâm Thông tin: tạo phòng họp trực tuyến, cấp tài khoản cho buổi đối thoại.',
    '',
    'Lưu ý: Năm học 2031 - 2032 buổi đối thoại (ngày 18/12/2031) có nhiều đơn vị gửi câu hỏi chậm.',
    '',
    'Trân trọng./.',
  ].join('\n')

  it('reads the starred labels as the session, not the mail sent nor the remark on last year’s', () => {
    expect(sessionsOf(text)).toEqual([['day', '2032-12-10', '2032-12-10', 'Hiệu trưởng đối thoại với sinh viên về học bổng và học phí']])
  })
})

describe('a remark in brackets under a schedule on the day one of its lines moved to', () => {
  const text = [
    'THÔNG BÁO',
    'Lịch tiếp công dân của Giám đốc Sở 6 tháng cuối năm 2033',
    'Sở thông báo lịch tiếp công dân định kỳ của Giám đốc Sở như sau:',
    '1. Lịch tiếp công dân',
    '',
    'Tháng',
    'Ngày tiếp',
    'Người tiếp',
    '',
    '7',
    '11/7 (thứ Hai)',
    'Đồng chí Giám đốc',
    '',
    '8',
    '10/8 (thứ Tư)',
    'Đồng chí Giám đốc',
    '',
    'Thời gian tiếp: buổi sáng từ 07 giờ 30 đến 11 giờ 00.',
    'Địa điểm: Phòng tiếp công dân của Sở.',
    '(Ngày 10/7/2033 trùng Chủ nhật nên chuyển sang thứ Hai, 11/7/2033.)',
    '',
    'Ngoài lịch trên, Giám đốc Sở tham gia tiếp công dân cùng Chủ tịch UBND tỉnh khi được mời.',
    '2. Tổ chức thực hiện',
    '- Văn phòng Sở: niêm yết Thông báo tại trụ sở trong ngày 30/6/2033.',
  ].join('\n')

  it('reads the lines only, not the remark nor the sentence after it', () => {
    expect(sessionsOf(text).map((s) => s.slice(0, 2))).toEqual([
      ['day', '2033-07-11'],
      ['day', '2033-08-10'],
    ])
  })
})

describe('an adjusting plan whose line of what is now cancels a session', () => {
  const text = [
    'KẾ HOẠCH',
    'Điều chỉnh lịch đối thoại của Chủ tịch UBND huyện năm 2034',
    'I. NỘI DUNG ĐIỀU CHỈNH',
    '1. Đối thoại với các hộ dân thôn A về đơn giá bồi thường',
    '- Thời gian theo Kế hoạch số 12: 8 giờ 00, ngày 15/8/2034.',
    '- Nay điều chỉnh: 8 giờ 00, ngày 29/8/2034.',
    '2. Đối thoại với Công ty B và các hộ dân xã C về tranh chấp ranh đất',
    '- Thời gian theo Kế hoạch số 12: 14 giờ 00, ngày 12/9/2034.',
    '- Nay không tổ chức do các bên đã hòa giải thành tại UBND xã C ngày 19/7/2034.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng UBND huyện: phát hành lại giấy mời trước ngày 20/8/2034.',
  ].join('\n')

  it('keeps the moved session and drops the cancelled one', () => {
    expect(sessionsOf(text)).toEqual([['day', '2034-08-29', '2034-08-29', 'Đối thoại với các hộ dân thôn A về đơn giá bồi thường']])
  })
})
