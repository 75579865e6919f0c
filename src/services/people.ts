import { isUniqueViolation } from '../db/repositories/client-types.js'
import type { Committee, MemberRole, Person, Platform, Repositories } from '../db/repositories/index.js'
import { clip, sanitizeText } from './text.js'

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

/** A dashboard reader's context: the committee a page shows, among all of theirs. */
export interface ViewContext extends PersonContext {
  /** The person's committees, by name. */
  committees: Committee[]
  /** A committee was asked for that is not one of theirs: nothing of it is shown. */
  refused: boolean
}

/**
 * A name as the platform sends it, made storable and readable: the same sanitiser as typed names
 * (a NUL or a lone UTF-16 surrogate in a Telegram first name made PostgreSQL refuse the insert).
 */
export function platformName(raw: string): string {
  return clip(sanitizeText(raw), 128) || '—'
}

/** A platform username, sanitised; null when nothing is left. */
export function platformUsername(raw: string | null): string | null {
  const clean = raw === null ? '' : sanitizeText(raw).slice(0, 64)
  return clean === '' ? null : clean
}

export function createPeopleService(repos: Repositories) {
  /** Senders seen in groups but not stored (they do not use the bot): counted, never kept. */
  let strangers = 0
  return {
    /** The person behind a platform account, if they use the bot; never creates one. */
    async find(platform: Platform, externalId: string): Promise<Person | null> {
      return (await repos.people.findAccount(platform, externalId))?.person ?? null
    },

    /** Counts a sender who is not stored (see `find`); the count is all the bot keeps of them. */
    noteStranger(): number {
      return ++strangers
    },

    get strangersSeen(): number {
      return strangers
    },

    /**
     * Finds or creates the person behind a platform account, keeping username and private chat
     * current. Called only for people who use the bot (a private chat, a code, a role).
     */
    async identify(raw: IdentifyInput): Promise<Person> {
      const input = { ...raw, displayName: platformName(raw.displayName), username: platformUsername(raw.username) }
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
        } catch (error) {
          // Another update created the same account concurrently: use theirs. Anything else is
          // the real cause and is reported as it is.
          if (!isUniqueViolation(error)) {
            throw error
          }
          const raced = await repos.people.findAccount(input.platform, input.externalId)
          if (!raced) {
            throw error
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

    /** The private chats of a platform the bot may write to (the console restores them at start-up). */
    privateChats(platform: Platform): Promise<{ chatId: string; name: string }[]> {
      return repos.people.privateChats(platform)
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

    /**
     * The committee a dashboard page shows, with the person's committees by name (its switcher):
     * the one asked for, which must be one of theirs (`refused` otherwise, the same for one that does
     * not exist: nothing is told about it); else the active one; else the first by name. The role is
     * the person's role in that committee. Never moves the active committee (see `switchCommittee`).
     */
    async viewContext(personId: number, askedCommitteeId: number | null): Promise<ViewContext> {
      const person = await repos.people.findById(personId)
      if (!person) {
        throw new Error(`person ${personId} not found`)
      }
      const byName = new Intl.Collator('vi').compare
      const committees = (await repos.committees.listForPerson(personId)).sort((a, b) => byName(a.name, b.name) || a.id - b.id)
      const committee =
        askedCommitteeId !== null
          ? (committees.find((c) => c.id === askedCommitteeId) ?? null)
          : (committees.find((c) => c.id === person.activeCommitteeId) ?? committees[0] ?? null)
      if (askedCommitteeId !== null && !committee) {
        return { person, committee: null, role: null, committees, refused: committees.length > 0 }
      }
      const role = committee ? ((await repos.memberships.find(committee.id, personId))?.role ?? null) : null
      return { person, committee, role, committees, refused: false }
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
