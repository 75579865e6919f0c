import ExcelJS from 'exceljs'
import ICAL from 'ical.js'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTranslator } from '../../src/delivery/translate.js'
import { sessionCalendar } from '../../src/documents/session-calendar.js'
import { downloadPage } from '../../src/server/download-page.js'
import { actorOf, EXPORT_NOW, seedExportWorld, type ExportWorld } from '../helpers/export-data.js'
import { createTestBot, type TestBot } from '../helpers/test-bot.js'
import { createZaloTestBot, TEST_PUBLIC_URL } from '../helpers/fake-zalo-bot.js'
import { silentLogger } from '../helpers/test-db.js'

const PUBLIC_URL = 'https://doithoai.test'
const translate = createTranslator('vi')

/** The documents the bot sent into a chat, as files. */
function documents(t: TestBot, chatId: number): { name: string; bytes: Uint8Array; caption: string }[] {
  return t.api.calls
    .filter((c) => c.method === 'sendDocument' && Number(c.payload.chat_id) === chatId)
    .map((c) => {
      const file = c.payload.document as { name: string; bytes: Uint8Array }
      return { name: file.name, bytes: file.bytes, caption: String(c.payload.caption) }
    })
}

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  return book
}

/** A sheet's rows as plain values (first cell first), header included. */
function rows(sheet: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = []
  sheet.eachRow((row) => out.push((row.values as unknown[]).slice(1)))
  return out
}

