import { createHash, randomInt } from 'node:crypto'
import type { Body, ChatPurpose, Committee, InvitePurpose, MemberRole, Platform, Repositories } from '../db/repositories/index.js'
import { auditSource, type Actor } from './actor.js'
import type { Clock } from './clock.js'
import { UserError } from './errors.js'
import type { PermissionService } from './permissions.js'

/** Letters and digits that cannot be mistaken for each other when read aloud or retyped. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
const CODE_LENGTH = 10

export const GROUP_PURPOSES: Record<'committee_group' | 'body_group' | 'leaders_group', ChatPurpose> = {
  committee_group: 'committee',
  body_group: 'body',
  leaders_group: 'leaders',
}
export const PERSON_PURPOSES = ['body_contact', 'leader', 'secretariat'] as const
const PERSON_ROLES: Record<(typeof PERSON_PURPOSES)[number], MemberRole> = {
  body_contact: 'member',
  leader: 'leader',
  secretariat: 'secretariat',
}
export const INVITE_PURPOSES: readonly InvitePurpose[] = [
  'committee_group',
  'body_group',
  'leaders_group',
  'body_contact',
  'leader',
  'secretariat',
]

export function purposeNeedsBody(purpose: InvitePurpose): boolean {
  return purpose === 'body_group' || purpose === 'body_contact'
}

function isGroupPurpose(purpose: InvitePurpose): purpose is keyof typeof GROUP_PURPOSES {
  return purpose in GROUP_PURPOSES
}

/** Canonical form of a typed code: upper case, separators and spaces dropped. */
export function normalizeCode(raw: string): string {
  return raw.toUpperCase().replace(/[^A-Z0-9]/g, '')
}

export function hashCode(code: string): string {
  return createHash('sha256').update(normalizeCode(code)).digest('hex')
}

function generateCode(): string {
  let code = ''
  for (let i = 0; i < CODE_LENGTH; i++) {
    code += ALPHABET[randomInt(ALPHABET.length)]
  }
  return `${code.slice(0, 5)}-${code.slice(5)}`
}

export interface CreatedInvite {
  /** The plain code: shown once, never stored. */
  code: string
  purpose: InvitePurpose
  expiresAt: Date
  body: Body | null
  committee: Committee
}

export interface ChatRef {
  platform: Platform
  externalId: string
  title: string | null
}

export interface JoinResult {
  committee: Committee
  purpose: InvitePurpose
  role: MemberRole
  body: Body | null
  /** The role the person kept because it was already higher (e.g. owner). */
  keptRole: boolean
}

