import { describe, expect, it } from 'vitest'
import { sessionsOf } from '../helpers/importer-draft.js'

// Round eq (stop 42, issue 11): each rule on a small input written here (none of them a page of the measured sets).

describe('a voter-meeting table a PDF wrote one cell a line, its voters and its deputies wrapped on capitals', () => {
  const row = (n: number, when: string[], hall: string[], voters: string[], deputies: string[]) => [
    String(n),
    ...when,
    ...hall,
    ...voters,
    ...deputies,
  ]
  const text = [
    'KẾ HOẠCH',
    'Tổ chức cho đại biểu HĐND huyện tiếp xúc cử tri trước Kỳ họp thứ 9',
    'I. LỊCH TIẾP XÚC CỬ TRI',
    'TT',
    'Thời gian',
    'Địa điểm',
    'Cử tri',
    'Tổ đại biểu HĐND',
    'huyện',
    ...row(
      1,
      ['Sáng thứ Ba,', '10/11/2037'],
      ['Hội trường UBND', 'xã Hòa Bình'],
      ['Cử tri xã Hòa', 'Bình'],
      ['Tổ số 1: đ/c Trần', 'Văn Minh, đ/c Lê', 'Thị Hạnh'],
    ),
    ...row(
      2,
      ['14 giờ 00,', '10/11/2037'],
      ['Nhà văn hóa thôn', 'Bắc Sơn, xã An Lạc'],
      ['Cử tri xã An Lạc'],
      ['Tổ số 1: đ/c Trần', 'Văn Minh, đ/c Phạm', 'Quốc Huy'],
    ),
    ...row(3, ['Chiều 11/11/2037'], ['Hội trường UBND xã Tân Phú'], ['Cử tri xã Tân', 'Phú'], ['Tổ số 2: đ/c Đỗ', 'Minh Tâm']),
    'II. TỔ CHỨC THỰC HIỆN',
    'Văn phòng HĐND và UBND huyện chuẩn bị tài liệu.',
  ].join('\n')

  it('reads each row as a meeting with its own voters, the deputies no part of them', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2037-11-10', '2037-11-10', 'Cử tri xã Hòa Bình'],
      ['day', '2037-11-10', '2037-11-10', 'Cử tri xã An Lạc'],
      ['day', '2037-11-11', '2037-11-11', 'Cử tri xã Tân Phú'],
    ])
  })
})

describe('a heading that names a session over a paragraph that opens with a sentence and goes on in labels of its time', () => {
  const text = (heading: string) =>
    [
      'KẾ HOẠCH',
      'Tiếp xúc cử tri năm 2037',
      'II. THỜI GIAN, ĐỊA ĐIỂM',
      heading,
      'Thường trực HĐND huyện phối hợp với Ủy ban MTTQ Việt Nam huyện tổ chức tiếp xúc cử tri với hội viên nông dân về ' +
        'chuyển đổi cây trồng. Thời gian: ngày 08/7/2037 hoặc ngày 09/7/2037 (sẽ có giấy mời cụ thể). Địa điểm: Hội trường ' +
        'Huyện ủy.',
      'III. TỔ CHỨC THỰC HIỆN',
      'Văn phòng chuẩn bị tài liệu.',
    ].join('\n')

  it('gives the heading the time its labels say', () => {
    expect(sessionsOf(text('2. Tiếp xúc cử tri chuyên đề'))).toEqual([['month', '2037-07-08', '2037-07-09', 'Tiếp xúc cử tri chuyên đề']])
  })
})
