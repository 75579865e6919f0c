import { describe, expect, it } from 'vitest'
import { datedByRuleOf as datedOf, sessionsOf } from '../helpers/importer-draft.js'
import { bodyHeading } from '../../src/importer/bodies.js'
import { normalizePlanText } from '../../src/importer/normalize.js'

// Round x of the importer's fixes (issue 11): each construct on a small input written here.

describe('a label heading over dashed sessions that hold their own labels', () => {
  it('reads each dashed line as a session with its own time, not the heading as one session', () => {
    const text = [
      'KẾ HOẠCH',
      'tổ chức hội nghị đối thoại với Nhân dân năm 2025',
      'I. NỘI DUNG, THỜI GIAN',
      '1. Thời gian, địa điểm, thành phần',
      'Năm 2025 tổ chức 02 hội nghị, cụ thể như sau:',
      '- Hội nghị thứ nhất: Đối thoại với Nhân dân xã A, xã B.',
      '+ Thời gian: 7 giờ 30 phút, ngày 15/4/2025.',
      '+ Địa điểm: Hội trường UBND xã A.',
      '- Hội nghị thứ hai: Đối thoại với Nhân dân xã C.',
      '+ Thời gian: Trong tháng 9/2025 (ngày cụ thể sẽ thông báo sau).',
      '+ Địa điểm: Hội trường UBND xã C.',
      '- Thành phần mỗi hội nghị: đại diện hộ gia đình các thôn.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng',
      '- Phát hành giấy mời trước mỗi hội nghị ít nhất 03 ngày.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2025-04-15', '2025-04-15', 'Đối thoại với Nhân dân xã A, xã B'],
      ['month', '2025-09-01', '2025-09-30', 'Đối thoại với Nhân dân xã C'],
    ])
    expect(datedOf(text)).toEqual([
      ['Văn phòng', 'relative', '-3 days', 0],
      ['Văn phòng', 'relative', '-3 days', 1],
    ])
  })
})

describe('a table a PDF wrote one cell a line, its cells wrapped over several lines', () => {
  const text = [
    'KẾ HOẠCH',
    'tổ chức đối thoại với Nhân dân năm 2024',
    'I. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
    'TT',
    'Nội dung, đối tượng',
    'đối thoại',
    'Thời gian',
    'Địa điểm',
    'Cơ quan chủ trì',
    'chuẩn bị',
    '1',
    'Đối thoại với hộ kinh doanh chợ Mới',
    'về sắp xếp, di dời chợ tạm',
    '14 giờ 00, ngày',
    '12/3/2024 (thứ',
    'Ba)',
    'Hội trường UBND',
    'xã Tân Lập',
    'Phòng Kinh tế; Đảng ủy',
    'xã Tân Lập',
    '2',
    'Đối thoại với Nhân dân xã Hòa Bình',
    'về giải phóng mặt bằng',
    'Tháng 8/2024',
    'Nhà văn hóa thôn 3',
    'Phòng Tài nguyên; Đảng ủy các xã Hòa',
    'Bình, Hòa An',
    '3',
    'Đối thoại với đoàn viên thanh niên',
    'về khởi nghiệp',
    'Quý IV/2024',
    'Hội trường Huyện',
    'ủy',
    'Huyện đoàn; Hội Nông dân huyện',
    'Ngoài ra, khi có vụ việc phức tạp phát sinh, đồng chí Chủ tịch UBND huyện tổ chức',
    'đối thoại đột xuất với Nhân dân.',
    'II. TỔ CHỨC THỰC HIỆN',
  ].join('\n')

  it('reads a row each, the time under the second column however its label was wrapped', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2024-03-12', '2024-03-12', 'Đối thoại với hộ kinh doanh chợ Mới về sắp xếp, di dời chợ tạm'],
      ['month', '2024-08-01', '2024-08-31', 'Đối thoại với Nhân dân xã Hòa Bình về giải phóng mặt bằng'],
      ['quarter', '2024-10-01', '2024-12-31', 'Đối thoại với đoàn viên thanh niên về khởi nghiệp'],
    ])
  })

  it('keeps a bracket, a last cell wrapped on a capital and the paragraph after the table where they belong', () => {
    const lines = normalizePlanText(text)
    expect(lines).toContain(
      '1 | Đối thoại với hộ kinh doanh chợ Mới về sắp xếp, di dời chợ tạm | 14 giờ 00, ngày 12/3/2024 (thứ Ba) ' +
        '| Hội trường UBND xã Tân Lập | Phòng Kinh tế; Đảng ủy xã Tân Lập',
    )
    expect(lines).toContain(
      '2 | Đối thoại với Nhân dân xã Hòa Bình về giải phóng mặt bằng | Tháng 8/2024 | Nhà văn hóa ' +
        'thôn 3 | Phòng Tài nguyên; Đảng ủy các xã Hòa Bình, Hòa An',
    )
    expect(lines).toContain(
      '3 | Đối thoại với đoàn viên thanh niên về khởi nghiệp | Quý IV/2024 | Hội trường Huyện ủy | Huyện đoàn; Hội Nông dân huyện',
    )
    expect(lines).toContain(
      'Ngoài ra, khi có vụ việc phức tạp phát sinh, đồng chí Chủ tịch UBND huyện tổ chức đối thoại đột xuất với Nhân dân.',
    )
  })
})

