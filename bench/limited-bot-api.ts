import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A Bot API server on loopback that enforces Telegram's broadcast limits the way Telegram does:
 * more than `perSecond` messages in any second, or `perGroupPerMinute` to one group in a minute,
 * are refused with 429 and `retry_after`. It counts what each chat received, so duplicates and
 * losses can be measured.
 */
export async function startLimitedBotApi(limits: { perSecond: number; perGroupPerMinute: number }) {
  const recent: number[] = []
  const perChat = new Map<string, number[]>()
  const received = new Map<string, number>()
  let refused = 0
  let messageId = 1

  async function body(req: IncomingMessage): Promise<Record<string, unknown>> {
    const chunks: Buffer[] = []
    for await (const chunk of req) {
      chunks.push(chunk as Buffer)
    }
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>
  }

  const server = createServer((req, res) => {
    void (async () => {
      const method = (req.url ?? '').split('/').pop()
      const payload = await body(req)
      const reply = (value: unknown) => {
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(JSON.stringify(value))
      }
      if (req.url === '/__stats') {
        // For a benchmark that runs this server in a process of its own (bench/limited-bot-api-process.ts).
        reply({ refused, received: Object.fromEntries(received) })
        return
      }
      if (req.url === '/__reset') {
        recent.length = 0
        perChat.clear()
        received.clear()
        refused = 0
        reply({ ok: true })
        return
      }
      if (method === 'getMe') {
        reply({ ok: true, result: { id: 1, is_bot: true, first_name: 'bench', username: 'bench_bot' } })
        return
      }
      if (method === 'getUpdates') {
        // Nothing to deliver: answer like a long poll that timed out (briefly, to stay responsive).
        await new Promise((resolve) => setTimeout(resolve, 300))
        reply({ ok: true, result: [] })
        return
      }
      if (method !== 'sendMessage') {
        reply({ ok: true, result: true })
        return
      }
      const now = Date.now()
      while (recent.length > 0 && (recent[0] ?? 0) <= now - 1000) {
        recent.shift()
      }
      const chat = String(payload.chat_id)
      const chatTimes = (perChat.get(chat) ?? []).filter((t) => t > now - 60_000)
      if (recent.length >= limits.perSecond || chatTimes.length >= limits.perGroupPerMinute) {
        refused++
        const retryAfter = recent.length >= limits.perSecond ? 1 : Math.ceil((60_000 - (now - (chatTimes[0] ?? now))) / 1000)
        reply({
          ok: false,
          error_code: 429,
          description: `Too Many Requests: retry after ${retryAfter}`,
          parameters: { retry_after: retryAfter },
        })
        return
      }
      recent.push(now)
      chatTimes.push(now)
      perChat.set(chat, chatTimes)
      received.set(chat, (received.get(chat) ?? 0) + 1)
      reply({
        ok: true,
        result: {
          message_id: messageId++,
          date: Math.floor(now / 1000),
          chat: { id: Number(chat), type: 'group', title: 'g' },
          text: payload.text,
        },
      })
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    /** Messages accepted so far. */
    received: () => [...received.values()].reduce((sum, n) => sum + n, 0),
    stats(chats: string[]) {
      let duplicates = 0
      let losses = 0
      for (const chat of chats) {
        const count = received.get(chat) ?? 0
        duplicates += Math.max(0, count - 1)
        losses += count === 0 ? 1 : 0
      }
      return { refused, duplicates, losses }
    },
    reset() {
      recent.length = 0
      perChat.clear()
      received.clear()
      refused = 0
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
