import type { NextFunction } from 'grammy'
import type { BotContext } from '../context.js'
import { hasPersonSender, isGroupChat, isPrivateChat } from '../filters/senders.js'

function displayNameOf(from: { first_name: string; last_name?: string }): string {
  return [from.first_name, from.last_name].filter(Boolean).join(' ').trim() || '—'
}

/** Loads (or creates) the person behind the update and the binding of the group it came from. */
export async function identify(ctx: BotContext, next: NextFunction): Promise<void> {
  const { services, platform } = ctx.deps
  if (hasPersonSender(ctx) && ctx.from) {
    const person = await services.people.identify({
      platform,
      externalId: String(ctx.from.id),
      displayName: displayNameOf(ctx.from),
      username: ctx.from.username ?? null,
      privateChatId: isPrivateChat(ctx) && ctx.chat ? String(ctx.chat.id) : null,
    })
    ctx.person = person
    ctx.actor = {
      personId: person.id,
      platform,
      chatExternalId: ctx.chat ? String(ctx.chat.id) : null,
      updateId: ctx.update.update_id,
    }
  }
  if (ctx.chat && isGroupChat(ctx)) {
    ctx.binding = await services.chats.binding(platform, String(ctx.chat.id))
  }
  await next()
}
