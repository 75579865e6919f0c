import { Composer } from 'grammy'
import type { BotContext } from '../context.js'
import { IMPORT_PLAN_CONVERSATION } from '../conversations/import-plan.js'
import { requirePrivate, requireRight } from '../helpers/scope.js'

const composer = new Composer<BotContext>()

/** /nhapkehoach: read a plan from a file or pasted text (secretariat, in private). */
composer.command('nhapkehoach', async (ctx) => {
  requirePrivate(ctx)
  await requireRight(ctx, 'plan.manage')
  await ctx.conversation.enter(IMPORT_PLAN_CONVERSATION)
})

export { composer as importFeature }
