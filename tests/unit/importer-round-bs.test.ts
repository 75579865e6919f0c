import { describe, expect, it } from 'vitest'
import { datedByRuleOf } from '../helpers/importer-draft.js'

// Round bs (issue 11): constructs of plans measured unseen, each on a small input written here.

describe('the receptions of one host, named by the column of hosts of a schedule', () => {
  const plan = (heading: string, line: string) =>
    [
      'THÔNG BÁO',
      'Lịch tiếp công dân định kỳ của Chủ tịch, Phó Chủ tịch UBND tỉnh quý III năm 2031',
      '',
      'I. LỊCH TIẾP CÔNG DÂN',
      '| TT | Thời gian | Lãnh đạo tiếp công dân | Ghi chú |',
      '|---|---|---|---|',
      '| 1 | Thứ Tư, ngày 16/7/2031 | Đồng chí A - Chủ tịch UBND tỉnh | Khiếu nại, tố cáo |',
      '| 2 | Thứ Tư, ngày 23/7/2031 | Đồng chí B - Phó Chủ tịch Thường trực UBND tỉnh | Lĩnh vực đất đai, xây dựng |',
      '| 3 | Thứ Tư, ngày 30/7/2031 | Đồng chí C - Phó Chủ tịch UBND tỉnh | Lĩnh vực giáo dục, y tế |',
      '| 4 | Thứ Tư, ngày 13/8/2031 | Đồng chí B - Phó Chủ tịch Thường trực UBND tỉnh | Lĩnh vực đất đai, xây dựng |',
      '',
      'II. TỔ CHỨC THỰC HIỆN',
      `1. ${heading}`,
      line,
    ].join('\n')
  it('"… tham dự các buổi tiếp công dân của đồng chí Phó Chủ tịch Thường trực UBND tỉnh; … trước ngày tiếp" is that host\'s', () => {
    const text = plan(
      'Sở Tài nguyên và Môi trường',
      'Cử lãnh đạo sở tham dự các buổi tiếp công dân của đồng chí Phó Chủ tịch Thường trực UBND tỉnh; gửi ' +
        'báo cáo về Ban Tiếp công dân tỉnh trước ngày tiếp ít nhất 05 ngày.',
    )
    expect(datedByRuleOf(text)).toEqual([
      ['Sở Tài nguyên và Môi trường', 'relative', '-5 days', 1],
      ['Sở Tài nguyên và Môi trường', 'relative', '-5 days', 3],
    ])
  })
  it('"… của Chủ tịch UBND tỉnh" is not the deputies\' rows', () => {
    const text = plan(
      'Thanh tra tỉnh',
      'Chuẩn bị hồ sơ phục vụ các buổi tiếp công dân của Chủ tịch UBND tỉnh, gửi Ban Tiếp công dân tỉnh trước ngày tiếp 02 ngày.',
    )
    expect(datedByRuleOf(text)).toEqual([['Thanh tra tỉnh', 'relative', '-2 days', 0]])
  })
  it('"… của Phó Chủ tịch phụ trách lĩnh vực" is the deputy of the body\'s own field', () => {
    const text = plan(
      'Công chức Địa chính - Xây dựng',
      'Chuẩn bị hồ sơ phục vụ các buổi tiếp công dân của Phó Chủ tịch phụ trách lĩnh vực, gửi Văn phòng trước ngày tiếp 02 ngày.',
    )
    expect(datedByRuleOf(text)).toEqual([
      ['Công chức Địa chính - Xây dựng', 'relative', '-2 days', 1],
      ['Công chức Địa chính - Xây dựng', 'relative', '-2 days', 3],
    ])
  })
  it("a host restated in one session's topic of a plan whose every session is that host's narrows nothing", () => {
    const text = [
      'KẾ HOẠCH đối thoại trực tiếp giữa Bí thư Huyện ủy với công dân năm 2031',
      '',
      'I. NỘI DUNG, THỜI GIAN',
      '1. Quý I/2031',
      '- Nội dung: Đối thoại với hội viên Hội Cựu chiến binh về phát triển kinh tế.',
      '- Thời gian: Tháng 3/2031.',
      '2. Quý II/2031',
      '- Nội dung: Đối thoại trực tiếp giữa Bí thư Huyện ủy với công dân xã Một về đất đai.',
      '- Thời gian: Tháng 5/2031.',
      '',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng Huyện ủy',
      '- Trình dự thảo thông báo kết luận trong thời hạn 07 ngày làm việc kể từ khi kết thúc việc đối thoại trực tiếp của Bí thư Huyện ủy.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Văn phòng Huyện ủy', 'relative', '7 working_days', 0],
      ['Văn phòng Huyện ủy', 'relative', '7 working_days', 1],
    ])
  })
  it('"đề nghị đối thoại của tập thể người lao động" names who asks, not a host: every dialogue', () => {
    const text = [
      'KẾ HOẠCH tổ chức đối thoại định kỳ tại nơi làm việc năm 2031',
      '',
      'I. NỘI DUNG, THỜI GIAN, THÀNH PHẦN',
      '1. Kỳ đối thoại 6 tháng đầu năm',
      '- Nội dung: Đối thoại giữa Giám đốc với viên chức, người lao động về chế độ tiền lương.',
      '- Thời gian: 14 giờ 00, ngày 19/6/2031.',
      '- Thành phần: Giám đốc; Ban Chấp hành Công đoàn cơ sở; đại diện tập thể người lao động.',
      '2. Kỳ đối thoại 6 tháng cuối năm',
      '- Nội dung: Đối thoại giữa Giám đốc với viên chức, người lao động về quy chế chi tiêu nội bộ.',
      '- Thời gian: 14 giờ 00, ngày 18/12/2031.',
      '- Thành phần: Giám đốc; Ban Chấp hành Công đoàn cơ sở; đại diện viên chức các khoa, phòng.',
      '',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Ban Chấp hành Công đoàn cơ sở',
      '- Tổng hợp nội dung đề nghị đối thoại của tập thể người lao động, gửi Giám đốc bằng văn bản ' +
        'chậm nhất 05 ngày làm việc trước ngày tổ chức đối thoại.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Ban Chấp hành Công đoàn cơ sở', 'relative', '-5 working_days', 0],
      ['Ban Chấp hành Công đoàn cơ sở', 'relative', '-5 working_days', 1],
    ])
  })
})

