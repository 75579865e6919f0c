import type { Committee, CommitteeLevel, Repositories } from '../db/repositories/index.js'
import { auditSource, type Actor } from './actor.js'
import { UserError } from './errors.js'
import { requireName } from './text.js'

export const COMMITTEE_LEVELS: readonly CommitteeLevel[] = ['province', 'district', 'commune', 'agency']
export const NAME_MAX_LENGTH = 200

/** True when `zone` is an IANA time zone this runtime knows. */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return zone.includes('/') || zone === 'UTC'
  } catch {
    return false
  }
}

/** Validates a committee or body name (see requireName); returns it sanitised. */
export function validateName(raw: string): string {
  return requireName(raw, { min: 3, max: NAME_MAX_LENGTH })
}

/**
 * A full name typed by a person for a committee or a body: as validateName, and not an
 * abbreviation alone ("UBND", "BHXH"), which would be every list's and every letter's name.
 * (A plan read by the importer keeps its own names: this is for what is typed.)
 */
export function validateFullName(raw: string): string {
  const name = validateName(raw)
  if (/^[\p{Lu}\p{N}&.-]{2,12}$/u.test(name)) {
    throw new UserError('error-name-abbreviation', { name })
  }
  return name
}

export function createCommitteeService(repos: Repositories, defaults: { locale: string }) {
  return {
    /** Creates a committee; the creator becomes its owner and it becomes their active committee. */
    async create(actor: Actor, input: { name: string; level: CommitteeLevel; timeZone: string }): Promise<Committee> {
      const name = validateName(input.name)
      if (!COMMITTEE_LEVELS.includes(input.level)) {
        throw new UserError('committee-error-level')
      }
      if (!isValidTimeZone(input.timeZone)) {
        throw new UserError('committee-error-time-zone', { zone: input.timeZone })
      }
      return repos.transaction(async (tx) => {
        const committee = await tx.committees.create({
          name,
          level: input.level,
          timeZone: input.timeZone,
          locale: defaults.locale,
        })
        const membership = await tx.memberships.create(committee.id, actor.personId, 'owner')
        await tx.people.updatePerson(actor.personId, { activeCommitteeId: committee.id })
        await tx.audit.record({
          ...auditSource(actor),
          committeeId: committee.id,
          action: 'committee.create',
          targetType: 'committee',
          targetId: String(committee.id),
          after: { committee, ownerMembership: membership },
        })
        return committee
      })
    },
    findById(id: number): Promise<Committee | null> {
      return repos.committees.findById(id)
    },
    listAll(): Promise<Committee[]> {
      return repos.committees.listAll()
    },
    /** Up to `limit` committees with an id above `afterId`, by id (jobs walk them a page at a time). */
    listPage: (afterId: number, limit: number): Promise<Committee[]> => repos.committees.listPage(afterId, limit),
    /** The given committees (a batch of due jobs). */
    listByIds: (ids: number[]): Promise<Committee[]> => repos.committees.listByIds(ids),
  }
}
export type CommitteeService = ReturnType<typeof createCommitteeService>
