import ExcelJS from 'exceljs'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import type { ExportSession } from '../../src/db/repositories/index.js'
import { buildCalendar, escapeText, foldLine } from '../../src/documents/icalendar.js'
import { SESSION_MINUTES, sessionTime } from '../../src/documents/session-calendar.js'
import { sheetNames, writeWorkbook, type Cell } from '../../src/documents/xlsx-stream.js'

const octets = (line: string) => Buffer.byteLength(line, 'utf8')

function session(overrides: Partial<ExportSession>): ExportSession {
  return {
    id: 7,
    number: 1,
    topic: 'Đối thoại với Hội Cựu chiến binh',
    host: null,
    audience: null,
    venue: null,
    precision: 'day',
    windowStart: '2026-03-24',
    windowEnd: '2026-03-24',
    heldOn: null,
    startHour: 8,
    startMinute: 0,
    timeText: '8 giờ 00 ngày 24/3/2026',
    status: 'scheduled',
    statusReason: null,
    planSymbol: '05-KH/TU',
    updatedAt: new Date('2026-03-01T02:00:00Z'),
    ...overrides,
  }
}

describe('iCalendar text (RFC 5545)', () => {
  it('escapes backslashes, semicolons, commas and line breaks, and drops other control characters', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\tg')).toBe('a\\\\b\\;c\\,d\\ne\\nfg')
  })

  it('folds at 75 octets without cutting a Vietnamese letter, and unfolds to the same line', () => {
    const line = `SUMMARY:${'Đối thoại trực tiếp giữa người đứng đầu cấp ủy với Nhân dân về đất đai, '.repeat(4)}`
    const folded = foldLine(line)
    const lines = folded.split('\r\n')
    expect(lines.length).toBeGreaterThan(3)
    expect(lines.every((l) => octets(l) <= 75)).toBe(true)
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true)
    // Each physical line is whole UTF-8 on its own (no character split across the fold).
    for (const l of lines) {
      expect(Buffer.from(Buffer.from(l, 'utf8').toString('utf8'), 'utf8').equals(Buffer.from(l, 'utf8'))).toBe(true)
      expect(l).not.toContain('\uFFFD')
    }
    expect(folded.replace(/\r\n /g, '')).toBe(line)
    expect(foldLine('SHORT:x')).toBe('SHORT:x')
  })

  it('parses back with ical.js: timed events in UTC, all-day windows, statuses, escaped text', () => {
    const stamp = new Date('2026-03-02T01:00:00Z')
    const text = buildCalendar({
      name: 'Lịch đối thoại — Ban Thường vụ, Tỉnh ủy',
      description: 'Các buổi; đối thoại',
      timeZone: 'Asia/Ho_Chi_Minh',
      stamp,
      events: [
        {
          uid: 'session-1.committee-1@doi-thoai-bot',
          summary: 'Đối thoại với thanh niên, sinh viên; lần 1',
          description: 'Dòng một\nDòng hai, có dấu phẩy\\',
          location: 'Hội trường A, tầng 2',
          status: 'CONFIRMED',
          time: { kind: 'timed', start: new Date('2026-03-24T01:00:00Z'), minutes: 180 },
          lastModified: stamp,
        },
        {
          uid: 'session-2.committee-1@doi-thoai-bot',
          summary: '[Dự kiến] Đối thoại quý III',
          description: 'Thời gian dự kiến: Quý III/2026',
          location: null,
          status: 'TENTATIVE',
          time: { kind: 'all-day', from: '2026-07-01', to: '2026-09-30' },
          lastModified: stamp,
        },
      ],
    })
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.split('\r\n').every((l) => octets(l) <= 75)).toBe(true)
    expect(text).not.toMatch(/[^\r]\n/)
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[])
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    // Non-standard properties are TEXT (RFC 5545 §3.8.8.2) and escaped as such; ical.js hands them back raw.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Lịch đối thoại — Ban Thường vụ\\, Tỉnh ủy')
    const [timed, window] = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
    expect(timed?.uid).toBe('session-1.committee-1@doi-thoai-bot')
    expect(timed?.summary).toBe('Đối thoại với thanh niên, sinh viên; lần 1')
    expect(timed?.description).toBe('Dòng một\nDòng hai, có dấu phẩy\\')
    expect(timed?.location).toBe('Hội trường A, tầng 2')
    expect(timed?.startDate.isDate).toBe(false)
    expect(timed?.startDate.toJSDate().toISOString()).toBe('2026-03-24T01:00:00.000Z')
    expect(timed?.endDate.toJSDate().toISOString()).toBe('2026-03-24T04:00:00.000Z')
    expect(timed?.component.getFirstPropertyValue('status')).toBe('CONFIRMED')
    expect(window?.startDate.isDate).toBe(true)
    expect(window?.startDate.toString()).toBe('2026-07-01')
    // DTEND of whole days is exclusive: the window ends on 30/09.
    expect(window?.endDate.toString()).toBe('2026-10-01')
    expect(window?.component.getFirstPropertyValue('status')).toBe('TENTATIVE')
    expect(window?.component.getFirstPropertyValue('transp')).toBe('TRANSPARENT')
  })
})

