import { describe, expect, it } from 'vitest'
import { matchBody } from '../../src/services/bodies.js'
import { UserError } from '../../src/services/errors.js'
import { platformName, platformUsername } from '../../src/services/people.js'
import { clip, requireName, requireTitle, sanitizeText } from '../../src/services/text.js'

function refusal(run: () => unknown): string | null {
  try {
    run()
    return null
  } catch (error) {
    if (error instanceof UserError) {
      return error.key
    }
    throw error
  }
}

describe('one sanitiser for every name', () => {
  it('normalises to NFC, strips invisible and bidi control characters, collapses spaces', () => {
    expect(sanitizeText('  Sở\u200b Y\u200d  tế\u202e ')).toBe('Sở Y tế')
    expect(sanitizeText('Tỉnh ủy'.normalize('NFD'))).toBe('Tỉnh ủy'.normalize('NFC'))
    expect(sanitizeText('An\u0000\ud800h\udc00 \ufeffNguyễn')).toBe('Anh Nguyễn')
    // A well-formed emoji (a surrogate pair) is kept by the sanitiser; the name check refuses it.
    expect(sanitizeText('🎉')).toBe('🎉')
  })

  it('refuses names that are not names, with a key for each reason', () => {
    expect(refusal(() => requireName('🎉🎉🎉'))).toBe('error-name-no-letter')
    expect(refusal(() => requireName(`'; DROP TABLE "Task"; --`))).toBe('error-name-symbols')
    expect(refusal(() => requireName('\u202e\u200b\u200b'))).toBe('error-name-too-short')
    expect(refusal(() => requireName('Sở Y tế 🎉'))).toBe('error-name-symbols')
    expect(refusal(() => requireName('/start'))).toBe('error-name-is-command')
    for (const name of ['Ban Dân vận Tỉnh ủy', 'UBND xã Nghĩa Hà', 'Đài PT-TH tỉnh', 'Hội LHPN (tỉnh)', 'Sở Giáo dục & Đào tạo']) {
      expect(requireName(name)).toBe(name)
    }
    expect(requireName('Sở\u202eY tế')).toBe('SởY tế')
  })

  it('lets titles and topics hold punctuation but not pictographs or nothing', () => {
    expect(requireTitle('Đối thoại: chuyển đổi số; cải cách hành chính?', 'session-error-topic')).toContain('chuyển đổi số;')
    expect(refusal(() => requireTitle('🎉🎉🎉🎉🎉', 'session-error-topic'))).toBe('error-title-no-letter')
    expect(refusal(() => requireTitle('Hội nghị 🎉🎉', 'session-error-topic'))).toBe('error-title-symbols')
    expect(refusal(() => requireTitle('abc', 'session-error-topic'))).toBe('session-error-topic')
  })

  it('makes a platform name storable: no NUL, no lone surrogate, never empty', () => {
    expect(platformName('Tr\u0000ần \ud83d')).toBe('Trần')
    expect(platformName('\u200b')).toBe('—')
    expect(platformUsername('user\u0000name')).toBe('username')
    expect(platformUsername('\u202e')).toBeNull()
  })

  it('never suggests a body whose name is only symbols', () => {
    const bodies = [
      { name: '🎉🎉🎉', shortName: null, aliases: [] },
      { name: 'Sở Xây dựng', shortName: 'SXD', aliases: [] },
    ]
    expect(matchBody(bodies, 'Sở Xây dựng').body?.name).toBe('Sở Xây dựng')
    expect(matchBody(bodies, 'Sở Xây dựn').suggestions.map((b) => b.name)).toEqual(['Sở Xây dựng'])
    expect(matchBody(bodies, 'Sở Công thương').suggestions.map((b) => b.name)).not.toContain('🎉🎉🎉')
  })

  it('clips an echo at a word boundary', () => {
    expect(clip('trong thời hạn 07 ngày làm việc kể từ khi kết thúc', 30)).toBe('trong thời hạn 07 ngày làm…')
    expect(clip('ngắn', 30)).toBe('ngắn')
  })
})
