import type { PrismaClient } from '../../generated/prisma/client.js'
import { createAuditRepository } from './audit-repository.js'
import { createBodyRepository } from './body-repository.js'
import { createCalendarDayRepository } from './calendar-day-repository.js'
import { createChatRepository } from './chat-repository.js'
import type { DbClient } from './client-types.js'
import { createCommitteeRepository } from './committee-repository.js'
import { createInviteRepository } from './invite-repository.js'
import { createMembershipRepository } from './membership-repository.js'
import { createPersonRepository } from './person-repository.js'
import { createPlanRepository } from './plan-repository.js'
import { createRuntimeRepository } from './runtime-repository.js'
import { createSessionRepository } from './session-repository.js'
import { createTaskRepository } from './task-repository.js'
import { createOutboxRepository } from './outbox-repository.js'
import { createRetentionRepository } from './retention-repository.js'
import { createPersonalDataRepository } from './personal-data-repository.js'
import { createOpinionRepository } from './opinion-repository.js'
import { createConclusionRepository } from './conclusion-repository.js'
import { createZaloRepository } from './zalo-repository.js'
import { createLinkRepository } from './link-repository.js'
import { createUploadRepository } from './upload-repository.js'
import { createReportRepository } from './report-repository.js'
import { createMaintenanceRepository } from './maintenance-repository.js'
import { createScheduleRepository } from './schedule-repository.js'
import { createDashboardLoginRepository } from './dashboard-login-repository.js'
import { createExportRepository } from './export-repository.js'

function createScopedRepositories(db: DbClient, now: () => Date, inTransaction = false) {
  return {
    committees: createCommitteeRepository(db, now),
    bodies: createBodyRepository(db),
    people: createPersonRepository(db),
    memberships: createMembershipRepository(db),
    chats: createChatRepository(db),
    invites: createInviteRepository(db),
    audit: createAuditRepository(db, now),
    runtime: createRuntimeRepository(db),
    plans: createPlanRepository(db),
    sessions: createSessionRepository(db),
    calendarDays: createCalendarDayRepository(db),
    tasks: createTaskRepository(db),
    outbox: createOutboxRepository(db, inTransaction),
    retention: createRetentionRepository(db),
    personalData: createPersonalDataRepository(db),
    opinions: createOpinionRepository(db),
    conclusions: createConclusionRepository(db),
    zalo: createZaloRepository(db),
    links: createLinkRepository(db),
    uploads: createUploadRepository(db),
    reports: createReportRepository(db),
    schedules: createScheduleRepository(db),
    maintenance: createMaintenanceRepository(db),
    dashboardLogins: createDashboardLoginRepository(db),
    exports: createExportRepository(db),
  }
}

export type ScopedRepositories = ReturnType<typeof createScopedRepositories>

export interface Repositories extends ScopedRepositories {
  /**
   * Runs `fn` in one database transaction with repositories bound to it. Inside, `transaction`
   * joins the same one, so services built on those repositories (the plan importer creates a
   * plan, bodies, sessions and tasks through them) all commit or roll back together.
   */
  transaction<T>(fn: (repos: Repositories) => Promise<T>): Promise<T>
}

/** The only door to Prisma: services receive this. `now` stamps the audit trail (the app's clock). */
export function createRepositories(prisma: PrismaClient, now: () => Date = () => new Date()): Repositories {
  return {
    ...createScopedRepositories(prisma, now),
    transaction: (fn) =>
      prisma.$transaction(
        (tx) => {
          const scoped = createScopedRepositories(tx, now, true)
          const joined: Repositories = { ...scoped, transaction: (inner) => inner(joined) }
          return fn(joined)
        },
        { maxWait: 10_000, timeout: 60_000 },
      ),
  }
}

export type { ChatBinding } from './chat-repository.js'
export type { PersonalData } from './personal-data-repository.js'
export type { MemberView } from './membership-repository.js'
export type { SessionWithDetails, BridgePointInput } from './session-repository.js'
export type { TaskWithRefs, TaskFull } from './task-repository.js'
export type { RegistrationView, OpinionView, BridgePointView } from './opinion-repository.js'
export type { ConclusionItemView, NoticeView, ItemTask } from './conclusion-repository.js'
export type {
  TaskQuery,
  TaskLine,
  ClassCounts,
  SessionLine,
  RecordedReminder,
  ReminderRange,
  BodySort,
  BodyRow,
  TimelineSession,
  RollupTask,
  RollupOpinion,
  RollupItem,
} from './report-repository.js'
export type { DueJob, JobName } from './schedule-repository.js'
export type {
  ExportTask,
  ExportSubmission,
  ExportOpinion,
  ExportItem,
  ExportAuditEvent,
  ExportSession,
  ExportPlan,
} from './export-repository.js'
export type * from './client-types.js'
export { createUpdateJournalRepository, type UpdateJournalRepository, type JournaledUpdate } from './update-journal-repository.js'
export { createOpsRepository, type OpsRepository, type OutboxStats } from './ops-repository.js'
