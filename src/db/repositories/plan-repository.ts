import type { Plan, Prisma } from '../../generated/prisma/client.js'
import type { DbClient } from './client-types.js'
import { withNextNumber } from './client-types.js'

export type PlanInput = Omit<Prisma.PlanUncheckedCreateInput, 'id' | 'number' | 'createdAt' | 'updatedAt'>

export function createPlanRepository(db: DbClient) {
  return {
    create(data: PlanInput): Promise<Plan> {
      return withNextNumber(
        async () => (await db.plan.aggregate({ where: { committeeId: data.committeeId }, _max: { number: true } }))._max.number,
        (number) => db.plan.create({ data: { ...data, number } }),
      )
    },
    findByNumber(committeeId: number, number: number): Promise<Plan | null> {
      return db.plan.findUnique({ where: { committeeId_number: { committeeId, number } } })
    },
    update(id: number, data: Prisma.PlanUncheckedUpdateInput): Promise<Plan> {
      return db.plan.update({ where: { id }, data })
    },
    findById(id: number): Promise<Plan | null> {
      return db.plan.findUnique({ where: { id } })
    },
    list(committeeId: number): Promise<(Plan & { _count: { sessions: number } })[]> {
      return db.plan.findMany({
        where: { committeeId },
        orderBy: [{ year: 'desc' }, { number: 'asc' }],
        include: { _count: { select: { sessions: true } } },
      })
    },
  }
}
export type PlanRepository = ReturnType<typeof createPlanRepository>
