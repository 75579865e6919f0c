import { describe, expect, it } from 'vitest'
import { readPlan } from '../../src/importer/read-plan.js'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Round p of the importer's fixes (issue 11): each construct on a small input written here.

describe('a month of a leader’s diary as day headings over hour entries', () => {
  const text = [
    'THÔNG BÁO',
    'Lịch tiếp công dân, đối thoại của Chủ tịch UBND huyện tháng 4/2027',
    'I. LỊCH TIẾP CÔNG DÂN, ĐỐI THOẠI',
    '**Thứ Ba, ngày 06/4/2027**',
    '- 8h00: Tiếp công dân định kỳ tại Trụ sở Tiếp công dân huyện.',
    '- 9h30: Họp giao ban với các phòng chuyên môn. Địa điểm: Phòng họp số 1.',
    '- 14h00: Đối thoại với các hộ dân thôn Bắc, xã An Phú về đơn giá bồi thường. Địa điểm: Hội trường UBND xã An Phú.',
    '**Thứ Năm, ngày 15/4/2027**',
    '- Cả ngày: Tiếp công dân định kỳ tại Trụ sở Tiếp công dân huyện.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng UBND huyện đăng tải Thông báo này trong ngày 02/4/2027.',
  ].join('\n')

  it('makes each entry that is a reception or a dialogue a session on its day, and no other', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2027-04-06', '2027-04-06', 'Tiếp công dân định kỳ tại Trụ sở Tiếp công dân huyện'],
      ['day', '2027-04-06', '2027-04-06', 'Đối thoại với các hộ dân thôn Bắc, xã An Phú về đơn giá bồi thường'],
      ['day', '2027-04-15', '2027-04-15', 'Tiếp công dân định kỳ tại Trụ sở Tiếp công dân huyện'],
    ])
  })

  it('at the hour of its entry', () => {
    expect(readPlan(text).sessions.map((s) => s.startsAt)).toEqual([{ hour: 8, minute: 0 }, { hour: 14, minute: 0 }, null])
  })
})

describe('a reception on the same day of each month over a span of months', () => {
  const plan = (rule: string) =>
    [
      'KẾ HOẠCH',
      'tiếp công dân định kỳ năm 2027',
      'II. NỘI DUNG',
      '1. Tiếp công dân định kỳ của Chủ tịch UBND huyện',
      `+ Chủ tịch UBND huyện tiếp công dân định kỳ vào ngày 15 hằng tháng, từ tháng 3/2027 đến hết tháng 6/2027.${rule}`,
      '+ Địa điểm: Trụ sở Tiếp công dân huyện.',
      '2. Đối thoại với các hộ dân thôn Đông về đơn giá bồi thường',
      '+ Thời gian: Dự kiến tháng 9/2027.',
    ].join('\n')

  it('is one session a month, named by the heading it is written under', () => {
    expect(sessionsOf(plan(''))).toEqual([
      ['day', '2027-03-15', '2027-03-15', 'Tiếp công dân định kỳ của Chủ tịch UBND huyện'],
      ['day', '2027-04-15', '2027-04-15', 'Tiếp công dân định kỳ của Chủ tịch UBND huyện'],
      ['day', '2027-05-15', '2027-05-15', 'Tiếp công dân định kỳ của Chủ tịch UBND huyện'],
      ['day', '2027-06-15', '2027-06-15', 'Tiếp công dân định kỳ của Chủ tịch UBND huyện'],
      ['month', '2027-09-01', '2027-09-30', 'Đối thoại với các hộ dân thôn Đông về đơn giá bồi thường'],
    ])
  })

  it('moves a day that falls on a day off to the next working day when the plan says so', () => {
    const rule = ' Trường hợp ngày 15 trùng vào ngày nghỉ, ngày lễ thì việc tiếp công dân được thực hiện vào ngày làm việc tiếp theo.'
    // 15/5/2027 is a Saturday.
    expect(sessionsOf(plan(rule)).map((s) => s[1])).toEqual(['2027-03-15', '2027-04-15', '2027-05-17', '2027-06-15', '2027-09-01'])
  })
})

