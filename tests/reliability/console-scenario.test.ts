import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { migratedDataDir, ROOT, startBot } from '../helpers/processes.js'
import { readFileSync } from 'node:fs'

/** Replays a scenario through the real process on a fresh data directory (`npm run chat < file`). */
async function replay(scenario: string): Promise<{ transcript: string; dir: string }> {
  const dir = migratedDataDir('bot-console-')
  const run = startBot({ DATA_DIR: dir }, ['--console'])
  run.child.stdin.end(readFileSync(join(ROOT, 'docs', 'scenarios', scenario)))
  expect(await run.exited).toBe(0)
  return { transcript: run.stdout(), dir }
}

describe('the console chat replays a scenario (npm run chat < scenario.txt)', () => {
  it('runs the onboarding scenario end to end in Vietnamese, and the data survives a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bot-console-'))
    const run = startBot({ DATA_DIR: dir }, ['--console'])
    run.child.stdin.end(readFileSync(join(ROOT, 'docs', 'scenarios', 'onboarding.txt')))
    expect(await run.exited).toBe(0)
    const transcript = run.stdout()
    expect(run.stderr()).toContain('Chưa có BOT_TOKEN hay ZALO_BOT_TOKEN: mở cửa sổ trò chuyện thử')
    for (const line of [
      '« Đã khởi tạo: Ban Thường vụ Tỉnh ủy Quảng Ngãi. Bạn là quản trị viên.',
      '« Đã thêm: 3. Sở Giáo dục và Đào tạo (SGDĐT). Tên khác: -.',
      '« Chỉ quản trị viên của nhóm mới đăng ký được nhóm. Nhờ quản trị viên gõ /dangky MÃ.',
      '« Đã đăng ký nhóm này là nhóm chung của Ban Thường vụ Tỉnh ủy Quảng Ngãi. Bản tin hạn việc hằng ngày sẽ gửi vào đây.',
      '« Từ nay bạn là đầu mối của Sở Giáo dục và Đào tạo (Ban Thường vụ Tỉnh ủy Quảng Ngãi).',
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
  }, 120_000)
})

describe('the sessions scenario (seeds 001 and 002) in the console chat', () => {
  it('registers, lists, shows, reschedules and cancels sessions, and tells the committee group', async () => {
    const { transcript } = await replay('sessions.txt')
    for (const line of [
      '« Đã đăng ký buổi đối thoại số 2. Xem: /phien 2',
      '  Hình thức: Hai phương án: trực tiếp hoặc trực tuyến',
      'điểm cầu địa phương: Hội trường Huyện ủy Bình Sơn; Hội trường Huyện ủy Tư Nghĩa; Hội trường Huyện ủy Nghĩa Hành; ' +
        'Hội trường Huyện ủy Mộ Đức',
      '« → nhóm Ban Thường vụ — điều hành: 📅 Đổi lịch buổi đối thoại số 1',
      '  Sang: Thứ Năm, 19/05/2022 lúc 08:00 — “19/5/2022 8h00”',
      '« → nhóm Ban Thường vụ — điều hành: ✖ Hủy buổi đối thoại số 2',
      '« “quý 5”: quý phải là I, II, III hoặc IV (1 đến 4).',
      '« Thời gian này trước năm 2022 của kế hoạch. Vui lòng kiểm tra lại.',
      '« Không có buổi đối thoại số 9. Gõ /phien để xem danh sách.',
      '« Bạn không có quyền thực hiện thao tác này. Liên hệ bộ phận tham mưu hoặc quản trị viên.',
      '  Các buổi đối thoại (4):',
      '  4. Đối thoại về phát triển nông nghiệp, thương mại, dịch vụ trên địa bàn phường Phổ Minh — tháng 10/2023 (dự kiến)',
      '« Ngày này đã là ngày nghỉ (Chủ nhật), không cần thêm.',
    ]) {
      expect(transcript).toContain(line)
    }
    expect(transcript).not.toContain('Xin lỗi, đã có lỗi')
  }, 120_000)
})

describe('the tasks scenario (seed 000) in the console chat', () => {
  it('assigns, submits with a file, returns once, accepts, and recomputes when the session moves', async () => {
    const { transcript } = await replay('tasks.txt')
    for (const line of [
      '  • Hạn: 27/02/2023 — theo kế hoạch: «Tổng hợp báo cáo gửi về Ban Dân vận Tỉnh ủy trước ngày 28/02/2023»',
      '  • Hạn: 22/03/2023 (dự kiến) — theo kế hoạch: «chậm nhất trước 10 ngày so với thời điểm tổ chức đối thoại»',
      '« → Lê Văn Cường (riêng): 📌 Nhiệm vụ mới số 1',
      '  1. SGDĐT — Khảo sát, tổng hợp, báo cáo tình hình tư tưởng, tâm trạng và những… — hạn 27/02/2023 — chưa hoàn thành, còn hạn',
      '  Tệp / link: bao-cao-45-BC-SGDDT.pdf · Ghi chú: -',
      '  Lý do: Bổ sung số liệu năm 2022',
      '« Đã chấp nhận báo cáo. Nhiệm vụ số 1 đã hoàn thành.',
      '« Nhiệm vụ số 1 — hoàn thành đúng hạn',
      '  Đúng hạn: 1 · Trễ hạn: 0 · Còn hạn: 1 · Quá hạn: 0 · Đã gia hạn: 0',
      '22/03/2023 → 10/04/2023 «chậm nhất trước 10 ngày so với thời điểm tổ chức đối thoại»',
      '« Nhiệm vụ quá hạn (1):',
    ]) {
      expect(transcript).toContain(line)
    }
    expect(transcript).not.toContain('Xin lỗi, đã có lỗi')
  }, 120_000)
})

