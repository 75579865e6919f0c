import { describe, expect, it } from 'vitest'
import { datedByRuleOf, sessionsOf, timesOf } from '../helpers/importer-draft.js'

// Round bf of the importer's fixes (issue 11): each construct on a small input written here.

describe('a session under a month heading whose day is to be announced', () => {
  const text = [
    'THÔNG BÁO',
    'lịch đối thoại của đồng chí Bí thư Huyện ủy 6 tháng cuối năm 2030',
    'I- LỊCH ĐỐI THOẠI',
    '1- Tháng 8-2030',
    '- 8 giờ 00, thứ Năm, ngày 15-8-2030: Đối thoại với Nhân dân xã An Hòa về giao thông nông thôn. Địa điểm: Hội trường xã An Hòa.',
    '2- Tháng 11-2030',
    '- Đối thoại với Nhân dân xã An Bình về nước sạch. Địa điểm: Hội trường xã An Bình. Thời gian cụ thể sẽ thông báo sau.',
    '3- Tháng 12-2030',
    '- Đối thoại với Nhân dân xã An Phú về đất đai: tạm hoãn, thời gian sẽ thông báo sau.',
    'II- TỔ CHỨC THỰC HIỆN',
    '1- Văn phòng Huyện ủy: Gửi giấy mời chậm nhất 05 ngày trước mỗi buổi đối thoại.',
  ].join('\n')

  it("keeps the heading's month, not an unscheduled session; one put off stays unscheduled", () => {
    expect(timesOf(text)).toEqual([
      ['day', '2030-08-15', '2030-08-15'],
      ['month', '2030-11-01', '2030-11-30'],
      ['unscheduled', null, null],
    ])
  })
})

describe('a body charged with the sessions of some items, then with work for "the sessions it chairs"', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức hội nghị đối thoại với doanh nghiệp năm 2030',
    'II. NỘI DUNG, THỜI GIAN',
    '1. Hội nghị đối thoại với doanh nghiệp sản xuất',
    'Thời gian: ngày 12/6/2030.',
    '2. Hội nghị đối thoại với doanh nghiệp thương mại',
    'Thời gian: ngày 18/9/2030.',
    '3. Hội nghị đối thoại với doanh nghiệp du lịch',
    'Thời gian: ngày 20/11/2030.',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Kế hoạch',
    '- Chủ trì tổ chức các Hội nghị tại mục 2 và mục 3 phần II.',
    '- Đối với các hội nghị do Phòng chủ trì: đăng thư mời trước thời điểm tổ chức hội nghị tối thiểu 10 ngày.',
    '2. Văn phòng Sở',
    '- Gửi giấy mời chậm nhất 05 ngày trước mỗi hội nghị.',
  ].join('\n')

  it('binds that work to the sessions of those items alone', () => {
    expect(datedByRuleOf(text).filter((t) => t[0] === 'Phòng Kế hoạch')).toEqual([
      ['Phòng Kế hoạch', 'relative', '-10 days', 1],
      ['Phòng Kế hoạch', 'relative', '-10 days', 2],
    ])
  })
})

describe('a plan spread to the units under a body within a month', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại với người lao động năm 2030',
    'I. NỘI DUNG',
    '1. Hội nghị đối thoại với công nhân khu công nghiệp',
    '- Thời gian: ngày 09/5/2030.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Liên đoàn Lao động các huyện',
    '- Phổ biến Kế hoạch đến công đoàn cơ sở trực thuộc trong tháng 4/2030.',
    '- Quán triệt nội dung Kế hoạch đến đoàn viên trong quý II/2030.',
  ].join('\n')

  it("is due at the period's last day", () => {
    expect(datedByRuleOf(text)).toEqual([
      ['Liên đoàn Lao động các huyện', 'absolute', '2030-04-30', null],
      ['Liên đoàn Lao động các huyện', 'absolute', '2030-06-30', null],
    ])
  })
})

describe('a schedule line that opens with its time, then the dialogue with commas in whom it is with', () => {
  const text = [
    'THÔNG BÁO',
    'lịch đối thoại của đồng chí Bí thư Huyện ủy năm 2030',
    'I- LỊCH ĐỐI THOẠI',
    '1- Tháng 8-2030',
    '- 8 giờ 00, thứ Năm, ngày 15-8-2030: Đối thoại với cán bộ, đảng viên và Nhân dân xã An Hòa ' +
      'về giao thông, thủy lợi. Địa điểm: Hội trường xã An Hòa.',
    '- 14 giờ 00, thứ Năm, ngày 29-8-2030: Đối thoại với cán bộ, đảng viên và Nhân dân xã An ' +
      'Bình về nước sạch. Địa điểm: Hội trường xã An Bình.',
    'II- TỔ CHỨC THỰC HIỆN',
    '1- Văn phòng Huyện ủy: Gửi giấy mời chậm nhất 05 ngày trước mỗi buổi đối thoại.',
  ].join('\n')

  it('takes the whole sentence after the time as the topic, not its first clause', () => {
    expect(sessionsOf(text).map((s) => s[3])).toEqual([
      'Đối thoại với cán bộ, đảng viên và Nhân dân xã An Hòa về giao thông, thủy lợi',
      'Đối thoại với cán bộ, đảng viên và Nhân dân xã An Bình về nước sạch',
    ])
  })
})

describe('bodies of a kind named in a topic as those who manage its audience', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức hội nghị đối thoại với người nộp thuế năm 2030',
    'I. LỊCH TỔ CHỨC',
    '1. Ngày 15/5/2030 (thứ Tư), từ 08 giờ 00: Đối thoại với doanh nghiệp do Văn phòng Cục Thuế quản lý. Địa điểm: Hội trường Cục Thuế.',
    '2. Ngày 22/5/2030 (thứ Tư), từ 08 giờ 00: Đối thoại với doanh nghiệp, hộ kinh doanh do các Chi cục ' +
      'Thuế huyện A, huyện B quản lý. Địa điểm: Hội trường UBND huyện A.',
    '3. Ngày 29/5/2030 (thứ Tư), từ 08 giờ 00: Đối thoại với hộ kinh doanh tại chợ huyện C. Địa điểm: Hội trường Chi cục Thuế huyện C.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Các Chi cục Thuế',
    '- Gửi giấy mời đến người nộp thuế do đơn vị quản lý chậm nhất 07 ngày trước ngày tổ chức hội nghị tại địa bàn.',
  ].join('\n')

  it('keeps their work for every session, not only the one whose topic says "do các Chi cục Thuế"', () => {
    expect(datedByRuleOf(text).map((t) => t[3])).toEqual([0, 1, 2])
  })
})
