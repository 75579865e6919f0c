import { describe, expect, it } from 'vitest'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Round av of the importer's fixes (issue 11): each construct on a small input written here.

describe('an annex table a legal-document portal copied one cell a line, a bar alone between cells', () => {
  const text = [
    'ỦY BAN NHÂN DÂN',
    'HUYỆN AN THẠNH',
    '|',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    '|',
    'An Thạnh, ngày 05 tháng 3 năm 2031',
    'KẾ HOẠCH',
    'Tổ chức hội nghị đối thoại giữa Chủ tịch UBND huyện với hộ kinh doanh năm 2031',
    'I. THỜI GIAN, ĐỊA ĐIỂM',
    '1. Thời gian: 08 giờ 00, ngày 14/5/2031.',
    '2. Địa điểm: Hội trường UBND huyện.',
    'II. TỔ CHỨC THỰC HIỆN',
    'Các cơ quan thực hiện theo Phụ lục kèm theo.',
    'PHỤ LỤC',
    'TIẾN ĐỘ CHUẨN BỊ HỘI NGHỊ',
    'STT',
    '|',
    'Nội dung công',
    'việc',
    '|',
    'Cơ quan chủ trì',
    '|',
    'Cơ quan phối hợp',
    '|',
    'Thời gian hoàn thành',
    '|',
    '1',
    '|',
    'Tổng hợp kiến nghị của hộ kinh doanh, chuyển',
    'các cơ quan trả lời',
    '|',
    'Phòng Tài chính - Kế hoạch',
    '|',
    'Văn phòng HĐND và UBND huyện',
    '|',
    'Chậm nhất ngày 10/4/2031',
    '|',
    '2',
    '|',
    'Chuẩn bị hội trường, tài liệu',
    '|',
    'Văn phòng HĐND và UBND huyện',
    '|',
    'Phòng Tài chính - Kế hoạch',
    '|',
    'Trước ngày tổ chức hội nghị 03 ngày làm việc',
    '|',
    '3',
    '|',
    'Công khai kết quả giải quyết kiến nghị',
    '|',
    'Phòng Tài chính - Kế hoạch',
    '|',
    'Các cơ quan liên quan',
    '|',
    'Trước ngày 15/6/2031',
    '|',
  ].join('\n')

  it('reads each row as a row: its lead the "chủ trì" cell, its deadline the last cell, its number no page number', () => {
    expect(sessionsOf(text).map(([precision, start]) => [precision, start])).toEqual([['day', '2031-05-14']])
    expect(datedByRuleOf(text)).toEqual([
      ['Phòng Tài chính - Kế hoạch', 'absolute', '2031-04-10', null],
      ['Văn phòng HĐND và UBND huyện', 'relative', '-3 working_days', 0],
      ['Phòng Tài chính - Kế hoạch', 'absolute', '2031-06-14', null],
    ])
  })
})

describe('a report of work a body has done ("Ban Thường vụ Đảng ủy xã đã ban hành …")', () => {
  it('owes nothing, whatever standing day it mentions; the plan part after it keeps its tasks', () => {
    const text = [
      'ĐẢNG ỦY XÃ AN PHÚ',
      'An Phú, ngày 10 tháng 6 năm 2031',
      'BÁO CÁO',
      'kết quả tiếp dân, đối thoại 6 tháng đầu năm 2031 và kế hoạch thời gian tới',
      'I- CÔNG TÁC LÃNH ĐẠO',
      'Ban Thường vụ Đảng ủy xã đã ban hành Kế hoạch tiếp dân năm 2031. Lịch tiếp dân định kỳ của Bí ' +
        'thư Đảng ủy xã (ngày 20 hằng tháng) được niêm yết công khai.',
      'II- KẾ HOẠCH THỜI GIAN TỚI',
      '1- Hội nghị đối thoại với Nhân dân thôn Đông về môi trường.',
      '- Thời gian: 08 giờ 00, ngày 18-8-2031.',
      '2- Phân công thực hiện',
      '- Văn phòng Đảng ủy: Chuẩn bị tài liệu, trình Thường trực Đảng ủy trước ngày 05-8-2031.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([['Văn phòng Đảng ủy', 'absolute', '2031-08-04', null]])
  })
})
