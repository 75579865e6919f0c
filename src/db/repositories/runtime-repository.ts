import type { DbClient, Platform } from './client-types.js'

/** Conversation state storage (JSON text) and the processed-update ledger. */
export function createRuntimeRepository(db: DbClient) {
  return {
    async readConversation(key: string): Promise<string | undefined> {
      const row = await db.conversationState.findUnique({ where: { key } })
      return row?.value
    },
    async writeConversation(key: string, value: string): Promise<void> {
      await db.conversationState.upsert({ where: { key }, create: { key, value }, update: { value } })
    },
    async deleteConversation(key: string): Promise<void> {
      await db.conversationState.deleteMany({ where: { key } })
    },
    async purgeConversationsBefore(cutoff: Date): Promise<number> {
      return (await db.conversationState.deleteMany({ where: { updatedAt: { lt: cutoff } } })).count
    },
    /**
     * Claims an update for handling. Returns false when it is already done, or being handled
     * under a live lease (a re-delivery racing the first delivery).
     */
    async claimUpdate(platform: Platform, updateId: number, now: Date, leaseMs: number): Promise<boolean> {
      const id = BigInt(updateId)
      const leaseUntil = new Date(now.getTime() + leaseMs)
      const created = await db.processedUpdate.createMany({
        data: [{ platform, updateId: id, state: 'processing', leaseUntil }],
        skipDuplicates: true,
      })
      if (created.count === 1) {
        return true
      }
      const reclaimed = await db.processedUpdate.updateMany({
        where: { platform, updateId: id, state: 'processing', leaseUntil: { lt: now } },
        data: { leaseUntil },
      })
      return reclaimed.count === 1
    },
    async finishUpdate(platform: Platform, updateId: number): Promise<void> {
      await db.processedUpdate.updateMany({ where: { platform, updateId: BigInt(updateId) }, data: { state: 'done' } })
    },
    /**
     * Forgets unfinished claims. Called when a single poller starts: whatever was "processing"
     * belonged to a process that died, and must be handled again (at least once).
     */
    async releaseUnfinished(platform: Platform): Promise<number> {
      return (await db.processedUpdate.deleteMany({ where: { platform, state: 'processing' } })).count
    },
    async purgeUpdatesBefore(cutoff: Date): Promise<number> {
      return (await db.processedUpdate.deleteMany({ where: { createdAt: { lt: cutoff }, state: 'done' } })).count
    },
  }
}
export type RuntimeRepository = ReturnType<typeof createRuntimeRepository>
