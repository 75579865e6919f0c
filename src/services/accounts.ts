import { randomInt } from 'node:crypto'
import type { Platform, Repositories } from '../db/repositories/index.js'
import { auditSource, type Actor } from './actor.js'
import type { Clock } from './clock.js'
import { UserError } from './errors.js'
import { hashCode } from './invites.js'

/** A link code is typed on a phone within minutes: short-lived, single-use. */
export const LINK_CODE_TTL_MS = 15 * 60_000
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

/** The platforms a person can be written to on, by their words in /caidat kenh. */
export const CHANNEL_WORDS: Record<string, Platform | null> = { telegram: 'telegram', zalo: 'zalo', cahai: null, both: null, tatca: null }

function generateCode(): string {
  let code = ''
  for (let i = 0; i < 10; i++) {
    code += ALPHABET[randomInt(ALPHABET.length)]
  }
  return `${code.slice(0, 5)}-${code.slice(5)}`
}

/**
 * One person, several platforms (issue 14). `/lienket` on one platform gives a single-use code; sent
 * to the bot on another platform, it joins that account to the person who asked: roles and bodies
 * follow. Each person then chooses where private reminders and notices go.
 */
export function createAccountService(repos: Repositories, clock: Clock) {
  return {
    /** A code to send to the bot on another platform; the plain code is shown once, only its hash kept. */
    async startLink(actor: Actor): Promise<{ code: string; expiresAt: Date }> {
      const code = generateCode()
      const expiresAt = new Date(clock.now().getTime() + LINK_CODE_TTL_MS)
      await repos.links.createCode({ codeHash: hashCode(code), personId: actor.personId, platform: actor.platform, expiresAt })
      return { code, expiresAt }
    },

    /**
     * Joins the actor's account (on this platform) to the person who made the code on another one.
     * Refused: an unknown, used or expired code; a code made on this same platform; two accounts that
     * are one person already; a person who already has an account on the platform being joined.
     */
    async link(actor: Actor, code: string): Promise<{ platforms: Platform[]; memberships: number; bodies: number }> {
      const codeHash = hashCode(code)
      const found = await repos.links.findCode(codeHash)
      if (!found || found.usedAt || found.expiresAt <= clock.now()) {
        throw new UserError('link-error-code')
      }
      if (found.personId === actor.personId) {
        throw new UserError(found.platform === actor.platform ? 'link-error-same-platform' : 'link-error-already')
      }
      if (found.platform === actor.platform) {
        throw new UserError('link-error-same-platform')
      }
      const [targetAccounts, sourceAccounts] = await Promise.all([
        repos.links.accountsOf(found.personId),
        repos.links.accountsOf(actor.personId),
      ])
      const clash = sourceAccounts.find((account) => targetAccounts.some((other) => other.platform === account.platform))
      if (clash) {
        throw new UserError('link-error-taken', { platform: clash.platform })
      }
      return repos.transaction(async (tx) => {
        if (!(await tx.links.markUsed(codeHash, clock.now()))) {
          throw new UserError('link-error-code')
        }
        const moved = await tx.links.merge(actor.personId, found.personId)
        await tx.audit.record({
          ...auditSource(actor),
          committeeId: null,
          action: 'person.link',
          targetType: 'person',
          targetId: String(found.personId),
          before: { personId: actor.personId },
          after: { personId: found.personId, platforms: [...targetAccounts, ...sourceAccounts].map((a) => a.platform), ...moved },
        })
        const platforms = [...new Set([...targetAccounts, ...sourceAccounts].map((account) => account.platform))]
        return { platforms, ...moved }
      })
    },

    /** Where the person's private messages go: one platform (where they can be reached), or every one (null). */
    async setChannel(personId: number, channel: Platform | null): Promise<void> {
      if (channel) {
        const accounts = await repos.links.accountsOf(personId)
        if (!accounts.some((account) => account.platform === channel && account.privateChatId && !account.blockedAt)) {
          throw new UserError('channel-error-unreachable', { platform: channel })
        }
      }
      await repos.links.setPrivateChannel(personId, channel)
    },

    /** The person's platforms (where the bot can write to them) and their choice. */
    async channels(personId: number): Promise<{ reachable: Platform[]; chosen: Platform | null }> {
      const accounts = await repos.links.accountsOf(personId)
      const person = await repos.people.findById(personId)
      return {
        reachable: accounts.filter((account) => account.privateChatId && !account.blockedAt).map((account) => account.platform),
        chosen: person?.privateChannel ?? null,
      }
    },
  }
}
export type AccountService = ReturnType<typeof createAccountService>
