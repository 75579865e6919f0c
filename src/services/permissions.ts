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
  | 'person.data'
  | 'opinion.manage'
  | 'personal.view'
  | 'task.read-all'
  | 'export.tracking'
  | 'audit.view'

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
  // Export or erase a member's personal data (Law 91/2025/QH15).
  'person.data': ['owner', 'secretariat'],
  // Registrations, opinions, minutes, the conclusion notice and its items.
  'opinion.manage': ['owner', 'secretariat'],
  // Citizens' names, places and phone numbers.
  'personal.view': ['owner', 'secretariat', 'leader'],
  // Every body's tasks; a body's contact reads only the tasks of the bodies they answer for.
  'task.read-all': ['owner', 'secretariat', 'leader'],
  // The tracking table as a spreadsheet (/xuat): every task, opinion and conclusion item of the committee.
  'export.tracking': ['owner', 'secretariat', 'leader'],
  // The audit trail of a period (/xuat nhatky): who did what, for inspections.
  'audit.view': ['owner', 'secretariat'],
}

/**
 * What a person may *read*, decided once here (the README's "Who may read what" says the same):
 * - `public`: the committee's public facts — its plans, sessions, bodies (names, short names,
 *   aliases) and days off. Anyone in one of its registered groups may read them there (the daily
 *   digest posts them to the group anyway); in private, its members.
 * - `people`: people's names and contact details (a body's contacts, members, who did what in a
 *   history), and `settings`: members only, wherever they ask.
 * - `tasks`: members only; a contact sees their own bodies' tasks, the secretariat and leaders all
 *   (decided where the list is built).
 * A stranger, or a member of another committee, has no role in this committee: in a registered
 * group they read its public facts and nothing else.
 */
export type ReadTopic = 'public' | 'people' | 'settings' | 'tasks'

export type ReadPlace = 'private' | 'registered-group'

export function mayRead(topic: ReadTopic, role: MemberRole | null, where: ReadPlace): boolean {
  if (topic === 'public' && where === 'registered-group') {
    return true
  }
  return roleAllows(role, 'committee.view')
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
