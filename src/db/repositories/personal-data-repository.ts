import { Prisma } from '../../generated/prisma/client.js'
import type { DbClient } from './client-types.js'
import { fromDbDate } from '../../services/calendar/local-date.js'

/** Everything the bot holds about one person, as plain values (what /dulieu shows and exports). */
export interface PersonalData {
  person: {
    id: number
    displayName: string
    locale: string | null
    createdAt: Date
    eraseRequestedAt: Date | null
    erasedAt: Date | null
  }
  accounts: { platform: string; externalId: string; username: string | null; privateChatId: string | null; createdAt: Date }[]
  memberships: { committeeId: number; committee: string; number: number; role: string; since: Date }[]
  bodies: { committeeId: number; body: string; isHead: boolean; since: Date }[]
  submissions: {
    committeeId: number
    task: number
    documentNumber: string
    documentDate: string
    submittedOn: string
    note: string | null
  }[]
  extensions: { committeeId: number; task: number; requestedDue: string; reason: string; state: string; at: Date }[]
  /** What the person did, from the audit trail (the newest first, at most 500). */
  actions: { committeeId: number | null; action: string; targetType: string; targetId: string | null; at: Date }[]
  /** Unfinished dialogues stored for the person (what they typed so far). */
  openDialogues: number
  /** Messages to the person's private chats still kept in the outbox. */
  messagesKept: number
}

