import type { Committee, CommitteeLevel, DbClient } from './client-types.js'

export function createCommitteeRepository(db: DbClient, now: () => Date) {
  return {
    // Times from the application's clock, not the database's: the scheduler compares them with
    // when a run was due (a summary due before a committee existed or was re-timed is not "missed").
    create(data: { name: string; level: CommitteeLevel; timeZone: string; locale: string }): Promise<Committee> {
      return db.committee.create({ data: { ...data, createdAt: now(), updatedAt: now() } })
    },
    update(
      id: number,
      data: Partial<
        Pick<
          Committee,
          'digestTime' | 'digestCatchUpUntil' | 'emptyDigest' | 'locale' | 'reminderTime' | 'quietFrom' | 'weeklyDay' | 'weeklyTime'
        >
      >,
    ): Promise<Committee> {
      return db.committee.update({ where: { id }, data: { ...data, updatedAt: now() } })
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
