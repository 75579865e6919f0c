import type { Actor } from '../../src/services/actor.js'
import type { Body } from '../../src/db/repositories/index.js'
import { createHttpServer } from '../../src/server/http-server.js'
import { dashboardRoutes } from '../../src/server/dashboard/routes.js'
import { initDataHash } from '../../src/server/dashboard/init-data.js'
import { atLocalTime } from '../../src/services/time.js'
import { createDashboardAccessService } from '../../src/services/dashboard-access.js'
import { committeeWithGroups, deliverySetup, joinWithCode } from './delivery-setup.js'
import { createTestDatabase, silentLogger, type TestDatabase } from './test-db.js'

/** The dashboard's day in every test: Monday 16 March 2026, 09:00 in Hà Nội. */
export const DASHBOARD_TODAY = '2026-03-16'
export const DASHBOARD_BOT_TOKEN = '123456:dashboard-test-token-not-real'

const at = (date: string, time = '09:00') => atLocalTime(date, time, 'Asia/Ho_Chi_Minh')

/** Telegram ids of the people of the fixture. */
export const DASHBOARD_PEOPLE = {
  owner: 900001,
  leader: 910001,
  /** The contact of Công an tỉnh: three tasks and a conclusion item of their own, nothing shared. */
  police: 910011,
  /** The contact of Sở Y tế: coordinates one task of Sở Tài nguyên và Môi trường. */
  health: 910012,
  stranger: 919999,
} as const

/** A Mini App's initData for a Telegram user, signed as Telegram signs it (or not, with `token`). */
export function signedInitData(userId: number, authDate: Date, options: { token?: string; firstName?: string } = {}): string {
  const params = new URLSearchParams({
    query_id: 'AAHdF6IQAAAAAN0XohDhrOrc',
    user: JSON.stringify({ id: userId, first_name: options.firstName ?? 'Cán bộ', language_code: 'vi', allows_write_to_pm: true }),
    auth_date: String(Math.floor(authDate.getTime() / 1000)),
  })
  params.set('hash', initDataHash(params, options.token ?? DASHBOARD_BOT_TOKEN))
  return params.toString()
}

const BODIES = [
  { key: 'bdv', name: 'Ban Dân vận Tỉnh ủy', shortName: 'BDVTU', contact: 'Phạm Thu Hà', id: 910013 },
  { key: 'edu', name: 'Sở Giáo dục và Đào tạo', shortName: 'SGDĐT', contact: 'Võ Minh Tuấn', id: 910014 },
  { key: 'health', name: 'Sở Y tế', shortName: 'SYT', contact: 'Nguyễn Thị Lan', id: DASHBOARD_PEOPLE.health },
  { key: 'land', name: 'Sở Tài nguyên và Môi trường', shortName: 'STNMT', contact: 'Đặng Quốc Bảo', id: 910015 },
  { key: 'police', name: 'Công an tỉnh', shortName: 'CAT', contact: 'Trần Văn Hùng', id: DASHBOARD_PEOPLE.police },
  { key: 'office', name: 'Văn phòng UBND tỉnh', shortName: 'VPUBND', contact: 'Lê Thị Mai', id: 910016 },
] as const
type BodyKey = (typeof BODIES)[number]['key']

/**
 * A province's dialogue year, made through the services with a driven clock, as the bot would have
 * recorded it by 16/03/2026: six bodies with a contact each, a leader, a plan with four sessions (one
 * held in January with opinions and a conclusion notice), seventeen tasks done on time, late, open in
 * term, overdue, extended and cancelled, and the history each change left. Then the dashboard's routes
 * on a loopback HTTP server.
 */
