import { describe, expect, it } from 'vitest'
import { readPlan } from '../../src/importer/read-plan.js'
import { OTHER_MEETING } from '../../src/importer/vocabulary.js'

// Round dh (issue 11): constructs of unseen plans, on small inputs written here.

// An e-mail: the clerk's own requests first, then the schedule she forwards, each item its when and where, then what.
const email = [
  'Em chào các anh chị,',
  'Em gửi lịch đối thoại của anh Chủ tịch tuần sau, các phòng xem giúp em.',
  'Mấy việc em cần:',
  '- Phòng Kinh tế gửi em báo cáo giải trình qua mail này trước 16h thứ Hai 09/3 để em tổng hợp.',
  '- Buổi chiều ở xã B có thể lùi sang 15h, em báo lại sau.',
  'Cảm ơn mọi người!',
  '> Lịch đã duyệt:',
  '> 1. 8h00 thứ Năm 12/3/2037, tại hội trường UBND xã A:',
  '> đối thoại với các hộ dân thôn C về bồi thường, hỗ trợ giải phóng mặt bằng.',
  '> 2. 14h00 thứ Năm 12/3/2037, tại hội trường UBND xã B:',
  '> đối thoại với các hộ dân về giao đất dịch vụ.',
  '> Phân công:',
  '> - Thanh tra huyện: dự thảo thông báo kết quả đối thoại, trình Chủ tịch trong vòng 03 ngày làm việc sau mỗi buổi.',
]

describe('a schedule whose numbered items give when and where, the dialogue on the next line', () => {
  const draft = readPlan(email.join('\n'))
  it('reads each item as a session, its topic the line after the colon', () => {
    expect(draft.sessions.map((s) => [s.topic, s.time.start])).toEqual([
      ['Đối thoại với các hộ dân thôn C về bồi thường', '2037-03-12'],
      ['Đối thoại với các hộ dân về giao đất dịch vụ', '2037-03-12'],
    ])
  })
  it("keeps the message's own bulleted request before the list, with its deadline", () => {
    const own = draft.tasks.find((t) => t.lead === 'Phòng Kinh tế')
    expect(own?.deadline.rule).toMatchObject({ kind: 'absolute', date: '2037-03-09' })
  })
})

describe('a heading that leads to the list of its days', () => {
  const notice = [
    'Lịch tiếp dân của đồng chí Bí thư Huyện ủy năm 2036',
    'Ban Thường vụ Huyện ủy thông báo lịch tiếp công dân của đồng chí Bí thư Huyện ủy năm 2036, như sau:',
    '1- Đồng chí Bí thư Huyện ủy tiếp dân định kỳ hằng tháng, cụ thể như sau:',
    'STT',
    'Tháng',
    'Ngày tiếp công dân',
    '1',
    'Tháng 6',
    'Ngày 18 (thứ Tư)',
    '2',
    'Tháng 7',
    'Ngày 18 (thứ Sáu)',
    '2- Địa điểm: Phòng Tiếp công dân huyện.',
  ]
  it('names the sessions without the words that introduce the list', () => {
    const draft = readPlan(notice.join('\n'))
    expect(draft.sessions.map((s) => [s.topic, s.time.start])).toEqual([
      // (Since round dn, the notice's title names rows that a heading only leads to, as the dev set's conventions say.)
      ['Tiếp dân của đồng chí Bí thư Huyện ủy', '2036-06-18'],
      ['Tiếp dân của đồng chí Bí thư Huyện ủy', '2036-07-18'],
    ])
  })
})

describe("deputies' meetings with voters in one running sentence", () => {
  const news = [
    'Đoàn đại biểu Quốc hội tỉnh tiếp xúc cử tri trước kỳ họp',
    'Các đại biểu sẽ tiếp xúc cử tri tại xã A, huyện B vào buổi sáng ngày 14/4/2038; tại xã C, huyện D vào buổi chiều ngày ' +
      '14/4/2038; tại phường E vào buổi sáng ngày 16/4/2038 và tại xã G, huyện H vào buổi chiều ngày 16/4/2038.',
    'Quốc hội sẽ họp phiên trù bị và khai mạc vào ngày 10/5/2038.',
    'Buổi chiều ngày 20/4/2038 Đoàn sẽ họp thống nhất tổng hợp ý kiến, kiến nghị của cử tri.',
  ]
  it('reads each place as a session on its day, named by the shared verb, and no meeting of another kind', () => {
    const draft = readPlan(news.join('\n'))
    expect(draft.sessions.map((s) => [s.topic, s.time.start])).toEqual([
      // (Each place with its district, since round dn.)
      ['Tiếp xúc cử tri tại xã A, huyện B', '2038-04-14'],
      ['Tiếp xúc cử tri tại xã C, huyện D', '2038-04-14'],
      ['Tiếp xúc cử tri tại phường E', '2038-04-16'],
      ['Tiếp xúc cử tri tại xã G, huyện H', '2038-04-16'],
    ])
  })
})

