/**
 * A one-page PDF written by hand, its lines in Helvetica at the given points (`turned`: running up the page), for the
 * reader's tests: `locked` adds
 * the standard security handler with a user password, as an office's "password to open" does.
 */
export function pdfFile(lines: { x: number; y: number; text: string; turned?: boolean }[], options: { locked?: boolean } = {}): Uint8Array {
  // (A turned line runs up the page, as a signature's stamp in the margin does.)
  const place = (x: number, y: number, turned?: boolean) => (turned ? `0 1 -1 0 ${x} ${y} Tm` : `${x} ${y} Td`)
  const content = lines.map(({ x, y, text, turned }) => `BT /F1 11 Tf ${place(x, y, turned)} (${text}) Tj ET`).join('\n')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ...(options.locked ? [`<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >>`] : []),
  ]
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(out.length)
    out += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = out.length
  const id = '<0123456789abcdef0123456789abcdef>'
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  const encrypt = options.locked ? ` /Encrypt 6 0 R /ID [${id} ${id}]` : ''
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`
  return new Uint8Array(Buffer.from(out, 'latin1'))
}
