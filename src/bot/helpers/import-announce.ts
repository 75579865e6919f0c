import { formatVietnamese, fromDbDate } from '../../services/calendar/local-date.js'
import type { BotContext } from '../context.js'
import { notifyPeople } from './notify-people.js'
import { recipientsOf } from './task-announce.js'

/**
 * After a plan is imported, each contact of a lead or coordinating body hears once, in private,
 * of all the new tasks of their bodies (not one message per task). Returns who could not be reached.
 */
export async function announceImport(ctx: BotContext, committeeId: number, taskIds: number[]): Promise<{ unreachable: string[] }> {
  const { services } = ctx.deps
  const tasks = (await services.tasks.list(committeeId, { status: ['open'] })).filter((task) => taskIds.includes(task.id))
  const byPerson = new Map<number, { recipient: ReturnType<typeof recipientsOf>[number]; lines: { number: number; title: string; due: Date | null; provisional: boolean }[] }>()
  const bodyIds = [...new Set(tasks.flatMap((task) => task.bodies.filter((b) => b.role === 'lead' || b.role === 'coordinating').map((b) => b.bodyId)))]
  const contacts = await services.tasks.contactsOf(bodyIds)
  for (const task of tasks) {
    const own = new Set(task.bodies.filter((b) => b.role === 'lead' || b.role === 'coordinating').map((b) => b.bodyId))
    for (const contact of contacts.filter((c) => own.has(c.bodyId))) {
      const [recipient] = recipientsOf([contact])
      if (!recipient) {
        continue
      }
      const entry = byPerson.get(recipient.personId) ?? { recipient, lines: [] }
      if (!entry.lines.some((line) => line.number === task.number)) {
        entry.lines.push({ number: task.number, title: task.title, due: task.dueDate, provisional: task.dueProvisional })
      }
      byPerson.set(recipient.personId, entry)
    }
  }
  const unreachable: string[] = []
  for (const { recipient, lines } of byPerson.values()) {
    const result = await notifyPeople(ctx, [recipient], (locale) => {
      const t = (key: string, vars?: Record<string, string | number>) => ctx.deps.translate(locale, key, vars)
      return [
        t('import-announce', { count: lines.length }),
        ...lines.map((line) => {
          const title = line.title.length > 90 ? `${line.title.slice(0, 88)}…` : line.title
          const due = line.due ? t('task-due', { due: `${formatVietnamese(fromDbDate(line.due))}${line.provisional ? ` ${t('task-due-provisional')}` : ''}` }) : t('task-no-due')
          return `• ${t('import-announce-line', { number: line.number, title, due })}`
        }),
        t('import-announce-footer'),
      ].join('\n')
    })
    unreachable.push(...result.unreachable)
  }
  return { unreachable }
}
