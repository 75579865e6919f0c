import { BotApiRefusal, LocalBotApi } from '../../src/transports/local-bot-api.js'

type Injected = { method: string; error: BotApiRefusal | 'network'; times: number }

/**
 * The fake Bot API of the tests: the same in-process API the console chat uses, plus injected
 * failures (429 with retry_after, 403, 400 with migrate_to_chat_id, network errors).
 */
export class FakeBotApi extends LocalBotApi {
  private readonly injected: Injected[] = []

  /** The next `times` calls of `method` fail with `error`. */
  failNext(method: string, error: BotApiRefusal | 'network', times = 1): void {
    this.injected.push({ method, error, times })
  }

  protected override async handleFetch(url: string | URL | Request, init?: RequestInit): Promise<Response> {
    const href = typeof url === 'string' ? url : url instanceof URL ? url.href : url.url
    const method = href.split('/').pop() ?? ''
    const injection = this.injected.find((entry) => entry.method === method && entry.times > 0)
    if (injection) {
      injection.times -= 1
      if (injection.error === 'network') {
        throw new TypeError('fetch failed')
      }
      const { errorCode, description, parameters } = injection.error
      return new Response(JSON.stringify({ ok: false, error_code: errorCode, description, ...(parameters ? { parameters } : {}) }), {
        headers: { 'content-type': 'application/json' },
      })
    }
    return super.handleFetch(url, init)
  }

  /** Texts of every sendMessage, in order. */
  texts(chatId?: number): string[] {
    return this.calls
      .filter((call) => call.method === 'sendMessage' && (chatId === undefined || Number(call.payload.chat_id) === chatId))
      .map((call) => String(call.payload.text))
  }
}

/** What one chat received, in order: texts, and pictures by their caption and bytes. */
export function received(api: LocalBotApi, chatId: number): { kind: 'text' | 'photo' | 'document'; text: string; bytes?: Uint8Array }[] {
  return api
    .sentMessages(chatId)
    .map((m) => (m.attachment ? { kind: m.attachment.kind, text: m.text, bytes: m.attachment.bytes } : { kind: 'text', text: m.text }))
}

export { BotApiRefusal }
