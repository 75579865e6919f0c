import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Update } from 'grammy/types'
import { BotApiRefusal, LocalBotApi } from '../../src/transports/local-bot-api.js'

/**
 * A Bot API server on loopback for tests of the real process: getUpdates with Telegram's
 * offset semantics (an update stays until a later offset confirms it), every other method
 * answered by the in-process LocalBotApi, and the ability to hold a method's answer forever
 * (a request that reached "Telegram" while the bot dies).
 */
export async function startFakeTelegram() {
  const api = new LocalBotApi()
  const queue: Update[] = []
  const offsets: number[] = []
  const held = new Set<string>()
  const delays = new Map<string, number>()
  const heldRequests: ServerResponse[] = []
  /** Every request: its method, payload, arrival (ms) and path (a client given its own API root is told apart by it). */
  const calls: { method: string; payload: Record<string, unknown>; at: number; path: string }[] = []

  async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
    const chunks: Buffer[] = []
    for await (const chunk of req) {
      chunks.push(chunk as Buffer)
    }
    const body = Buffer.concat(chunks)
    const type = req.headers['content-type'] ?? ''
    if (type.startsWith('multipart/form-data')) {
      // A photo or document upload: its text fields (the file itself is not kept). Parsed by hand:
      // Node 20's FormData parser refuses grammY's multipart bodies.
      const boundary = /boundary=([^;]+)/.exec(type)?.[1] ?? ''
      const fields: Record<string, unknown> = {}
      for (const part of body.toString('latin1').split(`--${boundary}`)) {
        const [head, ...rest] = part.split('\r\n\r\n')
        const name = /name="([^"]+)"/.exec(head ?? '')?.[1]
        if (name && !/filename=/.test(head ?? '')) {
          fields[name] = Buffer.from(rest.join('\r\n\r\n').replace(/\r\n$/, ''), 'latin1').toString('utf8')
        }
      }
      return fields
    }
    const text = body.toString('utf8')
    return text ? (JSON.parse(text) as Record<string, unknown>) : {}
  }

  const server = createServer((req, res) => {
    // When the request arrived (limits are counted on it), before its body is read.
    const arrived = Date.now()
    // A failure in the fake itself answers 500 instead of leaving the request open forever.
    const fail = () => {
      if (!res.headersSent) {
        res.writeHead(500)
      }
      res.end()
    }
    void (async () => {
      const method = (req.url ?? '').split('/').pop() ?? ''
      const payload = await readBody(req)
      calls.push({ method, payload, at: arrived, path: req.url ?? '' })
      const reply = (body: unknown) => {
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(JSON.stringify(body))
      }
      if (held.has(method)) {
        heldRequests.push(res)
        return
      }
      const delay = delays.get(method)
      if (delay) {
        await new Promise((resolve) => setTimeout(resolve, delay))
      }
      if (method === 'getUpdates') {
        const offset = Number(payload.offset ?? 0)
        offsets.push(offset)
        // Telegram forgets updates once a later offset confirms them.
        while (queue.length > 0 && (queue[0]?.update_id ?? 0) < offset) {
          queue.shift()
        }
        const deadline = Date.now() + Math.min(Number(payload.timeout ?? 0), 1) * 1000
        while (queue.length === 0 && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 20))
        }
        reply({ ok: true, result: queue.slice(0, Number(payload.limit ?? 100)) })
        return
      }
      try {
        reply({ ok: true, result: await api.call(method, payload) })
      } catch (error) {
        if (error instanceof BotApiRefusal) {
          reply({ ok: false, error_code: error.errorCode, description: error.description })
        } else {
          res.writeHead(500)
          res.end()
        }
      }
    })().catch(fail)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    api,
    calls,
    offsets,
    push: (update: Update) => queue.push(update),
    hold: (method: string) => held.add(method),
    release: (method: string) => held.delete(method),
    /** Answers `method` only after `ms` (0 removes the delay): a slow Telegram. */
    slow: (method: string, ms: number) => (ms > 0 ? delays.set(method, ms) : delays.delete(method)),
    pending: () => queue.map((u) => u.update_id),
    async close() {
      for (const res of heldRequests) {
        res.destroy()
      }
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}
