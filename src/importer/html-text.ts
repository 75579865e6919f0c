/**
 * Word documents come through mammoth as HTML: paragraphs, headings, bold and italic runs, lists
 * numbered by Word itself (so their numbers are not in the text), and tables. This turns that HTML
 * into the lines the importer reads: one paragraph per line, bold kept as "**", list items given
 * the marker of their level, each table row as a pipe row ("| a | b |") with merged cells repeated.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) {
      return String.fromCodePoint(parseInt(code.slice(2), 16))
    }
    if (code.startsWith('#')) {
      return String.fromCodePoint(Number(code.slice(1)))
    }
    return ENTITIES[code.toLowerCase()] ?? whole
  })
}

const LETTERS = 'abcdđefghiklmnopqrstuvxy'

/** The marker a Word list shows at a level: "1.", "a)", "-", "+". */
function listMarker(kind: 'ol' | 'ul', depth: number, count: number): string {
  if (kind === 'ul') {
    return ['-', '+', '*'][Math.min(depth, 2)] ?? '-'
  }
  if (depth === 0) {
    return `${count}.`
  }
  if (depth === 1) {
    return `${LETTERS[(count - 1) % LETTERS.length]})`
  }
  return '-'
}

interface Cell {
  text: string
  rowspan: number
  colspan: number
}

export function htmlToText(html: string): string {
  const out: string[] = []
  const lists: { kind: 'ol' | 'ul'; count: number }[] = []
  // Tables nest; each keeps its rows, the row being built, and the cell being built.
  const tables: { rows: Cell[][]; row: Cell[] | null; cell: Cell | null }[] = []
  let text = ''
  let prefix = ''
  const flush = () => {
    const line = text.replace(/\s+/g, ' ').trim()
    const table = tables.at(-1)
    if (table?.cell) {
      // Paragraphs of a cell stay apart (U+2063): a letterhead's column is several lines. (The cell's end after its last
      // paragraph adds none.)
      if (line) {
        table.cell.text = table.cell.text ? `${table.cell.text}\u2063${line}` : line
      }
    } else if (line) {
      out.push(`${prefix}${line}`)
    }
    text = ''
    prefix = ''
  }
  for (const m of html.matchAll(/<(\/?)([a-zA-Z0-9]+)([^>]*)>|([^<]+)/g)) {
    if (m[4] !== undefined) {
      text += decode(m[4])
      continue
    }
    const closing = m[1] === '/'
    const tag = (m[2] ?? '').toLowerCase()
    const attributes = m[3] ?? ''
    switch (tag) {
      // A web page's blocks, each its own line (mammoth writes none of them).
      case 'div':
      case 'section':
      case 'article':
      case 'header':
      case 'main':
      case 'blockquote':
      case 'figcaption':
      case 'dt':
      case 'dd':
      case 'p':
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        if (closing) {
          flush()
        } else if (text.trim()) {
          flush()
        }
        break
      case 'br':
        if (tables.at(-1)?.cell) {
          text += ' '
        } else {
          flush()
        }
        break
      case 'strong':
      case 'b':
        text += '**'
        break
      case 'em':
      case 'i':
        text += '*'
        break
      case 'ol':
      case 'ul':
        flush()
        if (closing) {
          lists.pop()
        } else {
          lists.push({ kind: tag, count: 0 })
        }
        break
      case 'li':
        flush()
        if (!closing) {
          const list = lists.at(-1)
          if (list) {
            list.count++
            prefix = `${listMarker(list.kind, lists.length - 1, list.count)} `
          }
        }
        break
      case 'table':
        flush()
        if (closing) {
          const table = tables.pop()
          if (table) {
            emitTable(table.rows, out, tables.at(-1) ?? null)
          }
        } else {
          tables.push({ rows: [], row: null, cell: null })
        }
        break
      case 'tr': {
        const table = tables.at(-1)
        if (table) {
          if (closing && table.row) {
            table.rows.push(table.row)
            table.row = null
          } else if (!closing) {
            table.row = []
          }
        }
        break
      }
      case 'td':
      case 'th': {
        const table = tables.at(-1)
        if (!table) {
          break
        }
        if (closing) {
          flush()
          if (table.cell && table.row) {
            table.row.push(table.cell)
          }
          table.cell = null
        } else {
          flush()
          table.cell = {
            text: '',
            rowspan: Number(/rowspan="?(\d+)/i.exec(attributes)?.[1] ?? 1),
            colspan: Number(/colspan="?(\d+)/i.exec(attributes)?.[1] ?? 1),
          }
        }
        break
      }
      default:
        break
    }
  }
  flush()
  return out.join('\n')
}

/** Writes a table as pipe rows; a cell merged over rows below is repeated in them; a one-cell table is a paragraph. */
function emitTable(rows: Cell[][], out: string[], outer: { cell: Cell | null } | null): void {
  const pending: { text: string; left: number }[] = []
  const lines: string[][] = []
  for (const row of rows) {
    const cells: string[] = []
    let column = 0
    const take = () => {
      while (pending[column] && pending[column]!.left > 0) {
        cells.push(pending[column]!.text)
        pending[column]!.left--
        column++
      }
    }
    for (const cell of row) {
      take()
      for (let span = 0; span < cell.colspan; span++) {
        cells.push(span === 0 ? cell.text : '')
        pending[column] = { text: cell.text, left: cell.rowspan - 1 }
        column++
      }
    }
    take()
    lines.push(cells)
  }
  const clean = (cell: string) => cell.replace(/\|/g, '/').replace(/\s+/g, ' ').trim()
  const width = Math.max(0, ...lines.map((l) => l.filter((c) => clean(c)).length))
  for (const cells of lines) {
    const texts = cells.map(clean)
    if (width <= 1 || outer?.cell) {
      // A box around text, or a table inside a cell: its words, not a grid.
      const joined = texts.filter(Boolean).join('\u2063')
      if (outer?.cell) {
        outer.cell.text = `${outer.cell.text}\u2063${joined}`
      } else {
        out.push(...joined.split('\u2063').filter((t) => t.trim()))
      }
      continue
    }
    out.push(`| ${texts.join(' | ')} |`)
  }
}

/** Elements of a web page that hold no words of its article: code, styles, menus, forms, the page's foot. */
const PAGE_FURNITURE = /<(script|style|noscript|template|svg|nav|aside|footer|form|select|button|iframe|object)\b[^>]*>[\s\S]*?<\/\1\s*>/gi

/**
 * A web page saved as .html: its article's words, as htmlToText gives a Word document's, without its code, styles,
 * menus and foot. A page with one <article> or one <main> is that element alone: a portal's sidebars and lists of
 * other news carry days of their own that are not the page's.
 */
export function webPageText(html: string): string {
  const body = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<head\b[\s\S]*?<\/head\s*>/i, '')
    .replace(PAGE_FURNITURE, '')
  const only = (tag: string) => {
    const found = [...body.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)<\\/${tag}\\s*>`, 'gi'))]
    return found.length === 1 ? (found[0]?.[1] ?? null) : null
  }
  return htmlToText(only('article') ?? only('main') ?? body)
}
