import type { ChatBinding, Platform, Repositories } from '../db/repositories/index.js'
import { formatVietnamese, localDateOf } from './calendar/local-date.js'
import type { Clock } from './clock.js'
import type { Announce, Notice } from './notice.js'

/**
 * The secretariat hears, in private, that a group can no longer be written to: its digests and
 * reminders stop until someone adds the bot back and registers the group again.
 */
function chatGoneNotice(chat: ChatBinding, reason: string, now: Date): Notice {
  return {
    committeeId: chat.committeeId,
    topic: 'notice-chat-gone',
    to: [{ kind: 'secretariat' }],
    text: (t) =>
      t('notice-chat-gone', {
        chat: chat.title ?? chat.externalId,
        committee: chat.committee.name,
        since: formatVietnamese(localDateOf(now, chat.committee.timeZone)),
        reason: reason.slice(0, 200),
      }),
  }
}

export function createChatService(repos: Repositories, clock: Clock, announce: Announce) {
  const service = {
    binding(platform: Platform, externalId: string): Promise<ChatBinding | null> {
      return repos.chats.find(platform, externalId)
    },

    /**
     * The bot was removed, kicked or blocked: stop using the chat, and tell the secretariat once (in
     * the same transaction, so neither twice nor never). Returns false if nothing changed.
     */
    async deactivate(platform: Platform, externalId: string, reason: string, updateId: number | null): Promise<boolean> {
      const chat = await repos.chats.find(platform, externalId)
      if (!chat?.active) {
        return false
      }
      await repos.transaction(async (tx) => {
        const after = await tx.chats.deactivate(chat.id, reason, clock.now())
        await tx.audit.record({
          committeeId: chat.committeeId,
          actorPersonId: null,
          actorVia: 'system',
          action: 'chat.deactivate',
          targetType: 'chat',
          targetId: String(chat.id),
          before: { active: chat.active },
          after: { active: after.active, reason },
          platform,
          chatExternalId: externalId,
          updateId,
        })
        await announce(tx, [chatGoneNotice(chat, reason, clock.now())])
      })
      return true
    },

    /**
     * A chat refused a message for good (the sender's verdict): a registered group is deactivated as
     * above; a person's private chat is marked blocked, so announcements report them unreachable.
     */
    async refused(platform: Platform, externalId: string, reason: string): Promise<void> {
      if (!(await service.deactivate(platform, externalId, reason, null))) {
        await repos.people.markPrivateChatBlocked(platform, externalId, clock.now())
      }
    },

    /**
     * A group became a supergroup and its id changed. Re-keys the binding so nothing bound to it is
     * lost. Idempotent: Telegram announces the move twice (in the old and the new chat).
     */
    async migrate(platform: Platform, fromExternalId: string, toExternalId: string, updateId: number | null): Promise<boolean> {
      const chat = await repos.chats.find(platform, fromExternalId)
      if (!chat || (await repos.chats.find(platform, toExternalId))) {
        return false
      }
      await repos.transaction(async (tx) => {
        await tx.chats.rekey(chat.id, toExternalId)
        await tx.audit.record({
          committeeId: chat.committeeId,
          actorPersonId: null,
          actorVia: 'system',
          action: 'chat.migrate',
          targetType: 'chat',
          targetId: String(chat.id),
          before: { externalId: fromExternalId },
          after: { externalId: toExternalId },
          platform,
          chatExternalId: toExternalId,
          updateId,
        })
      })
      return true
    },

    listActive(committeeId: number) {
      return repos.chats.listActive(committeeId)
    },
  }
  return service
}
export type ChatService = ReturnType<typeof createChatService>
