import { describe, expect, it } from 'vitest'
import { migratedDataDir, startBot } from '../helpers/processes.js'

/** Runs the console chat on `dir` with these lines, to the end of input. */
async function chat(dir: string, lines: string[]): Promise<string> {
  const run = startBot({ DATA_DIR: dir }, ['--console'])
  run.child.stdin.end(`${lines.join('\n')}\n`)
  expect(await run.exited).toBe(0)
  expect(run.stderr()).not.toContain('Fatal')
  return run.stdout()
}

describe('the console chat after a restart', () => {
  it('still knows the registered group: the morning digest reaches it and the group stays registered', async () => {
    const dir = migratedDataDir('bot-console-restart-')
    const setup = await chat(dir, [
      ':clock 2023-01-09 09:00',
      ':as Nguyễn Văn An',
      '/khoitao',
      'Ban Thường vụ Tỉnh ủy Quảng Ngãi',
      '1',
      '1',
      '1',
      '/moi',
      '1',
      ':group Ban Thường vụ — điều hành',
      '/dangky {ma}',
    ])
    expect(setup).toContain('« Đã đăng ký nhóm này là nhóm chung')

    // The first line after the restart moves the clock to the digest time: the group was never
    // entered in this run, so only the database can tell the console that it exists.
    const after = await chat(dir, [':clock 2023-01-10 07:45', ':as Nguyễn Văn An', ':group Ban Thường vụ — điều hành', '/phien'])
    expect(after).toContain('« → nhóm Ban Thường vụ — điều hành: ')
    expect(after).not.toContain('chưa được đăng ký')
    expect(after).toContain('Các buổi đối thoại')
  }, 120_000)

  it('survives a number typed when the last message has no buttons (after /huy)', async () => {
    const dir = migratedDataDir('bot-console-restart-')
    const out = await chat(dir, [':as Nguyễn Văn An', '/khoitao', 'Ban Thường vụ Tỉnh ủy Quảng Ngãi', '/huy', '1', '/start'])
    expect(out).toContain('Xin chào Nguyễn Văn An')
  }, 60_000)
})
