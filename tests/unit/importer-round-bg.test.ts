import { describe, expect, it } from 'vitest'
import { readPlan } from '../../src/importer/read-plan.js'
import { datedByRuleOf, datedOf } from '../helpers/importer-draft.js'

// Round BG of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round BG: "sau mỗi buổi đối thoại, … trong thời hạn N ngày làm việc kể từ ngày đối thoại"', () => {
  it('counts from the day the dialogue is held, as its own words say, not from its end', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại với Nhân dân năm 2033',
      'II. THỜI GIAN',
      '1. Đối thoại với Nhân dân thôn Đông về quy hoạch khu dân cư.',
      'Thời gian: 08 giờ 00, ngày 15/3/2033.',
      '2. Đối thoại với Nhân dân thôn Tây về đường giao thông nội đồng.',
      'Thời gian: 08 giờ 00, ngày 14/6/2033.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng Đảng ủy',
      '- Dự thảo thông báo kết luận sau mỗi buổi đối thoại, trình ký ban hành trong thời hạn 05 ngày làm việc kể từ ngày đối thoại.',
    ].join('\n')
    const rules = readPlan(text)
      .tasks.filter((t) => t.deadline.kind === 'relative')
      .map((t) => [t.lead, `${t.deadline.offset} ${t.deadline.unit}`, t.deadline.anchor, t.session])
    expect(rules).toEqual([
      ['Văn phòng Đảng ủy', '5 working_days', 'session_start', 0],
      ['Văn phòng Đảng ủy', '5 working_days', 'session_start', 1],
    ])
  })
})

describe('round BG: a table whose lead cell is "LĐLĐ quận", Liên đoàn Lao động abbreviated', () => {
  it('is a body leading its row, as "Liên đoàn Lao động quận" is', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức Hội nghị đối thoại với công nhân, lao động năm 2033',
      'II. THỜI GIAN',
      '- Thời gian: 8 giờ 00, ngày 20/5/2033.',
      'III. PHÂN CÔNG NHIỆM VỤ',
      '| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |',
      '|---|---|---|---|---|',
      '| 1 | Xây dựng kế hoạch tổ chức hội nghị | LĐLĐ quận | Văn phòng UBND quận | Tháng 4/2033 |',
      '| 2 | Tổng hợp kết quả giải quyết kiến nghị | LĐLĐ quận | Các phòng liên quan | Trong quý IV/2033 |',
    ].join('\n')
    expect(datedOf(text)).toEqual([
      ['LĐLĐ quận', 'absolute', '2033-04-30', null],
      ['LĐLĐ quận', 'absolute', '2033-12-31', null],
    ])
  })
})

describe('round BG: a paper handed in "vào ngày X"', () => {
  it('"tổng hợp báo cáo Giám đốc Sở vào ngày 29/12/2033" is due that day', () => {
    const text = [
      'THÔNG BÁO',
      'Kết luận của Giám đốc Sở tại Hội nghị đối thoại với viên chức năm 2033',
      'Ngày 14/11/2033, tại Hội trường Sở, Giám đốc Sở chủ trì Hội nghị đối thoại với viên chức các đơn vị trực thuộc.',
      '3. Giao nhiệm vụ',
      'a) Văn phòng Sở: Theo dõi, đôn đốc việc thực hiện kết luận, tổng hợp báo cáo Giám đốc Sở vào ngày 29/12/2033.',
      'b) Phòng Tổ chức cán bộ: Đã gửi văn bản hướng dẫn vào ngày 10/11/2033; tiếp tục theo dõi việc thực hiện.',
      'c) Phòng Kế hoạch - Tài chính: Nghe báo cáo của các đơn vị vào ngày 05/12/2033.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([['Văn phòng Sở', 'absolute', '2033-12-29', null]])
  })
})

describe('round BG: a letter quoting an excerpt of a plan, "(Hết phần trích)", then its own request', () => {
  it('"Ngoài ra, đề nghị Đảng ủy xã A xác nhận … trước 17 giờ ngày X" is that body\'s task, not the last quoted item\'s', () => {
    const text = [
      'Kính gửi: Đảng ủy xã Tân An, Đảng ủy xã Tân Bình.',
      'Ban Dân vận Huyện ủy trích gửi các đơn vị nội dung liên quan như sau:',
      'II. NỘI DUNG, THỜI GIAN',
      '1. Hội nghị đối thoại với Nhân dân xã Tân An về giải phóng mặt bằng: 14 giờ 00, ngày 22/4/2033, tại Hội trường UBND xã Tân An.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Ban Thường trực Ủy ban MTTQ Việt Nam huyện: Tổng hợp ý kiến của Nhân dân, gửi Ban ' +
        'Dân vận Huyện ủy trước mỗi hội nghị ít nhất 03 ngày.',
      '(Hết phần trích)',
      'Ngoài ra, đề nghị Đảng ủy xã Tân An xác nhận số lượng đại biểu dự hội nghị qua hộp thư này trước 17 giờ ngày 14/4/2033.',
      'Trân trọng,',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Ban Thường trực Ủy ban MTTQ Việt Nam huyện', 'relative', '-3 days', 0],
      ['Đảng ủy xã Tân An', 'absolute', '2033-04-14', null],
    ])
  })
})
