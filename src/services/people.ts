import type { Committee, MemberRole, Person, Platform, Repositories } from '../db/repositories/index.js'

/** Someone the outbox writes to in private, with their accounts and language. */
interface Reachable {
  person: {
    locale: string | null
    /** The platform the person chose for private messages (/caidat kenh); null or absent: every one. */
    privateChannel?: Platform | null
    accounts: { platform: Platform; privateChatId: string | null; blockedAt: Date | null }[]
  }
}

/**
 * The private chats where these people are written to (started the bot, not blocked it), in their
 * language: on the platform each chose, or on every one where they can be reached when they chose
 * none — or cannot be reached on the one they chose (a message never goes nowhere).
 */
export function privateTargets(people: Reachable[], fallbackLocale: string): { platform: Platform; target: string; locale: string }[] {
  return people.flatMap(({ person }) => {
    const reachable = person.accounts.filter((account) => account.privateChatId && !account.blockedAt)
    const chosen = person.privateChannel ? reachable.filter((account) => account.platform === person.privateChannel) : []
    return (chosen.length > 0 ? chosen : reachable).map((account) => ({
      platform: account.platform,
      target: account.privateChatId ?? '',
      locale: person.locale ?? fallbackLocale,
    }))
  })
}

export interface IdentifyInput {
  platform: Platform
  externalId: string
  displayName: string
  username: string | null
  /** The private chat id when the person is talking to the bot in private. */
  privateChatId: string | null
}

export interface PersonContext {
  person: Person
  /** The committee private-chat commands act on, if any. */
  committee: Committee | null
  role: MemberRole | null
}

export function createPeopleService(repos: Repositories) {
  return {
    /** Finds or creates the person behind a platform account, keeping username and private chat current. */
    async identify(input: IdentifyInput): Promise<Person> {
      const existing = await repos.people.findAccount(input.platform, input.externalId)
      if (!existing) {
        try {
          const created = await repos.people.createWithAccount(
            { displayName: input.displayName },
            {
              platform: input.platform,
              externalId: input.externalId,
              username: input.username,
              privateChatId: input.privateChatId,
            },
          )
          return created.person
        } catch {
          // Another update created the same account concurrently: use theirs.
          const raced = await repos.people.findAccount(input.platform, input.externalId)
          if (!raced) {
            throw new Error('platform account vanished')
          }
          return raced.person
        }
      }
      const changes: { username?: string | null; privateChatId?: string; blockedAt?: null } = {}
      if (existing.username !== input.username) {
        changes.username = input.username
      }
      if (input.privateChatId && existing.privateChatId !== input.privateChatId) {
        changes.privateChatId = input.privateChatId
      }
      if (input.privateChatId && existing.blockedAt) {
        changes.blockedAt = null
      }
      if (Object.keys(changes).length > 0) {
        await repos.people.updateAccount(existing.id, changes)
      }
      return existing.person
    },

    async setLocale(personId: number, locale: string): Promise<void> {
      await repos.people.updatePerson(personId, { locale })
    },

    async localeOf(platform: Platform, externalId: string): Promise<string | null> {
      return (await repos.people.findAccount(platform, externalId))?.person.locale ?? null
    },

    /**
     * The committee a person's private-chat commands act on: the one chosen last, or the only
     * one they belong to.
     */
    async context(personId: number): Promise<PersonContext> {
      const person = await repos.people.findById(personId)
      if (!person) {
        throw new Error(`person ${personId} not found`)
      }
      const committees = await repos.committees.listForPerson(personId)
      const committee =
        committees.find((c) => c.id === person.activeCommitteeId) ?? (committees.length === 1 ? committees[0] : null) ?? null
      const role = committee ? ((await repos.memberships.find(committee.id, personId))?.role ?? null) : null
      return { person, committee, role }
    },

    listCommittees(personId: number): Promise<Committee[]> {
      return repos.committees.listForPerson(personId)
    },

    async switchCommittee(personId: number, committeeId: number): Promise<Committee | null> {
      const committees = await repos.committees.listForPerson(personId)
      const committee = committees.find((c) => c.id === committeeId) ?? null
      if (committee) {
        await repos.people.updatePerson(personId, { activeCommitteeId: committee.id })
      }
      return committee
    },
  }
}
export type PeopleService = ReturnType<typeof createPeopleService>
