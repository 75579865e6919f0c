import { describe, expect, it } from 'vitest'
import { timesOf } from '../helpers/importer-draft.js'

// Round df (issue 11): small inputs written here, none taken from the plans measured.

// A web page's schedule table copied one cell a line, with no row numbers: a header of labels, then rows of as many lines.
const cellPerLine = [
  'Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND huyện quý III năm 2032',
  '',
  '1. Thời gian tiếp: buổi sáng, từ 7 giờ 30 các ngày:',
  '',
  'Tháng',
  'Ngày tiếp công dân',
  'Người chủ trì tiếp',
  'Tháng 7',
  'Thứ Năm, ngày 15/7',
  'Chủ tịch UBND huyện',
  'Tháng 8',
  'Thứ Hai, ngày 16/8 (ngày 15/8 là Chủ nhật)',
  'Phó Chủ tịch UBND huyện',
  'Tháng 9',
  'Thứ Tư, ngày 15/9',
  'Chủ tịch UBND huyện',
  '',
  '2. Địa điểm: Trụ sở Tiếp công dân huyện.',
].join('\n')

describe('a schedule copied one cell a line without row numbers', () => {
  it('is read as its table: each row the day its day cell gives, not its month', () => {
    expect(timesOf(cellPerLine)).toEqual([
      ['day', '2032-07-15', '2032-07-15'],
      ['day', '2032-08-16', '2032-08-16'],
      ['day', '2032-09-15', '2032-09-15'],
    ])
  })
  it('but not when a row is one line short (a cell wrapped or left empty): the lines are left to be read as they are', () => {
    const short = cellPerLine.replace('Phó Chủ tịch UBND huyện\n', '')
    expect(timesOf(short).length).toBeGreaterThan(0)
    expect(timesOf(short)).not.toContainEqual(['day', '2032-08-16', '2032-08-16'])
  })
})