describe('units of a company named in a dashed item, each for the session held at it', () => {
  const plan = (line: string) =>
    [
      'KẾ HOẠCH tổ chức đối thoại định kỳ tại nơi làm việc năm 2031',
      '',
      'I. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
      '| Kỳ đối thoại | Nội dung | Thời gian | Địa điểm |',
      '|---|---|---|---|',
      '| Quý I | Đối thoại về tiền lương | Tháng 3/2031 | Hội trường Công ty, thành phố Đông Sơn |',
      '| Quý II | Đối thoại về an toàn lao động | Ngày 20/6/2031 | Điện lực Đông Sơn |',
      '| Quý III | Đối thoại về bảo hiểm xã hội | Ngày 18/9/2031 | Điện lực Vĩnh Hòa |',
      '',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Giám đốc các Điện lực trực thuộc',
      '- Phổ biến Kế hoạch này đến người lao động tại đơn vị.',
      line,
    ].join('\n')
  it('"- Điện lực A, Điện lực B: … kỳ đối thoại tổ chức tại đơn vị, hoàn thành trước …" is each unit\'s, for its own session', () => {
    const text = plan(
      '- Điện lực Đông Sơn, Điện lực Vĩnh Hòa: Chuẩn bị địa điểm phục vụ kỳ đối thoại tổ chức ' +
        'tại đơn vị, hoàn thành trước khi tổ chức đối thoại.',
    )
    expect(datedByRuleOf(text)).toEqual([
      ['Điện lực Đông Sơn', 'relative', '-1 days', 1],
      ['Điện lực Vĩnh Hòa', 'relative', '-1 days', 2],
    ])
  })
  it('work not said to be held at the unit stays for every session of its place', () => {
    const text = plan('- Điện lực Đông Sơn: Gửi danh sách người lao động về Công ty trước ngày tổ chức đối thoại 05 ngày.')
    expect(datedByRuleOf(text)).toEqual([
      ['Điện lực Đông Sơn', 'relative', '-5 days', 0],
      ['Điện lực Đông Sơn', 'relative', '-5 days', 1],
    ])
  })
})

