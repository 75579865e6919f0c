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
