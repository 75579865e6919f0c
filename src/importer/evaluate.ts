import { findDays, findMonths, foldWithMap } from '../services/deadlines/dates.js'
import { foldForDeadline } from '../services/deadlines/parse.js'
import { foldVietnamese } from '../services/text.js'
import { sameBody } from './bodies.js'
import type { PlanDraft } from './read-plan.js'

/** What a reader found by hand in one plan: the fixture the importer is measured against. */
export interface ExpectedPlan {
  seed: string
  sessions: { topic: string; precision: string; start: string | null; end: string | null }[]
  tasks: {
    lead: string
    due?: string
    periodic?: boolean
    rule?: { offset: number; unit: string; anchor: string }
    session?: number
    words: string
  }[]
}

export interface Score {
  expected: number
  found: number
  matched: number
}

export interface Evaluation {
  sessions: Score
  /** Sessions matched by their time alone: the topic is a judgement call readers make differently (heading or "Nội dung"). */
  sessionsAtTime: Score
  tasks: Score
  /** Dated tasks whose deadline is not in the sentence they were read from. */
  invented: string[]
  missed: string[]
  wrong: string[]
  missedSessions: string[]
  extraSessions: string[]
}

const words = (text: string) =>
  foldVietnamese(text)
    .replace(/[^a-z0-9đ ]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)

function similarTopic(a: string, b: string): boolean {
  const x = new Set(words(a).slice(0, 12))
  const y = new Set(words(b).slice(0, 12))
  const common = [...x].filter((w) => y.has(w)).length
  return common / Math.max(1, Math.min(x.size, y.size)) >= 0.6
}

// (The reading's body and the importer's are compared as the importer compares two names of one body.)
export { sameBody }

/** True when the words of a task hold its deadline: the day, the month, the count of days (a week is seven). */
function deadlineInText(deadline: PlanDraft['tasks'][number]['deadline']): boolean {
  const text = foldForDeadline(deadline.text)
  const rule = deadline.rule
  switch (rule.kind) {
    case 'absolute': {
      if (rule.counted) {
        // "15 ngày kể từ ngày ký thông báo": the count is in the words, the day is the document's date plus it.
        return new RegExp(`\\b0?${rule.counted.days}\\b`).test(text) && /ke tu ngay (ky|ban hanh)/.test(text)
      }
      const [, month, day] = rule.date.split('-').map(Number) as [number, number, number]
      if (rule.of === 'month') {
        // "hoàn thành trong tháng 8" ends on its last day; "trước tháng 7" on the day before the 1st; so too a month in
        // words, "trong tháng mười một năm 2020".
        return new RegExp(`thang\\s*0?${month}\\b`).test(text) || findMonths(text).some((m) => m.month === month)
      }
      if (rule.of === 'quarter') {
        const quarter = Math.ceil(month / 3)
        return new RegExp(`quy\\s*(${['', 'i', 'ii', 'iii', 'iv'][quarter]}|${quarter})\\b`).test(text)
      }
      // (Or written in words: "chậm nhất ngày mười hai tháng hai năm 2026"; or as a day of a month of the quarter named,
      // "… Quý II/2025, báo cáo … trước ngày 15 của tháng cuối quý" → 14/6.)
      return (
        new RegExp(`\\b0?${day}\\s*(/|-|\\.|,? thang)\\s*0?${month}\\b`).test(text) ||
        new RegExp(`\\bngay 0?${day} (cua )?thang (cuoi|dau) (cua )?quy\\b`).test(text) ||
        findDays(foldWithMap(deadline.text).folded).some((d) => d.day === day && d.month === month)
      )
    }
    case 'periodic':
      return new RegExp(`\\b0?${rule.day}\\b`).test(text)
    case 'relative': {
      const n = Math.abs(rule.offset)
      if (n === 1) {
        // "trước khi tổ chức", "trước buổi đối thoại" (the day before) or the count itself ("trước kỳ tiếp công dân 01 ngày").
        return /truoc (khi|ngay|thoi diem|moi|luc|(cac )?(buoi|cuoc|phien) )|\b0?1 ngay\b|\bmot ngay\b/.test(text)
      }
      const counts = [n, ...(n % 7 === 0 ? [n / 7] : [])]
      const words = ['', 'mot', 'hai', 'ba', 'bon', 'nam', 'sau', 'bay', 'tam', 'chin', 'muoi']
      return counts.some((c) => new RegExp(`\\b0?${c}\\b|\\b${words[c] ?? '-'}\\b`).test(text))
    }
    case 'none':
      return true
  }
}