export function createInviteService(repos: Repositories, permissions: PermissionService, clock: Clock, options: { ttlDays: number }) {
  async function loadUsable(code: string) {
    const normalized = normalizeCode(code)
    if (normalized.length !== CODE_LENGTH) {
      throw new UserError('invite-error-format')
    }
    const invite = await repos.invites.findByHash(hashCode(normalized))
    if (!invite) {
      throw new UserError('invite-error-unknown')
    }
    if (invite.usedAt) {
      throw new UserError('invite-error-used')
    }
    if (invite.expiresAt.getTime() <= clock.now().getTime()) {
      throw new UserError('invite-error-expired')
    }
    if (invite.body?.archivedAt) {
      throw new UserError('invite-error-body-removed')
    }
    return invite
  }

  return {
    async create(actor: Actor, committeeId: number, purpose: InvitePurpose, bodyId: number | null): Promise<CreatedInvite> {
      await permissions.require(committeeId, actor.personId, 'invite.create')
      if (!INVITE_PURPOSES.includes(purpose)) {
        throw new UserError('invite-error-purpose')
      }
      let body: Body | null = null
      if (purposeNeedsBody(purpose)) {
        body = bodyId === null ? null : await repos.bodies.findById(bodyId)
        if (!body || body.committeeId !== committeeId || body.archivedAt) {
          throw new UserError('invite-error-body-required')
        }
      }
      const committee = await repos.committees.findById(committeeId)
      if (!committee) {
        throw new UserError('error-not-member')
      }
      const code = generateCode()
      const expiresAt = new Date(clock.now().getTime() + options.ttlDays * 24 * 3600 * 1000)
      await repos.transaction(async (tx) => {
        const invite = await tx.invites.create({
          committeeId,
          codeHash: hashCode(code),
          purpose,
          bodyId: body?.id ?? null,
          createdByPersonId: actor.personId,
          expiresAt,
        })
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: 'invite.create',
          targetType: 'invite',
          targetId: String(invite.id),
          after: { purpose, bodyId: body?.id ?? null, expiresAt },
        })
      })
      return { code, purpose, expiresAt, body, committee }
    },

    /**
     * Binds a group chat with a group code. The caller must have checked with the platform that
     * the sender administers the group; that is checked first so a non-admin learns nothing
     * about the code.
     */
    async bindChat(actor: Actor, code: string, chat: ChatRef, senderIsAdmin: boolean) {
      if (!senderIsAdmin) {
        throw new UserError('register-error-not-admin')
      }
      const invite = await loadUsable(code)
      if (!isGroupPurpose(invite.purpose)) {
        throw new UserError('invite-error-person-code-in-group')
      }
      const existing = await repos.chats.find(chat.platform, chat.externalId)
      if (existing?.active) {
        throw new UserError('register-error-already-bound', { committee: existing.committee.name })
      }
      const purpose = GROUP_PURPOSES[invite.purpose]
      return repos.transaction(async (tx) => {
        const bound = await tx.chats.bind({
          committeeId: invite.committeeId,
          platform: chat.platform,
          externalId: chat.externalId,
          title: chat.title,
          purpose,
          bodyId: invite.bodyId,
          boundByPersonId: actor.personId,
        })
        if (!(await tx.invites.markUsed(invite.id, clock.now(), actor.personId, bound.id))) {
          throw new UserError('invite-error-used')
        }
        await tx.audit.record({
          ...auditSource(actor),
          committeeId: invite.committeeId,
          action: 'chat.bind',
          targetType: 'chat',
          targetId: String(bound.id),
          before: existing ?? undefined,
          after: { ...bound, inviteId: invite.id },
        })
        return { chat: bound, committee: invite.committee, body: invite.body, purpose }
      })
    },

    /** Links the person to the body or role the code stands for. */
    async join(actor: Actor, code: string): Promise<JoinResult> {
      const invite = await loadUsable(code)
      if (isGroupPurpose(invite.purpose)) {
        throw new UserError('invite-error-group-code-in-private')
      }
      return repos.transaction(async (tx) => {
        if (!(await tx.invites.markUsed(invite.id, clock.now(), actor.personId, null))) {
          throw new UserError('invite-error-used')
        }
        const committeeId = invite.committeeId
        const before = await tx.memberships.find(committeeId, actor.personId)
        const wanted: MemberRole = PERSON_ROLES[invite.purpose as (typeof PERSON_PURPOSES)[number]]
        // A code never lowers a role: an owner joining as a body's contact stays owner.
        const keepExisting = before !== null && (before.role === 'owner' || wanted === 'member')
        const membership = before
          ? keepExisting
            ? before
            : await tx.memberships.setRole(before.id, wanted)
          : await tx.memberships.create(committeeId, actor.personId, wanted)
        if (invite.purpose === 'body_contact' && invite.bodyId !== null) {
          await tx.memberships.addContact(invite.bodyId, actor.personId)
        }
        await tx.people.updatePerson(actor.personId, { activeCommitteeId: committeeId })
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: 'invite.use',
          targetType: 'membership',
          targetId: String(membership.id),
          before: before ?? undefined,
          after: { membership, inviteId: invite.id, purpose: invite.purpose, bodyId: invite.bodyId },
        })
        return {
          committee: invite.committee,
          purpose: invite.purpose,
          role: membership.role,
          body: invite.body,
          keptRole: keepExisting && before.role !== wanted,
        }
      })
    },
  }
}
export type InviteService = ReturnType<typeof createInviteService>
