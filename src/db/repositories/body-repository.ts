import type { Body, DbClient } from './client-types.js'
import { withNextNumber } from './client-types.js'

export interface BodyFields {
  name: string
  shortName: string | null
  aliases: string[]
  normalizedName: string
}

export function createBodyRepository(db: DbClient) {
  return {
    create(committeeId: number, fields: BodyFields): Promise<Body> {
      return withNextNumber(
        async () => (await db.body.aggregate({ where: { committeeId }, _max: { number: true } }))._max.number,
        (number) => db.body.create({ data: { committeeId, number, ...fields } }),
      )
    },
    update(id: number, fields: Partial<BodyFields>): Promise<Body> {
      return db.body.update({ where: { id }, data: fields })
    },
    archive(id: number, at: Date): Promise<Body> {
      return db.body.update({ where: { id }, data: { archivedAt: at } })
    },
    findByNumber(committeeId: number, number: number): Promise<Body | null> {
      return db.body.findFirst({ where: { committeeId, number, archivedAt: null } })
    },
    findById(id: number): Promise<Body | null> {
      return db.body.findUnique({ where: { id } })
    },
    listActive(committeeId: number): Promise<Body[]> {
      return db.body.findMany({ where: { committeeId, archivedAt: null }, orderBy: { number: 'asc' } })
    },
  }
}
export type BodyRepository = ReturnType<typeof createBodyRepository>
