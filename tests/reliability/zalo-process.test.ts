import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { FakeZaloServer } from '../helpers/fake-zalo-server.js'
import { startBot, type BotProcess } from '../helpers/processes.js'

async function until(check: () => boolean, ms = 90_000): Promise<void> {
  const started = Date.now()
  while (!check()) {
    if (Date.now() - started > ms) {
      throw new Error('timed out')
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

describe('the bot on Zalo alone, as `npm start` runs it', () => {
  let fake: FakeZaloServer | null = null
  const processes: BotProcess[] = []
  afterEach(async () => {
    for (const p of processes) {
      p.child.kill('SIGKILL')
    }
    await fake?.close()
  }, 60_000)

  it('answers by long polling, loses nothing when killed mid-answer, and stops without taking a message', async () => {
    fake = new FakeZaloServer({ idleMs: 500 })
    const env = { ZALO_BOT_TOKEN: fake.token, ZALO_API_ROOT: await fake.listen(), DATA_DIR: mkdtempSync(join(tmpdir(), 'bot-zalo-')) }
    const an = fake.user('Nguyễn Văn An')

    // Zalo hands the message out once; the bot dies while answering it.
    fake.hold('sendMessage')
    const first = startBot(env)
    processes.push(first)
    fake.say(an, 'private', '/start')
    await until(() => fake!.count('sendMessage') === 1)
    first.child.kill('SIGKILL')
    await first.exited
    expect(fake.queue).toEqual([])
    expect(fake.texts(an.id)).toEqual([])

    // It was written down before being handled: the next start answers it.
    fake.release('sendMessage')
    const second = startBot(env)
    processes.push(second)
    await until(() => fake!.texts(an.id).length === 1)
    expect(fake.texts(an.id)[0]).toContain('/khoitao')
    await until(() => second.stderr().includes('will be handled again'))
    await until(() => fake!.queue.length === 0)

    // A clean stop makes no extra getUpdates: a message sent meanwhile waits at Zalo for the next start.
    second.child.kill('SIGTERM')
    expect(await second.exited).toBe(0)
    const polls = fake.count('getUpdates')
    fake.say(an, 'private', '/help')
    expect(fake.queue).toHaveLength(1)
    expect(fake.count('getUpdates')).toBe(polls)

    const third = startBot(env)
    processes.push(third)
    await until(() => fake!.texts(an.id).length === 2)
    expect(fake.texts(an.id)[1]).toContain('/help')
    expect(third.stderr()).not.toMatch(/Fatal/)
  }, 300_000)
})
