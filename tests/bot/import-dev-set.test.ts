import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { sameBody, type ExpectedPlan } from '../../src/importer/evaluate.js'
import { formatVietnamese } from '../../src/services/calendar/local-date.js'
import { ROOT } from '../helpers/processes.js'
import { createTestBot, setUpCommittee, type TestBot } from '../helpers/test-bot.js'
import { pieces } from '../helpers/paste.js'
import { createTestDatabase } from '../helpers/test-db.js'

// Every document of the importer's development set (issue 11) goes through /nhapkehoach as an
// official would send it — a .txt pasted in pieces, a .docx or .pdf as a file — and the preview must list
// each expected session and each expected dated task under its lead body. One bot per document.
const DEV = join(ROOT, 'tests', 'fixtures', 'import', 'dev')
const documents = readdirSync(DEV)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => {
    const expected = JSON.parse(readFileSync(join(DEV, f), 'utf8')) as ExpectedPlan
    return { name: expected.seed, expected }
  })

/** The task lines of the preview under each "▸ body" heading. */
function blocks(preview: string): { body: string; lines: string[] }[] {
  const out: { body: string; lines: string[] }[] = []
  for (const line of preview.split('\n')) {
    const heading = /^▸ (.+?)(?: \(mới — .*\))?$/.exec(line)
    if (heading) {
      out.push({ body: heading[1] ?? '', lines: [] })
    } else if (/^ {2}\d+\. /.test(line)) {
      out.at(-1)?.lines.push(line)
    }
  }
  return out
}

const words = (text: string, n: number) => text.split(/\s+/).slice(0, n).join(' ')

describe('every document of the development set through /nhapkehoach', () => {
  let t: TestBot | null = null
  // The file's database, the bot's modules and the importer are first loaded here, under the hook's limit, by one short
  // plan through the same steps; the first document's test carried that work on top of its own and, on a loaded
  // machine, came near its limit.
  beforeAll(async () => {
    await (await createTestDatabase()).destroy()
    const warm = await createTestBot({ now: new Date('2026-01-05T02:00:00Z') })
    const an = warm.person('Nguyễn Văn An')
    await setUpCommittee(warm, an)
    await warm.say(an, 'private', '/nhapkehoach')
    await warm.say(an, 'private', 'KẾ HOẠCH\nĐối thoại năm 2026\n1. Hội nghị đối thoại: ngày 15/4/2026.')
    expect((await warm.say(an, 'private', '/xong')).join('\n')).toContain('🗓 Buổi đối thoại (1):')
    await warm.close()
  })
  afterEach(async () => {
    expect(t?.errors ?? []).toEqual([])
    await t?.close()
    t = null
  })

  it.each(documents)('$name: the preview lists its sessions and its dated tasks', async ({ name, expected }) => {
    const bot = await createTestBot({ now: new Date('2026-01-05T02:00:00Z') })
    t = bot
    const an = bot.person('Nguyễn Văn An')
    await setUpCommittee(bot, an)
    expect((await bot.say(an, 'private', '/nhapkehoach'))[0]).toContain('dán toàn văn kế hoạch')
    let replies: string[]
    if (name.endsWith('.docx') || name.endsWith('.pdf')) {
      const bytes = readFileSync(join(DEV, name))
      replies = await bot.sendFile(an, 'private', {
        fileName: name,
        mimeType: name.endsWith('.pdf') ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        size: bytes.length,
        bytes,
      })
    } else {
      for (const part of pieces(readFileSync(join(DEV, name), 'utf8'))) {
        await bot.say(an, 'private', part)
      }
      replies = await bot.say(an, 'private', '/xong')
    }
    const preview = replies.join('\n')
    expect(preview).toContain(`🗓 Buổi đối thoại (${expected.sessions.length}):`)
    const sessionLines = preview.split('\n').filter((line) => /^P\d+\. /.test(line))
    expect(sessionLines).toHaveLength(expected.sessions.length)
    for (const session of expected.sessions) {
      // The session's own words lead its line (the preview keeps the plan's spelling).
      expect(sessionLines.some((line) => line.toLowerCase().includes(words(session.topic, 3).toLowerCase()))).toBe(true)
    }
    const byBody = blocks(preview)
    for (const task of expected.tasks) {
      const mine = byBody.filter((b) => sameBody(b.body, task.lead)).flatMap((b) => b.lines)
      const shown = task.rule
        ? mine.some((line) => line.includes(`· P${(task.session ?? 0) + 1}`) && / — hạn /.test(line))
        : mine.some((line) => line.includes(`hạn ${formatVietnamese(task.due ?? '')}`))
      expect(shown, `${task.lead}: ${task.words}`).toBe(true)
    }
    expect(bot.buttons('private', an)).toEqual(['💾 Lưu tất cả', '✖ Hủy'])
    expect(await bot.press(an, 'private', 2)).toEqual(['Đã hủy, không có gì thay đổi.'])
  })
})