describe('the session of a place an obligation names', () => {
  it('is the one of the kind its deadline counts from, not a reception whose topic names the place', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tiếp công dân, đối thoại của Chủ tịch UBND huyện tháng 4/2027',
      'I. LỊCH TIẾP CÔNG DÂN, ĐỐI THOẠI',
      '**Thứ Ba, ngày 06/4/2027**',
      '- 8h00: Tiếp công dân định kỳ tại Trụ sở Tiếp công dân huyện (thị trấn Đông Sơn).',
      '- 14h00: Đối thoại với các hộ dân xã An Phú về đơn giá bồi thường. Địa điểm: Hội trường UBND xã An Phú.',
      '**Thứ Năm, ngày 15/4/2027**',
      '- 8h00: Đối thoại với các hộ kinh doanh chợ Đông Sơn về phương án di dời. Địa điểm: Hội trường UBND thị trấn Đông Sơn.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. UBND xã An Phú và UBND thị trấn Đông Sơn thông báo, mời công dân dự đối thoại chậm ' +
        'nhất 03 ngày trước ngày đối thoại tại địa phương.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['UBND xã An Phú', 'relative', '-3 days', 1],
      ['UBND thị trấn Đông Sơn', 'relative', '-3 days', 2],
    ])
  })

  it('binds a body of no place to the session held in the place its work names', () => {
    const text = [
      'KẾ HOẠCH',
      'tổ chức đối thoại năm 2027',
      'I. NỘI DUNG',
      '1. Đối thoại với các doanh nghiệp khai thác khoáng sản về thủ tục cấp phép',
      '+ Thời gian: 8 giờ 00, ngày 12/5/2027.',
      '2. Đối thoại với người sử dụng đất trên địa bàn huyện Tây Sơn về cấp giấy chứng nhận',
      '+ Thời gian: Dự kiến tháng 9/2027.',
      '+ Địa điểm: Hội trường UBND huyện Tây Sơn.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng Đăng ký đất đai',
      'Chủ trì, phối hợp với Chi nhánh Văn phòng Đăng ký đất đai huyện Tây Sơn chuẩn bị báo cáo tình hình cấp giấy ' +
        'chứng nhận, gửi Văn phòng Sở chậm nhất 07 ngày trước ngày tổ chức đối thoại.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([['Văn phòng Đăng ký đất đai', 'relative', '-7 days', 1]])
  })
})

describe('a notice of dialogues on complaint cases', () => {
  const text = [
    'THÔNG BÁO',
    'Lịch đối thoại với người khiếu nại',
    'Thanh tra tỉnh thông báo lịch đối thoại với người khiếu nại như sau:',
    '1. Vụ việc khiếu nại của ông Lê Văn A., ngụ ấp Bắc, xã Tân Lập',
    '– Nội dung: Khiếu nại Quyết định số 15/QĐ-UBND của Chủ tịch UBND huyện về bồi thường khi thu hồi đất.',
    '– Thời gian: 08 giờ 00, ngày 14/10/2027.',
    '– Sở Tài nguyên và Môi trường chuẩn bị hồ sơ giá đất, gửi Thanh tra tỉnh chậm nhất 05 ngày làm việc trước ngày đối thoại.',
    '2. Vụ việc khiếu nại của 05 hộ dân ấp Nam, xã Phú Hòa',
    '– Nội dung: Khiếu nại về giá đất cụ thể để tính bồi thường.',
    '– Thời gian: 08 giờ 00, ngày 21/10/2027.',
    'Thành phần: Lãnh đạo Thanh tra tỉnh; đại diện Sở Tài nguyên và Môi trường; người khiếu nại.',
    '',
    'Tổ chức thực hiện:',
    '– Phòng Giải quyết khiếu nại gửi giấy mời chậm nhất 03 ngày làm việc trước mỗi buổi đối thoại; lập ' +
      'biên bản đối thoại trong thời hạn 10 ngày kể từ ngày đối thoại.',
  ].join('\n')

  it('names each session by its case, not by what is complained of', () => {
    expect(sessionsOf(text).map((s) => s[3])).toEqual([
      'Vụ việc khiếu nại của ông Lê Văn A., ngụ ấp Bắc, xã Tân Lập',
      'Vụ việc khiếu nại của 05 hộ dân ấp Nam, xã Phú Hòa',
    ])
  })

  it('binds a body’s work written inside a case to that case', () => {
    expect(datedByRuleOf(text).filter((t) => t[0] === 'Sở Tài nguyên và Môi trường')).toEqual([
      ['Sở Tài nguyên và Môi trường', 'relative', '-5 working_days', 0],
    ])
  })

  it('reads "Tổ chức thực hiện:" alone on its line as the part beside the cases, not a paragraph of the last one', () => {
    expect(datedByRuleOf(text).filter((t) => t[0] === 'Phòng Giải quyết khiếu nại')).toEqual([
      ['Phòng Giải quyết khiếu nại', 'relative', '-3 working_days', 0],
      ['Phòng Giải quyết khiếu nại', 'relative', '-3 working_days', 1],
      ['Phòng Giải quyết khiếu nại', 'relative', '10 days', 0],
      ['Phòng Giải quyết khiếu nại', 'relative', '10 days', 1],
    ])
  })
})

describe('a schedule line moved for a holiday', () => {
  it('is held on its own day, not on the day it names as the reason it moved', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tiếp công dân định kỳ của Bí thư Huyện ủy năm 2027',
      'Đồng chí Bí thư Huyện ủy tiếp công dân vào ngày thứ Tư của tuần đầu tiên trong tháng, cụ thể:',
      'Tháng 1: ngày 13 (thứ Tư) - lùi một tuần do ngày 06/01/2027 trùng đợt nghỉ Tết',
      'Tháng 2: ngày 03 (thứ Tư)',
      'Tháng 3: ngày 03 (thứ Tư)',
    ].join('\n')
    expect(sessionsOf(text).map((s) => s[1])).toEqual(['2027-01-13', '2027-02-03', '2027-03-03'])
  })
})
