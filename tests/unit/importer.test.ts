import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluateDraft, precision, recall, sameBody, type ExpectedPlan } from '../../src/importer/evaluate.js'
import { normalizePlanText, stripMarkup } from '../../src/importer/normalize.js'
import { extractPlanText } from '../../src/importer/extract-text.js'
import { readPlan } from '../../src/importer/read-plan.js'
import { bodiesOfHeading } from '../../src/importer/read-tasks.js'
import { ROOT } from '../helpers/processes.js'

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'import')
const SEEDS = join(ROOT, '..', 'shared', 'seeds')

describe('cleaning a plan’s text', () => {
  it('drops Markdown remnants and keeps the words', () => {
    expect(stripMarkup('## **2. Đối thoại với Nhân dân**')).toBe('2. Đối thoại với Nhân dân')
    expect(stripMarkup('\\* Điểm cầu Trung tâm: Tại Phòng họp A')).toBe('* Điểm cầu Trung tâm: Tại Phòng họp A')
    expect(stripMarkup('- *Đối tượng:* Đại diện cán bộ.')).toBe('- Đối tượng: Đại diện cán bộ.')
    expect(stripMarkup('Báo cáo gửi về trước ngày **30/6/2022**.')).toBe('Báo cáo gửi về trước ngày 30/6/2022.')
  })

  it('joins a sentence the export broke, drops rules and empty lines', () => {
    expect(
      normalizePlanText(
        '- Nội dung: ***Đối thoại về kinh tế, văn hoá - xã hội,***\n\nquốc phòng, an ninh.\n\n-----\n\n- Đối tượng: Công dân.',
      ),
    ).toEqual(['- Nội dung: Đối thoại về kinh tế, văn hoá - xã hội, quốc phòng, an ninh.', '- Đối tượng: Công dân.'])
  })
})

describe('the bodies a heading names', () => {
  it.each([
    ['Ban Dân vận Tỉnh ủy', ['Ban Dân vận Tỉnh ủy']],
    ['Sở Y tế và Ban Dân tộc tỉnh', ['Sở Y tế', 'Ban Dân tộc tỉnh']],
    ['Mặt trận Tổ quốc và các tổ chức chính trị - xã hội thị xã', ['Mặt trận Tổ quốc và các tổ chức chính trị - xã hội thị xã']],
    [
      'Ban Thường vụ Huyện ủy Ba Tơ, Minh Long, Sơn Tây',
      ['Ban Thường vụ Huyện ủy Ba Tơ', 'Ban Thường vụ Huyện ủy Minh Long', 'Ban Thường vụ Huyện ủy Sơn Tây'],
    ],
    [
      'Ủy ban nhân dân các xã An Hòa, Bình Minh và Tân Lập',
      ['Ủy ban nhân dân xã An Hòa', 'Ủy ban nhân dân xã Bình Minh', 'Ủy ban nhân dân xã Tân Lập'],
    ],
  ])('%s', (heading, bodies) => {
    expect(bodiesOfHeading(heading).map((b) => b.name)).toEqual(bodies)
  })

  it('treats "Đảng ủy Phổ An" and "Đảng ủy xã Phổ An" as the same body, not "Đảng ủy Phổ Minh"', () => {
    expect(sameBody('Đảng ủy Phổ An', 'Đảng ủy xã Phổ An')).toBe(true)
    expect(sameBody('Đảng ủy Phổ An', 'Đảng ủy phường Phổ Minh')).toBe(false)
  })
})

describe('reading the five seed plans against their expected readings', () => {
  const fixtures = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .sort()
  it.each(fixtures)('%s: sessions and dated tasks found, nothing invented', (file) => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as ExpectedPlan
    const draft = readPlan(readFileSync(join(SEEDS, expected.seed), 'utf8'))
    const result = evaluateDraft(draft, expected)
    expect(result.missed).toEqual([])
    expect(result.invented).toEqual([])
    expect(recall(result.sessions)).toBeGreaterThanOrEqual(0.95)
    expect(precision(result.sessions)).toBeGreaterThanOrEqual(0.95)
    expect(recall(result.tasks)).toBeGreaterThanOrEqual(0.9)
    expect(precision(result.tasks)).toBeGreaterThanOrEqual(0.95)
  })

  it('seed 002: four quarterly sessions and the conclusion notice 7 working days after each', () => {
    const draft = readPlan(readFileSync(join(SEEDS, '002_490bc99ddb557a69.txt'), 'utf8'))
    expect(draft.sessions.map((s) => [s.time.precision, s.time.start])).toEqual([
      ['month', '2023-03-01'],
      ['month', '2023-05-01'],
      ['month', '2023-07-01'],
      ['month', '2023-10-01'],
    ])
    const notices = draft.tasks.filter((t) => t.deadline.kind === 'relative' && t.deadline.unit === 'working_days')
    expect(notices.map((t) => [t.lead, t.session, t.deadline.offset, t.deadline.anchor])).toEqual(
      [0, 1, 2, 3].map((i) => ['Văn phòng thị xã', i, 7, 'session_end']),
    )
    expect(notices[0]?.what).toContain('Trình dự thảo thông báo kết luận')
    expect(draft.plan.adHoc).toContain('đột xuất')
  })

  it('seed 001: both venue alternatives and the bridge points of each session', () => {
    const draft = readPlan(readFileSync(join(SEEDS, '001_7122ccae5702ef51.txt'), 'utf8'))
    expect(draft.sessions[0]?.venues).toHaveLength(2)
    expect(draft.sessions[0]?.bridgePoints[0]).toContain('Điểm cầu Trung tâm')
    expect(draft.sessions[1]?.bridgePoints[1]).toContain('04 huyện: Bình Sơn, Tư Nghĩa, Nghĩa Hành, Mộ Đức')
  })
})

