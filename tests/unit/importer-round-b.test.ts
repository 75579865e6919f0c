import { describe, expect, it } from 'vitest'
import { bodyHeading } from '../../src/importer/bodies.js'
import { readPlan } from '../../src/importer/read-plan.js'
import { sessionsOf, datedOf } from '../helpers/importer-draft.js'

// Round b of the unseen plans (issue 11): the general causes behind what they missed, each on a small input written here.

describe('round b', () => {
  it('"Đợt 1 - huyện A: tổ chức vào …" heads its own "Nội dung:" and "Thành phần:" lines', () => {
    const text = [
      'II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
      '1. Lịch đối thoại',
      'Đợt 1 - huyện Sông Lam: tổ chức vào tháng 4/2033, tại Hội trường Huyện ủy.',
      'Nội dung: Đối thoại với Nhân dân huyện Sông Lam về bảo vệ rừng phòng hộ.',
      'Thành phần: Khoảng 100 đại biểu.',
      'Đợt 2 - huyện Núi Đỏ: dự kiến ngày 12/6/2033 (thứ Năm), tại Nhà văn hóa - Thể thao huyện.',
      'Nội dung: Đối thoại với đồng bào dân tộc huyện Núi Đỏ về đất sản xuất.',
      'Thành phần: Khoảng 120 đại biểu.',
      'Đợt 3 - huyện Bến Cát: từ ngày 10 đến ngày 12/9/2033, tại Hội trường UBND huyện.',
      'Nội dung: Đối thoại với nông dân huyện Bến Cát về tái canh cây cà phê.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['month', '2033-04-01', '2033-04-30', 'Đối thoại với Nhân dân huyện Sông Lam về bảo vệ rừng phòng hộ'],
      ['day', '2033-06-12', '2033-06-12', 'Đối thoại với đồng bào dân tộc huyện Núi Đỏ về đất sản xuất'],
      ['month', '2033-09-10', '2033-09-12', 'Đối thoại với nông dân huyện Bến Cát về tái canh cây cà phê'],
    ])
  })

  it('"Các huyện ủy: A, B" is the committee of each place; "Các xã: A, B" names no body of theirs', () => {
    expect(bodyHeading("Các huyện ủy: Sông Lam, Krông K'lấp")?.bodies).toEqual([
      { name: 'Huyện ủy Sông Lam', place: 'Sông Lam' },
      { name: "Huyện ủy Krông K'lấp", place: "Krông K'lấp" },
    ])
    expect(bodyHeading('Các xã: Sông Lam, Núi Đỏ')?.bodies).toEqual([{ name: 'Các xã', place: null }])
  })

  it("each district's committee prepares only the session held in its district", () => {
    const text = [
      'II. NỘI DUNG, THỜI GIAN',
      'Đợt 1 - huyện Sông Lam: tổ chức ngày 10/4/2033, tại Hội trường Huyện ủy Sông Lam.',
      'Nội dung: Đối thoại với Nhân dân huyện Sông Lam về bảo vệ rừng.',
      "Đợt 2 - huyện Krông K'lấp: tổ chức ngày 12/6/2033, tại Hội trường Huyện ủy Krông K'lấp.",
      "Nội dung: Đối thoại với Nhân dân huyện Krông K'lấp về đất sản xuất.",
      'III. TỔ CHỨC THỰC HIỆN',
      "1. Các huyện ủy: Sông Lam, Krông K'lấp",
      '- Gửi báo cáo về Ban Dân vận Tỉnh ủy chậm nhất 20 ngày trước ngày tổ chức đợt đối thoại tại huyện.',
    ].join('\n')
    expect(datedOf(text)).toEqual([
      ['Huyện ủy Sông Lam', 'relative', '2033-03-21', 0],
      ["Huyện ủy Krông K'lấp", 'relative', '2033-05-23', 1],
    ])
  })

  it('a session named by rank with its subject in one part and its time in another is one session', () => {
    const text = [
      'II. NỘI DUNG',
      '1. Nội dung đối thoại',
      '1.1. Hội nghị đối thoại thứ nhất: Đối thoại với Nhân dân xã Tân Hòa về nước sạch nông thôn.',
      '1.2. Hội nghị đối thoại thứ hai: Đối thoại với đồng bào dân tộc xã Phú Lộc về giảm nghèo.',
      'III. THỜI GIAN, ĐỊA ĐIỂM',
      '1. Hội nghị đối thoại thứ nhất',
      'Thời gian: 7 giờ 30 phút, ngày 18/6/2033.',
      'Địa điểm: Hội trường UBND xã Tân Hòa.',
      '2. Hội nghị đối thoại thứ hai',
      'Thời gian: 14 giờ 00, ngày 24/9/2033.',
      'Địa điểm: Hội trường UBND xã Phú Lộc.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2033-06-18', '2033-06-18', 'Đối thoại với Nhân dân xã Tân Hòa về nước sạch nông thôn'],
      ['day', '2033-09-24', '2033-09-24', 'Đối thoại với đồng bào dân tộc xã Phú Lộc về giảm nghèo'],
    ])
  })

  it('an invitation whose session is given after "…, cụ thể:" and before its numbered requests', () => {
    const text = [
      'GIẤY MỜI',
      'Dự hội nghị đối thoại giữa Bí thư Đảng ủy xã với Nhân dân năm 2033',
      'Thực hiện Kế hoạch số 12-KH/ĐU ngày 15/3/2033 của Đảng ủy xã, Đảng ủy xã tổ chức hội nghị đối thoại, cụ thể:',
      'Nội dung: Đối thoại với Nhân dân về dồn điền, đổi thửa.',
      'Thời gian: 14 giờ 00 ngày 28/10/2033.',
      'Địa điểm: Hội trường UBND xã.',
      'Để hội nghị đạt kết quả, Đảng ủy xã đề nghị:',
      '1. Các chi bộ thôn gửi ý kiến của Nhân dân về Văn phòng Đảng ủy trước ngày 21/10/2033.',
      '2. Văn phòng Đảng ủy chuẩn bị hội trường trước 01 ngày.',
    ].join('\n')
    const draft = readPlan(text)
    expect(draft.plan.title).toBe('Giấy mời dự hội nghị đối thoại giữa Bí thư Đảng ủy xã với Nhân dân năm 2033')
    expect(sessionsOf(text)).toEqual([['day', '2033-10-28', '2033-10-28', 'Đối thoại với Nhân dân về dồn điền, đổi thửa']])
    expect(datedOf(text)).toEqual([
      ['Các chi bộ thôn', 'absolute', '2033-10-20', null],
      ['Văn phòng Đảng ủy', 'relative', '2033-10-27', 0],
    ])
  })

  it('"… trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên" is a name to its end: "thường xuyên" is no adverb there', () => {
    expect(bodyHeading('Các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên')).toEqual({
      bodies: [{ name: 'Các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên', place: null }],
      rest: null,
    })
    expect(bodyHeading('Các chi bộ thường xuyên nắm tình hình')?.rest).toBe('thường xuyên nắm tình hình')
  })

  it('"dự hội nghị đối thoại quý IV/2033" is a task for the session held in that quarter only', () => {
    const text = [
      'II. NỘI DUNG',
      '1. Quý II/2033: Đối thoại với giáo viên mầm non, tiểu học',
      '- Thời gian: Quý II/2033.',
      '2. Quý IV/2033: Đối thoại với giáo viên trung học',
      '- Thời gian: Quý IV/2033, dự kiến trong tháng 11/2033.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Giáo dục và Đào tạo các huyện',
      'Cử đại biểu dự hội nghị, gửi danh sách về Văn phòng Sở chậm nhất 07 ngày trước ngày tổ chức hội nghị.',
      '2. Các trường trung học phổ thông',
      'Cử giáo viên dự hội nghị đối thoại quý IV/2033, gửi danh sách về Văn phòng Sở chậm nhất 07 ngày trước ngày tổ chức hội nghị.',
    ].join('\n')
    expect(datedOf(text)).toEqual([
      ['Phòng Giáo dục và Đào tạo các huyện', 'relative', '2033-03-25', 0],
      ['Phòng Giáo dục và Đào tạo các huyện', 'relative', '2033-10-25', 1],
      ['Các trường trung học phổ thông', 'relative', '2033-10-25', 1],
    ])
  })

  it('"Quý II/2033: Đối thoại với …" over "- Nội dung: Việc …" (the issues, no dialogue named): the heading after its time', () => {
    const text = [
      'II. NỘI DUNG',
      '1. Quý II/2033: Đối thoại với giáo viên mầm non, tiểu học',
      '- Nội dung: Việc thực hiện chương trình mới; chế độ đối với giáo viên.',
      '- Thời gian: Quý II/2033.',
      '2. Quý IV/2033: Hội nghị sơ kết',
      '- Nội dung: Việc đổi mới kiểm tra, đánh giá học sinh.',
      '- Thời gian: Quý IV/2033.',
    ].join('\n')
    expect(sessionsOf(text).map((s) => s[3])).toEqual([
      'Đối thoại với giáo viên mầm non, tiểu học',
      'Việc đổi mới kiểm tra, đánh giá học sinh',
    ])
  })

  it('a notice that cancels a session ("Không tổ chức hội nghị này trong năm 2033") lists only the one it moves', () => {
    const text = [
      'THÔNG BÁO',
      'về việc thay đổi thời gian tổ chức hội nghị đối thoại',
      'Ban Thường vụ Huyện ủy thông báo thay đổi thời gian tổ chức các hội nghị đối thoại năm 2033 như sau:',
      '1. Hội nghị đối thoại giữa đồng chí Bí thư Huyện ủy với Nhân dân xã Tân Hòa về giải phóng mặt bằng',
      'Theo Kế hoạch, hội nghị được tổ chức vào ngày 27/5/2033. Nay lùi thời gian tổ chức sang 8 giờ 00, ngày 22/7/2033.',
      '2. Hội nghị đối thoại giữa đồng chí Bí thư Huyện ủy với công nhân lao động (dự kiến tổ chức trong tháng 6/2033)',
      'Không tổ chức hội nghị này trong năm 2033. Liên đoàn Lao động huyện chuyển các ý kiến đến cơ quan có thẩm quyền.',
      '3. Tổ chức thực hiện',
      '- Ban Dân vận Huyện ủy chủ động phối hợp với Ủy ban nhân dân huyện cập nhật tài liệu trước ngày 10/7/2033.',
    ].join('\n')
    expect(sessionsOf(text).map((s) => [s[0], s[1]])).toEqual([['day', '2033-07-22']])
    expect(datedOf(text)).toEqual([['Ban Dân vận Huyện ủy', 'absolute', '2033-07-09', null]])
  })

  it('"(xã A, xã B: Buổi thứ nhất; xã C: Buổi thứ hai)" gives each commune its own session, not the first named', () => {
    const text = [
      'II. THỜI GIAN, ĐỊA ĐIỂM',
      '1. Buổi thứ nhất: xã Tân Hòa và xã Phú Lộc',
      '- Thời gian: 08 giờ 00, ngày 16/4/2033.',
      '- Nội dung: Đối thoại với Nhân dân xã Tân Hòa và xã Phú Lộc về đất đai.',
      '2. Buổi thứ hai: xã Bình Minh',
      '- Thời gian: 08 giờ 00, ngày 14/5/2033.',
      '- Nội dung: Đối thoại với Nhân dân xã Bình Minh về môi trường.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Ủy ban nhân dân các xã: Tân Hòa, Phú Lộc, Bình Minh',
      'Mỗi xã thực hiện đối với buổi đối thoại có xã mình tham gia (xã Tân Hòa, xã Phú Lộc: Buổi thứ nhất; xã Bình Minh: Buổi thứ hai):',
      '- Tổng hợp ý kiến của Nhân dân, gửi Văn phòng UBND tỉnh chậm nhất 10 ngày trước buổi đối thoại.',
    ].join('\n')
    expect(datedOf(text)).toEqual([
      ['Ủy ban nhân dân xã Tân Hòa', 'relative', '2033-04-06', 0],
      ['Ủy ban nhân dân xã Phú Lộc', 'relative', '2033-04-06', 0],
      ['Ủy ban nhân dân xã Bình Minh', 'relative', '2033-05-04', 1],
    ])
  })

  it('items run together in one paragraph: each sentence its own sessions; "mỗi hội nghị" in the deadline means every one', () => {
    const text = [
      'II. NỘI DUNG, THỜI GIAN',
      'Năm 2033 tổ chức 02 hội nghị đối thoại. Hội nghị đối thoại lần thứ nhất: nội dung đối ' +
        'thoại với Nhân dân các khối về vệ sinh môi trường; thời gian bắt đầu lúc 14 giờ 00 ngày ' +
        '18/7/2033. Hội nghị đối thoại lần thứ hai: nội dung đối thoại với các hộ kinh doanh về ' +
        'văn minh đô thị; thời gian dự kiến trong tháng 11/2033.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng Đảng ủy chuẩn bị kịch bản hội nghị lần thứ nhất chậm nhất ngày 08/7/2033 và ' +
        'dự thảo Thông báo kết luận trong thời hạn 05 ngày làm việc kể từ khi kết thúc mỗi hội ' +
        'nghị đối thoại. 2. Các chi bộ khối dân cư mời đại biểu dự hội nghị trước khi tổ chức hội ' +
        'nghị 03 ngày.',
    ].join('\n')
    expect(sessionsOf(text).map((s) => [s[0], s[1]])).toEqual([
      ['day', '2033-07-18'],
      ['month', '2033-11-01'],
    ])
    expect(datedOf(text)).toEqual([
      ['Văn phòng Đảng ủy', 'absolute', '2033-07-08', null],
      ['Văn phòng Đảng ủy', 'relative', '2033-07-25', 0],
      ['Văn phòng Đảng ủy', 'relative', '2033-12-07', 1],
      ['Các chi bộ khối dân cư', 'relative', '2033-07-15', 0],
      // (Provisional: the month's first day less three is a Saturday, moved to the Friday before.)
      ['Các chi bộ khối dân cư', 'relative', '2033-10-28', 1],
    ])
  })
})
