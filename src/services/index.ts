import type { Repositories } from '../db/repositories/index.js'
import type { Logger } from '../logger.js'
import { createBodyService } from './bodies.js'
import { createChatService } from './chats.js'
import type { Clock } from './clock.js'
import { createCommitteeService } from './committees.js'
import { createInviteService } from './invites.js'
import { createMemberService } from './members.js'
import { createPeopleService } from './people.js'
import { createPermissionService } from './permissions.js'
import { createCommitteeCalendarService } from './committee-calendar.js'
import { createPlanService } from './plans.js'
import { createSessionService } from './sessions.js'
import { createTaskService } from './tasks/tasks.js'
import { createCommitteeSettingsService } from './committee-settings.js'
import { createPlanImportService } from './plan-import.js'

export interface ServiceDeps {
  repos: Repositories
  clock: Clock
  logger: Logger
  settings: { defaultLocale: string; defaultTimeZone: string; inviteTtlDays: number }
}

/** Builds every domain service once; the bot, jobs and command-line tools share them. */
export function createServices(deps: ServiceDeps) {
  const { repos, clock, settings } = deps
  const permissions = createPermissionService(repos)
  const calendar = createCommitteeCalendarService(repos, permissions)
  const tasks = createTaskService(repos, permissions, calendar, clock)
  const plans = createPlanService(repos, permissions)
  const bodies = createBodyService(repos, permissions)
  const sessions = createSessionService(repos, permissions, clock, tasks)
  return {
    clock,
    settings,
    permissions,
    people: createPeopleService(repos),
    committees: createCommitteeService(repos, { locale: settings.defaultLocale }),
    bodies,
    members: createMemberService(repos, permissions),
    invites: createInviteService(repos, permissions, clock, { ttlDays: settings.inviteTtlDays }),
    chats: createChatService(repos, clock),
    plans,
    sessions,
    // Commits through services built on the transaction's repositories, so it is all or nothing.
    planImport: createPlanImportService(repos, permissions, calendar, (tx) => {
      const txPermissions = createPermissionService(tx)
      const txCalendar = createCommitteeCalendarService(tx, txPermissions)
      const txTasks = createTaskService(tx, txPermissions, txCalendar, clock)
      return {
        plans: createPlanService(tx, txPermissions),
        bodies: createBodyService(tx, txPermissions),
        sessions: createSessionService(tx, txPermissions, clock, txTasks),
        tasks: txTasks,
      }
    }),
    calendar,
    tasks,
    settingsOf: createCommitteeSettingsService(repos, permissions),
    runtime: repos.runtime,
    outbox: repos.outbox,
    /** The read model in SQL: pages and counts for lists, the digest and the summary. */
    reports: repos.reports,
    audit: repos.audit,
  }
}
export type Services = ReturnType<typeof createServices>
