import type {
  Body,
  ConclusionItem,
  ConclusionNotice,
  Prisma,
  ReportPeriod,
  Session,
  Task,
  TaskBody,
  TaskMilestone,
  TaskProgress,
} from '../../generated/prisma/client.js'
import type { DbClient } from './client-types.js'

export type ItemTask = Task & { bodies: (TaskBody & { body: Body })[]; progress: TaskProgress[]; milestones: TaskMilestone[] }
export type ConclusionItemView = ConclusionItem & { task: ItemTask }
export type NoticeView = ConclusionNotice & { items: ConclusionItemView[] }

const itemTask = {
  include: {
    bodies: { include: { body: true }, orderBy: { id: 'asc' } },
    progress: { orderBy: { id: 'desc' }, take: 1 },
    milestones: { orderBy: { position: 'asc' } },
  },
} as const

/** Conclusion notices and their items, progress and milestones of tasks, the periodic report tasks. */
export function createConclusionRepository(db: DbClient) {
  return {
    notice(sessionId: number): Promise<NoticeView | null> {
      return db.conclusionNotice.findUnique({
        where: { sessionId },
        include: { items: { include: { task: itemTask }, orderBy: { position: 'asc' } } },
      })
    },
    createNotice(data: Omit<Prisma.ConclusionNoticeUncheckedCreateInput, 'id' | 'createdAt' | 'items'>): Promise<ConclusionNotice> {
      return db.conclusionNotice.create({ data })
    },
    async createItem(data: {
      noticeId: number
      sessionId: number
      content: string
      ongoing: boolean
      taskId: number
    }): Promise<ConclusionItem> {
      const last = await db.conclusionItem.aggregate({ where: { noticeId: data.noticeId }, _max: { position: true } })
      return db.conclusionItem.create({ data: { ...data, position: (last._max.position ?? 0) + 1 } })
    },
    itemOfTask(taskId: number): Promise<(ConclusionItem & { notice: ConclusionNotice; session: Session }) | null> {
      return db.conclusionItem.findUnique({ where: { taskId }, include: { notice: true, session: true } })
    },
    /** The lean rows the roll-ups count, for the given sessions. */
    addProgress(data: Omit<Prisma.TaskProgressUncheckedCreateInput, 'id' | 'createdAt'>): Promise<TaskProgress> {
      return db.taskProgress.create({ data })
    },
    progressOf(taskId: number, take = 10): Promise<TaskProgress[]> {
      return db.taskProgress.findMany({ where: { taskId }, orderBy: { id: 'desc' }, take })
    },
    milestonesOf(taskId: number): Promise<TaskMilestone[]> {
      return db.taskMilestone.findMany({ where: { taskId }, orderBy: { position: 'asc' } })
    },
    async addMilestone(taskId: number, title: string, dueDate: Date): Promise<TaskMilestone> {
      const last = await db.taskMilestone.aggregate({ where: { taskId }, _max: { position: true } })
      return db.taskMilestone.create({ data: { taskId, title, dueDate, position: (last._max.position ?? 0) + 1 } })
    },
    /** Marks a milestone done once; false when it is unknown or done already. */
    async completeMilestone(taskId: number, position: number, doneOn: Date): Promise<boolean> {
      return (await db.taskMilestone.updateMany({ where: { taskId, position, doneOn: null }, data: { doneOn } })).count === 1
    },

    periodTasks(committeeId: number, year: number) {
      return db.reportPeriodTask.findMany({ where: { committeeId, year }, include: { task: true }, orderBy: { period: 'asc' } })
    },
    /** Links a report task to its period; false when the period has one already. */
    async linkPeriodTask(committeeId: number, year: number, period: ReportPeriod, taskId: number): Promise<boolean> {
      return (await db.reportPeriodTask.createMany({ data: [{ committeeId, year, period, taskId }], skipDuplicates: true })).count === 1
    },
  }
}
export type ConclusionRepository = ReturnType<typeof createConclusionRepository>
