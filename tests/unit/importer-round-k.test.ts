import { describe, expect, it } from 'vitest'
import { datedByRuleOf as datedOf } from '../helpers/importer-draft.js'

// Round k of the importer's fixes (issue 11): each construct on a small input written here.

describe('"muộn nhất" before a day', () => {
  it('says what "chậm nhất" does: the day itself', () => {
    const text = [
      'KẾ HOẠCH',
      'tổ chức đối thoại với Nhân dân năm 2019',
      'I. THỜI GIAN',
      '- Thời gian: ngày 20/6/2019, tại Hội trường UBND xã.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Trưởng các thôn',
      'Lập danh sách hộ dân dự hội nghị, nộp về UBND xã muộn nhất ngày 14/6/2019.',
    ].join('\n')
    expect(datedOf(text)).toEqual([['Trưởng các thôn', 'absolute', '2019-06-14', null]])
  })
})
