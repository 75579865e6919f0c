import { afterEach, describe, expect, it } from 'vitest'
import { zaloWebhook, ZALO_SECRET_HEADER } from '../../src/transports/zalo/webhook.js'
import { createZaloTestBot, type ZaloTestBot } from '../helpers/fake-zalo-bot.js'
import { silentLogger } from '../helpers/test-db.js'

const SECRET = 'zalo-webhook-secret-123'

/** The Zalo webhook as our HTTP server runs it, in front of the real Zalo bot. */
describe('the Zalo webhook', () => {
  let t: ZaloTestBot
  afterEach(async () => {
    expect(t.errors).toEqual([])
    await t.close()
  })

  function post(hook: ReturnType<typeof zaloWebhook>, body: unknown, secret: string | null = SECRET) {
    return hook({
      method: 'POST',
      url: new URL('https://doithoai.test/zalo/webhook'),
      headers: secret === null ? {} : { [ZALO_SECRET_HEADER]: secret },
      body: Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)),
    })
  }

  it('takes bare and wrapped bodies with the secret, once each, and answers the bot’s messages', async () => {
    t = await createZaloTestBot({ fake: { echo: 'none' } })
    const hook = zaloWebhook({ secret: SECRET, receiver: t.receiver, logger: silentLogger })
    const an = t.fake.user('Nguyễn Văn An')
    const { update } = t.fake.say(an, 'private', '/start')
    t.fake.queue.length = 0

    expect((await post(hook, update, 'wrong-secret')).status).toBe(401)
    expect((await post(hook, update, null)).status).toBe(401)
    expect((await post(hook, '')).status).toBe(200) // setWebhook's verification ping
    expect((await post(hook, '{not json')).status).toBe(400)
    expect(t.fake.texts(an.id)).toEqual([])

    expect((await post(hook, update)).status).toBe(200)
    await t.settled()
    expect(t.fake.texts(an.id)).toHaveLength(1)
    // Delivered again (a retry), wrapped as the docs show: answered 200, handled once.
    expect((await post(hook, { ok: true, result: update })).status).toBe(200)
    const help = t.fake.say(an, 'private', '/help').update
    t.fake.queue.length = 0
    expect((await post(hook, { ok: true, result: help })).status).toBe(200)
    await t.settled()
    expect(t.fake.texts(an.id)).toHaveLength(2)
    expect(t.fake.texts(an.id)[1]).toContain('/help')
  })
})