describe('how a session shows in a calendar', () => {
  it('an exact day with its hour is timed in the committee’s zone; without an hour, a whole day (no hour made up)', () => {
    expect(sessionTime(session({}), 'Asia/Ho_Chi_Minh')).toEqual({
      time: { kind: 'timed', start: new Date('2026-03-24T01:00:00Z'), minutes: SESSION_MINUTES },
      provisional: false,
    })
    expect(sessionTime(session({ startHour: null, startMinute: null }), 'Asia/Ho_Chi_Minh')).toEqual({
      time: { kind: 'all-day', from: '2026-03-24', to: '2026-03-24' },
      provisional: false,
    })
  })

  it('a month or quarter window is provisional whole days; the day held wins; no date, no event', () => {
    const quarter = session({ precision: 'quarter', windowStart: '2026-07-01', windowEnd: '2026-09-30', startHour: null })
    expect(sessionTime(quarter, 'Asia/Ho_Chi_Minh')).toEqual({
      time: { kind: 'all-day', from: '2026-07-01', to: '2026-09-30' },
      provisional: true,
    })
    expect(sessionTime({ ...quarter, heldOn: '2026-08-12', status: 'held' }, 'Asia/Ho_Chi_Minh')).toEqual({
      time: { kind: 'all-day', from: '2026-08-12', to: '2026-08-12' },
      provisional: false,
    })
    expect(sessionTime(session({ precision: 'unscheduled', windowStart: null, windowEnd: null }), 'Asia/Ho_Chi_Minh')).toBeNull()
  })
})

describe('the streaming spreadsheet writer', () => {
  it('keeps sheet names within Excel’s rules: 31 characters, no []:*?/\\, unique in any case', () => {
    expect(sheetNames(['KH 1 12-KH/TU', 'a'.repeat(40), 'a'.repeat(40), 'Ý kiến', 'ý kiến', '[x]:*?'])).toEqual([
      'KH 1 12-KH-TU',
      'a'.repeat(31),
      `${'a'.repeat(27)} (2)`,
      'Ý kiến',
      'ý kiến (2)',
      '-x----',
    ])
  })

  it('writes pages of rows with a frozen, filtered header, widths and real dates, and reads back the same', async () => {
    async function* pages(): AsyncIterable<Cell[][]> {
      // As the database hands them: a page, a wait, the next page.
      yield await Promise.resolve([[1, 'Báo cáo kết quả', '2026-02-27', '2026-03-02T08:15']])
      yield [
        [2, 'Chuẩn bị tài liệu', null, null],
        [3, 'Thường xuyên', 'thường xuyên', null],
      ]
    }
    const { bytes, rows } = await writeWorkbook(
      [
        {
          name: 'Kế hoạch 1',
          columns: [
            { header: 'Số', width: 7, kind: 'number' },
            { header: 'Nhiệm vụ', width: 50, kind: 'wrap' },
            { header: 'Hạn', width: 13, kind: 'date' },
            { header: 'Thời gian', width: 17, kind: 'datetime' },
          ],
          pages: pages(),
        },
      ],
      { title: 'Thử', creator: 'Đối thoại bot', created: new Date('2026-03-02T01:00:00Z') },
    )
    expect(rows).toEqual([3])
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(bytes as unknown as ArrayBuffer)
    const sheet = book.getWorksheet('Kế hoạch 1')!
    expect(sheet.getRow(1).values).toEqual([undefined, 'Số', 'Nhiệm vụ', 'Hạn', 'Thời gian'])
    expect(sheet.getRow(1).font?.bold ?? sheet.getCell('A1').font?.bold).toBe(true)
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(sheet.autoFilter).toBe('A1:D1')
    expect([1, 2, 3, 4].map((c) => sheet.getColumn(c).width)).toEqual([7, 50, 13, 17])
    expect(sheet.rowCount).toBe(4)
    const due = sheet.getCell('C2')
    expect(due.value).toBeInstanceOf(Date)
    expect((due.value as Date).toISOString()).toBe('2026-02-27T00:00:00.000Z')
    expect(due.numFmt).toBe('dd/mm/yyyy')
    expect((sheet.getCell('D2').value as Date).toISOString()).toBe('2026-03-02T08:15:00.000Z')
    expect(sheet.getCell('D2').numFmt).toBe('dd/mm/yyyy hh:mm')
    expect(sheet.getCell('C3').value).toBeNull()
    expect(sheet.getCell('C4').value).toBe('thường xuyên')
    expect(sheet.getCell('B2').alignment?.wrapText).toBe(true)
  })
})
