import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { MemberRole } from '../../src/db/repositories/index.js'
import type * as Permissions from '../../src/services/permissions.js'
import type { Action } from '../../src/services/permissions.js'
import { EXPORT_NOW, seedExportWorld, type ExportWorld } from '../helpers/export-data.js'
import { createTestBot, type TestBot } from '../helpers/test-bot.js'

// Every role that may export may see personal data in today's table (permissions.ts). A committee
// could decide otherwise for its leaders: the export must then leave speakers and places out.
vi.mock('../../src/services/permissions.js', async (importOriginal) => {
  const original = await importOriginal<typeof Permissions>()
  return {
    ...original,
    roleAllows: (role: MemberRole | null, action: Action) =>
      !(role === 'leader' && action === 'personal.view') && original.roleAllows(role, action),
  }
})

async function texts(bytes: Uint8Array): Promise<{ headers: Map<string, unknown[]>; cells: string[] }> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  const headers = new Map<string, unknown[]>()
  const cells: string[] = []
  for (const sheet of book.worksheets) {
    headers.set(sheet.name, (sheet.getRow(1).values as unknown[]).slice(1))
    sheet.eachRow((row) => (row.values as unknown[]).forEach((v) => cells.push(String(v))))
  }
  return { headers, cells }
}

describe('/xuat and personal data', () => {
  let t: TestBot
  let w: ExportWorld

  beforeEach(async () => {
    t = await createTestBot({ now: EXPORT_NOW })
    w = await seedExportWorld(t)
  }, 120_000)
  afterEach(async () => {
    expect(t.errors).toEqual([])
    await t.close()
  })

  it('leaves speakers’ names and places out of the file for a role that may not see personal data', async () => {
    await t.say(w.kien, 'private', '/xuat')
    await t.say(w.an, 'private', '/xuat')
    const sent = t.api.calls.filter((c) => c.method === 'sendDocument')
    const [leader, owner] = sent.map((c) => ({
      caption: String(c.payload.caption),
      bytes: (c.payload.document as { bytes: Uint8Array }).bytes,
    }))
    expect(leader?.caption).toContain('Không kèm họ tên, địa chỉ người phát biểu (vai trò của bạn không được xem dữ liệu cá nhân).')
    expect(owner?.caption).not.toContain('Không kèm họ tên')

    const hidden = await texts(leader!.bytes)
    expect(hidden.headers.get('Ý kiến, kiến nghị')).not.toContain('Người phát biểu')
    expect(hidden.headers.get('Ý kiến, kiến nghị')).not.toContain('Địa chỉ, đơn vị')
    expect(hidden.headers.get('Ý kiến, kiến nghị')).toContain('Nội dung ý kiến, kiến nghị')
    for (const personal of ['Phạm Văn Hùng', 'Phường Nghĩa Lộ', 'Võ Thị Lan', 'Xã Tịnh Khê']) {
      expect(hidden.cells.some((c) => c.includes(personal))).toBe(false)
    }
    expect(hidden.cells).toContain('Đề nghị giải quyết chế độ cho hội viên, nhất là người có công.')

    const shown = await texts(owner!.bytes)
    expect(shown.headers.get('Ý kiến, kiến nghị')).toContain('Người phát biểu')
    expect(shown.cells).toContain('Phạm Văn Hùng')
    expect(shown.cells).toContain('Xã Tịnh Khê')
  })
})
