// No line of the code or its tests over 140 characters (issue 10): Prettier wraps code at 140 but
// leaves long strings and comments alone, so this check catches what it cannot fix.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

const MAX = 140
const ROOTS = ['src', 'tests', 'bench', 'scripts']
const SKIP = new Set(['node_modules', 'generated', 'fixtures'])
const root = join(import.meta.dirname, '..')

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (!SKIP.has(entry.name)) {
        yield* files(path)
      }
    } else if (/\.(ts|mts|js|mjs)$/.test(entry.name)) {
      yield path
    }
  }
}

const long = []
for (const top of ROOTS) {
  const dir = join(root, top)
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    continue
  }
  for (const file of files(dir)) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        // Characters as people count them (code points), not UTF-16 units.
        const length = [...line].length
        if (length > MAX) {
          long.push(`${relative(root, file)}:${index + 1}: ${length} characters`)
        }
      })
  }
}
if (long.length > 0) {
  process.stderr.write(`${long.length} lines over ${MAX} characters:\n${long.join('\n')}\n`)
  process.exit(1)
}
process.stdout.write(`No line over ${MAX} characters.\n`)
