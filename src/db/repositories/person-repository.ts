import type { DbClient, Person, Platform, PlatformAccount } from './client-types.js'

export type PersonWithAccounts = Person & { accounts: PlatformAccount[] }

export function createPersonRepository(db: DbClient) {
  return {
    findAccount(platform: Platform, externalId: string): Promise<(PlatformAccount & { person: Person }) | null> {
      return db.platformAccount.findUnique({
        where: { platform_externalId: { platform, externalId } },
        include: { person: true },
      })
    },
    async createWithAccount(
      person: { displayName: string },
      account: { platform: Platform; externalId: string; username: string | null; privateChatId: string | null },
    ): Promise<PlatformAccount & { person: Person }> {
      return db.platformAccount.create({
        data: { ...account, person: { create: person } },
        include: { person: true },
      })
    },
    updateAccount(id: number, data: Partial<Pick<PlatformAccount, 'username' | 'privateChatId' | 'blockedAt'>>): Promise<PlatformAccount> {
      return db.platformAccount.update({ where: { id }, data })
    },
    updatePerson(id: number, data: Partial<Pick<Person, 'displayName' | 'locale' | 'activeCommitteeId'>>): Promise<Person> {
      return db.person.update({ where: { id }, data })
    },
    /** The person blocked the bot (or deleted the chat): their private chat is not written to until they write again. */
    async markPrivateChatBlocked(platform: Platform, privateChatId: string, at: Date): Promise<number> {
      return (await db.platformAccount.updateMany({ where: { platform, privateChatId, blockedAt: null }, data: { blockedAt: at } })).count
    },
    findById(id: number): Promise<PersonWithAccounts | null> {
      return db.person.findUnique({ where: { id }, include: { accounts: true } })
    },
  }
}
export type PersonRepository = ReturnType<typeof createPersonRepository>
