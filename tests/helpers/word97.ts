import CFB from 'cfb'

/**
 * A Word 97–2003 document (.doc) holding `paragraphs`, as small as Word's binary format allows: an OLE compound file with
 * a WordDocument stream (its File Information Block, then the text in UTF-16) and a 1Table stream whose piece table
 * points at that text. Word ends a paragraph with a carriage return and each table cell, and each table row, with the
 * cell mark U+0007; `cells` writes a row so. Built at test time, so no binary fixture stands in the repository.
 */
export function word97Document(paragraphs: string[]): Buffer {
  // (A row ends with its own mark, not with a paragraph's.)
  const text = paragraphs.map((p) => (p.endsWith('\u0007') ? p : `${p}\r`)).join('')
  const TEXT_AT = 0x800
  const word = Buffer.alloc(TEXT_AT + text.length * 2)
  word.writeUInt16LE(0xa5ec, 0x00) // wIdent: Word
  word.writeUInt16LE(0x00c1, 0x02) // nFib: Word 97
  word.writeUInt16LE(0x0200, 0x0a) // fWhichTblStm: the table stream is 1Table
  word.writeUInt32LE(TEXT_AT, 0x18) // fcMin
  word.writeUInt32LE(TEXT_AT + text.length * 2, 0x1c) // fcMac
  word.writeUInt32LE(text.length, 0x4c) // ccpText
  const clx = Buffer.alloc(1 + 4 + 8 + 8)
  clx.writeUInt8(0x02, 0) // Pcdt
  clx.writeUInt32LE(16, 1) // its PlcPcd: two character positions and one piece descriptor
  clx.writeUInt32LE(0, 5)
  clx.writeUInt32LE(text.length, 9)
  clx.writeUInt32LE(TEXT_AT, 15) // the piece's file position; bit 30 clear: UTF-16
  word.writeUInt32LE(0, 0x1a2) // fcClx
  word.writeUInt32LE(clx.length, 0x1a6) // lcbClx
  word.write(text, TEXT_AT, 'utf16le')
  const file = CFB.utils.cfb_new()
  CFB.utils.cfb_add(file, '/WordDocument', word)
  CFB.utils.cfb_add(file, '/1Table', clx)
  return Buffer.from(CFB.write(file, { type: 'buffer' }) as Uint8Array)
}

/** A table row as Word stores it: each cell's text and its cell mark, then the row's own mark. */
export const cells = (...texts: string[]) => `${texts.map((t) => `${t}\u0007`).join('')}\u0007`
