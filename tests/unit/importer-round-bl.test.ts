import { describe, expect, it } from 'vitest'
import { timesOf } from '../helpers/importer-draft.js'

// Round bl (issue 11): constructs of plans measured unseen, each on a small input written here.

describe('a schedule table copied one cell a line, a note saying why a day moved', () => {
  it('"Ngày 15/3 trùng Chủ nhật" in the notes column is the day left, not a session', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tiếp công dân định kỳ của Chủ tịch UBND huyện 6 tháng đầu năm 2030',
      '',
      '1. Thời gian tiếp công dân',
      'Tháng',
      'Thứ, ngày',
      'Người chủ trì',
      'Ghi chú',
      '02/2030',
      'Thứ Sáu, 15/02/2030',
      'Chủ tịch UBND huyện',
      '',
      '03/2030',
      'Thứ Hai, 17/3/2030',
      'Chủ tịch UBND huyện',
      'Ngày 15/3 trùng thứ Bảy',
      '04/2030',
      'Thứ Hai, 15/4/2030',
      'Chủ tịch UBND huyện',
      '',
    ].join('\n')
    expect(timesOf(text)).toEqual([
      ['day', '2030-02-15', '2030-02-15'],
      ['day', '2030-03-17', '2030-03-17'],
      ['day', '2030-04-15', '2030-04-15'],
    ])
  })
})
