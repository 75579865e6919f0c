import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compiled, NODE_OPTIONS_FOR_TESTS, ROOT } from '../helpers/processes.js'

function run(script: string, ...args: string[]): string {
  return execFileSync(process.execPath, [...NODE_OPTIONS_FOR_TESTS, compiled(`cli/${script}`), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  }).trim()
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
    expect(
      JSON.parse(run('deadline.ts', 'trong thời hạn 07 ngày làm việc kể từ khi kết thúc việc đối thoại', '--session-start', '2023-07-14')),
    ).toEqual({
      kind: 'relative',
      due: '2023-07-25',
      offset: 7,
      unit: 'working_days',
      anchor: 'session_end',
      provisional: false,
      text: 'trong thời hạn 07 ngày làm việc kể từ khi kết thúc việc đối thoại',
    })
    expect(
      JSON.parse(
        run(
          'deadline.ts',
          'chậm nhất 10 ngày trước khi tổ chức đối thoại',
          '--session-start',
          '2023-08-01',
          '--session-end',
          '2023-08-31',
          '--session-precision',
          'month',
        ),
      ),
    ).toMatchObject({
      due: '2023-07-21',
      offset: -10,
      provisional: true,
    })
    expect(JSON.parse(run('deadline.ts', 'quý sau sẽ tính'))).toMatchObject({ kind: 'none', due: null, reason: 'no-deadline' })
  }, 120_000)

  it('prints the draft of a plan as JSON, and the evaluation table', () => {
    const draft = JSON.parse(run('import.ts', join(ROOT, '..', 'shared', 'seeds', '002_490bc99ddb557a69.txt'))) as {
      plan: { title: string; year: number; number: string | null }
      sessions: {
        topic: string
        time: { text: string; precision: string; start: string; end: string }
        venues: string[]
        bridgePoints: string[]
        adHoc: boolean
        audience: string
        expectedCount: number | null
      }[]
      bodies: { name: string; aliases: string[] }[]
      tasks: {
        lead: string
        coordinating: string[]
        recipient: string | null
        cc: string[]
        what: string
        text: string
        session: number | null
        deadline: { kind: string; due: string | null; offset: number | null; unit: string | null; anchor: string | null; text: string }
      }[]
      warnings: string[]
    }
    expect(draft.plan).toMatchObject({ title: 'Kế hoạch đối thoại trực tiếp giữa Bí thư Thị ủy với công dân năm 2023', year: 2023 })
    expect(draft.sessions.map((s) => s.time)).toEqual([
      { text: 'Tháng 3/2023', precision: 'month', start: '2023-03-01', end: '2023-03-31' },
      { text: 'Tháng 5/2023', precision: 'month', start: '2023-05-01', end: '2023-05-31' },
      { text: 'Tháng 7/2023', precision: 'month', start: '2023-07-01', end: '2023-07-31' },
      { text: 'Tháng 10/2023', precision: 'month', start: '2023-10-01', end: '2023-10-31' },
    ])
    const notice = draft.tasks.find((t) => t.deadline.unit === 'working_days')
    expect(notice).toMatchObject({
      lead: 'Văn phòng thị xã',
      session: 0,
      deadline: { kind: 'relative', due: '2023-04-11', offset: 7, unit: 'working_days', anchor: 'session_end' },
    })
    expect(notice?.deadline.text).toContain('trong thời hạn 07 ngày làm việc kể từ khi kết thúc việc đối thoại')
    expect(() => run('import.ts', join(ROOT, 'package.json'))).toThrow()
    // A wrong option ends in the usage line and exit code 2, --help in the usage line and 0: no stack trace.
    const wrong = spawnSync(process.execPath, [...NODE_OPTIONS_FOR_TESTS, compiled('cli/import.ts'), '--year', '2023', 'plan.txt'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
    expect([wrong.status, wrong.stderr]).toEqual([2, expect.stringContaining('Usage: npm run --silent import --')])
    expect(wrong.stderr).not.toContain('    at ')
    expect(run('import.ts', '--help')).toMatch(/^Usage: npm run --silent import -- <file/)
    // The default layout (the seeds' JSON, dev/ and regression/) on a copy holding the seeds, the development set and
    // three regression documents: the whole regression set is read in process by import-regression-set.test.ts.
    const fixtures = mkdtempSync(join(tmpdir(), 'eval-fixtures-'))
    const source = join(ROOT, 'tests', 'fixtures', 'import')
    for (const seed of readdirSync(source).filter((f) => f.endsWith('.json'))) {
      cpSync(join(source, seed), join(fixtures, seed))
    }
    cpSync(join(source, 'dev'), join(fixtures, 'dev'), { recursive: true })
    const regression = readdirSync(join(source, 'regression'))
      .filter((f) => f.endsWith('.json'))
      .slice(0, 3)
    for (const json of regression) {
      for (const file of readdirSync(join(source, 'regression')).filter((f) => f.startsWith(json.replace(/\.json$/, '.')))) {
        cpSync(join(source, 'regression', file), join(fixtures, 'regression', file))
      }
    }
    const table = execFileSync(process.execPath, [...NODE_OPTIONS_FOR_TESTS, compiled('cli/eval-import.ts'), '--fixtures', fixtures], {
      cwd: ROOT,
      encoding: 'utf8',
    })
    rmSync(fixtures, { recursive: true, force: true })
    // One row per file (the five seeds, the development set and the three regression documents), one per group and the
    // overall row, each ending with the count of invented deadlines: none.
    const rows = table.split('\n').filter((line) => /%\s+\d+$/.test(line))
    expect(rows.filter((line) => /^00\d_/.test(line))).toHaveLength(5)
    expect(rows.filter((line) => /^d\d\d-/.test(line)).length).toBeGreaterThanOrEqual(12)
    expect(rows.filter((line) => line.startsWith(regression[0]!.replace(/\.json$/, '').slice(0, 30)))).toHaveLength(1)
    expect(rows.filter((line) => /^(seeds|dev|regression|all) \(\d+ files\)/.test(line))).toHaveLength(4)
    expect(rows.find((line) => line.startsWith('regression '))).toMatch(/^regression \(3 files\)/)
    expect(rows.filter((line) => !/\s0$/.test(line))).toEqual([])
  }, 120_000)
})