describe('a plan of the same family that is not a seed', () => {
  const draft = readPlan(readFileSync(join(FIXTURES, 'other-plan.txt'), 'utf8'))

  it('reads the plan, its two sessions and the ad-hoc clause', () => {
    expect(draft.plan).toMatchObject({
      year: 2024,
      number: '12-KH/HU',
      issuer: 'Ban Thường vụ Huyện ủy',
      legalBases: ['Quy định số 11-QĐi/TW ngày 18/02/2019'],
    })
    expect(draft.sessions.map((s) => [s.time.precision, s.time.start, s.time.end, s.expectedCount])).toEqual([
      ['day', '2024-05-15', '2024-05-15', 120],
      ['quarter', '2024-07-01', '2024-09-30', null],
    ])
    expect(draft.plan.adHoc).toContain('đột xuất')
  })

  it('finds every dated task with its lead body, rule and session, and invents no deadline', () => {
    const dated = draft.tasks.filter((t) => t.deadline.kind !== 'none')
    expect(dated.map((t) => [t.lead, t.session, t.deadline.kind, t.deadline.due, t.deadline.offset, t.deadline.unit])).toEqual([
      ['Ban Dân vận Huyện ủy', 0, 'relative', '2024-05-06', -7, 'working_days'],
      ['Ban Dân vận Huyện ủy', 1, 'relative', '2024-06-20', -7, 'working_days'],
      ['Ban Dân vận Huyện ủy', 0, 'relative', '2024-05-22', 5, 'working_days'],
      ['Ban Dân vận Huyện ủy', 1, 'relative', '2024-10-07', 5, 'working_days'],
      ['Huyện đoàn', null, 'absolute', '2024-04-20', null, null],
      // Both communes' reports serve the session held with their people.
      ['Đảng ủy xã Sơn Kỳ', 1, 'relative', '2024-06-21', -10, 'days'],
      ['Đảng ủy xã Sơn Ba', 1, 'relative', '2024-06-21', -10, 'days'],
    ])
    expect(dated[0]).toMatchObject({ coordinating: ['Văn phòng Huyện ủy'], recipient: 'Thường trực Huyện ủy' })
    // "Phối hợp với Ban Dân vận …": Ban Dân vận leads, the Văn phòng coordinates; no deadline stated, none given.
    const hall = draft.tasks.find((t) => t.what.includes('chuẩn bị hội trường'))
    expect(hall).toMatchObject({ lead: 'Ban Dân vận Huyện ủy', coordinating: ['Văn phòng Huyện ủy'], deadline: { kind: 'none' } })
    expect(draft.tasks.find((t) => t.lead === 'Công an huyện')?.deadline.kind).toBe('none')
  })

  it('warns, never guesses, on a date that is not on the calendar', () => {
    const broken = readPlan(
      readFileSync(join(FIXTURES, 'other-plan.txt'), 'utf8').replace('chậm nhất ngày 20/4/2024', 'chậm nhất ngày 31/4/2024'),
    )
    // Which date is wrong, then the line left without a deadline.
    expect(broken.warnings).toEqual([
      { key: 'import-warning-impossible-date', vars: { date: '31/4/2024' } },
      { key: 'import-warning-deadline', vars: { text: expect.stringContaining('Huyện đoàn tổng hợp ý kiến') } },
    ])
    expect(broken.tasks.find((t) => t.lead === 'Huyện đoàn')?.deadline).toMatchObject({ kind: 'none', due: null })
  })
})

describe('the text of a plan file', () => {
  it('reads a .txt in UTF-8 without its byte-order mark', async () => {
    const bytes = new TextEncoder().encode('\uFEFFKẾ HOẠCH\nđối thoại năm 2024')
    expect(await extractPlanText(bytes, 'ke-hoach.txt')).toEqual({ text: 'KẾ HOẠCH\nđối thoại năm 2024' })
  })

  it('reads a .docx and a text .pdf to the same plan as the .txt', async () => {
    const txt = readPlan(readFileSync(join(FIXTURES, 'other-plan.txt'), 'utf8'))
    for (const file of ['other-plan.docx', 'other-plan.pdf']) {
      const read = await extractPlanText(readFileSync(join(FIXTURES, file)), file)
      expect('text' in read).toBe(true)
      const draft = readPlan('text' in read ? read.text : '')
      expect(draft.sessions.map((s) => s.time)).toEqual(txt.sessions.map((s) => s.time))
      expect(draft.tasks.filter((t) => t.deadline.kind !== 'none').map((t) => [t.lead, t.deadline.due])).toEqual(
        txt.tasks.filter((t) => t.deadline.kind !== 'none').map((t) => [t.lead, t.deadline.due]),
      )
    }
  })

  it('refuses a scan, a file of another kind, an empty file and a damaged one, each with its reason', async () => {
    expect(await extractPlanText(readFileSync(join(FIXTURES, 'scanned.pdf')), 'scan.pdf')).toEqual({ refusal: 'scanned' })
    expect(await extractPlanText(new Uint8Array([1, 2, 3]), 'anh-chup.jpg')).toEqual({ refusal: 'unsupported' })
    expect(await extractPlanText(new TextEncoder().encode('  \n '), 'trong.txt')).toEqual({ refusal: 'empty' })
    expect(await extractPlanText(new TextEncoder().encode('không phải zip'), 'hong.docx')).toEqual({ refusal: 'unreadable' })
  })
})
