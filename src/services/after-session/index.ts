import type { Repositories } from '../../db/repositories/index.js'
import type { Clock } from '../clock.js'
import type { CommitteeCalendarService } from '../committee-calendar.js'
import { createConclusionService } from '../conclusions/conclusions.js'
import { createHeldService } from '../conclusions/held.js'
import { createPeriodicReportService } from '../conclusions/periodic-reports.js'
import { createBridgePointService } from '../opinions/bridge-points.js'
import { createOpinionService } from '../opinions/opinions.js'
import { createRegistrationService } from '../opinions/registrations.js'
import type { PermissionService } from '../permissions.js'
import type { SessionDependents } from '../sessions.js'
import type { TaskService } from '../tasks/tasks.js'
import type { Announce } from '../notice.js'
import type { Translate } from '../../delivery/translate.js'
import { createAfterSessionReadModel } from './read-model.js'

export interface AfterSessionDeps {
  repos: Repositories
  permissions: PermissionService
  calendar: CommitteeCalendarService
  clock: Clock
  /** Deadlines hanging on a session, recomputed when its day becomes known. */
  dependents: SessionDependents
  /** The task service on a transaction's repositories: a task and what links to it commit together. */
  tasksFor: (tx: Repositories) => Pick<TaskService, 'assign' | 'cancel'>
  /** Writes notices to the outbox in the caller's transaction. */
  announce: Announce
  /** Wording in a committee's language for what the bot writes into its data (task titles, rules). */
  translate: Translate
}

/**
 * The second half of the year: speakers and questions before a session, opinions and minutes at it,
 * the conclusion notice and the follow-up of its items after it, and the periodic reports.
 */
export function createAfterSessionServices(deps: AfterSessionDeps) {
  const { repos, permissions, clock, tasksFor, announce, translate } = deps
  const read = createAfterSessionReadModel(repos)
  return {
    registrations: createRegistrationService({ repos, permissions, clock, tasksFor, announce, translate }),
    bridgePoints: createBridgePointService(repos, permissions, deps.calendar, clock),
    opinions: createOpinionService({ repos, permissions, clock, tasksFor, announce, translate }),
    held: createHeldService({ repos, permissions, clock, dependents: deps.dependents, tasksFor, announce, translate }),
    conclusions: createConclusionService({ repos, permissions, clock, tasksFor, announce, translate }),
    reports: createPeriodicReportService({ repos, permissions, clock, readModel: read, tasksFor, translate }),
    read,
  }
}
export type AfterSessionServices = ReturnType<typeof createAfterSessionServices>
