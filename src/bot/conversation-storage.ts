import type { ConversationData, VersionedState } from '@grammyjs/conversations'
import type { RuntimeRepository } from '../db/repositories/runtime-repository.js'

/**
 * Conversation state in the database as JSON text, so a dialogue survives a restart. JSON is
 * also what makes `conversation.external` results round-trip the same way in tests and in
 * production (a Date comes back as a string in both).
 */
export function createConversationStorage(runtime: RuntimeRepository) {
  return {
    async read(key: string): Promise<VersionedState<ConversationData> | undefined> {
      const value = await runtime.readConversation(key)
      return value === undefined ? undefined : (JSON.parse(value) as VersionedState<ConversationData>)
    },
    async write(key: string, state: VersionedState<ConversationData>): Promise<void> {
      await runtime.writeConversation(key, JSON.stringify(state))
    },
    async delete(key: string): Promise<void> {
      await runtime.deleteConversation(key)
    },
  }
}
