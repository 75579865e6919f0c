import type { Platform } from '../db/repositories/index.js'
import type { Logger } from '../logger.js'
import { formatVietnamese, localDateOf, toDbDate } from '../services/calendar/local-date.js'
import type { Services } from '../services/index.js'

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
export async function queueChatGoneNotice(deps: NoticeDeps, chat: { platform: Platform; target: string; reason: string }, now: Date): Promise<number> {
  const { services } = deps
  const row = await services.chats.binding(chat.platform, chat.target)
  if (!row) {
    return 0
  }
  const committee = row.committee
  const run = await services.outbox.dayRun('notice', committee.id, toDbDate(localDateOf(now, committee.timeZone)))
  const reviewers = await services.tasks.reviewers(committee.id)
  const items = reviewers.flatMap((member) =>
    member.person.accounts
      .filter((account) => account.privateChatId && !account.blockedAt)
      .map((account) => ({
        platform: account.platform,
        target: account.privateChatId ?? '',
        // One notice per group and day for each person: the chat's row id keeps them apart.
        partNo: row.id,
        text: deps.translate(member.person.locale ?? committee.locale, 'notice-chat-gone', {
          chat: row.title ?? row.externalId,
          committee: committee.name,
          since: formatVietnamese(localDateOf(now, committee.timeZone)),
          reason: chat.reason.slice(0, 200),
        }),
      })),
  )
  const queued = items.length > 0 ? await services.outbox.addDeliveries(run.id, items) : 0
  deps.logger.info({ chat: row.id, committee: committee.id, queued }, 'secretariat told of a chat the bot cannot write to')
  return queued
}
