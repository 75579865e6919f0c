import { Composer } from 'grammy'
import { composeDigest } from '../../jobs/daily-digest.js'
import { localDateOf } from '../../services/calendar/local-date.js'
import { UserError } from '../../services/errors.js'
import { roleAllows } from '../../services/permissions.js'
import type { BotContext } from '../context.js'
import { replyLong } from '../helpers/reply.js'
import { currentScope } from '../helpers/scope.js'

const composer = new Composer<BotContext>()

/** /bantin: today's digest as it would be sent, shown here only (not counted as the day's digest). */
composer.command('bantin', async (ctx) => {
  const scope = await currentScope(ctx)
  if (!roleAllows(scope.role, 'task.manage') && scope.role !== 'leader') {
    throw new UserError('error-forbidden')
  }
  const today = localDateOf(ctx.deps.services.clock.now(), scope.committee.timeZone)
  const t = (key: string, vars?: Record<string, string | number>) => ctx.t(key, vars)
  const text = (await composeDigest(ctx.deps.services, scope.committee, today, t)) ?? t('digest-empty', { date: today.split('-').reverse().join('/') })
  await replyLong(ctx, `${ctx.t('bantin-preview')}\n\n${text}`)
})

export { composer as digestFeature }