/** The people whose data the repository reads and erases, and the committees they belong to. */
export function createPersonalDataRepository(db: DbClient) {
  /** Conversation state keys are "<chat id>:<user id>": a person's end in their platform user id. */
  const dialogueKeys = async (externalIds: string[]) =>
    externalIds.length === 0
      ? []
      : (
          await db.conversationState.findMany({
            where: { OR: externalIds.map((id) => ({ key: { endsWith: `:${id}` } })) },
            select: { key: true },
          })
        ).map((row) => row.key)

  return {
    async collect(personId: number): Promise<PersonalData | null> {
      const person = await db.person.findUnique({
        where: { id: personId },
        include: {
          accounts: true,
          memberships: { include: { committee: { select: { name: true } } } },
          bodyContacts: { include: { body: { select: { name: true, committeeId: true } } } },
        },
      })
      if (!person) {
        return null
      }
      // One after another: inside a transaction they share one connection.
      const submissions = await db.submission.findMany({
        where: { submittedByPersonId: personId },
        include: { task: { select: { number: true, committeeId: true } } },
        orderBy: { id: 'asc' },
      })
      const extensions = await db.extensionRequest.findMany({
        where: { requestedByPersonId: personId },
        include: { task: { select: { number: true, committeeId: true } } },
        orderBy: { id: 'asc' },
      })
      const actions = await db.auditEvent.findMany({ where: { actorPersonId: personId }, orderBy: { id: 'desc' }, take: 500 })
      const dialogues = await dialogueKeys(person.accounts.map((a) => a.externalId))
      const messagesKept = await db.delivery.count({
        where: { target: { in: person.accounts.flatMap((a) => (a.privateChatId ? [a.privateChatId] : [])) } },
      })
      return {
        person: {
          id: person.id,
          displayName: person.displayName,
          locale: person.locale,
          createdAt: person.createdAt,
          eraseRequestedAt: person.eraseRequestedAt,
          erasedAt: person.erasedAt,
        },
        accounts: person.accounts.map((a) => ({
          platform: a.platform,
          externalId: a.externalId,
          username: a.username,
          privateChatId: a.privateChatId,
          createdAt: a.createdAt,
        })),
        memberships: person.memberships.map((m) => ({
          committeeId: m.committeeId,
          committee: m.committee.name,
          number: m.number,
          role: m.role,
          since: m.createdAt,
        })),
        bodies: person.bodyContacts.map((c) => ({
          committeeId: c.body.committeeId,
          body: c.body.name,
          isHead: c.isHead,
          since: c.createdAt,
        })),
        submissions: submissions.map((s) => ({
          committeeId: s.task.committeeId,
          task: s.task.number,
          documentNumber: s.documentNumber,
          documentDate: fromDbDate(s.documentDate),
          submittedOn: fromDbDate(s.submittedOn),
          note: s.note,
        })),
        extensions: extensions.map((e) => ({
          committeeId: e.task.committeeId,
          task: e.task.number,
          requestedDue: fromDbDate(e.requestedDue),
          reason: e.reason,
          state: e.state,
          at: e.createdAt,
        })),
        actions: actions.map((a) => ({
          committeeId: a.committeeId,
          action: a.action,
          targetType: a.targetType,
          targetId: a.targetId,
          at: a.at,
        })),
        openDialogues: dialogues.length,
        messagesKept,
      }
    },
    /** The person behind member number `number` of a committee. */
    async memberPerson(committeeId: number, number: number): Promise<number | null> {
      const membership = await db.membership.findUnique({
        where: { committeeId_number: { committeeId, number } },
        select: { personId: true },
      })
      return membership?.personId ?? null
    },
    async requestErasure(personId: number, at: Date): Promise<boolean> {
      const updated = await db.person.updateMany({
        where: { id: personId, eraseRequestedAt: null, erasedAt: null },
        data: { eraseRequestedAt: at },
      })
      return updated.count === 1
    },
    /** People of the committee (members) who asked for deletion and were not erased yet. */
    async pendingRequests(committeeId: number): Promise<{ number: number; displayName: string; requestedAt: Date }[]> {
      const rows = await db.membership.findMany({
        where: { committeeId, person: { eraseRequestedAt: { not: null }, erasedAt: null } },
        include: { person: { select: { displayName: true, eraseRequestedAt: true } } },
        orderBy: { number: 'asc' },
      })
      return rows.map((m) => ({
        number: m.number,
        displayName: m.person.displayName,
        requestedAt: m.person.eraseRequestedAt ?? new Date(0),
      }))
    },
    /**
     * Erases a person: their accounts (the link to the platform), memberships, body contacts,
     * unfinished dialogues, the messages kept for their private chats and the details of audit
     * events about them go; the person row stays with `placeholder` as its name, so the tasks,
     * submissions and history that refer to it keep a name that says it was erased. Run it in a
     * transaction (the service does).
     */
    async erase(personId: number, placeholder: string, at: Date): Promise<{ accounts: number; dialogues: number; messages: number }> {
      const accounts = await db.platformAccount.findMany({ where: { personId } })
      const keys = await dialogueKeys(accounts.map((a) => a.externalId))
      await db.conversationState.deleteMany({ where: { key: { in: keys } } })
      const messages = await db.delivery.deleteMany({
        where: {
          target: { in: accounts.flatMap((a) => (a.privateChatId ? [a.privateChatId] : [])) },
          platform: { in: accounts.map((a) => a.platform) },
        },
      })
      const memberships = (await db.membership.findMany({ where: { personId }, select: { id: true } })).map((m) => String(m.id))
      await db.platformAccount.deleteMany({ where: { personId } })
      await db.bodyContact.deleteMany({ where: { personId } })
      await db.membership.deleteMany({ where: { personId } })
      // The details of events about the person (joining, role changes) hold their name and accounts.
      await db.auditEvent.updateMany({
        where: {
          OR: [
            { targetType: 'person', targetId: String(personId) },
            { targetType: 'membership', targetId: { in: memberships } },
          ],
        },
        data: { before: Prisma.DbNull, after: Prisma.DbNull },
      })
      await db.person.update({
        where: { id: personId },
        data: { displayName: placeholder, locale: null, activeCommitteeId: null, erasedAt: at },
      })
      return { accounts: accounts.length, dialogues: keys.length, messages: messages.count }
    },
  }
}
export type PersonalDataRepository = ReturnType<typeof createPersonalDataRepository>
