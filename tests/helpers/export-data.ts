import type { Actor } from '../../src/services/actor.js'
import { parseDeadline } from '../../src/services/deadlines/parse.js'
import { toDbDate } from '../../src/services/calendar/local-date.js'
import type { TaskKind } from '../../src/db/repositories/index.js'
import type { UpdatePerson } from '../../src/transports/updates.js'
import { issueCode, setUpCommittee, type TestBot } from './test-bot.js'

/** "Today" of the export tests: a working Friday, after the first session was held. */
export const EXPORT_NOW = new Date('2026-04-10T02:00:00Z')

export interface ExportWorld {
  committeeId: number
  an: UpdatePerson
  dung: UpdatePerson
  kien: UpdatePerson
  /** Task numbers by what they stand for. */
  tasks: Record<'done' | 'overdue' | 'provisional' | 'answer' | 'item' | 'ongoing' | 'plan2' | 'noPlan', number>
}

/** The Actor of a person the bot knows (as a handler would make it, in their private chat). */
export async function actorOf(t: TestBot, person: UpdatePerson): Promise<Actor> {
  const known = await t.services.people.identify({
    platform: 'telegram',
    externalId: String(person.id),
    displayName: person.firstName,
    username: null,
    privateChatId: String(person.id),
  })
  return { personId: known.id, platform: 'telegram', chatExternalId: String(person.id), updateId: null }
}

/**
 * A committee with two bodies, a contact (Dũng, Sở Y tế), a leader (Kiên), two plans, three sessions
 * (one held on 24/03/2026 at 8:00, one in quarter III, one ad hoc cancelled), tasks in every outcome
 * class, two opinions (one with the speaker's name and place) and two conclusion items (one with
 * progress, one "thường xuyên"). Roles through the real bot; the rest through the services, and the
 * records the after-session dialogues make (held day, opinions, notice, items) written directly.
 */
