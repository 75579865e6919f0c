import type { Logger } from '../logger.js'
import type { Services } from '../services/index.js'

const DAY_MS = 24 * 3600 * 1000

/**
 * How long things are kept (README "Retention"). Update ids: Telegram keeps undelivered updates
 * for 24 hours, a week is ample. Deliveries hold the texts sent; /guiloi looks back 14 days.
 * Audit details hold before/after values; the events themselves are never deleted.
 */
export const RETENTION = {
  processedUpdatesMs: 7 * DAY_MS,
  abandonedUpdatesMs: 30 * DAY_MS,
  deliveriesMs: 90 * DAY_MS,
  auditDetailsMs: 365 * DAY_MS,
  /** Zalo's re-deliveries and echoes come within minutes; OpenClaw keeps a month (reference §6.1). */
  zaloMessageIdsMs: 30 * DAY_MS,
  /** After the 10-minute link expired; a file a record names stays with it. */
  uploadsMs: 7 * DAY_MS,
  linkCodesMs: DAY_MS,
} as const

export interface PurgeRuntimeDeps {
  services: Pick<Services, 'runtime'> & Partial<Pick<Services, 'retention'>>
  logger: Logger
  conversationTimeoutMs: number
}

export interface PurgeResult {
  updates: number
  conversations: number
  abandonedUpdates?: number
  deliveries?: number
  runs?: number
  auditDetails?: number
  zaloMessageIds?: number
  zaloMedia?: number
  uploads?: number
  linkCodes?: number
  dashboardLogins?: number
}

/**
 * Forgets what is no longer needed: update ids old enough that Telegram cannot re-deliver them,
 * dialogue states abandoned past their timeout (they hold what people typed — personal data kept
 * no longer than useful), old deliveries and runs, old audit details, Zalo's message ids and
 * expired media, used-up upload links and link codes.
 */
export async function runPurgeRuntime(deps: PurgeRuntimeDeps, now: Date): Promise<PurgeResult> {
  const logger = deps.logger.child({ job: 'purge-runtime' })
  const before = (ms: number) => new Date(now.getTime() - ms)
  const result: PurgeResult = {
    updates: await deps.services.runtime.purgeUpdatesBefore(before(RETENTION.processedUpdatesMs)),
    conversations: await deps.services.runtime.purgeConversationsBefore(before(deps.conversationTimeoutMs + 3600_000)),
  }
  const retention = deps.services.retention
  if (retention) {
    result.abandonedUpdates = await retention.purgeAbandonedUpdatesBefore(before(RETENTION.abandonedUpdatesMs))
    const outbox = await retention.purgeDeliveriesBefore(before(RETENTION.deliveriesMs))
    result.deliveries = outbox.deliveries
    result.runs = outbox.runs
    result.auditDetails = await retention.purgeAuditDetailsBefore(before(RETENTION.auditDetailsMs))
    // Zalo's own tables, the upload links and the link codes (issue 14).
    result.zaloMessageIds = await retention.purgeZaloMessageIdsBefore(before(RETENTION.zaloMessageIdsMs))
    result.zaloMedia = await retention.purgeExpiredZaloMedia(now)
    result.uploads = await retention.purgeUploadsBefore(before(RETENTION.uploadsMs))
    result.linkCodes = await retention.purgeLinkCodesBefore(before(RETENTION.linkCodesMs))
    // A dashboard login link or session is over within hours: gone a day later.
    result.dashboardLogins = await retention.purgeDashboardLoginsBefore(before(DAY_MS))
  }
  logger.info(result, 'runtime state purged')
  return result
}
