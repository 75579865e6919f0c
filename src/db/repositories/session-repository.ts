import type { BridgePoint, Plan, Prisma, Session } from '../../generated/prisma/client.js'
import type { DbClient } from './client-types.js'
import { withNextNumber } from './client-types.js'

export type SessionWithDetails = Session & { plan: Plan | null; bridgePoints: BridgePoint[] }
export type SessionInput = Omit<Prisma.SessionUncheckedCreateInput, 'id' | 'number' | 'createdAt' | 'updatedAt' | 'bridgePoints'>
export type BridgePointInput = { kind: 'central' | 'local'; place: string }

const details = { plan: true, bridgePoints: { orderBy: { position: 'asc' } } } as const

export function createSessionRepository(db: DbClient) {
  return {
    create(data: SessionInput, bridgePoints: BridgePointInput[]): Promise<SessionWithDetails> {
      return withNextNumber(
        async () => (await db.session.aggregate({ where: { committeeId: data.committeeId }, _max: { number: true } }))._max.number,
        (number) =>
          db.session.create({
            data: {
              ...data,
              number,
              bridgePoints: { create: bridgePoints.map((point, position) => ({ ...point, position })) },
            },
            include: details,
          }),
      )
    },
    update(id: number, data: Prisma.SessionUncheckedUpdateInput): Promise<SessionWithDetails> {
      return db.session.update({ where: { id }, data, include: details })
    },
    findByNumber(committeeId: number, number: number): Promise<SessionWithDetails | null> {
      return db.session.findUnique({ where: { committeeId_number: { committeeId, number } }, include: details })
    },
    findById(committeeId: number, id: number): Promise<SessionWithDetails | null> {
      return db.session.findFirst({ where: { id, committeeId }, include: details })
    },
    list(committeeId: number, planId?: number): Promise<SessionWithDetails[]> {
      return db.session.findMany({
        where: { committeeId, ...(planId === undefined ? {} : { planId }) },
        orderBy: [{ windowStart: 'asc' }, { number: 'asc' }],
        include: details,
      })
    },
  }
}
export type SessionRepository = ReturnType<typeof createSessionRepository>
