import { afterEach, describe, expect, it } from 'vitest'
import { loadImage } from '@napi-rs/canvas'
import { gatherSummary } from '../../src/jobs/summary-content.js'
import { summaryChart } from '../../src/jobs/weekly-summary.js'
import type { Actor } from '../../src/services/actor.js'
import { fromDbDate } from '../../src/services/calendar/local-date.js'
import { UserError } from '../../src/services/errors.js'
import { atLocalTime } from '../../src/services/time.js'
import { committeeWithGroups, deliverySetup, joinWithCode } from '../helpers/delivery-setup.js'
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.js'

const at = (date: string, time = '09:00') => atLocalTime(date, time, 'Asia/Ho_Chi_Minh')

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    if (error instanceof UserError) {
      return error.key
    }
    throw error
  }
  return 'accepted'
}

describe('the after-session services on the database', () => {
  let db: TestDatabase | null = null
  afterEach(async () => {
    await db?.destroy()
    db = null
  })

  /** A committee, two bodies with a contact each, a plan and a session held on 24/03/2023 by day. */
  async function setup() {
    db = await createTestDatabase()
    const env = deliverySetup(db, { now: at('2023-03-01'), groups: 1 })
    const { services, fake } = env
    const { committee, owner } = await committeeWithGroups(services, fake, 1, 'Ban Thường vụ Thị ủy Đức Phổ')
    const ldtbxh = await services.bodies.add(owner, committee.id, { name: 'Phòng Lao động - Thương binh và Xã hội', shortName: 'LĐTBXH' })
    const vptx = await services.bodies.add(owner, committee.id, { name: 'Văn phòng thị xã', shortName: 'VPTX' })
    const contact = await joinWithCode(
      services,
      fake,
      owner,
      committee.id,
      { id: 930001, name: 'Đầu mối LĐTBXH' },
      'body_contact',
      ldtbxh.id,
    )
    const plan = await services.plans.create(owner, committee.id, {
      symbol: '05-KH/TU',
      title: 'Kế hoạch đối thoại năm 2023',
      year: 2023,
      issuedOn: null,
      issuer: 'Ban Thường vụ Thị ủy',
    })
    await services.sessions.create(owner, committee.id, {
      planNumber: plan.number,
      topic: 'Đối thoại với Hội Cựu chiến binh thị xã',
      host: 'Bí thư Thị ủy',
      audience: null,
      expectedCount: 150,
      unlimited: false,
      timeText: 'Tháng 3/2023',
      format: 'in_person',
      venue: 'Hội trường UBND thị xã',
      centralPoint: null,
      localPoints: [],
    })
    const contactActor: Actor = { personId: contact.id, platform: 'telegram', chatExternalId: '930001', updateId: null }
    const citizen = await services.people.identify({
      platform: 'telegram',
      externalId: '930100',
      displayName: 'Công dân',
      username: null,
      privateChatId: '930100',
    })
    const citizenActor: Actor = { personId: citizen.id, platform: 'telegram', chatExternalId: '930100', updateId: null }
    const as = services.afterSession
    return { ...env, committee, owner, ldtbxh, vptx, contactActor, citizenActor, plan, as }
  }

  it('a written answer’s task and its announcement commit together; a refused opinion leaves neither', async () => {
    const env = await setup()
    const deliveries = () => db!.prisma.delivery.count()
    const before = await deliveries()
    expect(
      await refusal(
        env.as.opinions.record(env.owner, env.committee.id, 1, {
          registration: null,
          speakerName: 'Ông A',
          place: null,
          field: null,
          content: 'Đề nghị giải quyết chế độ cho hội viên.',
          outcome: 'in_writing',
          bodyId: null,
          answeredBy: null,
          answer: null,
          deadlineText: null,
          transferredTo: null,
        }),
      ),
    ).toBe('opinion-error-body')
    expect(
      await refusal(
        env.as.opinions.record(env.owner, env.committee.id, 1, {
          registration: null,
          speakerName: null,
          place: null,
          field: null,
          content: '  ',
          outcome: 'answered_at_session',
          bodyId: null,
          answeredBy: null,
          answer: null,
          deadlineText: null,
          transferredTo: null,
        }),
      ),
    ).toBe('opinion-error-content')
    expect(await db!.prisma.opinion.count()).toBe(0)
    expect(await db!.prisma.task.count()).toBe(0)
    expect(await deliveries()).toBe(before)

    const result = await env.as.opinions.record(env.owner, env.committee.id, 1, {
      registration: null,
      speakerName: 'Ông A',
      place: 'thôn 1',
      field: 'chính sách',
      content: 'Đề nghị giải quyết chế độ cho hội viên.',
      outcome: 'in_writing',
      bodyId: env.ldtbxh.id,
      answeredBy: null,
      answer: null,
      deadlineText: null,
      transferredTo: null,
    })
    expect(result.reach).toMatchObject({ people: 1, unreachable: [] })
    expect(result.task?.kind).toBe('opinion_answer')
    // The session is known only to the month: the default rule counts from its last day, provisional.
    expect(result.task?.dueProvisional).toBe(true)
    expect(result.task?.deadlineText).toBe('trong thời hạn 15 ngày làm việc kể từ khi kết thúc buổi đối thoại')
    const written = await db!.prisma.delivery.findMany({ where: { topic: 'task-announce' } })
    expect(written.map((d) => d.target)).toEqual(['930001'])

    // Changed to “answered at the session”: the task is cancelled, and its body is told so.
    const changed = await env.as.opinions.setOutcome(env.owner, env.committee.id, 1, 1, {
      outcome: 'answered_at_session',
      bodyId: env.ldtbxh.id,
      answeredBy: null,
      answer: 'Đã trả lời tại hội nghị.',
      deadlineText: null,
      transferredTo: null,
    })
    expect(changed.opinion).toMatchObject({ outcome: 'answered_at_session', taskId: null })
    expect((await db!.prisma.task.findFirstOrThrow()).status).toBe('cancelled')
    expect(await db!.prisma.delivery.count({ where: { topic: 'task-announce-cancelled' } })).toBe(1)
  })

  const heldTitle =
    'recording the session held makes its day exact, recomputes what hangs on it and makes the notice task from a sibling session’s rule'
  it(heldTitle, async () => {
    const env = await setup()
    const { services, owner, committee } = env
    // A second session of the same plan with its conclusion-notice task, as the importer makes them.
    await services.sessions.create(owner, committee.id, {
      planNumber: env.plan.number,
      topic: 'Đối thoại với công dân xã Phổ An',
      host: null,
      audience: null,
      expectedCount: null,
      unlimited: false,
      timeText: 'Tháng 5/2023',
      format: 'in_person',
      venue: 'Nhà văn hóa xã Phổ An',
      centralPoint: null,
      localPoints: [],
    })
    const rule = {
      kind: 'relative' as const,
      offset: 7,
      unit: 'working_days' as const,
      anchor: 'session_end' as const,
      text: 'trong thời hạn 07 ngày làm việc kể từ khi kết thúc việc đối thoại',
    }
    await services.tasks.assign(owner, committee.id, {
      sessionNumber: 2,
      planNumber: null,
      title: 'Trình dự thảo thông báo kết luận',
      detail: null,
      kind: 'conclusion_notice',
      leadBodyId: env.vptx.id,
      coordinatingBodyIds: [],
      recipientBodyId: null,
      ccBodyIds: [],
      deadline: rule,
      requiresCoordinators: false,
    })
    // A written answer already owed, provisional on the month: it moves to the exact day.
    await env.as.opinions.record(owner, committee.id, 1, {
      registration: null,
      speakerName: null,
      place: null,
      field: null,
      content: 'Đề nghị hỗ trợ vốn vay.',
      outcome: 'in_writing',
      bodyId: env.ldtbxh.id,
      answeredBy: null,
      answer: null,
      deadlineText: null,
      transferredTo: null,
    })
    env.clock.set(at('2023-03-24', '16:00'))
    expect(await refusal(env.as.held.recordHeld(owner, committee.id, 1, '2023-03-25'))).toBe('held-error-future')
    const held = await env.as.held.recordHeld(owner, committee.id, 1, '2023-03-24')
    expect(held.created).toBe(true)
    expect(held.noticeTask).toMatchObject({ kind: 'conclusion_notice', sessionId: held.session.id, deadlineText: rule.text })
    expect(fromDbDate(held.noticeTask!.dueDate!)).toBe('2023-04-04')
    expect(held.moved.map((m) => [m.from, m.to])).toEqual([['2023-04-21', '2023-04-14']])
    expect(held.session).toMatchObject({ status: 'held', precision: 'day' })
    // Held twice: refused, nothing more made.
    expect(await refusal(env.as.held.recordHeld(owner, committee.id, 1, '2023-03-24'))).toBe('session-error-status')
    expect(await db!.prisma.task.count({ where: { kind: 'conclusion_notice' } })).toBe(2)
    // The session stays selectable for tasks that concern it.
    const { past } = await services.sessions.list(committee.id)
    expect(past.map((s) => [s.number, s.status])).toEqual([[1, 'held']])
  })

  it('registers only while open, never shows a citizen’s data to a body it was not given to, and forgets a person on request', async () => {
    const env = await setup()
    const { owner, committee, as } = env
    expect(await refusal(as.registrations.open(owner, committee.id, 1, null))).toBe('registration-error-close-needed')
    const opened = await as.registrations.open(owner, committee.id, 1, '17h00 20/3/2023')
    const form = {
      name: 'Trần Văn Mười',
      place: 'tổ dân phố 3',
      field: 'Đất đai',
      content: 'Đề nghị cấp giấy chứng nhận quyền sử dụng đất.',
      mode: 'speak' as const,
      phone: '0905 111 222',
    }
    expect(await as.registrations.register(env.citizenActor, opened.code, form)).toEqual({
      number: 1,
      sessionNumber: 1,
      topic: 'Đối thoại với Hội Cựu chiến binh thị xã',
    })
    // The same code re-opened keeps its code; a second person's registration gets the next number.
    expect((await as.registrations.open(owner, committee.id, 1, '17h00 21/3/2023')).code).toBe(opened.code)
    await as.registrations.register(env.citizenActor, opened.code, { ...form, content: 'Đề nghị sửa đường giao thông nông thôn.' })
    // A body's contact sees nothing until a question is given to its body, and never the person.
    expect((await as.registrations.list(env.contactActor, committee.id, 1)).entries).toEqual([])
    await as.registrations.assign(owner, committee.id, 1, 1, env.ldtbxh.id, null)
    const seen = (await as.registrations.list(env.contactActor, committee.id, 1)).entries
    expect(seen.map((e) => [e.number, e.name, e.place, e.phone, e.field])).toEqual([[1, null, null, null, 'land']])
    expect(await refusal(as.registrations.list(env.citizenActor, committee.id, 1))).toBe('error-not-member')
    expect(await refusal(as.registrations.exportList(env.contactActor, committee.id, 1))).toBe('error-forbidden')
    // Closed: refused, nothing saved.
    env.clock.set(at('2023-03-21', '17:00'))
    expect(await refusal(as.registrations.register(env.citizenActor, opened.code, form))).toBe('registration-error-closed')
    expect(await db!.prisma.speakerRegistration.count()).toBe(2)
    // The person asks to be forgotten: the questions stay, the person does not.
    expect(await env.repos.opinions.forgetPerson(env.citizenActor.personId)).toBe(2)
    const rows = await db!.prisma.speakerRegistration.findMany({ orderBy: { number: 'asc' } })
    expect(rows.map((r) => [r.personId, r.name, r.phone])).toEqual([
      [null, '—', null],
      [null, '—', null],
    ])
    expect(rows[0]?.content).toBe(form.content)
    expect(JSON.stringify((await db!.prisma.auditEvent.findMany()).map((e) => [e.before, e.after]))).not.toContain('Trần Văn Mười')
  })

  it('makes the year’s report tasks once, for the standing body; refuses without one', async () => {
    const env = await setup()
    const { owner, committee, as } = env
    expect(await refusal(as.reports.ensure(owner, committee.id, 2023, null))).toBe('report-error-standing-body')
    const first = await as.reports.ensure(owner, committee.id, 2023, env.vptx.id)
    expect(first.created.map((t) => [t.kind, fromDbDate(t.dueDate!), t.deadlineText])).toEqual([
      ['periodic_report', '2023-06-14', 'trước ngày 15/6/2023'],
      ['periodic_report', '2023-11-24', 'trước ngày 25/11/2023'],
    ])
    expect((await db!.prisma.plan.findFirstOrThrow()).standingBodyId).toBe(env.vptx.id)
    // Again, and with the plan's standing body found by itself: nothing new.
    const again = await as.reports.ensure(owner, committee.id, 2023, null)
    expect(again.created).toEqual([])
    expect(again.existing.map((t) => t.number).sort()).toEqual(first.created.map((t) => t.number).sort())
    expect(await db!.prisma.task.count({ where: { kind: 'periodic_report' } })).toBe(2)
  })

  it('puts the held sessions’ chart under the first in the summary’s picture', async () => {
    const env = await setup()
    const { owner, committee, as, services } = env
    env.clock.set(at('2023-03-24', '16:00'))
    await as.held.recordHeld(owner, committee.id, 1, '2023-03-24')
    await as.opinions.record(owner, committee.id, 1, {
      registration: null,
      speakerName: null,
      place: null,
      field: null,
      content: 'Đề nghị hỗ trợ vốn vay.',
      outcome: 'in_writing',
      bodyId: env.ldtbxh.id,
      answeredBy: null,
      answer: null,
      deadlineText: null,
      transferredTo: null,
    })
    const t = (key: string, vars?: Record<string, string | number>) => env.translate('vi', key, vars)
    const calendar = await services.calendar.forCommittee(committee.id)
    const data = await gatherSummary(services, committee, '2023-04-17', calendar)
    expect(data.afterSession?.sessions.map((s) => [s.number, s.rollup.opinions.writing.open_overdue])).toEqual([[1, 1]])
    const withSecond = await loadImage(await summaryChart(t, data))
    const firstOnly = await loadImage(
      await summaryChart(t, { ...data, afterSession: { sessions: [], total: data.afterSession!.total, more: 0 } }),
    )
    expect(withSecond.width).toBe(firstOnly.width)
    // The second chart: its title band, one row (the written answer) and its legend.
    expect(withSecond.height).toBe(firstOnly.height + 96 + 34 + 70)
  })
})
