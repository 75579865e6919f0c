import { splitMessage } from '../bot/helpers/reply.js'
import type { Repositories } from '../db/repositories/index.js'
import type { Keyboard, NewDelivery } from '../db/repositories/outbox-repository.js'
import type { Announce, Audience, ChatTarget, Notice, Reach, Tr } from '../services/notice.js'
import { privateTargets } from '../services/people.js'
import { TEXT_LIMITS } from './platform.js'
import type { Translate } from './translate.js'

interface Resolved {
  chats: Map<string, ChatTarget>
  people: Set<number>
  unreachable: string[]
}

/** Who an audience is, in the transaction's view: chats to write to, and who cannot be reached. */
async function resolve(repos: Repositories, notice: Notice, committeeLocale: string): Promise<Resolved> {
  const resolved: Resolved = { chats: new Map(), people: new Set(), unreachable: [] }
  const addChat = (chat: ChatTarget) => resolved.chats.set(`${chat.platform}:${chat.target}`, chat)
  const seen = new Set<number>()
  const addPerson = (person: {
    id: number
    displayName: string
    locale: string | null
    accounts: Parameters<typeof privateTargets>[0][number]['person']['accounts']
  }) => {
    if (seen.has(person.id)) {
      return
    }
    seen.add(person.id)
    const targets = privateTargets([{ person }], committeeLocale)
    if (targets.length === 0) {
      resolved.unreachable.push(person.displayName)
      return
    }
    resolved.people.add(person.id)
    for (const target of targets) {
      addChat({ ...target, toGroup: false })
    }
  }
  const groupBodies = new Set(notice.to.flatMap((a) => (a.kind === 'body-groups' ? a.bodyIds : [])))
  const needsChats = notice.to.some((a) => a.kind === 'body-groups' || a.kind === 'committee-groups' || a.kind === 'body-contacts')
  const chats = needsChats ? await repos.chats.listActive(notice.committeeId) : []
  const groupOf = (chat: (typeof chats)[number]) =>
    addChat({ platform: chat.platform, target: chat.externalId, toGroup: true, locale: committeeLocale })

  for (const audience of notice.to satisfies Audience[]) {
    switch (audience.kind) {
      case 'people':
        for (const id of audience.personIds) {
          const person = await repos.people.findById(id)
          if (person) {
            addPerson(person)
          }
        }
        break
      case 'secretariat':
        for (const member of await repos.tasks.reviewers(notice.committeeId)) {
          addPerson(member.person)
        }
        break
      case 'body-contacts': {
        const contacts = await repos.tasks.contactsOf(audience.bodyIds)
        for (const contact of contacts) {
          addPerson(contact.person)
        }
        // A body nobody answers for, and with no group to tell: the secretariat must call it.
        const silent = audience.bodyIds.filter(
          (id) =>
            !contacts.some((c) => c.bodyId === id) &&
            !(groupBodies.has(id) && chats.some((chat) => chat.purpose === 'body' && chat.bodyId === id)),
        )
        if (silent.length > 0) {
          const bodies = await repos.bodies.listActive(notice.committeeId)
          resolved.unreachable.push(...silent.flatMap((id) => bodies.filter((b) => b.id === id).map((b) => b.name)))
        }
        break
      }
      case 'body-groups':
        chats.filter((chat) => chat.purpose === 'body' && chat.bodyId !== null && audience.bodyIds.includes(chat.bodyId)).forEach(groupOf)
        break
      case 'committee-groups':
        chats.filter((chat) => chat.purpose === 'committee').forEach(groupOf)
        break
    }
  }
  return resolved
}

/**
 * The one module that turns notices into deliveries. Each recipient's message is rendered now, in
 * their language (people: their own, else the committee's; groups: the committee's), cut into parts
 * that fit the platform, buttons under the last part of a private message. Rendering when written
 * keeps in the outbox exactly what will be sent (what /guiloi and the audit show), independent of a
 * deploy or a renamed message between writing and sending, and keeps the senders plain pipes.
 * `onQueued` runs after something was written (to wake the sender; it may run before the commit).
 */
export function createAnnouncer(deps: { translate: Translate; onQueued?: () => void }): Announce {
  return async (repos: Repositories, notices: Notice[]): Promise<Reach> => {
    const reach: Reach = { people: 0, groups: 0, unreachable: [] }
    let queued = 0
    for (const notice of notices) {
      const committee = await repos.committees.findById(notice.committeeId)
      if (!committee) {
        continue
      }
      const resolved = await resolve(repos, notice, committee.locale)
      reach.people += resolved.people.size
      reach.groups += [...resolved.chats.values()].filter((chat) => chat.toGroup).length
      reach.unreachable.push(...resolved.unreachable.filter((name) => !reach.unreachable.includes(name)))
      const rendered = new Map<string, { text: string; keyboard: Keyboard | null }>()
      const render = (locale: string) => {
        let message = rendered.get(locale)
        if (!message) {
          const t: Tr = (key, vars) => deps.translate(locale, key, vars)
          const keyboard = notice.buttons?.map((row) => row.map((button) => ({ text: button.label(t), data: button.data }))) ?? null
          message = { text: notice.text(t), keyboard: keyboard && keyboard.length > 0 ? keyboard : null }
          rendered.set(locale, message)
        }
        return message
      }
      const items: NewDelivery[] = [...resolved.chats.values()].flatMap((chat) => {
        const { text, keyboard } = render(chat.locale)
        const parts = splitMessage(text, TEXT_LIMITS[chat.platform])
        return parts.map((part, index) => ({
          platform: chat.platform,
          target: chat.target,
          toGroup: chat.toGroup,
          partNo: index + 1,
          text: part,
          // Buttons act for the person pressing them; in a group anyone could.
          keyboard: index === parts.length - 1 && !chat.toGroup ? keyboard : null,
        }))
      })
      if (items.length > 0) {
        queued += await repos.outbox.addAnnouncement(notice.committeeId, notice.topic, items)
      }
    }
    if (queued > 0) {
      deps.onQueued?.()
    }
    return reach
  }
}
