import type { Logger } from '../logger.js'
import type { Services } from '../services/index.js'

/** How long handled update ids are kept: Telegram keeps undelivered updates for 24 hours. */
export const PROCESSED_UPDATE_TTL_MS = 7 * 24 * 3600 * 1000

export interface PurgeRuntimeDeps {
  services: Pick<Services, 'runtime'>
  logger: Logger
  conversationTimeoutMs: number
}

/**
 * Forgets what is no longer needed: update ids old enough that Telegram cannot re-deliver them,
 * and dialogue states abandoned past their timeout (they hold what people typed — personal data
 * kept no longer than useful).
 */
export async function runPurgeRuntime(deps: PurgeRuntimeDeps, now: Date): Promise<{ updates: number; conversations: number }> {
  const logger = deps.logger.child({ job: 'purge-runtime' })
  const updates = await deps.services.runtime.purgeUpdatesBefore(new Date(now.getTime() - PROCESSED_UPDATE_TTL_MS))
  const conversations = await deps.services.runtime.purgeConversationsBefore(
    new Date(now.getTime() - deps.conversationTimeoutMs - 3600_000),
  )
  logger.info({ updates, conversations }, 'runtime state purged')
  return { updates, conversations }
}
