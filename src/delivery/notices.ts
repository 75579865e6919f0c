import type { Committee, Platform, RunKind } from '../db/repositories/index.js'
import type { Logger } from '../logger.js'
import { formatVietnamese, localDateOf, toDbDate, type LocalDate } from '../services/calendar/local-date.js'
import type { Services } from '../services/index.js'
import { privateTargets } from '../services/people.js'

export interface NoticeDeps {
  services: Services
  translate: (locale: string, key: string, vars?: Record<string, string | number>) => string
  logger: Logger
}

/**
 * Tells the committee's secretariat, in private and through the outbox (so the notice itself is
 * neither lost nor sent twice), that a group can no longer be written to: its digests and
 * reminders stop until someone adds the bot back and registers the group again.
 */
export async function queueChatGoneNotice(
  deps: NoticeDeps,
  chat: { platform: Platform; target: string; reason: string },
  now: Date,
): Promise<number> {
  const { services } = deps
  const row = await services.chats.binding(chat.platform, chat.target)
  if (!row) {
    return 0
  }
  const committee = row.committee
  const run = await services.outbox.dayRun('notice', committee.id, toDbDate(localDateOf(now, committee.timeZone)))
  const items = privateTargets(await services.tasks.reviewers(committee.id), committee.locale).map(({ platform, target, locale }) => ({
    platform,
    target,
    // One notice per group and day for each person: the chat's row id keeps them apart.
    partNo: row.id,
    text: deps.translate(locale, 'notice-chat-gone', {
      chat: row.title ?? row.externalId,
      committee: committee.name,
      since: formatVietnamese(localDateOf(now, committee.timeZone)),
      reason: chat.reason.slice(0, 200),
    }),
  }))
  const queued = items.length > 0 ? await services.outbox.addDeliveries(run.id, items) : 0
  deps.logger.info({ chat: row.id, committee: committee.id, queued }, 'secretariat told of a chat the bot cannot write to')
  return queued
}

/**
 * A scheduled run missed beyond its window: recorded as skipped (never sent late) and the
 * secretariat told in private, through the same run. Returns false when another instance (or an
 * earlier tick) recorded it already.
 */
export async function recordMissedRun(
  deps: NoticeDeps,
  committee: Committee,
  run: { kind: RunKind; localDate: LocalDate; note: string },
  notice: { key: string; vars: Record<string, string | number> },
): Promise<boolean> {
  const { outbox, tasks } = deps.services
  const created = await outbox.createRun({
    committeeId: committee.id,
    kind: run.kind,
    localDate: toDbDate(run.localDate),
    state: 'skipped',
    note: run.note,
  })
  if (!created) {
    return false
  }
  // The committee's language, like the run it replaces.
  const text = deps.translate(committee.locale, notice.key, notice.vars)
  await outbox.addDeliveries(
    created.id,
    privateTargets(await tasks.reviewers(committee.id), committee.locale).map(({ platform, target }) => ({
      platform,
      target,
      partNo: 1,
      text,
    })),
  )
  return true
}
