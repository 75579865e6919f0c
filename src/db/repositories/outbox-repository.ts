import type { Delivery, Platform, PrismaClient, Run, RunKind } from '../../generated/prisma/client.js'
import type { DbClient } from './client-types.js'

/** Buttons under a message: rows of a label and the callback data it carries. */
export type Keyboard = { text: string; data: string }[][]

export interface ClaimedDelivery {
  id: number
  committeeId: number
  runId: number | null
  topic: string
  platform: Platform
  target: string
  toGroup: boolean
  text: string
  keyboard: Keyboard | null
  partNo: number
  attempts: number
  withImage: boolean
}

export interface NewDelivery {
  platform: Platform
  target: string
  /** A group chat (the per-group limit applies) rather than a person's private chat. */
  toGroup: boolean
  partNo: number
  text: string
  keyboard?: Keyboard | null
  withImage?: boolean
}

/** How many messages may go to one chat within a window, across every process. */
export interface ChatRule {
  count: number
  windowMs: number
}

/** Each chat's limit, and when a send may leave given the platform's gate (`delivery/pace.ts`). */
export interface PaceRules {
  group: ChatRule
  private: ChatRule
  /** The slot to book (epoch ms): after the last one by the platform's spacing, and after any pause. */
  book: (gate: Gate) => number
  /** Nothing is claimed whose slot would be further ahead than this (a long 429 pause): a later pass takes it. */
  horizonMs: number
}

/** The platform's shared gate as read under its lock: database clock, epoch milliseconds (with fractions). */
export interface Gate {
  now: number
  lastSlot: number
  pausedUntil: number
}

/** One claimed delivery and when it may leave: its slot (database clock, epoch ms), never earlier. */
export interface Booked {
  delivery: ClaimedDelivery
  slot: number
}

export interface Claim {
  /** In the order of their slots. */
  booked: Booked[]
  /** Nothing claimed, but something is due whose chat is at its limit or busy: look again soon. */
  waiting: boolean
  /** The database's clock when the claim was made (epoch ms). */
  now: number
}

const CLAIMED_COLUMNS = `d."id", d."committee_id" AS "committeeId", d."run_id" AS "runId", d."topic", d."platform", d."target",
  d."to_group" AS "toGroup", d."text", d."keyboard", d."part_no" AS "partNo", d."attempts", d."with_image" AS "withImage"`

/**
 * The outbox: runs unique per (kind, committee, local day), their deliveries, announcements (deliveries
 * without a run) and the shared pace of each platform's senders.
 */
