import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A fake Zalo Bot API that behaves as `../shared/reference/zalo-bot-api.md` describes, for tests
 * without Zalo: one update per getUpdates (no update ids, consumed when handed out), 408 when a poll
 * stays idle, 400 for getUpdates while a webhook is set, string ids everywhere, dates in
 * milliseconds, sendMessage text of 1–2000 characters (longer is refused, not cut), no keyboards or
 * other Telegram parameters (refused), 429 "Quota exceeded" past a configurable quota, the bot's own
 * messages echoed back as updates, groups that deliver only messages mentioning the bot (or replying
 * to it), sendPhoto that fetches its URL before answering, and webhook pushes with
 * `X-Bot-Api-Secret-Token`. Usable in-process (`fetch`, for grammY's client and the poller) or over
 * HTTP (`listen`, for a real process).
 */

export interface ZaloUser {
  id: string
  name: string
}

export interface ZaloGroup {
  id: string
  name: string
}

export type ZaloWhere = 'private' | ZaloGroup

export interface ShownMessage {
  messageId: string
  kind: 'text' | 'photo' | 'sticker'
  text: string
  photo?: string
  /** The picture's bytes as fetched from its URL when it was sent. */
  photoBytes?: Uint8Array
  /** When Zalo took it (Date.now()), before the bot has its answer. */
  at: number
}

export interface FakeZaloOptions {
  botId?: string
  /** The bot's display name; Zalo requires it to start with "Bot". */
  botName?: string
  /** Whether getMe returns a name (unconfirmed: the docs show only account_name). */
  getMeName?: boolean
  /** How long an idle poll waits before its 408 (Zalo: the `timeout` asked, up to its own limit). */
  idleMs?: number
  /** Sends (sendMessage, sendPhoto) allowed per window; beyond: 429 "Quota exceeded". */
  quota?: { count: number; windowMs: number }
  /** How the bot's own messages come back: the bot's id, `is_bot`, or only the same message id. */
  echo?: 'bot-id' | 'is-bot' | 'same-id-only' | 'none'
  /** Whether a group message keeps "@Bot name" in its text (unconfirmed, §3). */
  mentionInText?: boolean
  /** Payload shape: real captures (`event_name`, `display_name`) or the getUpdates doc sample (neither). */
  payloadStyle?: 'captured' | 'doc-sample'
  /** Webhook bodies as really pushed (bare) or as the docs show them (`{ok, result}`). */
  webhookBody?: 'bare' | 'wrapped'
  /** Fetches a photo URL (default: the global fetch). */
  fetchUrl?: (url: string) => Promise<Response>
  now?: () => Date
}

type Envelope = { ok: true; result?: unknown } | { ok: false; error_code: number; description: string }

interface Waiter {
  resolve: (envelope: Envelope) => void
  cancelled: boolean
}

const SEND_PARAMS: Record<string, string[]> = {
  sendMessage: ['chat_id', 'text'],
  sendPhoto: ['chat_id', 'photo', 'caption'],
  sendSticker: ['chat_id', 'sticker'],
  sendChatAction: ['chat_id', 'action'],
  sendVoice: ['chat_id', 'voice_url'],
  getUpdates: ['timeout'],
  setWebhook: ['url', 'secret_token'],
  getMe: [],
  deleteWebhook: [],
  getWebhookInfo: [],
}

export class FakeZaloServer {
  readonly token = '12345689:fake-zalo-token-for-tests'
  readonly botId: string
  readonly botName: string
  readonly calls: { method: string; payload: Record<string, unknown> }[] = []
  /** Updates waiting for a getUpdates, oldest first. */
  readonly queue: unknown[] = []
  webhook: { url: string; secret: string } | null = null
  /** Updates pushed to the webhook and the HTTP status each got. */
  readonly pushes: { body: unknown; status: number }[] = []
  private readonly waiters: Waiter[] = []
  private readonly shown = new Map<string, ShownMessage[]>()
  private readonly groups = new Map<string, ZaloGroup>()
  private readonly sends: number[] = []
  private nextHex = 1
  private server: Server | null = null
  private readonly held = new Map<string, (() => void)[]>()
  /** Pictures people sent, as Zalo's CDN serves them (until they expire: `expirePhotos`). */
  private readonly photos = new Map<string, Uint8Array>()

  constructor(private readonly options: FakeZaloOptions = {}) {
    this.botId = options.botId ?? '1459232241454765289'
    this.botName = options.botName ?? 'Bot Đối Thoại'
  }

  private now(): Date {
    return this.options.now?.() ?? new Date()
  }

  private hex(): string {
    return `f${(this.nextHex++).toString(16).padStart(19, '0')}`
  }

  user(name: string): ZaloUser {
    return { id: this.hex(), name }
  }

  group(name: string): ZaloGroup {
    const group = { id: this.hex(), name }
    this.groups.set(group.id, group)
    return group
  }

  /** What a chat shows (the bot's messages), oldest first. */
  messages(chatId: string): ShownMessage[] {
    return this.shown.get(chatId) ?? []
  }

  texts(chatId: string): string[] {
    return this.messages(chatId).map((m) => m.text)
  }

  /** Calls of `method` wait (unanswered) until `release(method)`: a process can die in the middle of one. */
  hold(method: string): void {
    this.held.set(method, this.held.get(method) ?? [])
  }

  release(method: string): void {
    const waiting = this.held.get(method) ?? []
    this.held.delete(method)
    waiting.forEach((resume) => resume())
  }

  /** Every call of a method. */
  count(method: string): number {
    return this.calls.filter((c) => c.method === method).length
  }

  // ---- people acting in Zalo ----------------------------------------------------------------------

  private chatOf(user: ZaloUser, where: ZaloWhere) {
    return where === 'private' ? { id: user.id, chat_type: 'PRIVATE' } : { id: where.id, chat_type: 'GROUP' }
  }

  private event(eventName: string, user: ZaloUser, where: ZaloWhere, content: Record<string, unknown>, messageId = this.hex()) {
    const docSample = this.options.payloadStyle === 'doc-sample'
    const message = {
      ...(docSample ? {} : { message_type: eventName === 'message.image.received' ? 'CHAT_PHOTO' : undefined }),
      chat: this.chatOf(user, where),
      message_id: messageId,
      date: this.now().getTime(),
      from: docSample ? { id: user.id, first_name: user.name } : { id: user.id, display_name: user.name, is_bot: false },
      ...content,
    }
    return docSample && eventName === 'message.text.received' ? { message } : { event_name: eventName, message }
  }

  /**
   * A person writes. In a group Zalo delivers it only when it mentions the bot (or replies to it);
   * returns whether the bot will receive it, and the update if so.
   */
  say(user: ZaloUser, where: ZaloWhere, text: string, options: { replyToBot?: boolean } = {}): { delivered: boolean; update?: unknown } {
    let sent = text
    if (where !== 'private') {
      const mention = `@${this.botName}`
      if (!text.includes(mention) && !options.replyToBot) {
        return { delivered: false }
      }
      if (this.options.mentionInText === false) {
        sent = text.replace(mention, '').trim()
      }
    }
    const update = this.event('message.text.received', user, where, { text: sent })
    this.deliver(update)
    return { delivered: true, update }
  }

  /** `text` as a person in a group types it to the bot: "@Bot name text". */
  mention(text: string): string {
    return `@${this.botName} ${text}`
  }

  /** Zalo's CDN forgets the pictures (their URLs expire). */
  expirePhotos(): void {
    this.photos.clear()
  }

  sendPhoto(user: ZaloUser, where: ZaloWhere, url: string, caption?: string, bytes?: Uint8Array): unknown {
    if (bytes) {
      this.photos.set(url, bytes)
    }
    const field = this.options.payloadStyle === 'doc-sample' ? { photo: url } : { photo_url: url }
    const update = this.event('message.image.received', user, where, { ...field, ...(caption ? { caption } : {}) })
    this.deliver(update)
    return update
  }

  sendSticker(user: ZaloUser, where: ZaloWhere): unknown {
    const update = this.event('message.sticker.received', user, where, {
      sticker: '0e078a2fb66a5f34067b',
      url: 'https://zalo.example/s.png',
    })
    this.deliver(update)
    return update
  }

  /** Content Zalo withholds from bots: no content fields at all (§1.8). */
  sendUnsupported(user: ZaloUser, where: ZaloWhere): unknown {
    const update = this.event('message.unsupported.received', user, where, {})
    this.deliver(update)
    return update
  }

  /** Zalo hands the same event out again (a webhook retry, a redelivery). */
  redeliver(update: unknown): void {
    this.deliver(update)
  }

  private deliver(update: unknown): void {
    if (this.webhook) {
      void this.push(update)
      return
    }
    const waiter = this.waiters.shift()
    if (waiter) {
      waiter.resolve({ ok: true, result: update })
    } else {
      this.queue.push(update)
    }
  }

  private async push(update: unknown): Promise<void> {
    const hook = this.webhook
    if (!hook) {
      return
    }
    const body = this.options.webhookBody === 'wrapped' ? { ok: true, result: update } : update
    try {
      const response = await fetch(hook.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-bot-api-secret-token': hook.secret },
        body: JSON.stringify(body),
      })
      await response.arrayBuffer()
      this.pushes.push({ body, status: response.status })
    } catch {
      this.pushes.push({ body, status: 0 })
    }
  }

  // ---- the Bot API ---------------------------------------------------------------------------------

  /** In-process access, as grammY's `client.fetch` and the poller's `fetch`. */
  readonly fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    if (new URL(href).hostname.endsWith('zdn.test')) {
      const photo = this.photos.get(href)
      return photo ? new Response(Buffer.from(photo), { headers: { 'content-type': 'image/jpeg' } }) : new Response('gone', { status: 404 })
    }
    const match = /\/bot([^/]+)\/([A-Za-z]+)$/.exec(new URL(href).pathname)
    const body = typeof init?.body === 'string' && init.body ? (JSON.parse(init.body) as Record<string, unknown>) : {}
    const envelope = match ? await this.answer(match[1] ?? '', match[2] ?? '', body, init?.signal ?? undefined) : notFound()
    return new Response(JSON.stringify(envelope), { headers: { 'content-type': 'application/json' } })
  }

  /** Serves the API over HTTP on loopback; returns the API root to give as ZALO_API_ROOT. */
  async listen(): Promise<string> {
    this.server = createServer((req, res) => {
      void (async () => {
        const match = /^\/bot([^/]+)\/([A-Za-z]+)/.exec(req.url ?? '')
        const abort = new AbortController()
        res.on('close', () => abort.abort())
        const envelope = match ? await this.answer(match[1] ?? '', match[2] ?? '', await readJson(req), abort.signal) : notFound()
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(envelope))
      })()
    })
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve))
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  async close(): Promise<void> {
    for (const waiter of this.waiters.splice(0)) {
      waiter.cancelled = true
      waiter.resolve({ ok: false, error_code: 408, description: 'Request timeout' })
    }
    const server = this.server
    this.server = null
    if (server) {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }

  private async answer(token: string, method: string, payload: Record<string, unknown>, signal?: AbortSignal): Promise<Envelope> {
    this.calls.push({ method, payload })
    const held = this.held.get(method)
    if (held) {
      await new Promise<void>((resume) => held.push(resume))
    }
    if (token !== this.token) {
      return { ok: false, error_code: 401, description: 'Unauthorized' }
    }
    const allowed = SEND_PARAMS[method]
    if (!allowed) {
      return notFound()
    }
    // Zalo's handling of Telegram's extra parameters is unknown (§7.2): the fake refuses them, so a
    // translation that lets one through fails here.
    const extra = Object.keys(payload).filter((key) => !allowed.includes(key))
    if (extra.length > 0) {
      return badRequest(`unknown parameter ${extra.join(', ')}`)
    }
    if ('chat_id' in payload && typeof payload.chat_id !== 'string') {
      return badRequest('chat_id must be a string')
    }
    switch (method) {
      case 'getMe':
        return {
          ok: true,
          result: {
            id: this.botId,
            account_name: 'bot.VDKyGxQvc',
            account_type: 'BASIC',
            can_join_groups: true,
            ...(this.options.getMeName ? { name: this.botName } : {}),
          },
        }
      case 'getUpdates':
        return this.getUpdates(payload, signal)
      case 'setWebhook': {
        const url = str(payload.url)
        const secret = str(payload.secret_token)
        if (!/^https?:\/\//.test(url) || secret.length < 8 || secret.length > 256) {
          return badRequest('url and secret_token (8-256) are required')
        }
        this.webhook = { url, secret }
        return { ok: true, result: { url, updated_at: this.now().getTime() } }
      }
      case 'deleteWebhook':
        this.webhook = null
        return { ok: true, result: { url: '', updated_at: this.now().getTime() } }
      case 'getWebhookInfo':
        return { ok: true, result: { url: this.webhook?.url ?? '', updated_at: this.now().getTime() } }
      case 'sendChatAction':
        return payload.action === 'typing' ? { ok: true } : badRequest('action must be typing')
      case 'sendMessage':
        return this.send(payload, str(payload.text))
      case 'sendPhoto':
        return this.send(payload, typeof payload.caption === 'string' ? payload.caption : '', str(payload.photo))
      default:
        return badRequest(`${method} is not supported by the fake`)
    }
  }

  private getUpdates(payload: Record<string, unknown>, signal?: AbortSignal): Promise<Envelope> | Envelope {
    if (this.webhook) {
      return badRequest('getUpdates is not available while a webhook is set')
    }
    const next = this.queue.shift()
    if (next !== undefined) {
      return { ok: true, result: next }
    }
    const timeoutMs = Math.min(Number(payload.timeout ?? 30) * 1000, this.options.idleMs ?? 30_000)
    return new Promise<Envelope>((resolve) => {
      const waiter: Waiter = { resolve: () => undefined, cancelled: false }
      const timer = setTimeout(() => finish({ ok: false, error_code: 408, description: 'Request timeout' }), timeoutMs)
      const finish = (envelope: Envelope) => {
        clearTimeout(timer)
        const index = this.waiters.indexOf(waiter)
        if (index !== -1) {
          this.waiters.splice(index, 1)
        }
        resolve(envelope)
      }
      waiter.resolve = finish
      // A poll whose client went away takes nothing: what arrives later waits for the next poll.
      signal?.addEventListener('abort', () => {
        waiter.cancelled = true
        finish({ ok: false, error_code: 408, description: 'Request timeout' })
      })
      this.waiters.push(waiter)
    })
  }

  private async send(payload: Record<string, unknown>, text: string, photo?: string): Promise<Envelope> {
    const chatId = String(payload.chat_id)
    if (photo === undefined && (text.length < 1 || text.length > 2000)) {
      return badRequest('text must be 1-2000 characters')
    }
    if (photo !== undefined && text.length > 2000) {
      return badRequest('caption must be at most 2000 characters')
    }
    const quota = this.options.quota
    const at = Date.now()
    if (quota) {
      while (this.sends.length > 0 && (this.sends[0] ?? 0) <= at - quota.windowMs) {
        this.sends.shift()
      }
      if (this.sends.length >= quota.count) {
        return { ok: false, error_code: 429, description: 'Quota exceeded' }
      }
      this.sends.push(at)
    }
    let photoBytes: Uint8Array | undefined
    if (photo !== undefined) {
      // Zalo fetches the picture while the send waits (§1.6): a URL it cannot read is refused.
      try {
        const response = await (this.options.fetchUrl ?? fetch)(photo)
        if (!response.ok) {
          return badRequest(`photo could not be fetched: ${response.status}`)
        }
        photoBytes = new Uint8Array(await response.arrayBuffer())
      } catch {
        return badRequest('photo could not be fetched')
      }
    }
    const messageId = this.hex()
    const list = this.shown.get(chatId) ?? []
    list.push({
      messageId,
      kind: photo === undefined ? 'text' : 'photo',
      text,
      ...(photo !== undefined ? { photo, photoBytes } : {}),
      at: Date.now(),
    })
    this.shown.set(chatId, list)
    this.echo(chatId, messageId, text)
    return { ok: true, result: { message_id: messageId, date: this.now().getTime() } }
  }

  /** Zalo delivers the bot's own sends back to it (§1.8 "Self-echo"). */
  private echo(chatId: string, messageId: string, text: string): void {
    const style = this.options.echo ?? 'bot-id'
    if (style === 'none') {
      return
    }
    const group = this.groups.get(chatId)
    const from =
      style === 'bot-id'
        ? { id: this.botId, display_name: this.botName, is_bot: false }
        : style === 'is-bot'
          ? { id: 'b0b0b0b0b0b0b0b0b0b0', display_name: this.botName, is_bot: true }
          : { id: 'b0b0b0b0b0b0b0b0b0b0', display_name: this.botName }
    this.deliver({
      event_name: 'message.text.received',
      message: {
        chat: { id: chatId, chat_type: group ? 'GROUP' : 'PRIVATE' },
        message_id: messageId,
        date: this.now().getTime(),
        from,
        text,
      },
    })
  }
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : ''
}

function notFound(): Envelope {
  return { ok: false, error_code: 404, description: 'Not found' }
}

function badRequest(detail: string): Envelope {
  return { ok: false, error_code: 400, description: `Bad request: ${detail}` }
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = []
  for await (const chunk of req) {
    chunks.push(chunk as Buffer)
  }
  const text = Buffer.concat(chunks).toString('utf8')
  const query = Object.fromEntries(new URL(req.url ?? '/', 'http://x').searchParams)
  return text ? { ...query, ...(JSON.parse(text) as Record<string, unknown>) } : query
}
