import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type FileChild,
} from 'docx'
import type { Committee } from '../db/repositories/index.js'
import { parts, type LocalDate } from '../services/calendar/local-date.js'
import { foldVietnamese } from '../services/text.js'

/** Translation in the committee's language: every word of a document is a Fluent key (`doc-…`). */
export type DocTr = (key: string, vars?: Record<string, string | number>) => string

// The layout of administrative documents (Nghị định 30/2020/NĐ-CP for state bodies, Hướng dẫn
// 36-HD/VPTW for party bodies): A4, Times New Roman 13–14 pt, margins top/bottom 20 mm, left 30 mm,
// right 15 mm; the issuer top left, the national or party line top right, the place and date under it.
const MM = 56.7
const FONT = 'Times New Roman'
/** Half-points: 14 pt body text, 13 pt in tables and the header. */
const BODY = 28
const SMALL = 26
const PAGE_WIDTH_TWIPS = Math.round(210 * MM) - Math.round(30 * MM) - Math.round(15 * MM)

export interface RunOptions {
  bold?: boolean
  italics?: boolean
  underline?: boolean
  size?: number
}

export function run(text: string, options: RunOptions = {}): TextRun {
  return new TextRun({
    text,
    font: FONT,
    size: options.size ?? BODY,
    bold: options.bold,
    italics: options.italics,
    underline: options.underline ? {} : undefined,
  })
}

export function paragraph(
  content: string | TextRun[],
  options: RunOptions & { align?: 'left' | 'center' | 'right' | 'justify'; indent?: boolean; after?: number; before?: number } = {},
): Paragraph {
  const alignment = {
    left: AlignmentType.LEFT,
    center: AlignmentType.CENTER,
    right: AlignmentType.RIGHT,
    justify: AlignmentType.JUSTIFIED,
  }[options.align ?? 'justify']
  return new Paragraph({
    alignment,
    spacing: { after: options.after ?? 80, before: options.before ?? 0, line: 300 },
    indent: options.indent ? { firstLine: Math.round(12.7 * MM) } : undefined,
    children: typeof content === 'string' ? [run(content, options)] : content,
  })
}

/** A heading of the body ("I. KẾT QUẢ THỰC HIỆN"): bold, left, with room above. */
export function heading(text: string): Paragraph {
  return paragraph(text, { bold: true, align: 'left', before: 120, after: 80 })
}

/** A document's name and its subject, centred (BIÊN BẢN / Hội nghị đối thoại …). */
export function title(name: string, subject: string | null): Paragraph[] {
  return [
    paragraph(name, { bold: true, align: 'center', before: 240, after: 0, size: 30 }),
    ...(subject ? [paragraph(subject, { bold: true, align: 'center', after: 240 })] : []),
  ]
}

/** True for a party committee (Tỉnh ủy, Thị ủy, Đảng ủy …), whose documents carry the party's line. */
export function isPartyBody(name: string): boolean {
  return /\b(tinh uy|thi uy|thanh uy|huyen uy|quan uy|dang uy|dang bo|chi bo|ban thuong vu|ban dan van|ban tuyen giao|ban to chuc)\b/.test(
    foldVietnamese(name),
  )
}

function cell(children: Paragraph[], widthPct: number): TableCell {
  return new TableCell({ children, width: { size: widthPct, type: WidthType.PERCENTAGE }, borders: TableBorders.NONE })
}

/**
 * The header: the issuer (and the document's number) on the left; the national motto, or the
 * party's name, and "…, ngày … tháng … năm …" on the right.
 */
export function officialHeader(t: DocTr, committee: Pick<Committee, 'name'>, symbol: string | null, date: LocalDate | null): Table {
  const party = isPartyBody(committee.name)
  const center = (text: string, options: RunOptions = {}) => paragraph(text, { ...options, size: SMALL, align: 'center', after: 0 })
  const { year, month, day } = date ? parts(date) : { year: 0, month: 0, day: 0 }
  const dateLine = date
    ? t('doc-place-date', { day: String(day).padStart(2, '0'), month: String(month).padStart(2, '0'), year: String(year) })
    : t('doc-place-date-blank')
  const left = [
    center(committee.name.toLocaleUpperCase('vi'), { bold: true }),
    center(party ? '*' : '———'),
    center(symbol ? t('doc-number', { symbol }) : t('doc-number-blank')),
  ]
  const right = party
    ? [
        center(t('doc-party'), { bold: true, underline: true }),
        center(''),
        paragraph(dateLine, { italics: true, align: 'center', size: SMALL }),
      ]
    : [
        center(t('doc-nation'), { bold: true }),
        center(t('doc-motto'), { bold: true, underline: true }),
        paragraph(dateLine, { italics: true, align: 'center', size: SMALL }),
      ]
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(left, 42), cell(right, 58)] })],
  })
}

/** A ruled table: a bold header row, then the rows; `widths` in percent of the text width. */
export function grid(headers: string[], rows: string[][], widths: number[]): Table {
  const columnWidths = widths.map((w) => Math.round((PAGE_WIDTH_TWIPS * w) / 100))
  const line = (texts: string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      children: texts.map(
        (text, i) =>
          new TableCell({
            width: { size: columnWidths[i] ?? 1000, type: WidthType.DXA },
            verticalAlign: VerticalAlign.CENTER,
            children: text
              .split('\n')
              .map((part) => paragraph(part, { bold, size: SMALL, align: bold || i === 0 ? 'center' : 'left', after: 0 })),
          }),
      ),
    })
  return new Table({
    width: { size: PAGE_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths,
    rows: [line(headers, true), ...rows.map((r) => line(r, false))],
  })
}

/** The signature block: who signs on the left and on the right, with room to sign. */
export function signatures(left: { role: string; name: string | null } | null, right: { role: string; name: string | null }): Table {
  const block = (who: { role: string; name: string | null } | null) =>
    who
      ? [
          paragraph(who.role.toLocaleUpperCase('vi'), { bold: true, align: 'center', after: 0 }),
          paragraph('', { after: 960 }),
          paragraph(who.name ?? '', { bold: true, align: 'center' }),
        ]
      : [paragraph('')]
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(block(left), 50), cell(block(right), 50)] })],
  })
}

/** The "Nơi nhận" block in small type, bottom left. */
export function recipients(t: DocTr, lines: string[]): Paragraph[] {
  return [
    paragraph(t('doc-recipients'), { bold: true, italics: true, size: 24, align: 'left', before: 240, after: 0 }),
    ...lines.map((line) => paragraph(`- ${line}`, { size: 22, align: 'left', after: 0 })),
  ]
}

/** The .docx bytes of an A4 document with the official margins. */
export async function renderDocument(children: FileChild[], meta: { title: string; creator: string }): Promise<Uint8Array> {
  const document = new Document({
    creator: meta.creator,
    title: meta.title,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
            margin: { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) },
          },
        },
        children,
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(document))
}
