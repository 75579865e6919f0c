import { readFileSync } from 'node:fs'
import { extname } from 'node:path'
import { parseArgs } from 'node:util'
import { readPlan } from '../importer/read-plan.js'

// npm run --silent import -- <file.txt> [--committee-year 2023]
// Prints the draft read from a plan as JSON on stdout; touches no database.
const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'committee-year': { type: 'string' } } })

function fail(message: string): never {
  console.error(message)
  process.exit(2)
}

const file = positionals[0] ?? fail('Usage: npm run import -- <file.txt> [--committee-year 2023]')
const year = values['committee-year']
if (year !== undefined && !/^20\d{2}$/.test(year)) {
  fail(`--committee-year must be a year such as 2023, not "${year}"`)
}
if (!['.txt', '.md', ''].includes(extname(file).toLowerCase())) {
  fail(`Only text files are read so far (.txt); "${file}" is not one.`)
}
let text: string
try {
  text = readFileSync(file, 'utf8')
} catch (error) {
  fail(`Cannot read ${file}: ${(error as Error).message}`)
}
process.stdout.write(`${JSON.stringify(readPlan(text, { year: year ? Number(year) : null }), null, 2)}\n`)
