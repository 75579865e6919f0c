import { describe, expect, it } from 'vitest'
import { datedByRuleOf, datedOf, sessionsOf, timesOf } from '../helpers/importer-draft.js'

// Round bp of the importer's fixes (issue 11): each construct on a small input written here.

describe('a notice that postpones a session to a new time, its deadlines moved with it', () => {
  const text = [
    'THÔNG BÁO',
    'Về việc hoãn tổ chức Hội nghị đối thoại với doanh nghiệp năm 2030',
    'Theo Kế hoạch số 50/KH-UBND ngày 02/8/2030 của UBND huyện, Hội nghị đối thoại với doanh ' +
      'nghiệp được tổ chức vào 8 giờ 00 ngày 20/9/2030.',
    '1. Hoãn tổ chức Hội nghị đối thoại với doanh nghiệp năm 2030 dự kiến vào ngày 20/9/2030.',
    'Thời gian tổ chức lại: 8 giờ 00, thứ Ba, ngày 08/10/2030.',
    'Địa điểm: Hội trường UBND huyện (không thay đổi).',
    '2. Điều chỉnh thời hạn thực hiện một số nhiệm vụ như sau:',
    'a) Phòng Tài chính - Kế hoạch: tổng hợp kiến nghị của doanh nghiệp, gửi Văn phòng HĐND và UBND huyện ' +
      'trước ngày 01/10/2030 (thay cho thời hạn trước ngày 12/9/2030).',
    'b) Phòng Kinh tế và Hạ tầng: chuẩn bị báo cáo, gửi Văn phòng HĐND và UBND huyện chậm nhất ' +
      'ngày 03/10/2030 (thay cho hạn chậm nhất ngày 15/9/2030).',
  ].join('\n')

  it('reads the session at the time it is held again, not the time it was postponed from', () => {
    expect(timesOf(text)).toEqual([['day', '2030-10-08', '2030-10-08']])
  })

  it('gives each body its new deadline only, not the one it replaces', () => {
    expect(datedOf(text)).toEqual([
      ['Phòng Tài chính - Kế hoạch', 'absolute', '2030-09-30', null],
      ['Phòng Kinh tế và Hạ tầng', 'absolute', '2030-10-03', null],
    ])
  })
})

describe('a table pasted with tabs, a time cell of three paragraphs over three lines', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại của Chủ tịch UBND huyện năm 2030',
    'II. THỜI GIAN, ĐỊA ĐIỂM',
    'TT\tThời gian\tĐịa điểm\tNội dung đối thoại\tCơ quan chuẩn bị',
    '1\tTháng 3/2030\tHội trường UBND xã An Hòa\tĐối thoại với các hộ dân xã An Hòa về bồi thường\tPhòng Tài nguyên và Môi trường',
    '2\t14 giờ 00',
    'ngày 16/5/2030',
    '(thứ Tư)\tHội trường UBND xã An Bình\tĐối thoại với Nhân dân xã An Bình về trật tự xây dựng\tPhòng Kinh tế và Hạ tầng',
    '3\tQuý III/2030',
    '(dự kiến tháng 8/2030)\tHội trường UBND huyện\tĐối thoại với hộ kinh doanh về quản lý chợ\tPhòng Tài chính - Kế hoạch',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Kinh tế và Hạ tầng',
    'Chuẩn bị báo cáo, gửi Văn phòng HĐND và UBND huyện chậm nhất 07 ngày trước ngày tổ chức đối thoại tại xã An Bình.',
  ].join('\n')

  it('joins the lines of each row, one session a row', () => {
    expect(sessionsOf(text)).toEqual([
      ['month', '2030-03-01', '2030-03-31', 'Đối thoại với các hộ dân xã An Hòa về bồi thường'],
      ['day', '2030-05-16', '2030-05-16', 'Đối thoại với Nhân dân xã An Bình về trật tự xây dựng'],
      ['month', '2030-08-01', '2030-08-31', 'Đối thoại với hộ kinh doanh về quản lý chợ'],
    ])
  })

  it('binds a deadline counted from the dialogue in one place to that session only', () => {
    expect(datedOf(text)).toEqual([['Phòng Kinh tế và Hạ tầng', 'relative', '2030-05-09', 1]])
  })
})

describe('a heading that names the annex column of lead bodies, its work in lettered lines under it', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại của Chủ tịch UBND tỉnh năm 2030',
    'I. THỜI GIAN, ĐỊA ĐIỂM',
    'Chi tiết tại Phụ lục kèm theo.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Các đơn vị được giao chủ trì tham mưu tại Phụ lục',
    'a) Tổng hợp kiến nghị, gửi Văn phòng UBND tỉnh chậm nhất 10 ngày trước ngày tổ chức hội nghị.',
    'b) Cử lãnh đạo dự hội nghị.',
    'PHỤ LỤC',
    '| TT | Nội dung đối thoại | Thời gian | Địa điểm | Đơn vị chủ trì tham mưu | Đơn vị phối hợp |',
    '|---|---|---|---|---|---|',
    '| 1 | Đối thoại với Nhân dân về bồi thường | 8 giờ 00, ngày 20/3/2030 | Hội trường UBND ' +
      'huyện A | Sở Nông nghiệp và Môi trường | UBND huyện A |',
    '| 2 | Đối thoại với doanh nghiệp về thủ tục đầu tư | 8 giờ 00, ngày 15/5/2030 | Hội trường UBND tỉnh | Sở Tài chính | Sở Xây dựng |',
  ].join('\n')

  it("gives the work to each row's body, for its own session", () => {
    expect(datedByRuleOf(text)).toEqual([
      ['Sở Nông nghiệp và Môi trường', 'relative', '-10 days', 0],
      ['Sở Tài chính', 'relative', '-10 days', 1],
    ])
  })
})
