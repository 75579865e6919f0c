import { extname } from 'node:path'
import { htmlToText, webPageText } from './html-text.js'
import { openDocumentText } from './open-document.js'
import { layoutLines, type PlacedRun } from './pdf-layout.js'
import { spreadsheetText } from './spreadsheet.js'
import { word97Text } from './word97.js'

/** Why a file could not be read as a plan. */
export type ExtractRefusal = 'unsupported' | 'scanned' | 'locked' | 'empty' | 'unreadable'

export type Extracted = { text: string } | { refusal: ExtractRefusal }

/** Plans are a few pages; a file far bigger than that is not one (and the Bot API stops at 20 MB). */
export const MAX_PLAN_FILE_BYTES = 20 * 1024 * 1024

type FileKind = 'text' | 'html' | 'docx' | 'doc' | 'odt' | 'xlsx' | 'pdf'

const KINDS: Record<string, FileKind> = {
  '.txt': 'text',
  '.md': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
  '.pdf': 'pdf',
  '.doc': 'doc',
  '.odt': 'odt',
  '.xlsx': 'xlsx',
}

const MIME_KINDS: Record<string, FileKind> = {
  'text/plain': 'text',
  'text/markdown': 'text',
  'text/html': 'html',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/pdf': 'pdf',
  'application/msword': 'doc',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
}

/** The kind of a file by its name, then its type; null when it is not one we read. */
export function planFileKind(fileName: string, mimeType?: string | null): FileKind | null {
  return KINDS[extname(fileName).toLowerCase()] ?? (mimeType ? MIME_KINDS[mimeType] : undefined) ?? null
}

/**
 * The characters of a text file: UTF-8, or UTF-16 when it opens with its byte-order mark (Notepad's "Unicode"); a file
 * that is not valid UTF-8 is read as Windows' Vietnamese code page (1258), as older offices saved text.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    // (Code page 1258 writes most tones as a combining mark after the letter: composed again, as the reader's patterns are.)
    return new TextDecoder('windows-1258').decode(bytes).normalize('NFC')
  }
}

/**
 * The text of a plan file: a .txt, a web page (.html), a Word .docx (mammoth), a Word 97–2003 .doc (word-extractor), an
 * OpenDocument .odt (LibreOffice), an Excel
 * .xlsx sheet (exceljs) or a text PDF (pdf.js). A PDF
 * whose pages carry no text is a scan: refused, since reading it would need OCR and a guess.
 */
export async function extractPlanText(bytes: Uint8Array, fileName: string, mimeType?: string | null): Promise<Extracted> {
  const kind = planFileKind(fileName, mimeType)
  if (!kind) {
    return { refusal: 'unsupported' }
  }
  try {
    let text: string
    switch (kind) {
      case 'text':
        text = decodeText(bytes)
        break
      case 'html':
        text = webPageText(decodeText(bytes))
        break
      case 'docx': {
        // The HTML keeps what the raw text loses: table rows, bold headings, Word's own list numbering.
        const mammoth = await import('mammoth')
        const buffer = Buffer.from(bytes)
        text = htmlToText((await mammoth.convertToHtml({ buffer })).value)
        if (!text.trim()) {
          text = (await mammoth.extractRawText({ buffer })).value
        }
        break
      }
      case 'doc':
        text = await word97Text(bytes)
        break
      case 'odt':
        text = await openDocumentText(bytes)
        break
      case 'xlsx':
        text = await spreadsheetText(bytes)
        break
      case 'pdf':
        text = await pdfText(bytes)
        if (text.replace(/\s/g, '').length < 20) {
          return { refusal: 'scanned' }
        }
        break
    }
    return text.trim().length === 0 ? { refusal: 'empty' } : { text }
  } catch (error) {
    // (A PDF locked with a password to open it: pdf.js asks for the password; nothing can be read without it.)
    return { refusal: (error as Error | null)?.name === 'PasswordException' ? 'locked' : 'unreadable' }
  }
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  // The legacy build runs on Node 20 without a DOM; loaded only when a PDF arrives.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise
  const pages: string[] = []
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number)
    const content = await page.getTextContent()
    const runs: PlacedRun[] = []
    const turned: string[] = []
    for (const item of content.items) {
      if (!('str' in item)) {
        continue
      }
      // (pdf.js types the matrix loosely: [a, b, c, d, e, f], the run's origin at (e, f), its height from (c, d).)
      const [, b = 0, , d = 0, x = 0, y = 0] = item.transform as number[]
      if (Math.abs(b) > 0.01) {
        // A run turned on the page (a signature's stamp up the margin, a watermark) stands on no line: kept apart. (A slanted
        // run, an italic drawn by skewing its letters, is not turned: only its c is.)
        turned.push(item.str)
        continue
      }
      runs.push({ text: item.str, x, y, width: item.width, size: Math.abs(d) })
    }
    pages.push([...layoutLines(runs), turned.join('').trim()].filter(Boolean).join('\n'))
  }
  await pdf.destroy()
  return pages.join('\n')
}