export async function seedExportWorld(t: TestBot): Promise<ExportWorld> {
  const an = t.person('Nguyễn Văn An')
  const dung = t.person('Trần Văn Dũng')
  const kien = t.person('Nguyễn Kiên')
  const committeeId = await setUpCommittee(t, an, 'Ban Thường vụ Tỉnh ủy Quảng Ngãi')
  await t.say(an, 'private', '/coquan them Ban Dân vận Tỉnh ủy | BDVTU')
  await t.say(an, 'private', '/coquan them Sở Y tế | SYT')
  await t.say(dung, 'private', `/thamgia ${await issueCode(t, an, 4, 2)}`)
  await t.say(kien, 'private', `/thamgia ${await issueCode(t, an, 5)}`)
  const owner = await actorOf(t, an)
  const { services } = t
  t.clock.set(new Date('2026-02-10T02:00:00Z'))
  const bodies = await services.bodies.list(committeeId)
  const bdvtu = bodies.find((b) => b.shortName === 'BDVTU')!.id
  const syt = bodies.find((b) => b.shortName === 'SYT')!.id
  for (const symbol of ['05-KH/TU', '07-KH/TU']) {
    await services.plans.create(owner, committeeId, {
      symbol,
      title: `Kế hoạch ${symbol}`,
      year: 2026,
      issuedOn: null,
      issuer: 'Ban Thường vụ',
    })
  }
  const session = (planNumber: number | null, topic: string, timeText: string) =>
    services.sessions.create(owner, committeeId, {
      planNumber,
      topic,
      host: 'Bí thư Tỉnh ủy',
      audience: null,
      expectedCount: 150,
      unlimited: false,
      timeText,
      format: 'in_person',
      venue: 'Hội trường Tỉnh ủy, tầng 2',
      centralPoint: null,
      localPoints: [],
    })
  const first = await session(1, 'Đối thoại với Hội Cựu chiến binh tỉnh', '24/3/2026 8h00')
  await session(1, 'Đối thoại với thanh niên; sinh viên, học sinh', 'Quý III/2026')
  await session(null, 'Đối thoại với hộ dân vùng dự án', 'Tháng 5/2026')
  await services.sessions.setStatus(owner, committeeId, 3, 'cancelled', 'Dự án điều chỉnh')

  const assign = async (
    title: string,
    kind: TaskKind,
    planNumber: number | null,
    sessionNumber: number | null,
    lead: number,
    deadline: string | null,
    coordinating: number[] = [],
  ) =>
    (
      await services.tasks.assign(owner, committeeId, {
        sessionNumber,
        planNumber,
        title,
        detail: null,
        kind,
        leadBodyId: lead,
        coordinatingBodyIds: coordinating,
        recipientBodyId: null,
        ccBodyIds: [],
        deadline: deadline ? parseDeadline(deadline) : null,
        requiresCoordinators: false,
      })
    ).task
  const done = await assign('Báo cáo kết quả giải quyết kiến nghị', 'report', 1, 1, syt, 'trước ngày 28/02/2026', [bdvtu])
  const overdue = await assign('Chuẩn bị nội dung, tài liệu', 'preparation', 1, 1, bdvtu, 'chậm nhất ngày 20/02/2026')
  const provisional = await assign(
    'Tuyên truyền trước buổi đối thoại',
    'communication',
    1,
    2,
    syt,
    'chậm nhất 10 ngày trước khi tổ chức đối thoại',
  )
  const plan2 = await assign('Báo cáo sơ kết 6 tháng', 'periodic_report', 2, null, bdvtu, 'trước ngày 15/6/2026')
  const noPlan = await assign('Việc phát sinh', 'other', null, null, syt, null)
  const answer = await assign('Trả lời bằng văn bản ý kiến số 2', 'opinion_answer', 1, 1, syt, 'chậm nhất ngày 15/4/2026')
  const item = await assign('Rà soát chế độ chính sách cho hội viên', 'conclusion_follow_up', 1, 1, syt, 'chậm nhất ngày 30/6/2026')
  const ongoing = await assign('Theo dõi, đôn đốc thường xuyên', 'conclusion_follow_up', 1, 1, bdvtu, null)

  t.clock.set(new Date('2026-02-26T03:00:00Z'))
  const contact = await actorOf(t, dung)
  const submission = await services.tasks.submit(contact, committeeId, done.number, {
    documentNumber: '45/BC-SYT',
    documentDate: '2026-02-26',
    fileId: null,
    fileName: null,
    link: null,
    note: null,
  })
  await services.tasks.review(owner, committeeId, submission.submission.id, 'accepted', null)
  t.clock.set(EXPORT_NOW)

  const prisma = t.db.prisma
  await prisma.session.update({ where: { id: first.id }, data: { status: 'held', heldOn: toDbDate('2026-03-24') } })
  await prisma.opinion.create({
    data: {
      sessionId: first.id,
      number: 1,
      speakerName: 'Phạm Văn Hùng',
      place: 'Phường Nghĩa Lộ',
      field: 'policy',
      content: 'Đề nghị giải quyết chế độ cho hội viên, nhất là người có công.',
      outcome: 'answered_at_session',
      answeredBy: 'Bí thư Tỉnh ủy',
      answer: 'Giao Sở Y tế rà soát.',
      recordedByPersonId: owner.personId,
    },
  })
  await prisma.opinion.create({
    data: {
      sessionId: first.id,
      number: 2,
      speakerName: 'Võ Thị Lan',
      place: 'Xã Tịnh Khê',
      field: 'đường giao thông nông thôn',
      content: 'Đường liên thôn xuống cấp.',
      outcome: 'in_writing',
      bodyId: syt,
      taskId: answer.id,
      recordedByPersonId: owner.personId,
    },
  })
  const notice = await prisma.conclusionNotice.create({
    data: { sessionId: first.id, documentNumber: '125-TB/TU', documentDate: toDbDate('2026-03-30'), createdByPersonId: owner.personId },
  })
  await prisma.conclusionItem.create({
    data: { noticeId: notice.id, sessionId: first.id, position: 1, content: 'Rà soát chế độ chính sách cho hội viên.', taskId: item.id },
  })
  await prisma.conclusionItem.create({
    data: { noticeId: notice.id, sessionId: first.id, position: 2, content: 'Theo dõi, đôn đốc.', ongoing: true, taskId: ongoing.id },
  })
  await prisma.taskProgress.create({
    data: {
      taskId: item.id,
      percent: 60,
      note: 'Đã rà soát 3/5 xã',
      reportedByPersonId: contact.personId,
      reportedOn: toDbDate('2026-04-05'),
    },
  })
  return {
    committeeId,
    an,
    dung,
    kien,
    tasks: {
      done: done.number,
      overdue: overdue.number,
      provisional: provisional.number,
      answer: answer.number,
      item: item.number,
      ongoing: ongoing.number,
      plan2: plan2.number,
      noPlan: noPlan.number,
    },
  }
}
