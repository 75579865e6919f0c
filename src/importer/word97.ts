/**
 * A Word 97–2003 document (.doc), read with word-extractor: the body's text, its tables as pipe rows. Word's binary
 * format ends each table cell with the cell mark and each row with one more; word-extractor writes both as a tab and a
 * cell's paragraphs as new lines, so a row comes out as "a⇥b⇥c⇥⇥" and the next row follows on the same line. The rows
 * are cut again by the table's width, taken from its first row (a header has no empty cell): a row ends at the mark
 * after that many cells, so an empty cell is not taken for a row's end.
 */
export async function word97Text(bytes: Uint8Array): Promise<string> {
  const { default: WordExtractor } = await import('word-extractor')
  const document = await new WordExtractor().extract(Buffer.from(bytes))
  return tablesAsRows(document.getBody())
}

/** word-extractor's body with each table row on its own line as "| a | b | c |". */
export function tablesAsRows(body: string): string {
  const out: string[] = []
  let text = ''
  let row: string[] | null = null
  let width = 0
  const endRow = () => {
    out.push(`| ${(row ?? []).map((cell) => cell.replace(/\|/g, '/')).join(' | ')} |`)
    row = null
  }
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!
    if (ch === '\t') {
      const cells: string[] = row ?? []
      const markAfterCell = text === '' && body[i - 1] === '\t'
      if (row && markAfterCell && (width === 0 ? true : cells.length >= width)) {
        // The row's own mark: the first row sets the table's width.
        width ||= cells.length
        endRow()
        continue
      }
      cells.push(text.replace(/\s+/g, ' ').trim())
      row = cells
      text = ''
      continue
    }
    if (ch === '\n' && !row) {
      // (A paragraph after the table: the next table sets its own width.)
      out.push(text)
      text = ''
      width = 0
      continue
    }
    // (A cell's paragraphs are one cell.)
    text += ch === '\n' ? ' ' : ch
  }
  if (row) {
    endRow()
  }
  if (text.trim()) {
    out.push(text)
  }
  return out.join('\n')
}
