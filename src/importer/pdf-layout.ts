/**
 * The lines of a PDF page from where its words stand, not from the order they were drawn in. pdf.js gives runs of text
 * in the order of the page's content stream: a browser's PDF draws a table cell by cell, each cell's lines one under the
 * other ("8 giờ 00, thứ" / "Năm, ngày" / "08/9/2022", then the next cell), and splits a word at each accented capital.
 * Read in that order, a table's rows are lost and its cells run into each other. So the runs are put on lines by their
 * baseline, joined left to right, and a line whose runs stand apart in columns becomes a pipe row ("| a | b |"), the
 * way a Word table comes through mammoth; the wrapped lines of a row's cells are joined into that row.
 */

/** A run of text as pdf.js places it: its left edge, baseline, width and font size in points. */
export interface PlacedRun {
  text: string
  x: number
  y: number
  width: number
  size: number
}

interface Line {
  y: number
  size: number
  runs: PlacedRun[]
}

interface Segment {
  text: string
  x: number
  end: number
}

/** Runs closer than this (in font sizes) are one word; farther, a space stands between them. */
const WORD_GAP = 0.12
/**
 * Runs farther apart than this (in font sizes) stand in different columns: a justified line stretches a space less, and
 * the margins of two cells of a Word table keep their words about a font size apart.
 */
const COLUMN_GAP = 0.8
/** Baselines closer than this (in font sizes) are one line (a bold run or an accent may sit a little off). */
const SAME_LINE = 0.35

/** The page's lines, top to bottom, tables as pipe rows. */
export function layoutLines(runs: PlacedRun[]): string[] {
  const lines = linesOf(runs.filter((run) => run.text.trim() !== '' && run.size > 0))
  const out: string[] = []
  for (let i = 0; i < lines.length;) {
    const table = tableFrom(lines, i)
    if (table) {
      out.push(...table.rows)
      i = table.next
      continue
    }
    const line = lines[i]!
    out.push(segmentsOf(line, Number.POSITIVE_INFINITY)[0]?.text ?? '')
    i++
  }
  return out.filter((line) => line.trim() !== '')
}

function linesOf(runs: PlacedRun[]): Line[] {
  const lines: Line[] = []
  for (const run of [...runs].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const line = lines.find((l) => Math.abs(l.y - run.y) <= SAME_LINE * Math.max(l.size, run.size))
    if (line) {
      line.runs.push(run)
      line.size = Math.max(line.size, run.size)
    } else {
      lines.push({ y: run.y, size: run.size, runs: [run] })
    }
  }
  for (const line of lines) {
    line.runs.sort((a, b) => a.x - b.x)
  }
  return lines.sort((a, b) => b.y - a.y)
}

/** A line's runs joined into words, cut where a gap wider than `columnGap` font sizes stands between two runs. */
function segmentsOf(line: Line, columnGap: number): Segment[] {
  const segments: Segment[] = []
  let current: Segment | null = null
  for (const run of line.runs) {
    const gap = current ? run.x - current.end : 0
    if (!current || gap > columnGap * line.size) {
      current = { text: run.text.trim(), x: run.x, end: run.x + run.width }
      segments.push(current)
      continue
    }
    const spaced = /\s$/.test(current.text) || /^\s/.test(run.text) || gap > WORD_GAP * line.size
    current.text = `${current.text}${spaced ? ' ' : ''}${run.text.trim()}`.replace(/\s+/g, ' ')
    current.end = Math.max(current.end, run.x + run.width)
  }
  return segments
}

/**
 * A table starting at line `start`: two or more lines with their words in two or more columns, and the lines among them
 * whose words stay inside those columns (a cell's text wrapped). A column is a stretch of the page that the table's
 * words cover with no gap; a line whose words bridge two of them is past the table (a paragraph). A row starts on a
 * line with words in the first column, unless they go on in small letters; a line without them continues the row
 * above. Null when line `start` opens no table.
 */
function tableFrom(lines: Line[], start: number): { rows: string[]; next: number } | null {
  const opening = segmentsOf(lines[start]!, COLUMN_GAP)
  if (opening.length < 2) {
    return null
  }
  const members: Segment[][] = [opening]
  let columns = columnsOf(opening)
  let end = start + 1
  for (; end < lines.length; end++) {
    const segments = segmentsOf(lines[end]!, COLUMN_GAP)
    const pitch = lines[end - 1]!.y - lines[end]!.y
    // (A single run of words well below the line before is a paragraph or a title after the table, not a cell's next
    // line: a cell's lines follow each other at the line's own pitch.)
    const far = pitch > (segments.length >= 2 ? 2.6 : 1.5) * lines[end]!.size
    const wider = columnsOf([...columns, ...segments])
    if (far || wider.length < columns.length) {
      break
    }
    columns = wider
    members.push(segments)
  }
  if (members.filter((segments) => segments.length >= 2).length < 2) {
    return null
  }
  const rows: string[][] = []
  for (const segments of members) {
    const cells: string[] = columns.map(() => '')
    for (const segment of segments) {
      const at = Math.max(
        0,
        columns.findIndex((column) => segment.x < column.end),
      )
      cells[at] = cells[at] ? `${cells[at]} ${segment.text}` : segment.text
    }
    const row = rows.at(-1)
    // ("| Thành | Bí thư chi bộ … các tổ |" over "| phần | dân phố |": a word of the first column wrapped, not a new row.)
    if (!row || (cells[0] !== '' && !/^\p{Ll}/u.test(cells[0]!))) {
      rows.push(cells)
      continue
    }
    cells.forEach((cell, i) => {
      if (cell) {
        // ("COVID-" / "19": a word cut at its hyphen is one word again.)
        row[i] = row[i] ? `${row[i]}${/[\p{L}\d]-$/u.test(row[i]) ? '' : ' '}${cell}` : cell
      }
    })
  }
  return { rows: rows.map((cells) => `| ${cells.map((cell) => cell.replace(/\|/g, '/')).join(' | ')} |`), next: end }
}

/** The stretches of the page that segments cover, merged where they overlap or touch: the columns they stand in. */
function columnsOf(segments: Segment[]): Segment[] {
  const columns: Segment[] = []
  for (const segment of [...segments].sort((a, b) => a.x - b.x)) {
    const last = columns.at(-1)
    if (last && segment.x <= last.end + 1) {
      last.end = Math.max(last.end, segment.end)
    } else {
      columns.push({ text: '', x: segment.x, end: segment.end })
    }
  }
  return columns
}
