import type { NextFunction } from 'grammy'
import type { BotContext, BotRuntime } from '../context.js'

/** Gives every update the shared runtime and its own child logger. */
export function attachRuntime(runtime: BotRuntime) {
  return async (ctx: BotContext, next: NextFunction) => {
    ctx.deps = runtime
    ctx.capabilities = runtime.capabilities
    ctx.logger = runtime.logger.child({ update_id: ctx.update.update_id })
    ctx.person = null
    ctx.actor = null
    ctx.binding = null
    await next()
  }
}
