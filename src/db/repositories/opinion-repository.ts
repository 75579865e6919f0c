import type { Body, BridgePoint, Minutes, Opinion, Prisma, Session, SpeakerRegistration, Task } from '../../generated/prisma/client.js'
import type { DbClient } from './client-types.js'
import { withNextNumber } from './client-types.js'

export type RegistrationView = SpeakerRegistration & { body: Body | null; task: Task | null; opinion: Opinion | null }
export type OpinionView = Opinion & { body: Body | null; task: Task | null }
export type BridgePointView = BridgePoint & { body: Body | null }

export type RegistrationInput = Omit<
  Prisma.SpeakerRegistrationUncheckedCreateInput,
  'id' | 'number' | 'createdAt' | 'updatedAt' | 'opinion' | 'state'
>
export type OpinionInput = Omit<Prisma.OpinionUncheckedCreateInput, 'id' | 'number' | 'createdAt' | 'updatedAt'>

const registrationRefs = { body: true, task: true, opinion: true } as const
const opinionRefs = { body: true, task: true } as const

/**
 * Speaker registrations, bridge-point readiness, opinions and minutes: what happens before and at a
 * session. Personal data (names, places, phones) leaves here only through services that check who asks.
 */
export function createOpinionRepository(db: DbClient) {
  return {
    findSessionByCode(code: string): Promise<(Session & { committee: { id: number; name: string; timeZone: string } }) | null> {
      return db.session.findUnique({
        where: { registrationCode: code },
        include: { committee: { select: { id: true, name: true, timeZone: true } } },
      })
    },
    /** Sets the session's registration code (unique: false when another session has it) and closing time. */
    async openRegistration(sessionId: number, code: string, closesAt: Date): Promise<boolean> {
      const taken = await db.session.findFirst({ where: { registrationCode: code, NOT: { id: sessionId } }, select: { id: true } })
      if (taken) {
        return false
      }
      await db.session.update({ where: { id: sessionId }, data: { registrationCode: code, registrationClosesAt: closesAt } })
      return true
    },
    async setRegistrationCloses(sessionId: number, closesAt: Date): Promise<void> {
      await db.session.update({ where: { id: sessionId }, data: { registrationClosesAt: closesAt } })
    },
    async setReadinessDue(sessionId: number, at: Date): Promise<void> {
      await db.session.update({ where: { id: sessionId }, data: { readinessDueAt: at } })
    },

    createRegistration(data: RegistrationInput): Promise<RegistrationView> {
      return withNextNumber(
        async () => (await db.speakerRegistration.aggregate({ where: { sessionId: data.sessionId }, _max: { number: true } }))._max.number,
        (number) => db.speakerRegistration.create({ data: { ...data, number }, include: registrationRefs }),
      )
    },
    registrations(sessionId: number): Promise<RegistrationView[]> {
      return db.speakerRegistration.findMany({ where: { sessionId }, include: registrationRefs, orderBy: { number: 'asc' } })
    },
    findRegistration(sessionId: number, number: number): Promise<RegistrationView | null> {
      return db.speakerRegistration.findUnique({ where: { sessionId_number: { sessionId, number } }, include: registrationRefs })
    },
    updateRegistration(id: number, data: Prisma.SpeakerRegistrationUncheckedUpdateInput): Promise<RegistrationView> {
      return db.speakerRegistration.update({ where: { id }, data, include: registrationRefs })
    },
    /** Clears the order of a session's speakers before a new one is set. */
    async clearOrder(sessionId: number): Promise<void> {
      await db.speakerRegistration.updateMany({ where: { sessionId }, data: { speakOrder: null } })
    },
    /** How many registrations a person made for a session (to refuse a flood from one account). */
    countRegistrationsOf(sessionId: number, personId: number): Promise<number> {
      return db.speakerRegistration.count({ where: { sessionId, personId } })
    },

    bridgePoints(sessionId: number): Promise<BridgePointView[]> {
      return db.bridgePoint.findMany({ where: { sessionId }, include: { body: true }, orderBy: { position: 'asc' } })
    },
    updateBridgePoint(id: number, data: Prisma.BridgePointUncheckedUpdateInput): Promise<BridgePointView> {
      return db.bridgePoint.update({ where: { id }, data, include: { body: true } })
    },
    createOpinion(data: OpinionInput): Promise<OpinionView> {
      return withNextNumber(
        async () => (await db.opinion.aggregate({ where: { sessionId: data.sessionId }, _max: { number: true } }))._max.number,
        (number) => db.opinion.create({ data: { ...data, number }, include: opinionRefs }),
      )
    },
    opinions(sessionId: number): Promise<OpinionView[]> {
      return db.opinion.findMany({ where: { sessionId }, include: opinionRefs, orderBy: { number: 'asc' } })
    },
    findOpinion(sessionId: number, number: number): Promise<OpinionView | null> {
      return db.opinion.findUnique({ where: { sessionId_number: { sessionId, number } }, include: opinionRefs })
    },
    updateOpinion(id: number, data: Prisma.OpinionUncheckedUpdateInput): Promise<OpinionView> {
      return db.opinion.update({ where: { id }, data, include: opinionRefs })
    },
    /** Opinions a body answered or must answer, with their session, newest session first. */
    opinionsOfBodies(committeeId: number, bodyIds: number[]) {
      return db.opinion.findMany({
        where: { bodyId: { in: bodyIds }, session: { committeeId } },
        include: { ...opinionRefs, session: { select: { number: true, topic: true } } },
        orderBy: [{ sessionId: 'desc' }, { number: 'asc' }],
        take: 100,
      })
    },
    /** The lean rows the roll-ups count, for the given sessions. */
    minutes(sessionId: number): Promise<Minutes | null> {
      return db.minutes.findUnique({ where: { sessionId } })
    },
    /** Creates the minutes with `defaults`, or changes `changes` and bumps the version. */
    async saveMinutes(
      sessionId: number,
      defaults: Omit<Prisma.MinutesUncheckedCreateInput, 'id' | 'sessionId' | 'createdAt' | 'updatedAt'>,
      changes:
        | (Partial<Pick<Minutes, 'startTime' | 'endTime' | 'place' | 'chair' | 'secretary' | 'participants' | 'closingRemarks'>> & {
            updatedByPersonId?: number
          })
        | null,
    ): Promise<Minutes> {
      const existing = await db.minutes.findUnique({ where: { sessionId } })
      if (!existing) {
        return db.minutes.create({ data: { sessionId, ...defaults, ...changes } })
      }
      if (!changes) {
        return existing
      }
      return db.minutes.update({ where: { sessionId }, data: { ...changes, version: { increment: 1 } } })
    },

    /** Erases what a person told through registrations (the production issue's erasure): the content stays, the person does not. */
    async forgetPerson(personId: number): Promise<number> {
      const regs = await db.speakerRegistration.findMany({ where: { personId }, select: { id: true } })
      const ids = regs.map((r) => r.id)
      await db.opinion.updateMany({ where: { registrationId: { in: ids } }, data: { speakerName: null, place: null } })
      return (
        await db.speakerRegistration.updateMany({
          where: { id: { in: ids } },
          data: { personId: null, name: '—', place: '—', phone: null },
        })
      ).count
    },
  }
}
export type OpinionRepository = ReturnType<typeof createOpinionRepository>
