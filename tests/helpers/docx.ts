import { DOMParser } from '@xmldom/xmldom'
import JSZip from 'jszip'
import mammoth from 'mammoth'

/**
 * Opens a .docx the way a word processor would start to: it must be a zip holding the Word parts,
 * every XML part must parse, and the text is read back (mammoth). Throws on any malformed part.
 */
export async function readDocx(bytes: Uint8Array): Promise<{ text: string; parts: string[] }> {
  const zip = await JSZip.loadAsync(bytes)
  const parts = Object.keys(zip.files).filter((name) => !zip.files[name]?.dir)
  for (const required of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml']) {
    if (!parts.includes(required)) {
      throw new Error(`not a Word document: ${required} missing`)
    }
  }
  for (const name of parts.filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))) {
    const xml = await zip.file(name)!.async('string')
    const errors: string[] = []
    const parser = new DOMParser({
      errorHandler: { warning: () => undefined, error: (m: string) => errors.push(m), fatalError: (m: string) => errors.push(m) },
    })
    const doc = parser.parseFromString(xml, 'application/xml')
    if (errors.length > 0 || !doc.documentElement) {
      throw new Error(`${name} is not well-formed XML: ${errors.join('; ')}`)
    }
  }
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) })
  return { text: value.replace(/\n{2,}/g, '\n'), parts }
}
