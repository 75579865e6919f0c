import { Prisma } from '../../generated/prisma/client.js'
import type { DbClient, Platform } from './client-types.js'

/**
 * What the exports read (issue 16): the tracking table's rows, the opinions and conclusion items,
 * the audit trail of a period and the sessions of the calendar feed — each a page at a time by a key
 * an index serves (keyset, never OFFSET), so a file of 100,000 tasks is read in pages of the same
 * cost as the first, and nothing holds a committee's whole table. Dates come as local dates
 * ("2026-03-02", the text of a DATE column); outcome classes are the service's (tasks/outcomes.ts).
 */

export interface ExportPlan {
  id: number
  number: number
  symbol: string | null
  title: string
  year: number
}

export interface ExportSubmission {
  documentNumber: string
  documentDate: string
  submittedOn: string
  review: 'pending' | 'accepted' | 'returned'
  body: string
  lead: boolean
}

export interface ExportTask {
  number: number
  title: string
  kind: string
  status: 'open' | 'done' | 'cancelled'
  sessionNumber: number | null
  lead: string[]
  coordinating: string[]
  deadlineText: string | null
  ruleDueDate: string | null
  dueDate: string | null
  dueProvisional: boolean
  extended: boolean
  completedOn: string | null
  submissions: ExportSubmission[]
}

export interface ExportOpinion {
  sessionNumber: number
  sessionTopic: string
  number: number
  /** Null unless the reader may see personal data (the query leaves them out otherwise). */
  speakerName: string | null
  place: string | null
  field: string | null
  content: string
  outcome: 'pending' | 'answered_at_session' | 'in_writing' | 'transferred'
  answeredBy: string | null
  answer: string | null
  transferredTo: string | null
  body: string | null
  taskNumber: number | null
  taskStatus: 'open' | 'done' | 'cancelled' | null
  taskDueDate: string | null
  taskCompletedOn: string | null
}

export interface ExportItem {
  sessionNumber: number
  sessionTopic: string
  noticeNumber: string
  noticeDate: string
  position: number
  content: string
  ongoing: boolean
  lead: string[]
  taskNumber: number
  status: 'open' | 'done' | 'cancelled'
  dueDate: string | null
  dueProvisional: boolean
  completedOn: string | null
  percent: number | null
  progressNote: string | null
  progressOn: string | null
}

export interface ExportAuditEvent {
  id: string
  at: Date
  actorVia: string
  /** The person's name as it is now ("đầu mối đã xoá" once erased); null for the system. */
  actor: string | null
  action: string
  targetType: string
  targetId: string | null
  /** The number users know the target by (task, session, plan, body, member), when it has one. */
  targetNumber: number | null
  platform: Platform | null
  chatExternalId: string | null
  /** The registered group's title and purpose, when the chat is one. */
  chatTitle: string | null
  chatPurpose: string | null
  /** A document number the change carried (a submission, a conclusion notice). */
  document: string | null
  /** The values after the change (JSON), clipped; null once purged (README "Retention"). */
  detail: string | null
}

export interface ExportSession {
  id: number
  number: number
  topic: string
  host: string | null
  audience: string | null
  venue: string | null
  precision: 'day' | 'month' | 'quarter' | 'unscheduled'
  windowStart: string | null
  windowEnd: string | null
  heldOn: string | null
  startHour: number | null
  startMinute: number | null
  timeText: string
  status: 'planned' | 'scheduled' | 'held' | 'concluded' | 'cancelled'
  statusReason: string | null
  planSymbol: string | null
  updatedAt: Date
}

const names = (role: 'lead' | 'coordinating') =>
  Prisma.sql`ARRAY(SELECT b.name FROM task_bodies tb JOIN bodies b ON b.id = tb.body_id
    WHERE tb.task_id = t.id AND tb.role = ${role}::"TaskBodyRole" ORDER BY tb.id)`