describe('the session held online', () => {
  const plan = (line: string) =>
    [
      'THÔNG BÁO',
      'Lịch đối thoại giữa Giám đốc Sở với công chức năm 2031',
      '',
      '1. Lịch đối thoại',
      '| TT | Thời gian | Thành phần | Nội dung | Địa điểm / hình thức |',
      '|---|---|---|---|---|',
      '| 1 | Ngày 15/7/2031 | Công chức cơ sở 2 | Bố trí nơi làm việc | Hội trường cơ sở 2 |',
      '| 2 | Ngày 22/7/2031 | Công chức các xã | Vướng mắc của cấp xã | Trực tuyến đến các xã |',
      '| 3 | Ngày 29/7/2031 | Viên chức | Sắp xếp đơn vị sự nghiệp | Trụ sở chính |',
      '',
      '2. Tổ chức thực hiện',
      '2.1. Đề nghị Ủy ban nhân dân các xã',
      line,
    ].join('\n')
  it('"… tham dự buổi đối thoại trực tuyến; … chậm nhất 03 ngày làm việc trước ngày đối thoại" is for the online session', () => {
    const text = plan(
      'Cử công chức tham dự buổi đối thoại trực tuyến; đăng ký câu hỏi về Sở chậm nhất 03 ngày làm việc trước ngày đối thoại.',
    )
    expect(datedByRuleOf(text)).toEqual([['Ủy ban nhân dân các xã', 'relative', '-3 working_days', 1]])
  })
  it('work that names no online session is for every session', () => {
    const text = plan('Đăng ký câu hỏi về Sở chậm nhất 03 ngày làm việc trước ngày đối thoại.')
    expect(datedByRuleOf(text).map((row) => row[3])).toEqual([0, 1, 2])
  })
})

describe('sessions named by an item of a part, "mục II.1"', () => {
  const plan = (heading: string, line: string) =>
    [
      'KẾ HOẠCH tổ chức đối thoại trong Tháng Công nhân năm 2031',
      '',
      'I. MỤC ĐÍCH',
      'Lắng nghe ý kiến của người lao động.',
      '',
      'II. NỘI DUNG, THỜI GIAN',
      '1. Hội nghị đối thoại giữa Chủ tịch UBND huyện với công nhân, 14 giờ 00, ngày 13/5/2031 tại Hội trường huyện.',
      '2. Đối thoại tại doanh nghiệp điểm',
      '- Công ty A: 8 giờ 30, ngày 06/5/2031.',
      '- Công ty B: 14 giờ 00, ngày 09/5/2031.',
      '',
      'III. TỔ CHỨC THỰC HIỆN',
      `1. ${heading}`,
      line,
    ].join('\n')
  it('"Phát hành giấy mời … Hội nghị đối thoại tại mục II.1 chậm nhất 03 ngày trước ngày tổ chức" is item 1 of part II', () => {
    const text = plan(
      'Văn phòng LĐLĐ huyện',
      '- Phát hành giấy mời đại biểu dự Hội nghị đối thoại tại mục II.1 chậm nhất 03 ngày trước ngày tổ chức.',
    )
    expect(datedByRuleOf(text)).toEqual([['Văn phòng LĐLĐ huyện', 'relative', '-3 days', 0]])
  })
  it('a heading "Ban Chấp hành công đoàn cơ sở các doanh nghiệp điểm (mục II.2)" is for that item\'s sessions', () => {
    const text = plan(
      'Ban Chấp hành công đoàn cơ sở các doanh nghiệp điểm (mục II.2)',
      '- Gửi nội dung đề nghị đối thoại cho người sử dụng lao động chậm nhất 05 ngày làm việc trước ngày bắt đầu đối thoại.',
    )
    expect(datedByRuleOf(text).map((row) => row[3])).toEqual([1, 2])
  })
})
