import { Composer, InlineKeyboard } from 'grammy'
import { mayRead, roleAllows } from '../../services/permissions.js'
import type { Body } from '../../db/repositories/index.js'
import { UserError } from '../../services/errors.js'
import { foldVietnamese } from '../../services/text.js'
import { removeBodyData } from '../callback-data/codec.js'
import type { BotContext } from '../context.js'
import { pickBody } from '../conversations/assign-task.js'
import { validateFullName } from '../../services/committees.js'
import { EDIT_BODY_CONVERSATION, parseAliases, type EditBodyArgs } from '../conversations/edit-body.js'
import { bodyLine } from '../helpers/labels.js'
import { replyLong } from '../helpers/reply.js'
import { currentScope, parseNumberArg, readScope, requireActor, type ReadScope, type Scope } from '../helpers/scope.js'

const composer = new Composer<BotContext>()

const SUBCOMMANDS: Record<string, 'add' | 'edit' | 'remove' | 'head'> = {
  truong: 'head',
  thutruong: 'head',
  head: 'head',
  them: 'add',
  add: 'add',
  sua: 'edit',
  edit: 'edit',
  doiten: 'edit',
  xoa: 'remove',
  remove: 'remove',
}

async function requireManager(ctx: BotContext, scope: Scope): Promise<void> {
  await ctx.deps.services.permissions.require(scope.committee.id, scope.actor.personId, 'body.manage')
}

async function listBodies(ctx: BotContext, scope: ReadScope): Promise<void> {
  const bodies = await ctx.deps.services.bodies.list(scope.committee.id)
  const lines = bodies.map((body) => bodyLine(body))
  const manager = roleAllows(scope.role, 'body.manage')
  const text = [
    ctx.t('body-list-header', { committee: scope.committee.name, count: bodies.length }),
    '',
    ...(lines.length > 0 ? lines : [ctx.t('body-list-empty')]),
    ...(manager ? ['', ctx.t('body-list-manage-hint')] : ['', ctx.t('body-list-view-hint')]),
  ].join('\n')
  await replyLong(ctx, text)
}

async function showBody(ctx: BotContext, scope: ReadScope, body: Body): Promise<void> {
  const { services } = ctx.deps
  // Contacts are people: their names only to members (services/permissions: mayRead).
  if (!mayRead('people', scope.role, scope.where)) {
    await ctx.reply(ctx.t('body-details-public', { body: bodyLine(body), aliases: body.aliases.join(', ') || '-' }))
    return
  }
  const contacts = await services.bodies.contacts(body.id)
  const chats = (await services.chats.listActive(scope.committee.id)).filter((chat) => chat.bodyId === body.id)
  await ctx.reply(
    ctx.t('body-details', {
      body: bodyLine(body),
      aliases: body.aliases.join(', ') || '-',
      contacts:
        contacts.map((c) => (c.isHead ? `${c.person.displayName} (${ctx.t('body-head-mark')})` : c.person.displayName)).join(', ') ||
        ctx.t('body-no-contacts'),
      groups: chats.map((c) => c.title ?? c.externalId).join(', ') || '-',
    }),
  )
}

composer.command('coquan', async (ctx) => {
  const [first = '', ...rest] = ctx.match.trim().split(/\s+/)
  const action = SUBCOMMANDS[foldVietnamese(first).replace(/ /g, '')]
  if (!action) {
    const reader = await readScope(ctx, 'public')
    if (!first) {
      await listBodies(ctx, reader)
      return
    }
    if (/^\d+$/.test(first)) {
      await showBody(ctx, reader, await ctx.deps.services.bodies.get(reader.committee.id, parseNumberArg(first, 'body-error-number')))
      return
    }
    // "/coquan Sở Y tế": the body by its name, short name or alias, as /viec TÊN finds it.
    const bodies = await ctx.deps.services.bodies.list(reader.committee.id)
    const body = pickBody(bodies, ctx.match.trim())
    await showBody(
      ctx,
      reader,
      bodies.find((b) => b.id === body.id) ?? (await ctx.deps.services.bodies.get(reader.committee.id, body.number)),
    )
    return
  }
  const scope = await currentScope(ctx)
  await requireManager(ctx, scope)
  if (action === 'add') {
    const inline = ctx.match.trim().slice(first.length).trim()
    if (inline) {
      // One-line form: /coquan them Tên | Tên viết tắt | bí danh 1, bí danh 2
      // (more "|" after the short name are more aliases, not dropped)
      const [name = '', shortName = '', ...aliases] = inline.split('|').map((part) => part.trim())
      const body = await ctx.deps.services.bodies.add(scope.actor, scope.committee.id, {
        name: validateFullName(name),
        shortName: shortName || null,
        aliases: parseAliases(aliases.join(', ')),
      })
      await ctx.reply(ctx.t('body-added', { body: bodyLine(body), aliases: body.aliases.join(', ') || '-' }))
      return
    }
    await ctx.conversation.enter(EDIT_BODY_CONVERSATION, { number: null } satisfies EditBodyArgs)
    return
  }
  const number = parseNumberArg(rest[0], 'body-error-number', 'body-usage')
  if (action === 'head' && !rest.slice(1).join(' ').trim()) {
    throw new UserError('body-usage')
  }
  if (action === 'head') {
    const { body, head } = await ctx.deps.services.bodies.setHead(scope.actor, scope.committee.id, number, rest.slice(1).join(' '))
    await ctx.reply(head ? ctx.t('body-head-set', { body: bodyLine(body), head }) : ctx.t('body-head-cleared', { body: bodyLine(body) }))
    return
  }
  const body = await ctx.deps.services.bodies.get(scope.committee.id, number)
  if (action === 'edit') {
    await ctx.conversation.enter(EDIT_BODY_CONVERSATION, { number } satisfies EditBodyArgs)
    return
  }
  const keyboard = new InlineKeyboard()
    .text(ctx.t('button-remove'), removeBodyData.pack({ committee: scope.committee.id, number, step: 'yes' }))
    .text(ctx.t('button-keep'), removeBodyData.pack({ committee: scope.committee.id, number, step: 'no' }))
  await ctx.reply(ctx.t('body-remove-confirm', { body: bodyLine(body) }), { reply_markup: keyboard })
})

composer.callbackQuery(removeBodyData.pattern, async (ctx) => {
  const actor = requireActor(ctx)
  const { committee, number, step } = removeBodyData.unpack(ctx.callbackQuery.data)
  await ctx.answerCallbackQuery()
  if (step !== 'yes') {
    await ctx.editMessageText(ctx.t('conversation-cancelled'))
    return
  }
  const removed = await ctx.deps.services.bodies.remove(actor, Number(committee), Number(number), ctx.deps.services.clock.now())
  await ctx.editMessageText(ctx.t('body-removed', { body: bodyLine(removed) }))
})

export { composer as bodiesFeature }
