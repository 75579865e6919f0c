import { afterEach, describe, expect, it } from 'vitest'
import { loadImage } from '@napi-rs/canvas'
import { runWeeklySummary, summaryDays } from '../../src/jobs/weekly-summary.js'
import { createCalendar } from '../../src/services/calendar/calendar.js'
import { atLocalTime } from '../../src/services/time.js'
import { assignDue, committeeWithGroups, deliverySetup, joinWithCode } from '../helpers/delivery-setup.js'
import { received } from '../helpers/fake-bot-api.js'
import { createTestDatabase, silentLogger, type TestDatabase } from '../helpers/test-db.js'

const at = (date: string, time = '08:00') => atLocalTime(date, time, 'Asia/Ho_Chi_Minh')

describe('the day of the weekly summary', () => {
  const calendar = createCalendar()
  it.each([
    ['2026-11-23', 1, '2026-11-23', '2026-11-23'], // an ordinary Monday
    ['2026-11-25', 1, '2026-11-23', '2026-11-23'], // later in the week: still this week's Monday
    ['2026-04-28', 1, '2026-04-27', '2026-04-28'], // Monday 27/04/2026 is off (Giỗ Tổ compensation): Tuesday
    ['2026-11-27', 5, '2026-11-27', '2026-11-27'], // a committee that reads it on Fridays
    ['2026-11-23', 7, '2026-11-22', '2026-11-23'], // Sunday chosen: the next working day
  ])('on %s with weekday %i: week of %s, sent on %s', (today, weeklyDay, key, sendOn) => {
    expect(summaryDays({ weeklyDay }, today, calendar)).toEqual({ key, sendOn })
  })

  it('has no day in the week of Tết 2026 (16–20/02 off, then the weekend)', () => {
    expect(summaryDays({ weeklyDay: 1 }, '2026-02-18', calendar)).toEqual({ key: '2026-02-16', sendOn: null })
  })
})

