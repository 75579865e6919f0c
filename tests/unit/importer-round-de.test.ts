import { describe, expect, it } from 'vitest'
import { sessionsOf } from '../helpers/importer-draft.js'

// Round de (issue 11): small inputs written here, none taken from the plans measured.

// A schedule a PDF wrote one cell a line, a hall's name in a row before the last wrapped on a capital.
const hallWrapped = [
  'KẾ HOẠCH',
  'Tổ chức đối thoại với các hộ dân có đơn khiếu nại năm 2032',
  '',
  'II. LỊCH ĐỐI THOẠI',
  'TT',
  'Thời gian',
  'Địa điểm',
  'Đối tượng, nội dung đối thoại',
  'Đơn vị chuẩn bị',
  '1',
  '08 giờ 00, thứ Ba,',
  'ngày 13/4/2032',
  'Hội trường UBND huyện Đông',
  'Sơn',
  '12 hộ gia đình ở xã Phú Lâm',
  'khiếu nại về giá bồi thường đất ở',
  'UBND huyện Đông Sơn',
  '2',
  '14 giờ 00, thứ Năm,',
  'ngày 15/4/2032',
  'Hội trường UBND xã Tân Hòa',
  '08 hộ gia đình ở xã Tân Hòa',
  'đề nghị giao đất tái định cư',
  'UBND huyện Đông Sơn',
  '',
  'III. TỔ CHỨC THỰC HIỆN',
].join('\n')

describe('a cell-per-line schedule whose hall name is wrapped on a capital in a row before the last', () => {
  it('reads every row, the rest of the name going on its cell', () => {
    expect(sessionsOf(hallWrapped).map(([precision, start]) => [precision, start])).toEqual([
      ['day', '2032-04-13'],
      ['day', '2032-04-15'],
    ])
  })
})

describe('a cell of whom and what ("Đối tượng, nội dung"): the people, then what they ask', () => {
  it('takes the petition from its verb on as the topic', () => {
    expect(sessionsOf(hallWrapped).map(([, , , topic]) => topic)).toEqual([
      'khiếu nại về giá bồi thường đất ở',
      'đề nghị giao đất tái định cư',
    ])
  })
  it('keeps a cell whose verb names the people\u2019s papers ("có đơn khiếu nại") whole', () => {
    const papers = hallWrapped.replace('12 hộ gia đình ở xã Phú Lâm', 'Các hộ có đơn').replace('khiếu nại về giá', 'khiếu nại giá')
    expect(sessionsOf(papers)[0]?.[3]).toBe('Các hộ có đơn khiếu nại giá bồi thường đất ở')
  })
})
