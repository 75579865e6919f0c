import { describe, expect, it } from 'vitest'
import { datedByRuleOf, sessionsOf, timesOf } from '../helpers/importer-draft.js'

// Round ai (issue 11): constructs of plans measured unseen, each on a small input written here.

const NOTICE = (rows: string) =>
  [
    'THÔNG BÁO',
    'Lịch đối thoại giải quyết khiếu nại năm 2030',
    '',
    '1. Lịch đối thoại',
    '',
    'TT\tNgười khiếu nại\tNội dung khiếu nại\tThời gian đối thoại\tĐịa điểm\tCơ quan chuẩn bị hồ sơ, báo cáo',
    '(1)\t(2)\t(3)\t(4)\t(5)\t(6)',
    rows,
    '',
    '2. Trách nhiệm',
    'a) Đề nghị UBND các xã có tên tại cột (6): báo cáo bằng văn bản, gửi Thanh tra huyện chậm nhất 02 ngày làm việc trước ngày đối thoại.',
  ].join('\n')

const ROWS = [
  '1\tBà A, thôn Một\tKhiếu nại việc thu hồi đất trồng lúa\t08 giờ 00, ngày 12/3\tHội trường UBND huyện\tUBND xã Đông',
  '2\tÔng B, thôn Hai\tKhiếu nại việc bồi thường cây trồng',
  '\t14 giờ 00, ngày 12/3\tHội trường UBND huyện\tUBND xã Tây',
].join('\n')

describe('a schedule of complaints, one case a row', () => {
  it('takes each row’s "Nội dung khiếu nại" for its topic, also of a row broken at the end of that cell', () => {
    expect(sessionsOf(NOTICE(ROWS))).toEqual([
      ['day', '2030-03-12', '2030-03-12', 'Khiếu nại việc thu hồi đất trồng lúa'],
      ['day', '2030-03-12', '2030-03-12', 'Khiếu nại việc bồi thường cây trồng'],
    ])
  })
})

describe('bodies assigned by a column’s number', () => {
  it('"UBND các xã có tên tại cột (6)" is each row’s body of that column, for its own session', () => {
    expect(datedByRuleOf(NOTICE(ROWS))).toEqual([
      ['UBND xã Đông', 'relative', '-2 working_days', 0],
      ['UBND xã Tây', 'relative', '-2 working_days', 1],
    ])
  })
})

describe('a second round after a schedule’s table', () => {
  it('"Đợt 2: Dự kiến trong tháng 10/2030, … tổ chức đối thoại với …" under the table’s label is a session of its own', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại với Nhân dân năm 2030',
      '',
      'II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
      '1. Thời gian, địa điểm',
      'Chủ tịch UBND xã tổ chức đối thoại theo cụm thôn, cụ thể như sau:',
      '',
      '| STT | Cụm thôn | Thời gian | Địa điểm |',
      '| 1 | Thôn 1, thôn 2 | 19 giờ 30, ngày 16/4/2030 | Nhà văn hóa thôn 2 |',
      '| 2 | Thôn 3, thôn 4 | 19 giờ 30, ngày 18/4/2030 | Nhà văn hóa thôn 4 |',
      '',
      'Đợt 2: Dự kiến trong tháng 10/2030, Chủ tịch UBND xã tổ chức đối thoại với Nhân dân các thôn có đất ' +
        'thu hồi về công tác bồi thường (thời gian cụ thể sẽ thông báo sau).',
      '',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng UBND xã',
      '- Chuẩn bị địa điểm.',
    ].join('\n')
    expect(timesOf(text)).toEqual([
      ['day', '2030-04-16', '2030-04-16'],
      ['day', '2030-04-18', '2030-04-18'],
      ['month', '2030-10-01', '2030-10-31'],
    ])
  })
})
