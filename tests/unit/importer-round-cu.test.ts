import { describe, expect, it } from 'vitest'
import { readPlan } from '../../src/importer/read-plan.js'

// Round cu (issue 11): small inputs written here, none taken from the documents measured.

describe('a notice pasted from a chat', () => {
  const text = [
    '[03/05/2027 08:10] Lê Thị Lan - VP UBND xã:',
    'THÔNG BÁO',
    '1. Đ/c Chủ tịch UBND xã sẽ chủ trì đối thoại với các hộ dân thôn Hạ về việc làm đường.',
    '- Thời gian: 14h00 thứ Ba, ngày 11/5/2027.',
    '- Địa điểm: Hội trường UBND xã.',
    '[03/05/2027 08:20] Trần Văn Nam - Công an xã: Đã nhận ạ.',
    '[03/05/2027 08:31] Phạm Văn Bình - Địa chính: Đã nhận.',
  ].join('\n')

  it("reads the replies' time stamps as no sessions and names the dialogue without who chairs it", () => {
    const draft = readPlan(text)
    expect(draft.sessions.map((s) => [s.topic, s.time.start])).toEqual([
      ['Đối thoại với các hộ dân thôn Hạ về việc làm đường', '2027-05-11'],
    ])
  })
})

describe('a group whose units each have their own session', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại giữa Hiệu trưởng với sinh viên năm học 2027 - 2028',
    'I. NỘI DUNG, THỜI GIAN',
    '1. Lịch đối thoại theo khoa:',
    'a) Khoa Cơ khí: 8h00, ngày 09/11/2027 (thứ Ba), tại Hội trường A;',
    'b) Khoa Ngoại ngữ: 8h00, ngày 11/11/2027 (thứ Năm), tại Hội trường B.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Các khoa',
    '- Tổng hợp ý kiến của sinh viên gửi về Phòng Công tác sinh viên chậm nhất 03 ngày trước buổi đối thoại của khoa mình.',
  ].join('\n')

  it("gives each session's task to the unit that session names", () => {
    const draft = readPlan(text)
    expect(draft.tasks.map((t) => [t.lead, t.session, t.deadline.due])).toEqual([
      ['Khoa Cơ khí', 0, '2027-11-05'],
      ['Khoa Ngoại ngữ', 1, '2027-11-08'],
    ])
  })
})

describe("a leaders' weekly diary", () => {
  const text = [
    'LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO UBND TỈNH',
    '(Tuần 45, từ ngày 08/11/2027 đến ngày 12/11/2027)',
    'THỨ TƯ (10/11/2027)',
    'Sáng:',
    '- 8 giờ 00: Chủ tịch UBND tỉnh tiếp công dân định kỳ tháng 11/2027. Địa điểm: Trụ sở Tiếp công dân tỉnh.',
    '- 9 giờ 00: Phó Chủ tịch UBND tỉnh làm việc với Sở Tài chính. Địa điểm: Phòng họp số 2.',
    'THỨ NĂM (11/11/2027)',
    'Chiều:',
    '- 14 giờ 00: Phó Chủ tịch UBND tỉnh Trần Văn A đối thoại với các hộ dân bị ảnh hưởng bởi ' +
      'dự án đường tránh. Địa điểm: Hội trường UBND huyện.',
    '- 16 giờ 00: Chủ tịch UBND tỉnh dự lễ khởi công. Địa điểm: xã B.',
  ].join('\n')

  it('reads the day in capitals and brackets over its appointments, and the host before the dialogue', () => {
    const draft = readPlan(text)
    expect(draft.sessions.map((s) => [s.topic, s.time.start, s.startsAt?.hour])).toEqual([
      ['Chủ tịch UBND tỉnh tiếp công dân định kỳ tháng 11/2027', '2027-11-10', 8],
      ['Đối thoại với các hộ dân bị ảnh hưởng bởi dự án đường tránh', '2027-11-11', 14],
    ])
  })
})

describe('departments listed after "các phòng"', () => {
  const text = [
    'THÔNG BÁO',
    '1. Hội nghị đối thoại với các hộ dân thôn A về việc làm đường, tổ chức lúc 8h00 ngày 20/5/2027 tại Hội trường UBND xã.',
    '2. Đề nghị các phòng Tư pháp, Nội vụ và Văn phòng HĐND và UBND huyện chuẩn bị báo cáo, gửi về Văn phòng trước ngày 14/5/2027.',
  ].join('\n')

  // ("trước ngày 14/5" is the day before.)
  it('gives each department named its own task', () => {
    const draft = readPlan(text)
    expect(draft.tasks.map((t) => [t.lead, t.deadline.due])).toEqual([
      ['Phòng Tư pháp', '2027-05-13'],
      ['Phòng Nội vụ', '2027-05-13'],
      ['Văn phòng HĐND và UBND huyện', '2027-05-13'],
    ])
  })
})
