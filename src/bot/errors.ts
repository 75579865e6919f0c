import type { BotError } from 'grammy'
import { GrammyError, HttpError, type ErrorHandler } from 'grammy'
import type { Logger } from '../logger.js'
import { UserError } from '../services/errors.js'
import type { BotContext } from './context.js'

export { UserError }

export type ErrorSink = (error: unknown, updateId: number) => void

/** Sends `text` as a reply, or as a callback answer when the update was a button press. */
async function tell(ctx: BotContext, text: string): Promise<void> {
  if (ctx.callbackQuery) {
    await ctx.answerCallbackQuery({ text, show_alert: true }).catch(() => undefined)
  }
  if (ctx.chat) {
    await ctx.reply(text)
  }
}

/** The audit actions this update committed; none when they cannot be read. */
async function savedBy(ctx: BotContext, updateId: number): Promise<string[]> {
  try {
    return await ctx.deps.services.audit.actionsOfUpdate(ctx.deps.platform, updateId)
  } catch {
    return []
  }
}

/** The descriptions of a 400 that says the chat or the message cannot be answered (see isUnanswerable). */
const UNANSWERABLE_400 = new RegExp(
  [
    'chat not found',
    'message to edit not found',
    "message can't be edited",
    'message is not modified',
    'query is too old',
    'query id is invalid',
    'message to delete not found',
    'MESSAGE_ID_INVALID',
    'not enough rights',
    'have no rights',
    'CHAT_WRITE_FORBIDDEN',
    'user not found',
    'PEER_ID_INVALID',
  ].join('|'),
  'i',
)

/**
 * Telegram refusing to let the bot answer in a chat that is gone or a message it cannot edit: the
 * update came from a chat the bot may no longer write to (removed, blocked, a channel), or a button
 * under a message that was deleted or is too old. Nothing the bot did wrong, and nothing to retry.
 */
export function isUnanswerable(error: unknown): boolean {
  if (!(error instanceof GrammyError)) {
    return false
  }
  if (error.error_code === 403) {
    return true
  }
  return error.error_code === 400 && UNANSWERABLE_400.test(error.description)
}

/**
 * The one error boundary. A refusal from Telegram to answer where the bot cannot (isUnanswerable)
 * is logged as a warning. A UserError is an expected refusal and is answered in the user's
 * language; anything else is logged with the update id, reported to the sink, and answered with a
 * short apology.
 */
export function createErrorHandler(rootLogger: Logger, sink?: ErrorSink): ErrorHandler<BotContext> {
  return async (botError: BotError<BotContext>) => {
    const { ctx, error } = botError
    const updateId = ctx.update.update_id
    const logger = ctx.logger ?? rootLogger.child({ update_id: updateId })
    if (error instanceof UserError) {
      logger.info({ key: error.key }, 'refused')
      await tell(ctx, ctx.t(error.key, error.vars)).catch((replyError: unknown) =>
        logger.warn({ err: replyError }, 'could not deliver refusal'),
      )
      return
    }
    // A double tap on a button edits a message into what it already is: nothing went wrong.
    if (error instanceof GrammyError && error.error_code === 400 && /message is not modified/i.test(error.description)) {
      logger.debug('edit changed nothing')
      return
    }
    if (isUnanswerable(error)) {
      logger.warn({ err: error }, 'could not answer: the chat or message is out of reach')
      return
    }
    const kind = error instanceof GrammyError ? 'telegram' : error instanceof HttpError ? 'network' : 'internal'
    logger.error({ err: error, kind, update_id: updateId }, 'update failed')
    sink?.(error, updateId)
    // Every change is audited in its own transaction with the update's id: if this update saved
    // something before failing (e.g. telling the bodies hit a 429), say so — "nothing changed"
    // would send the official to do it twice.
    const saved = await savedBy(ctx, updateId)
    if (saved.length > 0) {
      const what = [...new Set(saved.map((action) => ctx.t(`saved-what-${action.split('.')[0] ?? 'other'}`)))].join(', ')
      await tell(ctx, ctx.t('error-internal-after-save', { what })).catch(() => undefined)
      return
    }
    if (kind !== 'network') {
      await tell(ctx, ctx.t('error-internal')).catch(() => undefined)
    }
  }
}
