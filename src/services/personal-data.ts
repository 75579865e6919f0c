import type { PersonalData, Repositories } from '../db/repositories/index.js'
import { auditSource, type Actor } from './actor.js'
import type { Clock } from './clock.js'
import { UserError } from './errors.js'
import type { Announce } from './notice.js'
import type { PermissionService } from './permissions.js'

/** The name an erased person keeps, so what they did still reads sensibly ("đầu mối đã xoá"). */
export const ERASED_NAME = 'đầu mối đã xoá'

/**
 * Personal data (Law 91/2025/QH15 on personal data protection): a person sees what the bot holds
 * about them and asks for its deletion; the secretariat (owner, secretariat) exports a member's data
 * and erases it. Erasure keeps the records of the committee's work (tasks, submissions, the audit
 * trail of who did what) and removes what identifies the person.
 */
export function createPersonalDataService(repos: Repositories, permissions: PermissionService, clock: Clock, announce: Announce) {
  async function memberPerson(actor: Actor, committeeId: number, number: number): Promise<number> {
    await permissions.require(committeeId, actor.personId, 'person.data')
    const personId = await repos.personalData.memberPerson(committeeId, number)
    if (personId === null) {
      throw new UserError('member-error-unknown-number', { number })
    }
    return personId
  }

  return {
    /** What the bot holds about the acting person. */
    async mine(actor: Actor): Promise<PersonalData> {
      const data = await repos.personalData.collect(actor.personId)
      if (!data) {
        throw new UserError('error-anonymous')
      }
      return data
    },

    /**
     * Records the acting person's request for deletion and tells the secretariat of each of their
     * committees (through the outbox, in the same transaction). False when a request was already pending.
     */
    async requestErasure(actor: Actor): Promise<boolean> {
      const at = clock.now()
      return repos.transaction(async (tx) => {
        if (!(await tx.personalData.requestErasure(actor.personId, at))) {
          return false
        }
        const data = await tx.personalData.collect(actor.personId)
        await tx.audit.record({
          ...auditSource(actor),
          committeeId: null,
          action: 'person.erase_requested',
          targetType: 'person',
          targetId: String(actor.personId),
        })
        await announce(
          tx,
          (data?.memberships ?? []).map((m) => ({
            committeeId: m.committeeId,
            topic: 'pdata-notice-request',
            to: [{ kind: 'secretariat' as const }],
            text: (t) => t('pdata-notice-request', { number: m.number, committee: m.committee }),
          })),
        )
        return true
      })
    },

    /** The secretariat's list of members who asked for deletion. */
    async pendingRequests(actor: Actor, committeeId: number) {
      await permissions.require(committeeId, actor.personId, 'person.data')
      return repos.personalData.pendingRequests(committeeId)
    },

    /** Everything held about member `number`, for the secretariat to hand over (recorded in the audit trail). */
    async exportMember(actor: Actor, committeeId: number, number: number): Promise<PersonalData> {
      const personId = await memberPerson(actor, committeeId, number)
      const data = await repos.personalData.collect(personId)
      if (!data) {
        throw new UserError('member-error-unknown-number', { number })
      }
      await repos.audit.record({
        ...auditSource(actor),
        committeeId,
        action: 'person.export',
        targetType: 'person',
        targetId: String(personId),
      })
      return data
    },

    /** Erases member `number`'s personal data, in one transaction; the audit trail records who did it. */
    async eraseMember(actor: Actor, committeeId: number, number: number) {
      const personId = await memberPerson(actor, committeeId, number)
      const at = clock.now()
      return repos.transaction(async (tx) => {
        const erased = await tx.personalData.erase(personId, ERASED_NAME, at)
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: 'person.erase',
          targetType: 'person',
          targetId: String(personId),
          after: { accounts: erased.accounts, dialogues: erased.dialogues, messages: erased.messages },
        })
        return erased
      })
    },
  }
}
export type PersonalDataService = ReturnType<typeof createPersonalDataService>
