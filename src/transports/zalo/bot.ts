import type { ConversationData, VersionedStateStorage } from '@grammyjs/conversations'
import type { I18n } from '@grammyjs/i18n'
import type { Bot } from 'grammy'
import type { BotContext, ConvContext } from '../../bot/context.js'
import type { ErrorSink } from '../../bot/errors.js'
import { createBot } from '../../bot/index.js'
import type { ZaloRepository } from '../../db/repositories/zalo-repository.js'
import type { Logger } from '../../logger.js'
import type { Services } from '../../services/index.js'
import { ZALO_CAPABILITIES } from './capabilities.js'
import { createZaloIds } from './ids.js'
import { mentionNames } from './inbound.js'
import { createZaloFetch, zaloBotInfo, type MediaPublisher } from './outbound.js'
import { createZaloReceiver, type ZaloReceiver } from './receiver.js'
import type { ZaloMe } from './types.js'

/** Asks Zalo who the bot is (`getMe`): its id filters the bot's own echoes, its name is what mentions carry. */
export async function fetchZaloMe(apiRoot: string, token: string, doFetch: typeof fetch = fetch): Promise<ZaloMe> {
  const response = await doFetch(`${apiRoot}/bot${token}/getMe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  })
  const body = (await response.json()) as { ok: boolean; result?: ZaloMe; error_code?: number; description?: string }
  if (!body.ok || !body.result || (typeof body.result.id !== 'string' && typeof body.result.id !== 'number')) {
    throw new Error(`Zalo getMe failed: ${body.error_code ?? response.status} ${body.description ?? ''}`.trim())
  }
  return { ...body.result, id: String(body.result.id) }
}

export interface ZaloBotDeps {
  token: string
  apiRoot: string
  /** Zalo's answer to getMe (see fetchZaloMe). */
  me: ZaloMe
  /** The bot's display name as people see and mention it (ZALO_BOT_NAME), when getMe does not give it. */
  displayName?: string
  services: Services
  store: ZaloRepository
  media: MediaPublisher & { keep(bytes: Uint8Array, contentType: string): Promise<string> }
  logger: Logger
  i18n: I18n<ConvContext>
  defaultLocale: string
  conversationTimeoutMs: number
  onError?: ErrorSink
  conversationStorage?: VersionedStateStorage<string, ConversationData>
  /** grammY's HTTP client (tests give the fake server's). */
  fetch?: typeof fetch
}

/**
 * The Zalo bot: the same `createBot` as Telegram, on Zalo's API root, with `botInfo` made from Zalo's
 * getMe (grammY's own `init()` cannot read it) and the transformer that translates every call. Updates
 * come in through the receiver and the shared update journal (an inbox on `receiver.handle`), never
 * through grammY's polling or webhook helpers (reference §7.5).
 */
export async function createZaloBot(deps: ZaloBotDeps): Promise<{ bot: Bot<BotContext>; receiver: ZaloReceiver; names: string[] }> {
  const displayName = deps.displayName ?? deps.me.display_name ?? deps.me.name
  const ids = createZaloIds(deps.store)
  const botInfo = zaloBotInfo(deps.me, displayName, await ids.number(String(deps.me.id), 'private'))
  const names = mentionNames([displayName, deps.me.display_name, deps.me.name, deps.me.account_name])
  const localeOf = async (personId: number) => (await deps.services.people.localeOf('zalo', String(personId))) ?? deps.defaultLocale
  const zaloFetch = createZaloFetch({
    apiRoot: deps.apiRoot,
    ...(deps.fetch ? { realFetch: deps.fetch } : {}),
    botInfo,
    store: deps.store,
    ids,
    media: deps.media,
    now: () => deps.services.clock.now(),
    logger: deps.logger,
    // In a private chat the chat is the person; a group is told in the deployment's language.
    choicesHint: async (chatId, chatType) =>
      chatType === 'group'
        ? deps.i18n.t(deps.defaultLocale, 'zalo-choices-hint-group', { bot: botInfo.first_name })
        : deps.i18n.t(await localeOf(chatId), 'zalo-choices-hint-private'),
  })
  const bot = createBot(
    {
      token: deps.token,
      services: deps.services,
      platform: 'zalo',
      capabilities: ZALO_CAPABILITIES,
      logger: deps.logger,
      i18n: deps.i18n,
      conversationTimeoutMs: deps.conversationTimeoutMs,
      ...(deps.onError ? { onError: deps.onError } : {}),
      ...(deps.conversationStorage ? { conversationStorage: deps.conversationStorage } : {}),
      // Every Zalo update reaches the bot from the shared journal, which claimed it and records when it
      // is done (receiver.ts): the bot's own de-duplication would see that claim and drop the update.
      preclaimed: () => true,
    },
    // Every Api grammY builds from these options — the bot's, each update's, each dialogue step's — translates.
    { botInfo, client: { apiRoot: deps.apiRoot, fetch: zaloFetch as never } },
  )
  const download = deps.fetch ?? fetch
  const receiver = createZaloReceiver({
    store: deps.store,
    ids,
    // Zalo's picture URLs expire (reference §1.8): the bot keeps its own copy at once.
    keepPhoto: async (url) => {
      const response = await download(url, { signal: AbortSignal.timeout(15_000) })
      const bytes = new Uint8Array(await response.arrayBuffer())
      if (!response.ok || bytes.length === 0 || bytes.length > 20 * 1024 * 1024) {
        return null
      }
      return deps.media.keep(bytes, response.headers.get('content-type') ?? 'image/jpeg')
    },
    botId: String(deps.me.id),
    botNames: names,
    handle: (update) => bot.handleUpdate(update),
    guide: async (chatId, chatType, fromId) => {
      const locale = chatType === 'group' ? deps.defaultLocale : await localeOf(fromId)
      await bot.api.sendMessage(chatId, deps.i18n.t(locale, 'zalo-unsupported'))
    },
    now: () => deps.services.clock.now(),
    logger: deps.logger,
  })
  return { bot, receiver, names }
}
