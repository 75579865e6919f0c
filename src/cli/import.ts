import { readFileSync } from 'node:fs'
import { basename, extname } from 'node:path'
import { parseArgs } from 'node:util'
import { extractPlanText, planFileKind } from '../importer/extract-text.js'
import { readPlan } from '../importer/read-plan.js'

// npm run --silent import -- <file.txt|.md|.docx|.pdf> [--committee-year 2023]
// Prints the draft read from a plan as JSON on stdout; touches no database. A file holding several
// plans prints their sessions and tasks together, and each plan apart under "documents".
const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'committee-year': { type: 'string' } } })

function fail(message: string): never {
  console.error(message)
  process.exit(2)
}

const file = positionals[0] ?? fail('Usage: npm run import -- <file.txt|.docx|.pdf> [--committee-year 2023]')
const year = values['committee-year']
if (year !== undefined && !/^20\d{2}$/.test(year)) {
  fail(`--committee-year must be a year such as 2023, not "${year}"`)
}
let bytes: Buffer
try {
  bytes = readFileSync(file)
} catch (error) {
  fail(`Cannot read ${file}: ${(error as Error).message}`)
}
// A file without an ending is read as text, as plans saved from a web page often are; other endings must be a plan's.
if (extname(file) !== '' && !planFileKind(file)) {
  fail(`Only .txt, .md, .docx and .pdf files are read; "${file}" is not one.`)
}
const read = planFileKind(file) ? await extractPlanText(bytes, basename(file)) : { text: bytes.toString('utf8') }
if ('refusal' in read) {
  fail(`Cannot read ${file} as a plan: ${read.refusal}`)
}
process.stdout.write(`${JSON.stringify(readPlan(read.text, { year: year ? Number(year) : null }), null, 2)}\n`)