describe('the digest scenario in the console chat, with a fixed clock', () => {
  const digestTitle =
    'digest on working mornings only, the T-3 reminder, escalation to the group, the leader’s summary with its chart on disk'
  it(digestTitle, { timeout: 120_000 }, async () => {
    const { transcript, dir } = await replay('digest.txt')
    // What each clock setting produced: the lines between it and the next one.
    const at = (clock: string) => {
      const start = transcript.indexOf(`(Đồng hồ: ${clock} (Asia/Ho_Chi_Minh))`)
      expect(start).toBeGreaterThan(-1)
      const end = transcript.indexOf('(Đồng hồ:', start + 10)
      return transcript.slice(start, end === -1 ? undefined : end)
    }
    const group = '« → nhóm Ban Thường vụ — điều hành: 📋 Bản tin'
    expect(at('06/02/2026 08:00')).toContain(
      '« → Lê Văn Cường (riêng): ⏰ Nhắc hạn nhiệm vụ:\n  • Nhiệm vụ số 1 (Sở Giáo dục và Đào tạo): ' +
        'Báo cáo kết quả giải quyết kiến nghị của cán bộ, giáo viên ngành giáo dục — hạn 11/02/2026, còn 3 ngày làm việc',
    )
    expect(at('08/02/2026 07:30')).not.toContain('«') // Sunday: nothing at all
    expect(at('09/02/2026 07:30')).toContain(
      `${group} Thứ Hai, 09/02/2026 — Ban Thường vụ Tỉnh ủy Quảng Ngãi\n  \n  📅 Đến hạn trong 3 ngày làm việc tới (1):\n` +
        `  • SGDĐT: số 1 (hạn 11/02)`,
    )
    expect(at('17/02/2026 07:30')).not.toContain('«') // mùng 1 Tết
    const monday = at('23/02/2026 08:00')
    expect(monday).toContain('« → Phạm Văn Đức (riêng): 📊 BÁO CÁO TUẦN — Ban Thường vụ Tỉnh ủy Quảng Ngãi')
    expect(monday).toContain(
      '  • Số 1 — SGDĐT: Báo cáo kết quả giải quyết kiến nghị của cán bộ, giáo viên ngành… — quá hạn 3 ngày làm việc (hạn 11/02)',
    )
    const picture = /\[ảnh đã lưu vào (\S+\.png)\] 📊 Nhiệm vụ theo cơ quan chủ trì, đến ngày 23\/02\/2026/.exec(monday)
    expect(picture?.[1]?.startsWith(join(dir, 'console-files'))).toBe(true)
    expect([...readFileSync(picture?.[1] ?? '').subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47])
    expect(at('26/02/2026 08:00')).toContain(
      '« → nhóm Ban Thường vụ — điều hành: ⏰ Nhắc hạn nhiệm vụ:\n' +
        '  • Nhiệm vụ số 1 (Sở Giáo dục và Đào tạo): Báo cáo kết quả giải quyết kiến nghị của cán bộ, giáo viên ngành giáo dục ' +
        '— đã quá hạn 6 ngày làm việc (hạn 11/02/2026)',
    )
    expect(transcript).not.toContain('Xin lỗi, đã có lỗi')
  })
})

describe('the import scenario (seed 000 pasted) in the console chat', () => {
  const importTitle =
    'shows both sessions and every dated task of every body, saves them, lists them with their due dates, refuses the same plan twice'
  it(importTitle, { timeout: 120_000 }, async () => {
    const { transcript } = await replay('import.txt')
    for (const line of [
      '  P1. Đối thoại với cán bộ, công chức, viên chức ngành giáo dục và đào tạo trên địa bàn tỉnh — Quý II năm 2023 ' +
        '(dự kiến trong tháng 4/2023)',
      '  P2. Đối thoại với cán bộ và Nhân dân huyện Trà Bồng — Quý III năm 2023 (dự kiến trong khoảng tháng 8/2023)',
      '— hạn 27/02/2023 «trước ngày 28/02/2023»',
      '— hạn 29/06/2023 «trước ngày 30/6/2023»',
      '— hạn 22/03/2023 (dự kiến) «chậm nhất trước 10 ngày so với thời điểm tổ chức đối thoại» · P1',
      '— hạn 21/07/2023 (dự kiến) «chậm nhất trước 10 ngày so với thời điểm tổ chức đối thoại» · P2',
      '— hạn 31/03/2023 (dự kiến) «trước khi tổ chức đối thoại» · P1',
      '— hạn 22/03/2023 (dự kiến) «trước khi tổ chức đối thoại 10 ngày» · P1',
      '« ✅ Đã lưu kế hoạch số 1: 2 buổi đối thoại, 21 nhiệm vụ.',
      '  14. SGDĐT — Khảo sát, tổng hợp, báo cáo tình hình tư tưởng, tâm trạng và những… — hạn 27/02/2023 — chưa hoàn thành, còn hạn',
      '  1. Đối thoại với cán bộ, công chức, viên chức ngành giáo dục và đào tạo trên địa bàn tỉnh — tháng 4/2023 (dự kiến)',
      '« Kế hoạch này đã được nhập: kế hoạch số 1',
    ]) {
      expect(transcript).toContain(line)
    }
    // Nine dated lines in the preview: every dated task of every body.
    const preview = transcript.slice(transcript.indexOf('📋 Nhiệm vụ'), transcript.indexOf('Sửa một dòng'))
    expect(preview.split('\n').filter((l) => /^ {4}\d+\. .* — hạn \d\d\/\d\d\/\d{4}/.test(l))).toHaveLength(9)
    expect(transcript).not.toContain('Xin lỗi, đã có lỗi')
  })
})
