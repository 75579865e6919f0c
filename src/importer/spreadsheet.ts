import ExcelJS from 'exceljs'

/**
 * An Excel workbook (.xlsx) as the lines the importer reads: a schedule or an annex of tasks kept as a sheet. Each row
 * with words in two or more cells is a pipe row ("| a | b |"), a row with words in one cell (a title merged across the
 * sheet, a note) a line of text; a merged cell's words stand in each cell it covers, as a Word table's do. A date cell is
 * written as offices write one ("ngày 19/3/2024"), a time as "8 giờ 00". Hidden sheets are left out.
 */
export async function spreadsheetText(bytes: Uint8Array): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  const sheets = workbook.worksheets.filter((sheet) => sheet.state === 'visible')
  const out: string[] = []
  for (const sheet of sheets) {
    if (sheets.length > 1) {
      out.push(sheet.name)
    }
    const width = sheet.actualColumnCount > 0 ? sheet.columnCount : 0
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const cells = Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1)))
      const filled = cells.filter((cell, i) => cell !== '' && cells.indexOf(cell) === i)
      if (filled.length === 1) {
        out.push(filled[0]!)
      } else if (filled.length > 1) {
        out.push(`| ${cells.map((cell) => cell.replace(/\|/g, '/')).join(' | ')} |`)
      }
    })
  }
  return out.join('\n')
}

const pad = (n: number) => String(n).padStart(2, '0')

/** A cell's words: its text, a formula's result, a date as a day (with its time when it has one). */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.isMerged ? cell.master.value : cell.value
  return valueText(value).replace(/\s+/g, ' ').trim()
}

function valueText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) {
    return ''
  }
  if (value instanceof Date) {
    // Excel keeps a day at midnight UTC; a time alone on its 1899-12-30 epoch.
    const clock = value.getUTCHours() || value.getUTCMinutes() ? `${value.getUTCHours()} giờ ${pad(value.getUTCMinutes())}` : ''
    if (value.getUTCFullYear() < 1901) {
      return clock
    }
    const day = `ngày ${value.getUTCDate()}/${value.getUTCMonth() + 1}/${value.getUTCFullYear()}`
    return clock ? `${clock}, ${day}` : day
  }
  if (typeof value === 'object') {
    if ('richText' in value) {
      return value.richText.map((run) => run.text).join('')
    }
    if ('result' in value) {
      return valueText(value.result)
    }
    // (A hyperlink's words; an error cell, #N/A, has none.)
    return 'text' in value ? String(value.text) : ''
  }
  return String(value)
}
