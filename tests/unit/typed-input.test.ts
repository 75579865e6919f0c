import { describe, expect, it } from 'vitest'
import { parseExpectedCount } from '../../src/bot/conversations/create-session.js'
import { namedLocale } from '../../src/bot/features/language.js'
import { suggestCommands } from '../../src/bot/helpers/suggest-command.js'
import { checkIssuedOn, planSymbol } from '../../src/services/plans.js'
import { sessionPeople } from '../../src/services/sessions.js'

const KNOWN = ['phien', 'phienmoi', 'giaoviec', 'viec', 'coquan', 'kehoach', 'nhapkehoach', 'huy', 'huyviec', 'help']

describe('an unknown command’s likely meaning', () => {
  it.each([
    ['/giao', ['giaoviec']],
    ['/giao viec', ['giaoviec']],
    ['/Giaoviệc', ['giaoviec']],
    ['/coqaun', ['coquan']],
    ['/phienmo', ['phienmoi']],
    ['/phiên@doithoai_bot', ['phien']],
    ['/kehoachh', ['kehoach']],
  ])('%s → %j', (typed, expected) => {
    expect(suggestCommands(typed, KNOWN)).toEqual(expected)
  })

  it.each(['/xyzabc', '/a', '/', '/baocaotuan2027'])('guesses nothing for %s', (typed) => {
    expect(suggestCommands(typed, KNOWN)).toEqual([])
  })
})

describe('/lang followed by a language', () => {
  it.each([
    ['en', 'en'],
    ['English', 'en'],
    ['tiếng Anh', 'en'],
    ['vi', 'vi'],
    ['Tiếng Việt', 'vi'],
    ['', null],
    ['français', null],
  ])('%j → %j', (typed, expected) => {
    expect(namedLocale(typed)).toBe(expected)
  })
})

describe('values typed at the wrong step', () => {
  it.each(['ngày 15/3/2027', '8h00', '15/3', '8 giờ 30 ngày 15/3/2027', 'Thứ Năm, ngày 15/3'])('%j is a time, not a host', (typed) => {
    expect(() => sessionPeople(typed)).toThrow(expect.objectContaining({ key: 'session-error-people-is-time' }))
  })

  it.each(['Bí thư Tỉnh ủy', 'Chủ tịch UBND xã', 'Hội viên Chi hội 3', 'Đại diện 15 hộ dân tổ 7'])('%j is a host', (typed) => {
    expect(sessionPeople(typed)).toBe(typed)
  })

  it.each(['15/3/2027', '8h00', '8:30'])('%j is not a number of delegates', (typed) => {
    expect(() => parseExpectedCount(typed)).toThrow(expect.objectContaining({ key: 'session-error-count' }))
  })

  it.each([
    ['150', 150],
    ['khoảng 1.200 đại biểu', 1200],
    ['150-200 người', 150],
  ])('%j is %i delegates', (typed, count) => {
    expect(parseExpectedCount(typed)).toEqual({ count, unlimited: false })
  })

  it('refuses a plan issued after its year and a symbol longer than forty characters', () => {
    expect(checkIssuedOn('2026-12-20', 2027)).toBe('2026-12-20')
    expect(() => checkIssuedOn('2028-01-05', 2027)).toThrow(expect.objectContaining({ key: 'plan-error-issued-after-year' }))
    expect(planSymbol(' 12-KH/TU ')).toBe('12-KH/TU')
    expect(() => planSymbol('x'.repeat(41))).toThrow(expect.objectContaining({ key: 'plan-error-symbol' }))
  })
})