export async function dashboardFixture() {
  const db: TestDatabase = await createTestDatabase()
  const env = deliverySetup(db, { now: at('2025-12-01', '08:00'), groups: 1 })
  const { services, fake, clock } = env
  const { committee, owner } = await committeeWithGroups(services, fake, 1, 'Ban Thường vụ Tỉnh ủy Quảng Ngãi')
  const bodies = {} as Record<BodyKey, Body>
  const contacts = {} as Record<BodyKey, Actor>
  for (const b of BODIES) {
    bodies[b.key] = await services.bodies.add(owner, committee.id, { name: b.name, shortName: b.shortName })
    const person = await joinWithCode(services, fake, owner, committee.id, { id: b.id, name: b.contact }, 'body_contact', bodies[b.key].id)
    contacts[b.key] = { personId: person.id, platform: 'telegram', chatExternalId: String(b.id), updateId: null }
  }
  await joinWithCode(services, fake, owner, committee.id, { id: DASHBOARD_PEOPLE.leader, name: 'Lê Văn Minh' }, 'leader', null)
  await services.people.identify({
    platform: 'telegram',
    externalId: String(DASHBOARD_PEOPLE.stranger),
    displayName: 'Người lạ',
    username: null,
    privateChatId: String(DASHBOARD_PEOPLE.stranger),
  })
  const plan = await services.plans.create(owner, committee.id, {
    symbol: '05-KH/TU',
    title: 'Kế hoạch tổ chức đối thoại trực tiếp năm 2026',
    year: 2026,
    issuedOn: null,
    issuer: 'Ban Thường vụ Tỉnh ủy',
  })
  const session = (topic: string, timeText: string, format: 'in_person' | 'online' = 'in_person', venue: string | null = null) =>
    services.sessions.create(owner, committee.id, {
      planNumber: plan.number,
      topic,
      host: 'Bí thư Tỉnh ủy',
      audience: null,
      expectedCount: 150,
      unlimited: false,
      timeText,
      format,
      venue,
      centralPoint: format === 'online' ? 'Hội trường Tỉnh ủy' : null,
      localPoints: format === 'online' ? ['Trung tâm chính trị huyện Bình Sơn', 'Trung tâm chính trị huyện Mộ Đức'] : [],
    })
  await session('Đối thoại với đoàn viên, thanh niên về việc làm', 'ngày 20/01/2026', 'in_person', 'Hội trường Tỉnh ủy')
  await session('Đối thoại với nông dân về đất đai, môi trường', 'ngày 26/03/2026', 'online')
  await session('Đối thoại với doanh nghiệp nhỏ và vừa', 'Quý II/2026', 'in_person', 'Trung tâm Hội nghị tỉnh')
  await session('Đối thoại với hội viên Hội Cựu chiến binh', 'tháng 9/2026', 'in_person', 'Hội trường Tỉnh ủy')

  const tasks: Record<string, number> = {}
  async function assign(
    key: string,
    body: BodyKey,
    title: string,
    due: string,
    extra: { session?: number; coordinating?: BodyKey[] } = {},
  ) {
    const { task } = await services.tasks.assign(owner, committee.id, {
      sessionNumber: extra.session ?? null,
      planNumber: extra.session ? null : plan.number,
      title,
      detail: null,
      kind: 'report',
      leadBodyId: bodies[body].id,
      coordinatingBodyIds: (extra.coordinating ?? []).map((k) => bodies[k].id),
      recipientBodyId: bodies.bdv.id,
      ccBodyIds: [],
      deadline: { kind: 'absolute', date: due, inclusive: true, text: `chậm nhất ngày ${due.split('-').reverse().join('/')}` },
      requiresCoordinators: false,
    })
    tasks[key] = task.number
  }
  async function done(key: string, body: BodyKey, documentNumber: string, day: string) {
    clock.set(at(day, '10:00'))
    const sent = await services.tasks.submit(contacts[body], committee.id, tasks[key]!, {
      documentNumber,
      documentDate: day,
      fileId: null,
      fileName: null,
      link: null,
      note: null,
    })
    clock.set(at(day, '15:30'))
    await services.tasks.review(owner, committee.id, sent.submission.id, 'accepted', null)
  }

  await assign('annual', 'bdv', 'Báo cáo kết quả tiếp nhận, giải quyết kiến nghị năm 2025', '2025-12-20')
  await assign('docs', 'edu', 'Chuẩn bị tài liệu đối thoại với đoàn viên, thanh niên', '2026-01-10', { session: 1 })
  await assign('delegates', 'health', 'Lập danh sách đại biểu dự đối thoại', '2026-01-12', { session: 1 })
  await assign('security', 'police', 'Bảo đảm an ninh, trật tự buổi đối thoại tháng 01', '2026-01-15', { session: 1 })
  await assign('budget', 'office', 'Báo cáo kinh phí tổ chức đối thoại', '2026-02-10')
  await assign('complaints', 'land', 'Báo cáo tình hình giải quyết khiếu nại về đất đai', '2026-02-27')
  await assign('dropouts', 'edu', 'Báo cáo số liệu học sinh bỏ học', '2026-02-20')
  await assign('households', 'police', 'Cung cấp danh sách hộ dân có đơn thư kéo dài', '2026-03-02')
  await assign('records', 'land', 'Rà soát hồ sơ đất đai tồn đọng', '2026-03-05')
  await assign('clinics', 'health', 'Báo cáo công tác y tế cơ sở vùng nông thôn', '2026-03-10')
  await assign('fees', 'edu', 'Rà soát chính sách hỗ trợ học phí', '2026-03-13')
  await assign('farmers', 'land', 'Tổng hợp ý kiến, kiến nghị của nông dân', '2026-03-19', { session: 2, coordinating: ['health'] })
  await assign('bridge', 'office', 'Chuẩn bị các điểm cầu trực tuyến', '2026-03-20', { session: 2 })
  await assign('media', 'bdv', 'Tuyên truyền về buổi đối thoại với nông dân', '2026-03-23', { session: 2 })
  await assign('survey', 'office', 'Khảo sát địa điểm tổ chức hội nghị', '2026-03-25')
  await assign('quarter', 'police', 'Kế hoạch bảo đảm an ninh hội nghị quý II', '2026-04-15', { session: 3 })

  await done('annual', 'bdv', '112-BC/BDVTU', '2025-12-18')
  await done('delegates', 'health', '45/BC-SYT', '2026-01-09')
  await done('docs', 'edu', '18/BC-SGDĐT', '2026-01-14')
  await done('security', 'police', '09/BC-CAT', '2026-01-14')

  clock.set(at('2026-01-20', '17:00'))
  await services.afterSession.held.recordHeld(owner, committee.id, 1, '2026-01-20')
  const opinion = (
    content: string,
    outcome: 'answered_at_session' | 'in_writing' | 'transferred',
    body: BodyKey | null,
    extra: { answeredBy?: string; transferredTo?: string; deadline?: string } = {},
  ) =>
    services.afterSession.opinions.record(owner, committee.id, 1, {
      registration: null,
      speakerName: null,
      place: null,
      field: 'Việc làm',
      content,
      outcome,
      bodyId: body ? bodies[body].id : null,
      answeredBy: extra.answeredBy ?? null,
      answer: outcome === 'answered_at_session' ? 'Đã trả lời trực tiếp tại hội nghị.' : null,
      deadlineText: extra.deadline ?? null,
      transferredTo: extra.transferredTo ?? null,
    })
  await opinion('Đề nghị mở thêm lớp đào tạo nghề cho thanh niên nông thôn.', 'answered_at_session', null, { answeredBy: 'Bí thư Tỉnh ủy' })
  await opinion('Đề nghị hỗ trợ vốn vay khởi nghiệp.', 'answered_at_session', null, { answeredBy: 'Chủ tịch UBND tỉnh' })
  await opinion('Kiến nghị về học phí học nghề.', 'in_writing', 'edu', { deadline: 'chậm nhất ngày 06/02/2026' })
  await opinion('Kiến nghị khám sức khỏe định kỳ cho lao động trẻ.', 'in_writing', 'health', { deadline: 'chậm nhất ngày 27/02/2026' })
  await opinion('Kiến nghị về tranh chấp đất rừng.', 'transferred', null, { transferredTo: 'Tòa án nhân dân tỉnh' })

  clock.set(at('2026-01-27', '10:00'))
  await services.afterSession.conclusions.recordNotice(owner, committee.id, 1, {
    documentNumber: '125-TB/TU',
    documentDate: '2026-01-27',
    fileId: null,
    fileName: null,
  })
  const item = (content: string, body: BodyKey, deadlineText: string) =>
    services.afterSession.conclusions.addItem(owner, committee.id, 1, {
      content,
      leadBodyId: bodies[body].id,
      coordinatingBodyIds: [],
      deadlineText,
    })
  await item('Xây dựng đề án đào tạo nghề cho thanh niên giai đoạn 2026–2030', 'edu', 'chậm nhất ngày 28/02/2026')
  await item('Tổ chức khám sức khỏe cho lao động trẻ tại các khu công nghiệp', 'health', 'thường xuyên')
  await item('Rà soát, xử lý các vụ việc an ninh trật tự tại khu công nghiệp', 'police', 'chậm nhất ngày 30/04/2026')

  const answers = await db.sql.query<{ number: number; lead: number }>(
    `SELECT t.number, t.lead_body_id AS lead FROM tasks t WHERE t.kind = 'opinion_answer' ORDER BY t.number`,
  )
  const eduAnswer = answers.find((a) => a.lead === bodies.edu.id)
  if (eduAnswer) {
    tasks.eduAnswer = eduAnswer.number
    await done('eduAnswer', 'edu', '21/CV-SGDĐT', '2026-02-05')
  }

  await done('budget', 'office', '07/BC-VP', '2026-02-13')
  clock.set(at('2026-02-18', '09:00'))
  const { request } = await services.tasks.requestExtension(
    contacts.edu,
    committee.id,
    tasks.dropouts!,
    '2026-03-31',
    'Chờ số liệu của các trường',
  )
  clock.set(at('2026-02-19', '09:00'))
  await services.tasks.decideExtension(owner, committee.id, request.id, true, null)
  clock.set(at('2026-03-04', '09:00'))
  await services.tasks.cancel(owner, committee.id, tasks.survey!, 'Đã chuyển sang dùng Hội trường Tỉnh ủy')

  clock.set(at(DASHBOARD_TODAY, '09:00'))
  const server = createHttpServer({
    logger: silentLogger,
    routes: dashboardRoutes({
      services,
      translate: env.translate,
      defaultLocale: 'vi',
      botToken: DASHBOARD_BOT_TOKEN,
      secureCookie: false,
      logger: silentLogger,
    }),
  })
  const port = await server.listen(0, '127.0.0.1')
  const base = `http://127.0.0.1:${port}`
  // Login links as a deployment with PUBLIC_URL gives them (the fixture's services have none).
  const logins = createDashboardAccessService(env.repos, clock, { publicUrl: base })
  return {
    db,
    services,
    clock,
    committee,
    owner,
    bodies,
    contacts,
    tasks,
    base,
    /** A one-time login link for a person, by their Telegram id, as /bangdieukhien gives it on Zalo. */
    async loginLink(telegramId: number): Promise<string> {
      const personId = await services.dashboard.personOfAccount('telegram', String(telegramId))
      const link = await logins.offerLink({ personId: personId ?? 0, platform: 'zalo', chatExternalId: String(telegramId), updateId: null })
      return link?.url ?? ''
    },
    /** initData of a Telegram user signed now (the fixture's clock). */
    initData: (userId: number, options: { token?: string; ageSeconds?: number } = {}) =>
      signedInitData(userId, new Date(clock.now().getTime() - (options.ageSeconds ?? 60) * 1000), options),
    async close() {
      await server.close()
      await db.destroy()
    },
  }
}
export type DashboardFixture = Awaited<ReturnType<typeof dashboardFixture>>
