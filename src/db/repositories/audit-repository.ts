import type { Prisma } from '../../generated/prisma/client.js'
import type { AuditEvent, DbClient, Platform } from './client-types.js'

export interface AuditInput {
  committeeId: number | null
  actorPersonId: number | null
  actorVia: 'user' | 'system'
  action: string
  targetType: string
  targetId: string | null
  before?: unknown
  after?: unknown
  platform?: Platform | null
  chatExternalId?: string | null
  updateId?: number | null
}

function json(value: unknown): Prisma.InputJsonValue | undefined {
  // Round-trip through JSON so Dates become strings and undefined fields vanish.
  return value === undefined || value === null ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue)
}

export function createAuditRepository(db: DbClient, now: () => Date) {
  return {
    async record(event: AuditInput): Promise<void> {
      await db.auditEvent.create({
        data: {
          committeeId: event.committeeId,
          actorPersonId: event.actorPersonId,
          actorVia: event.actorVia,
          action: event.action,
          targetType: event.targetType,
          targetId: event.targetId,
          before: json(event.before),
          after: json(event.after),
          platform: event.platform ?? null,
          chatExternalId: event.chatExternalId ?? null,
          updateId: event.updateId === undefined || event.updateId === null ? null : BigInt(event.updateId),
          at: now(),
        },
      })
    },
    list(committeeId: number, limit = 50): Promise<AuditEvent[]> {
      return db.auditEvent.findMany({ where: { committeeId }, orderBy: { id: 'desc' }, take: limit })
    },
    /** What one update changed (its audit events' actions, in order): the error reply says what was saved. */
    async actionsOfUpdate(platform: Platform, updateId: number): Promise<string[]> {
      const events = await db.auditEvent.findMany({
        where: { platform, updateId: BigInt(updateId) },
        select: { action: true },
        orderBy: { id: 'asc' },
      })
      return events.map((e) => e.action)
    },
    /** The history of one thing, oldest first, with who did it. */
    forTarget(committeeId: number, targetType: string, targetId: string) {
      return db.auditEvent.findMany({ where: { committeeId, targetType, targetId }, orderBy: { id: 'asc' } })
    },
  }
}
export type AuditRepository = ReturnType<typeof createAuditRepository>