/** Compares a draft with the expected reading: sessions by time and topic, dated tasks by lead body and deadline. */
export function evaluateDraft(draft: PlanDraft, expected: ExpectedPlan): Evaluation {
  const freeSessions = new Set(draft.sessions.map((_, i) => i))
  let sessionHits = 0
  const missedSessions: string[] = []
  for (const want of expected.sessions) {
    const hit = [...freeSessions].find((i) => {
      const s = draft.sessions[i]
      return (
        s &&
        s.time.precision === want.precision &&
        s.time.start === want.start &&
        s.time.end === want.end &&
        similarTopic(s.topic, want.topic)
      )
    })
    if (hit !== undefined) {
      freeSessions.delete(hit)
      sessionHits++
    } else {
      missedSessions.push(`${want.precision} ${want.start ?? '-'}…${want.end ?? '-'} ${want.topic.slice(0, 70)}`)
    }
  }
  const atTime = new Set(draft.sessions.map((_, i) => i))
  for (const want of expected.sessions) {
    const hit = [...atTime].find((i) => {
      const s = draft.sessions[i]
      return s && s.time.precision === want.precision && s.time.start === want.start && s.time.end === want.end
    })
    if (hit !== undefined) {
      atTime.delete(hit)
    }
  }
  const extraSessions = [...freeSessions].map((i) => {
    const s = draft.sessions[i]!
    return `${s.time.precision} ${s.time.start ?? '-'}…${s.time.end ?? '-'} ${s.topic.slice(0, 70)}`
  })
  const dated = draft.tasks.filter((t) => t.deadline.kind !== 'none')
  const free = new Set(dated.map((_, i) => i))
  const missed: string[] = []
  for (const want of expected.tasks) {
    const hit = [...free].find((i) => {
      const task = dated[i]
      if (!task || !sameBody(task.lead, want.lead)) {
        return false
      }
      if (want.rule) {
        return (
          task.deadline.kind === 'relative' &&
          task.deadline.offset === want.rule.offset &&
          task.deadline.unit === want.rule.unit &&
          task.deadline.anchor === want.rule.anchor &&
          task.session === (want.session ?? null)
        )
      }
      return task.deadline.kind === (want.periodic ? 'periodic' : 'absolute') && task.deadline.due === want.due
    })
    if (hit === undefined) {
      missed.push(`${want.lead} — ${want.words}${want.session !== undefined ? ` (phiên ${want.session + 1})` : ''}`)
    } else {
      free.delete(hit)
    }
  }
  const describe = (t: (typeof dated)[number]) =>
    `${t.lead} — ${t.deadline.kind} ${t.deadline.due ?? `${t.deadline.offset} ${t.deadline.unit}`}` +
    `${t.session !== null ? ` (phiên ${t.session + 1})` : ''}`
  return {
    sessions: { expected: expected.sessions.length, found: draft.sessions.length, matched: sessionHits },
    sessionsAtTime: { expected: expected.sessions.length, found: draft.sessions.length, matched: draft.sessions.length - atTime.size },
    tasks: { expected: expected.tasks.length, found: dated.length, matched: expected.tasks.length - missed.length },
    invented: dated.filter((t) => !deadlineInText(t.deadline)).map(describe),
    missed,
    missedSessions,
    extraSessions,
    wrong: [...free]
      .map((i) => dated[i])
      .filter((t) => t !== undefined)
      .map(describe),
  }
}

export const recall = (s: Score) => (s.expected === 0 ? 1 : s.matched / s.expected)
export const precision = (s: Score) => (s.found === 0 ? (s.expected === 0 ? 1 : 0) : s.matched / s.found)