export function createExportRepository(db: DbClient) {
  return {
    plans(committeeId: number): Promise<ExportPlan[]> {
      return db.plan.findMany({
        where: { committeeId },
        select: { id: true, number: true, symbol: true, title: true, year: true },
        orderBy: { number: 'asc' },
      })
    },

    /** Whether the committee has tasks outside any plan (ad-hoc sessions, tasks assigned alone). */
    async hasTasksWithoutPlan(committeeId: number): Promise<boolean> {
      return (await db.task.findFirst({ where: { committeeId, planId: null }, select: { id: true } })) !== null
    },

    /**
     * A page of one plan's tasks (`planId` null: those without a plan) after task number `after`, in
     * number order, each with its bodies and submissions — one statement, read through the index on
     * (committee, plan, number).
     */
    taskPage(committeeId: number, planId: number | null, after: number, limit: number): Promise<ExportTask[]> {
      const plan = planId === null ? Prisma.sql`t.plan_id IS NULL` : Prisma.sql`t.plan_id = ${planId}`
      return db.$queryRaw<ExportTask[]>`
        SELECT t.number, t.title, t.kind::text AS kind, t.status::text AS status,
          (SELECT s.number FROM sessions s WHERE s.id = t.session_id) AS "sessionNumber",
          ${names('lead')} AS lead, ${names('coordinating')} AS coordinating,
          t.deadline_text AS "deadlineText", t.rule_due_date::text AS "ruleDueDate", t.due_date::text AS "dueDate",
          t.due_provisional AS "dueProvisional", t.extended, t.completed_on::text AS "completedOn",
          coalesce((
            SELECT json_agg(json_build_object('documentNumber', s.document_number, 'documentDate', s.document_date::text,
              'submittedOn', s.submitted_on::text, 'review', s.review::text, 'body', b.name,
              'lead', EXISTS (SELECT 1 FROM task_bodies tb WHERE tb.task_id = t.id AND tb.body_id = s.body_id AND tb.role = 'lead'))
              ORDER BY s.id)
            FROM submissions s JOIN bodies b ON b.id = s.body_id WHERE s.task_id = t.id), '[]'::json) AS submissions
        FROM tasks t
        WHERE t.committee_id = ${committeeId} AND ${plan} AND t.number > ${after}
        ORDER BY t.number
        LIMIT ${limit}`
    },

    /**
     * A page of the committee's opinions after (session number, opinion number), in that order.
     * Speaker and place are read only when `personal` (they never leave the database otherwise).
     */
    opinionPage(
      committeeId: number,
      after: { sessionNumber: number; number: number },
      limit: number,
      personal: boolean,
    ): Promise<ExportOpinion[]> {
      return db.$queryRaw<ExportOpinion[]>`
        SELECT s.number AS "sessionNumber", s.topic AS "sessionTopic", o.number,
          CASE WHEN ${personal} THEN o.speaker_name END AS "speakerName", CASE WHEN ${personal} THEN o.place END AS place,
          o.field, o.content, o.outcome::text AS outcome, o.answered_by AS "answeredBy", o.answer, o.transferred_to AS "transferredTo",
          b.name AS body, t.number AS "taskNumber", t.status::text AS "taskStatus", t.due_date::text AS "taskDueDate",
          t.completed_on::text AS "taskCompletedOn"
        FROM sessions s
        JOIN opinions o ON o.session_id = s.id
        LEFT JOIN bodies b ON b.id = o.body_id
        LEFT JOIN tasks t ON t.id = o.task_id
        WHERE s.committee_id = ${committeeId} AND (s.number, o.number) > (${after.sessionNumber}, ${after.number})
        ORDER BY s.number, o.number
        LIMIT ${limit}`
    },

    /** A page of the committee's conclusion items after (session number, position), with the latest progress. */
    itemPage(committeeId: number, after: { sessionNumber: number; position: number }, limit: number): Promise<ExportItem[]> {
      return db.$queryRaw<ExportItem[]>`
        SELECT s.number AS "sessionNumber", s.topic AS "sessionTopic", n.document_number AS "noticeNumber",
          n.document_date::text AS "noticeDate", i.position, i.content, i.ongoing, ${names('lead')} AS lead,
          t.number AS "taskNumber", t.status::text AS status, t.due_date::text AS "dueDate", t.due_provisional AS "dueProvisional",
          t.completed_on::text AS "completedOn", p.percent, p.note AS "progressNote", p.reported_on::text AS "progressOn"
        FROM sessions s
        JOIN conclusion_items i ON i.session_id = s.id
        JOIN conclusion_notices n ON n.id = i.notice_id
        JOIN tasks t ON t.id = i.task_id
        LEFT JOIN LATERAL (
          SELECT tp.percent, tp.note, tp.reported_on FROM task_progress tp WHERE tp.task_id = t.id ORDER BY tp.id DESC LIMIT 1
        ) p ON true
        WHERE s.committee_id = ${committeeId} AND (s.number, i.position) > (${after.sessionNumber}, ${after.position})
        ORDER BY s.number, i.position
        LIMIT ${limit}`
    },

    /**
     * A page of the committee's audit events from `from` (inclusive) to `to` (exclusive), after
     * (`afterAt`, `afterId`), oldest first: who (the name as it is now), what, on which numbered
     * thing, in which chat, with which document.
     */
    auditPage(
      committeeId: number,
      range: { from: Date; to: Date },
      after: { at: Date; id: string } | null,
      limit: number,
    ): Promise<ExportAuditEvent[]> {
      // `a.at >= last` lets the index on (committee, at) start where the last page ended; the pair breaks ties.
      const keyset = after ? Prisma.sql`AND a.at >= ${after.at} AND (a.at, a.id) > (${after.at}, ${after.id}::bigint)` : Prisma.empty
      const numbered = (type: string, table: string) =>
        Prisma.sql`WHEN ${type} THEN (SELECT x.number FROM ${Prisma.raw(table)} x WHERE x.id = a.target_id::int)`
      return db.$queryRaw<ExportAuditEvent[]>`
        SELECT a.id::text AS id, a.at, a.actor_via AS "actorVia", p.display_name AS actor, a.action, a.target_type AS "targetType",
          a.target_id AS "targetId",
          CASE WHEN a.target_id ~ '^[0-9]{1,9}$' THEN CASE a.target_type
            ${numbered('task', 'tasks')} ${numbered('session', 'sessions')} ${numbered('plan', 'plans')}
            ${numbered('body', 'bodies')} ${numbered('membership', 'memberships')} END END AS "targetNumber",
          a.platform::text AS platform, a.chat_external_id AS "chatExternalId", c.title AS "chatTitle", c.purpose::text AS "chatPurpose",
          coalesce(a.after ->> 'documentNumber', a.before ->> 'documentNumber') AS document,
          left(a.after::text, 1000) AS detail
        FROM audit_events a
        LEFT JOIN people p ON p.id = a.actor_person_id
        LEFT JOIN chats c ON c.platform = a.platform AND c.external_id = a.chat_external_id
        WHERE a.committee_id = ${committeeId} AND a.at >= ${range.from} AND a.at < ${range.to} ${keyset}
        ORDER BY a.at, a.id
        LIMIT ${limit}`
    },

    /** A page of the committee's sessions after number `after`, with their plan's symbol. */
    sessionPage(committeeId: number, after: number, limit: number): Promise<ExportSession[]> {
      return db.$queryRaw<ExportSession[]>`
        SELECT s.id, s.number, s.topic, s.host, s.audience, s.venue, s.precision::text AS precision,
          s.window_start::text AS "windowStart", s.window_end::text AS "windowEnd", s.held_on::text AS "heldOn",
          s.start_hour AS "startHour", s.start_minute AS "startMinute", s.time_text AS "timeText", s.status::text AS status,
          s.status_reason AS "statusReason", pl.symbol AS "planSymbol", s.updated_at AS "updatedAt"
        FROM sessions s LEFT JOIN plans pl ON pl.id = s.plan_id
        WHERE s.committee_id = ${committeeId} AND s.number > ${after}
        ORDER BY s.number
        LIMIT ${limit}`
    },

    /** The committee's calendar feed, if one was made: when, and by whom (the name as it is now). */
    async calendarFeed(committeeId: number): Promise<{ createdAt: Date; createdBy: string } | null> {
      const feed = await db.calendarFeed.findUnique({ where: { committeeId }, select: { createdAt: true, createdByPersonId: true } })
      if (!feed) {
        return null
      }
      const person = await db.person.findUnique({ where: { id: feed.createdByPersonId }, select: { displayName: true } })
      return { createdAt: feed.createdAt, createdBy: person?.displayName ?? '?' }
    },

    /** Makes the committee's feed token, or replaces it (the old one stops working at once). */
    async setCalendarFeed(committeeId: number, tokenHash: string, personId: number, at: Date): Promise<void> {
      await db.calendarFeed.upsert({
        where: { committeeId },
        create: { committeeId, tokenHash, createdByPersonId: personId, createdAt: at },
        update: { tokenHash, createdByPersonId: personId, createdAt: at },
      })
    },

    /** Makes the feed only if the committee has none yet; false when another request made one first. */
    async createCalendarFeed(committeeId: number, tokenHash: string, personId: number, at: Date): Promise<boolean> {
      const created = await db.$executeRaw`
        INSERT INTO calendar_feeds (committee_id, token_hash, created_by_person_id, created_at)
        VALUES (${committeeId}, ${tokenHash}, ${personId}, ${at}) ON CONFLICT (committee_id) DO NOTHING`
      return created === 1
    },

    /** The committee whose feed token hashes to `tokenHash`, with what the feed shows of it. */
    async committeeOfFeed(tokenHash: string): Promise<{ id: number; name: string; timeZone: string; locale: string } | null> {
      const feed = await db.calendarFeed.findUnique({
        where: { tokenHash },
        select: { committee: { select: { id: true, name: true, timeZone: true, locale: true } } },
      })
      return feed?.committee ?? null
    },

    createDownload(data: {
      tokenHash: string
      personId: number
      fileName: string
      contentType: string
      bytes: Uint8Array
      expiresAt: Date
    }): Promise<{ id: number }> {
      return db.download.create({ data: { ...data, bytes: new Uint8Array(data.bytes) }, select: { id: true } })
    },

    /** Forgets expired downloads (their bytes may hold personal data); returns how many. */
    async purgeDownloads(now: Date): Promise<number> {
      return (await db.download.deleteMany({ where: { expiresAt: { lt: now } } })).count
    },

    findDownload(tokenHash: string) {
      return db.download.findUnique({
        where: { tokenHash },
        select: {
          id: true,
          fileName: true,
          expiresAt: true,
          usedAt: true,
          person: { select: { displayName: true, locale: true } },
        },
      })
    },

    /**
     * Takes a download's file once: the bytes are returned and erased in one statement, so of two
     * requests racing for one link, one gets the file.
     */
    async takeDownload(id: number, at: Date): Promise<{ fileName: string; contentType: string; bytes: Uint8Array } | null> {
      const rows = await db.$queryRaw<{ fileName: string; contentType: string; bytes: Uint8Array }[]>`
        UPDATE downloads d SET used_at = ${at}, bytes = NULL
        FROM (SELECT id, bytes FROM downloads WHERE id = ${id} FOR UPDATE) old
        WHERE d.id = old.id AND d.used_at IS NULL AND d.expires_at > ${at} AND old.bytes IS NOT NULL
        RETURNING d.file_name AS "fileName", d.content_type AS "contentType", old.bytes`
      const row = rows[0]
      return row ? { ...row, bytes: new Uint8Array(row.bytes) } : null
    },
  }
}
export type ExportRepository = ReturnType<typeof createExportRepository>