/** The row of a sheet whose column `header` holds `value`, as header → value. */
function rowWhere(sheet: ExcelJS.Worksheet, header: string, value: unknown): Record<string, unknown> {
  const [head = [], ...body] = rows(sheet)
  const index = head.indexOf(header)
  const row = body.find((r) => r[index] === value)
  if (!row) {
    throw new Error(`no row with ${header} = ${String(value)}`)
  }
  return Object.fromEntries(head.map((h, i) => [String(h), row[i] ?? null]))
}

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`)

describe('/xuat — the exports offices file, through the real bot', () => {
  let t: TestBot
  let w: ExportWorld

  beforeEach(async () => {
    // Pages of two rows, so every sheet is read across several statements.
    t = await createTestBot({ now: EXPORT_NOW, publicUrl: PUBLIC_URL, exportPageSize: 2 })
    w = await seedExportWorld(t)
  }, 120_000)
  afterEach(async () => {
    expect(t.errors).toEqual([])
    await t.close()
  })

  it('refuses whoever may not, in their language, and in groups', async () => {
    expect(await t.say(w.dung, 'private', '/xuat')).toEqual([
      'Chỉ bộ phận tham mưu và lãnh đạo được xuất bảng theo dõi. Đầu mối cơ quan, đơn vị xem nhiệm vụ của mình bằng /viec.',
    ])
    expect(await t.say(w.kien, 'private', '/xuat nhatky 01/03/2026 10/04/2026')).toEqual([
      'Chỉ bộ phận tham mưu được xuất nhật ký thao tác.',
    ])
    expect((await t.say(w.kien, 'private', '/xuat lich'))[0]).toMatch(/^Chỉ bộ phận tham mưu được cấp và đổi địa chỉ lịch đối thoại/)
    const stranger = t.person('Người lạ')
    expect(await t.say(stranger, 'private', '/xuat')).toEqual([
      'Bạn chưa tham gia cơ quan ban hành nào. Gõ /thamgia MÃ nếu được mời, hoặc /khoitao để khởi tạo.',
    ])
    const group = t.group('Nhóm chung', [w.an])
    expect(await t.say(w.an, group, '/xuat')).toEqual(['Lệnh này chỉ dùng trong trò chuyện riêng với tôi.'])
    expect((await t.say(w.an, 'private', '/xuat gi do'))[0]).toMatch(/^Cách dùng:\n\/xuat — bảng theo dõi/)
    expect(documents(t, w.dung.id).length + documents(t, w.kien.id).length + documents(t, w.an.id).length).toBe(0)
    expect(await t.db.prisma.auditEvent.count({ where: { action: { startsWith: 'export.' } } })).toBe(0)
  })

  it('sends the tracking table: a sheet per plan and one without, a row per task, opinions and conclusion items', async () => {
    await t.say(w.kien, 'private', '/xuat')
    const [sent] = documents(t, w.kien.id)
    expect(sent?.name).toBe('bang-theo-doi-2026-04-10.xlsx')
    expect(sent?.caption).toBe(
      'Bảng theo dõi của Ban Thường vụ Tỉnh ủy Quảng Ngãi, tính đến ngày 10/04/2026: ' +
        '8 nhiệm vụ (5 trang tính), 2 ý kiến, 2 nội dung kết luận.',
    )
    const book = await open(sent!.bytes)
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'KH 1 05-KH-TU',
      'KH 2 07-KH-TU',
      'Ngoài kế hoạch',
      'Ý kiến, kiến nghị',
      'Nội dung kết luận',
    ])
    for (const sheet of book.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
      expect(sheet.autoFilter).toMatch(/^A1:[A-Z]1$/)
      expect(sheet.getColumn(1).width).toBeGreaterThan(5)
    }
    const plan1 = book.worksheets[0]!
    expect(rows(plan1)[0]).toEqual([
      'Số',
      'Nhiệm vụ',
      'Loại nhiệm vụ',
      'Buổi đối thoại',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời hạn theo kế hoạch',
      'Hạn theo kế hoạch',
      'Hạn thực hiện',
      'Ghi chú về hạn',
      'Số, ký hiệu văn bản',
      'Ngày văn bản',
      'Các lần gửi văn bản',
      'Ngày hoàn thành',
      'Kết quả',
    ])
    // Read in pages of two: every task of the plan, in number order, once.
    expect(
      rows(plan1)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual([w.tasks.done, w.tasks.overdue, w.tasks.provisional, w.tasks.answer, w.tasks.item, w.tasks.ongoing])
    expect(rowWhere(plan1, 'Số', w.tasks.done)).toMatchObject({
      'Nhiệm vụ': 'Báo cáo kết quả giải quyết kiến nghị',
      'Loại nhiệm vụ': 'Báo cáo',
      'Buổi đối thoại': 1,
      'Cơ quan chủ trì': 'Sở Y tế',
      'Cơ quan phối hợp': 'Ban Dân vận Tỉnh ủy',
      'Thời hạn theo kế hoạch': 'trước ngày 28/02/2026',
      'Hạn theo kế hoạch': day('2026-02-27'),
      'Hạn thực hiện': day('2026-02-27'),
      'Số, ký hiệu văn bản': '45/BC-SYT',
      'Ngày văn bản': day('2026-02-26'),
      'Các lần gửi văn bản': '45/BC-SYT ngày 26/02/2026 — Sở Y tế (đã chấp nhận)',
      'Ngày hoàn thành': day('2026-02-26'),
      'Kết quả': 'hoàn thành đúng hạn',
    })
    const dueCell = plan1.getCell('I2')
    expect(dueCell.value).toBeInstanceOf(Date)
    expect(dueCell.numFmt).toBe('dd/mm/yyyy')
    expect(rowWhere(plan1, 'Số', w.tasks.overdue)).toMatchObject({ 'Hạn thực hiện': day('2026-02-20'), 'Kết quả': 'quá hạn' })
    expect(rowWhere(plan1, 'Số', w.tasks.provisional)).toMatchObject({ 'Ghi chú về hạn': 'dự kiến', 'Kết quả': 'chưa hoàn thành, còn hạn' })
    expect(
      rows(book.worksheets[1]!)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual([w.tasks.plan2])
    expect(
      rows(book.worksheets[2]!)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual([w.tasks.noPlan])

    const opinions = book.getWorksheet('Ý kiến, kiến nghị')!
    expect(rows(opinions)[0]).toContain('Người phát biểu')
    expect(rowWhere(opinions, 'STT ý kiến', 1)).toMatchObject({
      'Buổi đối thoại': 1,
      'Người phát biểu': 'Phạm Văn Hùng',
      'Địa chỉ, đơn vị': 'Phường Nghĩa Lộ',
      'Lĩnh vực': 'Chính sách, chế độ, an sinh',
      'Hình thức trả lời': 'trả lời tại hội nghị',
      'Nội dung trả lời': 'Giao Sở Y tế rà soát.\nNgười trả lời: Bí thư Tỉnh ủy',
    })
    expect(rowWhere(opinions, 'STT ý kiến', 2)).toMatchObject({
      'Lĩnh vực': 'đường giao thông nông thôn',
      'Hình thức trả lời': 'trả lời bằng văn bản',
      'Cơ quan trả lời': 'Sở Y tế',
      'Nhiệm vụ số': w.tasks.answer,
      'Hạn trả lời': day('2026-04-15'),
      'Kết quả trả lời': 'chưa hoàn thành, còn hạn',
    })
    const items = book.getWorksheet('Nội dung kết luận')!
    expect(rowWhere(items, 'Nội dung số', 1)).toMatchObject({
      'Thông báo kết luận': '125-TB/TU',
      'Ngày thông báo': day('2026-03-30'),
      'Cơ quan chủ trì': 'Sở Y tế',
      'Hạn thực hiện': day('2026-06-30'),
      'Tiến độ (%)': 60,
      'Báo cáo tiến độ gần nhất': '05/04/2026: Đã rà soát 3/5 xã',
      'Kết quả': 'chưa hoàn thành, còn hạn',
    })
    expect(rowWhere(items, 'Nội dung số', 2)).toMatchObject({ 'Hạn thực hiện': 'thường xuyên', 'Cơ quan chủ trì': 'Ban Dân vận Tỉnh ủy' })
    expect(await t.db.prisma.auditEvent.count({ where: { action: 'export.tracking' } })).toBe(1)
  })

  it('sends the audit trail of a period: who did what, when, where, with which document', async () => {
    expect(await t.say(w.an, 'private', '/xuat nhatky')).toEqual(['Gõ khoảng ngày cần xuất, ví dụ: /xuat nhatky 01/01/2026 31/03/2026'])
    expect(await t.say(w.an, 'private', '/xuat nhatky 10/04/2026 01/04/2026')).toEqual([
      'Ngày kết thúc (01/04/2026) phải sau ngày bắt đầu (10/04/2026).',
    ])
    expect(await t.say(w.an, 'private', '/xuat nhatky 31/02/2026 01/04/2026')).toHaveLength(1)
    // As people type it: with diacritics, in two words.
    await t.say(w.an, 'private', '/xuat Nhật ký 01/02/2026 28/02/2026')
    const [sent] = documents(t, w.an.id)
    expect(sent?.name).toBe('nhat-ky-2026-02-01-2026-02-28.xlsx')
    const sheet = (await open(sent!.bytes)).worksheets[0]!
    expect(sheet.name).toBe('Nhật ký')
    expect(rows(sheet)[0]).toEqual([
      'Thời gian',
      'Người thực hiện',
      'Thao tác',
      'Mã thao tác',
      'Đối tượng',
      'Nơi thực hiện',
      'Nền tảng',
      'Số, ký hiệu văn bản',
      'Chi tiết (giá trị sau thay đổi)',
    ])
    // February only: plans, sessions and assignments (10/02), the submission and its acceptance
    // (26/02); not the committee and roles made in April, nor this export.
    const body = rows(sheet).slice(1)
    expect(body.map((r) => r[3])).toEqual([
      'plan.create',
      'plan.create',
      'session.create',
      'session.create',
      'session.create',
      'session.cancelled',
      ...Array<string>(8).fill('task.assign'),
      'task.submit',
      'task.accept',
    ])
    expect(rowWhere(sheet, 'Mã thao tác', 'session.cancelled')).toMatchObject({
      'Thao tác': 'Hủy buổi đối thoại',
      'Đối tượng': 'Buổi đối thoại số 3',
      'Người thực hiện': 'Nguyễn Văn An',
    })
    expect(sent?.caption).toBe('Nhật ký thao tác của Ban Thường vụ Tỉnh ủy Quảng Ngãi từ ngày 01/02/2026 đến ngày 28/02/2026: 16 thao tác.')
    const submit = rowWhere(sheet, 'Mã thao tác', 'task.submit')
    expect(submit).toMatchObject({
      'Thời gian': new Date('2026-02-26T10:00:00.000Z'),
      'Người thực hiện': 'Trần Văn Dũng',
      'Thao tác': 'Xác nhận đã gửi văn bản',
      'Đối tượng': `Nhiệm vụ số ${w.tasks.done}`,
      'Nơi thực hiện': 'trò chuyện riêng với bot',
      'Nền tảng': 'telegram',
      'Số, ký hiệu văn bản': '45/BC-SYT',
    })
    expect(sheet.getCell('A2').numFmt).toBe('dd/mm/yyyy hh:mm')
    expect(await t.db.prisma.auditEvent.count({ where: { action: 'export.audit' } })).toBe(1)
  })

  it('gives the calendar address once, tells who made it, and replaces it', async () => {
    const made = (await t.say(w.an, 'private', '/xuat lich'))[0] ?? ''
    const url = new RegExp(`${PUBLIC_URL}/ical\\?t=[A-Za-z0-9_-]+`).exec(made)?.[0] ?? ''
    expect(url).not.toBe('')
    expect(made).toContain('Giữ kín địa chỉ này')
    expect(await t.say(w.an, 'private', '/xuat lich')).toEqual([
      'Địa chỉ lịch đã được Nguyễn Văn An cấp ngày 10/04/2026. Địa chỉ chỉ hiện một lần khi cấp; ' +
        'nếu cần lại, gõ /xuat lich moi để cấp địa chỉ mới (địa chỉ cũ ngừng hoạt động, người đã thêm lịch phải thêm lại).',
    ])
    const token = new URL(url).searchParams.get('t') ?? ''
    const feed = await t.services.exports.calendar.open(token)
    const text = await sessionCalendar((key, vars) => translate('vi', key, vars), feed!)
    const events = new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
    expect(events.map((e) => [e.summary, e.component.getFirstPropertyValue('status')])).toEqual([
      ['Đối thoại với Hội Cựu chiến binh tỉnh', 'CONFIRMED'],
      ['[Dự kiến] Đối thoại với thanh niên; sinh viên, học sinh', 'TENTATIVE'],
      ['[Đã hủy] Đối thoại với hộ dân vùng dự án', 'CANCELLED'],
    ])
    // Held on 24/03 at 8:00 in Hà Nội's time: 01:00 UTC.
    expect(events[0]?.startDate.toJSDate().toISOString()).toBe('2026-03-24T01:00:00.000Z')
    expect(events[1]?.startDate.toString()).toBe('2026-07-01')
    expect(events[1]?.endDate.toString()).toBe('2026-10-01')
    expect(events[2]?.description).toContain('Lý do: Dự án điều chỉnh')

    const replaced = (await t.say(w.an, 'private', '/xuat lịch mới'))[0] ?? ''
    const newToken = /ical\?t=([A-Za-z0-9_-]+)/.exec(replaced)?.[1] ?? ''
    expect(newToken).not.toBe(token)
    expect(await t.services.exports.calendar.open(token)).toBeNull()
    expect(await t.services.exports.calendar.open(newToken)).not.toBeNull()
    expect(await t.db.prisma.calendarFeed.count()).toBe(1)
  })
})

describe('/xuat where the chat carries no files (Zalo)', () => {
  it('answers with a one-time download link that gives the workbook once', async () => {
    const z = await createZaloTestBot({ now: EXPORT_NOW })
    try {
      const secretary = { id: 'a1b2c3d4e5f60718293a', name: 'Nguyễn Văn An' }
      await z.say(secretary, 'private', '/khoitao')
      await z.say(secretary, 'private', 'Ban Thường vụ Huyện ủy Ba Tơ')
      for (let i = 0; i < 3; i++) {
        await z.say(secretary, 'private', '1')
      }
      const answer = (await z.say(secretary, 'private', '/xuat')).join('\n')
      const link = new RegExp(`${TEST_PUBLIC_URL}/download\\?t=[A-Za-z0-9_-]+`).exec(answer)?.[0] ?? ''
      expect(answer).toContain('Bảng theo dõi của Ban Thường vụ Huyện ủy Ba Tơ')
      expect(link).not.toBe('')
      const page = downloadPage({
        downloads: z.services.exports.downloads,
        translate: z.translate,
        defaultLocale: 'vi',
        timeZone: 'Asia/Ho_Chi_Minh',
        logger: silentLogger,
      })
      const request = (method: 'GET' | 'POST') =>
        page({ method, url: new URL(link), headers: {}, body: Buffer.alloc(0), remoteAddress: '127.0.0.1' })
      // Opening the page (as a link preview would) does not use the link up.
      const shown = await request('GET')
      expect(shown.status).toBe(200)
      expect(String(shown.body)).toContain('bang-theo-doi-2026-04-10.xlsx')
      expect((await request('GET')).status).toBe(200)
      const file = await request('POST')
      expect(file.status).toBe(200)
      expect(file.headers?.['content-disposition']).toContain('bang-theo-doi-2026-04-10.xlsx')
      const book = await open(file.body as Buffer)
      expect(book.worksheets.map((s) => s.name)).toEqual(['Ý kiến, kiến nghị', 'Nội dung kết luận'])
      expect((await request('POST')).status).toBe(410)
      expect(String((await request('GET')).body)).toContain('Tệp đã được tải về bằng đường dẫn này.')
      expect(await z.db.prisma.download.findFirst({ select: { bytes: true } })).toEqual({ bytes: null })
      expect(z.errors).toEqual([])
    } finally {
      await z.close()
    }
  })

  it('an export by the services is refused to a person outside the committee', async () => {
    const t = await createTestBot({ now: EXPORT_NOW })
    try {
      const w = await seedExportWorld(t)
      const stranger = await actorOf(t, t.person('Người lạ'))
      await expect(t.services.exports.tracking(stranger, w.committeeId)).rejects.toMatchObject({ key: 'error-not-member' })
      await expect(t.services.exports.calendar.show(await actorOf(t, w.an), w.committeeId)).rejects.toMatchObject({
        key: 'export-error-calendar-no-url',
      })
    } finally {
      await t.close()
    }
  }, 120_000)
})