describe('the weekly summary job', () => {
  let db: TestDatabase | null = null
  afterEach(async () => {
    await db?.destroy()
    db = null
  })

  async function setup(now = at('2026-11-09')) {
    db = await createTestDatabase()
    const env = deliverySetup(db, { now, groups: 1 })
    const { committee, owner, chatIds } = await committeeWithGroups(env.services, env.fake, 1)
    const join = (id: number, name: string, purpose: 'leader' | 'body_contact', bodyId: number | null, locale?: string) =>
      joinWithCode(env.services, env.fake, owner, committee.id, { id, name, ...(locale ? { locale } : {}) }, purpose, bodyId)
    await join(920001, 'Bí thư', 'leader', null)
    await join(920002, 'Phó Bí thư', 'leader', null, 'en')
    const leadersGroup = -6_000_001
    env.fake.upsertChat({ id: leadersGroup, type: 'group', title: 'Thường trực' })
    const invite = await env.services.invites.create(owner, committee.id, 'leaders_group', null)
    await env.services.invites.bindChat(
      owner,
      invite.code,
      { platform: 'telegram', externalId: String(leadersGroup), title: 'Thường trực' },
      true,
    )
    const sgd = await env.services.bodies.add(owner, committee.id, { name: 'Sở Giáo dục và Đào tạo', shortName: 'SGDĐT' })
    const syt = await env.services.bodies.add(owner, committee.id, { name: 'Sở Y tế', shortName: 'SYT' })
    const contact = await join(920010, 'Đầu mối SGDĐT', 'body_contact', sgd.id)
    const assign = (title: string, bodyId: number, date: string) => assignDue(env.services, owner, committee.id, bodyId, title, date)
    const tick = async (date: string, time?: string) => {
      const now = at(date, time)
      env.clock.set(now)
      const result = await runWeeklySummary({ services: env.services, translate: env.translate, logger: silentLogger }, now)
      // Until the outbox is idle: a failed send queues its notice while the drain runs (a drain that
      // had already claimed everything would end without it, as a running sender's next pass would not).
      for (let stats = await env.sender.drain(); stats.sent + stats.failed > 0; stats = await env.sender.drain()) {
        // drained again
      }
      return result
    }
    return { ...env, committee, owner, chatIds, leadersGroup, sgd, syt, contact, assign, tick }
  }

  it('goes to each leader in private (in their language) and to the leaders’ group: the text, then the chart, once a week', async () => {
    const env = await setup()
    await env.assign('Báo cáo kết quả giải quyết kiến nghị ngành giáo dục', env.sgd.id, '2026-11-17') // in term on 16/11, overdue on 23/11
    await env.assign('Danh sách đại biểu', env.sgd.id, '2026-11-30') // in term both weeks
    await env.assign('Báo cáo tình hình y tế cơ sở', env.syt.id, '2026-11-20')
    // Done on time by SYT during the week: its accepted report was sent on 18/11.
    await db!.prisma.task.update({
      where: { committeeId_number: { committeeId: env.committee.id, number: 3 } },
      data: { status: 'done', completedOn: new Date('2026-11-18T00:00:00Z') },
    })

    expect(await env.tick('2026-11-23', '07:59')).toEqual({ created: 0, skipped: 0 })
    expect(await env.tick('2026-11-23', '08:00')).toEqual({ created: 1, skipped: 0 })
    expect(await env.tick('2026-11-23', '09:00')).toEqual({ created: 0, skipped: 0 })
    expect(await env.tick('2026-11-24', '08:00')).toEqual({ created: 0, skipped: 0 })

    for (const chatId of [920001, 920002, env.leadersGroup]) {
      const messages = received(env.fake, chatId)
      expect(messages.map((m) => m.kind)).toEqual(['text', 'photo'])
    }
    const vi = received(env.fake, 920001)
    expect(vi[0]?.text).toContain('📊 BÁO CÁO TUẦN — Ban Thường vụ Tỉnh ủy')
    expect(vi[0]?.text).toContain('Tình hình đến Thứ Hai, ngày 23/11/2026 (so với ngày 16/11):')
    expect(vi[0]?.text).toContain('• Hoàn thành đúng hạn: 1 (+1)')
    expect(vi[0]?.text).toContain('• Hoàn thành trễ hạn: 0 (±0)')
    expect(vi[0]?.text).toContain('• Chưa hoàn thành, còn hạn: 1 (−2)')
    expect(vi[0]?.text).toContain('• Quá hạn: 1 (+1)')
    expect(vi[0]?.text).toContain('Tổng số nhiệm vụ: 3 (±0)')
    expect(vi[0]?.text).toContain('• SGDĐT: 1 còn hạn · 1 quá hạn')
    expect(vi[0]?.text).toContain('• SYT: 1 đúng hạn')
    expect(vi[0]?.text).toContain(
      '• Số 1 — SGDĐT: Báo cáo kết quả giải quyết kiến nghị ngành giáo dục — quá hạn 4 ngày làm việc (hạn 17/11)',
    )
    expect(vi[1]?.text).toBe('📊 Nhiệm vụ theo cơ quan chủ trì, đến ngày 23/11/2026')
    expect(received(env.fake, 920002)[0]?.text).toContain('📊 WEEKLY SUMMARY')
    // The picture is a real PNG of the committee's chart.
    const image = await loadImage(Buffer.from(vi[1]?.bytes ?? new Uint8Array()))
    expect([image.width, image.height]).toEqual([1000, 96 + 2 * 34 + 70])
    // Contacts (told of their assignments, nothing else) and the main group get nothing of it.
    expect(received(env.fake, 920010).filter((m) => !m.text.startsWith('📌 Nhiệm vụ mới'))).toEqual([])
    expect(received(env.fake, env.chatIds[0]!)).toEqual([])
    const runs = await db!.prisma.run.findMany({ where: { kind: 'weekly_summary' } })
    expect(runs.map((r) => [r.localDate.toISOString().slice(0, 10), r.state])).toEqual([['2026-11-23', 'done']])
  })

  it('lists the extensions granted in the week, with both due dates', async () => {
    const env = await setup(at('2026-11-16'))
    await env.assign('Báo cáo tình hình ngành giáo dục', env.sgd.id, '2026-11-20')
    env.clock.set(at('2026-11-18', '10:00'))
    const contact = { personId: env.contact.id, platform: 'telegram' as const, chatExternalId: '920010', updateId: null }
    const { request } = await env.services.tasks.requestExtension(contact, env.committee.id, 1, '2026-11-27', 'Chờ số liệu của các trường')
    await env.services.tasks.decideExtension(env.owner, env.committee.id, request.id, true, null)
    await env.tick('2026-11-23', '08:00')
    const text = received(env.fake, 920001)[0]?.text ?? ''
    expect(text).toContain('⏩ Gia hạn đã chấp thuận trong tuần (1):\n• Số 1 — SGDĐT: hạn 20/11 → 27/11')
    expect(text).toContain('✅ Không có nhiệm vụ quá hạn.')
  })

  it('moves to Tuesday when Monday is a holiday, and is skipped (the secretariat told) when missed for the whole day', async () => {
    const env = await setup(at('2026-04-20'))
    expect(await env.tick('2026-04-27', '09:00')).toEqual({ created: 0, skipped: 0 }) // Monday off
    expect(await env.tick('2026-04-28', '08:30')).toEqual({ created: 1, skipped: 0 })
    // The next week the bot is down all Monday (04/05) and comes back on Tuesday.
    expect(await env.tick('2026-05-05', '08:00')).toEqual({ created: 0, skipped: 1 })
    expect(await env.tick('2026-05-05', '09:00')).toEqual({ created: 0, skipped: 0 })
    expect(received(env.fake, 920001).filter((m) => m.kind === 'photo')).toHaveLength(1)
    expect(env.fake.texts(900001).at(-1)).toContain(
      '⚠️ Báo cáo tuần (dự kiến gửi ngày 04/05/2026) không được gửi: bot không chạy trong khung giờ 08:00–20:00.',
    )
  })

  it('back the same evening before quiet hours still sends it; after quiet hours start it is skipped', async () => {
    const env = await setup(at('2026-11-16'))
    expect(await env.tick('2026-11-23', '19:59')).toEqual({ created: 1, skipped: 0 })
    expect(await env.tick('2026-11-30', '20:00')).toEqual({ created: 0, skipped: 1 })
  })

  it('follows /caidat: another weekday and time', async () => {
    const env = await setup(at('2026-11-16'))
    await env.services.settingsOf.set(env.owner, env.committee.id, 'weekly-day', 'thứ sáu')
    await env.services.settingsOf.set(env.owner, env.committee.id, 'weekly-time', '15:30')
    expect(await env.tick('2026-11-20', '15:29')).toEqual({ created: 0, skipped: 0 })
    expect(await env.tick('2026-11-20', '15:30')).toEqual({ created: 1, skipped: 0 })
    expect(await env.tick('2026-11-23', '09:00')).toEqual({ created: 0, skipped: 0 }) // Monday is no longer the day
  })

  it('a leaders’ group that removed the bot is deactivated and the secretariat is told at once', async () => {
    const env = await setup(at('2026-11-16'))
    // The fake answers 403 "bot was kicked" to every send into the group, as Telegram does.
    env.fake.upsertChat({ id: env.leadersGroup, type: 'group', title: 'Thường trực', botStatus: 'kicked' })
    await env.tick('2026-11-23', '08:00')
    const chat = await db!.prisma.chat.findFirst({ where: { externalId: String(env.leadersGroup) } })
    expect(chat?.active).toBe(false)
    const notice = env.fake.texts(900001).find((t) => t.includes('không còn gửi được tin vào nhóm “Thường trực”'))
    expect(notice).toContain('thêm lại bot vào nhóm rồi đăng ký lại bằng /dangky')
    // Nothing else was lost: both leaders got the text and the chart.
    expect(received(env.fake, 920001).map((m) => m.kind)).toEqual(['text', 'photo'])
  })
})
