import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fromDbDate } from '../../src/services/calendar/local-date.js'
import { ROOT } from '../helpers/processes.js'
import { createTestBot, issueCode, setUpCommittee, type TestBot } from '../helpers/test-bot.js'
import { pieces } from '../helpers/paste.js'
import { pdfFile } from '../helpers/pdf-file.js'
import { word97Document } from '../helpers/word97.js'

const SEED_000 = readFileSync(join(ROOT, '..', 'shared', 'seeds', '000_5d1f41c4c12a7514.txt'), 'utf8')
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'import')

describe('importing a plan in chat (/nhapkehoach)', () => {
  let t: TestBot
  const an = () => t.person('Nguyễn Văn An')
  const cuong = () => t.person('Lê Văn Cường')

  beforeEach(async () => {
    t = await createTestBot({ now: new Date('2023-01-10T02:00:00Z') })
    await setUpCommittee(t, an())
    // The committee already has Ban Dân vận (with its short name) and Sở Giáo dục with a contact.
    await t.say(an(), 'private', '/coquan them Ban Dân vận Tỉnh ủy | BDVTU | Dân vận tỉnh')
    await t.say(an(), 'private', '/coquan them Sở Giáo dục và Đào tạo | SGDĐT')
    await t.say(cuong(), 'private', `/thamgia ${await issueCode(t, an(), 4, 2)}`)
  })
  afterEach(async () => {
    expect(t.errors).toEqual([])
    await t.close()
  })

  async function paste(text: string): Promise<string> {
    expect((await t.say(an(), 'private', '/nhapkehoach'))[0]).toContain('dán toàn văn kế hoạch')
    const parts = pieces(text)
    expect(parts.length).toBeGreaterThan(1)
    for (const [index, part] of parts.entries()) {
      const answer = await t.say(an(), 'private', part)
      expect(answer).toEqual(index === 0 ? ['Đã nhận. Dán tiếp phần còn lại (nếu có), xong thì gõ /xong.'] : [])
    }
    return (await t.say(an(), 'private', '/xong')).join('\n')
  }

  const seedTitle =
    'reads seed 000 pasted in pieces, shows both sessions and every dated task, lets the official change lines, and saves it all'
  it(seedTitle, async () => {
    const preview = await paste(SEED_000)
    expect(preview).toContain('📄 Kế hoạch tổ chức đối thoại trực tiếp của Bí thư Tỉnh ủy với dân năm 2023 (năm 2023) — số, ký hiệu: -')
    expect(preview).toContain(
      'P1. Đối thoại với cán bộ, công chức, viên chức ngành giáo dục và đào tạo trên địa bàn tỉnh — Quý II năm 2023 ' +
        '(dự kiến trong tháng 4/2023)',
    )
    expect(preview).toContain('P2. Đối thoại với cán bộ và Nhân dân huyện Trà Bồng — Quý III năm 2023 (dự kiến trong khoảng tháng 8/2023)')
    expect(preview).toContain('▸ Ban cán sự đảng Ủy ban nhân dân tỉnh (mới — sẽ được thêm vào danh sách)')
    expect(preview).toContain('▸ Ban Dân vận Tỉnh ủy\n')
    expect(preview).toMatch(/1\. Kết quả thực hiện các chủ trương của Đảng.* — hạn 27\/02\/2023 «trước ngày 28\/02\/2023»/)
    expect(preview).toMatch(/— hạn 22\/03\/2023 \(dự kiến\) «chậm nhất trước 10 ngày so với thời điểm tổ chức đối thoại» · P1/)
    expect(t.buttons('private', an())).toEqual(['💾 Lưu tất cả', '✖ Hủy'])
    const lines = preview.split('\n').filter((line) => /^ {2}\d+\. /.test(line))
    const total = lines.length
    const police = lines.find((line) => line.includes('bảo đảm an ninh'))
    const policeNo = Number(/^ {2}(\d+)\./.exec(police ?? '')?.[1])
    // Changes: a wrong line number, a deadline, a lead body, a dropped line.
    expect(await t.say(an(), 'private', `bo ${total + 5}`)).toEqual([`Không có dòng ${total + 5} (các dòng nhiệm vụ từ 1 đến ${total}).`])
    const changed = await t.say(an(), 'private', `han ${policeNo} chậm nhất 3 ngày trước khi tổ chức đối thoại`)
    expect(changed[0]).toBe(`Đã sửa thời hạn dòng ${policeNo}.`)
    // Relative to the session, but the line is not linked to one yet: no date until it is.
    expect(changed.join('\n')).toMatch(new RegExp(`${policeNo}\\. .*bảo đảm an ninh.* — hạn tính khi buổi đối thoại có lịch`))
    const linked = await t.say(an(), 'private', `phien ${policeNo} P1`)
    expect(linked[0]).toBe(`Dòng ${policeNo}: gắn với buổi đối thoại P1.`)
    expect(linked.join('\n')).toMatch(
      new RegExp(`${policeNo}\\. .*bảo đảm an ninh.* — hạn 29/03/2023 \\(dự kiến\\) «chậm nhất 3 ngày trước khi tổ chức đối thoại» · P1`),
    )
    expect(await t.say(an(), 'private', `phien ${policeNo} P7`)).toEqual([
      '“P7” không phải là buổi đối thoại nào (từ P1 đến P2, hoặc 0 để bỏ gắn).',
    ])
    expect(await t.say(an(), 'private', `han ${policeNo} ngày mai`)).toEqual([
      'Tôi chưa đọc được thời hạn trong “ngày mai”. Ví dụ: trước ngày 28/02/2023; chậm nhất 10 ngày trước khi tổ chức đối thoại. ' +
        'Hoặc bấm nút.',
    ])
    expect((await t.say(an(), 'private', `coquan ${policeNo} Dân vận tỉnh`))[0]).toBe(
      `Dòng ${policeNo}: cơ quan chủ trì là Ban Dân vận Tỉnh ủy.`,
    )
    const renamed = await t.say(an(), 'private', `coquan ${policeNo + 1} Sở Nội vụ`)
    expect(renamed[0]).toBe(`Dòng ${policeNo + 1}: cơ quan chủ trì là Sở Nội vụ.`)
    expect(renamed.join('\n')).toContain('▸ Sở Nội vụ (mới — sẽ được thêm vào danh sách)')
    expect((await t.say(an(), 'private', 'bo 1'))[0]).toBe('Đã bỏ dòng 1.')
    expect((await t.say(an(), 'private', 'xin chào'))[0]).toContain('Tôi chưa hiểu yêu cầu sửa.')

    const saved = await t.press(an(), 'private', 1)
    expect(saved.at(-1)).toMatch(/^✅ Đã lưu kế hoạch số 1: 2 buổi đối thoại, \d+ nhiệm vụ\. Cơ quan, đơn vị mới: .*Sở Nội vụ/)
    const db = t.db.prisma
    expect(await db.plan.count()).toBe(1)
    expect((await db.session.findMany({ orderBy: { number: 'asc' } })).map((s) => [s.precision, fromDbDate(s.windowStart!)])).toEqual([
      ['month', '2023-04-01'],
      ['month', '2023-08-01'],
    ])
    const tasks = await db.task.findMany({ include: { bodies: { include: { body: true } } }, orderBy: { number: 'asc' } })
    expect(tasks).toHaveLength(total - 1)
    const lead = (task: (typeof tasks)[number]) => task.bodies.find((b) => b.role === 'lead')?.body.name
    const dated = tasks.filter((task) => task.dueDate).map((task) => [lead(task), fromDbDate(task.dueDate!)])
    expect(dated).toEqual(
      expect.arrayContaining([
        ['Ban cán sự đảng Ủy ban nhân dân tỉnh', '2023-06-29'],
        ['Ban Dân vận Tỉnh ủy', '2023-03-22'],
        ['Ban Dân vận Tỉnh ủy', '2023-07-21'],
        ['Sở Giáo dục và Đào tạo', '2023-02-27'],
        ['Sở Giáo dục và Đào tạo', '2023-03-22'],
        ['Ban Thường vụ Huyện ủy Trà Bồng', '2023-06-29'],
        ['Ban Dân vận Tỉnh ủy', '2023-03-29'], // the police's line, moved to Ban Dân vận with 3 days before
      ]),
    )
    // The existing bodies were used, not duplicated.
    expect(await db.body.count({ where: { name: 'Ban Dân vận Tỉnh ủy' } })).toBe(1)
    // The contact of Sở Giáo dục hears once of all its body's new tasks (through the outbox, written with the plan).
    await t.deliver()
    expect(t.api.texts(Number(cuong().id)).filter((text) => text.startsWith('📌'))).toHaveLength(1)
    const notice = t.api.texts(Number(cuong().id)).at(-1) ?? ''
    expect(notice).toMatch(/^📌 Kế hoạch mới giao cho cơ quan, đơn vị của đồng chí \d+ nhiệm vụ:/)
    expect(notice).toContain('hạn 27/02/2023')
    // /viec lists them with their due dates.
    const list = (await t.say(an(), 'private', '/viec tatca')).join('\n')
    expect(list).toContain('hạn 22/03/2023')
    // The same plan a second time is refused with a pointer to the first.
    const again = await paste(SEED_000)
    expect(again).toBe(
      'Kế hoạch này đã được nhập: kế hoạch số 1 — Kế hoạch tổ chức đối thoại trực tiếp của Bí thư Tỉnh ủy với dân năm 2023. ' +
        'Xem bằng /kehoach 1; không nhập lần thứ hai.',
    )
    expect(await db.plan.count()).toBe(1)
  })

  it('reads Word, PDF and Word 97 files, refuses a scan, a locked PDF and a picture, and cancels without saving', async () => {
    await t.say(an(), 'private', '/nhapkehoach')
    const docx = readFileSync(join(FIXTURES, 'other-plan.docx'))
    const fromWord = (
      await t.sendFile(an(), 'private', {
        fileName: 'ke-hoach.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        size: docx.length,
        bytes: docx,
      })
    ).join('\n')
    expect(fromWord).toContain('P1. Đối thoại với đoàn viên, thanh niên về khởi nghiệp, lập nghiệp — Ngày 15/5/2024')
    expect(fromWord).toContain('▸ Huyện đoàn (mới — sẽ được thêm vào danh sách)')
    expect(await t.press(an(), 'private', 2)).toEqual(['Đã hủy, không có gì thay đổi.'])
    expect(await t.db.prisma.plan.count()).toBe(0)

    await t.say(an(), 'private', '/nhapkehoach')
    const scan = readFileSync(join(FIXTURES, 'scanned.pdf'))
    expect(
      await t.sendFile(an(), 'private', { fileName: 'scan.pdf', mimeType: 'application/pdf', size: scan.length, bytes: scan }),
    ).toEqual(['Tệp “scan.pdf” là bản quét (ảnh), không có chữ để đọc. Vui lòng gửi bản Word (.docx) hoặc dán nội dung kế hoạch.'])
    expect(
      await t.sendFile(an(), 'private', {
        fileName: 'anh-chup-ke-hoach.jpg',
        mimeType: 'image/jpeg',
        size: 100,
      }),
    ).toEqual([
      'Tôi chưa đọc được tệp “anh-chup-ke-hoach.jpg”. Vui lòng gửi tệp Word (.docx, .doc), .odt, .pdf có chữ, Excel (.xlsx), .txt hoặc ' +
        '.html, hoặc dán nội dung.',
    ])
    const locked = pdfFile([{ x: 50, y: 800, text: 'KE HOACH' }], { locked: true })
    expect(
      await t.sendFile(an(), 'private', {
        fileName: 'ke-hoach-mat-khau.pdf',
        mimeType: 'application/pdf',
        size: locked.length,
        bytes: locked,
      }),
    ).toEqual([
      'Tệp “ke-hoach-mat-khau.pdf” được đặt mật khẩu nên tôi không mở được. ' +
        'Vui lòng gửi bản không đặt mật khẩu, hoặc dán nội dung kế hoạch.',
    ])
    // The same plan as a text PDF and as saved by Word 97–2003 (.doc): the same preview from each.
    const files = [
      { fileName: 'ke-hoach.pdf', mimeType: 'application/pdf', bytes: readFileSync(join(FIXTURES, 'other-plan.pdf')) },
      {
        fileName: 'Ke hoach.doc',
        mimeType: 'application/msword',
        bytes: word97Document(readFileSync(join(FIXTURES, 'other-plan.txt'), 'utf8').split('\n')),
      },
    ]
    for (const [i, file] of files.entries()) {
      if (i > 0) {
        await t.say(an(), 'private', '/nhapkehoach')
      }
      const preview = (await t.sendFile(an(), 'private', { ...file, size: file.bytes.length })).join('\n')
      expect(preview).toContain('P2. Đối thoại với Nhân dân xã Sơn Kỳ và xã Sơn Ba về bồi thường, giải phóng mặt bằng — Quý III/2024')
      expect(preview).toMatch(/▸ Huyện đoàn[^▸]*Tổng hợp ý kiến của đoàn viên, thanh niên.* — hạn 20\/04\/2024/)
      expect(await t.say(an(), 'private', '/huy')).toEqual(['Đã hủy thao tác đang làm. Không có gì được lưu.'])
      expect(await t.db.prisma.plan.count()).toBe(0)
    }
  })

  it('reads two plans pasted together as two drafts: the first skipped, the second saved', async () => {
    const two = [
      'HUYỆN ỦY SƠN TỊNH\nSố 21-KH/HU\nKẾ HOẠCH\nđối thoại giữa Bí thư Huyện ủy với Nhân dân năm 2024',
      'I. NỘI DUNG, THỜI GIAN\n1. Đối thoại với Nhân dân xã Tịnh Hà về bồi thường, giải phóng mặt bằng\n- Thời gian: Tháng 5/2024.',
      'II. TỔ CHỨC THỰC HIỆN\n1. Ban Dân vận Huyện ủy: tham mưu đề cương, trình Thường trực Huyện ủy trước ngày 20/4/2024.',
      'Nơi nhận:\n- Như trên;\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn Lâm',
      'ĐẢNG ỦY XÃ TỊNH HÀ\nSố 05-KH/ĐU\nKẾ HOẠCH\nđối thoại giữa Bí thư Đảng ủy xã với đoàn viên, thanh niên năm 2024',
      'I. NỘI DUNG, THỜI GIAN\n1. Đối thoại với đoàn viên, thanh niên về khởi nghiệp\n- Thời gian: Ngày 26/3/2024 (thứ Ba).',
      'II. TỔ CHỨC THỰC HIỆN\n1. Đoàn Thanh niên xã: lập danh sách đại biểu, gửi Văn phòng Đảng ủy chậm nhất ngày 15/3/2024.',
    ].join('\n\n')
    await t.say(an(), 'private', '/nhapkehoach')
    await t.say(an(), 'private', two)
    const first = (await t.say(an(), 'private', '/xong')).join('\n')
    expect(first).toContain('Văn bản có 2 kế hoạch:')
    expect(first).toContain('📑 Kế hoạch 1/2')
    expect(first).toContain('P1. Đối thoại với Nhân dân xã Tịnh Hà về bồi thường, giải phóng mặt bằng — Tháng 5/2024')
    expect(first).toMatch(/▸ Ban Dân vận Huyện ủy.*\n {2}1\. .* — hạn 19\/04\/2024/)
    expect(first).not.toContain('Đoàn Thanh niên xã')
    expect(t.buttons('private', an())).toEqual(['💾 Lưu kế hoạch này', '⏭ Bỏ qua'])
    const second = (await t.press(an(), 'private', 2)).join('\n')
    expect(second).toContain('Đã bỏ qua kế hoạch 1; không lưu gì của kế hoạch này.')
    expect(second).toContain('📑 Kế hoạch 2/2')
    expect(second).toContain('P1. Đối thoại với đoàn viên, thanh niên về khởi nghiệp — Ngày 26/3/2024 (thứ Ba)')
    expect(second).toMatch(/▸ Đoàn Thanh niên xã .*\n {2}1\. .* — hạn 15\/03\/2024/)
    const saved = await t.press(an(), 'private', 1)
    expect(saved[0]).toMatch(/^✅ Đã lưu kế hoạch số 1: 1 buổi đối thoại, 1 nhiệm vụ\./)
    const db = t.db.prisma
    expect((await db.plan.findMany()).map((p) => [p.symbol, p.year])).toEqual([['05-KH/ĐU', 2024]])
    const session = await db.session.findFirstOrThrow()
    expect([session.precision, fromDbDate(session.windowStart!)]).toEqual(['day', '2024-03-26'])
  })

  it('names a date no calendar has when nothing else could be read, and reads a plan typed as one paragraph', async () => {
    const typed = (day: string) =>
      `Kế hoạch đối thoại năm 2023. Hội nghị đối thoại dự kiến tổ chức ngày ${day}. ` +
      'Văn phòng Tỉnh ủy chuẩn bị báo cáo trước ngày 15/02/2023.'
    await t.say(an(), 'private', '/nhapkehoach')
    await t.say(an(), 'private', 'Kế hoạch đối thoại năm 2023. Hội nghị đối thoại dự kiến tổ chức ngày 31/02/2023.')
    expect(await t.say(an(), 'private', '/xong')).toEqual([
      'Tôi không tìm thấy buổi đối thoại hay nhiệm vụ nào đọc được: ngày «31/02/2023» không có trên lịch. ' +
        'Sửa lại ngày trong văn bản rồi gửi lại.',
    ])
    // With something else to read, the preview names the date among what to check.
    await t.say(an(), 'private', '/nhapkehoach')
    await t.say(an(), 'private', typed('31/02/2023'))
    const checked = (await t.say(an(), 'private', '/xong')).join('\n')
    expect(checked).toContain('• Ngày «31/02/2023» không có trên lịch nên không được đọc')
    expect(checked).toMatch(/1\. Chuẩn bị báo cáo trước ngày 15\/02\/2023 — hạn 14\/02\/2023/)
    await t.say(an(), 'private', '/huy')
    expect(await t.db.prisma.plan.count()).toBe(0)
    await t.say(an(), 'private', '/nhapkehoach')
    await t.say(an(), 'private', typed('28/02/2023'))
    const preview = (await t.say(an(), 'private', '/xong')).join('\n')
    expect(preview).toContain('🗓 Buổi đối thoại (1):')
    expect(preview).toMatch(/1\. Chuẩn bị báo cáo trước ngày 15\/02\/2023 — hạn 14\/02\/2023/)
  })

  it('reads a notice that gives no year in the year it is imported, and says so in the preview', async () => {
    await t.say(an(), 'private', '/nhapkehoach')
    await t.say(
      an(),
      'private',
      'THÔNG BÁO\nLịch tiếp công dân định kỳ tháng 2 của Chủ tịch UBND tỉnh\n' +
        'Chủ tịch UBND tỉnh tiếp công dân định kỳ vào 14 giờ ngày 6/2 (thứ Hai) tại Trụ sở tiếp công dân tỉnh.',
    )
    const preview = (await t.say(an(), 'private', '/xong')).join('\n')
    expect(preview).toContain('🗓 Buổi đối thoại (1):')
    expect(preview).toContain('• Văn bản không ghi năm nên các ngày được tính theo năm 2023.')
    // (The clock of this file stands in January 2023, and 6/2/2023 is the Monday the notice says.)
    expect((await t.press(an(), 'private', 1))[0]).toMatch(/^✅ Đã lưu kế hoạch số 1: 1 buổi đối thoại/)
    const session = await t.db.prisma.session.findFirstOrThrow()
    expect([(await t.db.prisma.plan.findFirstOrThrow()).year, session.precision, fromDbDate(session.windowStart!)]).toEqual([
      2023,
      'day',
      '2023-02-06',
    ])
  })

  it('is for the secretariat, in private; a member is refused and nothing changes', async () => {
    expect(await t.say(cuong(), 'private', '/nhapkehoach')).toEqual([
      'Bạn không có quyền thực hiện thao tác này. Liên hệ bộ phận tham mưu hoặc quản trị viên.',
    ])
    const group = t.group('Ban Thường vụ — điều hành', [an()])
    await t.say(an(), group, `/dangky ${await issueCode(t, an(), 1)}`)
    expect((await t.say(an(), group, '/nhapkehoach'))[0]).toContain('trò chuyện riêng')
    expect(await t.db.prisma.plan.count()).toBe(0)
  })
})
