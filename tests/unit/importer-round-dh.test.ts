import { describe, expect, it } from 'vitest'
import { readPlan } from '../../src/importer/read-plan.js'

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
