import type { Tell } from '../../services/after-session/notice.js'
import type { BotContext } from '../context.js'
import { notifyCommitteeGroups } from './notify.js'
import { notifyBodyGroups, notifyPeople } from './notify-people.js'
import { announceAssignment, recipientsOf } from './task-announce.js'

/**
 * The one place the after-session features tell other chats what a change means (new tasks, due
 * dates, progress). Interim: it sends now, as the other features on main do; when the outbox's
 * announcements land, the services write these notices in their transactions and this file goes.
 * Returns who could not be reached, for the official to call, and how many groups were told.
 */
export async function tell(ctx: BotContext, committeeId: number, what: Tell): Promise<{ unreachable: string[]; groups: number }> {
  const unreachable: string[] = []
  let groups = 0
  for (const task of what.assigned) {
    unreachable.push(...(await announceAssignment(ctx, committeeId, task)).unreachable)
  }
  const { services } = ctx.deps
  for (const notice of what.notices) {
    const text = (locale: string) => notice.text((key, vars) => ctx.deps.translate(locale, key, vars))
    for (const audience of notice.to) {
      switch (audience.kind) {
        case 'body-contacts':
          unreachable.push(...(await notifyPeople(ctx, recipientsOf(await services.tasks.contactsOf(audience.bodyIds)), text)).unreachable)
          break
        case 'body-groups':
          groups += (await notifyBodyGroups(ctx, committeeId, audience.bodyIds, text)).length
          break
        case 'committee-groups':
          groups += await notifyCommitteeGroups(ctx, committeeId, text)
          break
        case 'secretariat':
          await notifyPeople(ctx, recipientsOf(await services.tasks.reviewers(committeeId)), text)
          break
        case 'people':
          // Not used by the after-session notices yet; the outbox resolves it when it lands.
          break
      }
    }
  }
  return { unreachable: [...new Set(unreachable)], groups }
}
