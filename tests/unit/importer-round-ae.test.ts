import { describe, expect, it } from 'vitest'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Round AE of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round AE: a schedule under a label inside an item that names its sessions', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại giữa Chủ tịch UBND xã với Nhân dân và hộ kinh doanh năm 2033',
    '',
    'I. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
    '1. Đối thoại với Nhân dân theo cụm thôn (02 buổi)',
    'a) Nội dung: Công tác quản lý đất đai, trật tự xây dựng; vệ sinh môi trường.',
    'b) Lịch cụ thể:',
    '- Cụm số 1 (thôn 1 đến thôn 5): 19 giờ 30 phút, thứ Năm, ngày 07/4/2033, tại Nhà văn hóa thôn 2.',
    '- Cụm số 2 (thôn 6 đến thôn 9): 19h30, thứ Năm 14/4/2033, tại Nhà văn hóa thôn 7.',
    '2. Đối thoại với hộ kinh doanh trên địa bàn xã',
    'a) Nội dung: Quản lý hoạt động kinh doanh.',
    'b) Thời gian: 14 giờ 00, ngày 20/5/2033.',
    '',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng HĐND và UBND xã',
    'a) Phát hành giấy mời dự các buổi đối thoại theo cụm thôn chậm nhất 05 ngày làm việc trước ngày đối thoại.',
    'b) Dự thảo Thông báo kết luận trong thời hạn 07 ngày kể từ ngày kết thúc buổi đối thoại.',
  ].join('\n')

  it('"b) Lịch cụ thể:" names no session: its lines take the item\'s heading, without its count "(02 buổi)"', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2033-04-07', '2033-04-07', 'Đối thoại với Nhân dân theo cụm thôn'],
      ['day', '2033-04-14', '2033-04-14', 'Đối thoại với Nhân dân theo cụm thôn'],
      ['day', '2033-05-20', '2033-05-20', 'Đối thoại với hộ kinh doanh trên địa bàn xã'],
    ])
  })

  it('"các buổi đối thoại theo cụm thôn" concerns those sessions; the body\'s other work concerns every session', () => {
    expect(datedByRuleOf(text)).toEqual([
      ['Văn phòng HĐND và UBND xã', 'relative', '-5 working_days', 0],
      ['Văn phòng HĐND và UBND xã', 'relative', '-5 working_days', 1],
      ['Văn phòng HĐND và UBND xã', 'relative', '7 days', 0],
      ['Văn phòng HĐND và UBND xã', 'relative', '7 days', 1],
      ['Văn phòng HĐND và UBND xã', 'relative', '7 days', 2],
    ])
  })
})

/** A plan of one dialogue on a set day, its execution part the lines given. */
const plan = (...execution: string[]) =>
  [
    'KẾ HOẠCH',
    'Tổ chức đối thoại với Nhân dân năm 2033',
    '',
    'I. THỜI GIAN',
    '1. Đối thoại với Nhân dân xã A về đất đai',
    '- Thời gian: 08 giờ 00 ngày 14/4/2033.',
    '',
    'II. TỔ CHỨC THỰC HIỆN',
    ...execution,
  ].join('\n')

describe('round AE: a paragraph of work that closes with a short lead-in', () => {
  it('"… gửi Ban Thường vụ Huyện ủy. Riêng:" keeps the work before "Riêng:" as the heading body\'s own', () => {
    const text = plan(
      '1. Các đảng ủy trực thuộc Huyện ủy',
      'Chỉ đạo tổ chức đối thoại ở cơ sở; lồng ghép kết quả trong báo cáo công tác dân vận định kỳ 6 tháng (trước ' +
        'ngày 15-6) và năm (trước ngày 15-11) gửi Ban Thường vụ Huyện ủy. Riêng:',
      'a- Đảng ủy xã A: Báo cáo tình hình đất đai, gửi Ban Dân vận Huyện ủy trước ngày 10-3-2033.',
    )
    expect(datedByRuleOf(text)).toEqual([
      ['Các đảng ủy trực thuộc Huyện ủy', 'periodic', '2033-06-14', null],
      ['Các đảng ủy trực thuộc Huyện ủy', 'periodic', '2033-11-14', null],
      ['Đảng ủy xã A', 'absolute', '2033-03-09', null],
    ])
  })
})

describe("round AE: the review of the plan's half-year and year on days of a named year", () => {
  const work = (line: string) => plan('1. Ban Dân vận Huyện ủy', line)

  it('"báo cáo sơ kết 6 tháng (trước ngày 20/6/2033) và tổng kết năm (trước ngày 20/11/2033)" is due once, each', () => {
    expect(datedByRuleOf(work('Tham mưu báo cáo sơ kết 6 tháng (trước ngày 20/6/2033) và tổng kết năm (trước ngày 20/11/2033).'))).toEqual([
      ['Ban Dân vận Huyện ủy', 'absolute', '2033-06-19', null],
      ['Ban Dân vận Huyện ủy', 'absolute', '2033-11-19', null],
    ])
  })

  it('"báo cáo 6 tháng trước ngày 15/6/2033, báo cáo năm …" and "định kỳ sơ kết …" still recur', () => {
    expect(datedByRuleOf(work('Báo cáo 6 tháng trước ngày 15/6/2033; báo cáo năm trước ngày 15/11/2033.'))).toEqual([
      ['Ban Dân vận Huyện ủy', 'periodic', '2033-06-14', null],
      ['Ban Dân vận Huyện ủy', 'periodic', '2033-11-14', null],
    ])
    expect(datedByRuleOf(work('Định kỳ báo cáo sơ kết 6 tháng (trước ngày 20/6/2033) và tổng kết năm (trước ngày 20/11/2033).'))).toEqual([
      ['Ban Dân vận Huyện ủy', 'periodic', '2033-06-19', null],
      ['Ban Dân vận Huyện ủy', 'periodic', '2033-11-19', null],
    ])
  })
})
