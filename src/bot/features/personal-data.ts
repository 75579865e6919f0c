import { Composer, InputFile } from 'grammy'
import type { PersonalData } from '../../db/repositories/index.js'
import { localDateOf, formatVietnamese } from '../../services/calendar/local-date.js'
import { UserError } from '../../services/errors.js'
import type { BotContext } from '../context.js'
import { roleLabel } from '../helpers/labels.js'
import { replyLong } from '../helpers/reply.js'
import { currentScope, parseNumberArg, requireActor, requirePrivate } from '../helpers/scope.js'

const composer = new Composer<BotContext>()

/** The word that confirms an erasure, typed after the member number. */
const CONFIRM = 'dongy'

/** Dates about a person (not a committee) are shown in Vietnam's time zone. */
function day(at: Date): string {
  return formatVietnamese(localDateOf(at, 'Asia/Ho_Chi_Minh'))
}

function summary(ctx: BotContext, data: PersonalData): string {
  const lines = [
    ctx.t('pdata-header'),
    '',
    ctx.t('pdata-name', { name: data.person.displayName, since: day(data.person.createdAt) }),
    ...data.accounts.map((a) => ctx.t('pdata-account', { platform: a.platform, id: a.externalId, username: a.username ?? '-' })),
    ...data.memberships.map((m) =>
      ctx.t('pdata-membership', { committee: m.committee, number: m.number, role: roleLabel(ctx.t, m.role as never) }),
    ),
    ...data.bodies.map((b) => ctx.t(b.isHead ? 'pdata-body-head' : 'pdata-body', { body: b.body })),
    ctx.t('pdata-counts', {
      submissions: data.submissions.length,
      extensions: data.extensions.length,
      actions: data.actions.length,
      dialogues: data.openDialogues,
      messages: data.messagesKept,
    }),
    '',
    ctx.t('pdata-retention'),
    '',
    data.person.eraseRequestedAt
      ? ctx.t('pdata-request-pending', { date: day(data.person.eraseRequestedAt) })
      : ctx.t('pdata-how-to-erase'),
  ]
  return lines.join('\n')
}

/**
 * /dulieu — personal data (Law 91/2025/QH15), in private only:
 *   /dulieu            what the bot holds about you, and how long it keeps it
 *   /dulieu xoa        ask for the deletion of your data (the secretariat is told)
 *   /dulieu yeucau     secretariat: members who asked for deletion
 *   /dulieu xuat SỐ    secretariat: member SỐ's data as a JSON file
 *   /dulieu xoa SỐ     secretariat: what erasing member SỐ does; `/dulieu xoa SỐ dongy` erases
 */
composer.command('dulieu', async (ctx) => {
  requirePrivate(ctx)
  const actor = requireActor(ctx)
  const { services } = ctx.deps
  const [verb, numberArg, confirm] = ctx.match.trim().split(/\s+/)
  if (!verb) {
    await replyLong(ctx, summary(ctx, await services.personalData.mine(actor)))
    return
  }
  if (verb === 'xoa' && numberArg === undefined) {
    const recorded = await services.personalData.requestErasure(actor)
    await ctx.reply(ctx.t(recorded ? 'pdata-request-recorded' : 'pdata-request-already'))
    return
  }
  const scope = await currentScope(ctx)
  if (verb === 'yeucau') {
    const pending = await services.personalData.pendingRequests(actor, scope.committee.id)
    await replyLong(
      ctx,
      [
        ctx.t('pdata-requests-header', { count: pending.length, committee: scope.committee.name }),
        ...pending.map((p) => ctx.t('pdata-request-line', { number: p.number, name: p.displayName, date: day(p.requestedAt) })),
      ].join('\n'),
    )
    return
  }
  if (verb === 'xuat') {
    const number = parseNumberArg(numberArg, 'member-error-number')
    const data = await services.personalData.exportMember(actor, scope.committee.id, number)
    const file = new InputFile(Buffer.from(JSON.stringify(data, null, 2), 'utf8'), `du-lieu-ca-nhan-${number}.json`)
    await ctx.replyWithDocument(file, { caption: ctx.t('pdata-export-caption', { number, name: data.person.displayName }) })
    return
  }
  if (verb === 'xoa') {
    const number = parseNumberArg(numberArg, 'member-error-number')
    if (confirm !== CONFIRM) {
      // Checks the right and the number before explaining, so the confirmation names a real member.
      const data = await services.personalData.exportMember(actor, scope.committee.id, number)
      await ctx.reply(ctx.t('pdata-erase-confirm', { number, name: data.person.displayName, confirm: CONFIRM }))
      return
    }
    const erased = await services.personalData.eraseMember(actor, scope.committee.id, number)
    await ctx.reply(ctx.t('pdata-erased', { number, accounts: erased.accounts, dialogues: erased.dialogues, messages: erased.messages }))
    return
  }
  throw new UserError('pdata-usage')
})

export const personalDataFeature = composer
