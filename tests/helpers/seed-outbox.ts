// Seeds an embedded database with a committee, N registered groups and a digest run queued to all
// of them, then exits: the reliability test then lets the real bot process send it.
//   node --import tsx tests/helpers/seed-outbox.ts <dataDir> <groups>   (the suite runs it compiled: global-setup.ts)
import { migrateDatabase, openDatabase } from '../../src/db/client.js'
import { createRepositories } from '../../src/db/repositories/index.js'
import { createLogger } from '../../src/logger.js'
import { systemClock } from '../../src/services/clock.js'
import { toDbDate } from '../../src/services/calendar/local-date.js'
import { createServices } from '../../src/services/index.js'

const [dataDir = '', count = '0'] = process.argv.slice(2)
const logger = createLogger({ level: 'silent' })
const options = { kind: 'pglite' as const, dataDir, logger }
const database = await openDatabase(options)
await migrateDatabase(database, options)
const repos = createRepositories(database.prisma)
const services = createServices({
  repos,
  clock: systemClock,
  logger,
  settings: { defaultLocale: 'vi', defaultTimeZone: 'Asia/Ho_Chi_Minh', inviteTtlDays: 7 },
})
const person = await services.people.identify({
  platform: 'telegram',
  externalId: '1',
  displayName: 'Chủ',
  username: null,
  privateChatId: null,
})
const owner = { personId: person.id, platform: 'telegram' as const, chatExternalId: null, updateId: null }
const committee = await services.committees.create(owner, { name: 'Ban Thường vụ', level: 'province', timeZone: 'Asia/Ho_Chi_Minh' })
const targets: string[] = []
for (let i = 0; i < Number(count); i++) {
  const target = String(-(2_000_000_000 + i))
  const invite = await services.invites.create(owner, committee.id, 'committee_group', null)
  await services.invites.bindChat(owner, invite.code, { platform: 'telegram', externalId: target, title: `Nhóm ${i}` }, true)
  targets.push(target)
}
await repos.outbox.createRun(
  { committeeId: committee.id, kind: 'daily_digest', localDate: toDbDate('2026-03-02'), state: 'pending', note: null },
  targets.map((target) => ({ platform: 'telegram' as const, target, toGroup: true, partNo: 1, text: `Bản tin cho ${target}` })),
)
await database.close()
process.stdout.write(`${targets.join(',')}\n`)
