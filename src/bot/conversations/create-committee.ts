import { InlineKeyboard } from 'grammy'
import type { CommitteeLevel } from '../../db/repositories/index.js'
import { COMMITTEE_LEVELS, isValidTimeZone, validateFullName } from '../../services/committees.js'
import { UserError } from '../../services/errors.js'
import { clip, foldVietnamese } from '../../services/text.js'
import type { ConvContext } from '../context.js'
import { requireActor } from '../helpers/scope.js'
import { askChoice, askText, attempt, type BotConversation } from './prompt.js'

export const CREATE_COMMITTEE_CONVERSATION = 'create-committee'

/** /khoitao: name, level, time zone, confirmation; the creator becomes the owner. */
export async function createCommitteeConversation(conversation: BotConversation, ctx: ConvContext): Promise<void> {
  const defaultZone = await conversation.external((outside) => outside.deps.services.settings.defaultTimeZone)
  const name = await askText(conversation, ctx, ctx.t('committee-ask-name'), validateFullName)

  const levelWords: Record<string, CommitteeLevel> = {}
  for (const level of COMMITTEE_LEVELS) {
    levelWords[foldVietnamese(ctx.t(`committee-level-${level}`))] = level
  }
  const level = (
    await askChoice(
      conversation,
      ctx,
      ctx.t('committee-ask-level'),
      COMMITTEE_LEVELS.map((l) => ({ data: `lvl:${l}`, label: ctx.t(`committee-level-${l}`) })),
      (text) => {
        const found = levelWords[foldVietnamese(text)]
        return found ? `lvl:${found}` : undefined
      },
      2,
    )
  ).slice('lvl:'.length) as CommitteeLevel

  const timeZone = await askText(
    conversation,
    ctx,
    ctx.t('committee-ask-time-zone', { zone: defaultZone }),
    (text) => {
      if (!isValidTimeZone(text)) {
        throw new UserError('committee-error-time-zone', { zone: clip(text, 60) })
      }
      return text
    },
    new InlineKeyboard().text(ctx.t('committee-time-zone-default', { zone: defaultZone }), 'tz:default'),
    (data) => (data === 'tz:default' ? defaultZone : undefined),
  )

  const confirmed = await askChoice(
    conversation,
    ctx,
    ctx.t('committee-confirm', { name, level: ctx.t(`committee-level-${level}`), zone: timeZone }),
    [
      { data: 'ok', label: ctx.t('button-create') },
      { data: 'no', label: ctx.t('button-cancel') },
    ],
    undefined,
    2,
  )
  if (confirmed !== 'ok') {
    await ctx.reply(ctx.t('conversation-cancelled'))
    return
  }
  const created = await attempt(conversation, async (outside) => {
    const committee = await outside.deps.services.committees.create(requireActor(outside), { name, level, timeZone })
    return { name: committee.name }
  })
  if (!created.ok) {
    await ctx.reply(ctx.t(created.key, created.vars))
    return
  }
  await ctx.reply(ctx.t('committee-created', { name: created.value.name }))
}
