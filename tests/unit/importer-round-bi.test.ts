import { describe, expect, it } from 'vitest'
import { readPlan } from '../../src/importer/read-plan.js'
import { datedByRuleOf, timesOf } from '../helpers/importer-draft.js'

// Round bi (issue 11): constructs of plans measured unseen, each on a small input written here.

describe('a month’s schedule of receptions and dialogues under one subject', () => {
  it('"trước mỗi buổi đối thoại" counts from the dialogues, not from the reception days the subject also names', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tiếp công dân định kỳ và đối thoại của Chủ tịch UBND xã tháng 3 năm 2030',
      '',
      'I. LỊCH TIẾP CÔNG DÂN ĐỊNH KỲ',
      '- Thứ Hai, ngày 04/3/2030: Đồng chí A, Chủ tịch UBND xã tiếp công dân.',
      '- Thứ Hai, ngày 11/3/2030: Đồng chí A, Chủ tịch UBND xã tiếp công dân.',
      '',
      'II. LỊCH ĐỐI THOẠI',
      '1. Sáng thứ Năm, ngày 14/3/2030: Chủ tịch UBND xã đối thoại với các hộ dân thôn Một về việc mở đường.',
      '2. Chiều thứ Năm, ngày 21/3/2030: Chủ tịch UBND xã đối thoại với tiểu thương chợ xã về việc sắp xếp ki-ốt.',
      '',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng HĐND và UBND xã chuẩn bị hồ sơ, trình Chủ tịch UBND xã chậm nhất 01 ngày ' +
        'làm việc trước mỗi buổi tiếp công dân định kỳ.',
      '2. Trưởng các thôn thông báo, mời các hộ dân tham dự chậm nhất 02 ngày trước mỗi buổi đối thoại.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Văn phòng HĐND và UBND xã', 'relative', '-1 working_days', 0],
      ['Văn phòng HĐND và UBND xã', 'relative', '-1 working_days', 1],
      ['Trưởng các thôn', 'relative', '-2 days', 2],
      ['Trưởng các thôn', 'relative', '-2 days', 3],
    ])
  })
})

describe('an obligation that names two sessions in turn', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại giữa Chủ tịch UBND huyện với Nhân dân năm 2030',
    '',
    'II. NỘI DUNG, THỜI GIAN',
    '1. Đối thoại với Nhân dân xã Một về giải phóng mặt bằng',
    '- Thời gian: 8 giờ 00 ngày 20/6/2030.',
    '2. Đối thoại với doanh nghiệp về thủ tục hành chính',
    '- Thời gian: tháng 10/2030.',
    '',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng HĐND và UBND huyện chủ trì, phối hợp với Thanh tra huyện xây dựng kịch bản các buổi đối thoại; kịch bản ' +
      'đối thoại thứ nhất hoàn thành trước ngày 05/6/2030, kịch bản đối thoại thứ hai hoàn thành trước ngày tổ chức đối ' +
      'thoại ít nhất 10 ngày. Chuẩn bị giấy mời, hội trường; tham mưu Chủ tịch UBND huyện ban hành thông báo kết luận ' +
      'trong vòng 07 ngày làm việc kể từ ngày tổ chức đối thoại.',
  ].join('\n')

  it('counts "kịch bản đối thoại thứ hai … trước ngày tổ chức đối thoại ít nhất 10 ngày" from the second', () => {
    expect(datedByRuleOf(text).slice(0, 2)).toEqual([
      ['Văn phòng HĐND và UBND huyện', 'absolute', '2030-06-04', null],
      ['Văn phòng HĐND và UBND huyện', 'relative', '-10 days', 1],
    ])
  })

  it('counts the later sentence, which names none, from every session', () => {
    expect(datedByRuleOf(text).slice(2)).toEqual([
      ['Văn phòng HĐND và UBND huyện', 'relative', '7 working_days', 0],
      ['Văn phòng HĐND và UBND huyện', 'relative', '7 working_days', 1],
    ])
  })
})

describe('a news page copied with the site’s head', () => {
  const text = [
    'BÁO TỈNH ĐIỆN TỬ',
    'Trang chủ > Chính trị > Mặt trận - Đoàn thể',
    '',
    'Tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nông dân năm 2030',
    '',
    'Thứ Ba, 16/04/2030 - 09:12 | Lượt xem: 846',
    '',
    '(BT) - Ban Thường vụ Hội Nông dân tỉnh vừa ban hành Kế hoạch tổ chức Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với ' +
      'nông dân, thực hiện Quyết định số 81/2014/QĐ-TTg ngày 31/12/2014 của Thủ tướng Chính phủ.',
    '',
    'Theo kế hoạch, hội nghị dự kiến tổ chức vào sáng 23/5 (thứ Năm) tại Hội trường Trung tâm Hội nghị tỉnh.',
  ].join('\n')

  it('takes the headline under the trail for the title, not the site’s name, and its year for days written without one', () => {
    expect(readPlan(text).plan.title).toBe('Tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nông dân năm 2030')
    expect(timesOf(text)).toEqual([['day', '2030-05-23', '2030-05-23']])
  })
})
