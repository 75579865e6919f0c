import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/processes.js'

function run(script: string, ...args: string[]): string {
  return execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', script), ...args], { cwd: ROOT, encoding: 'utf8' }).trim()
}

describe('the command line', () => {
  it('answers calendar questions', () => {
    expect(run('calendar.ts', 'is-working', '2025-01-29')).toBe('false')
    expect(run('calendar.ts', 'add-working-days', '2025-04-25', '3')).toBe('2025-04-29')
    expect(run('calendar.ts', 'add-working-days', '2025-09-08', '-4')).toBe('2025-08-29')
    const daysOff = run('calendar.ts', 'days-off', '2026')
    expect(daysOff).toContain('2026-01-10  Thứ Bảy  10/01/2026  làm bù   Làm bù cho thứ Sáu 02/01/2026')
    expect(daysOff).toContain('Công văn số 12729/VPCP-KGVX ngày 25/12/2025')
    expect(run('calendar.ts', 'days-off', '2027')).toContain('DỰ KIẾN')
    expect(() => run('calendar.ts', 'is-working', '2025-02-30')).toThrow()
  }, 120_000)

  it('prints one JSON object per deadline phrase', () => {
    expect(JSON.parse(run('deadline.ts', 'trước ngày 28/02/2023'))).toEqual({
      kind: 'absolute',
      due: '2023-02-27',
      offset: null,
      unit: null,
      anchor: null,
      provisional: false,
      text: 'trước ngày 28/02/2023',
    })
    expect(JSON.parse(run('deadline.ts', 'trong thời hạn 07 ngày làm việc kể từ khi kết thúc việc đối thoại', '--session-start', '2023-07-14'))).toEqual({
      kind: 'relative',
      due: '2023-07-25',
      offset: 7,
      unit: 'working_days',
      anchor: 'session_end',
      provisional: false,
      text: 'trong thời hạn 07 ngày làm việc kể từ khi kết thúc việc đối thoại',
    })
    expect(JSON.parse(run('deadline.ts', 'chậm nhất 10 ngày trước khi tổ chức đối thoại', '--session-start', '2023-08-01', '--session-end', '2023-08-31', '--session-precision', 'month'))).toMatchObject({
      due: '2023-07-21',
      offset: -10,
      provisional: true,
    })
    expect(JSON.parse(run('deadline.ts', 'quý sau sẽ tính'))).toMatchObject({ kind: 'none', due: null, reason: 'no-deadline' })
  }, 120_000)
})
