import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Body, Committee } from '../../src/db/repositories/index.js'
import type { Actor } from '../../src/services/actor.js'
import { assignDue } from '../helpers/delivery-setup.js'
import { DASHBOARD_PEOPLE, dashboardFixture, type DashboardFixture } from '../helpers/dashboard-fixture.js'

interface Answer {
  status: number
  body: { html?: string; title?: string; error?: string; data?: Record<string, unknown>; lang?: string }
}

/** Telegram id of the second committee's owner. */
const DISTRICT_OWNER = 920001
/** The second committee: a higher id than the province's, but first by name (Huyện < Tỉnh). */
const DISTRICT = 'Ban Thường vụ Huyện ủy Bình Sơn'
const PROVINCE = 'Ban Thường vụ Tỉnh ủy Quảng Ngãi'

/**
 * The dashboard's committee switcher over HTTP: a reader of two committees reads either one with
 * `committee=ID` without the bot's active committee moving; a committee that is not theirs is
 * refused and tells nothing of it; with none active the first by name is shown; the role in the
 * committee shown decides what is seen. The province's owner (the fixture's secretariat) is made a
 * body's contact in a district committee for this.
 */
describe('the dashboard’s committee switcher', () => {
  let f: DashboardFixture
  let district: Committee
  let districtBodies: { party: Body; youth: Body }
  beforeAll(async () => {
    f = await dashboardFixture()
    const { services } = f
    const person = await services.people.identify({
      platform: 'telegram',
      externalId: String(DISTRICT_OWNER),
      displayName: 'Chủ huyện',
      username: null,
      privateChatId: String(DISTRICT_OWNER),
    })
    const districtOwner: Actor = { personId: person.id, platform: 'telegram', chatExternalId: String(DISTRICT_OWNER), updateId: null }
    district = await services.committees.create(districtOwner, { name: DISTRICT, level: 'district', timeZone: 'Asia/Ho_Chi_Minh' })
    districtBodies = {
      party: await services.bodies.add(districtOwner, district.id, { name: 'Văn phòng Huyện ủy', shortName: 'VPHU' }),
      youth: await services.bodies.add(districtOwner, district.id, { name: 'Huyện đoàn Bình Sơn', shortName: 'HĐBS' }),
    }
    await assignDue(services, districtOwner, district.id, districtBodies.party.id, 'Báo cáo công tác dân vận của huyện', '2026-03-10')
    await assignDue(services, districtOwner, district.id, districtBodies.youth.id, 'Tổng hợp kiến nghị của đoàn viên huyện', '2026-03-31')
    // The province's owner joins the district as Văn phòng Huyện ủy's contact (a plain member there);
    // joining makes the district their active committee in the chat.
    const invite = await services.invites.create(districtOwner, district.id, 'body_contact', districtBodies.party.id)
    await services.invites.join(f.owner, invite.code)
  }, 120_000)
  afterAll(async () => {
    await f?.close()
  })

  async function api(path: string, userId: number): Promise<Answer> {
    const response = await fetch(`${f.base}/api/${path}`, { headers: { authorization: `tma ${f.initData(userId)}` } })
    expect(response.headers.get('cache-control')).toBe('no-store')
    return { status: response.status, body: (await response.json()) as Answer['body'] }
  }
  const total = (answer: Answer) => (answer.body.data as { classes: { total: number } }).classes.total
  const activeOf = async (personId: number) => (await f.services.people.context(personId)).committee?.id ?? null
  const provinceTasks = async () =>
    (
      await f.db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM tasks WHERE committee_id = $1 AND status <> 'cancelled'`, [
        f.committee.id,
      ])
    )[0]!.n

  it('shows the other committee’s data with committee=ID, keeps it in the links, and leaves the bot’s active committee alone', async () => {
    expect(await activeOf(f.owner.personId)).toBe(district.id)
    // Without the parameter: the active committee, as before.
    const active = await api('overview', DASHBOARD_PEOPLE.owner)
    expect(active.status).toBe(200)
    // The committee shown is named once, as the switcher's choice.
    expect(active.body.html).toContain(`<option value="${district.id}" selected>${DISTRICT}</option>`)
    expect(active.body.html).not.toContain('<p class="committee">')
    expect(total(active)).toBe(1)

    const province = await api(`overview?committee=${f.committee.id}`, DASHBOARD_PEOPLE.owner)
    expect(province.status).toBe(200)
    expect(province.body.html).toContain(`<option value="${f.committee.id}" selected>${PROVINCE}</option>`)
    expect(province.body.html).not.toContain('<p class="committee">')
    expect(total(province)).toBe(await provinceTasks())
    expect(province.body.html).toContain('Nhiệm vụ quá hạn (7)')
    // The switcher: both committees by name, the one shown selected; tabs keep the choice.
    const html = province.body.html ?? ''
    const select = /<form class="filters switch" data-view="overview" data-drop="([^"]*)">.*?<\/form>/.exec(html)
    expect(select?.[0]).toContain('<select name="committee">')
    expect(select?.[0]).toContain('Cơ quan ban hành')
    expect((select?.[1] ?? '').split(' ')).toEqual(expect.arrayContaining(['plan', 'body', 'lead', 'session', 'n', 'page']))
    const options = [...(select?.[0] ?? '').matchAll(/<option value="(\d+)"( selected)?>([^<]*)<\/option>/g)].map((m) => [
      Number(m[1]),
      Boolean(m[2]),
      m[3],
    ])
    expect(options).toEqual([
      [district.id, false, DISTRICT],
      [f.committee.id, true, PROVINCE],
    ])
    expect(html).toContain(`href="#/bodies?committee=${f.committee.id}"`)
    expect(html).toContain(`href="#/sessions?committee=${f.committee.id}"`)
    // Other filters go along with it, as the plan, period and body controls do.
    const land = await api(`tasks?committee=${f.committee.id}&body=${f.bodies.land.number}&period=2026-Q1`, DASHBOARD_PEOPLE.owner)
    expect(land.body.html).toContain(`href="#/overview?committee=${f.committee.id}&amp;period=2026-Q1&amp;body=${f.bodies.land.number}"`)
    const sessions = await api(`sessions?committee=${f.committee.id}`, DASHBOARD_PEOPLE.owner)
    expect(sessions.body.html).toContain('Đối thoại với đoàn viên, thanh niên về việc làm')
    expect(sessions.body.html).toMatch(new RegExp(`href="#/tasks\\?committee=${f.committee.id}&amp;[^"]*session=1"`))
    // A task by its number is the chosen committee's task.
    const task = await api(`task?committee=${f.committee.id}&n=${f.tasks.complaints}`, DASHBOARD_PEOPLE.owner)
    expect(task.body.html).toContain('Báo cáo tình hình giải quyết khiếu nại về đất đai')
    expect(task.body.html).toContain('<form class="filters switch" data-view="tasks"')

    // Looking changed nothing in the chat.
    expect(await activeOf(f.owner.personId)).toBe(district.id)
    expect(total(await api('overview', DASHBOARD_PEOPLE.owner))).toBe(1)
  })

  it('refuses a committee the reader is not a member of (403, in their language), never naming it, and changes nothing', async () => {
    const police = f.contacts.police.personId
    const before = await activeOf(police)
    expect(before).toBe(f.committee.id)
    for (const asked of [String(district.id), '999999', 'abc', '-1']) {
      const answer = await api(`overview?committee=${asked}`, DASHBOARD_PEOPLE.police)
      expect(answer.status, asked).toBe(403)
      expect(answer.body.error).toBe(
        'Bạn không phải là thành viên của cơ quan ban hành được chọn nên không xem được số liệu. ' +
          'Hãy mở lại bảng điều khiển và chọn một cơ quan ban hành mà bạn tham gia.',
      )
      expect(JSON.stringify(answer.body)).not.toContain('Bình Sơn')
      expect(answer.body.html).toBeUndefined()
    }
    for (const view of ['bodies', 'tasks', `task?n=1`, 'sessions']) {
      const answer = await api(`${view}${view.includes('?') ? '&' : '?'}committee=${district.id}`, DASHBOARD_PEOPLE.police)
      expect(answer.status, view).toBe(403)
    }
    await f.services.people.setLocale(police, 'en')
    const english = await api(`tasks?committee=${district.id}`, DASHBOARD_PEOPLE.police)
    expect(english.status).toBe(403)
    expect(english.body.error).toContain('You are not a member of the chosen committee')
    await f.services.people.setLocale(police, 'vi')
    // Nothing moved: the active committee, and what the reader sees without the parameter.
    expect(await activeOf(police)).toBe(before)
    const own = await api('overview', DASHBOARD_PEOPLE.police)
    expect(own.status).toBe(200)
    expect(own.body.html).toContain(`<p class="committee">${PROVINCE}</p>`)
    // A reader of one committee gets no switcher, and may name their own committee.
    expect(own.body.html).not.toContain('name="committee"')
    expect((await api(`overview?committee=${f.committee.id}`, DASHBOARD_PEOPLE.police)).status).toBe(200)
    // Someone with no committee at all is still told so.
    const stranger = await api(`overview?committee=${f.committee.id}`, DASHBOARD_PEOPLE.stranger)
    expect(stranger.status).toBe(403)
    expect(stranger.body.error).toContain('chưa là thành viên của cơ quan ban hành nào')
  })

  it('shows the first committee by name, not a 403, to a reader of two committees with none active', async () => {
    await f.db.sql.query(`UPDATE people SET active_committee_id = NULL WHERE id = $1`, [f.owner.personId])
    try {
      expect(await activeOf(f.owner.personId)).toBeNull()
      const answer = await api('overview', DASHBOARD_PEOPLE.owner)
      expect(answer.status).toBe(200)
      // The district's id is the higher one: the order is by name.
      expect(district.id).toBeGreaterThan(f.committee.id)
      expect(answer.body.html).toContain(`<option value="${district.id}" selected>${DISTRICT}</option>`)
      expect(total(answer)).toBe(1)
      // Still nothing chosen for the chat.
      expect(await activeOf(f.owner.personId)).toBeNull()
    } finally {
      await f.db.sql.query(`UPDATE people SET active_committee_id = $2 WHERE id = $1`, [f.owner.personId, district.id])
    }
  })

  it('scopes the reader by their role in the committee shown: a body’s contact there, though owner elsewhere', async () => {
    const [inDistrict, inProvince] = await Promise.all([
      f.services.permissions.roleOf(district.id, f.owner.personId),
      f.services.permissions.roleOf(f.committee.id, f.owner.personId),
    ])
    expect([inDistrict, inProvince]).toEqual(['member', 'owner'])

    const overview = await api(`overview?committee=${district.id}`, DASHBOARD_PEOPLE.owner)
    expect(total(overview)).toBe(1)
    expect(overview.body.html).toContain('chỉ nhiệm vụ của cơ quan, đơn vị bạn làm đầu mối')
    const tasks = await api(`tasks?committee=${district.id}`, DASHBOARD_PEOPLE.owner)
    expect(tasks.body.html).toContain('Báo cáo công tác dân vận của huyện')
    expect(tasks.body.html).not.toContain('Tổng hợp kiến nghị của đoàn viên huyện')
    const bodies = await api(`bodies?committee=${district.id}`, DASHBOARD_PEOPLE.owner)
    expect((bodies.body.data as { rows: { name: string }[] }).rows.map((b) => b.name)).toEqual(['Văn phòng Huyện ủy'])
    // The body filter offers their body only; another body asked for by number shows nothing.
    expect(overview.body.html).toContain('Các cơ quan, đơn vị của tôi')
    expect(overview.body.html).not.toContain('HĐBS')
    const youth = await api(`tasks?committee=${district.id}&lead=${districtBodies.youth.number}`, DASHBOARD_PEOPLE.owner)
    expect((youth.body.data as { counts: { all: number } }).counts.all).toBe(0)

    // In the province, where they are owner: every body, no restriction.
    const province = await api(`overview?committee=${f.committee.id}`, DASHBOARD_PEOPLE.owner)
    expect(total(province)).toBe(await provinceTasks())
    expect(province.body.html).not.toContain('chỉ nhiệm vụ của cơ quan, đơn vị bạn làm đầu mối')
    const provinceBodies = await api(`bodies?committee=${f.committee.id}`, DASHBOARD_PEOPLE.owner)
    expect((provinceBodies.body.data as { rows: unknown[] }).rows).toHaveLength(6)
  })
})
