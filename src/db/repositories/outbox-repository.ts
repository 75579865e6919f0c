import type { Delivery, Platform, Run, RunKind } from '../../generated/prisma/client.js'
import type { DbClient } from './client-types.js'

export interface ClaimedDelivery {
  id: number
  runId: number
  platform: Platform
  target: string
  text: string
  partNo: number
  attempts: number
  withImage: boolean
}

export interface NewDelivery {
  platform: Platform
  target: string
  partNo: number
  text: string
  withImage?: boolean
}

/** The outbox: runs unique per (kind, committee, local day) and one delivery per target chat. */
export function createOutboxRepository(db: DbClient) {
  return {
    findRun(kind: RunKind, committeeId: number, localDate: Date): Promise<Run | null> {
      return db.run.findUnique({ where: { kind_committeeId_localDate: { kind, committeeId, localDate } } })
    },
    /**
     * Creates the run unless it exists (another instance, an earlier tick). Returns the run only
     * to the caller that created it, so exactly one fills its deliveries.
     */
    async createRun(data: {
      committeeId: number
      kind: RunKind
      localDate: Date
      state: 'pending' | 'skipped'
      note: string | null
      image?: Uint8Array<ArrayBuffer> | null
    }): Promise<Run | null> {
      const created = await db.run.createMany({ data: [data], skipDuplicates: true })
      if (created.count === 0) {
        return null
      }
      return db.run.findUnique({
        where: { kind_committeeId_localDate: { kind: data.kind, committeeId: data.committeeId, localDate: data.localDate } },
      })
    },
    /** The day's run of a kind that collects messages as they come (notices): made by the first caller. */
    async dayRun(kind: RunKind, committeeId: number, localDate: Date): Promise<Run> {
      await db.run.createMany({ data: [{ committeeId, kind, localDate, state: 'pending', note: null }], skipDuplicates: true })
      return db.run.findUniqueOrThrow({ where: { kind_committeeId_localDate: { kind, committeeId, localDate } } })
    },
    async imageOf(runId: number): Promise<Uint8Array | null> {
      return (await db.run.findUnique({ where: { id: runId }, select: { image: true } }))?.image ?? null
    },
    async addDeliveries(runId: number, items: NewDelivery[]): Promise<number> {
      return (await db.delivery.createMany({ data: items.map((item) => ({ runId, ...item })), skipDuplicates: true })).count
    },
    /**
     * Claims up to `limit` deliveries that are due, for this process, with a lease. Safe with
     * several processes on one PostgreSQL database: rows locked by another claim are skipped.
     */
    claim(now: Date, leaseMs: number, limit: number): Promise<ClaimedDelivery[]> {
      const leaseUntil = new Date(now.getTime() + leaseMs)
      return db.$queryRaw<ClaimedDelivery[]>`
        UPDATE "deliveries" SET "state" = 'sending', "attempts" = "attempts" + 1, "lease_until" = ${leaseUntil}
        WHERE "id" IN (
          SELECT "id" FROM "deliveries" d
          WHERE "state" = 'pending' AND ("not_before" IS NULL OR "not_before" <= ${now})
            -- The parts of one message go in order: a part waits until the earlier ones are final.
            AND NOT EXISTS (
              SELECT 1 FROM "deliveries" e
              WHERE e."run_id" = d."run_id" AND e."target" = d."target" AND e."part_no" < d."part_no" AND e."state" IN ('pending', 'sending')
            )
          ORDER BY "id" LIMIT ${limit}
          FOR UPDATE SKIP LOCKED
        )
        RETURNING "id", "run_id" AS "runId", "platform", "target", "text", "part_no" AS "partNo", "attempts", "with_image" AS "withImage"`
    },
    async markSent(id: number, messageId: string, at: Date): Promise<void> {
      await db.delivery.update({ where: { id }, data: { state: 'sent', messageId, sentAt: at, leaseUntil: null, error: null } })
    },
    async markFailed(id: number, error: string): Promise<void> {
      await db.delivery.update({ where: { id }, data: { state: 'failed', error, leaseUntil: null } })
    },
    async markUnknown(id: number, error: string): Promise<void> {
      await db.delivery.update({ where: { id }, data: { state: 'unknown', error, leaseUntil: null } })
    },
    /** Back to pending, not before `notBefore` (a 429's retry_after, a server error's backoff). */
    async release(id: number, notBefore: Date, error: string, target?: string): Promise<void> {
      await db.delivery.update({
        where: { id },
        data: { state: 'pending', notBefore, error, leaseUntil: null, ...(target ? { target } : {}) },
      })
    },
    /** A group became a supergroup: its other pending deliveries follow it. */
    async retarget(platform: Platform, from: string, to: string): Promise<number> {
      return (await db.delivery.updateMany({ where: { platform, target: from, state: 'pending' }, data: { target: to } })).count
    },
    /**
     * Deliveries whose process died while sending (all of them when `now` is null: the caller
     * knows it is the only process, e.g. on the embedded database): the request may have reached the chat, so
     * they are never resent automatically (reliability.md §8) — they become unknown, to report.
     */
    async expireLeases(now: Date | null): Promise<number> {
      return (
        await db.delivery.updateMany({
          where: { state: 'sending', ...(now ? { leaseUntil: { lt: now } } : {}) },
          data: { state: 'unknown', error: 'process stopped while sending' },
        })
      ).count
    },
    /** Runs whose deliveries are all final are done. */
    async completeRuns(): Promise<number> {
      return db.$executeRaw`
        UPDATE "runs" SET "state" = 'done'
        WHERE "state" = 'pending' AND NOT EXISTS (
          SELECT 1 FROM "deliveries" d WHERE d."run_id" = "runs"."id" AND d."state" IN ('pending', 'sending')
        )`
    },
    /** What did not go as planned since `since`: unknown and failed deliveries, skipped runs. */
    async problems(committeeId: number, since: Date) {
      const deliveries = await db.delivery.findMany({
        where: { state: { in: ['unknown', 'failed'] }, run: { committeeId, createdAt: { gte: since } } },
        include: { run: true },
        orderBy: { id: 'asc' },
      })
      const skipped = await db.run.findMany({ where: { committeeId, state: 'skipped', createdAt: { gte: since } }, orderBy: { id: 'asc' } })
      return { deliveries, skipped }
    },
    deliveriesOf(runId: number): Promise<Delivery[]> {
      return db.delivery.findMany({ where: { runId }, orderBy: { id: 'asc' } })
    },
    countByState() {
      return db.delivery.groupBy({ by: ['state'], _count: { _all: true } })
    },
  }
}
export type OutboxRepository = ReturnType<typeof createOutboxRepository>
