import { describe, expect, it } from 'vitest'
import { parseSessionTime } from '../../src/services/sessions/session-time.js'

describe('reading when a session takes place', () => {
  it.each([
    ['15/8/2023 8h00', { precision: 'day', start: '2023-08-15', end: '2023-08-15', hour: 8, minute: 0 }],
    ['8h30 ngày 15/8', { precision: 'day', start: '2023-08-15', hour: 8, minute: 30 }],
    ['tháng 8/2023', { precision: 'month', start: '2023-08-01', end: '2023-08-31' }],
    ['quý 3/2023', { precision: 'quarter', start: '2023-07-01', end: '2023-09-30' }],
    ['Quý III', { precision: 'quarter', start: '2023-07-01', end: '2023-09-30' }],
    ['Q3', { precision: 'quarter', start: '2023-07-01' }],
    ['Quý III/2023, dự kiến tháng 8', { precision: 'month', start: '2023-08-01', end: '2023-08-31' }],
    // The seeds' own words:
    ['Quý II năm 2023 (*dự kiến trong tháng 4/2023*).', { precision: 'month', start: '2023-04-01', end: '2023-04-30' }],
    ['Quý III năm 2023 (dự kiến trong khoảng tháng 8/2023)', { precision: 'month', start: '2023-08-01' }],
    ['Tháng 5/2022.', { precision: 'month', start: '2022-05-01', end: '2022-05-31' }],
    ['Dự kiến trong tháng 8/2022.', { precision: 'month', start: '2022-08-01' }],
    ['Tháng 10/2023.', { precision: 'month', start: '2023-10-01', end: '2023-10-31' }],
    ['Dự kiến trong quý III/2025. (*có lịch cụ thể thông báo sau*).', { precision: 'quarter', start: '2025-07-01', end: '2025-09-30' }],
    ['chưa xác định', { precision: 'unscheduled', start: null, end: null }],
  ])('"%s"', (text, expected) => {
    expect(parseSessionTime(text, 2023)).toMatchObject({ ...expected, text: text.trim() })
  })

  it.each([
    ['31/2/2023', 'invalid-date'],
    ['quý 5', 'invalid-quarter'],
    ['quý 5/2023', 'invalid-quarter'],
    ['tháng 13/2023', 'invalid-month'],
    ['25h 15/8/2023', 'invalid-hour'],
    ['hôm nào đó', 'unreadable'],
  ])('refuses "%s" (%s)', (text, error) => {
    expect(parseSessionTime(text, 2023)).toEqual({ error })
  })

  it('needs a year when the plan gives none', () => {
    expect(parseSessionTime('15/8', null)).toEqual({ error: 'year-missing' })
    expect(parseSessionTime('15/8/2024', null)).toMatchObject({ start: '2024-08-15' })
  })
})
