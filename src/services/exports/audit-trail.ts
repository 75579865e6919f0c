import type { ExportAuditEvent, Repositories } from '../../db/repositories/index.js'
import type { Actor } from '../actor.js'
import { auditSource } from '../actor.js'
import { addDays, type LocalDate } from '../calendar/local-date.js'
import { localDateOf } from '../calendar/local-date.js'
import { parseUserDate } from '../calendar/user-date.js'
import type { Clock } from '../clock.js'
import { UserError } from '../errors.js'
import { atLocalTime, localParts } from '../time.js'
import { committeeOf, EXPORT_PAGE_SIZE, pages, requireExportRight, type ExportCommittee } from './tracking.js'

export type AuditLine = ExportAuditEvent & {
  /** The moment as the committee's wall clock shows it ("2026-03-02T08:15"), as the file writes it. */
  localAt: string
}

export interface AuditSource {
  committee: ExportCommittee
  from: LocalDate
  /** Inclusive. */
  to: LocalDate
  events(): AsyncIterable<AuditLine[]>
}

const pad = (n: number) => String(n).padStart(2, '0')

/** "2026-03-02T08:15" in `timeZone`. */
function localMinute(at: Date, timeZone: string): string {
  const p = localParts(at, timeZone)
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`
}

export function createAuditTrailExport(repos: Repositories, clock: Clock, pageSize = EXPORT_PAGE_SIZE) {
  return {
    /**
     * The audit trail of the days `fromText` to `toText` (inclusive, the committee's days, typed as
     * people type dates), for the owner and the secretariat: every recorded change, oldest first.
     * Recorded itself, so an inspection sees who took the trail out.
     */
    async auditTrail(actor: Actor, committeeId: number, fromText: string | undefined, toText: string | undefined): Promise<AuditSource> {
      await requireExportRight(repos, committeeId, actor.personId, 'audit.view', 'export-error-audit-forbidden')
      const committee = await committeeOf(repos, committeeId)
      if (!fromText || !toText) {
        throw new UserError('export-audit-usage')
      }
      const year = Number(localDateOf(clock.now(), committee.timeZone).slice(0, 4))
      const from = parseUserDate(fromText, year)
      const to = parseUserDate(toText, year)
      if (to < from) {
        throw new UserError('export-error-audit-range', { from: fromText, to: toText })
      }
      const range = { from: atLocalTime(from, '00:00', committee.timeZone), to: atLocalTime(addDays(to, 1), '00:00', committee.timeZone) }
      await repos.audit.record({
        ...auditSource(actor),
        committeeId,
        action: 'export.audit',
        targetType: 'committee',
        targetId: String(committeeId),
        after: { from, to },
      })
      return {
        committee,
        from,
        to,
        async *events() {
          for await (const page of pages<ExportAuditEvent, { at: Date; id: string } | null>(
            null,
            (after) => repos.exports.auditPage(committeeId, range, after, pageSize),
            (e) => ({ at: e.at, id: e.id }),
            pageSize,
          )) {
            yield page.map((event) => ({ ...event, localAt: localMinute(event.at, committee.timeZone) }))
          }
        },
      }
    },
  }
}
