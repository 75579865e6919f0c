import type { Committee, MemberRole } from '../../db/repositories/index.js'
import type { Actor } from '../../services/actor.js'
import { UserError } from '../../services/errors.js'
import { clip } from '../../services/text.js'
import { mayRead, type Action, type ReadPlace, type ReadTopic } from '../../services/permissions.js'
import type { BotContext } from '../context.js'
import { hasPersonSender, isGroupChat } from '../filters/senders.js'

export interface Scope {
  actor: Actor
  committee: Committee
  role: MemberRole | null
}

/**
 * The acting person, or a refusal: for anonymous admins and channels, and for a person the bot
 * does not know in a group (not a member of any committee: see middlewares/identify.ts).
 */
export function requireActor(ctx: BotContext): Actor {
  if (!ctx.actor) {
    throw new UserError(hasPersonSender(ctx) ? 'error-not-member' : 'error-anonymous')
  }
  return ctx.actor
}

/**
 * The committee a command acts on: the group's committee in a registered group, the person's
 * active committee in private. An unregistered group learns only how to register.
 */
export async function currentScope(ctx: BotContext): Promise<Scope> {
  const actor = requireActor(ctx)
  if (isGroupChat(ctx)) {
    if (!ctx.binding?.active) {
      throw new UserError('group-unregistered')
    }
    const role = await ctx.deps.services.permissions.roleOf(ctx.binding.committeeId, actor.personId)
    return { actor, committee: ctx.binding.committee, role }
  }
  const context = await ctx.deps.services.people.context(actor.personId)
  if (!context.committee) {
    throw new UserError(
      (await ctx.deps.services.people.listCommittees(actor.personId)).length > 1 ? 'error-choose-committee' : 'error-no-committee',
    )
  }
  return { actor, committee: context.committee, role: context.role }
}

/** The scope, after checking the acting person's role allows `action` in its committee. */
export async function requireRight(ctx: BotContext, action: Action): Promise<Scope> {
  const scope = await currentScope(ctx)
  await ctx.deps.services.permissions.require(scope.committee.id, scope.actor.personId, action)
  return scope
}

/** Only in a private chat (codes and personal data never go to groups). */
export function requirePrivate(ctx: BotContext): void {
  if (ctx.chat?.type !== 'private') {
    throw new UserError('error-private-only')
  }
}

/** The largest number a person types for a task, body, plan… (and that button data may carry). */
export const MAX_TYPED_NUMBER = 1_000_000

/**
 * Parses a positive whole number typed by a user (a body or member number). Nothing typed at all
 * gets `usageKey` ("/nop SỐ, ví dụ /nop 3"), not "“” is not a number".
 */
export function parseNumberArg(raw: string | undefined, errorKey: string, usageKey?: string): number {
  const text = (raw ?? '').trim()
  if (text === '' && usageKey) {
    throw new UserError(usageKey)
  }
  const value = Number(text)
  if (!/^\d+$/.test(text) || !Number.isInteger(value) || value <= 0 || value > MAX_TYPED_NUMBER) {
    throw new UserError(text === '' ? 'error-number-missing' : errorKey, { value: clip(text, 20) })
  }
  return value
}

export interface ReadScope {
  committee: Committee
  role: MemberRole | null
  /** Null for a stranger in a registered group (not stored: see middlewares/identify.ts). */
  actor: Actor | null
  where: ReadPlace
}

/**
 * The committee a *reading* command shows, after checking `topic` may be read here (the rule is
 * `mayRead` in services/permissions): in a registered group anyone reads its public facts; people,
 * settings and tasks need a role in the committee.
 */
export async function readScope(ctx: BotContext, topic: ReadTopic): Promise<ReadScope> {
  if (isGroupChat(ctx)) {
    if (!ctx.binding?.active) {
      throw new UserError('group-unregistered')
    }
    const role = ctx.actor ? await ctx.deps.services.permissions.roleOf(ctx.binding.committeeId, ctx.actor.personId) : null
    if (!mayRead(topic, role, 'registered-group')) {
      throw new UserError('error-members-only')
    }
    return { committee: ctx.binding.committee, role, actor: ctx.actor, where: 'registered-group' }
  }
  const scope = await currentScope(ctx)
  if (!mayRead(topic, scope.role, 'private')) {
    throw new UserError('error-not-member')
  }
  return { ...scope, where: 'private' }
}
