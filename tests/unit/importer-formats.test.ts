import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { decodeText, extractPlanText, planFileKind } from '../../src/importer/extract-text.js'
import { webPageText } from '../../src/importer/html-text.js'
import { readPlan } from '../../src/importer/read-plan.js'
import { tablesAsRows } from '../../src/importer/word97.js'
import { pdfFile } from '../helpers/pdf-file.js'
import { cells, word97Document } from '../helpers/word97.js'

// The files an office has besides .docx and PDF: a web page saved from a portal, text saved by old Windows tools, and
// the Word 97–2003 .doc.

const PAGE = `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Thông báo lịch đối thoại - Cổng thông tin huyện</title>
<style>.menu { color: red }</style><script>var d = "ngày 01/01/2024"; window.ga && ga('send')</script></head>
<body>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin">Tin tức</a></li></ul></nav>
<div class="wrap">
<article>
<h1>Thông báo lịch đối thoại của Chủ tịch UBND huyện Phú Lương năm 2024</h1>
<div class="meta">Đăng ngày: 05/3/2024</div>
<p>Chủ tịch UBND huyện Phú Lương thông báo lịch đối thoại với Nhân dân như sau:</p>
<table>
<tr><th>STT</th><th>Thời gian</th><th>Nội dung đối thoại</th><th>Địa điểm</th></tr>
<tr><td>1</td><td>8 giờ 00, ngày 19/3/2024 (thứ Ba)</td>
<td>Đối thoại với Nhân dân xã Yên Lạc về bồi thường, giải phóng mặt bằng</td><td>Hội trường UBND xã Yên Lạc</td></tr>
<tr><td>2</td><td>14 giờ 00, ngày 10/4/2024 (thứ Tư)</td>
<td>Đối thoại với hộ kinh doanh thị trấn Đu về sắp xếp chợ</td><td>Hội trường UBND thị trấn Đu</td></tr>
</table>
<p>UBND xã Yên Lạc và UBND thị trấn Đu tổng hợp ý kiến của Nhân dân, gửi Văn phòng HĐND và UBND huyện trước ngày 12/3/2024.</p>
</article>
<aside><h3>Tin mới</h3><ul><li>Hội nghị đối thoại với thanh niên ngày 20/5/2024</li></ul></aside>
</div>
<footer>Cổng thông tin điện tử huyện Phú Lương. Địa chỉ: …</footer>
</body></html>`

describe('a web page saved as .html', () => {
  it('is its article: headline, paragraphs and table rows, without code, menus, sidebars or the foot', () => {
    const text = webPageText(PAGE)
    expect(text.split('\n')[0]).toBe('Thông báo lịch đối thoại của Chủ tịch UBND huyện Phú Lương năm 2024')
    expect(text).toContain(
      '| 1 | 8 giờ 00, ngày 19/3/2024 (thứ Ba) | Đối thoại với Nhân dân xã Yên Lạc về bồi thường, giải phóng mặt bằng |',
    )
    for (const furniture of ['ga(', 'Trang chủ', 'Tin mới', '20/5/2024', 'Cổng thông tin điện tử', 'color: red']) {
      expect(text).not.toContain(furniture)
    }
  })

  it('reads to the sessions and tasks of its article alone, as the importer reads a .html file', async () => {
    expect(planFileKind('thong-bao.htm')).toBe('html')
    expect(planFileKind('tai-ve', 'text/html')).toBe('html')
    const read = await extractPlanText(new TextEncoder().encode(PAGE), 'thong-bao.html')
    if (!('text' in read)) {
      throw new Error(`refused: ${read.refusal}`)
    }
    const draft = readPlan(read.text)
    expect(draft.sessions.map((s) => [s.topic, s.time.start])).toEqual([
      ['Đối thoại với Nhân dân xã Yên Lạc về bồi thường, giải phóng mặt bằng', '2024-03-19'],
      ['Đối thoại với hộ kinh doanh thị trấn Đu về sắp xếp chợ', '2024-04-10'],
    ])
    expect(draft.tasks.map((t) => t.deadline.due)).toEqual(['2024-03-11', '2024-03-11'])
  })

  it('takes the whole body when the page has no single article', () => {
    expect(webPageText('<body><div>Lịch tiếp công dân</div><div>Ngày 12/3/2024</div></body>')).toBe('Lịch tiếp công dân\nNgày 12/3/2024')
  })
})

