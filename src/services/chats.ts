import type { ChatBinding, Platform, Repositories } from '../db/repositories/index.js'
import type { Clock } from './clock.js'

export function createChatService(repos: Repositories, clock: Clock) {
  return {
    binding(platform: Platform, externalId: string): Promise<ChatBinding | null> {
      return repos.chats.find(platform, externalId)
    },

    /** The bot was removed, kicked or blocked: stop using the chat. Returns false if nothing changed. */
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
      })
      return true
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

    listByPlatform(platform: Platform) {
      return repos.chats.listByPlatform(platform)
    },

    listActive(committeeId: number) {
      return repos.chats.listActive(committeeId)
    },
  }
}
export type ChatService = ReturnType<typeof createChatService>
