import type { InvitePurpose } from '../../db/repositories/index.js'
import { matchBody } from '../../services/bodies.js'
import { UserError } from '../../services/errors.js'
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
    const chosen = await askChoice(
      conversation,
      ctx,
      ctx.t('invite-ask-body') + (bodies.length > BODY_BUTTONS ? `\n${bodies.map(bodyLine).join('\n')}` : ''),
      bodies.slice(0, BODY_BUTTONS).map((b) => ({ data: `ib:${b.id}`, label: bodyLine(b) })),
      (text) => {
        const byNumber = bodies.find((b) => String(b.number) === text.trim())
        const match = byNumber ?? matchBody(bodies, text).body
        if (!match) {
          throw new UserError('body-error-not-found', { name: text.slice(0, 80) })
        }
        return `ib:${match.id}`
      },
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
