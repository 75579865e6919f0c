import { describe, expect, it } from 'vitest'
import { datedByRuleOf } from '../helpers/importer-draft.js'

// Round cm (issue 11): constructs of plans measured unseen, each on a small input written here.

describe('two long names joined by "và" over one obligation', () => {
  const text = [
    'THÔNG BÁO KẾT LUẬN',
    'của đồng chí Chủ tịch UBND xã tại Hội nghị đối thoại với Nhân dân về dự án đường liên thôn',
    '',
    'Đồng chí Chủ tịch UBND xã kết luận như sau:',
    '1. Đề nghị Ban Quản lý dự án đầu tư xây dựng huyện và Trung tâm Phát triển quỹ đất huyện phối hợp với UBND ' +
      'xã công khai phương án bồi thường; hoàn thành chậm nhất ngày 30/9/2031.',
  ].join('\n')

  it(
    '"Đề nghị A và B phối hợp … chậm nhất ngày …" gives one task to each, though the ' + "two names together run past one name's length",
    () => {
      expect(datedByRuleOf(text)).toEqual([
        ['Ban Quản lý dự án đầu tư xây dựng huyện', 'absolute', '2031-09-30', null],
        ['Trung tâm Phát triển quỹ đất huyện', 'absolute', '2031-09-30', null],
      ])
    },
  )
})

describe('a conclusion item announcing the next dialogue, then giving its invitations to another body', () => {
  const text = [
    'THÔNG BÁO KẾT LUẬN',
    'của đồng chí Bí thư Đảng ủy xã tại Hội nghị đối thoại với Nhân dân về dự án đường liên thôn',
    '',
    'Đồng chí Bí thư Đảng ủy xã kết luận như sau:',
    '1. Đảng ủy xã sẽ tổ chức đối thoại lần thứ hai với các hộ dân vào hồi 14 giờ 00, ngày ' +
      '15/9/2031, tại Hội trường UBND xã. Giao Văn phòng Đảng ' +
      'ủy phối hợp với UBND xã chuẩn bị nội dung, địa điểm; gửi giấy mời chậm nhất 05 ngày trước ngày đối thoại.',
  ].join('\n')

  it(
    '"Giao Văn phòng Đảng ủy phối hợp … chuẩn bị …; gửi giấy mời chậm nhất …" is the office\'s, its ' +
      'first clause giving no day (was the item\'s "Đảng ủy xã")',
    () => {
      expect(datedByRuleOf(text)).toEqual([['Văn phòng Đảng ủy', 'relative', '-5 days', 0]])
    },
  )
})

describe("a task table copied from a PDF, each cell on its lines, a body's name broken inside", () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nông dân năm 2031',
    'I. THỜI GIAN',
    'Hội nghị tổ chức vào 8 giờ 00, ngày 09/4/2031, tại Hội trường UBND tỉnh.',
    'II. TỔ CHỨC THỰC HIỆN',
    'Sở Nông nghiệp và',
    'Môi trường',
    'Báo cáo tình hình sử dụng đất nông nghiệp, gửi',
    'Văn phòng UBND tỉnh',
    'Trước ngày 27/3/2031',
    'Ngân hàng Chính sách xã hội chi nhánh tỉnh',
    'Quảng Trị',
    'Chuẩn bị nội dung trả lời các kiến nghị về vốn vay',
    'Trước ngày 01/4/2031',
  ].join('\n')

  it('a line ending on "và" or "gửi" goes on in the next, as does a place\'s kind over its proper name ("… tỉnh" / "Quảng Trị")', () => {
    expect(datedByRuleOf(text)).toEqual([
      ['Sở Nông nghiệp và Môi trường', 'absolute', '2031-03-26', null],
      ['Ngân hàng Chính sách xã hội chi nhánh tỉnh Quảng Trị', 'absolute', '2031-03-31', null],
    ])
  })
})

describe('a plan adjusting another, its task table giving the old deadlines beside the new, cells one a line', () => {
  const text = [
    'KẾ HOẠCH ĐIỀU CHỈNH',
    'Kế hoạch số 10/KH-UBND về tổ chức Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nông dân năm 2031',
    'I. NỘI DUNG ĐIỀU CHỈNH',
    '1. Thời gian: 8 giờ 00, ngày 09/4/2031, tại Hội trường UBND tỉnh.',
    '2. Điều chỉnh thời hạn thực hiện nhiệm vụ',
    'TT Cơ quan thực hiện Nội dung nhiệm vụ Thời hạn theo',
    'Kế hoạch số 10',
    'Thời hạn điều chỉnh',
    'Hội Nông dân tỉnh',
    'Tổng hợp ý kiến của hội viên nông dân, gửi',
    'Văn phòng UBND tỉnh',
    'Chậm nhất ngày 27/02/2031',
    'Chậm nhất ngày 30/3/2031',
    'Sở Công Thương',
    'Báo cáo tình hình tiêu thụ nông sản',
    'Trước ngày 05/3/2031',
    'Hoàn thành đến ngày 08/4/2031',
    '3. Bổ sung nhiệm vụ',
    'Sở Tài chính: trình bổ sung kinh phí trước ngày 20/3/2031; báo cáo kết quả trước ngày 30/4/2031.',
  ].join('\n')

  it(
    'under a column "Thời hạn điều chỉnh", of a row\'s two deadlines side by side only the ' +
      'adjusted one is work; two in clauses of their own both are',
    () => {
      expect(datedByRuleOf(text)).toEqual([
        ['Hội Nông dân tỉnh', 'absolute', '2031-03-30', null],
        ['Sở Công Thương', 'absolute', '2031-04-08', null],
        ['Sở Tài chính', 'absolute', '2031-03-19', null],
        ['Sở Tài chính', 'absolute', '2031-04-29', null],
      ])
    },
  )
})
