import { extname } from 'node:path'
import { htmlToText } from './html-text.js'
import { layoutLines } from './pdf-layout.js'

/** Why a file could not be read as a plan. */
export type ExtractRefusal = 'unsupported' | 'scanned' | 'empty' | 'unreadable'

export type Extracted = { text: string } | { refusal: ExtractRefusal }

/** Plans are a few pages; a file far bigger than that is not one (and the Bot API stops at 20 MB). */
export const MAX_PLAN_FILE_BYTES = 20 * 1024 * 1024

const KINDS: Record<string, 'text' | 'docx' | 'pdf'> = {
  '.txt': 'text',
  '.md': 'text',
  '.docx': 'docx',
  '.pdf': 'pdf',
}

const MIME_KINDS: Record<string, 'text' | 'docx' | 'pdf'> = {
  'text/plain': 'text',
  'text/markdown': 'text',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/pdf': 'pdf',
}

/** The kind of a file by its name, then its type; null when it is not one we read. */
export function planFileKind(fileName: string, mimeType?: string | null): 'text' | 'docx' | 'pdf' | null {
  return KINDS[extname(fileName).toLowerCase()] ?? (mimeType ? MIME_KINDS[mimeType] : undefined) ?? null
}

/**
 * The text of a plan file: a .txt (UTF-8), a Word .docx (mammoth) or a text PDF (pdf.js). A PDF
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
        text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '')
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
      case 'pdf':
        text = await pdfText(bytes)
        if (text.replace(/\s/g, '').length < 20) {
          return { refusal: 'scanned' }
        }
        break
    }
    return text.trim().length === 0 ? { refusal: 'empty' } : { text }
  } catch {
    return { refusal: 'unreadable' }
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
    const runs = content.items.flatMap((item) => {
      if (!('str' in item)) {
        return []
      }
      // (pdf.js types the matrix loosely: [a, b, c, d, e, f], the run's origin at (e, f), its height from (c, d).)
      const [, , c, d, x, y] = item.transform as number[]
      return [{ text: item.str, x: x ?? 0, y: y ?? 0, width: item.width, size: Math.hypot(c ?? 0, d ?? 0) }]
    })
    pages.push(layoutLines(runs).join('\n'))
  }
  await pdf.destroy()
  return pages.join('\n')
}
