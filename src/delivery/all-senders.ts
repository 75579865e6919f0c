import type { DrainStats, Sender } from './sender.js'

/** The senders of every platform this process runs, driven as one (the scheduler sees a single sender). */
export function allSenders(senders: Sender[]) {
  return {
    async drain(): Promise<DrainStats> {
      const all = await Promise.all(senders.map((sender) => sender.drain()))
      const total: DrainStats = { sent: 0, failed: 0, unknown: 0, retried: 0, rateLimited: 0, rekeyed: 0, rejected: 0, rebooked: 0 }
      for (const stats of all) {
        for (const key of Object.keys(total) as (keyof DrainStats)[]) {
          total[key] += stats[key]
        }
      }
      return total
    },
    async expireInterrupted(soleProcess = false): Promise<number> {
      let expired = 0
      for (const sender of senders) {
        expired += await sender.expireInterrupted(soleProcess)
      }
      return expired
    },
    start(): void {
      senders.forEach((sender) => sender.start())
    },
    wake(): void {
      senders.forEach((sender) => sender.wake())
    },
    async stop(): Promise<void> {
      await Promise.all(senders.map((sender) => sender.stop()))
    },
  }
}
