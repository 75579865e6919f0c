import type { Committee, CommitteeLevel, DbClient } from './client-types.js'

export function createCommitteeRepository(db: DbClient) {
  return {
    create(data: { name: string; level: CommitteeLevel; timeZone: string; locale: string }): Promise<Committee> {
      return db.committee.create({ data })
    },
    update(id: number, data: Partial<Pick<Committee, 'digestTime' | 'digestCatchUpUntil' | 'emptyDigest' | 'locale' | 'reminderTime' | 'quietFrom'>>): Promise<Committee> {
      return db.committee.update({ where: { id }, data })
    },
    findById(id: number): Promise<Committee | null> {
      return db.committee.findUnique({ where: { id } })
    },
    listAll(): Promise<Committee[]> {
      return db.committee.findMany({ orderBy: { id: 'asc' } })
    },
    listForPerson(personId: number): Promise<Committee[]> {
      return db.committee.findMany({ where: { memberships: { some: { personId } } }, orderBy: { id: 'asc' } })
    },
  }
}
export type CommitteeRepository = ReturnType<typeof createCommitteeRepository>
