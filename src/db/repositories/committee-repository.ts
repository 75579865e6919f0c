import type { Committee, CommitteeLevel, DbClient } from './client-types.js'
import { JOB_NAMES } from './schedule-repository.js'

export function createCommitteeRepository(db: DbClient, now: () => Date) {
  return {
    // Times from the application's clock, not the database's: the scheduler compares them with
    // when a run was due (a summary due before a committee existed or was re-timed is not "missed").
    create(data: { name: string; level: CommitteeLevel; timeZone: string; locale: string }): Promise<Committee> {
      // Its scheduled jobs are due at once: the next tick works out their real times.
      const schedules = JOB_NAMES.map((job) => ({ job, nextRunAt: now(), computedAt: now() }))
      return db.committee.create({ data: { ...data, createdAt: now(), updatedAt: now(), jobSchedules: { create: schedules } } })
    },
    async update(
      id: number,
      data: Partial<
        Pick<
          Committee,
          'digestTime' | 'digestCatchUpUntil' | 'emptyDigest' | 'locale' | 'reminderTime' | 'quietFrom' | 'weeklyDay' | 'weeklyTime'
        >
      >,
    ): Promise<Committee> {
      const committee = await db.committee.update({ where: { id }, data: { ...data, updatedAt: now() } })
      // New times: the committee's jobs work out when they are next due at the next tick.
      await db.jobSchedule.updateMany({ where: { committeeId: id }, data: { nextRunAt: now(), computedAt: now() } })
      return committee
    },
    findById(id: number): Promise<Committee | null> {
      return db.committee.findUnique({ where: { id } })
    },
    listAll(): Promise<Committee[]> {
      return db.committee.findMany({ orderBy: { id: 'asc' } })
    },
    listPage(afterId: number, limit: number): Promise<Committee[]> {
      return db.committee.findMany({ where: { id: { gt: afterId } }, orderBy: { id: 'asc' }, take: limit })
    },
    /** For a batch of due jobs: `ids` is bounded by the batch size, never by the number of committees. */
    listByIds(ids: number[]): Promise<Committee[]> {
      return db.committee.findMany({ where: { id: { in: ids } }, orderBy: { id: 'asc' } })
    },
    listForPerson(personId: number): Promise<Committee[]> {
      return db.committee.findMany({ where: { memberships: { some: { personId } } }, orderBy: { id: 'asc' } })
    },
  }
}
export type CommitteeRepository = ReturnType<typeof createCommitteeRepository>
