import type { SessionWithDetails } from '../../db/repositories/index.js'
import { formatVietnamese, localDateOf, type LocalDate } from '../../services/calendar/local-date.js'
import { roleAllows } from '../../services/permissions.js'
import { localHhmm } from '../../services/time.js'
import type { BotContext } from '../context.js'
import { rollupLines } from './after-session-view.js'

/**
 * What /phien N adds after the session's tasks: before it, the registration and the bridge points;
 * once held, the roll-up of its opinions and conclusion items, and where to act on them.
 */
export async function afterSessionLines(ctx: BotContext, session: SessionWithDetails, today: LocalDate): Promise<string[]> {
  const { services } = ctx.deps
  const committee = await services.committees.findById(session.committeeId)
  const tz = committee?.timeZone ?? 'Asia/Ho_Chi_Minh'
  const role = ctx.actor ? await services.permissions.roleOf(session.committeeId, ctx.actor.personId) : null
  const lines: string[] = ['']
  if (session.status === 'held' || session.status === 'concluded') {
    const rollup = await services.afterSession.read.forSession(session, today)
    lines.push(ctx.t('rollup-header'), ...rollupLines(ctx.t, rollup).map((line) => `  ${line}`))
    lines.push(ctx.t(roleAllows(role, 'opinion.manage') ? 'rollup-hint-manage' : 'rollup-hint-view', { number: session.number }))
    return lines
  }
  if (session.status === 'cancelled') {
    return []
  }
  if (session.registrationCode && session.registrationClosesAt) {
    const closes = session.registrationClosesAt
    lines.push(
      ctx.t(closes > services.clock.now() ? 'session-registration-open' : 'session-registration-closed', {
        code: session.registrationCode,
        closes: `${localHhmm(closes, tz)} ${formatVietnamese(localDateOf(closes, tz))}`,
        number: session.number,
      }),
    )
  } else if (roleAllows(role, 'opinion.manage')) {
    lines.push(ctx.t('session-registration-hint', { number: session.number }))
  }
  if (session.format !== 'in_person' && session.bridgePoints.length > 0) {
    const ready = session.bridgePoints.filter((p) => p.readyAt !== null).length
    lines.push(ctx.t('session-bridge-summary', { ready, total: session.bridgePoints.length, number: session.number }))
  }
  return lines.length > 1 ? lines : []
}
