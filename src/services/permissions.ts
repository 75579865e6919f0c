import type { MemberRole, Membership, Repositories } from '../db/repositories/index.js'
import { UserError } from './errors.js'

/** Everything a role may be allowed to do. One table, so every check reads the same rules. */
export type Action =
  | 'committee.view'
  | 'invite.create'
  | 'body.manage'
  | 'member.list'
  | 'member.manage'
  | 'plan.manage'
  | 'session.manage'
  | 'calendar.manage'
  | 'task.manage'
  | 'settings.manage'
  | 'summary.view'
  | 'opinion.manage'
  | 'personal.view'

const ALLOWED: Record<Action, readonly MemberRole[]> = {
  'committee.view': ['owner', 'secretariat', 'leader', 'member'],
  'invite.create': ['owner', 'secretariat'],
  'body.manage': ['owner', 'secretariat'],
  'member.list': ['owner', 'secretariat', 'leader'],
  'member.manage': ['owner'],
  'plan.manage': ['owner', 'secretariat'],
  'session.manage': ['owner', 'secretariat'],
  'calendar.manage': ['owner', 'secretariat'],
  'task.manage': ['owner', 'secretariat'],
  'settings.manage': ['owner', 'secretariat'],
  'summary.view': ['owner', 'secretariat', 'leader'],
  // Registrations, opinions, minutes, the conclusion notice and its items.
  'opinion.manage': ['owner', 'secretariat'],
  // Citizens' names, places and phone numbers.
  'personal.view': ['owner', 'secretariat', 'leader'],
}

/** True when `role` may perform `action`. */
export function roleAllows(role: MemberRole | null, action: Action): boolean {
  return role !== null && ALLOWED[action].includes(role)
}

export function createPermissionService(repos: Pick<Repositories, 'memberships'>) {
  return {
    async roleOf(committeeId: number, personId: number): Promise<MemberRole | null> {
      return (await repos.memberships.find(committeeId, personId))?.role ?? null
    },
    /** Returns the actor's membership, or throws a UserError naming what is missing. */
    async require(committeeId: number, personId: number, action: Action): Promise<Membership> {
      const membership = await repos.memberships.find(committeeId, personId)
      if (!membership) {
        throw new UserError('error-not-member')
      }
      if (!roleAllows(membership.role, action)) {
        throw new UserError('error-forbidden', { action })
      }
      return membership
    },
  }
}
export type PermissionService = ReturnType<typeof createPermissionService>
