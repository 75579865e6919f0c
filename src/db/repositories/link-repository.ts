import type { DbClient, MemberRole, Platform, PlatformAccount } from './client-types.js'

export interface UsableLinkCode {
  personId: number
  platform: Platform
  expiresAt: Date
  usedAt: Date | null
}

/** Higher roles win when two records of one person meet in a committee. */
const ROLE_RANK: Record<MemberRole, number> = { owner: 3, secretariat: 2, leader: 1, member: 0 }

/** One person's accounts on several platforms: link codes, joining two people into one, the private channel. */
export function createLinkRepository(db: DbClient) {
  return {
    async createCode(data: { codeHash: string; personId: number; platform: Platform; expiresAt: Date }): Promise<void> {
      await db.linkCode.create({ data })
    },
    findCode(codeHash: string): Promise<UsableLinkCode | null> {
      return db.linkCode.findUnique({ where: { codeHash }, select: { personId: true, platform: true, expiresAt: true, usedAt: true } })
    },
    /** Spends the code only if still unused: of two racing redemptions exactly one gets `true`. */
    async markUsed(codeHash: string, at: Date): Promise<boolean> {
      return (await db.linkCode.updateMany({ where: { codeHash, usedAt: null }, data: { usedAt: at } })).count === 1
    },
    accountsOf(personId: number): Promise<PlatformAccount[]> {
      return db.platformAccount.findMany({ where: { personId }, orderBy: { id: 'asc' } })
    },
    /**
     * Joins `sourceId` into `targetId` (call inside a transaction): the accounts move, memberships and
     * body contacts follow (where both held one, the higher role and the head's mark are kept), the
     * language and the chosen committee fill what the target lacks. The source keeps its history
     * (submissions, audit) and no account.
     */
    async merge(sourceId: number, targetId: number): Promise<{ memberships: number; bodies: number }> {
      await db.platformAccount.updateMany({ where: { personId: sourceId }, data: { personId: targetId } })
      let memberships = 0
      for (const membership of await db.membership.findMany({ where: { personId: sourceId } })) {
        const existing = await db.membership.findUnique({
          where: { committeeId_personId: { committeeId: membership.committeeId, personId: targetId } },
        })
        if (!existing) {
          await db.membership.update({ where: { id: membership.id }, data: { personId: targetId } })
        } else {
          if (ROLE_RANK[membership.role] > ROLE_RANK[existing.role]) {
            await db.membership.update({ where: { id: existing.id }, data: { role: membership.role } })
          }
          await db.membership.delete({ where: { id: membership.id } })
        }
        memberships++
      }
      let bodies = 0
      for (const contact of await db.bodyContact.findMany({ where: { personId: sourceId } })) {
        const existing = await db.bodyContact.findUnique({ where: { bodyId_personId: { bodyId: contact.bodyId, personId: targetId } } })
        if (!existing) {
          await db.bodyContact.update({ where: { id: contact.id }, data: { personId: targetId } })
        } else {
          if (contact.isHead && !existing.isHead) {
            await db.bodyContact.update({ where: { id: existing.id }, data: { isHead: true } })
          }
          await db.bodyContact.delete({ where: { id: contact.id } })
        }
        bodies++
      }
      const source = await db.person.findUniqueOrThrow({ where: { id: sourceId } })
      const target = await db.person.findUniqueOrThrow({ where: { id: targetId } })
      await db.person.update({
        where: { id: targetId },
        data: {
          locale: target.locale ?? source.locale,
          activeCommitteeId: target.activeCommitteeId ?? source.activeCommitteeId,
          privateChannel: target.privateChannel ?? source.privateChannel,
        },
      })
      return { memberships, bodies }
    },
    async setPrivateChannel(personId: number, channel: Platform | null): Promise<void> {
      await db.person.update({ where: { id: personId }, data: { privateChannel: channel } })
    },
  }
}
export type LinkRepository = ReturnType<typeof createLinkRepository>
