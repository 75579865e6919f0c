import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DASHBOARD_PEOPLE, dashboardFixture, type DashboardFixture } from '../helpers/dashboard-fixture.js'
import { assignDue } from '../helpers/delivery-setup.js'
import { HAS_CHROMIUM, launchChromium, NO_CHROMIUM_MESSAGE } from './chromium.js'
import { compareWithReference } from './png-compare.js'

/**
 * The dashboard in a real browser: Debian's chromium, headless, driven by playwright-core. Each page
 * opened as Telegram opens a Mini App (the signed initData and the theme after '#'), with a valid and
 * an invalid initData; its content checked; screenshots at 360×740 and 1280×800 compared with the
 * references in tests/browser/screenshots (UPDATE_SCREENSHOTS=1 writes them, and the README's two
 * pictures in docs/). A body's contact sees their bodies only; a one-time login link opens the page
 * once. Rendering is deterministic: a fixed clock, the font served by us, no animation.
 */

const SCREENSHOTS = join(import.meta.dirname, 'screenshots')
const DOCS = join(import.meta.dirname, '..', '..', 'docs')
const UPDATE = process.env.UPDATE_SCREENSHOTS === '1'
/** Differing pixels a screenshot may have against its reference (anti-aliasing is ignored already). */
const TOLERANCE = 0.005
const SIZES = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
] as const
/** Telegram's light theme, as its clients pass it to a Mini App. */
const THEME = {
  bg_color: '#ffffff',
  text_color: '#000000',
  hint_color: '#707579',
  link_color: '#3390ec',
  button_color: '#3390ec',
  button_text_color: '#ffffff',
  secondary_bg_color: '#f4f4f5',
  destructive_text_color: '#e53935',
}

if (!HAS_CHROMIUM) {
  process.stderr.write(`${NO_CHROMIUM_MESSAGE}\n`)
}

