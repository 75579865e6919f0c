import type { Body, ExtensionRequest, Plan, Prisma, Session, Submission, Task, TaskBody } from '../../generated/prisma/client.js'
import type { DbClient } from './client-types.js'
import { withNextNumber } from './client-types.js'

export type TaskWithRefs = Task & {
  bodies: (TaskBody & { body: Body })[]
  session: Session | null
  plan: Plan | null
}
export type TaskFull = TaskWithRefs & {
  submissions: (Submission & { body: Body })[]
  extensions: (ExtensionRequest & { body: Body })[]
}

const refs = { bodies: { include: { body: true }, orderBy: { id: 'asc' } }, session: true, plan: true } as const
const full = {
  ...refs,
  submissions: { include: { body: true }, orderBy: { id: 'asc' } },
  extensions: { include: { body: true }, orderBy: { id: 'asc' } },
} as const

export type TaskInput = Omit<Prisma.TaskUncheckedCreateInput, 'id' | 'number' | 'updatedAt' | 'bodies' | 'submissions' | 'extensions'>

export function createTaskRepository(db: DbClient) {
  return {
    create(data: TaskInput, bodies: { bodyId: number; role: TaskBody['role'] }[]): Promise<TaskWithRefs> {
      return withNextNumber(
        async () => (await db.task.aggregate({ where: { committeeId: data.committeeId }, _max: { number: true } }))._max.number,
        (number) => db.task.create({ data: { ...data, number, bodies: { create: bodies } }, include: refs }),
      )
    },
    update(id: number, data: Prisma.TaskUncheckedUpdateInput): Promise<TaskWithRefs> {
      return db.task.update({ where: { id }, data, include: refs })
    },
    /** Updates only if the task is still in `status`; returns false when someone else changed it first. */
    async updateIfStatus(id: number, status: Task['status'], data: Prisma.TaskUncheckedUpdateInput): Promise<boolean> {
      return (await db.task.updateMany({ where: { id, status }, data })).count === 1
    },
    findByNumber(committeeId: number, number: number): Promise<TaskFull | null> {
      return db.task.findUnique({ where: { committeeId_number: { committeeId, number } }, include: full })
    },
    findById(id: number): Promise<TaskFull | null> {
      return db.task.findUnique({ where: { id }, include: full })
    },
    /** The given tasks of a committee (the ones an import just made), in number order; ids in chunks, never one parameter per row beyond a chunk. */
    async listByIds(committeeId: number, ids: number[]): Promise<TaskWithRefs[]> {
      const found: TaskWithRefs[] = []
      for (let i = 0; i < ids.length; i += 500) {
        found.push(...(await db.task.findMany({ where: { committeeId, id: { in: ids.slice(i, i + 500) } }, include: refs })))
      }
      return found.sort((a, b) => a.number - b.number)
    },
    /**
     * A committee's tasks of one kind (conclusion notices, written answers, periodic reports): kinds
     * the after-session cycle makes a few of per session — never the bulk of the reports, which the
     * read model pages (report-repository).
     */
    listOfKind(committeeId: number, kind: Task['kind'], status?: Task['status'][]): Promise<TaskWithRefs[]> {
      return db.task.findMany({
        where: { committeeId, kind, ...(status ? { status: { in: status } } : {}) },
        orderBy: [{ dueDate: { sort: 'asc', nulls: 'last' } }, { number: 'asc' }],
        include: refs,
      })
    },
    bySession(sessionId: number): Promise<TaskWithRefs[]> {
      return db.task.findMany({ where: { sessionId }, include: refs, orderBy: { number: 'asc' } })
    },
    createSubmission(data: Omit<Prisma.SubmissionUncheckedCreateInput, 'id' | 'createdAt'>): Promise<Submission> {
      return db.submission.create({ data })
    },
    findSubmission(id: number): Promise<(Submission & { task: Task; body: Body }) | null> {
      return db.submission.findUnique({ where: { id }, include: { task: true, body: true } })
    },
    pendingSubmission(taskId: number, bodyId: number): Promise<Submission | null> {
      return db.submission.findFirst({ where: { taskId, bodyId, review: 'pending' } })
    },
    /** Records a verdict only on a still-pending submission; false if it was already reviewed. */
    async reviewSubmission(
      id: number,
      data: { review: 'accepted' | 'returned'; reviewedByPersonId: number; reviewedAt: Date; reviewNote: string | null },
    ): Promise<boolean> {
      return (await db.submission.updateMany({ where: { id, review: 'pending' }, data })).count === 1
    },
    /** Records a reminder step; false when that step was already given (never twice). */
    async recordReminder(taskId: number, step: string, level: number, localDate: Date): Promise<boolean> {
      return (await db.reminderStep.createMany({ data: [{ taskId, step, level, localDate }], skipDuplicates: true })).count === 1
    },
    /** Submissions awaiting review, oldest first. */
    pendingReviews(committeeId: number) {
      return db.submission.findMany({
        where: { review: 'pending', task: { committeeId, status: 'open' } },
        include: { task: true, body: true },
        orderBy: { id: 'asc' },
      })
    },
    createExtension(data: Omit<Prisma.ExtensionRequestUncheckedCreateInput, 'id' | 'createdAt'>): Promise<ExtensionRequest> {
      return db.extensionRequest.create({ data })
    },
    findExtension(id: number): Promise<(ExtensionRequest & { task: Task; body: Body }) | null> {
      return db.extensionRequest.findUnique({ where: { id }, include: { task: true, body: true } })
    },
    pendingExtension(taskId: number): Promise<ExtensionRequest | null> {
      return db.extensionRequest.findFirst({ where: { taskId, state: 'pending' } })
    },
    async decideExtension(
      id: number,
      data: { state: 'approved' | 'rejected'; decidedByPersonId: number; decidedAt: Date; decisionNote: string | null },
    ): Promise<boolean> {
      return (await db.extensionRequest.updateMany({ where: { id, state: 'pending' }, data })).count === 1
    },
    /** People who must hear about bodies' tasks: their contacts, with their accounts (ids in chunks: a parameter per body, never thousands). */
    async contactsOf(bodyIds: number[]) {
      const include = { person: { include: { accounts: true } }, body: true } as const
      const chunks = []
      for (let i = 0; i < bodyIds.length; i += 200) {
        chunks.push(await db.bodyContact.findMany({ where: { bodyId: { in: bodyIds.slice(i, i + 200) } }, include }))
      }
      return chunks.flat()
    },
    /** Leaders: who gets the weekly summary in private. */
    leaders(committeeId: number) {
      return db.membership.findMany({ where: { committeeId, role: 'leader' }, include: { person: { include: { accounts: true } } } })
    },
    /** Extensions approved since `since`, with their task and body (the weekly summary lists them). */
    extensionsGranted(committeeId: number, since: Date) {
      return db.extensionRequest.findMany({
        where: { state: 'approved', decidedAt: { gte: since }, task: { committeeId } },
        include: { task: true, body: true },
        orderBy: { decidedAt: 'asc' },
      })
    },
    /** Secretariat and owners: who reviews submissions and decides extensions. */
    reviewers(committeeId: number) {
      return db.membership.findMany({
        where: { committeeId, role: { in: ['owner', 'secretariat'] } },
        include: { person: { include: { accounts: true } } },
      })
    },
  }
}
export type TaskRepository = ReturnType<typeof createTaskRepository>
