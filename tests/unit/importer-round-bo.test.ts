import { describe, expect, it } from 'vitest'
import { datedByRuleOf } from '../helpers/importer-draft.js'

// Round bo (issue 11): constructs of plans measured unseen, each on a small input written here.

describe('"Phối hợp với X …" under a body\'s heading', () => {
  const plan = (partnerHeading: string) =>
    [
      'KẾ HOẠCH',
      'Tổ chức đối thoại của Chủ tịch UBND tỉnh với doanh nghiệp năm 2030',
      '',
      'I. NỘI DUNG, THỜI GIAN',
      'Đối thoại với doanh nghiệp về thủ tục hành chính. Thời gian: ngày 22/10/2030. Địa điểm: Trung tâm Hội nghị tỉnh.',
      '',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Sở Công Thương',
      'Phối hợp với Hiệp hội Doanh nghiệp tỉnh tổng hợp kiến nghị của doanh nghiệp, gửi Văn phòng UBND tỉnh trong tháng 9/2030.',
      '',
      partnerHeading,
    ].join('\n')
  it("a partner named only among others in a shared heading helps: the work stays the heading body's", () => {
    const text = plan('2. Đề nghị Ủy ban MTTQ Việt Nam tỉnh, Hiệp hội Doanh nghiệp tỉnh phối hợp vận động hội viên tham gia.')
    expect(datedByRuleOf(text)).toEqual([['Sở Công Thương', 'absolute', '2030-09-30', null]])
  })
  it('a partner with a heading of its own leads, as before', () => {
    const text = plan('2. Hiệp hội Doanh nghiệp tỉnh\nVận động hội viên tham gia đối thoại.')
    expect(datedByRuleOf(text)).toEqual([['Hiệp hội Doanh nghiệp tỉnh', 'absolute', '2030-09-30', null]])
  })
})
