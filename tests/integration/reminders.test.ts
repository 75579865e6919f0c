import { afterEach, describe, expect, it } from 'vitest'
import { runReminders } from '../../src/jobs/reminders.js'
import { createCalendar } from '../../src/services/calendar/calendar.js'
import { reminderStepFor } from '../../src/services/tasks/reminders.js'
import { atLocalTime } from '../../src/services/time.js'
import { assignDue, committeeWithGroups, deliverySetup, joinWithCode } from '../helpers/delivery-setup.js'
import { createTestDatabase, silentLogger, type TestDatabase } from '../helpers/test-db.js'

const at = (date: string, time = '08:05') => atLocalTime(date, time, 'Asia/Ho_Chi_Minh')

describe('reminder steps', () => {
  const calendar = createCalendar()
  it.each([
    ['2026-03-03', '2026-03-12', 'before-7', 1],
    ['2026-03-09', '2026-03-12', 'before-3', 1],
    ['2026-03-11', '2026-03-12', 'before-1', 1],
    ['2026-03-12', '2026-03-12', 'due', 1],
    ['2026-03-16', '2026-03-12', 'overdue-2', 1],
    ['2026-03-18', '2026-03-12', 'overdue-4', 2],
    ['2026-03-20', '2026-03-12', 'overdue-6', 3],
    ['2026-03-24', '2026-03-12', 'overdue-8', 3],
  ])('on %s for a task due %s: %s (level %i)', (today, due, step, level) => {
    expect(reminderStepFor(calendar, today, due)).toMatchObject({ step, level })
  })

  it.each([
    ['2026-03-10', '2026-03-12'],
    ['2026-03-13', '2026-03-12'],
    ['2026-03-17', '2026-03-12'],
  ])('gives nothing on %s for a task due %s', (today, due) => {
    expect(reminderStepFor(calendar, today, due)).toBeNull()
  })

  it('counts working days across holidays: 3 working days before a due date after Giỗ Tổ 2026', () => {
    // Due Tue 28/04/2026: Mon 27/04 is off (Giỗ Tổ compensation), so T-3 is Wed 22/04... T-1 is Fri 24/04.
    expect(reminderStepFor(calendar, '2026-04-24', '2026-04-28')).toMatchObject({ step: 'before-1' })
    expect(reminderStepFor(calendar, '2026-04-22', '2026-04-28')).toMatchObject({ step: 'before-3' })
  })
})

describe('the reminders job', () => {
  let db: TestDatabase | null = null
  afterEach(async () => {
    await db?.destroy()
    db = null
  })

  async function setup() {
    db = await createTestDatabase()
    const env = deliverySetup(db, { now: at('2026-03-02'), groups: 1 })
    const { committee, owner, chatIds } = await committeeWithGroups(env.services, env.fake, 1)
    const body = await env.services.bodies.add(owner, committee.id, { name: 'Sở Giáo dục và Đào tạo', shortName: 'SGDĐT' })
    const contacts = []
    for (const [id, name] of [
      [910001, 'Đầu mối'],
      [910002, 'Giám đốc Sở'],
    ] as const) {
      contacts.push(await joinWithCode(env.services, env.fake, owner, committee.id, { id, name }, 'body_contact', body.id))
    }
    await db.prisma.bodyContact.updateMany({ where: { personId: contacts[1]!.id }, data: { isHead: true } })
    const assign = (title: string, date: string) => assignDue(env.services, owner, committee.id, body.id, title, date)
    // What a chat received besides the assignments themselves (told through the outbox when assigned).
    const heard = (chatId: number | undefined) => env.fake.texts(chatId).filter((text) => !text.startsWith('📌 Nhiệm vụ mới'))
    const tick = async (date: string, time?: string) => {
      const now = at(date, time)
      env.clock.set(now)
      const queued = await runReminders({ repos: env.repos, services: env.services, translate: env.translate, logger: silentLogger }, now)
      await env.sender.drain()
      return queued
    }
    return { ...env, committee, owner, chatIds, assign, tick, heard }
  }

  it('reminds the contacts before and on the due day, merged in one message, once a day, never on a weekend or at night', async () => {
    const env = await setup()
    await env.assign('Báo cáo tình hình ngành giáo dục', '2026-03-12')
    await env.assign('Danh sách đại biểu dự đối thoại', '2026-03-12')
    expect(await env.tick('2026-03-03', '07:59')).toBe(0) // before the reminder time
    expect(await env.tick('2026-03-03')).toBe(2) // T-7: both contacts, one merged message each
    expect(await env.tick('2026-03-03', '10:00')).toBe(0) // once a day
    expect(await env.tick('2026-03-07')).toBe(0) // Saturday
    expect(await env.tick('2026-03-09', '20:30')).toBe(0) // quiet hours
    const text = env.heard(910001)[0] ?? ''
    expect(text).toContain('⏰ Nhắc hạn nhiệm vụ:')
    expect(text).toContain(
      '• Nhiệm vụ số 1 (Sở Giáo dục và Đào tạo): Báo cáo tình hình ngành giáo dục — hạn 12/03/2026, còn 7 ngày làm việc',
    )
    expect(text).toContain('• Nhiệm vụ số 2 (Sở Giáo dục và Đào tạo): Danh sách đại biểu dự đối thoại')
    expect(env.heard(910001)).toHaveLength(1)
    expect(await env.tick('2026-03-12')).toBe(2)
    expect(env.heard(910002).at(-1)).toContain('hôm nay (12/03/2026) là hạn chót')
  })

  it('escalates while overdue: contacts, then the head of the body, then the committee group', async () => {
    const env = await setup()
    await env.assign('Báo cáo tình hình ngành giáo dục', '2026-03-12')
    await env.tick('2026-03-16') // overdue 2 working days → contacts
    expect(env.heard(910001).at(-1)).toContain('đã quá hạn 2 ngày làm việc')
    const contactCount = env.heard(910001).length
    await env.tick('2026-03-18') // overdue 4 → the head only
    expect(env.heard(910002).at(-1)).toContain('đã quá hạn 4 ngày làm việc')
    expect(env.heard(910001)).toHaveLength(contactCount)
    await env.tick('2026-03-20') // overdue 6 → the committee group
    expect(env.heard(env.chatIds[0]).at(-1)).toContain('đã quá hạn 6 ngày làm việc')
    const steps = await db!.prisma.reminderStep.findMany({ orderBy: { id: 'asc' } })
    expect(steps.map((s) => [s.step, s.level])).toEqual([
      ['overdue-2', 1],
      ['overdue-4', 2],
      ['overdue-6', 3],
    ])
  })

  it('sends nothing for a muted task', async () => {
    const env = await setup()
    await env.assign('Báo cáo tình hình ngành giáo dục', '2026-03-12')
    await env.services.tasks.setRemindersMuted(env.owner, env.committee.id, 1, true)
    expect(await env.tick('2026-03-03')).toBe(0)
    expect(env.heard(910001)).toEqual([])
  })
})
