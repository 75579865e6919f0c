import { Composer } from 'grammy'
import type { BotContext } from '../context.js'

const composer = new Composer<BotContext>()

// The bot was added to, removed from, or kicked out of a chat.
composer.on('my_chat_member', async (ctx) => {
  const { services, platform } = ctx.deps
  const update = ctx.myChatMember
  const chatId = String(update.chat.id)
  const status = update.new_chat_member.status
  if (status === 'kicked' || status === 'left') {
    // The secretariat is told in the same transaction (through the outbox).
    if (await services.chats.deactivate(platform, chatId, `bot ${status}`, ctx.update.update_id)) {
      ctx.logger.info({ chat: chatId, status }, 'chat deactivated')
    }
    return
  }
  const wasOut = update.old_chat_member.status === 'left' || update.old_chat_member.status === 'kicked'
  if (wasOut && update.chat.type !== 'private' && update.chat.type !== 'channel') {
    const binding = await services.chats.binding(platform, chatId)
    // Re-added to a group that had been registered: it needs a new code, like any other group.
    await ctx.reply(ctx.t(binding ? 'group-readded' : 'group-added'))
  }
})

// A group became a supergroup: Telegram posts the move in the old chat and in the new one.
composer.on('message:migrate_to_chat_id', async (ctx) => {
  await ctx.deps.services.chats.migrate(
    ctx.deps.platform,
    String(ctx.chat.id),
    String(ctx.message.migrate_to_chat_id),
    ctx.update.update_id,
  )
})
composer.on('message:migrate_from_chat_id', async (ctx) => {
  await ctx.deps.services.chats.migrate(
    ctx.deps.platform,
    String(ctx.message.migrate_from_chat_id),
    String(ctx.chat.id),
    ctx.update.update_id,
  )
})

// Channels are not a place the bot works in; their posts never act as anyone.
composer.on('channel_post', () => undefined)

export { composer as chatLifecycleFeature }
