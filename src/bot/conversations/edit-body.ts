import { InlineKeyboard } from 'grammy'
import { validateFullName } from '../../services/committees.js'
import type { ConvContext } from '../context.js'
import { bodyLine } from '../helpers/labels.js'
import { currentScope } from '../helpers/scope.js'
import { askText, attempt, type BotConversation } from './prompt.js'

export const EDIT_BODY_CONVERSATION = 'edit-body'

/** Number of the body to rename, or null to add a new one. */
export type EditBodyArgs = { number: number | null }

const KEEP = 'keep'
const NONE = 'none'

/** Splits "Dân vận tỉnh, BDV" into aliases. */
export function parseAliases(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter(Boolean)
}

/**
 * /coquan them and /coquan sua N: name, short name, aliases. When renaming, a button keeps the
 * current value of each field.
 */
export async function editBodyConversation(conversation: BotConversation, ctx: ConvContext, args: EditBodyArgs): Promise<void> {
  const current =
    args.number === null
      ? null
      : await attempt(conversation, async (outside) => {
          const scope = await currentScope(outside)
          const body = await outside.deps.services.bodies.get(scope.committee.id, args.number ?? 0)
          return { number: body.number, name: body.name, shortName: body.shortName, aliases: body.aliases }
        })
  if (current && !current.ok) {
    await ctx.reply(ctx.t(current.key, current.vars))
    return
  }
  const before = current?.value ?? null
  const keep = (label: string) => new InlineKeyboard().text(label, KEEP)
  const keepOrNone = (label: string) => new InlineKeyboard().text(label, KEEP).text(ctx.t('body-button-none'), NONE)

  if (before) {
    await ctx.reply(ctx.t('body-editing', { body: bodyLine(before) }))
  }
  const name = await askText(
    conversation,
    ctx,
    ctx.t('body-ask-name'),
    validateFullName,
    before ? keep(ctx.t('body-button-keep', { value: before.name })) : undefined,
    (data) => (data === KEEP && before ? before.name : undefined),
  )
  const shortName = await askText(
    conversation,
    ctx,
    ctx.t('body-ask-short-name'),
    (text) => (text === '-' ? null : text),
    before?.shortName
      ? keepOrNone(ctx.t('body-button-keep', { value: before.shortName }))
      : new InlineKeyboard().text(ctx.t('body-button-none'), NONE),
    (data) => (data === KEEP ? (before?.shortName ?? null) : data === NONE ? null : undefined),
  )
  const aliases = await askText(
    conversation,
    ctx,
    ctx.t('body-ask-aliases'),
    (text) => (text === '-' ? [] : parseAliases(text)),
    before && before.aliases.length > 0
      ? keepOrNone(ctx.t('body-button-keep', { value: before.aliases.join(', ') }))
      : new InlineKeyboard().text(ctx.t('body-button-none'), NONE),
    (data) => (data === KEEP ? (before?.aliases ?? []) : data === NONE ? [] : undefined),
  )

  const saved = await attempt(conversation, async (outside) => {
    const scope = await currentScope(outside)
    const input = { name, shortName, aliases }
    const body = before
      ? await outside.deps.services.bodies.update(scope.actor, scope.committee.id, before.number, input)
      : await outside.deps.services.bodies.add(scope.actor, scope.committee.id, input)
    return { line: bodyLine(body), aliases: body.aliases.join(', ') }
  })
  if (!saved.ok) {
    await ctx.reply(ctx.t(saved.key, saved.vars))
    return
  }
  await ctx.reply(ctx.t(before ? 'body-updated' : 'body-added', { body: saved.value.line, aliases: saved.value.aliases || '-' }))
}
