import { describe, expect, it } from 'vitest'
import { cleanLines } from '../../src/importer/normalize.js'
import { readPlan } from '../../src/importer/read-plan.js'
import { datedOf } from '../helpers/importer-draft.js'

// Constructs of plans measured unseen (round c), each on a small input written here.

const frame = (execution: string, sessions = '1. Đối thoại với Nhân dân xã A\n- Thời gian: Ngày 20/9/2024.') =>
  `KẾ HOẠCH\nđối thoại năm 2024\nII. NỘI DUNG\n${sessions}\nIII. TỔ CHỨC THỰC HIỆN\n${execution}`

describe('round c', () => {
  it('a sentence that opens with a condition ("Trường hợp có thay đổi lịch, … sẽ thông báo … trước ít nhất 02 ngày") sets no date', () => {
    const text = frame(
      [
        'a) Văn phòng Sở: Chuẩn bị tài liệu; báo cáo Giám đốc Sở trước ngày 06/12/2024.',
        '',
        'Trường hợp có thay đổi lịch, Sở Nội vụ sẽ thông báo bằng văn bản đến các đơn vị trước ít nhất 02 ngày.',
        'b) Phòng Tổ chức: Nếu có kiến nghị mới, gửi Văn phòng Sở chậm nhất 03 ngày trước ngày đối thoại.',
      ].join('\n'),
    )
    expect(datedOf(text)).toEqual([['Văn phòng Sở', 'absolute', '2024-12-05', null]])
  })

  it('a line that points to the appendix for the sessions ("… các hội nghị: Theo Phụ lục … kèm theo") is none of them', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức hội nghị đối thoại năm 2024',
      'II. NỘI DUNG',
      '1. Nội dung, thời gian, địa điểm các hội nghị: Theo Phụ lục dự kiến lịch tổ chức kèm theo ' +
        'Kế hoạch này. Thời gian cụ thể sẽ được thông báo sau.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Hội Nông dân huyện A: gửi kế hoạch chậm nhất 20 ngày trước ngày tổ chức hội nghị.',
      'PHỤ LỤC',
      'DỰ KIẾN LỊCH TỔ CHỨC HỘI NGHỊ',
      '1. Hội nghị đối thoại với hội viên huyện A về vay vốn.',
      '   Dự kiến: tháng 4/2024.',
      '2. Hội nghị đối thoại với hội viên huyện B về sinh kế.',
      '   Dự kiến: tháng 6/2024.',
    ].join('\n')
    const plan = readPlan(text)
    expect(plan.sessions.map((s) => [s.time.precision, s.time.start])).toEqual([
      ['month', '2024-04-01'],
      ['month', '2024-06-01'],
    ])
    expect(datedOf(text)).toEqual([['Hội Nông dân huyện A', 'relative', '2024-03-12', 0]])
  })

  it('a deadline counted from "hội nghị cấp tỉnh" concerns the sessions held at that level', () => {
    const sessions = [
      '1. Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với hội viên về vay vốn.',
      '- Cấp tổ chức: tỉnh.',
      '- Thời gian: ngày 10/4/2024.',
      '2. Hội nghị đối thoại giữa Bí thư Huyện ủy A với hội viên về sinh kế.',
      '- Cấp tổ chức: huyện A.',
      '- Thời gian: ngày 12/6/2024.',
      '3. Hội nghị đối thoại giữa Bí thư Huyện ủy B với công nhân về nhà ở.',
      '- Cấp tổ chức: huyện B.',
      '- Thời gian: ngày 14/8/2024.',
    ].join('\n')
    const execution = [
      '1. Ban Kinh tế: trình Thường trực chậm nhất 15 ngày trước ngày tổ chức hội nghị cấp tỉnh.',
      '2. Văn phòng: dự thảo Thông báo kết quả hội nghị đối thoại cấp tỉnh, trình ký trong vòng 05 ngày làm việc sau hội nghị.',
      '3. Ban Tổ chức: gửi danh sách chậm nhất 07 ngày trước ngày tổ chức hội nghị cấp huyện.',
    ].join('\n')
    expect(datedOf(frame(execution, sessions))).toEqual([
      ['Ban Kinh tế', 'relative', '2024-03-26', 0],
      ['Văn phòng', 'relative', '2024-04-17', 0],
      ['Ban Tổ chức', 'relative', '2024-06-05', 1],
      ['Ban Tổ chức', 'relative', '2024-08-07', 2],
    ])
  })

  it.each([['1. Thời gian, địa điểm:'], ['1. Thời gian, địa điểm: Các buổi sáng bắt đầu từ 7 giờ 30, buổi chiều từ 13 giờ 30.']])(
    'dated lines listed under a heading that says where ("a) Tại xã A (…):") are the sessions of that place (%s)',
    (heading) => {
      const sessions = [
        heading,
        'a) Tại xã Đông Hưng (Hội trường UBND xã Đông Hưng):',
        '+ Ngày 08/10/2024 (thứ Ba): đối thoại với các hộ dân có đất nông nghiệp bị thu hồi;',
        '+ Ngày 10/10/2024 (thứ Năm): đối thoại với các hộ dân có đất ở bị thu hồi.',
        'b) Tại xã Tây Sơn (Hội trường UBND xã Tây Sơn):',
        '+ Ngày 15/10/2024 (thứ Ba): đối thoại với các hộ dân có nhà cửa bị thu hồi.',
      ].join('\n')
      const execution = [
        '1. Ủy ban nhân dân xã Đông Hưng và Ủy ban nhân dân xã Tây Sơn:',
        '- Gửi giấy mời đến từng hộ dân chậm nhất 02 ngày trước ngày đối thoại.',
      ].join('\n')
      expect(datedOf(frame(execution, sessions))).toEqual([
        ['Ủy ban nhân dân xã Đông Hưng', 'relative', '2024-10-04', 0],
        ['Ủy ban nhân dân xã Đông Hưng', 'relative', '2024-10-08', 1],
        ['Ủy ban nhân dân xã Tây Sơn', 'relative', '2024-10-11', 2],
      ])
    },
  )

  it('a deadline whose clause opens with a place ("…: xã A trước ngày …; xã B trước ngày …") is that place\'s body\'s alone', () => {
    const execution = [
      '1. Ủy ban MTTQ các xã: Đông Hòa, Tây Mỹ',
      '- Lập danh sách đại biểu gửi về Ủy ban MTTQ huyện: xã Đông Hòa trước ngày 03/6/2024; xã Tây Mỹ trước ngày 12/6/2024.',
    ].join('\n')
    expect(datedOf(frame(execution))).toEqual([
      ['Ủy ban MTTQ xã Đông Hòa', 'absolute', '2024-06-02', null],
      ['Ủy ban MTTQ xã Tây Mỹ', 'absolute', '2024-06-11', null],
    ])
  })

  it('"Ban Chấp hành công đoàn cơ sở các công ty: A, B" is one body per company, each bound to its company\'s session', () => {
    const sessions = [
      '1. Công ty Cổ phần Chè Minh An',
      '+ Nội dung: Đối thoại giữa người sử dụng lao động và người lao động Công ty Cổ phần Chè Minh An về tiền lương.',
      '+ Thời gian: ngày 12/7/2024.',
      '2. Công ty TNHH May mặc Hòa Lợi',
      '+ Nội dung: Đối thoại giữa người sử dụng lao động và người lao động Công ty TNHH May mặc Hòa Lợi về bữa ăn ca.',
      '+ Thời gian: ngày 20/9/2024.',
    ].join('\n')
    const execution = [
      '1. Ban Chấp hành công đoàn cơ sở các công ty: Cổ phần Chè Minh An, TNHH May mặc Hòa Lợi',
      '- Tổng hợp kiến nghị, gửi Liên đoàn Lao động huyện chậm nhất 07 ngày trước ngày tổ chức đối thoại tại đơn vị mình.',
    ].join('\n')
    expect(datedOf(frame(execution, sessions))).toEqual([
      ['Ban Chấp hành công đoàn cơ sở Công ty Cổ phần Chè Minh An', 'relative', '2024-07-05', 0],
      ['Ban Chấp hành công đoàn cơ sở Công ty TNHH May mặc Hòa Lợi', 'relative', '2024-09-13', 1],
    ])
  })

  it('a schedule\'s lines on one day are a session each, "lúc 14 giờ 00 cùng ngày" on the day of the line before', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tổ chức đối thoại với các hộ gia đình có đất bị thu hồi',
      '1. Thời gian, địa điểm',
      '- Buổi thứ nhất: lúc 08 giờ 00, thứ Ba, ngày 05/11/2024, tại Hội trường phường Tân An: ' +
        'đối thoại với các hộ gia đình, cá nhân thuộc khu phố 1, phường Tân An.',
      '- Buổi thứ hai: lúc 14 giờ 00 cùng ngày, tại Hội trường phường Tân An: đối thoại với các ' +
        'hộ gia đình, cá nhân thuộc khu phố 2, phường Tân An.',
      '- Buổi thứ ba: lúc 08 giờ 00, thứ Năm, ngày 07/11/2024, tại Hội trường phường Tân Hòa: ' +
        'đối thoại với các hộ gia đình, cá nhân thuộc khu phố 1, phường Tân Hòa.',
      '- Buổi thứ tư: lúc 14 giờ 00, thứ Năm, ngày 07/11/2024, tại Hội trường phường Tân Hòa: ' +
        'đối thoại với các hộ gia đình, cá nhân thuộc khu phố 2, phường Tân Hòa.',
      '2. Tổ chức thực hiện',
      'a) UBND các phường: Tân An, Tân Hòa:',
      '- Báo cáo tình hình, gửi Ban Bồi thường chậm nhất 03 ngày làm việc trước ngày đối thoại tại phường.',
    ].join('\n')
    const plan = readPlan(text)
    expect(plan.sessions.map((s) => [s.time.start, s.startsAt?.hour])).toEqual([
      ['2024-11-05', 8],
      ['2024-11-05', 14],
      ['2024-11-07', 8],
      ['2024-11-07', 14],
    ])
    expect(plan.tasks.filter((t) => t.deadline.kind !== 'none').map((t) => [t.lead, t.session])).toEqual([
      ['UBND phường Tân An', 0],
      ['UBND phường Tân An', 1],
      ['UBND phường Tân Hòa', 2],
      ['UBND phường Tân Hòa', 3],
    ])
  })

  it('a list of names after a label broken inside a name ("…: Tân An, Tân" / "Hòa và Phú Lợi:") is one line', () => {
    expect(cleanLines('b) UBND các phường: Tân An, Tân\nHòa và Phú Lợi:\n- Báo cáo tình hình.').map((l) => l.text)).toEqual([
      'b) UBND các phường: Tân An, Tân Hòa và Phú Lợi:',
      '- Báo cáo tình hình.',
    ])
    // A label or a body's heading on the next line starts anew.
    expect(cleanLines('- Mời dự: Ban Dân vận, Mặt trận\nNội dung:\nBan Tổ chức Tỉnh ủy:').map((l) => l.text)).toEqual([
      '- Mời dự: Ban Dân vận, Mặt trận',
      'Nội dung:',
      'Ban Tổ chức Tỉnh ủy:',
    ])
  })
})
