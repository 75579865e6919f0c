import type { NextFunction } from 'grammy'
import type { BotContext } from '../context.js'

/** How long a claimed update is protected from a concurrent re-delivery (webhook retries). */
const LEASE_MS = 120_000

/**
 * Handles each update id once. Telegram re-delivers updates after a crash or a slow webhook; grammY
 * does not de-duplicate (reliability.md §2.4). The claim is finished after handling, so an update
 * whose handling was cut short by a crash is handled again after restart (at least once).
 */
export async function dedupUpdates(ctx: BotContext, next: NextFunction): Promise<void> {
  const { services, platform } = ctx.deps
  if (ctx.deps.preclaimed?.(ctx.update)) {
    // The journal claimed it for this process and records when it is done.
    await next()
    return
  }
  const updateId = ctx.update.update_id
  const claimed = await services.runtime.claimUpdate(platform, updateId, services.clock.now(), LEASE_MS)
  if (!claimed) {
    ctx.logger.info('duplicate update ignored')
    return
  }
  try {
    await next()
  } finally {
    await services.runtime.finishUpdate(platform, updateId)
  }
}
