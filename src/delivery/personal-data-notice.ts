import type { Membership, Person, PlatformAccount } from '../db/repositories/index.js'
import { localDateOf, toDbDate } from '../services/calendar/local-date.js'
import type { Services } from '../services/index.js'
import { privateTargets } from '../services/people.js'

/** Keeps these notices apart from the other notices of the same day (their part numbers are chat row ids). */
const PART_BASE = 1_000_000_000

/**
 * Tells a committee's secretariat, in private and through the outbox, that member `number` asked for
 * the deletion of their personal data (/dulieu xoa): once per person and day.
 */
export async function queueErasureRequestNotice(
  deps: { services: Services; translate: (locale: string, key: string, vars?: Record<string, string | number>) => string },
  request: { committeeId: number; number: number; reviewers: (Membership & { person: Person & { accounts: PlatformAccount[] } })[] },
  now: Date,
): Promise<number> {
  const { services } = deps
  const committee = await services.committees.findById(request.committeeId)
  if (!committee) {
    return 0
  }
  const run = await services.outbox.dayRun('notice', committee.id, toDbDate(localDateOf(now, committee.timeZone)))
  const items = privateTargets(request.reviewers, committee.locale).map(({ platform, target, locale }) => ({
    platform,
    target,
    partNo: PART_BASE + request.number,
    text: deps.translate(locale, 'pdata-notice-request', { number: request.number, committee: committee.name }),
  }))
  return items.length > 0 ? services.outbox.addDeliveries(run.id, items) : 0
}
