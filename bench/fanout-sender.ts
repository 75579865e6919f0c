// One sender process of the multi-process fan-out benchmark: opens the PostgreSQL database, prints
// "ready", waits for "go" on standard input, drains the outbox through the loopback Bot API, prints
// its counts as JSON and exits.
//   node --import tsx bench/fanout-sender.ts <databaseUrl> <apiRoot> <scale>
import { createInterface } from 'node:readline'
import { Api } from 'grammy'
import { openDatabase } from '../src/db/client.js'
import { createRepositories } from '../src/db/repositories/index.js'
import { createPlatformSender } from '../src/delivery/sender.js'
import { scaledTelegramLimits, telegramDriver } from '../src/delivery/telegram.js'
import { createLogger } from '../src/logger.js'
import { SettableClock } from '../src/services/clock.js'
import { createServices } from '../src/services/index.js'

const [url = '', apiRoot = '', scale = '1'] = process.argv.slice(2)
const logger = createLogger({ level: 'silent' })
const database = await openDatabase({ kind: 'postgres', url, connectTimeoutMs: 5000, poolMax: 4, logger })
// Real time (the outbox's due times and leases), settable only for symmetry with the other run.
const clock = new SettableClock()
const services = createServices({
  repos: createRepositories(database.prisma, () => clock.now()),
  clock,
  logger,
  settings: { defaultLocale: 'vi', defaultTimeZone: 'Asia/Ho_Chi_Minh', inviteTtlDays: 7 },
})
const sender = createPlatformSender({
  services,
  driver: telegramDriver(new Api('1:bench', { apiRoot }), { limits: scaledTelegramLimits(Number(scale)) }),
  clock,
  logger,
})
// Warm up the connections and the code paths before the clock starts.
await services.outbox.dbNow()
console.log('ready')
const lines = createInterface({ input: process.stdin })
for await (const line of lines) {
  if (line.trim() === 'go') {
    break
  }
}
const stats = await sender.drain()
console.log(JSON.stringify(stats))
await database.close()
process.exit(0)
