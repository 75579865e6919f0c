import { describe, expect, it } from 'vitest'
import { migratedDataDir, startBot } from '../helpers/processes.js'

const env = (dir: string) => ({ DATA_DIR: dir })

describe('the embedded database under a real process', () => {
  it('refuses a second process on the same data directory with a clear message', async () => {
    const dir = migratedDataDir('bot-data-')
    const first = startBot(env(dir), ['--console'])
    first.child.stdin.write(':as An\n/start\n')
    await first.waitFor('Xin chào An')
    const second = startBot(env(dir), ['--console'])
    second.child.stdin.end()
    expect(await second.exited).toBe(1)
    expect(second.stderr()).toMatch(/Thư mục dữ liệu .* đang được một tiến trình khác sử dụng \(pid \d+\)/)
    // The first is unharmed and still answers.
    first.child.stdin.write('/help\n')
    await first.waitFor('Các lệnh bạn dùng được')
    first.child.stdin.end()
    expect(await first.exited).toBe(0)
  }, 120_000)

  it('keeps every committed change across kill -9, and reopens cleanly each time', async () => {
    const dir = migratedDataDir('bot-data-')
    const setup = startBot(env(dir), ['--console'])
    setup.child.stdin.write([':as Nguyễn Văn An', '/khoitao', 'Ban Thường vụ Tỉnh ủy Quảng Ngãi', '1', '1', '1', ''].join('\n'))
    await setup.waitFor('Đã khởi tạo')
    setup.child.kill('SIGKILL')
    await setup.exited

    // Three rounds: add a body, wait for the confirmation (committed), kill -9 at once.
    for (const name of ['Sở Y tế', 'Sở Tài chính', 'Công an tỉnh']) {
      const round = startBot(env(dir), ['--console'])
      round.child.stdin.write(`:as Nguyễn Văn An\n/coquan them ${name}\n`)
      await round.waitFor(`Đã thêm:`)
      round.child.kill('SIGKILL')
      await round.exited
    }

    const check = startBot(env(dir), ['--console'])
    check.child.stdin.end(':as Nguyễn Văn An\n/coquan\n')
    expect(await check.exited).toBe(0)
    expect(check.stdout()).toContain('1. Sở Y tế\n  2. Sở Tài chính\n  3. Công an tỉnh')
  }, 120_000)
})
