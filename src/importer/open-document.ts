import { htmlToText } from './html-text.js'

/**
 * An OpenDocument text (.odt), as LibreOffice saves a plan: its content.xml turned into the HTML htmlToText reads for a
 * Word document — headings and paragraphs, list items, tables with their merged cells, line breaks and runs of spaces —
 * so both give the importer the same lines. Footnotes and the columns' declarations carry no words of the plan.
 */
export async function openDocumentText(bytes: Uint8Array): Promise<string> {
  const { default: JSZip } = await import('jszip')
  const zip = await JSZip.loadAsync(bytes)
  const content = await zip.file('content.xml')?.async('string')
  if (content === undefined) {
    throw new Error('not an OpenDocument file: no content.xml')
  }
  return htmlToText(asHtml(content))
}

// (Each name is matched whole: "table:table" is not the start of "table:table-row".)
const ELEMENTS: [RegExp, string | ((whole: string, ...groups: string[]) => string)][] = [
  [/<text:(note|tracked-changes|sequence-decls)(?=[\s/>])[\s\S]*?<\/text:\1>/g, ''],
  [/<table:table-column(?=[\s/>])[^>]*\/>/g, ''],
  [/<text:h(?=[\s/>])[^>]*\/>|<text:p(?=[\s/>])[^>]*\/>/g, ''],
  [/<text:h(?=[\s/>])[^>]*>/g, '<h2>'],
  [/<\/text:h>/g, '</h2>'],
  [/<text:p(?=[\s/>])[^>]*>/g, '<p>'],
  [/<\/text:p>/g, '</p>'],
  [/<text:list(?=[\s/>])[^>]*>/g, '<ul>'],
  [/<\/text:list>/g, '</ul>'],
  [/<text:list-item(?=[\s/>])[^>]*>/g, '<li>'],
  [/<\/text:list-item>/g, '</li>'],
  [/<table:table(?=[\s/>])[^>]*>/g, '<table>'],
  [/<\/table:table>/g, '</table>'],
  [/<table:table-row(?=[\s/>])[^>]*>/g, '<tr>'],
  [/<\/table:table-row>/g, '</tr>'],
  // A cell covered by its neighbour's span: htmlToText repeats the merged cell's words there itself.
  [/<table:covered-table-cell(?=[\s/>])[^>]*\/>|<table:covered-table-cell(?=[\s/>])[^>]*>[\s\S]*?<\/table:covered-table-cell>/g, ''],
  [/<table:table-cell(?=[\s/>])([^>]*?)\/>/g, (_, attributes: string) => `${cellTag(attributes)}</td>`],
  [/<table:table-cell(?=[\s/>])([^>]*)>/g, (_, attributes: string) => cellTag(attributes)],
  [/<\/table:table-cell>/g, '</td>'],
  [/<text:line-break\s*\/>/g, '<br>'],
  [/<text:tab\s*\/>/g, ' '],
  [/<text:s(?=[\s/>])(?:[^>]*?text:c="(\d+)")?[^>]*\/>/g, (_, count: string | undefined) => ' '.repeat(Number(count ?? 1))],
  // Every other element of the format (spans, links, frames, the office's wrappers) keeps only its words.
  [/<\/?[a-z]+:[^>]*>/g, ''],
]

function cellTag(attributes: string): string {
  const rows = /table:number-rows-spanned="(\d+)"/.exec(attributes)?.[1]
  const columns = /table:number-columns-spanned="(\d+)"/.exec(attributes)?.[1]
  return `<td${rows ? ` rowspan="${rows}"` : ''}${columns ? ` colspan="${columns}"` : ''}>`
}

function asHtml(content: string): string {
  const body = /<office:text\b[^>]*>([\s\S]*)<\/office:text>/.exec(content)?.[1] ?? ''
  return ELEMENTS.reduce(
    (html, [pattern, replacement]) =>
      typeof replacement === 'string' ? html.replace(pattern, replacement) : html.replace(pattern, replacement),
    body,
  )
}