describe('text in the encodings offices save it in', () => {
  const line = 'Hội nghị đối thoại ngày 15/4/2024'
  it('reads UTF-8 with or without its mark, and UTF-16 with its mark (Notepad "Unicode")', () => {
    const utf8 = new TextEncoder().encode(line)
    expect(decodeText(utf8)).toBe(line)
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toBe(line)
    const le = Buffer.from(line, 'utf16le')
    expect(decodeText(Uint8Array.from([0xff, 0xfe, ...le]))).toBe(line)
    const be = Buffer.from(le).swap16()
    expect(decodeText(Uint8Array.from([0xfe, 0xff, ...be]))).toBe(line)
  })

  it('reads text that is not UTF-8 as code page 1258, its tone marks composed', () => {
    // "Hà Nội" in code page 1258: à is one byte; ộ is ô (0xF4) then the combining dot below (0xF2).
    expect(decodeText(Uint8Array.from([0x48, 0xe0, 0x20, 0x4e, 0xf4, 0xf2, 0x69]))).toBe('Hà Nội')
  })
})

describe('a Word 97–2003 document (.doc)', () => {
  it('reads to its sessions and tasks, its table as rows', async () => {
    const doc = word97Document([
      'ỦY BAN NHÂN DÂN HUYỆN PHÚ LƯƠNG',
      'Số: 45/KH-UBND',
      'KẾ HOẠCH',
      'Tổ chức đối thoại giữa Chủ tịch UBND huyện với Nhân dân năm 2024',
      'I. THỜI GIAN, NỘI DUNG',
      cells('STT', 'Nội dung', 'Thời gian', 'Địa điểm'),
      cells('1', 'Đối thoại với Nhân dân xã Yên Lạc về bồi thường,\rgiải phóng mặt bằng', 'Ngày 19/3/2024', 'UBND xã Yên Lạc'),
      cells('2', 'Đối thoại với hộ kinh doanh thị trấn Đu về sắp xếp chợ', 'Tháng 5/2024', ''),
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng HĐND và UBND huyện: xây dựng kịch bản, trình Chủ tịch UBND huyện trước ngày 12/3/2024.',
    ])
    expect(planFileKind('Ke hoach.DOC')).toBe('doc')
    const read = await extractPlanText(doc, 'Ke hoach.doc')
    if (!('text' in read)) {
      throw new Error(`refused: ${read.refusal}`)
    }
    expect(read.text).toContain(
      '| 1 | Đối thoại với Nhân dân xã Yên Lạc về bồi thường, giải phóng mặt bằng | Ngày 19/3/2024 | UBND xã Yên Lạc |',
    )
    const draft = readPlan(read.text)
    expect(draft.sessions.map((s) => [s.topic, s.time.precision, s.time.start])).toEqual([
      ['Đối thoại với Nhân dân xã Yên Lạc về bồi thường, giải phóng mặt bằng', 'day', '2024-03-19'],
      ['Đối thoại với hộ kinh doanh thị trấn Đu về sắp xếp chợ', 'month', '2024-05-01'],
    ])
    expect(draft.tasks.map((t) => [t.lead, t.deadline.due])).toEqual([['Văn phòng HĐND và UBND huyện', '2024-03-11']])
  })

  it('cuts its rows by the width of the first row, so an empty cell does not end a row', () => {
    // (word-extractor writes the cell mark and the row mark both as a tab.)
    expect(tablesAsRows('Lịch\nA\tB\tC\t\t1\t\tx\t\t2\ty\t\t\tSau bảng\nX\tY\t\t')).toBe(
      ['Lịch', '| A | B | C |', '| 1 |  | x |', '| 2 | y |  |', 'Sau bảng', '| X | Y |'].join('\n'),
    )
  })

  it('is refused as unreadable when it is not a Word file at all', async () => {
    expect(await extractPlanText(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]), 'ke-hoach.doc')).toEqual({ refusal: 'unreadable' })
  })
})

