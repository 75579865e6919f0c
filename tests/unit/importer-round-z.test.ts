import { describe, expect, it } from 'vitest'
import { bodyHeading } from '../../src/importer/bodies.js'
import { datedOf, sessionsOf } from '../helpers/importer-draft.js'

// Round z of the importer's fixes (issue 11): each construct on a small input written here.

describe('an appendix table of sessions after the signature, its heading in ordinary case', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại với các hộ dân có khiếu nại năm 2030',
    'I. THỜI GIAN, ĐỊA ĐIỂM',
    'Tổ chức 03 buổi đối thoại (chi tiết tại Phụ lục kèm theo).',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng Sở',
    '- Phát hành giấy mời chậm nhất 05 ngày làm việc trước ngày đối thoại.',
    '2. Đề nghị UBND xã An Hòa, xã An Bình và UBND phường Tân Lập',
    '- Mời các hộ dân tham dự trước ngày đối thoại tại địa phương ít nhất 03 ngày.',
    'Nơi nhận:',
    '- Lưu: VT.',
    'GIÁM ĐỐC',
    'Phụ lục',
    'LỊCH TỔ CHỨC ĐỐI THOẠI (Kèm theo Kế hoạch số 12/KH-STNMT ngày 02/3/2030)',
    '| TT | Thời gian | Địa điểm | Nội dung đối thoại chủ yếu |',
    '|---|---|---|---|',
    '| 1 | 8 giờ 00, thứ Năm, ngày 20/6/2030 | Hội trường UBND xã An Hòa | Đối thoại về đơn giá bồi thường |',
    '| 2 | 8 giờ 00, thứ Sáu, ngày 21/6/2030 | Hội trường UBND xã An Bình | Đối thoại về hỗ trợ chuyển đổi nghề |',
    '| 3 | 8 giờ 00, thứ Năm, ngày 27/6/2030 | Hội trường UBND phường Tân Lập | Đối thoại về bố trí tái định cư |',
  ].join('\n')

  it('reads the rows as the sessions, not as words of the last body of the work', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2030-06-20', '2030-06-20', 'Đối thoại về đơn giá bồi thường'],
      ['day', '2030-06-21', '2030-06-21', 'Đối thoại về hỗ trợ chuyển đổi nghề'],
      ['day', '2030-06-27', '2030-06-27', 'Đối thoại về bố trí tái định cư'],
    ])
  })

  it('gives each place written with its kind its own body, bound to the session held there', () => {
    expect(datedOf(text)).toEqual([
      ['Văn phòng Sở', 'relative', '2030-06-13', 0],
      ['Văn phòng Sở', 'relative', '2030-06-14', 1],
      ['Văn phòng Sở', 'relative', '2030-06-20', 2],
      ['UBND xã An Hòa', 'relative', '2030-06-17', 0],
      ['UBND xã An Bình', 'relative', '2030-06-18', 1],
      ['UBND phường Tân Lập', 'relative', '2030-06-24', 2],
    ])
  })
})

describe('a schedule in columns of spaces, a rule of dashes under its header and a blank line between rows', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức hội nghị đối thoại với doanh nghiệp năm 2030',
    'I. LỊCH TỔ CHỨC HỘI NGHỊ',
    '',
    'STT   Thời gian              Địa điểm                  Nội dung đối thoại',
    '--------------------------------------------------------------------------------',
    '1     8h00, thứ Năm, ngày    Hội trường Cục Thuế       DN nhỏ và vừa: đối thoại về khai',
    '      20/6/2030              (tầng 3)                  thuế điện tử',
    '',
    '2     Quý III/2030 (dự kiến  Hội trường Chi cục Thuế   DN xuất nhập khẩu: đối thoại về',
    '      tháng 8/2030)          huyện A                   hoàn thuế GTGT',
    '',
    'II. PHÂN CÔNG THỰC HIỆN',
    '1. Văn phòng Cục',
    '- Gửi giấy mời chậm nhất 07 ngày trước ngày tổ chức hội nghị.',
  ].join('\n')

  it('reads each row with its wrapped cells joined, one session a row', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2030-06-20', '2030-06-20', 'DN nhỏ và vừa: đối thoại về khai thuế điện tử'],
      ['month', '2030-08-01', '2030-08-31', 'DN xuất nhập khẩu: đối thoại về hoàn thuế GTGT'],
    ])
  })
})

describe('a kind of body over names parted by semicolons', () => {
  it('gives each name the kind, keeping its own "và", a name that opens like a body\'s among them', () => {
    expect(bodyHeading('Các phòng: Tổ chức và Hành chính; Thanh tra nội bộ; Kế hoạch và Tài chính')?.bodies.map((b) => b.name)).toEqual([
      'Phòng Tổ chức và Hành chính',
      'Phòng Thanh tra nội bộ',
      'Phòng Kế hoạch và Tài chính',
    ])
  })

  it('gives the dated obligation under that heading to each', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức hội nghị đối thoại với doanh nghiệp năm 2030',
      'I. THỜI GIAN',
      'Hội nghị đối thoại tổ chức vào 8 giờ 00, ngày 20/6/2030.',
      'II. PHÂN CÔNG THỰC HIỆN',
      '1. Các phòng: Tổ chức và Hành chính; Thanh tra nội bộ; Kế hoạch và Tài chính',
      '- Chuẩn bị nội dung trả lời, gửi Văn phòng trước 16 giờ 30 ngày 10/6/2030.',
    ].join('\n')
    expect(datedOf(text)).toEqual([
      ['Phòng Tổ chức và Hành chính', 'absolute', '2030-06-10', null],
      ['Phòng Thanh tra nội bộ', 'absolute', '2030-06-10', null],
      ['Phòng Kế hoạch và Tài chính', 'absolute', '2030-06-10', null],
    ])
  })
})

describe('a report of the conference sent "về" a body', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức hội nghị đối thoại với doanh nghiệp năm 2030',
    'I. LỊCH TỔ CHỨC',
    '| STT | Thời gian | Địa điểm | Nội dung |',
    '|---|---|---|---|',
    '| 1 | 8h00, thứ Năm, ngày 20/6/2030 | Hội trường Cục Thuế tỉnh | Đối thoại về khai thuế điện tử |',
    '| 2 | 8h00, thứ Năm, ngày 27/6/2030 | Hội trường Chi cục Thuế huyện A | Đối thoại về thuế khoán |',
    '| 3 | 8h00, thứ Năm, ngày 04/7/2030 | Hội trường UBND huyện B | Đối thoại về hóa đơn điện tử |',
    'II. PHÂN CÔNG THỰC HIỆN',
    '1. Chi cục Thuế huyện A',
    '- Báo cáo kết quả hội nghị về Cục Thuế (qua Phòng Tuyên truyền) trong vòng 03 ngày làm việc sau hội nghị.',
  ].join('\n')

  it('names the recipient, not the sessions held in its hall: the body reports on the one held at its own', () => {
    expect(datedOf(text)).toEqual([['Chi cục Thuế huyện A', 'relative', '2030-07-02', 1]])
  })
})
