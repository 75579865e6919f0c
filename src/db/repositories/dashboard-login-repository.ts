import type { DbClient, Platform } from './client-types.js'

/** A login session of the dashboard, as the server checks it on every request. */
export interface DashboardSession {
  personId: number
  expiresAt: Date
}

/** One-time login links to the dashboard and the sessions they open (only hashes are stored). */
export function createDashboardLoginRepository(db: DbClient) {
  return {
    async createLink(data: { linkHash: string; personId: number; platform: Platform; linkExpiresAt: Date }): Promise<void> {
      await db.dashboardLogin.create({ data })
    },
    /**
     * Opens a session with a link still unused and unexpired at `at`; of two uses racing for one
     * link, one wins. Returns the person, or null when the link is unknown, used or expired.
     */
    async redeem(linkHash: string, session: { hash: string; expiresAt: Date }, at: Date): Promise<{ personId: number } | null> {
      const found = await db.dashboardLogin.findUnique({ where: { linkHash }, select: { id: true, personId: true } })
      if (!found) {
        return null
      }
      const claimed = await db.dashboardLogin.updateMany({
        where: { id: found.id, usedAt: null, linkExpiresAt: { gt: at } },
        data: { usedAt: at, sessionHash: session.hash, sessionExpiresAt: session.expiresAt },
      })
      return claimed.count === 1 ? { personId: found.personId } : null
    },
    /** The session a token's hash names, if it has not expired at `at`. */
    async session(sessionHash: string, at: Date): Promise<DashboardSession | null> {
      const row = await db.dashboardLogin.findUnique({ where: { sessionHash }, select: { personId: true, sessionExpiresAt: true } })
      return row?.sessionExpiresAt && row.sessionExpiresAt > at ? { personId: row.personId, expiresAt: row.sessionExpiresAt } : null
    },
    /** The person behind a platform account, read alone (every dashboard request asks it). */
    async personOfAccount(platform: Platform, externalId: string): Promise<number | null> {
      const account = await db.platformAccount.findUnique({
        where: { platform_externalId: { platform, externalId } },
        select: { personId: true },
      })
      return account?.personId ?? null
    },
    /** Links and sessions over before `cutoff` (never opened, or their session ended). */
    async purgeBefore(cutoff: Date): Promise<number> {
      const result = await db.dashboardLogin.deleteMany({
        where: {
          OR: [{ usedAt: null, linkExpiresAt: { lt: cutoff } }, { sessionExpiresAt: { lt: cutoff } }],
        },
      })
      return result.count
    },
  }
}
export type DashboardLoginRepository = ReturnType<typeof createDashboardLoginRepository>