describe('a day as a heading over its groups and their half-days', () => {
  const schedule = [
    'Đoàn ĐBQH tỉnh thông báo lịch tiếp xúc cử tri sau kỳ họp như sau:',
    'a) Thứ Tư, ngày 15-6-2039:',
    '- Đơn vị bầu cử số 01 (gồm ông A, bà B).',
    '* Buổi sáng: tiếp xúc cử tri phường C, thành phố D, tại hội trường UBND phường C.',
    '* Buổi chiều: tiếp xúc cử tri xã E, huyện G tại hội trường UBND xã E.',
    '- Đơn vị bầu cử số 02.',
    '* Buổi sáng: tiếp xúc cử tri xã H, huyện K, tại hội trường UBND xã H.',
    'b) Thứ Năm, ngày 16-6-2039:',
    '- Đơn vị bầu cử số 01.',
    '* Buổi sáng: tiếp xúc cử tri thị trấn L, huyện M, tại hội trường UBND thị trấn L.',
  ]
  it("reads each half-day's meeting as a session on the heading's day", () => {
    const draft = readPlan(schedule.join('\n'))
    expect(draft.sessions.map((s) => [s.topic, s.time.start])).toEqual([
      ['tiếp xúc cử tri phường C, thành phố D', '2039-06-15'],
      ['tiếp xúc cử tri xã E, huyện G', '2039-06-15'],
      ['tiếp xúc cử tri xã H, huyện K', '2039-06-15'],
      ['tiếp xúc cử tri thị trấn L, huyện M', '2039-06-16'],
    ])
  })
})

describe("a news item on a notice that moves a leader's reception", () => {
  const news = [
    'Thông báo thay đổi ngày tiếp dân, đối thoại với công dân của đồng chí Bí thư Tỉnh ủy',
    'Thứ Ba, 12/10/2038, 08:56 [GMT+7]',
    '(TTV) - Văn phòng Tỉnh ủy vừa có thông báo thay đổi ngày tiếp dân, đối thoại với công dân của đồng chí Bí thư Tỉnh ủy.',
    'Theo kế hoạch, lịch tiếp dân của đồng chí Bí thư Tỉnh ủy trong tháng 10/2038 (theo Thông báo số 26-TB/VPTU ngày ' +
      '19/4/2038 của Văn phòng Tỉnh ủy), là ngày 21/10/2038. Tuy nhiên, trùng vào thời gian này, đồng chí có chương trình khác.',
    'Thực hiện Quy định số 11-QĐi/TW của Bộ Chính trị; đồng chí Bí thư Tỉnh ủy sẽ chủ trì tiếp, đối thoại trực tiếp với công ' +
      'dân định kỳ tháng 10/2038 vào ngày 18/10/2038, địa điểm Trụ sở tiếp công dân tỉnh.',
  ]
  it('reads only the new day, named by the clause that gives it, not the day posted nor the day replaced', () => {
    const draft = readPlan(news.join('\n'))
    expect(draft.sessions.map((s) => [s.topic, s.time.start])).toEqual([
      ['Đối thoại trực tiếp với công dân định kỳ tháng 10/2038', '2038-10-18'],
    ])
  })
})

describe('review mends: words that only look like a meeting', () => {
  it('reads "phối hợp ban …" and "tổng hợp" as no other meeting, "họp giao ban" as one', () => {
    expect(OTHER_MEETING.test('ngay 17/9 ubnd phuong phoi hop ban dan van to chuc doi thoai')).toBe(false)
    expect(OTHER_MEETING.test('tuan sau (17/9) co hop giao ban khoi dan van')).toBe(true)
  })
})
