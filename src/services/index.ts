import type { Repositories } from '../db/repositories/index.js'
import { createAccountService } from './accounts.js'
import { createUploadService } from './uploads.js'
import { createAnnouncer } from '../delivery/announce.js'
import { createTranslator, type Translate } from '../delivery/translate.js'
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
import { createPersonalDataService } from './personal-data.js'
import { createAfterSessionServices } from './after-session/index.js'
import { createRunService } from './runs.js'
import { createReportService } from './reports/index.js'
import { createDashboardAccessService } from './dashboard-access.js'
import { createExportServices } from './exports/index.js'

export interface ServiceDeps {
  repos: Repositories
  clock: Clock
  logger: Logger
  settings: {
    defaultLocale: string
    defaultTimeZone: string
    inviteTtlDays: number
    /** The HTTP server's public root (PUBLIC_URL): upload links point there. */
    publicUrl?: string | null
    /** Rows the exports read per statement (tests make it small to cross pages). */
    exportPageSize?: number
  }
  /** How announcements are worded in each language; the locale files by default. */
  translate?: Translate
  /** Something was written to the outbox (to wake the sender rather than wait for its next look). */
  onQueued?: () => void
}

/** Builds every domain service once; the bot, jobs and command-line tools share them. */
export function createServices(deps: ServiceDeps) {
  const { repos, clock, settings } = deps
  // Every announcement a service makes goes through this one writer, in the service's transaction.
  const translate = deps.translate ?? createTranslator(settings.defaultLocale)
  const announce = createAnnouncer({ translate, onQueued: deps.onQueued })
  const permissions = createPermissionService(repos)
  const calendar = createCommitteeCalendarService(repos, permissions)
  const tasks = createTaskService(repos, permissions, calendar, clock, announce)
  const plans = createPlanService(repos, permissions)
  const bodies = createBodyService(repos, permissions)
  const sessions = createSessionService(repos, permissions, clock, tasks, announce)
  const afterSession = createAfterSessionServices({
    repos,
    permissions,
    calendar,
    clock,
    dependents: tasks,
    tasksFor: (tx) => {
      const txPermissions = createPermissionService(tx)
      return createTaskService(tx, txPermissions, createCommitteeCalendarService(tx, txPermissions), clock, announce)
    },
    announce,
    translate,
  })
  return {
    clock,
    settings,
    permissions,
    people: createPeopleService(repos),
    accounts: createAccountService(repos, clock),
    uploads: createUploadService(repos, clock, { publicUrl: settings.publicUrl ?? null }),
    dashboard: createDashboardAccessService(repos, clock, { publicUrl: settings.publicUrl ?? null }),
    committees: createCommitteeService(repos, { locale: settings.defaultLocale }),
    bodies,
    members: createMemberService(repos, permissions),
    invites: createInviteService(repos, permissions, clock, { ttlDays: settings.inviteTtlDays }),
    chats: createChatService(repos, clock, announce),
    plans,
    sessions,
    // Commits through services built on the transaction's repositories, so it is all or nothing.
    planImport: createPlanImportService(
      repos,
      permissions,
      calendar,
      (tx) => {
        const txPermissions = createPermissionService(tx)
        const txCalendar = createCommitteeCalendarService(tx, txPermissions)
        const txTasks = createTaskService(tx, txPermissions, txCalendar, clock, announce)
        return {
          plans: createPlanService(tx, txPermissions),
          bodies: createBodyService(tx, txPermissions),
          sessions: createSessionService(tx, txPermissions, clock, txTasks, announce),
          tasks: txTasks,
        }
      },
      announce,
    ),
    calendar,
    tasks,
    settingsOf: createCommitteeSettingsService(repos, permissions),
    runtime: repos.runtime,
    retention: repos.retention,
    personalData: createPersonalDataService(repos, permissions, clock, announce),
    outbox: repos.outbox,
    runs: createRunService(repos, announce),
    /** Writes notices to the outbox in the caller's transaction (jobs and features that tell something). */
    announce,
    /** The tracking table, the audit trail, the sessions' calendar feed and download links (/xuat). */
    exports: createExportServices({
      repos,
      clock,
      settings: { publicUrl: settings.publicUrl ?? null },
      ...(settings.exportPageSize ? { pageSize: settings.exportPageSize } : {}),
    }),
    /** The read model: lists, the digest, the weekly summary and the dashboard read their numbers here. */
    reports: createReportService({
      repos,
      calendars: calendar,
      clock,
      afterSession: afterSession.read,
      history: (committeeId, taskId) => tasks.history(committeeId, taskId),
    }),
    audit: repos.audit,
    afterSession,
  }
}
export type Services = ReturnType<typeof createServices>
