import type { Body, BodyContact, DbClient, MemberRole, Membership, Person, PlatformAccount } from './client-types.js'
import { withNextNumber } from './client-types.js'

export type MemberView = Membership & {
  person: Person & { accounts: PlatformAccount[]; bodyContacts: (BodyContact & { body: Body })[] }
}

export function createMembershipRepository(db: DbClient) {
  return {
    find(committeeId: number, personId: number): Promise<Membership | null> {
      return db.membership.findUnique({ where: { committeeId_personId: { committeeId, personId } } })
    },
    findByNumber(committeeId: number, number: number): Promise<Membership | null> {
      return db.membership.findUnique({ where: { committeeId_number: { committeeId, number } } })
    },
    create(committeeId: number, personId: number, role: MemberRole): Promise<Membership> {
      return withNextNumber(
        async () => (await db.membership.aggregate({ where: { committeeId }, _max: { number: true } }))._max.number,
        (number) => db.membership.create({ data: { committeeId, personId, number, role } }),
      )
    },
    setRole(id: number, role: MemberRole): Promise<Membership> {
      return db.membership.update({ where: { id }, data: { role } })
    },
    remove(id: number): Promise<Membership> {
      return db.membership.delete({ where: { id } })
    },
    countByRole(committeeId: number, role: MemberRole): Promise<number> {
      return db.membership.count({ where: { committeeId, role } })
    },
    list(committeeId: number): Promise<MemberView[]> {
      return db.membership.findMany({
        where: { committeeId },
        orderBy: { number: 'asc' },
        include: {
          person: {
            include: {
              accounts: true,
              bodyContacts: { where: { body: { committeeId, archivedAt: null } }, include: { body: true } },
            },
          },
        },
      })
    },
    addContact(bodyId: number, personId: number): Promise<BodyContact> {
      return db.bodyContact.upsert({
        where: { bodyId_personId: { bodyId, personId } },
        create: { bodyId, personId },
        update: {},
      })
    },
    /** Makes one contact the body's head (null: none); a body has at most one. */
    async setHead(bodyId: number, personId: number | null): Promise<void> {
      await db.bodyContact.updateMany({ where: { bodyId, isHead: true }, data: { isHead: false } })
      if (personId !== null) {
        await db.bodyContact.updateMany({ where: { bodyId, personId }, data: { isHead: true } })
      }
    },
    contactsOfBody(bodyId: number): Promise<(BodyContact & { person: Person })[]> {
      return db.bodyContact.findMany({ where: { bodyId }, include: { person: true }, orderBy: { id: 'asc' } })
    },
    bodiesOfPerson(committeeId: number, personId: number): Promise<Body[]> {
      return db.body.findMany({
        where: { committeeId, archivedAt: null, contacts: { some: { personId } } },
        orderBy: { number: 'asc' },
      })
    },
    removeContactsInCommittee(committeeId: number, personId: number): Promise<{ count: number }> {
      return db.bodyContact.deleteMany({ where: { personId, body: { committeeId } } })
    },
  }
}
export type MembershipRepository = ReturnType<typeof createMembershipRepository>
