import { readFileSync } from 'node:fs'
import { basename, extname } from 'node:path'
import { decodeText, extractPlanText, planFileKind } from '../importer/extract-text.js'
import { readPlan } from '../importer/read-plan.js'
import { fail, parseCliArgs } from './args.js'

// npm run --silent import -- <file.txt|.md|.html|.docx|.doc|.odt|.xlsx|.pdf> [--committee-year 2023]
// Prints the draft read from a plan as JSON on stdout; touches no database. A file holding several
// plans prints their sessions and tasks together, and each plan apart under "documents".
const USAGE = 'Usage: npm run --silent import -- <file.txt|.md|.html|.docx|.doc|.odt|.xlsx|.pdf> [--committee-year 2023]'
const { values, positionals } = parseCliArgs({ allowPositionals: true, options: { 'committee-year': { type: 'string' } } }, USAGE)

const file = positionals[0] ?? fail(USAGE)
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
  fail(`Only .txt, .md, .html, .docx, .doc, .odt, .xlsx and .pdf files are read; "${file}" is not one.`)
}
const read = planFileKind(file) ? await extractPlanText(bytes, basename(file)) : { text: decodeText(bytes) }
if ('refusal' in read) {
  fail(`Cannot read ${file} as a plan: ${read.refusal}`)
}
process.stdout.write(`${JSON.stringify(readPlan(read.text, { year: year ? Number(year) : null }), null, 2)}\n`)
