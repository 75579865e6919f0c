import { Writable } from 'node:stream'
import ExcelJS from 'exceljs'

/**
 * A spreadsheet written as it is read: sheets one after another, rows a page at a time, through
 * exceljs's streaming writer (each committed row leaves memory for the zip). Memory follows a page
 * and the finished file, never the number of rows. Shared strings are off (they would keep every
 * text in memory until the end); styles are on and few (one per column kind).
 */

/** How a column's values are written. Dates are local dates ("2026-03-02") written as Excel dates. */
export type ColumnKind = 'text' | 'wrap' | 'number' | 'date' | 'datetime'

export interface Column {
  header: string
  width: number
  kind?: ColumnKind
}

/** A cell: text, a number, a local date or date-time ("2026-03-02", "2026-03-02T08:15") in a date column, or empty. */
export type Cell = string | number | null

export interface Sheet {
  name: string
  columns: Column[]
  /** The rows, a page at a time. */
  pages: AsyncIterable<Cell[][]>
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const FORMATS: Partial<Record<ColumnKind, string>> = { date: 'dd/mm/yyyy', datetime: 'dd/mm/yyyy hh:mm', number: '0' }

/**
 * Excel has no time zones: a date is a day number. A local date (or local date-time) is written as
 * that wall-clock value taken as UTC, which exceljs turns into the day number without any shift.
 */
function excelDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value)
  if (!match) {
    return null
  }
  const [, y, m, d, hh, mm] = match
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d), Number(hh ?? 0), Number(mm ?? 0)))
}

function cellValue(value: Cell, kind: ColumnKind): ExcelJS.CellValue {
  if (value === null || value === '') {
    return null
  }
  if ((kind === 'date' || kind === 'datetime') && typeof value === 'string') {
    return excelDate(value) ?? value
  }
  return value
}

/** Excel's rules for a sheet's name: at most 31 characters, none of []:*?/\, unique in the workbook (any case). */
export function sheetNames(wanted: string[]): string[] {
  const taken = new Set<string>()
  return wanted.map((name) => {
    const base =
      name
        .replace(/[[\]:*?/\\]/g, '-')
        .replace(/^'+|'+$/g, '')
        .trim() || 'Sheet'
    let candidate = base.slice(0, 31)
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
      const suffix = ` (${n})`
      candidate = `${base.slice(0, 31 - suffix.length)}${suffix}`
    }
    taken.add(candidate.toLowerCase())
    return candidate
  })
}

/** Collects the finished file: the zip streams into it with back-pressure. */
function collector(): { stream: Writable; bytes: () => Buffer } {
  const chunks: Buffer[] = []
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk)
      done()
    },
  })
  return { stream, bytes: () => Buffer.concat(chunks) }
}

/**
 * Writes the sheets into one .xlsx, each with a bold header row that stays in view when scrolling
 * (frozen), an auto filter over its columns and the columns' widths; returns the file and the
 * number of rows of each sheet.
 */
export async function writeWorkbook(
  sheets: Sheet[],
  properties: { title: string; creator: string; created: Date },
): Promise<{ bytes: Buffer; rows: number[] }> {
  const out = collector()
  const finished = new Promise<void>((resolve, reject) => {
    out.stream.on('finish', resolve)
    out.stream.on('error', reject)
  })
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out.stream, useStyles: true, useSharedStrings: false })
  workbook.creator = properties.creator
  workbook.lastModifiedBy = properties.creator
  workbook.created = properties.created
  workbook.modified = properties.created
  workbook.title = properties.title
  const names = sheetNames(sheets.map((s) => s.name))
  const rows: number[] = []
  for (const [index, sheet] of sheets.entries()) {
    const last = sheet.columns.length
    // Added one at a time: a sheet's zip entry opens when it is added, and a second open entry would
    // wait in memory until the first is closed.
    const worksheet = workbook.addWorksheet(names[index], {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    })
    worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: last } }
    worksheet.columns = sheet.columns.map((c) => {
      const kind = c.kind ?? 'text'
      const format = FORMATS[kind]
      return {
        width: c.width,
        style: {
          ...(format ? { numFmt: format } : {}),
          alignment: { vertical: 'top', wrapText: kind === 'wrap' },
        },
      }
    })
    const header = worksheet.addRow(sheet.columns.map((c) => c.header))
    header.font = { bold: true }
    header.alignment = { vertical: 'middle', wrapText: true }
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } }
    header.commit()
    let count = 0
    for await (const page of sheet.pages) {
      for (const values of page) {
        worksheet.addRow(values.map((value, i) => cellValue(value, sheet.columns[i]?.kind ?? 'text'))).commit()
        count++
      }
    }
    worksheet.commit()
    rows.push(count)
  }
  await workbook.commit()
  await finished
  return { bytes: out.bytes(), rows }
}
