import { InputFile, type Api } from 'grammy'
import type { Logger } from '../logger.js'
import type { Services } from '../services/index.js'
import { queueChatGoneNotice } from './notices.js'
import type { SenderDeps } from './sender.js'

/** How the outbox reaches a chat through the Bot API: a text, or a picture with its caption. */
export function sendThrough(api: Api): SenderDeps['send'] {
  return async (target, text, image) => {
    const message = image
      ? await api.sendPhoto(target, new InputFile(image, 'tong-ket.png'), { caption: text })
      : await api.sendMessage(target, text)
    return String(message.message_id)
  }
}

/** What the sender does when a chat refuses it for good: the secretariat is told, through the outbox. */
export function tellSecretariat(deps: {
  services: Services
  translate: (locale: string, key: string, vars?: Record<string, string | number>) => string
  logger: Logger
}): NonNullable<SenderDeps['onChatGone']> {
  return async (chat) => {
    await queueChatGoneNotice(deps, chat, deps.services.clock.now())
  }
}
