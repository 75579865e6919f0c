import type { ConversationFlavor } from '@grammyjs/conversations'
import type { I18nFlavor } from '@grammyjs/i18n'
import type { Context } from 'grammy'
import type { ChatBinding, Person, Platform } from '../db/repositories/index.js'
import type { Logger } from '../logger.js'
import type { Actor } from '../services/actor.js'
import type { Services } from '../services/index.js'
import type { Capabilities } from './capabilities.js'

export interface BotRuntime {
  services: Services
  platform: Platform
  /** What the transport can do; features ask this, never the platform's name. */
  capabilities: Capabilities
  logger: Logger
  /** Translation in a given locale, for messages to chats other than the one being answered. */
  translate: (locale: string, key: string, vars?: Record<string, string | number>) => string
  /** The bytes of a file a user sent (Bot API getFile, then the file URL). */
  downloadFile: (fileId: string) => Promise<Uint8Array>
  /** True for an update the transport's journal already claimed (webhook, polling): not claimed again. */
  preclaimed?: (update: object) => boolean
}

/** What the transport can do, on every context (dialogues' too): prompts and their wording follow it. */
export interface TransportFlavor {
  capabilities: Capabilities
}

interface AppFlavor extends TransportFlavor {
  deps: BotRuntime
  /** Child logger carrying the update id. */
  logger: Logger
  /** The person behind the update; null for anonymous admins, channels and service senders. */
  person: Person | null
  actor: Actor | null
  /** The committee binding of the group this update came from (active or not); null in private chats. */
  binding: ChatBinding | null
}

/** Context outside conversations. */
export type BotContext = ConversationFlavor<Context & I18nFlavor & AppFlavor>

/** Context inside conversations: only plugins installed there exist on it (the transport's capabilities, i18n). */
export type ConvContext = Context & I18nFlavor & TransportFlavor
