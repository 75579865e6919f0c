import { describe, expect, it } from 'vitest'
import { datedByRuleOf } from '../helpers/importer-draft.js'

// Round AS of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round AS: a deadline before each of two kinds listed together', () => {
  it('"chậm nhất 15 ngày trước mỗi diễn đàn, hội nghị": the forum and the conference both', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức diễn đàn và hội nghị đối thoại với thanh niên năm 2033',
      'I. NỘI DUNG, THỜI GIAN',
      '1. Diễn đàn “Thanh niên với chuyển đổi số”',
      'Diễn đàn tổ chức ngày 20/3/2033 tại Nhà văn hóa tỉnh.',
      '2. Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với thanh niên công nhân',
      'Hội nghị tổ chức trong tháng 9/2033 tại khu công nghiệp.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Ban Tuyên giáo Tỉnh đoàn',
      '- Đăng tải thông báo lấy câu hỏi của thanh niên chậm nhất 15 ngày trước mỗi diễn đàn, hội nghị.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Ban Tuyên giáo Tỉnh đoàn', 'relative', '-15 days', 0],
      ['Ban Tuyên giáo Tỉnh đoàn', 'relative', '-15 days', 1],
    ])
  })
})