describe.skipIf(!HAS_CHROMIUM)(HAS_CHROMIUM ? 'the dashboard in chromium' : NO_CHROMIUM_MESSAGE, () => {
  let f: DashboardFixture
  let browser: { context: BrowserContext; close: () => Promise<void> }
  beforeAll(async () => {
    f = await dashboardFixture()
    browser = await launchChromium()
  }, 180_000)
  afterAll(async () => {
    await browser?.close()
    await f?.close()
  })

  const launchUrl = (initData: string) =>
    `${f.base}/app/#tgWebAppData=${encodeURIComponent(initData)}&tgWebAppVersion=8.0&tgWebAppPlatform=android` +
    `&tgWebAppThemeParams=${encodeURIComponent(JSON.stringify(THEME))}`

  /** Opens the Mini App as Telegram does, then goes to `route`; resolves with the status of the route's /api/ answer. */
  async function open(page: Page, initData: string, route: string): Promise<number> {
    const view = route.split('?')[0] ?? route
    const answered = page.waitForResponse((r) => new URL(r.url()).pathname === `/api/${view}`)
    if (view === 'overview' && !route.includes('?')) {
      await page.goto(launchUrl(initData))
    } else {
      await page.goto(launchUrl(initData))
      await page.waitForSelector('#app[data-ready]')
      await page.evaluate((target) => {
        document.getElementById('app')?.removeAttribute('data-ready')
        location.hash = `#/${target}`
      }, route)
    }
    const status = (await answered).status()
    await page.waitForSelector(`#app[data-ready="${view}"]`)
    // The served font must be in use before a screenshot.
    await page.evaluate(() => document.fonts.ready)
    return status
  }

  async function text(page: Page): Promise<string> {
    return page.locator('#app').innerText()
  }

  async function screenshots(page: Page, name: string): Promise<void> {
    for (const size of SIZES) {
      await page.setViewportSize(size)
      await page.evaluate(() => document.fonts.ready)
      const shot = await page.screenshot({ animations: 'disabled', caret: 'hide' })
      const reference = join(SCREENSHOTS, `${name}-${size.width}.png`)
      const result = compareWithReference(shot, reference, { update: UPDATE })
      expect(
        result.different / result.total,
        `${reference} differs (${result.different} pixels; see ${result.diffPath})`,
      ).toBeLessThanOrEqual(TOLERANCE)
    }
  }

  const views = () => [
    {
      name: 'overview',
      route: 'overview',
      expected: [
        'Ban Thường vụ Tỉnh ủy Quảng Ngãi',
        'Kết quả thực hiện nhiệm vụ',
        'Diễn biến 12 tuần gần đây',
        'Nhiệm vụ quá hạn (7)',
        'trễ 11 ngày làm việc',
      ],
    },
    { name: 'bodies', route: 'bodies', expected: ['6 cơ quan, đơn vị', 'SGDĐT', 'VPUBND', 'quá hạn'] },
    { name: 'tasks', route: 'tasks?state=overdue', expected: ['Rà soát hồ sơ đất đai tồn đọng', '7 nhiệm vụ'] },
    {
      name: 'task',
      route: `task?n=${f.tasks.dropouts}`,
      expected: [`Nhiệm vụ số ${f.tasks.dropouts}`, 'Báo cáo số liệu học sinh bỏ học', '(đã gia hạn)', 'đồng ý gia hạn đến 31/03/2026'],
    },
    {
      name: 'sessions',
      route: 'sessions',
      expected: ['Các buổi đối thoại năm 2026', 'Đối thoại với đoàn viên, thanh niên về việc làm', 'Ý kiến: 5 tiếp nhận', 'Quý II/2026'],
    },
  ]

  it.each(['overview', 'bodies', 'tasks', 'task', 'sessions'])(
    '%s: shown to the secretariat with a valid initData, the same as its reference at 360 and 1280 pixels',
    async (name) => {
      const view = views().find((v) => v.name === name)!
      const page = await browser.context.newPage()
      await page.setViewportSize(SIZES[0])
      expect(await open(page, f.initData(DASHBOARD_PEOPLE.owner), view.route)).toBe(200)
      const shown = await text(page)
      for (const words of view.expected) {
        expect(shown).toContain(words)
      }
      // Telegram's theme is applied from the launch parameters.
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(244, 244, 245)')
      await screenshots(page, name)
      if (UPDATE && name === 'overview') {
        mkdirSync(DOCS, { recursive: true })
        await page.setViewportSize(SIZES[0])
        await page.screenshot({ path: join(DOCS, 'dashboard-phone.png'), fullPage: true })
        await page.setViewportSize(SIZES[1])
        await page.screenshot({ path: join(DOCS, 'dashboard-desktop.png'), fullPage: true })
      }
      await page.close()
    },
  )

  it.each(['overview', 'bodies', 'tasks', 'task', 'sessions'])(
    '%s: refused with 401 when the initData is not signed with the bot token',
    async (name) => {
      const view = views().find((v) => v.name === name)!
      const page = await browser.context.newPage()
      expect(await open(page, f.initData(DASHBOARD_PEOPLE.owner, { token: '999:another-bot' }), view.route)).toBe(401)
      const shown = await text(page)
      expect(shown).toContain('Chưa xác thực được người dùng')
      expect(shown).not.toContain('Ban Thường vụ Tỉnh ủy Quảng Ngãi')
      await page.close()
    },
  )

  it('refuses an initData older than a day, and a page opened with none', async () => {
    const page = await browser.context.newPage()
    expect(await open(page, f.initData(DASHBOARD_PEOPLE.owner, { ageSeconds: 25 * 3600 }), 'overview')).toBe(401)
    await page.close()
    const bare = await browser.context.newPage()
    const answered = bare.waitForResponse((r) => new URL(r.url()).pathname === '/api/overview')
    await bare.goto(`${f.base}/app/`)
    expect((await answered).status()).toBe(401)
    await bare.close()
  })

  it('shows a body’s contact their bodies’ tasks only, and refuses another body’s task', async () => {
    const page = await browser.context.newPage()
    const initData = f.initData(DASHBOARD_PEOPLE.police)
    const seen: string[] = []
    for (const route of ['overview', 'bodies', 'tasks', 'sessions']) {
      expect(await open(page, initData, route)).toBe(200)
      seen.push(await text(page))
    }
    const all = seen.join('\n')
    expect(all).toContain('chỉ nhiệm vụ của cơ quan, đơn vị bạn làm đầu mối')
    expect(all).toContain('Cung cấp danh sách hộ dân có đơn thư kéo dài')
    expect(all).toContain('CAT')
    for (const other of [
      'STNMT',
      'SGDĐT',
      'SYT',
      'BDVTU',
      'VPUBND',
      'Sở Tài nguyên',
      'khiếu nại',
      'học phí',
      'y tế cơ sở',
      'Ý kiến: 5 tiếp nhận',
    ]) {
      expect(all).not.toContain(other)
    }
    expect(await open(page, initData, `task?n=${f.tasks.complaints}`)).toBe(404)
    expect(await text(page)).toContain(`Nhiệm vụ số ${f.tasks.complaints} không phải của cơ quan, đơn vị bạn phụ trách`)
    await page.close()
  })

  it('switches committee with the select: the period kept, the plan dropped, the bot’s active committee left alone', async () => {
    // A district committee whose owner leads in the province too (joining makes the province active).
    const districtOwnerId = 920001
    const person = await f.services.people.identify({
      platform: 'telegram',
      externalId: String(districtOwnerId),
      displayName: 'Chủ huyện',
      username: null,
      privateChatId: String(districtOwnerId),
    })
    const actor = { personId: person.id, platform: 'telegram' as const, chatExternalId: String(districtOwnerId), updateId: null }
    const district = await f.services.committees.create(actor, {
      name: 'Ban Thường vụ Huyện ủy Bình Sơn',
      level: 'district',
      timeZone: 'Asia/Ho_Chi_Minh',
    })
    const office = await f.services.bodies.add(actor, district.id, { name: 'Văn phòng Huyện ủy', shortName: 'VPHU' })
    await assignDue(f.services, actor, district.id, office.id, 'Báo cáo công tác dân vận của huyện', '2026-03-10')
    const invite = await f.services.invites.create(f.owner, f.committee.id, 'leader', null)
    await f.services.invites.join(actor, invite.code)

    const page = await browser.context.newPage()
    expect(await open(page, f.initData(districtOwnerId), 'tasks?plan=1&period=2026-Q1')).toBe(200)
    expect(await text(page)).toContain('Ban Thường vụ Tỉnh ủy Quảng Ngãi')
    const select = page.locator('select[name="committee"]')
    expect(await select.locator('option').allInnerTexts()).toEqual(['Ban Thường vụ Huyện ủy Bình Sơn', 'Ban Thường vụ Tỉnh ủy Quảng Ngãi'])
    expect(await select.inputValue()).toBe(String(f.committee.id))

    const answered = page.waitForResponse((r) => new URL(r.url()).searchParams.get('committee') === String(district.id))
    await select.selectOption(String(district.id))
    expect((await answered).status()).toBe(200)
    await page.waitForSelector('#app[data-ready="tasks"]')
    const shown = await text(page)
    expect(shown).toContain('Ban Thường vụ Huyện ủy Bình Sơn')
    expect(shown).toContain('Báo cáo công tác dân vận của huyện')
    expect(shown).not.toContain('Rà soát hồ sơ đất đai tồn đọng')
    expect(await page.locator('select[name="committee"]').inputValue()).toBe(String(district.id))
    const hash = new URLSearchParams((await page.evaluate(() => location.hash)).split('?')[1])
    expect(Object.fromEntries(hash)).toEqual({ period: '2026-Q1', committee: String(district.id) })
    // A tab keeps the committee chosen; the chat's active committee is still the province.
    const overview = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/overview')
    await page.locator('nav.tabs a').first().click()
    expect(new URL((await overview).url()).searchParams.get('committee')).toBe(String(district.id))
    await page.waitForSelector('#app[data-ready="overview"]')
    expect(await text(page)).toContain('Ban Thường vụ Huyện ủy Bình Sơn')
    expect((await f.services.people.context(person.id)).committee?.id).toBe(f.committee.id)
    await page.close()
  })

  it('opens the page once with a one-time login link (no Mini App), by its session cookie', async () => {
    const link = await f.loginLink(DASHBOARD_PEOPLE.leader)
    const page = await browser.context.newPage()
    const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/overview')
    await page.goto(link)
    expect((await answered).status()).toBe(200)
    await page.waitForSelector('#app[data-ready="overview"]')
    expect(await text(page)).toContain('Nhiệm vụ quá hạn (7)')
    // Used once: a second opening is refused, the session already open goes on.
    const again = await page.goto(link)
    expect(again?.status()).toBe(410)
    expect(await page.locator('body').innerText()).toContain('đã dùng hoặc đã hết hạn')
    await browser.context.clearCookies()
    await page.close()
  })
})
