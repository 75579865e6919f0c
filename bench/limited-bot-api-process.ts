// The limited Bot API (limited-bot-api.ts) in a process of its own, as Telegram is: its clock and its
// event loop are not slowed by the senders it measures. Prints its address, serves until killed.
//   node --import tsx bench/limited-bot-api-process.ts <perSecond> <perGroupPerMinute>
import { startLimitedBotApi } from './limited-bot-api.js'

const [perSecond = '30', perGroupPerMinute = '20'] = process.argv.slice(2)
const server = await startLimitedBotApi({ perSecond: Number(perSecond), perGroupPerMinute: Number(perGroupPerMinute) })
console.log(server.apiRoot)
