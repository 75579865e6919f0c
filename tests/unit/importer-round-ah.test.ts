import { describe, expect, it } from 'vitest'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Round AH of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round AH: a page number left between two rows of a table written one cell a line', () => {
  it('"2" between the third and the fourth row is no cell: the table goes on after it', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tiếp công dân định kỳ của Chủ tịch UBND huyện năm 2031',
      '1. Lịch tiếp công dân',
      'TT',
      'Tháng',
      'Ngày tiếp công dân',
      'Địa điểm',
      '1',
      'Tháng 01',
      'Thứ Sáu, ngày 10/01/2031',
      'Trụ sở Tiếp công dân huyện',
      '2',
      'Tháng 02',
      'Thứ Hai, ngày 10/02/2031',
      'Trụ sở Tiếp công dân huyện',
      '3',
      'Tháng 3',
      'Thứ Hai, ngày 10/3/2031',
      'Hội trường UBND xã A',
      '',
      '2',
      '',
      '4',
      'Tháng 4',
      'Thứ Năm, ngày 10/4/2031',
      'Trụ sở Tiếp công dân huyện',
      '5',
      'Tháng 5',
      'Thứ Hai, ngày 12/5/2031',
      'Trụ sở Tiếp công dân huyện',
      '2. Tổ chức thực hiện',
      'a) Ban Tiếp công dân huyện báo cáo Chủ tịch UBND huyện chậm nhất 02 ngày làm việc trước mỗi buổi tiếp công dân.',
    ].join('\n')
    const topic = 'Tiếp công dân định kỳ của Chủ tịch UBND huyện'
    expect(sessionsOf(text).map(([precision, start, end]) => [precision, start, end])).toEqual([
      ['day', '2031-01-10', '2031-01-10'],
      ['day', '2031-02-10', '2031-02-10'],
      ['day', '2031-03-10', '2031-03-10'],
      ['day', '2031-04-10', '2031-04-10'],
      ['day', '2031-05-12', '2031-05-12'],
    ])
    expect(sessionsOf(text).every(([, , , t]) => String(t).startsWith(topic))).toBe(true)
    expect(datedByRuleOf(text)).toEqual(
      [0, 1, 2, 3, 4].map((session) => ['Ban Tiếp công dân huyện', 'relative', '-2 working_days', session]),
    )
  })
})

describe("round AH: a schedule's column of bodies with a long label", () => {
  it('"Cơ quan chủ trì chuẩn bị nội dung" names each row\'s body: its heading assigns each body its own session', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại với doanh nghiệp năm 2031',
      'I. NỘI DUNG, THỜI GIAN',
      'STT\tNội dung đối thoại\tThời gian\tĐịa điểm\tCơ quan chủ trì chuẩn bị nội dung\tCơ quan phối hợp',
      '1\tĐối thoại với doanh nghiệp về thủ tục đầu tư\t8 giờ 00, ngày 15/4/2031 (thứ Ba)\tHội ' +
        'trường UBND tỉnh\tSở Kế hoạch và Đầu tư\tCục Thuế tỉnh',
      '2\tĐối thoại với nông dân về đất đai\tTháng 9/2031\tHội trường UBND huyện B\tSở Tài nguyên và Môi trường\tThanh tra tỉnh',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Cơ quan chủ trì chuẩn bị nội dung đối thoại (cột 5 của bảng tại Mục I)',
      'Xây dựng báo cáo gửi về Văn phòng UBND tỉnh chậm nhất 10 ngày trước ngày tổ chức đối thoại.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Sở Kế hoạch và Đầu tư', 'relative', '-10 days', 0],
      ['Sở Tài nguyên và Môi trường', 'relative', '-10 days', 1],
    ])
  })
})

describe('round AH: an adjustment item that cancels a session in its own words', () => {
  it('"2. Không tổ chức đối thoại với … (dự kiến tháng 8 theo Kế hoạch số …)" is no session: the month was when it was to be', () => {
    const text = [
      'KẾ HOẠCH',
      'Điều chỉnh Kế hoạch tổ chức đối thoại với Nhân dân năm 2031',
      'I. NỘI DUNG ĐIỀU CHỈNH',
      '1. Điều chỉnh thời gian đối thoại với Nhân dân xã A về bồi thường, hỗ trợ, tái định cư: từ tháng 5/2031 sang ngày 12/6/2031.',
      '2. Không tổ chức đối thoại với các hộ dân thôn 2, xã B về thu hồi đất (dự kiến tháng ' +
        '8/2031 theo Kế hoạch số 10/KH-UBND), lý do như đã nêu.',
      '3. Bổ sung nội dung đối thoại',
      '- Nội dung: Đối thoại với các hộ kinh doanh tại chợ C về phương án sắp xếp lại chợ.',
      '- Thời gian: Quý IV/2031.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Kinh tế',
      'Xây dựng báo cáo, gửi Văn phòng chậm nhất 10 ngày làm việc trước ngày tổ chức đối thoại với các hộ kinh doanh chợ C.',
    ].join('\n')
    expect(sessionsOf(text).map(([precision, start, end]) => [precision, start, end])).toEqual([
      ['day', '2031-06-12', '2031-06-12'],
      ['quarter', '2031-10-01', '2031-12-31'],
    ])
    expect(datedByRuleOf(text)).toEqual([['Phòng Kinh tế', 'relative', '-10 working_days', 1]])
  })
})
