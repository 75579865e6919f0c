import { describe, expect, it } from 'vitest'
import { readPlan } from '../../src/importer/read-plan.js'
import { datedByRuleOf } from '../helpers/importer-draft.js'

// Round br (issue 11): constructs of plans measured unseen, each on a small input written here.

describe('"các trường hợp" opening a clause of an obligation', () => {
  it('"…; các trường hợp còn khiếu nại … , gửi … trước ngày X" is the cases a report covers, the heading\'s work', () => {
    const text = [
      'KẾ HOẠCH đối thoại của Chủ tịch UBND huyện với Nhân dân năm 2031',
      '',
      'I. THỜI GIAN',
      'Hội nghị đối thoại với các hộ dân bị thu hồi đất, ngày 12/8/2031 tại hội trường UBND xã Một.',
      '',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Tài nguyên và Môi trường',
      'Chủ trì, phối hợp với UBND xã Một rà soát hồ sơ thu hồi đất; các trường hợp còn vướng mắc và đề xuất ' +
        'hướng xử lý, gửi Văn phòng HĐND và UBND huyện trước ngày 20/7/2031.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([['Phòng Tài nguyên và Môi trường', 'absolute', '2031-07-19', null]])
  })
  it('"Các trường: A, B" still names schools, one body each', () => {
    const text = [
      'KẾ HOẠCH đối thoại của Hiệu trưởng với học sinh năm 2031',
      '',
      'I. THỜI GIAN',
      'Hội nghị đối thoại với học sinh, ngày 12/8/2031 tại hội trường Phòng Giáo dục.',
      '',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Các trường: Tiểu học Một, Trung học cơ sở Hai',
      'Tổng hợp ý kiến của học sinh, gửi Phòng Giáo dục trước ngày 20/7/2031.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Trường Tiểu học Một', 'absolute', '2031-07-19', null],
      ['Trường Trung học cơ sở Hai', 'absolute', '2031-07-19', null],
    ])
  })
})

describe('a group of bodies and a kind in lower case joined by "và"', () => {
  const plan = (heading: string) =>
    [
      'KẾ HOẠCH tổ chức chương trình đối thoại với thanh niên năm 2031',
      '',
      'I. THỜI GIAN',
      'Chương trình đối thoại với đoàn viên, thanh niên, ngày 12/8/2031 tại Nhà Văn hóa Thanh niên.',
      '',
      'II. TỔ CHỨC THỰC HIỆN',
      `1. ${heading}`,
      'Tổng hợp câu hỏi của đoàn viên, gửi về Tỉnh đoàn trước ngày 20/7/2031.',
    ].join('\n')
  it('"Đoàn các xã, phường và đoàn trực thuộc" is one group, as written', () => {
    expect(datedByRuleOf(plan('Đoàn các xã, phường và đoàn trực thuộc'))).toEqual([
      ['Đoàn các xã, phường và đoàn trực thuộc', 'absolute', '2031-07-19', null],
    ])
  })
  it('"UBND các xã và Công an huyện" are still two bodies', () => {
    expect(datedByRuleOf(plan('UBND các xã và Công an huyện')).map((row) => row[0])).toEqual(['UBND các xã', 'Công an huyện'])
  })
})

describe('a review of the half-year and the year without "báo cáo" before it', () => {
  const plan = (line: string) =>
    [
      'KẾ HOẠCH đối thoại của Bí thư Huyện ủy với Nhân dân năm 2031',
      '',
      'I. THỜI GIAN',
      'Hội nghị đối thoại với Nhân dân xã Một, ngày 12/8/2031 tại hội trường UBND xã Một.',
      '',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Ban Dân vận Huyện ủy',
      line,
    ].join('\n')
  it('"Tham mưu sơ kết 6 tháng (trước ngày 15-6) và tổng kết năm (trước ngày 15-12)" is two periodic tasks', () => {
    const tasks = readPlan(
      plan('Tham mưu sơ kết 6 tháng (trước ngày 15-6) và tổng kết năm (trước ngày 15-12) việc thực hiện Kế hoạch.'),
    ).tasks
    expect(tasks.map((t) => [t.lead, t.deadline.kind, t.deadline.due])).toEqual([
      ['Ban Dân vận Huyện ủy', 'periodic', '2031-06-14'],
      ['Ban Dân vận Huyện ủy', 'periodic', '2031-12-14'],
    ])
  })
  it('"Tham mưu sơ kết 6 tháng đầu năm 2031, trước ngày 15/6" is one review, due once', () => {
    expect(datedByRuleOf(plan('Tham mưu sơ kết 6 tháng đầu năm 2031, hoàn thành trước ngày 15/6.'))).toEqual([
      ['Ban Dân vận Huyện ủy', 'absolute', '2031-06-14', null],
    ])
  })
})