export function createOutboxRepository(db: DbClient, inTransaction = false) {
  // Claims and runs need a transaction of their own; inside a caller's transaction they join it.
  const transact = <T>(fn: (tx: DbClient) => Promise<T>): Promise<T> =>
    inTransaction ? fn(db) : (db as PrismaClient).$transaction(fn, { maxWait: 10_000, timeout: 10_000 })

  /** Locks the platform's gate row (made on first use for a platform added after the migration). */
  async function lockGate(tx: DbClient, platform: Platform): Promise<Gate> {
    for (;;) {
      const [gate] = await tx.$queryRaw<Gate[]>`
        SELECT (extract(epoch FROM clock_timestamp()) * 1000)::float8 AS "now",
               (extract(epoch FROM "last_slot") * 1000)::float8 AS "lastSlot",
               (extract(epoch FROM "paused_until") * 1000)::float8 AS "pausedUntil"
        FROM "send_gates" WHERE "platform" = ${platform}::"Platform" FOR UPDATE`
      if (gate) {
        return gate
      }
      await tx.$executeRaw`
        INSERT INTO "send_gates" ("platform", "last_slot", "paused_until")
        VALUES (${platform}::"Platform", to_timestamp(0), to_timestamp(0)) ON CONFLICT DO NOTHING`
    }
  }

  return {
    findRun(kind: RunKind, committeeId: number, localDate: Date): Promise<Run | null> {
      return db.run.findUnique({ where: { kind_committeeId_localDate: { kind, committeeId, localDate } } })
    },
    /**
     * Creates the run unless it exists (another instance, an earlier tick), with its deliveries in the
     * same transaction (a crash never leaves a run without them). Returns the run only to the caller
     * that created it, so exactly one fills its deliveries.
     */
    createRun(
      data: {
        committeeId: number
        kind: RunKind
        localDate: Date
        state: 'pending' | 'skipped'
        note: string | null
        image?: Uint8Array<ArrayBuffer> | null
      },
      deliveries: NewDelivery[] = [],
    ): Promise<Run | null> {
      return transact(async (tx) => {
        const created = await tx.run.createMany({ data: [data], skipDuplicates: true })
        if (created.count === 0) {
          return null
        }
        const run = await tx.run.findUniqueOrThrow({
          where: { kind_committeeId_localDate: { kind: data.kind, committeeId: data.committeeId, localDate: data.localDate } },
        })
        if (deliveries.length > 0) {
          await createOutboxRepository(tx, true).addDeliveries(run, deliveries)
        }
        return run
      })
    },
    async imageOf(runId: number): Promise<Uint8Array | null> {
      return (await db.run.findUnique({ where: { id: runId }, select: { image: true } }))?.image ?? null
    },
    /** The deliveries of a scheduled run (its kind is their topic). */
    async addDeliveries(run: Pick<Run, 'id' | 'committeeId' | 'kind'>, items: NewDelivery[]): Promise<number> {
      return (
        await db.delivery.createMany({
          data: items.map(({ keyboard, ...item }) => ({
            ...item,
            runId: run.id,
            committeeId: run.committeeId,
            topic: run.kind,
            ...(keyboard ? { keyboard: keyboard } : {}),
          })),
          skipDuplicates: true,
        })
      ).count
    },
    /** Deliveries of an announcement (no run): written in the transaction of the change they tell of. */
    async addAnnouncement(committeeId: number, topic: string, items: NewDelivery[]): Promise<number> {
      return (
        await db.delivery.createMany({
          data: items.map(({ keyboard, ...item }) => ({
            ...item,
            committeeId,
            topic,
            ...(keyboard ? { keyboard: keyboard } : {}),
          })),
        })
      ).count
    },
    /**
     * Claims up to `limit` deliveries of `platform` that may leave, and books when each leaves, in one
     * transaction under the platform's gate lock, so every process on this database shares one pace:
     * sends of the platform are spaced (`rules.book`); nothing leaves before a 429's pause has passed;
     * a chat that had its `count` messages within its window is skipped; a chat with an earlier
     * message still pending or being sent waits for it (the parts of a message, and announcements, go
     * in order; so one claim never takes two messages to one chat). Times are the database's clock,
     * shared by all processes; `appNow` (the app's clock) decides what is due (`not_before`) and
     * stamps the lease.
     */
    claim(platform: Platform, appNow: Date, leaseMs: number, rules: PaceRules, limit = 1): Promise<Claim> {
      return transact(async (tx) => {
        const gate = await lockGate(tx, platform)
        if (rules.book(gate) - gate.now > rules.horizonMs) {
          return { booked: [], waiting: false, now: gate.now }
        }
        const now = new Date(gate.now)
        const picked = await tx.$queryRaw<{ id: number }[]>`
          SELECT d."id" FROM "deliveries" d
          WHERE d."platform" = ${platform}::"Platform" AND d."state" = 'pending'
            AND (d."not_before" IS NULL OR d."not_before" <= ${appNow})
            AND NOT EXISTS (
              SELECT 1 FROM "deliveries" e
              WHERE e."platform" = d."platform" AND e."target" = d."target" AND e."id" < d."id" AND e."state" IN ('pending', 'sending')
            )
            AND (
              SELECT count(*) FROM "send_ledger" l
              WHERE l."platform" = d."platform" AND l."target" = d."target"
                AND l."at" > ${now}::timestamptz - make_interval(secs =>
                  (CASE WHEN d."to_group" THEN ${rules.group.windowMs}::float8 ELSE ${rules.private.windowMs}::float8 END) / 1000.0)
            ) < (CASE WHEN d."to_group" THEN ${rules.group.count}::int ELSE ${rules.private.count}::int END)
          ORDER BY d."id" LIMIT ${limit}
          FOR UPDATE SKIP LOCKED`
        if (picked.length === 0) {
          const [due] = await tx.$queryRaw<{ waiting: boolean }[]>`
            SELECT EXISTS (
              SELECT 1 FROM "deliveries"
              WHERE "platform" = ${platform}::"Platform" AND "state" = 'pending' AND ("not_before" IS NULL OR "not_before" <= ${appNow})
            ) AS "waiting"`
          return { booked: [], waiting: due?.waiting ?? false, now: gate.now }
        }
        // Consecutive slots, each after the one before.
        const slots: number[] = []
        for (let i = 0, last = gate.lastSlot; i < picked.length; i++) {
          last = rules.book({ ...gate, lastSlot: last })
          slots.push(last)
        }
        const leaseUntil = new Date(appNow.getTime() + leaseMs)
        const rows = await tx.$queryRawUnsafe<(ClaimedDelivery & { slot: number })[]>(
          `WITH "slots" AS (SELECT * FROM unnest($1::int[], $2::float8[]) AS s("id", "at")),
                "gate" AS (UPDATE "send_gates" SET "last_slot" = to_timestamp($3::float8 / 1000) WHERE "platform" = $4::"Platform"),
                "booked" AS (
                  INSERT INTO "send_ledger" ("platform", "target", "at", "delivery_id")
                  SELECT d."platform", d."target", to_timestamp(s."at" / 1000), d."id" FROM "slots" s JOIN "deliveries" d ON d."id" = s."id"
                )
           UPDATE "deliveries" d SET "state" = 'sending', "attempts" = d."attempts" + 1, "lease_until" = $5
           FROM "slots" s WHERE d."id" = s."id"
           RETURNING ${CLAIMED_COLUMNS}, s."at" AS "slot"`,
          picked.map((p) => p.id),
          slots,
          slots.at(-1),
          platform,
          leaseUntil,
        )
        const booked = rows.map(({ slot, ...delivery }) => ({ delivery, slot })).sort((a, b) => a.slot - b.slot)
        return { booked, waiting: false, now: gate.now }
      })
    },
    /**
     * Claimed deliveries that could not leave in time (the process was busy): their bookings move to
     * the next free slots, in the given order, so the pace holds for what is actually sent. Returns
     * the new slots (epoch ms), one per delivery.
     */
    rebook(platform: Platform, deliveryIds: number[], book: PaceRules['book']): Promise<number[]> {
      return transact(async (tx) => {
        const gate = await lockGate(tx, platform)
        const slots: number[] = []
        for (let i = 0, last = gate.lastSlot; i < deliveryIds.length; i++) {
          last = book({ ...gate, lastSlot: last })
          slots.push(last)
        }
        await tx.$executeRawUnsafe(
          `WITH "slots" AS (SELECT * FROM unnest($1::int[], $2::float8[]) AS s("id", "at")),
                "gate" AS (UPDATE "send_gates" SET "last_slot" = to_timestamp($3::float8 / 1000) WHERE "platform" = $4::"Platform")
           UPDATE "send_ledger" l SET "at" = to_timestamp(s."at" / 1000) FROM "slots" s WHERE l."delivery_id" = s."id"`,
          deliveryIds,
          slots,
          slots.at(-1),
          platform,
        )
        return slots
      })
    },
    /** The database's clock (epoch ms), which every process's pace is booked in. */
    async dbNow(): Promise<number> {
      const [row] = await db.$queryRaw<{ now: number }[]>`SELECT (extract(epoch FROM clock_timestamp()) * 1000)::float8 AS "now"`
      return row?.now ?? Date.now()
    },
    /** After a 429: no process sends on this platform for `ms` (database clock). */
    async pause(platform: Platform, ms: number): Promise<void> {
      await db.$executeRaw`
        UPDATE "send_gates" SET "paused_until" = GREATEST("paused_until", clock_timestamp() + make_interval(secs => ${ms}::float8 / 1000.0))
        WHERE "platform" = ${platform}::"Platform"`
    },
    /** Forgets bookings older than any window reads (a few minutes). */
    async purgeLedger(olderThanMs: number): Promise<number> {
      return db.$executeRaw`DELETE FROM "send_ledger"
        WHERE "at" < clock_timestamp() - make_interval(secs => ${olderThanMs}::float8 / 1000.0)`
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
    /** A chat refused us for good: what was still waiting for it will not be sent either. */
    async failPending(platform: Platform, target: string, error: string): Promise<number> {
      return (await db.delivery.updateMany({ where: { platform, target, state: 'pending' }, data: { state: 'failed', error } })).count
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
    async expireLeases(now: Date | null, platform?: Platform): Promise<number> {
      return (
        await db.delivery.updateMany({
          where: { state: 'sending', ...(platform ? { platform } : {}), ...(now ? { leaseUntil: { lt: now } } : {}) },
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
    /** What did not go as planned since `since`: unknown and failed deliveries (of runs and announcements), skipped runs. */
    async problems(committeeId: number, since: Date) {
      const deliveries = await db.delivery.findMany({
        where: { committeeId, state: { in: ['unknown', 'failed'] }, createdAt: { gte: since } },
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
    /** Deliveries of a platform not yet final (pending, or being sent by some process). */
    countOpen(platform: Platform): Promise<number> {
      return db.delivery.count({ where: { platform, state: { in: ['pending', 'sending'] } } })
    },
  }
}
export type OutboxRepository = ReturnType<typeof createOutboxRepository>
