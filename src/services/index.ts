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
  return {
    clock,
    settings,
    permissions,
    people: createPeopleService(repos),
    committees: createCommitteeService(repos, { locale: settings.defaultLocale }),
    bodies: createBodyService(repos, permissions),
    members: createMemberService(repos, permissions),
    invites: createInviteService(repos, permissions, clock, { ttlDays: settings.inviteTtlDays }),
    chats: createChatService(repos, clock),
    plans: createPlanService(repos, permissions),
    sessions: createSessionService(repos, permissions, clock, tasks),
    calendar,
    tasks,
    settingsOf: createCommitteeSettingsService(repos, permissions),
    runtime: repos.runtime,
    outbox: repos.outbox,
    audit: repos.audit,
  }
}
export type Services = ReturnType<typeof createServices>
