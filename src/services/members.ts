import type { MemberRole, MemberView, Repositories } from '../db/repositories/index.js'
import { auditSource, type Actor } from './actor.js'
import { UserError } from './errors.js'
import type { PermissionService } from './permissions.js'

export const ROLES: readonly MemberRole[] = ['owner', 'secretariat', 'leader', 'member']

export function createMemberService(repos: Repositories, permissions: PermissionService) {
  async function requireMember(committeeId: number, number: number) {
    const membership = await repos.memberships.findByNumber(committeeId, number)
    if (!membership) {
      throw new UserError('member-error-unknown-number', { number })
    }
    return membership
  }

  return {
    async list(actor: Actor, committeeId: number): Promise<MemberView[]> {
      await permissions.require(committeeId, actor.personId, 'member.list')
      return repos.memberships.list(committeeId)
    },

    async changeRole(actor: Actor, committeeId: number, number: number, role: MemberRole) {
      await permissions.require(committeeId, actor.personId, 'member.manage')
      if (!ROLES.includes(role)) {
        throw new UserError('member-error-role')
      }
      const before = await requireMember(committeeId, number)
      if (before.role === role) {
        return before
      }
      return repos.transaction(async (tx) => {
        if (before.role === 'owner' && (await tx.memberships.countByRole(committeeId, 'owner')) <= 1) {
          throw new UserError('member-error-last-owner')
        }
        const after = await tx.memberships.setRole(before.id, role)
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: 'member.role',
          targetType: 'membership',
          targetId: String(before.id),
          before,
          after,
        })
        return after
      })
    },

    async remove(actor: Actor, committeeId: number, number: number) {
      await permissions.require(committeeId, actor.personId, 'member.manage')
      const before = await requireMember(committeeId, number)
      return repos.transaction(async (tx) => {
        if (before.role === 'owner' && (await tx.memberships.countByRole(committeeId, 'owner')) <= 1) {
          throw new UserError('member-error-last-owner')
        }
        const contacts = await tx.memberships.removeContactsInCommittee(committeeId, before.personId)
        await tx.memberships.remove(before.id)
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: 'member.remove',
          targetType: 'membership',
          targetId: String(before.id),
          before: { ...before, bodyContactsRemoved: contacts.count },
        })
        return before
      })
    },
  }
}
export type MemberService = ReturnType<typeof createMemberService>
