import type { Prisma, PrismaClient } from '../../generated/prisma/client.js'

/** Either the root client or an interactive transaction's client: repositories work on both. */
export type DbClient = PrismaClient | Prisma.TransactionClient

export type {
  AuditEvent,
  BridgePoint,
  CalendarDay,
  Plan,
  RunKind,
  Session,
  SessionFormat,
  SessionStatus,
  TimePrecision,
  Task,
  TaskBody,
  TaskKind,
  TaskBodyRole,
  Submission,
  ExtensionRequest,
  Body,
  BodyContact,
  Chat,
  ChatPurpose,
  Committee,
  CommitteeLevel,
  InviteCode,
  InvitePurpose,
  MemberRole,
  Membership,
  Person,
  Platform,
  PlatformAccount,
  SpeakerRegistration,
  Opinion,
  OpinionOutcome,
  RegistrationMode,
  RegistrationState,
  Minutes,
  ConclusionNotice,
  ConclusionItem,
  TaskProgress,
  TaskMilestone,
  ReportPeriod,
} from '../../generated/prisma/client.js'

/** True for Prisma's unique-constraint violation (P2002). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002'
}

/**
 * Inserts a row numbered max+1 within its committee. Two writers can pick the same number; the
 * unique index rejects one, and it retries with the next number.
 */
export async function withNextNumber<T>(current: () => Promise<number | null>, insert: (n: number) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const next = ((await current()) ?? 0) + 1
    try {
      return await insert(next)
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 5) {
        throw error
      }
    }
  }
}