describe('an adjustment plan: its reasons and a session already held', () => {
  it('reads no session from the reasons part, nor from an item reporting a session held', () => {
    const text = [
      'KẾ HOẠCH',
      'điều chỉnh Kế hoạch tổ chức hội nghị đối thoại năm 2024',
      'I- LÝ DO ĐIỀU CHỈNH',
      '- Thời gian tổ chức hội nghị đối thoại thứ hai (dự kiến tháng 6/2024) trùng với kỳ họp Hội đồng nhân dân.',
      'II- NỘI DUNG ĐIỀU CHỈNH',
      '1- Điều chỉnh thời gian hội nghị đối thoại thứ hai',
      '- Nội dung: Đối thoại với Nhân dân xã A về xây dựng nông thôn mới.',
      '- Thời gian: Từ "tháng 6/2024" điều chỉnh thành ngày 16/8/2024.',
      '2- Hội nghị đối thoại thứ nhất với hội viên nông dân đã được tổ chức ngày 20/3/2024 theo đúng Kế hoạch.',
      'III- TỔ CHỨC THỰC HIỆN',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([['day', '2024-08-16', '2024-08-16', 'Đối thoại với Nhân dân xã A về xây dựng nông thôn mới']])
  })
})

describe('the committees of the places where sessions are held, listed in brackets', () => {
  it('are one body a place, each bound to the session held there', () => {
    const text = [
      'KẾ HOẠCH',
      'tổ chức hội nghị đối thoại năm 2026',
      'I. THỜI GIAN, ĐỊA ĐIỂM',
      '1. Ngày 14/4/2026: đối thoại với Nhân dân xã Tân An về giao thông nông thôn. Địa điểm: Hội trường xã Tân An.',
      '2. Tháng 8/2026: đối thoại với tiểu thương phường Hòa Lợi về chợ mới. Địa điểm: Nhà văn hóa phường Hòa Lợi.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Đảng ủy các xã, phường nơi tổ chức hội nghị (xã Tân An, phường Hòa Lợi): Báo cáo tình hình địa ' +
        'phương, gửi Ban Dân vận trước ngày tổ chức hội nghị 10 ngày.',
    ].join('\n')
    expect(datedOf(text)).toEqual([
      ['Đảng ủy xã Tân An', 'relative', '-10 days', 0],
      ['Đảng ủy phường Hòa Lợi', 'relative', '-10 days', 1],
    ])
  })
})

describe('wards known by their number, the kind said again before each', () => {
  it('"Đảng ủy Phường 2, Phường 5" is two bodies, bound to the session of their wards', () => {
    const text = [
      'KẾ HOẠCH',
      'tổ chức hội nghị đối thoại năm 2025',
      'I. NỘI DUNG',
      '1. Hội nghị thứ nhất',
      '- Nội dung: Đối thoại với Nhân dân Phường 10 về chỉnh trang đô thị.',
      '- Thời gian: ngày 18/8/2025.',
      '2. Hội nghị thứ hai',
      '- Nội dung: Đối thoại với đồng bào dân tộc trên địa bàn Phường 2, Phường 5 về sinh kế.',
      '- Thời gian: Quý IV/2025.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Đảng ủy Phường 2, Phường 5: Lập danh sách đại biểu, gửi Ban Dân vận trước khi tổ chức đối thoại 15 ngày.',
    ].join('\n')
    expect(datedOf(text)).toEqual([
      ['Đảng ủy Phường 2', 'relative', '-15 days', 1],
      ['Đảng ủy Phường 5', 'relative', '-15 days', 1],
    ])
  })
})

describe('a body of its own before a kind over its places', () => {
  it('"Đảng ủy thị trấn A và Đảng ủy các xã: B, C" is three bodies; an office of two organs stays one kind', () => {
    const names = (text: string) => bodyHeading(text)?.bodies.map((b) => b.name)
    expect(names('Đảng ủy thị trấn Tân Phú và Đảng ủy các xã: Hòa Bình, Tân An')).toEqual([
      'Đảng ủy thị trấn Tân Phú',
      'Đảng ủy xã Hòa Bình',
      'Đảng ủy xã Tân An',
    ])
    expect(names('Văn phòng HĐND và UBND các xã: Hòa Bình, Tân An')).toEqual([
      'Văn phòng HĐND và UBND xã Hòa Bình',
      'Văn phòng HĐND và UBND xã Tân An',
    ])
  })
})
