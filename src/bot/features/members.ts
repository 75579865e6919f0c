import { Composer, InlineKeyboard } from 'grammy'
import type { MemberRole, MemberView } from '../../db/repositories/index.js'
import { ROLES } from '../../services/members.js'
import { memberRemoveData, memberRoleData } from '../callback-data/codec.js'
import type { BotContext } from '../context.js'
import { roleLabel } from '../helpers/labels.js'
import { replyLong } from '../helpers/reply.js'
import { currentScope, parseNumberArg, requireActor, requirePrivate } from '../helpers/scope.js'
import { roleAllows } from '../../services/permissions.js'
import { UserError } from '../../services/errors.js'

const composer = new Composer<BotContext>()

function memberLine(t: BotContext['t'], member: MemberView): string {
  const bodies = member.person.bodyContacts.map((contact) => contact.body.shortName ?? contact.body.name)
  return `${member.number}. ${member.person.displayName} — ${roleLabel(t, member.role)}${bodies.length ? ` (${bodies.join(', ')})` : ''}`
}

composer.command('thanhvien', async (ctx) => {
  // People's names and roles are personal data: private chats only.
  requirePrivate(ctx)
  const scope = await currentScope(ctx)
  const members = await ctx.deps.services.members.list(scope.actor, scope.committee.id)
  const arg = ctx.match.trim()
  if (!arg) {
    const manager = roleAllows(scope.role, 'member.manage')
    await replyLong(
      ctx,
      [
        ctx.t('member-list-header', { committee: scope.committee.name, count: members.length }),
        '',
        ...members.map((member) => memberLine(ctx.t, member)),
        ...(manager ? ['', ctx.t('member-list-manage-hint')] : []),
      ].join('\n'),
    )
    return
  }
  const number = parseNumberArg(arg, 'member-error-number')
  const member = members.find((m) => m.number === number)
  if (!member) {
    throw new UserError('member-error-unknown-number', { number })
  }
  const keyboard = new InlineKeyboard()
  if (roleAllows(scope.role, 'member.manage')) {
    for (const role of ROLES.filter((r) => r !== member.role)) {
      keyboard.text(
        ctx.t('member-button-make', { role: roleLabel(ctx.t, role) }),
        memberRoleData.pack({ committee: scope.committee.id, number, role }),
      )
      keyboard.row()
    }
    keyboard.text(ctx.t('member-button-remove'), memberRemoveData.pack({ committee: scope.committee.id, number, step: 'ask' }))
  }
  await ctx.reply(ctx.t('member-details', { line: memberLine(ctx.t, member) }), { reply_markup: keyboard })
})

composer.callbackQuery(memberRoleData.pattern, async (ctx) => {
  const actor = requireActor(ctx)
  const { committee, number, role } = memberRoleData.unpack(ctx.callbackQuery.data)
  const updated = await ctx.deps.services.members.changeRole(actor, Number(committee), Number(number), role as MemberRole)
  await ctx.answerCallbackQuery()
  await ctx.editMessageText(ctx.t('member-role-changed', { number: updated.number, role: roleLabel(ctx.t, updated.role) }))
})

composer.callbackQuery(memberRemoveData.pattern, async (ctx) => {
  const actor = requireActor(ctx)
  const { committee, number, step } = memberRemoveData.unpack(ctx.callbackQuery.data)
  await ctx.answerCallbackQuery()
  if (step === 'ask') {
    // Check the right before asking, so a stranger's press is refused at once.
    await ctx.deps.services.permissions.require(Number(committee), actor.personId, 'member.manage')
    await ctx.editMessageText(ctx.t('member-remove-confirm', { number }), {
      reply_markup: new InlineKeyboard()
        .text(ctx.t('button-remove'), memberRemoveData.pack({ committee, number, step: 'yes' }))
        .text(ctx.t('button-keep'), memberRemoveData.pack({ committee, number, step: 'no' })),
    })
    return
  }
  if (step !== 'yes') {
    await ctx.editMessageText(ctx.t('conversation-cancelled'))
    return
  }
  await ctx.deps.services.members.remove(actor, Number(committee), Number(number))
  await ctx.editMessageText(ctx.t('member-removed', { number }))
})

export { composer as membersFeature }
