import { Composer, InlineKeyboard } from 'grammy'
import { chooseCommitteeData } from '../callback-data/codec.js'
import type { BotContext } from '../context.js'
import { CREATE_COMMITTEE_CONVERSATION } from '../conversations/create-committee.js'
import { requireActor, requirePrivate } from '../helpers/scope.js'

const composer = new Composer<BotContext>()

composer.command('khoitao', async (ctx) => {
  requirePrivate(ctx)
  requireActor(ctx)
  await ctx.conversation.enter(CREATE_COMMITTEE_CONVERSATION)
})

/** For people in several committees: which one private-chat commands act on. */
composer.command('chon', async (ctx) => {
  requirePrivate(ctx)
  const actor = requireActor(ctx)
  const { services } = ctx.deps
  const committees = await services.people.listCommittees(actor.personId)
  if (committees.length === 0) {
    await ctx.reply(ctx.t('error-no-committee'))
    return
  }
  const current = (await services.people.context(actor.personId)).committee
  const keyboard = new InlineKeyboard()
  for (const committee of committees) {
    keyboard
      .text(`${committee.id === current?.id ? '✓ ' : ''}${committee.name}`, chooseCommitteeData.pack({ committee: committee.id }))
      .row()
  }
  await ctx.reply(ctx.t('committee-choose'), { reply_markup: keyboard })
})

composer.callbackQuery(chooseCommitteeData.pattern, async (ctx) => {
  const actor = requireActor(ctx)
  const { committee } = chooseCommitteeData.unpack(ctx.callbackQuery.data)
  const chosen = await ctx.deps.services.people.switchCommittee(actor.personId, Number(committee))
  await ctx.answerCallbackQuery()
  await ctx.editMessageText(chosen ? ctx.t('committee-chosen', { name: chosen.name }) : ctx.t('error-not-member'))
})

export { composer as committeeFeature }
