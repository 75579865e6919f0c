import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluateDraft, precision, recall, type ExpectedPlan, type Score } from '../../src/importer/evaluate.js'
import { extractPlanText } from '../../src/importer/extract-text.js'
import { readPlan } from '../../src/importer/read-plan.js'
import { ROOT } from '../helpers/processes.js'

// The held-out sets of issue 11, written by sessions that had not read the importer, measured once while
// unseen (the numbers are in the folder's README), then used to fix the general causes of their misses.
// Kept here so that no later fix undoes an earlier one: the importer must keep reading them at the issue's
// development-set targets, and never invent a deadline in any of them.
const DIR = join(ROOT, 'tests', 'fixtures', 'import', 'regression')
const readings = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
/** The text of a document: a Word file through the same extraction `/nhapkehoach` uses. */
async function textOf(name: string): Promise<string> {
  const bytes = readFileSync(join(DIR, name))
  if (!name.endsWith('.docx')) {
    return bytes.toString('utf8')
  }
  const read = await extractPlanText(bytes, name)
  if ('refusal' in read) {
    throw new Error(`${name}: ${read.refusal}`)
  }
  return read.text
}
const results = await Promise.all(
  readings.map(async (file) => {
    const expected = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as ExpectedPlan
    return { file, result: evaluateDraft(readPlan(await textOf(expected.seed)), expected) }
  }),
)
const total = (pick: (r: (typeof results)[number]['result']) => Score): Score =>
  results.reduce<Score>(
    (sum, { result }) => {
      const s = pick(result)
      return { expected: sum.expected + s.expected, found: sum.found + s.found, matched: sum.matched + s.matched }
    },
    { expected: 0, found: 0, matched: 0 },
  )

describe('the regression set of the plan importer (earlier held-out plans)', () => {
  it('holds at least 40 documents, each with its reading', () => {
    expect(readings.length).toBeGreaterThanOrEqual(40)
  })

  it.each(results.map((r) => [r.file, r.result] as const))('%s: no invented deadline', (_file, result) => {
    expect(result.invented).toEqual([])
  })

  it('finds ≥ 95 % of the sessions and ≥ 90 % of the dated tasks, ≥ 95 % of what it reports right', () => {
    const sessions = total((r) => r.sessions)
    const tasks = total((r) => r.tasks)
    expect(recall(sessions)).toBeGreaterThanOrEqual(0.95)
    expect(precision(sessions)).toBeGreaterThanOrEqual(0.95)
    expect(recall(tasks)).toBeGreaterThanOrEqual(0.9)
    expect(precision(tasks)).toBeGreaterThanOrEqual(0.95)
  })
})
