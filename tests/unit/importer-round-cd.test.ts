import { describe, expect, it } from 'vitest'
import { findDeadlines } from '../../src/services/deadlines/parse.js'
import { datedOf } from '../helpers/importer-draft.js'

// Round cd of the importer's fixes (issue 11): each construct on a small input written here.

describe('a day of a month counted within the quarter', () => {
  const text = [
    'KẾ HOẠCH',
    'Đối thoại giữa Chủ tịch UBND huyện với Nhân dân năm 2031',
    'I. NỘI DUNG',
    'Hội nghị đối thoại tổ chức vào ngày 12/5/2031 tại Hội trường UBND huyện.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Nội vụ',
    '- Theo dõi việc giải quyết kiến nghị, báo cáo Chủ tịch UBND huyện hằng quý, trước ngày 22 tháng cuối quý.',
    '2. Phòng Tư pháp',
    '- Báo cáo kết quả thực hiện quý III/2031 chậm nhất ngày 10 của tháng đầu quý sau.',
  ].join('\n')

  it('reads "hằng quý, trước ngày 22 tháng cuối quý" as four periodic tasks, one in each quarter of the plan’s year', () => {
    expect(datedOf(text)).toEqual([
      ['Phòng Nội vụ', 'periodic', '2031-03-21', null],
      ['Phòng Nội vụ', 'periodic', '2031-06-21', null],
      ['Phòng Nội vụ', 'periodic', '2031-09-21', null],
      ['Phòng Nội vụ', 'periodic', '2031-12-21', null],
      ['Phòng Tư pháp', 'absolute', '2031-10-10', null],
    ])
  })

  it('reads no day when neither the quarter nor its recurrence is said', () => {
    expect(findDeadlines('Báo cáo trước ngày 20 tháng cuối quý.', { defaultYear: 2031 }).found).toEqual([])
  })
})

describe('a site named after the place it is built in', () => {
  const text = [
    'KẾ HOẠCH',
    'Đối thoại với các hộ dân bị ảnh hưởng bởi dự án đường tránh thị xã',
    'I. THỜI GIAN, ĐỊA ĐIỂM',
    'Buổi thứ nhất: ngày 06/5/2031, tại Hội trường UBND phường Tân An; đối thoại với các hộ dân phường Tân An.',
    'Buổi thứ hai: ngày 08/5/2031, tại Nhà văn hóa khu phố 2, phường Hòa Lợi; đối thoại với các hộ dân phường Hòa Lợi.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Kinh tế hạ tầng',
    'Cung cấp quy hoạch Khu tái định cư phường Hòa Lợi, gửi Ban Quản lý dự án trước thời điểm tổ chức đối thoại tối thiểu 07 ngày.',
  ].join('\n')

  it('binds the work about the resettlement site to every session, not to the one held in its ward', () => {
    expect(datedOf(text).map((t) => [t[0], t[3]])).toEqual([
      ['Phòng Kinh tế hạ tầng', 0],
      ['Phòng Kinh tế hạ tầng', 1],
    ])
  })
})

describe('a body whose paragraph opens with "dự kiến"', () => {
  const text = [
    'KẾ HOẠCH',
    'Đối thoại giữa Bí thư Huyện ủy với Nhân dân năm 2031',
    'I. NỘI DUNG',
    'Hội nghị đối thoại tổ chức vào ngày 12/5/2031 tại Hội trường Huyện ủy.',
    'II. TỔ CHỨC THỰC HIỆN',
    'Văn phòng Huyện ủy dự kiến thành phần, phát hành giấy mời; dự thảo thông báo kết luận, trình ban hành ' +
      'trong thời hạn 05 ngày làm việc kể từ ngày kết thúc đối thoại.',
  ].join('\n')

  it('ends the body’s name before the verb', () => {
    expect(datedOf(text).map((t) => [t[0], t[3]])).toEqual([['Văn phòng Huyện ủy', 0]])
  })
})

describe('a heading of the grassroots unions as a group', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại tại nơi làm việc năm 2031',
    'I. LỊCH ĐỐI THOẠI',
    'Hội nghị đối thoại tại Công ty TNHH Minh Phát tổ chức vào ngày 14/5/2031.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng Liên đoàn Lao động huyện',
    '- Tổng hợp kết quả, báo cáo Liên đoàn Lao động tỉnh trước ngày 10/12/2031.',
    '2. Các công đoàn cơ sở trực thuộc còn lại',
    'Chủ động tổ chức đối thoại định kỳ; báo cáo kết quả về Liên đoàn Lao động huyện trước ngày 25/11/2031.',
  ].join('\n')

  it('reads "Các công đoàn cơ sở …" as the body that owes its report', () => {
    expect(datedOf(text).filter((t) => t[1] === 'absolute')).toEqual([
      ['Văn phòng Liên đoàn Lao động huyện', 'absolute', '2031-12-09', null],
      ['Các công đoàn cơ sở trực thuộc còn lại', 'absolute', '2031-11-24', null],
    ])
  })
})
