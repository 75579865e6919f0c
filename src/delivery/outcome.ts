import { GrammyError, HttpError } from 'grammy'

/** What a failed send means for the delivery. */
export type SendFailure =
  | { kind: 'rate-limited'; retryAfterMs: number; description: string }
  | { kind: 'gone'; description: string }
  | { kind: 'migrated'; to: string; description: string }
  | { kind: 'retry'; afterMs: number; description: string }
  | { kind: 'unknown'; description: string }

/** Errors raised before a connection exists: the request cannot have reached Telegram. */
const PRE_CONNECT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT'])

function causeCode(error: unknown): string | undefined {
  let current: unknown = error
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string') {
      return code
    }
    current = (current as { cause?: unknown; error?: unknown }).cause ?? (current as { error?: unknown }).error
  }
  return undefined
}

/**
 * Classifies a Bot API failure (reliability.md §1, §8): 429 waits `retry_after`; 403 means the bot
 * was removed or blocked; 400 with `migrate_to_chat_id` means the group moved; 5xx and pre-connect
 * network errors are retried later; any other network error may have delivered the message, so it
 * is unknown and never resent automatically.
 */
export function classifySendError(error: unknown): SendFailure {
  if (error instanceof GrammyError) {
    const description = `${error.error_code}: ${error.description}`
    if (error.error_code === 429) {
      return { kind: 'rate-limited', retryAfterMs: (error.parameters.retry_after ?? 5) * 1000, description }
    }
    if (error.error_code === 403) {
      return { kind: 'gone', description }
    }
    if (error.error_code === 400 && error.parameters.migrate_to_chat_id) {
      return { kind: 'migrated', to: String(error.parameters.migrate_to_chat_id), description }
    }
    if (error.error_code === 400 && /chat not found/i.test(error.description)) {
      return { kind: 'gone', description }
    }
    if (error.error_code >= 500) {
      return { kind: 'retry', afterMs: 30_000, description }
    }
    return { kind: 'gone', description }
  }
  if (error instanceof HttpError) {
    const code = causeCode(error)
    if (code && PRE_CONNECT.has(code)) {
      return { kind: 'retry', afterMs: 30_000, description: `network before connecting: ${code}` }
    }
    return { kind: 'unknown', description: `network: ${error.message}` }
  }
  return { kind: 'unknown', description: error instanceof Error ? error.message : String(error) }
}
