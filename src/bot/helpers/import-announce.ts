import type { BotContext } from '../context.js'
import { notifyPeople, type Recipient } from './notify-people.js'
import { dueText, recipientsOf } from './task-announce.js'

/**
 * After a plan is imported, each contact of a lead or coordinating body hears once, in private,
 * of all the new tasks of their bodies (not one message per task). Returns who could not be reached.
 */
export async function announceImport(ctx: BotContext, committeeId: number, taskIds: number[]): Promise<{ unreachable: string[] }> {
  const { services } = ctx.deps
  const tasks = await services.tasks.listByIds(committeeId, taskIds)
  const doers = (task: (typeof tasks)[number]) =>
    task.bodies.filter((b) => b.role === 'lead' || b.role === 'coordinating').map((b) => b.bodyId)
  const contacts = await services.tasks.contactsOf([...new Set(tasks.flatMap(doers))])
  const byPerson = new Map<number, { recipient: Recipient; tasks: typeof tasks }>()
  for (const task of tasks) {
    const own = new Set(doers(task))
    for (const recipient of recipientsOf(contacts.filter((c) => own.has(c.bodyId)))) {
      const entry = byPerson.get(recipient.personId) ?? { recipient, tasks: [] }
      if (!entry.tasks.includes(task)) {
        entry.tasks.push(task)
      }
      byPerson.set(recipient.personId, entry)
    }
  }
  const unreachable: string[] = []
  for (const { recipient, tasks: theirs } of byPerson.values()) {
    const result = await notifyPeople(ctx, [recipient], (locale) => {
      const t = (key: string, vars?: Record<string, string | number>) => ctx.deps.translate(locale, key, vars)
      return [
        t('import-announce', { count: theirs.length }),
        ...theirs.map((task) => {
          const title = task.title.length > 90 ? `${task.title.slice(0, 88)}…` : task.title
          const due = task.dueDate ? t('task-due', { due: dueText(t, task) }) : t('task-no-due')
          return `• ${t('import-announce-line', { number: task.number, title, due })}`
        }),
        t('import-announce-footer'),
      ].join('\n')
    })
    unreachable.push(...result.unreachable)
  }
  return { unreachable }
}
