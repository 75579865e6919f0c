import { afterEach, describe, expect, it } from 'vitest'
import { messageUpdate } from '../../src/transports/updates.js'
import { startFakeTelegram } from '../helpers/fake-telegram-server.js'
import { type BotProcess, migratedDataDir, startBot } from '../helpers/processes.js'
import { until as waitUntil } from '../helpers/until.js'

const TOKEN = '123456789:AAFakeTokenForTheLoopbackServerOnly'

// Each wait covers a process start (a second or two of CPU, more on a loaded machine).
const until = (check: () => boolean, ms = 90_000) => waitUntil(check, ms)

describe('long polling on Telegram', () => {
  let telegram: Awaited<ReturnType<typeof startFakeTelegram>> | null = null
  const processes: BotProcess[] = []
  afterEach(async () => {
    for (const p of processes) {
      p.child.kill('SIGKILL')
    }
    await telegram?.close()
  }, 120_000)

  it('handles after a restart, from its journal, an update that was received but not finished before kill -9', async () => {
    telegram = await startFakeTelegram()
    const dir = migratedDataDir('bot-poll-')
    const env = { BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: telegram.url, DATA_DIR: dir }
    const an = { id: 777001, firstName: 'An' }
    telegram.api.upsertChat({ id: an.id, type: 'private', firstName: 'An' })
    telegram.push(messageUpdate(5001, an, { kind: 'private', id: an.id, firstName: 'An' }, '/start', { date: new Date(), messageId: 1 }))

    // The bot receives the update, starts answering — and dies before the answer returns.
    telegram.hold('sendMessage')
    const first = startBot(env)
    processes.push(first)
    // The update is written to the journal before the next getUpdates confirms it: Telegram forgets
    // it while it is being handled, and only the journal still has it when the process dies.
    await until(() => telegram!.calls.some((c) => c.method === 'sendMessage') && telegram!.offsets.includes(5002))
    first.child.kill('SIGKILL')
    await first.exited
    expect(telegram.pending()).toEqual([])
    expect(telegram.calls.filter((c) => c.method === 'setMyCommands')).toHaveLength(6)

    telegram.release('sendMessage')
    const second = startBot(env)
    processes.push(second)
    await until(() => telegram!.api.sentMessages(an.id).length > 0)
    expect(telegram.api.sentMessages(an.id)[0]?.text).toContain('Xin chào An!')
    await until(() => telegram!.pending().length === 0)

    // A clean stop (SIGTERM) confirms the offset and exits 0, with the data directory unlocked.
    second.child.kill('SIGTERM')
    expect(await second.exited).toBe(0)
    expect(second.stderr()).not.toMatch(/Fatal/)
    const third = startBot(env)
    processes.push(third)
    telegram.push(messageUpdate(5002, an, { kind: 'private', id: an.id, firstName: 'An' }, '/help', { date: new Date(), messageId: 2 }))
    await until(() => telegram!.api.sentMessages(an.id).length === 2)
    expect(telegram.api.sentMessages(an.id)[1]?.text).toContain('Các lệnh bạn dùng được')
  }, 300_000)
})
