import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ExpectedPlan } from '../../src/importer/evaluate.js'
import { extractPlanText } from '../../src/importer/extract-text.js'
import { foldVietnamese, stripDiacritics } from '../../src/services/text.js'
import { ROOT } from '../helpers/processes.js'

// The development set of the plan importer (issue 11): documents written by hand, each with its
// expected reading. This test does not run the importer; it keeps the expected readings loadable by
// evaluate.ts and true to their own documents and to the conventions in the folder's README.
const DEV = join(ROOT, 'tests', 'fixtures', 'import', 'dev')
const files = readdirSync(DEV).sort()
const documents = files.filter((f) => /\.(txt|docx|pdf)$/.test(f))
const readings = files.filter((f) => f.endsWith('.json'))
const base = (file: string) => file.replace(/\.(txt|docx|pdf|json)$/, '')

const ISO = /^\d{4}-\d{2}-\d{2}$/
const isDate = (value: unknown): value is string =>
  typeof value === 'string' && ISO.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10)
const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`

/** What the reader sees: no Markdown emphasis, one space, no diacritics. */
const flat = (text: string) => stripDiacritics(text).replace(/[*_]/g, '').replace(/\s+/g, ' ').trim()

async function textOf(file: string): Promise<string> {
  if (file.endsWith('.txt')) {
    return readFileSync(join(DEV, file), 'utf8')
  }
  if (file.endsWith('.pdf')) {
    // (A PDF's words are where the importer places them: the rows of a table come back only that way.)
    const read = await extractPlanText(readFileSync(join(DEV, file)), file)
    return 'text' in read ? read.text : ''
  }
  const mammoth = await import('mammoth')
  return (await mammoth.extractRawText({ buffer: readFileSync(join(DEV, file)) })).value
}

/**
 * The due date the folder's conventions give an absolute deadline, from the plan's words alone:
 * "trước ngày X" → X − 1; "trước tháng M-Y" → the last day of the month before; "trong tháng M/Y" →
 * the month's last day; any other cue ("chậm nhất ngày", "đến ngày", "trong ngày", "trước 17 giờ
 * ngày", "Ngày 12-7") → X. A date without a year takes the year of the expected due.
 */
function conventionalDue(words: string, dueYear: number): string | null {
  const folded = flat(words)
  const month = /(truoc|trong) thang (\d{1,2})\s*[/-]\s*(\d{4})/.exec(folded)
  if (month) {
    const [, cue, m, y] = month
    return cue === 'truoc' ? addDays(iso(Number(y), Number(m), 1), -1) : lastDay(Number(y), Number(m))
  }
  const dates = [...folded.matchAll(/(\d{1,2})\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*(\d{4}))?/g)]
  const date = dates.at(-1)
  if (!date) {
    return null
  }
  const day = iso(date[3] ? Number(date[3]) : dueYear, Number(date[2]), Number(date[1]))
  return /truoc ngay\s*$/.test(folded.slice(0, date.index)) ? addDays(day, -1) : day
}

describe('the development set of the plan importer', () => {
  it('has at least 16 text documents, a .docx table and plan, and both printed to PDF, each with its expected reading', () => {
    expect(documents.filter((f) => f.endsWith('.txt')).length).toBeGreaterThanOrEqual(16)
    expect(documents.filter((f) => f.endsWith('.docx')).length).toBeGreaterThanOrEqual(2)
    expect(documents.filter((f) => f.endsWith('.pdf')).length).toBeGreaterThanOrEqual(2)
    expect(readings.map(base)).toEqual(documents.map(base))
  })

  it('says, somewhere, every idiom issue 11 lists', async () => {
    const all = flat((await Promise.all(documents.map(textOf))).join('\n'))
    const idioms = [
      'trước thời điểm tổ chức hội nghị tối thiểu 10 ngày',
      'trước khi tổ chức đối thoại ít nhất 20 ngày',
      'chậm nhất 15 ngày trước mỗi hội nghị',
      'trong vòng 07 ngày làm việc sau hội nghị',
      'chậm nhất 05 ngày làm việc kể từ ngày kết thúc hội nghị',
      'sau 10 ngày kể từ ngày kết thúc đối thoại',
      'trước 17 giờ ngày 10/5/2024',
      'trước 16 giờ 30 ngày 19/3/2025',
      'hoàn thành trong tháng 8/2025',
      'định kỳ 6 tháng (trước ngày 10/6) và năm (trước ngày 10/12)',
      'thực hiện trước tháng 7-2024',
      'Ngày 12-7',
      'trong ngày 1/7/2021',
      'trước ngày 28/02/2023',
      'dự kiến tổ chức vào ngày 17/11/2020 hoặc ngày 18/11/2020',
      'trong khoảng từ ngày 15/9 đến 25/9/2023',
      'giữa tháng 10/2023',
      'đầu tháng 5/2020',
      'quý III/2019',
      'Tháng 6 — Ngày 18 (thứ Ba)',
      '8 giờ 00, ngày 21/5/2024 (thứ Ba) — tại',
      'c) Thời gian: 01 buổi, bắt đầu lúc 8 giờ 00, ngày 12/7/2024 (thứ Sáu)',
      'Thời gian, địa điểm:',
      'Đảng ủy các phường: Hội Thương, Diên Hồng và Yên Đỗ',
    ]
    expect(idioms.filter((idiom) => !all.includes(flat(idiom)))).toEqual([])
  })

  describe.each(readings)('%s', (file) => {
    const expected = JSON.parse(readFileSync(join(DEV, file), 'utf8')) as ExpectedPlan & { note?: unknown }

    it('has the shape evaluate.ts reads', () => {
      expect(documents).toContain(expected.seed)
      expect(base(expected.seed)).toBe(base(file))
      expect(typeof expected.note === 'string' && expected.note.length > 40).toBe(true)
      expect(Array.isArray(expected.sessions) && Array.isArray(expected.tasks)).toBe(true)
      for (const session of expected.sessions) {
        expect(Object.keys(session).sort()).toEqual(['end', 'precision', 'start', 'topic'])
        expect(session.topic.length).toBeGreaterThan(5)
        expect(['day', 'month', 'quarter', 'unscheduled']).toContain(session.precision)
        if (session.precision === 'unscheduled') {
          expect([session.start, session.end]).toEqual([null, null])
          continue
        }
        expect(isDate(session.start) && isDate(session.end)).toBe(true)
        const [start, end] = [session.start!, session.end!]
        expect(start <= end).toBe(true)
        if (session.precision === 'day') {
          expect(end).toBe(start)
        } else if (session.precision === 'month') {
          // A whole month, or a narrower window the plan names (a range, two alternative days).
          expect(end.slice(0, 7)).toBe(start.slice(0, 7))
        } else {
          const quarter = Math.floor((Number(start.slice(5, 7)) - 1) / 3)
          expect(start).toBe(iso(Number(start.slice(0, 4)), quarter * 3 + 1, 1))
          expect(end).toBe(lastDay(Number(start.slice(0, 4)), quarter * 3 + 3))
        }
      }
      for (const task of expected.tasks) {
        expect(task.lead.trim().split(/\s+/).length).toBeGreaterThanOrEqual(2)
        expect(task.words.length).toBeGreaterThan(5)
        expect(task.due === undefined).toBe(task.rule !== undefined)
        if (task.rule) {
          expect(Number.isInteger(task.rule.offset) && task.rule.offset !== 0).toBe(true)
          expect(['days', 'working_days']).toContain(task.rule.unit)
          expect(['session_start', 'session_end']).toContain(task.rule.anchor)
          expect(task.session !== undefined && task.session >= 0 && task.session < expected.sessions.length).toBe(true)
          expect(task.periodic).toBeUndefined()
        } else {
          expect(isDate(task.due)).toBe(true)
          expect(task.session).toBeUndefined()
        }
      }
    })

    it('reads only what its document says', async () => {
      const text = await textOf(expected.seed)
      const folded = foldVietnamese(text)
      const known = new Set(folded.split(' '))
      for (const session of expected.sessions) {
        expect(folded, session.topic).toContain(foldVietnamese(session.topic))
      }
      for (const task of expected.tasks) {
        expect(flat(text), task.words).toContain(flat(task.words))
        expect(
          foldVietnamese(task.lead)
            .split(' ')
            .filter((w) => !known.has(w)),
          task.lead,
        ).toEqual([])
        if (task.rule) {
          // The count of days is in the words, as evaluate.ts checks of a draft.
          const n = Math.abs(task.rule.offset)
          expect(n === 1 ? /truoc khi/.test(flat(task.words)) : new RegExp(`\\b0?${n}\\b`).test(flat(task.words)), task.words).toBe(true)
        } else {
          expect(conventionalDue(task.words, Number(task.due!.slice(0, 4))), task.words).toBe(task.due)
        }
      }
    })

    it('gives a relative deadline once per session it concerns', () => {
      const seen = new Set<string>()
      for (const task of expected.tasks.filter((t) => t.rule)) {
        const key = `${task.lead}|${task.words}|${task.session}`
        expect(seen.has(key), key).toBe(false)
        seen.add(key)
      }
    })
  })
})