describe('an Excel sheet (.xlsx)', () => {
  /** A schedule as an office keeps one in Excel: a title merged across, a header, dates as dates, a hall merged down. */
  async function schedule(): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Lịch 2024')
    sheet.addRow(['LỊCH TIẾP CÔNG DÂN ĐỊNH KỲ CỦA CHỦ TỊCH UBND HUYỆN PHÚ LƯƠNG NĂM 2024'])
    sheet.mergeCells('A1:D1')
    sheet.addRow(['STT', 'Ngày', 'Người tiếp', 'Địa điểm'])
    sheet.addRow([1, new Date(Date.UTC(2024, 2, 15)), 'Chủ tịch UBND huyện', 'Trụ sở Tiếp công dân huyện'])
    sheet.addRow([2, new Date(Date.UTC(2024, 3, 15, 8, 0)), 'Phó Chủ tịch UBND huyện', null])
    sheet.mergeCells('D3:D4')
    sheet.addRow([
      3,
      { formula: 'B3+61', result: new Date(Date.UTC(2024, 4, 15)) },
      { richText: [{ text: 'Chủ tịch ' }, { text: 'UBND huyện' }] },
      'Hội trường UBND xã Yên Lạc',
    ])
    const hidden = workbook.addWorksheet('Nháp', { state: 'hidden' })
    hidden.addRow(['Tiếp công dân', new Date(Date.UTC(2024, 0, 2))])
    hidden.addRow(['Tiếp công dân', new Date(Date.UTC(2024, 0, 3))])
    return new Uint8Array(await workbook.xlsx.writeBuffer())
  }

  it('gives its title as a line and its rows as pipe rows, dates as days, merged cells repeated, hidden sheets left out', async () => {
    const read = await extractPlanText(await schedule(), 'Lich tiep cong dan.xlsx')
    expect(read).toEqual({
      text: [
        'LỊCH TIẾP CÔNG DÂN ĐỊNH KỲ CỦA CHỦ TỊCH UBND HUYỆN PHÚ LƯƠNG NĂM 2024',
        '| STT | Ngày | Người tiếp | Địa điểm |',
        '| 1 | ngày 15/3/2024 | Chủ tịch UBND huyện | Trụ sở Tiếp công dân huyện |',
        '| 2 | 8 giờ 00, ngày 15/4/2024 | Phó Chủ tịch UBND huyện | Trụ sở Tiếp công dân huyện |',
        '| 3 | ngày 15/5/2024 | Chủ tịch UBND huyện | Hội trường UBND xã Yên Lạc |',
      ].join('\n'),
    })
  })

  it('reads to one session a row', async () => {
    const read = await extractPlanText(await schedule(), 'Lich tiep cong dan.xlsx')
    const draft = readPlan('text' in read ? read.text : '')
    expect(draft.sessions.map((s) => s.time.start)).toEqual(['2024-03-15', '2024-04-15', '2024-05-15'])
  })
})

describe('a PDF', () => {
  const lines = [
    { x: 50, y: 800, text: 'KE HOACH to chuc doi thoai nam 2024' },
    { x: 50, y: 780, text: 'Hoi nghi doi thoai ngay 15/4/2024' },
  ]

  it('is read when it opens without a password', async () => {
    expect(await extractPlanText(pdfFile(lines), 'ke-hoach.pdf')).toEqual({
      text: 'KE HOACH to chuc doi thoai nam 2024\nHoi nghi doi thoai ngay 15/4/2024',
    })
  })

  it('keeps a line turned up the margin (a signature stamp) off the lines it crosses', async () => {
    // (The stamp starts on the second line's baseline, left of it, and runs up across the first.)
    const low = lines.map((line) => ({ ...line, y: line.y - 300 }))
    const stamped = pdfFile([...low, { x: 30, y: 480, text: 'Ky boi: Van phong UBND tinh 12.03.2024', turned: true }])
    expect(await extractPlanText(stamped, 'ke-hoach.pdf')).toEqual({
      text: 'KE HOACH to chuc doi thoai nam 2024\nHoi nghi doi thoai ngay 15/4/2024\nKy boi: Van phong UBND tinh 12.03.2024',
    })
  })

  it('is refused as locked when it asks for a password to open, not as damaged', async () => {
    expect(await extractPlanText(pdfFile(lines, { locked: true }), 'ke-hoach.pdf')).toEqual({ refusal: 'locked' })
  })
})

