import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { actors, type ScaleSpec } from '../../bench/scale/generate.js'
import { botRig, type BotRig } from '../../bench/scale/harness.js'
import { createI18n } from '../../src/bot/i18n.js'
import { digestForCommittee } from '../../src/jobs/daily-digest.js'
import { atLocalTime } from '../../src/services/time.js'
import { parameterCount, readsWholeTaskTable, scaleDatabase, type ScaleDatabase } from '../helpers/scale-db.js'
import { silentLogger } from '../helpers/test-db.js'

/**
 * A committee of 5,000 tasks (60 bodies, 120 sessions), the list commands through the real bot:
 * each answer fits the phone (at most two messages, none over Telegram's 4,096 characters), costs
 * a fixed number of statements, binds no parameter per row, and never reads the task table
 * without a LIMIT or an aggregate — so a whole-table load cannot come back unnoticed. (Timings are
 * in bench/, not here.)
 */
const SPEC: ScaleSpec = { committees: 1, bodies: 60, sessions: 120, tasks: 5000, today: '2026-03-02' }
const who = actors(SPEC, 1)
/** 10:00 local on a working Monday. */
const NOW = new Date(`${SPEC.today}T03:00:00Z`)

describe('lists at 5,000 tasks: one page, a fixed number of statements', () => {
  let scale: ScaleDatabase
  let rig: BotRig
  beforeAll(async () => {
    scale = await scaleDatabase(SPEC)
    rig = botRig(scale.database, NOW)
  }, 120_000)
  afterAll(async () => {
    await scale?.destroy()
  })

  const secretary = { kind: 'private' as const, id: who.secretary, firstName: 'Thư ký' }
  const contact = { kind: 'private' as const, id: who.contact, firstName: 'Đầu mối' }
  // Statements per answer: the update's own (dedup, identity, role, language…) plus the list's few.
  const cases: [string, string, typeof secretary, number][] = [
    ['secretariat', '/viec', secretary, 16],
    ['secretariat', '/viec tatca', secretary, 16],
    ['secretariat', '/viec tatca trang 40', secretary, 16],
    ['secretariat', '/quahan', secretary, 16],
    ['secretariat', '/tuannay', secretary, 16],
    ['secretariat', '/viec phien 7', secretary, 18],
    ['secretariat', '/viec CQ7', secretary, 17],
    ['secretariat', '/phien', secretary, 15],
    ['secretariat', '/phien 7', secretary, 20],
    ['secretariat', '/bantin', secretary, 17],
    ['secretariat', '/tongket', secretary, 20],
    ['contact', '/viec', contact, 16],
    ['contact', '/viec tatca', contact, 16],
    ['contact', '/quahan', contact, 16],
    ['contact', '/tuannay', contact, 16],
    ['contact', '/phien', contact, 15],
  ]

  it.each(cases)(
    '%s %s: at most two messages, few statements, no parameter per row, no whole-table read',
    async (_who, command, chat, limit) => {
      const { result: answer, statements } = await scale.log.during(() => rig.say(chat.id, chat, command))
      expect(rig.errors).toEqual([])
      expect(answer.messages).toBeGreaterThan(0)
      expect(answer.messages).toBeLessThanOrEqual(2)
      for (const text of answer.texts) {
        expect(text.length).toBeLessThanOrEqual(4096)
      }
      expect(statements.length).toBeLessThanOrEqual(limit)
      expect(Math.max(...statements.map(parameterCount))).toBeLessThan(50)
      expect(statements.filter(readsWholeTaskTable)).toEqual([])
    },
  )

  it('counts what the database holds and pages through it with the buttons', async () => {
    const [row] = await scale.database.sql.query<{ n: number; overdue: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE status = 'open' AND due_date < $1::date)::int AS overdue FROM tasks`,
      [SPEC.today],
    )
    const first = await rig.say(secretary.id, secretary, '/viec tatca')
    expect(first.texts[0]).toContain(`Tất cả nhiệm vụ (${row!.n.toLocaleString('vi-VN')}):`)
    expect(first.texts[0]).toContain(`Quá hạn: ${row!.overdue.toLocaleString('vi-VN')}`)
    expect(first.texts[0]).toContain(`Trang 1/${Math.ceil(row!.n / 15)}`)
    const buttons = rig.api.sentMessages(secretary.id).at(-1)?.keyboard?.inline_keyboard.flat() ?? []
    expect(buttons.map((b) => ('callback_data' in b ? b.callback_data : ''))).toEqual(['vp:a:0:1'])
    const { result: second, statements } = await scale.log.during(() => rig.press(secretary.id, secretary.id, 'vp:a:0:1'))
    expect(second.texts[0]).toContain(`Trang 2/${Math.ceil(row!.n / 15)}`)
    expect(second.texts[0]).not.toEqual(first.texts[0])
    expect(statements.length).toBeLessThanOrEqual(16)
    expect(rig.errors).toEqual([])
  })

  it('previews the digest with /bantin exactly as the job queues it', async () => {
    const preview = await rig.say(secretary.id, secretary, '/bantin')
    const i18n = createI18n({ defaultLocale: 'vi', services: rig.services, platform: 'telegram' })
    const translate = (locale: string, key: string, vars?: Record<string, string | number>) => i18n.t(locale, key, vars)
    const committee = (await rig.services.committees.findById(1))!
    const result = await digestForCommittee(
      { services: rig.services, translate, logger: silentLogger },
      committee,
      atLocalTime(SPEC.today, '07:30', committee.timeZone),
    )
    expect(result.outcome).toBe('created')
    const [delivery] = await scale.database.sql.query<{ text: string }>(
      `SELECT d.text FROM deliveries d JOIN runs r ON r.id = d.run_id WHERE r.kind = 'daily_digest'`,
    )
    expect(preview.texts.join('\n\n')).toBe(`${translate('vi', 'bantin-preview')}\n\n${delivery!.text}`)
    expect(delivery!.text.length).toBeLessThanOrEqual(4096)
    // Overdue tasks by the worst bodies, the rest counted.
    expect(delivery!.text).toMatch(/⛔ Quá hạn \([\d.]+\):/)
    expect(delivery!.text).toMatch(/• … và \d+ cơ quan, đơn vị khác: [\d.]+ nhiệm vụ/)
  })
})
