import type { Body, Repositories } from '../db/repositories/index.js'
import { auditSource, type Actor } from './actor.js'
import { validateName } from './committees.js'
import { UserError } from './errors.js'
import type { PermissionService } from './permissions.js'
import { cleanName, clip, editDistance, foldVietnamese, initialsOf, requireName } from './text.js'

export interface BodyInput {
  name: string
  shortName?: string | null
  aliases?: string[]
}

export type BodyLike = Pick<Body, 'name' | 'shortName' | 'aliases'>

export interface BodyMatch<B extends BodyLike = Body> {
  body: B | null
  /** Closest bodies when there is no exact match, best first. */
  suggestions: B[]
}

const SHORT_NAME_MAX = 30
const ALIASES_MAX = 10

/** Every folded form a body answers to: its name, short name, aliases and the initials of its name. */
export function bodyKeys(body: BodyLike): string[] {
  const keys = new Set<string>([foldVietnamese(body.name), initialsOf(body.name)])
  for (const other of [body.shortName, ...body.aliases]) {
    if (other) {
      keys.add(foldVietnamese(other))
    }
  }
  keys.delete('')
  return [...keys]
}

/**
 * Finds the body a typed name means: exact name, short name ("BDVTU"), alias or initials, in any
 * case and with or without diacritics. When nothing matches exactly, suggests the closest.
 */
export function matchBody<B extends BodyLike>(bodies: B[], query: string): BodyMatch<B> {
  const folded = foldVietnamese(query)
  if (!folded) {
    return { body: null, suggestions: [] }
  }
  const exact = bodies.filter((body) => bodyKeys(body).includes(folded))
  if (exact.length === 1) {
    return { body: exact[0] ?? null, suggestions: [] }
  }
  if (exact.length > 1) {
    return { body: null, suggestions: exact }
  }
  // "Sở Giáo dục" for "Sở Giáo dục và Đào tạo": a name that begins with what was typed, when only
  // one does and the typed words say more than a generic head word ("Ban", "Sở").
  const starts = bodies.filter((body) => `${foldVietnamese(body.name)} `.startsWith(`${folded} `))
  if (starts.length === 1 && folded.split(' ').length >= 2) {
    return { body: starts[0] ?? null, suggestions: [] }
  }
  const scored = bodies
    // A body whose name folds to nothing (only symbols, from before names were checked) is never
    // anyone's suggestion: "" is contained in every query.
    .filter((body) => foldVietnamese(body.name) !== '')
    .map((body) => {
      const name = foldVietnamese(body.name)
      const contains = name.includes(folded) || (folded.length >= 4 && folded.includes(name))
      const distance = Math.min(...bodyKeys(body).map((key) => editDistance(key, folded)))
      return { body, score: contains ? 0 : distance / Math.max(folded.length, 1) }
    })
    .filter((entry) => entry.score <= 0.34)
    .sort((a, b) => a.score - b.score)
  return { body: null, suggestions: scored.slice(0, 3).map((entry) => entry.body) }
}

function normalizeInput(input: BodyInput) {
  const name = validateName(input.name)
  const shortName = input.shortName && cleanName(input.shortName) ? requireName(input.shortName, { min: 2, max: SHORT_NAME_MAX }) : null
  const aliases = [
    ...new Set((input.aliases ?? []).filter((alias) => cleanName(alias)).map((alias) => requireName(alias, { min: 2, max: 100 }))),
  ]
  if (aliases.length > ALIASES_MAX) {
    throw new UserError('body-error-too-many-aliases', { max: ALIASES_MAX })
  }
  return { name, shortName, aliases, normalizedName: foldVietnamese(name) }
}

