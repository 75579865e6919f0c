import { describe, expect, it } from 'vitest'
import { datedOf, timesOf } from '../helpers/importer-draft.js'

// Round dp of the importer's fixes (real news pages carrying plans): each construct on a small input written here.

describe("a news page's stamp of when it was posted, without the weekday or with the author before it", () => {
  const body = [
    'Ngày 10/5, Đoàn ĐBQH tỉnh ban hành Kế hoạch số 05/KH-ĐĐBQH về tiếp xúc cử tri sau kỳ họp thứ 7.',
    'Ngày 03/6/2031, tiếp xúc cử tri tại xã Hòa Lạc, huyện Đồng Xuân.',
  ]
  const stamps = ['12/05/2031 08:15', 'Thứ hai - 12/05/2031 08:15', 'Thứ 2, 12/05/2031 | 08:15:06', 'Lê Văn Tâm 12/05/2031 14:25']

  it.each(stamps)('reads "%s" as no session', (stamp) => {
    const text = ['Kế hoạch tiếp xúc cử tri sau kỳ họp thứ 7', '', stamp, '', ...body].join('\n')
    expect(timesOf(text)).toEqual([['day', '2031-06-03', '2031-06-03']])
  })
})

describe('a span that sums up the dated sessions listed after it', () => {
  const text = [
    'Kế hoạch tiếp xúc cử tri sau kỳ họp thứ 7',
    'Theo Kế hoạch này, từ ngày 3 đến ngày 4/6/2031, các vị đại biểu sẽ tiếp xúc cử tri tại 4 xã thuộc 2 huyện.',
    'Cụ thể: Ngày 03/6/2031, tiếp xúc cử tri tại xã Hòa Lạc và xã An Phú, huyện Đồng Xuân.',
    'Ngày 04/6/2031, tiếp xúc cử tri tại xã Bình Minh và xã Tân Lộc, huyện Tây Sơn.',
  ].join('\n')

  it('keeps the days, not the span that restates them', () => {
    expect(timesOf(text)).toEqual([
      ['day', '2031-06-03', '2031-06-03'],
      ['day', '2031-06-04', '2031-06-04'],
    ])
  })

  it('keeps a span whose last day no session lists', () => {
    const open = text.replace('Ngày 04/6/2031', 'Ngày 05/6/2031').replace('ngày 4/6/2031', 'ngày 6/6/2031')
    expect(timesOf(open)).toEqual([
      ['month', '2031-06-03', '2031-06-06'],
      ['day', '2031-06-03', '2031-06-03'],
      ['day', '2031-06-05', '2031-06-05'],
    ])
  })
})

describe("a news report's sentence where one body asks another to do dated work", () => {
  const text = [
    'Kế hoạch tiếp xúc cử tri sau kỳ họp thứ 7',
    '',
    'Theo kế hoạch, ngày 03/6/2031, các đại biểu tiếp xúc cử tri huyện Đồng Xuân.',
    '',
    'Đoàn ĐBQH tỉnh đã đề nghị Thường trực Ủy ban MTTQ Việt Nam tỉnh chỉ đạo Ủy ban MTTQ các huyện chuẩn bị các điều' +
      ' kiện; thông báo về Văn phòng Đoàn ĐBQH địa điểm tiếp xúc cử tri trước ngày 25/5.',
  ].join('\n')

  it('gives the work to the body asked, not to the one asking', () => {
    expect(datedOf(text)).toEqual([['Thường trực Ủy ban MTTQ Việt Nam tỉnh', 'absolute', '2031-05-24', null]])
  })

  it('does so too when another sentence follows in the paragraph', () => {
    const two = `${text} Báo tỉnh sẽ tiếp tục đăng tải lịch tiếp xúc cử tri.`
    expect(datedOf(two)).toEqual([['Thường trực Ủy ban MTTQ Việt Nam tỉnh', 'absolute', '2031-05-24', null]])
  })
})

describe('a ministry, asked by the head of government, as the body of dated work', () => {
  const text = [
    'Ngày 9.6, Thủ tướng đối thoại trực tuyến với doanh nghiệp',
    '',
    'Theo đó, cuộc đối thoại bắt đầu từ 8 giờ ngày 9.6.2031 theo hình thức trực tuyến.',
    'Thủ tướng giao Bộ Nội vụ chủ trì, phối hợp với các cơ quan liên quan tổ chức tốt hội nghị; tổng hợp ý kiến, báo cáo' +
      ' Thủ tướng trước ngày 16.6.',
  ].join('\n')

  it('gives the work to the ministry asked', () => {
    expect(datedOf(text)).toEqual([['Bộ Nội vụ', 'absolute', '2031-06-15', null]])
  })

  it('reads a set of papers as no ministry', () => {
    const papers = text.replace(/Thủ tướng giao Bộ Nội vụ chủ trì, .*$/u, 'Bộ hồ sơ hội nghị gửi về Văn phòng trước ngày 16.6.')
    expect(datedOf(papers).map((t) => t[0])).not.toContain('Bộ hồ sơ hội nghị')
  })
})

describe('half a day, how long a meeting lasts', () => {
  const text = [
    'Kế hoạch tiếp xúc cử tri sau kỳ họp thứ 7',
    '',
    'Thứ 2, 20/05/2031 | 07:35:06',
    'Theo kế hoạch, Đoàn ĐBQH tỉnh sẽ chia tổ, tổ chức tiếp xúc cử tri mỗi huyện trong thời gian 1/2 ngày tại một địa' +
      ' điểm. Ngày 03/6, từ 8 giờ các đại biểu sẽ tiếp xúc cử tri tại xã Hòa Lạc, huyện Đồng Xuân.',
  ].join('\n')

  it('reads no session on the first of February', () => {
    expect(timesOf(text)).toEqual([['day', '2031-06-03', '2031-06-03']])
  })
})
