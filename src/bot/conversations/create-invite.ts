import type { InvitePurpose } from '../../db/repositories/index.js'
import { clip } from '../../services/text.js'
import { pickBody } from './assign-task.js'
import { INVITE_PURPOSES, purposeNeedsBody } from '../../services/invites.js'
import type { ConvContext } from '../context.js'
import { bodyLine, formatDateTime, purposeLabel } from '../helpers/labels.js'
import { currentScope } from '../helpers/scope.js'
import { askChoice, attempt, type BotConversation } from './prompt.js'

export const CREATE_INVITE_CONVERSATION = 'create-invite'

/** Buttons for at most this many bodies; beyond it the official types a name or number. */
const BODY_BUTTONS = 24

/** /moi: what the code is for, which body (if any), then the code — shown once. */
export async function createInviteConversation(conversation: BotConversation, ctx: ConvContext): Promise<void> {
  const purpose = (
    await askChoice(
      conversation,
      ctx,
      ctx.t('invite-ask-purpose'),
      INVITE_PURPOSES.map((p) => ({ data: `ip:${p}`, label: purposeLabel(ctx.t, p) })),
    )
  ).slice('ip:'.length) as InvitePurpose

  let bodyId: number | null = null
  if (purposeNeedsBody(purpose)) {
    const bodies = await conversation.external(async (outside) => {
      const scope = await currentScope(outside)
      return (await outside.deps.services.bodies.list(scope.committee.id)).map((b) => ({
        id: b.id,
        number: b.number,
        name: b.name,
        shortName: b.shortName,
        aliases: b.aliases,
      }))
    })
    if (bodies.length === 0) {
      await ctx.reply(ctx.t('invite-no-bodies'))
      return
    }
    // Buttons show names only (a label never begins with a number: "2" is button [2]); a typed
    // number is the body's number in /coquan, and the prompt asks when the two would differ.
    const chosen = await askChoice(
      conversation,
      ctx,
      ctx.t('invite-ask-body') + (bodies.length > BODY_BUTTONS ? `\n${bodies.map(bodyLine).join('\n')}` : ''),
      bodies.map((b) => ({ data: `ib:${b.id}`, label: b.shortName ? `${clip(b.name, 40)} (${b.shortName})` : clip(b.name, 50) })),
      (text) => `ib:${pickBody(bodies, text).id}`,
      1,
      { list: bodies.map(bodyLine) },
    )
    bodyId = Number(chosen.slice('ib:'.length))
  }

  const created = await attempt(conversation, async (outside) => {
    const scope = await currentScope(outside)
    const invite = await outside.deps.services.invites.create(scope.actor, scope.committee.id, purpose, bodyId)
    return {
      code: invite.code,
      expires: formatDateTime(invite.expiresAt, invite.committee.timeZone),
      committee: invite.committee.name,
      body: invite.body?.name ?? '',
    }
  })
  if (!created.ok) {
    await ctx.reply(ctx.t(created.key, created.vars))
    return
  }
  const { code, expires, committee, body } = created.value
  const usage = purpose.endsWith('_group') ? 'invite-usage-group' : 'invite-usage-person'
  await ctx.reply(
    [
      [
        ctx.t('invite-created', { purpose: purposeLabel(ctx.t, purpose), committee }),
        ...(body ? [ctx.t('invite-created-body', { body })] : []),
        ctx.t('invite-created-validity', { expires }),
      ].join('\n'),
      code,
      ctx.t(usage, { code }),
    ].join('\n\n'),
  )
}