export function createBodyService(repos: Repositories, permissions: PermissionService) {
  async function ensureNoClash(committeeId: number, candidate: Pick<Body, 'name' | 'shortName' | 'aliases'>, exceptId?: number) {
    const existing = (await repos.bodies.listActive(committeeId)).filter((body) => body.id !== exceptId)
    // Each word the new body would be known by, with how it was typed: the refusal names the one already taken
    // ("SGD" as the short name of Sở Y tế, when it already is Sở Giáo dục và Đào tạo's).
    const candidateWords = [candidate.name, candidate.shortName, ...candidate.aliases].filter((k): k is string => !!k)
    for (const body of existing) {
      const keys = bodyKeys(body)
      const clash = candidateWords.find((word) => keys.includes(foldVietnamese(word)))
      if (clash) {
        throw new UserError('body-error-duplicate', { word: clash, name: body.name, number: body.number })
      }
    }
  }

  async function requireBody(committeeId: number, number: number): Promise<Body> {
    const body = await repos.bodies.findByNumber(committeeId, number)
    if (!body) {
      throw new UserError('body-error-unknown-number', { number })
    }
    return body
  }

  return {
    list(committeeId: number): Promise<Body[]> {
      return repos.bodies.listActive(committeeId)
    },

    get: requireBody,

    async find(committeeId: number, query: string): Promise<BodyMatch> {
      return matchBody(await repos.bodies.listActive(committeeId), query)
    },

    async add(actor: Actor, committeeId: number, input: BodyInput): Promise<Body> {
      await permissions.require(committeeId, actor.personId, 'body.manage')
      const fields = normalizeInput(input)
      await ensureNoClash(committeeId, fields)
      return repos.transaction(async (tx) => {
        const body = await tx.bodies.create(committeeId, fields)
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: 'body.create',
          targetType: 'body',
          targetId: String(body.id),
          after: body,
        })
        return body
      })
    },

    async update(actor: Actor, committeeId: number, number: number, input: BodyInput): Promise<Body> {
      await permissions.require(committeeId, actor.personId, 'body.manage')
      const before = await requireBody(committeeId, number)
      const fields = normalizeInput(input)
      await ensureNoClash(committeeId, fields, before.id)
      return repos.transaction(async (tx) => {
        const after = await tx.bodies.update(before.id, fields)
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: 'body.update',
          targetType: 'body',
          targetId: String(before.id),
          before,
          after,
        })
        return after
      })
    },

    async remove(actor: Actor, committeeId: number, number: number, now: Date): Promise<Body> {
      await permissions.require(committeeId, actor.personId, 'body.manage')
      const before = await requireBody(committeeId, number)
      // Archived, not deleted: tasks and history keep pointing at it.
      return repos.transaction(async (tx) => {
        const after = await tx.bodies.archive(before.id, now)
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: 'body.remove',
          targetType: 'body',
          targetId: String(before.id),
          before,
          after,
        })
        return after
      })
    },

    contacts(bodyId: number) {
      return repos.memberships.contactsOfBody(bodyId)
    },

    /**
     * Names the head of a body among its contacts (by name or by position in the list), or
     * nobody with "-". Reminders two steps overdue go to the head (escalation level 2).
     */
    async setHead(actor: Actor, committeeId: number, number: number, who: string): Promise<{ body: Body; head: string | null }> {
      await permissions.require(committeeId, actor.personId, 'body.manage')
      const body = await requireBody(committeeId, number)
      const contacts = await repos.memberships.contactsOfBody(body.id)
      const query = who.trim()
      let head: (typeof contacts)[number] | null = null
      if (query !== '-') {
        const folded = foldVietnamese(query)
        const byPosition = /^\d+$/.test(query) ? contacts[Number(query) - 1] : undefined
        const byName = contacts.filter((c) => foldVietnamese(c.person.displayName).includes(folded))
        head = byPosition ?? (byName.length === 1 ? (byName[0] ?? null) : null)
        if (!query || !head) {
          throw new UserError(contacts.length === 0 ? 'body-head-no-contacts' : 'body-head-unknown', {
            name: clip(query, 40),
            contacts: contacts.map((c, i) => `${i + 1}. ${c.person.displayName}`).join(', '),
            number,
          })
        }
      }
      await repos.transaction(async (tx) => {
        await tx.memberships.setHead(body.id, head?.personId ?? null)
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: 'body.head',
          targetType: 'body',
          targetId: String(body.id),
          before: { head: contacts.find((c) => c.isHead)?.personId ?? null },
          after: { head: head?.personId ?? null },
        })
      })
      return { body, head: head?.person.displayName ?? null }
    },
  }
}
export type BodyService = ReturnType<typeof createBodyService>
