import { describe, expect, it } from 'vitest'
import { bodyHeading } from '../../src/importer/bodies.js'

// Round cl of the importer's fixes (issue 11): each construct on a small input written here.

describe('"công lập" in a heading body\'s name', () => {
  it('is part of the name, not the verb "lập" that would end it', () => {
    expect(bodyHeading('Các trường ngoài công lập trên địa bàn xã')?.bodies.map((b) => b.name)).toEqual([
      'Các trường ngoài công lập trên địa bàn xã',
    ])
  })
})
