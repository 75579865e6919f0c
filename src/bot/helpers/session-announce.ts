import { formatVietnamese } from '../../services/calendar/local-date.js'
import type { RescheduleResult } from '../../services/sessions.js'
import type { BotContext } from '../context.js'
import { notifyCommitteeGroups } from './notify.js'
import { sessionWhenWithWords } from './session-view.js'

/**
 * Tells the committee group that a session moved, from what to what, and why. Due dates that
 * depend on the session are listed by the tasks feature once tasks exist.
 */
export async function announceReschedule(ctx: BotContext, committeeId: number, result: RescheduleResult, reason: string): Promise<number> {
  return notifyCommitteeGroups(ctx, committeeId, (locale) => {
    const t = (key: string, vars?: Record<string, string | number>) => ctx.deps.translate(locale, key, vars)
    const lines = [
      t('reschedule-announce', {
        number: result.session.number,
        topic: result.session.topic,
        from: sessionWhenWithWords(t, result.before),
        to: sessionWhenWithWords(t, result.session),
        reason,
      }),
    ]
    if (result.moved.length > 0) {
      lines.push(t('reschedule-moved-header'))
      for (const moved of result.moved) {
        lines.push(
          t('reschedule-moved-line', {
            number: moved.number,
            title: moved.title,
            from: moved.from ? formatVietnamese(moved.from) : t('task-no-due'),
            to: moved.to ? `${formatVietnamese(moved.to)}${moved.provisional ? ` ${t('task-due-provisional')}` : ''}` : t('task-no-due'),
            words: moved.text ?? '-',
          }),
        )
      }
    }
    return lines.join('\n')
  })
}