describe('an OpenDocument text (.odt), as LibreOffice saves a plan', () => {
  const NS =
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
  const BODY = [
    '<text:p text:style-name="P1">ỦY BAN NHÂN DÂN<text:line-break/>HUYỆN PHÚ LƯƠNG</text:p>',
    '<text:h text:outline-level="1">KẾ HOẠCH</text:h>',
    '<text:p>Tổ chức đối thoại năm 2024<text:note text:note-class="footnote"><text:note-body><text:p>Ghi chú 01/01/2024</text:p>' +
      '</text:note-body></text:note></text:p>',
    '<text:p/>',
    '<table:table table:name="Lịch"><table:table-column table:number-columns-repeated="3"/>',
    '<table:table-row><table:table-cell><text:p>Thời gian</text:p></table:table-cell><table:table-cell><text:p>Nội dung</text:p>' +
      '</table:table-cell><table:table-cell><text:p>Địa điểm</text:p></table:table-cell></table:table-row>',
    '<table:table-row><table:table-cell><text:p>Ngày 19/3/2024</text:p></table:table-cell><table:table-cell><text:p>Đối thoại với' +
      '<text:s/>Nhân dân xã Yên Lạc về <text:span text:style-name="T1">bồi thường</text:span></text:p></table:table-cell>' +
      '<table:table-cell table:number-rows-spanned="2"><text:p>Hội trường UBND huyện</text:p></table:table-cell></table:table-row>',
    '<table:table-row><table:table-cell><text:p>Ngày 10/4/2024</text:p></table:table-cell><table:table-cell><text:p>Đối thoại với ' +
      'hộ kinh doanh thị trấn Đu về sắp xếp chợ</text:p></table:table-cell><table:covered-table-cell/></table:table-row>',
    '</table:table>',
    '<text:list><text:list-item><text:p>Văn phòng HĐND và UBND huyện: trình kịch bản trước ngày 12/3/2024.</text:p>' +
      '</text:list-item></text:list>',
  ].join('')

  async function odt(): Promise<Uint8Array> {
    const zip = new JSZip()
    zip.file('mimetype', 'application/vnd.oasis.opendocument.text')
    const xml = `<office:document-content ${NS}><office:body><office:text>${BODY}</office:text></office:body></office:document-content>`
    zip.file('content.xml', `<?xml version="1.0" encoding="UTF-8"?>${xml}`)
    return zip.generateAsync({ type: 'uint8array' })
  }

  it('gives the lines a Word document gives: paragraphs, list items, table rows with merged cells repeated, no footnotes', async () => {
    expect(planFileKind('ke-hoach.odt')).toBe('odt')
    expect(await extractPlanText(await odt(), 'ke-hoach.odt')).toEqual({
      text: [
        'ỦY BAN NHÂN DÂN',
        'HUYỆN PHÚ LƯƠNG',
        'KẾ HOẠCH',
        'Tổ chức đối thoại năm 2024',
        '| Thời gian | Nội dung | Địa điểm |',
        '| Ngày 19/3/2024 | Đối thoại với Nhân dân xã Yên Lạc về bồi thường | Hội trường UBND huyện |',
        '| Ngày 10/4/2024 | Đối thoại với hộ kinh doanh thị trấn Đu về sắp xếp chợ | Hội trường UBND huyện |',
        '- Văn phòng HĐND và UBND huyện: trình kịch bản trước ngày 12/3/2024.',
      ].join('\n'),
    })
  })

  it('is refused as unreadable when the zip holds no document', async () => {
    const zip = new JSZip()
    zip.file('readme.txt', 'không phải văn bản')
    expect(await extractPlanText(await zip.generateAsync({ type: 'uint8array' }), 'ke-hoach.odt')).toEqual({ refusal: 'unreadable' })
  })
})
