import { afterEach, describe, expect, it } from 'vitest'
import { runDailyDigest } from '../../src/jobs/daily-digest.js'
import { runWeeklySummary } from '../../src/jobs/weekly-summary.js'
import { atLocalTime } from '../../src/services/time.js'
import { assignDue } from '../helpers/delivery-setup.js'
import { createZaloTestBot, TEST_PUBLIC_URL, type ZaloTestBot } from '../helpers/fake-zalo-bot.js'
import { silentLogger } from '../helpers/test-db.js'

const at = (date: string, time = '08:05') => atLocalTime(date, time, 'Asia/Ho_Chi_Minh')
const PNG = [0x89, 0x50, 0x4e, 0x47]

/**
 * The whole cycle on Zalo alone (issue 14), on the fake Zalo server: a committee set up, a group
 * registered with its code, a contact and a leader joined; a task assigned; the report handed in
 * with its file through the one-time upload link; the secretariat's review by typing a choice's
 * number; the daily digest in the group; the weekly summary with its chart sent as a URL.
 */
describe('the whole cycle on Zalo', () => {
  let t: ZaloTestBot
  afterEach(async () => {
    expect(t.errors).toEqual([])
    await t.close()
  })

  it('onboarding → assignment → submission with an upload link → review → digest → weekly summary', async () => {
    t = await createZaloTestBot({ now: at('2026-03-02', '09:00') })
    const { fake } = t
    const an = fake.user('Nguyễn Văn An') // secretariat (owner)
    const binh = fake.user('Trần Thị Bình') // contact of the body
    const cuong = fake.user('Lê Văn Cường') // leader
    const group = fake.group('Ban Thường vụ Huyện ủy')

    // Onboarding, through the bot, choices answered by their numbers.
    await t.say(an, 'private', '/khoitao')
    await t.say(an, 'private', 'Ban Thường vụ Huyện ủy Ba Tơ')
    for (const answer of ['2', '1', '1']) {
      await t.say(an, 'private', answer)
    }
    expect((await t.say(an, 'private', '/coquan them Sở Giáo dục và Đào tạo | SGDĐT')).join('\n')).toContain('SGDĐT')
    await t.say(an, 'private', '/moi')
    await t.say(an, 'private', '1')
    const groupCode = t.lastCode(an.id)
    expect((await t.tell(an, group, `/dangky ${groupCode}`)).join('\n')).toContain('Ban Thường vụ Huyện ủy Ba Tơ')
    await t.say(an, 'private', '/moi')
    await t.say(an, 'private', '4')
    await t.say(an, 'private', '1')
    const contactCode = t.lastCode(an.id)
    await t.say(binh, 'private', '/start')
    expect((await t.say(binh, 'private', `/thamgia ${contactCode}`)).join('\n')).toContain('Sở Giáo dục và Đào tạo')
    await t.say(an, 'private', '/moi')
    await t.say(an, 'private', '5')
    const leaderCode = t.lastCode(an.id)
    await t.say(cuong, 'private', '/start')
    await t.say(cuong, 'private', `/thamgia ${leaderCode}`)

    // Assignment (the dialogue's service call): the contact hears of it in private, with its button as [1].
    const person = await t.repos.people.findAccount('zalo', String(await t.idOf(an)))
    const committee = (await t.services.people.listCommittees(person?.personId ?? 0))[0]!
    const owner = { personId: person!.personId, platform: 'zalo' as const, chatExternalId: String(await t.idOf(an)), updateId: null }
    const body = (await t.services.bodies.list(committee.id))[0]!
    await assignDue(t.services, owner, committee.id, body.id, 'Báo cáo kết quả đối thoại', '2026-03-12')
    await t.deliver()
    const notice = fake.texts(binh.id).at(-1) ?? ''
    expect(notice).toContain('Báo cáo kết quả đối thoại')
    expect(notice).toContain('[1] 📤 Xác nhận đã gửi')

    // Submission: typing 1 presses the notice's button; the file comes through the upload link.
    await t.say(binh, 'private', '1')
    await t.say(binh, 'private', '125/BC-SGDĐT')
    const fileStep = (await t.say(binh, 'private', '1')).join('\n')
    const link = new RegExp(`${TEST_PUBLIC_URL}/upload\\?t=[A-Za-z0-9_-]+`).exec(fileStep)?.[0] ?? ''
    expect(link).not.toBe('')
    const form = await t.openUpload(link)
    expect(form.status).toBe(200)
    expect(form.html).toContain('type="file"')
    const refused = await t.upload(link, { name: 'virus.exe', bytes: new Uint8Array([1, 2, 3]) })
    expect(refused.html).toContain('không thuộc loại được nhận')
    const pdf = new TextEncoder().encode('%PDF-1.4 báo cáo')
    const done = await t.upload(link, { name: 'bao-cao-125.pdf', bytes: pdf })
    expect(done.html).toContain('Đã nhận tệp “bao-cao-125.pdf”')
    expect((await t.upload(link, { name: 'lan-hai.pdf', bytes: pdf })).status).toBe(410)
    // The file completed the step in the chat: the dialogue asks for the note; 1 skips it.
    expect(fake.texts(binh.id).at(-1)).toContain('Ghi chú thêm? Chọn “Bỏ qua” nếu không có.')
    await t.say(binh, 'private', '1')
    const submission = await t.db.prisma.submission.findFirst()
    expect(submission).toMatchObject({ documentNumber: '125/BC-SGDĐT', fileName: 'bao-cao-125.pdf' })
    expect(submission?.fileId).toMatch(/^upload:\d+$/)
    expect((await t.repos.uploads.file(Number(submission?.fileId?.slice('upload:'.length))))?.bytes).toEqual(pdf)

    // Review: the secretariat's notice offers [1] accept, [2] return; An types 1.
    await t.deliver()
    expect(fake.texts(an.id).at(-1)).toContain('125/BC-SGDĐT')
    expect(fake.texts(an.id).at(-1)).toContain('[1] ✅ Chấp nhận')
    await t.say(an, 'private', '1')
    await t.deliver()
    expect((await t.db.prisma.submission.findFirst())?.review).toBe('accepted')
    expect(fake.texts(binh.id).some((text) => text.includes('125/BC-SGDĐT') && /chấp nhận|đã nhận/i.test(text))).toBe(true)

    // The daily digest goes to the registered Zalo group.
    const deps = { services: t.services, translate: t.translate, logger: silentLogger }
    t.clock.set(at('2026-03-03', '07:31'))
    await runDailyDigest(deps, t.clock.now())
    await t.deliver()
    expect(fake.texts(group.id).at(-1)).toContain('Bản tin ngày 03/03/2026')

    // The weekly summary reaches the leader with its chart as a picture Zalo fetched from our URL.
    t.clock.set(at('2026-03-09', '08:01'))
    await runWeeklySummary(deps, t.clock.now())
    await t.deliver()
    const shown = fake.messages(cuong.id)
    const chart = shown.find((message) => message.kind === 'photo')
    expect(chart?.photo).toMatch(new RegExp(`^${TEST_PUBLIC_URL}/zalo/media\\?t=[A-Za-z0-9_-]+&f=tong-ket\\.png$`))
    expect([...(chart?.photoBytes ?? []).slice(0, 4)]).toEqual(PNG)
    expect(shown.every((message) => message.text.length <= 2000)).toBe(true)

    // Zalo has no buttons: nothing the bot said there asks anyone to press one.
    for (const chat of [an.id, binh.id, cuong.id, group.id]) {
      expect(fake.texts(chat).join('\n')).not.toMatch(/(^|[^\p{L}])(bấm|nút)(?!\p{L})/iu)
    }
  }, 120_000)

  it('keeps a photo of the signed page sent in the chat, since Zalo’s picture URLs expire', async () => {
    t = await createZaloTestBot({ now: at('2026-03-02', '09:00') })
    const binh = t.fake.user('Trần Thị Bình')
    await t.say(binh, 'private', '/start')
    const binhId = String(await t.idOf(binh))
    const binhPerson = (await t.repos.people.findAccount('zalo', binhId))!.person
    const owner = { personId: binhPerson.id, platform: 'zalo' as const, chatExternalId: binhId, updateId: null }
    const committee = await t.services.committees.create(owner, {
      name: 'UBND xã Hoà Tiến',
      level: 'commune',
      timeZone: 'Asia/Ho_Chi_Minh',
    })
    const body = await t.services.bodies.add(owner, committee.id, { name: 'Văn phòng UBND xã', shortName: 'VP' })
    const invite = await t.services.invites.create(owner, committee.id, 'body_contact', body.id)
    await t.services.invites.join(owner, invite.code)
    await assignDue(t.services, owner, committee.id, body.id, 'Biên bản đối thoại', '2026-03-12')
    await t.deliver()

    await t.say(binh, 'private', '/nop 1')
    await t.say(binh, 'private', '07/BB-UBND')
    await t.say(binh, 'private', '1')
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])
    t.fake.sendPhoto(binh, 'private', 'https://photo-stal-1.zdn.test/bien-ban.jpg', undefined, jpeg)
    await t.pump()
    t.fake.expirePhotos()
    await t.say(binh, 'private', '1')
    const submission = await t.db.prisma.submission.findFirst()
    expect(submission?.fileId).toMatch(/^zalo-kept:/)
    const token = submission?.fileId?.slice('zalo-kept:'.length) ?? ''
    expect((await t.repos.zalo.media(token, t.clock.now()))?.bytes).toEqual(jpeg)
  }, 120_000)
})
