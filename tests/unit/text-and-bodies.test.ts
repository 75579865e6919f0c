import { describe, expect, it } from 'vitest'
import { matchBody } from '../../src/services/bodies.js'
import { editDistance, foldVietnamese, initialsOf } from '../../src/services/text.js'

const body = (name: string, shortName: string | null = null, aliases: string[] = []) => ({ name, shortName, aliases })

const bodies = [
  body('Ban Dân vận Tỉnh ủy', 'BDVTU', ['Dân vận tỉnh']),
  body('Văn phòng Tỉnh ủy', 'VPTU'),
  body('Ban Tuyên giáo Tỉnh ủy'),
  body('Sở Giáo dục và Đào tạo', 'SGDĐT'),
  body('Ban Thường vụ Huyện ủy Trà Bồng'),
  body('Công an tỉnh'),
]

describe('Vietnamese folding', () => {
  it('drops case, diacritics and đ, and collapses punctuation', () => {
    expect(foldVietnamese('  Ban Dân vận   Tỉnh ủy ')).toBe('ban dan van tinh uy')
    expect(foldVietnamese('ĐẢNG ỦY, Đoàn')).toBe('dang uy doan')
    // Decomposed input (NFD, as some keyboards produce) folds the same as composed input.
    expect(foldVietnamese('Tỉnh ủy'.normalize('NFD'))).toBe(foldVietnamese('Tỉnh ủy'.normalize('NFC')))
  })

  it('abbreviates like officials do', () => {
    expect(initialsOf('Ban Dân vận Tỉnh ủy')).toBe('bdvtu')
    expect(initialsOf('Văn phòng Tỉnh ủy')).toBe('vptu')
  })

  it('measures edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('', 'abc')).toBe(3)
  })
})

describe('matching a typed body name', () => {
  it.each([
    ['Ban Dân vận Tỉnh ủy', 'Ban Dân vận Tỉnh ủy'],
    ['ban dan van tinh uy', 'Ban Dân vận Tỉnh ủy'],
    ['BDVTU', 'Ban Dân vận Tỉnh ủy'],
    ['bdvtu', 'Ban Dân vận Tỉnh ủy'],
    ['Dân vận tỉnh', 'Ban Dân vận Tỉnh ủy'],
    ['VPTU', 'Văn phòng Tỉnh ủy'],
    ['BTGTU', 'Ban Tuyên giáo Tỉnh ủy'],
    ['sgdđt', 'Sở Giáo dục và Đào tạo'],
    ['SGDDT', 'Sở Giáo dục và Đào tạo'],
    ['Sở Giáo dục', 'Sở Giáo dục và Đào tạo'],
    ['văn phòng tỉnh ủy', 'Văn phòng Tỉnh ủy'],
  ])('"%s" is %s', (query, expected) => {
    expect(matchBody(bodies, query).body?.name).toBe(expected)
  })

  it('suggests the closest names for a misspelling, and nothing for nonsense', () => {
    const misspelt = matchBody(bodies, 'Cong an tinhh')
    expect(misspelt.body).toBeNull()
    expect(misspelt.suggestions.map((b) => b.name)).toEqual(['Công an tỉnh'])
    expect(matchBody(bodies, 'Trà Bồng').suggestions.map((b) => b.name)).toEqual(['Ban Thường vụ Huyện ủy Trà Bồng'])
    // A head word alone is ambiguous: suggestions, not a guess.
    expect(matchBody(bodies, 'Ban').body).toBeNull()
    expect(matchBody(bodies, 'xyz quá xa')).toEqual({ body: null, suggestions: [] })
    expect(matchBody(bodies, '   ')).toEqual({ body: null, suggestions: [] })
  })
})
