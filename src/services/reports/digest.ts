import type { Committee } from '../../db/repositories/index.js'
import type { ReportRepository } from '../../db/repositories/report-repository.js'
import type { AfterSessionDigest, AfterSessionReadModel } from '../after-session/read-model.js'
import type { Calendar } from '../calendar/calendar.js'
import { addDays, type LocalDate } from '../calendar/local-date.js'

/**
 * How much the digest shows, whatever the volume: it must stay one message (4,096 characters)
 * at 100,000 tasks as at 10 — the counts are always whole, the lists are the first few, and the
 * full view is /quahan, /tuannay, /viec.
 */
export const DIGEST_LIMITS = { bodies: 8, numbers: 5, reviews: 6, sessions: 6 } as const

export interface DigestGroup {
  label: string
  count: number
  /** The first tasks of the body in the section, by due date. */
  items: { number: number; due: LocalDate }[]
}

export interface DigestSection {
  /** 0 overdue, 1 due today, 2 due within the next 3 working days. */
  section: 0 | 1 | 2
  total: number
  /** How many lead bodies the section has in all (groups shows the first few). */
  bodies: number
  groups: DigestGroup[]
}

/** Everything the digest says, read from the database with a few bounded queries. */
export interface DigestData {
  committee: Committee
  today: LocalDate
  sections: DigestSection[]
  /** Written answers and conclusion items due after the held sessions, bridge points not ready. */
  afterSession?: AfterSessionDigest
  /** The after-session part as worded sections (jobs/after-session-content.ts), placed last. */
  extraSections?: string[]
  reviews: { total: number; rows: { number: number; label: string; documentNumber: string }[] }
  sessions: {
    total: number
    rows: { number: number; topic: string; precision: string; windowStart: string | null; done: number; tasks: number }[]
  }
}

/** Gathers a committee's digest for `today`: a few queries, each bounded, none loading the task table. */
export async function gatherDigest(
  reads: { reports: ReportRepository; afterSession: AfterSessionReadModel },
  committee: Committee,
  today: LocalDate,
  calendar: Calendar,
): Promise<DigestData> {
  const horizon = calendar.addWorkingDays(today, 3)
  const { reports } = reads
  const [groups, reviews, sessions, afterSession] = await Promise.all([
    reports.digestSections(committee.id, today, horizon, DIGEST_LIMITS.bodies, DIGEST_LIMITS.numbers),
    reports.pendingReviews(committee.id, DIGEST_LIMITS.reviews),
    reports.upcomingSessions(committee.id, today, addDays(today, 14), DIGEST_LIMITS.sessions),
    reads.afterSession.digest(committee.id, today, calendar),
  ])
  const sections: DigestSection[] = []
  for (const section of [0, 1, 2] as const) {
    const rows = groups.filter((g) => g.section === section)
    const first = rows[0]
    if (!first) {
      continue
    }
    sections.push({
      section,
      total: first.sectionTotal,
      bodies: first.sectionBodies,
      groups: rows.map((row) => ({
        label: row.label ?? '?',
        count: row.count,
        items: row.numbers.map((number, i) => ({ number, due: row.dues[i] ?? today })),
      })),
    })
  }
  return { committee, today, sections, reviews, sessions, afterSession }
}
