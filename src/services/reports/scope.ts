import type { Committee, MemberRole, Repositories, TaskQuery } from '../../db/repositories/index.js'
import { UserError } from '../errors.js'
import { mayRead, roleAllows } from '../permissions.js'

/**
 * Who reads a report, decided once (services/permissions.ts): a member of the committee; the
 * secretariat and leaders read every body's tasks, a body's contact only those of the bodies they
 * answer for (`bodyIds`). Every read-model function that shows tasks takes one.
 */
export interface ReadScope {
  committee: Committee
  personId: number
  role: MemberRole
  /** null: every body's tasks; otherwise the bodies whose tasks may be read (maybe none). */
  bodyIds: number[] | null
}

/** True when the role reads every body's tasks (secretariat, leaders, the owner). */
export const seesAllTasks = (role: MemberRole | null) => roleAllows(role, 'task.read-all')

/**
 * The scope of a person's reading in a committee, or a refusal (UserError `error-not-member`) for
 * someone without a role there. Task reports are read in private: a dashboard or a private chat.
 * The role, when the caller has read it already, is not read again.
 */
export async function readScopeOf(
  repos: Pick<Repositories, 'committees' | 'memberships'>,
  committee: Committee | number,
  personId: number,
  known?: { role: MemberRole | null },
): Promise<ReadScope> {
  const [found, role] = await Promise.all([
    typeof committee === 'number' ? repos.committees.findById(committee) : committee,
    known
      ? known.role
      : repos.memberships.find(typeof committee === 'number' ? committee : committee.id, personId).then((m) => m?.role ?? null),
  ])
  if (!found || role === null || !mayRead('tasks', role, 'private')) {
    throw new UserError('error-not-member')
  }
  const bodyIds = seesAllTasks(role) ? null : (await repos.memberships.bodiesOfPerson(found.id, personId)).map((b) => b.id)
  return { committee: found, personId, role, bodyIds }
}

/** A task query narrowed to what the scope may read: a contact's bodies, intersected with any bodies asked for. */
export function restrictQuery(scope: Pick<ReadScope, 'bodyIds'>, query: TaskQuery): TaskQuery {
  if (scope.bodyIds === null) {
    return query
  }
  const allowed = new Set(scope.bodyIds)
  return { ...query, bodyIds: query.bodyIds ? query.bodyIds.filter((id) => allowed.has(id)) : scope.bodyIds }
}

/** True when the scope may read a task with these bodies (any part in it: lead, coordinating, recipient, cc). */
export function maySeeTask(scope: Pick<ReadScope, 'bodyIds'>, taskBodies: { bodyId: number }[]): boolean {
  return scope.bodyIds === null || taskBodies.some((b) => scope.bodyIds?.includes(b.bodyId))
}
