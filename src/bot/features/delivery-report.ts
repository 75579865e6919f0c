import { Composer } from 'grammy'
import { formatVietnamese, fromDbDate, localDateOf } from '../../services/calendar/local-date.js'
import type { BotContext } from '../context.js'
import { replyLong } from '../helpers/reply.js'
import { requireRight } from '../helpers/scope.js'

const composer = new Composer<BotContext>()

/**
 * /guiloi — what the bot could not deliver in the last 14 days: messages whose outcome is unknown
 * (they may or may not have arrived; never resent automatically), chats that refused them, and
 * digests skipped because the bot was down. For the secretariat to follow up by hand.
 */
composer.command('guiloi', async (ctx) => {
  const scope = await requireRight(ctx, 'task.manage')
  const { services } = ctx.deps
  const since = new Date(services.clock.now().getTime() - 14 * 24 * 3600_000)
  const { deliveries, skipped } = await services.outbox.problems(scope.committee.id, since)
  const chats = new Map((await services.chats.listActive(scope.committee.id)).map((c) => [c.externalId, c.title ?? c.externalId]))
  const lines = [
    ctx.t('delivery-report-header', { count: deliveries.length + skipped.length }),
    ...deliveries.map((d) =>
      ctx.t(d.state === 'unknown' ? 'delivery-report-unknown' : 'delivery-report-failed', {
        date: formatVietnamese(d.run ? fromDbDate(d.run.localDate) : localDateOf(d.createdAt, scope.committee.timeZone)),
        // An announcement (no run) is named by what it told.
        kind: ctx.t(d.run ? `run-kind-${d.run.kind.replace('_', '-')}` : 'run-kind-announcement'),
        chat: chats.get(d.target) ?? d.target,
        error: d.error ?? '-',
      }),
    ),
    ...skipped.map((r) =>
      ctx.t('delivery-report-skipped', {
        date: formatVietnamese(fromDbDate(r.localDate)),
        kind: ctx.t(`run-kind-${r.kind.replace('_', '-')}`),
      }),
    ),
  ]
  await replyLong(ctx, lines.length > 1 ? lines.join('\n') : ctx.t('delivery-report-none'))
})

export { composer as deliveryReportFeature }
