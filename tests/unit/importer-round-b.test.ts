import { describe, expect, it } from 'vitest'
import { readPlan } from '../../src/importer/read-plan.js'

// Round b of the unseen plans (issue 11): the general causes behind what they missed, each on a small input written here.

const sessionsOf = (text: string) => readPlan(text).sessions.map((s) => [s.time.precision, s.time.start, s.time.end, s.topic])

describe('round b', () => {
  it('"Đợt 1 - huyện A: tổ chức vào …" heads its own "Nội dung:" and "Thành phần:" lines', () => {
    const text = [
      'II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
      '1. Lịch đối thoại',
      'Đợt 1 - huyện Sông Lam: tổ chức vào tháng 4/2033, tại Hội trường Huyện ủy.',
      'Nội dung: Đối thoại với Nhân dân huyện Sông Lam về bảo vệ rừng phòng hộ.',
      'Thành phần: Khoảng 100 đại biểu.',
      'Đợt 2 - huyện Núi Đỏ: dự kiến ngày 12/6/2033 (thứ Năm), tại Nhà văn hóa - Thể thao huyện.',
      'Nội dung: Đối thoại với đồng bào dân tộc huyện Núi Đỏ về đất sản xuất.',
      'Thành phần: Khoảng 120 đại biểu.',
      'Đợt 3 - huyện Bến Cát: từ ngày 10 đến ngày 12/9/2033, tại Hội trường UBND huyện.',
      'Nội dung: Đối thoại với nông dân huyện Bến Cát về tái canh cây cà phê.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['month', '2033-04-01', '2033-04-30', 'Đối thoại với Nhân dân huyện Sông Lam về bảo vệ rừng phòng hộ'],
      ['day', '2033-06-12', '2033-06-12', 'Đối thoại với đồng bào dân tộc huyện Núi Đỏ về đất sản xuất'],
      ['month', '2033-09-10', '2033-09-12', 'Đối thoại với nông dân huyện Bến Cát về tái canh cây cà phê'],
    ])
  })
})
