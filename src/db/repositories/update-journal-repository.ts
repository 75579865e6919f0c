import type { Prisma, PrismaClient } from '../../generated/prisma/client.js'
import type { Platform } from './client-types.js'

/** An update claimed for handling: its id and the JSON text it arrived as. */
export interface JournaledUpdate {
  updateId: number
  payload: string
  attempts: number
}

/** Advisory lock class of the per-chat claim (the second key is the chat key's hash). */
const CHAT_LOCK_CLASS = 7301

/**
 * The update journal, shared by every instance on one database (`processed_updates`). Times are the
 * database's own `now()`: leases must not depend on an instance's clock, which tests may fix.
 *
 * States: `received` (written, waiting for a handler), `processing` (claimed by `owner` until
 * `lease_until`, renewed while the owner lives), `done`, `abandoned` (killed its handler too often).
 */
export function createUpdateJournalRepository(db: PrismaClient) {
  type Row = { updateId: bigint; payload: string | null; attempts: number }
  const toJournaled = (row: Row | undefined): JournaledUpdate | null =>
    row ? { updateId: Number(row.updateId), payload: row.payload ?? '{}', attempts: row.attempts } : null

  /** Claims the first unfinished update of the chat unless one of its updates is handled under a live lease. */
  async function claimNextIn(tx: Prisma.TransactionClient, platform: Platform, chatKey: string, owner: string, leaseMs: number) {
    // One claim per chat at a time across instances; the statement below then sees the other's commit.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CHAT_LOCK_CLASS}::int, hashtext(${`${platform}:${chatKey}`}))`
    const rows = await tx.$queryRaw<Row[]>`
      UPDATE "processed_updates" SET "state" = 'processing', "owner" = ${owner},
             "lease_until" = now() + make_interval(secs => ${leaseMs / 1000}), "attempts" = "attempts" + 1
      WHERE "platform" = ${platform}::"Platform" AND "update_id" = (
        SELECT "update_id" FROM "processed_updates"
        WHERE "platform" = ${platform}::"Platform" AND "chat_key" = ${chatKey} AND "state" IN ('received', 'processing')
          AND NOT EXISTS (
            SELECT 1 FROM "processed_updates" b
            WHERE b."platform" = ${platform}::"Platform" AND b."chat_key" = ${chatKey}
              AND b."state" = 'processing' AND b."lease_until" > now()
          )
        ORDER BY "update_id" LIMIT 1
      )
      RETURNING "update_id" AS "updateId", "payload", "attempts"`
    return toJournaled(rows[0])
  }

  return {
    /** Writes a received update. False when its id is already in the journal (a re-delivery). */
    async record(platform: Platform, updateId: number, chatKey: string, payload: string): Promise<boolean> {
      const inserted = await db.$executeRaw`
        INSERT INTO "processed_updates" ("platform", "update_id", "state", "lease_until", "chat_key", "payload")
        VALUES (${platform}::"Platform", ${BigInt(updateId)}, 'received', now(), ${chatKey}, ${payload})
        ON CONFLICT DO NOTHING`
      return inserted === 1
    },
    /** The next update of the chat to handle, claimed by `owner`; null when none or the chat is busy. */
    claimNext(platform: Platform, chatKey: string, owner: string, leaseMs: number): Promise<JournaledUpdate | null> {
      return db.$transaction((tx) => claimNextIn(tx, platform, chatKey, owner, leaseMs))
    },
    /** Marks a handled update done and, when `next` is given, claims the chat's next one in the same transaction. */
    finish(
      platform: Platform,
      updateId: number,
      owner: string,
      next?: { chatKey: string; leaseMs: number },
    ): Promise<JournaledUpdate | null> {
      return db.$transaction(async (tx) => {
        await tx.$executeRaw`
          UPDATE "processed_updates" SET "state" = 'done', "finished_at" = now(), "payload" = NULL, "owner" = NULL
          WHERE "platform" = ${platform}::"Platform" AND "update_id" = ${BigInt(updateId)} AND "owner" = ${owner}`
        return next ? claimNextIn(tx, platform, next.chatKey, owner, next.leaseMs) : null
      })
    },
    /**
     * Extends the leases of the updates `owner` is handling now; the heartbeat of a live instance.
     * Only those named: a claim its worker lost (a database error) must run out and be taken over.
     */
    async renew(platform: Platform, owner: string, updateIds: number[], leaseMs: number): Promise<number> {
      if (updateIds.length === 0) {
        return 0
      }
      return db.$executeRaw`
        UPDATE "processed_updates" SET "lease_until" = now() + make_interval(secs => ${leaseMs / 1000})
        WHERE "platform" = ${platform}::"Platform" AND "owner" = ${owner} AND "state" = 'processing'
          AND "update_id" = ANY(${updateIds.map(BigInt)}::bigint[])`
    },
    /** Gives back what `owner` claimed but will not handle (a clean stop), so another instance takes it now. */
    async release(owner: string): Promise<number> {
      return db.$executeRaw`
        UPDATE "processed_updates" SET "lease_until" = now(), "owner" = NULL
        WHERE "owner" = ${owner} AND "state" = 'processing'`
    },
    /**
     * Chats with an update waiting: received longer than `waitingMs` ago and not taken (its receiver
     * died or is busy), or claimed under a lease that ran out (its handler died).
     */
    async claimableChats(platform: Platform, waitingMs: number, limit: number): Promise<string[]> {
      const rows = await db.$queryRaw<{ chatKey: string }[]>`
        SELECT DISTINCT "chat_key" AS "chatKey" FROM "processed_updates"
        WHERE "platform" = ${platform}::"Platform" AND "chat_key" IS NOT NULL AND (
          ("state" = 'received' AND "created_at" < now() - make_interval(secs => ${waitingMs / 1000}))
          OR ("state" = 'processing' AND "lease_until" < now()))
        LIMIT ${limit}`
      return rows.map((row) => row.chatKey)
    },
    /**
     * Updates whose handler died `maxAttempts` times are set aside (state `abandoned`, payload kept
     * for inspection), so one poisonous update cannot take every instance down in turn.
     */
    async abandonExhausted(platform: Platform, maxAttempts: number): Promise<number[]> {
      const rows = await db.$queryRaw<{ updateId: bigint }[]>`
        UPDATE "processed_updates" SET "state" = 'abandoned', "finished_at" = now(), "owner" = NULL
        WHERE "platform" = ${platform}::"Platform" AND "state" = 'processing' AND "lease_until" < now() AND "attempts" >= ${maxAttempts}
        RETURNING "update_id" AS "updateId"`
      return rows.map((row) => Number(row.updateId))
    },
    /**
     * Ends every lease at once. Only for a process that knows it is alone on its database (the
     * embedded one, behind its directory lock): whatever is "processing" belonged to a dead process.
     */
    async expireAllLeases(platform: Platform): Promise<number> {
      return db.$executeRaw`
        UPDATE "processed_updates" SET "lease_until" = now() - interval '1 millisecond'
        WHERE "platform" = ${platform}::"Platform" AND "state" = 'processing'`
    },
    /** Counts by state, for tests and the operator. */
    async counts(platform: Platform): Promise<Record<string, number>> {
      const rows = await db.$queryRaw<{ state: string; n: bigint }[]>`
        SELECT "state", count(*) AS "n" FROM "processed_updates" WHERE "platform" = ${platform}::"Platform" GROUP BY "state"`
      return Object.fromEntries(rows.map((row) => [row.state, Number(row.n)]))
    },
  }
}
export type UpdateJournalRepository = ReturnType<typeof createUpdateJournalRepository>
