import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { readPlans } from '../src/importer/read-plan.js'

/**
 * How the plan reader's cost grows with the size of a text: the development set's plans (and the
 * seeds, when ../shared/seeds is there) pasted one after another up to 50,000 … 300,000
 * characters, as an official pasting many plans at once would. CPU time (the best of five runs, so
 * other work on the machine counts less), and per 1,000 characters: a flat last column is linear.
 *
 *   npm run bench:import
 */
const root = resolve(import.meta.dirname, '..')
const dirs = [join(root, 'tests', 'fixtures', 'import', 'dev'), join(root, '..', 'shared', 'seeds')]
const texts = dirs.flatMap((dir) => {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(dir, f), 'utf8'))
  } catch {
    return []
  }
})

function textOf(size: number): string {
  const parts: string[] = []
  let length = 0
  for (let i = 0; length < size; i++) {
    const text = texts[i % texts.length] ?? ''
    parts.push(text)
    length += text.length + 2
  }
  return parts.join('\n\n')
}

function cpuMs(run: () => void): number {
  const start = process.cpuUsage()
  run()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

readPlans(textOf(50_000)) // warm up the compiler
const rows = [50_000, 100_000, 150_000, 300_000].map((size) => {
  const text = textOf(size)
  let documents = 0
  const best = Math.min(
    ...Array.from({ length: 5 }, () =>
      cpuMs(() => {
        documents = readPlans(text).length
      }),
    ),
  )
  return { chars: text.length, documents, ms: best }
})
process.stdout.write(
  [
    '   chars  documents   CPU ms   ms per 1,000 chars',
    ...rows.map(
      (r) =>
        `${String(r.chars).padStart(8)} ${String(r.documents).padStart(10)} ${r.ms.toFixed(0).padStart(8)}   ` +
        `${((r.ms / r.chars) * 1000).toFixed(2).padStart(8)}`,
    ),
    '',
  ].join('\n'),
)
