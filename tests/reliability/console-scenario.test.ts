import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, startBot } from '../helpers/processes.js'
import { readFileSync } from 'node:fs'

describe('the console chat replays a scenario (npm run chat < scenario.txt)', () => {
  it('runs the onboarding scenario end to end in Vietnamese, and the data survives a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bot-console-'))
    const run = startBot({ DATA_DIR: dir }, ['--console'])
    run.child.stdin.end(readFileSync(join(ROOT, 'docs', 'scenarios', 'onboarding.txt')))
    expect(await run.exited).toBe(0)
    const transcript = run.stdout()
    expect(run.stderr()).toContain('No BOT_TOKEN: starting the local console chat')
    for (const line of [
      '« Đã khởi tạo: Ban Thường vụ Tỉnh ủy Quảng Ngãi. Bạn là quản trị viên.',
      '« Đã thêm: 3. Sở Giáo dục và Đào tạo (SGDĐT). Tên khác: -.',
      '« Chỉ quản trị viên của nhóm mới đăng ký được nhóm. Nhờ quản trị viên gõ /dangky MÃ.',
      '« Đã đăng ký nhóm này là nhóm chung của Ban Thường vụ Tỉnh ủy Quảng Ngãi. Bản tin hạn việc hằng ngày sẽ gửi vào đây.',
      '« Bạn đã là đầu mối của Sở Giáo dục và Đào tạo (Ban Thường vụ Tỉnh ủy Quảng Ngãi).',
      '  Đầu mối: Lê Văn Cường',
      '« Bạn đã tham gia Ban Thường vụ Tỉnh ủy Quảng Ngãi với vai trò Bộ phận tham mưu.',
      '  3. Trần Thị Bình — Bộ phận tham mưu',
    ]) {
      expect(transcript).toContain(line)
    }
    expect(transcript).not.toContain('Xin lỗi, đã có lỗi')

    const again = startBot({ DATA_DIR: dir }, ['--console'])
    again.child.stdin.end(':as Nguyễn Văn An\n/coquan\n:group Ban Thường vụ — điều hành\n/start\n')
    expect(await again.exited).toBe(0)
    expect(again.stdout()).toContain('  1. Ban Dân vận Tỉnh ủy (BDVTU)\n  2. Văn phòng Tỉnh ủy (VPTU)\n  3. Sở Giáo dục và Đào tạo (SGDĐT)')
    expect(again.stdout()).toContain('Nhóm này đã được đăng ký là nhóm chung của Ban Thường vụ Tỉnh ủy Quảng Ngãi.')
  })
})
