import { describe, expect, it } from 'vitest'
import { sessionsOf } from '../helpers/importer-draft.js'

// Round dg of the importer's fixes (issue 11): each construct on a small input written here.

describe('a notice of conclusions whose next session stands under "Về buổi đối thoại tiếp theo"', () => {
  const text = [
    'THÔNG BÁO',
    'Kết luận của Chủ tịch UBND huyện tại buổi đối thoại với Nhân dân xã An Hòa về bãi rác',
    'Chủ tịch UBND huyện kết luận như sau:',
    '1. Giao Phòng Tài nguyên và Môi trường huyện kiểm tra bãi rác, báo cáo trước ngày 30/9/2031.',
    '2. Về buổi đối thoại tiếp theo',
    'Chủ tịch UBND huyện sẽ đối thoại lần thứ hai với Nhân dân xã An Hòa về kết quả xử lý bãi rác vào tháng 11/2031.',
  ].join('\n')

  it('takes the topic from the paragraph under the heading, which only names the matter', () => {
    const sessions = sessionsOf(text)
    expect(sessions).toHaveLength(1)
    expect(sessions[0]?.slice(0, 3)).toEqual(['month', '2031-11-01', '2031-11-30'])
    expect(sessions[0]?.[3]).toMatch(/lần thứ hai với Nhân dân xã An Hòa/)
  })
})

describe('work that must be done "hoàn thành trong quý …", a dialogue among its words', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại giữa Chủ tịch UBND huyện với nông dân năm 2032',
    'Hội nghị đối thoại giữa Chủ tịch UBND huyện với nông dân về liên kết sản xuất dự kiến tổ chức vào ngày 20/5/2032.',
    'Hội Nông dân các xã tổ chức đối thoại giữa Chủ tịch UBND xã với nông dân, hoàn thành trong quý III/2032.',
  ].join('\n')

  it('reads the quarter as the deadline of the work, not as the time of a session', () => {
    expect(sessionsOf(text).map((s) => s.slice(0, 3))).toEqual([['day', '2032-05-20', '2032-05-20']])
  })
})
