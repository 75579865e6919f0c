import type { Repositories } from '../../db/repositories/index.js'
import type { Clock } from '../clock.js'
import { createAuditTrailExport } from './audit-trail.js'
import { createCalendarFeedService } from './calendar-feed.js'
import { createDownloadService } from './downloads.js'
import { createTrackingExport } from './tracking.js'

/**
 * The exports offices file (issue 16): the tracking table and the audit trail as spreadsheets, the
 * sessions as a calendar feed, and one-time download links where the chat carries no files. Each
 * checks who may, here, not in the handler.
 */
export function createExportServices(deps: {
  repos: Repositories
  clock: Clock
  settings: { publicUrl: string | null }
  pageSize?: number
}) {
  const { repos, clock, settings, pageSize } = deps
  return {
    ...createTrackingExport(repos, clock, pageSize),
    ...createAuditTrailExport(repos, clock, pageSize),
    calendar: createCalendarFeedService(repos, clock, settings, pageSize),
    downloads: createDownloadService(repos, clock, settings),
  }
}
export type ExportServices = ReturnType<typeof createExportServices>
