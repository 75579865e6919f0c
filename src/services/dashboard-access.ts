import type { Platform, Repositories } from '../db/repositories/index.js'
import type { Actor } from './actor.js'
import type { Clock } from './clock.js'
import { UserError } from './errors.js'
import { hashLinkToken, LINK_TOKEN, newLinkToken } from './secret-links.js'

/** A login link is opened from the phone at once: ten minutes, one use. */
export const DASHBOARD_LINK_TTL_MS = 10 * 60_000
/** A login session lasts a working day; then a new link from the bot. */
export const DASHBOARD_SESSION_TTL_MS = 12 * 3600_000
/** Where the dashboard is served, under PUBLIC_URL. */
export const DASHBOARD_PATH = '/app/'
/** The login link's path; its token is the `t` parameter. */
export const DASHBOARD_LOGIN_PATH = '/app/login'

/**
 * Who opens the dashboard. On Telegram the Mini App's signed initData names the person (checked by
 * the server with the bot token); where a platform has no Mini Apps (Zalo: the transport's
 * capabilities say so) the bot gives a one-time login link (ten minutes, one use, bound to the
 * person) that opens a login session of twelve hours, kept as a cookie. Only hashes are stored.
 */
export function createDashboardAccessService(repos: Repositories, clock: Clock, settings: { publicUrl: string | null }) {
  return {
    /** The dashboard's address, or null when no public address is configured (PUBLIC_URL). */
    appUrl(): string | null {
      return settings.publicUrl ? `${settings.publicUrl}${DASHBOARD_PATH}` : null
    },

    /** A one-time login link for the actor; null when no public address is configured. */
    async offerLink(actor: Actor): Promise<{ url: string; minutes: number } | null> {
      if (!settings.publicUrl) {
        return null
      }
      const { token, hash } = newLinkToken()
      await repos.dashboardLogins.createLink({
        linkHash: hash,
        personId: actor.personId,
        platform: actor.platform,
        linkExpiresAt: new Date(clock.now().getTime() + DASHBOARD_LINK_TTL_MS),
      })
      return { url: `${settings.publicUrl}${DASHBOARD_LOGIN_PATH}?t=${token}`, minutes: DASHBOARD_LINK_TTL_MS / 60_000 }
    },

    /** Opens a login session with a link: its token and end; refused (UserError) when the link is unknown, used or expired. */
    async redeem(linkToken: string): Promise<{ sessionToken: string; expiresAt: Date; personId: number }> {
      const now = clock.now()
      const session = newLinkToken(32)
      const expiresAt = new Date(now.getTime() + DASHBOARD_SESSION_TTL_MS)
      const opened = LINK_TOKEN.test(linkToken)
        ? await repos.dashboardLogins.redeem(hashLinkToken(linkToken), { hash: session.hash, expiresAt }, now)
        : null
      if (!opened) {
        throw new UserError('dashboard-error-link')
      }
      return { sessionToken: session.token, expiresAt, personId: opened.personId }
    },

    /** The person of a login session still open, or null. */
    async personOfSession(sessionToken: string): Promise<number | null> {
      if (!LINK_TOKEN.test(sessionToken)) {
        return null
      }
      return (await repos.dashboardLogins.session(hashLinkToken(sessionToken), clock.now()))?.personId ?? null
    },

    /** The person behind a platform account (a Telegram user named by checked initData), or null. */
    async personOfAccount(platform: Platform, externalId: string): Promise<number | null> {
      return repos.dashboardLogins.personOfAccount(platform, externalId)
    },
  }
}
export type DashboardAccessService = ReturnType<typeof createDashboardAccessService>
