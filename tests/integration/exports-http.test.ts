import ICAL from 'ical.js'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTranslator } from '../../src/delivery/translate.js'
import { createOpsRepository } from '../../src/db/repositories/index.js'
import { XLSX_CONTENT_TYPE } from '../../src/documents/xlsx-stream.js'
import { downloadPage } from '../../src/server/download-page.js'
import { createHttpServer, type HttpServer } from '../../src/server/http-server.js'
import { icalRoute } from '../../src/server/ical-route.js'
import { createMetrics } from '../../src/server/metrics.js'
import { buildRoutes } from '../../src/server/routes.js'
import { actorOf } from '../helpers/export-data.js'
import { createTestBot, setUpCommittee, type TestBot } from '../helpers/test-bot.js'
import { silentLogger } from '../helpers/test-db.js'

const PUBLIC_URL = 'https://doithoai.test'
const translate = createTranslator('vi')

describe('the exports’ routes on the HTTP server', () => {
  let t: TestBot
  let server: HttpServer
  let base: string

  beforeEach(async () => {
    t = await createTestBot({ now: new Date('2026-03-02T02:00:00Z'), publicUrl: PUBLIC_URL })
    const ops = createOpsRepository(t.db.prisma)
    server = createHttpServer({
      logger: silentLogger,
      routes: buildRoutes({
        logger: silentLogger,
        metrics: createMetrics({ ops, logger: silentLogger }),
        readiness: { ops, expectedMigrations: [], senderRunning: () => true, accepting: () => true },
        exports: {
          download: downloadPage({
            downloads: t.services.exports.downloads,
            translate,
            defaultLocale: 'vi',
            timeZone: 'Asia/Ho_Chi_Minh',
            logger: silentLogger,
          }),
          ical: icalRoute({ calendar: t.services.exports.calendar, translate }),
        },
      }),
    })
    base = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`
  }, 60_000)
  afterEach(async () => {
    await server.close()
    expect(t.errors).toEqual([])
    await t.close()
  })

  /** The address the bot shows, on this test server. */
  const local = (shown: string) => `${base}${new URL(shown).pathname}${new URL(shown).search}`

  it('serves the calendar for the right token (200, text/calendar), 404 for a wrong one and for a replaced one', async () => {
    const an = t.person('Nguyễn Văn An')
    const committeeId = await setUpCommittee(t, an)
    const owner = await actorOf(t, an)
    await t.services.sessions.create(owner, committeeId, {
      planNumber: null,
      topic: 'Đối thoại với doanh nghiệp, hợp tác xã',
      host: 'Chủ tịch UBND tỉnh',
      audience: null,
      expectedCount: null,
      unlimited: true,
      timeText: '15/4/2026 14h00',
      format: 'in_person',
      venue: 'Trung tâm Hội nghị tỉnh',
      centralPoint: null,
      localPoints: [],
    })
    const shown = await t.services.exports.calendar.show(owner, committeeId)
    if (shown.kind !== 'made') {
      throw new Error('no address made')
    }
    const response = await fetch(local(shown.url))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    const text = await response.text()
    const [event] = new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
    expect(event?.summary).toBe('Đối thoại với doanh nghiệp, hợp tác xã')
    expect(event?.location).toBe('Trung tâm Hội nghị tỉnh')
    expect(event?.startDate.toJSDate().toISOString()).toBe('2026-04-15T07:00:00.000Z')
    // Calendar apps ask with HEAD too.
    expect((await fetch(local(shown.url), { method: 'HEAD' })).status).toBe(200)

    expect((await fetch(`${base}/ical?t=${'x'.repeat(32)}`)).status).toBe(404)
    expect((await fetch(`${base}/ical`)).status).toBe(404)
    const rotated = await t.services.exports.calendar.rotate(owner, committeeId)
    expect((await fetch(local(shown.url))).status).toBe(404)
    expect((await fetch(local(rotated.url))).status).toBe(200)
  })

  it('gives a download once: the page (GET) as often as asked, the file (POST) once, with its name', async () => {
    const an = t.person('Nguyễn Văn An')
    await setUpCommittee(t, an)
    const link = await t.services.exports.downloads.offer(await actorOf(t, an), {
      fileName: 'bảng-theo-dõi.xlsx',
      contentType: XLSX_CONTENT_TYPE,
      bytes: new Uint8Array([80, 75, 3, 4]),
    })
    const url = local(link!.url)
    expect(link?.minutes).toBe(30)
    const page = await fetch(url)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<button type="submit">Tải về</button>')
    const file = await fetch(url, { method: 'POST' })
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe(XLSX_CONTENT_TYPE)
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="b_ng-theo-d_i.xlsx"; filename*=UTF-8''${encodeURIComponent('bảng-theo-dõi.xlsx')}`,
    )
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(new Uint8Array([80, 75, 3, 4]))
    expect((await fetch(url, { method: 'POST' })).status).toBe(410)
    expect((await fetch(`${base}/download?t=${'y'.repeat(32)}`)).status).toBe(404)

    // Expired: the page says so, and the next offer forgets it.
    const late = await t.services.exports.downloads.offer(await actorOf(t, an), {
      fileName: 'a.xlsx',
      contentType: XLSX_CONTENT_TYPE,
      bytes: new Uint8Array([1]),
    })
    t.clock.set(new Date('2026-03-02T02:31:00Z'))
    const expired = await fetch(local(late!.url))
    expect(expired.status).toBe(410)
    expect(await expired.text()).toContain('Đường dẫn tải về đã hết hạn.')
    await t.services.exports.downloads.offer(await actorOf(t, an), {
      fileName: 'b.xlsx',
      contentType: XLSX_CONTENT_TYPE,
      bytes: new Uint8Array([2]),
    })
    expect(await t.db.prisma.download.count()).toBe(1)
  })
})
