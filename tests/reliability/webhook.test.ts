import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { messageUpdate } from '../../src/transports/updates.js'
import { startFakeTelegram } from '../helpers/fake-telegram-server.js'
import { type BotProcess, migratedDataDir, ROOT, startBot } from '../helpers/processes.js'
import { until as waitUntil } from '../helpers/until.js'

const TOKEN = '123456789:AAFakeTokenForTheLoopbackServerOnly'
const SECRET = 'webhook-secret-for-tests_0123456789'

const until = (check: () => boolean, ms = 30_000) => waitUntil(check, ms, 'a condition', 25)

/** The port the process logged (pino logs to standard error) when its HTTP server started listening. */
function listeningPort(bot: BotProcess): number {
  const line = bot
    .stderr()
    .split('\n')
    .find((l) => l.includes('HTTP server listening'))
  return Number((JSON.parse(line ?? '{}') as { port?: number }).port)
}

describe('webhook mode', () => {
  let telegram: Awaited<ReturnType<typeof startFakeTelegram>>
  let bot: BotProcess
  let base: string
  const an = { id: 777101, firstName: 'An' }
  const post = (body: string, secret: string | null = SECRET) =>
    fetch(`${base}/tg/hook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}) },
      body,
    })
  const update = (id: number, text: string) =>
    JSON.stringify(messageUpdate(id, an, { kind: 'private', id: an.id, firstName: 'An' }, text, { date: new Date(), messageId: id }))

  beforeAll(async () => {
    telegram = await startFakeTelegram()
    telegram.api.upsertChat({ id: an.id, type: 'private', firstName: 'An' })
    bot = startBot({
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: telegram.url,
      DATA_DIR: migratedDataDir('bot-webhook-'),
      BOT_MODE: 'webhook',
      WEBHOOK_URL: 'https://bot.example.gov.vn/tg/hook',
      WEBHOOK_SECRET: SECRET,
      PORT: '0',
    })
    await until(() => bot.stderr().includes('webhook set'), 90_000)
    base = `http://127.0.0.1:${listeningPort(bot)}`
  }, 120_000)
  afterAll(async () => {
    bot.child.kill('SIGKILL')
    await telegram.close()
  })

  it('registers the webhook with its secret and the update kinds it needs', () => {
    const call = telegram.calls.find((c) => c.method === 'setWebhook')
    expect(call?.payload).toMatchObject({ url: 'https://bot.example.gov.vn/tg/hook', secret_token: SECRET })
    expect(call?.payload.allowed_updates).toEqual(['message', 'edited_message', 'callback_query', 'my_chat_member'])
  })

  it('refuses a request without the right secret, and what is not an update', async () => {
    expect((await post(update(9001, '/start'), null)).status).toBe(401)
    expect((await post(update(9001, '/start'), 'wrong-secret-wrong-secret')).status).toBe(401)
    expect((await post('{not json', SECRET)).status).toBe(400)
    expect((await post('[1,2]', SECRET)).status).toBe(400)
    expect((await post(JSON.stringify({ update_id: -1 }), SECRET)).status).toBe(400)
    expect((await fetch(`${base}/tg/hook`)).status).toBe(405)
    expect((await fetch(`${base}/nothing-here`)).status).toBe(404)
    expect(telegram.api.sentMessages(an.id)).toHaveLength(0)
  })

  it('answers 200 at once, handles the update, and a re-delivery has no second effect', async () => {
    const first = await post(update(9002, '/start'))
    expect(first.status).toBe(200)
    await until(() => telegram.api.sentMessages(an.id).length > 0)
    expect(telegram.api.sentMessages(an.id)[0]?.text).toContain('Xin chào An!')
    expect((await post(update(9002, '/start'))).status).toBe(200)
    expect((await post(update(9003, '/help'))).status).toBe(200)
    await until(() => telegram.api.sentMessages(an.id).length === 2)
    expect(telegram.api.sentMessages(an.id)[1]?.text).toContain('Các lệnh bạn dùng được')
  })

  it('reports health, readiness and Prometheus metrics', async () => {
    // The container's health check (Dockerfile, docker-compose.yml) is this script.
    const check = spawnSync(process.execPath, [join(ROOT, 'scripts', 'healthcheck.mjs')], {
      env: { PATH: process.env.PATH ?? '', PORT: String(listeningPort(bot)) },
      encoding: 'utf8',
    })
    expect(check.status).toBe(0)
    const health = await fetch(`${base}/healthz`)
    expect(health.status).toBe(200)
    const ready = await fetch(`${base}/readyz`)
    expect(await ready.json()).toEqual({
      status: 'ready',
      checks: { database: 'ok', migrations: 'ok', sender: 'ok', accepting: 'ok' },
    })
    expect(ready.status).toBe(200)
    const response = await fetch(`${base}/metrics`)
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/)
    const metrics = await response.text()
    expect(metrics).toMatch(/^bot_updates_received_total\{type="message",duplicate="false"\} 2$/m)
    expect(metrics).toMatch(/^bot_updates_received_total\{type="message",duplicate="true"\} 1$/m)
    expect(metrics).toMatch(/^bot_updates_handled_total\{type="message",outcome="ok"\} 2$/m)
    expect(metrics).toMatch(/^bot_update_handler_seconds_count\{type="message"\} 2$/m)
    expect(metrics).toMatch(/^bot_update_handler_seconds_bucket\{le="\+Inf",type="message"\} 2$/m)
    expect(metrics).toMatch(/^bot_outbox_depth 0$/m)
    expect(metrics).toMatch(/^bot_outbox_oldest_pending_age_seconds 0$/m)
    expect(metrics).toMatch(/^bot_updates_pending\{state="received"\} 0$/m)
    expect(metrics).toMatch(/^# TYPE bot_job_runs gauge$/m)
    expect(metrics).toMatch(/^# TYPE bot_rate_limited_total counter$/m)
    expect(metrics).toMatch(/^bot_process_resident_memory_bytes \d+/m)
  })

  it('stops on SIGTERM after the updates in hand and exits 0', async () => {
    // A slow Telegram: the answer to this update is still on its way when the stop begins.
    telegram.slow('sendMessage', 1500)
    const before = telegram.api.sentMessages(an.id).length
    expect((await post(update(9004, '/help'))).status).toBe(200)
    await until(() => telegram.calls.filter((c) => c.method === 'sendMessage').length > before)
    bot.child.kill('SIGTERM')
    await until(() => bot.stderr().includes('shutting down'))
    expect(await bot.exited).toBe(0)
    expect(telegram.api.sentMessages(an.id)).toHaveLength(before + 1)
    expect(bot.stderr()).toMatch(/"msg":"stopped"/)
    const check = spawnSync(process.execPath, [join(ROOT, 'scripts', 'healthcheck.mjs')], {
      env: { PATH: process.env.PATH ?? '', PORT: String(listeningPort(bot)) },
      encoding: 'utf8',
    })
    expect(check.status).toBe(1)
  })
})
