import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readDocx } from '../helpers/docx.js'
import { migratedDataDir, ROOT, startBot } from '../helpers/processes.js'

describe('the after-session scenario (seed 002, its first session) in the console chat', () => {
  it('walks from speaker registration to the six-month report, with the documents on disk', async () => {
    const dir = migratedDataDir('bot-console-')
    const run = startBot({ DATA_DIR: dir }, ['--console'])
    run.child.stdin.end(readFileSync(join(ROOT, 'docs', 'scenarios', 'after-session.txt')))
    expect(await run.exited).toBe(0)
    const transcript = run.stdout()
    for (const line of [
      '  hoặc nhắn cho bot: /dk ',
      '« ✅ Đã ghi nhận đăng ký số 6 cho buổi đối thoại số 1.',
      '« Đã gộp đăng ký số 6 vào số 5.',
      '« Thứ tự phát biểu của buổi đối thoại số 1: 1 → 3 → 2 → 5.',
      '  ▸ Chính sách, chế độ, an sinh (2):\n  1. (thứ tự 1)[phát biểu] Đề nghị xem xét giải quyết chế độ trợ cấp',
      '  4. [văn bản] Hồ sơ đề nghị hưởng chế độ thương binh của tôi gửi từ năm 2021 đến nay chưa có kết quả. → LĐTBXH (NV số 29)',
      '« Đã hết hạn đăng ký phát biểu cho buổi đối thoại số 1 (đóng lúc 17:00 21/03/2023).',
      '« ✅ Đã ghi ý kiến số 1: Phòng Lao động - Thương binh và Xã hội thị xã trả lời bằng văn bản — nhiệm vụ số 30, hạn 14/04/2023',
      '« ✅ Đã ghi ý kiến số 4: đã trả lời tại hội nghị (Chủ trì hội nghị).',
      '« Ý kiến chưa có nội dung. Vui lòng ghi nội dung ý kiến.',
      '« ✅ Buổi đối thoại số 1 đã tổ chức ngày 24/03/2023.\n  Thông báo kết luận: nhiệm vụ số 14 — Văn phòng thị xã — hạn 04/04/2023',
      '  Đã giao báo cáo 6 tháng và báo cáo năm 2023: nhiệm vụ số 32, 33.',
      '« ✅ Đã ghi nhận thông báo kết luận 45-TB/TU của buổi đối thoại số 1.',
      '« Mỗi nội dung kết luận phải giao một cơ quan chủ trì thực hiện.',
      '« ✅ Đã thêm kết luận 2 → nhiệm vụ số 35 (Hội Cựu Chiến binh thị xã chủ trì, hạn thường xuyên).',
      '« Tiến độ “140” không hợp lệ: phải là số từ 0 đến 100 (%).',
      '« → Nguyễn Văn An (riêng): 📈 Tiến độ nhiệm vụ số 34 (buổi đối thoại số 1): 60%',
      '  • Buổi 1 (Đối thoại để nắm bắt tâm tư, nguyện vọng của cán…): trả lời ý kiến bằng văn bản: 1 quá hạn, 0 sắp đến hạn; ' +
        'thực hiện kết luận: 1 quá hạn, 0 sắp đến hạn',
      '    Kết luận: 3 nội dung · 0 hoàn thành (0 trễ hạn) · 2 đang thực hiện (1 thường xuyên) · 1 quá hạn',
      '  🗣 SAU ĐỐI THOẠI (1 buổi đã tổ chức):',
      '  • Báo cáo 6 tháng: nhiệm vụ số 32, hạn 14/06/2023 — chưa hoàn thành',
    ]) {
      expect(transcript).toContain(line)
    }
    expect(transcript).not.toContain('Xin lỗi, đã có lỗi')
    // The three documents, written where the console keeps what the bot sends, open as Word files.
    const saved = (name: string) => new RegExp(`\\[tệp đã lưu vào (\\S+${name}\\.docx)\\]`).exec(transcript)?.[1] ?? ''
    const list = await readDocx(readFileSync(saved('danh-sach-dang-ky-phat-bieu-buoi-1')))
    expect(list.text).toContain('DANH SÁCH ĐĂNG KÝ PHÁT BIỂU')
    const minutes = await readDocx(readFileSync(saved('bien-ban-buoi-1-ban-5')))
    expect(minutes.text).toContain('II. Ý KIẾN CỦA NGƯỜI THAM DỰ VÀ TRẢ LỜI (5 ý kiến)')
    const report = await readDocx(readFileSync(saved('bao-cao-doi-thoai-6-thang-2023')))
    expect(report.text).toContain(
      'Tổng số 5 ý kiến; trả lời trực tiếp tại hội nghị 3 ý kiến; giao trả lời bằng văn bản 2 ý kiến (đúng hạn 1, trễ hạn 0',
    )
    expect(report.text).toContain('4. Nội dung quá hạn chưa hoàn thành (2)')
  }, 240_000)
})
