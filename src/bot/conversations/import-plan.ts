import { InlineKeyboard } from 'grammy'
import { extractPlanText, MAX_PLAN_FILE_BYTES } from '../../importer/extract-text.js'
import { matchBody } from '../../services/bodies.js'
import { UserError } from '../../services/errors.js'
import { clip, foldVietnamese } from '../../services/text.js'
import type { Actor } from '../../services/actor.js'
import type { PreparedImport } from '../../services/plan-import.js'
import type { ConvContext } from '../context.js'
import { importPreview } from '../helpers/import-preview.js'
import { splitMessage } from '../helpers/reply.js'
import { currentScope, requirePrivate } from '../helpers/scope.js'
import { leaveIfCancelled, waitAnswer, type BotConversation } from './prompt.js'

export const IMPORT_PLAN_CONVERSATION = 'import-plan'

/** A plan pasted over many messages stops here; the longest seed is 14,000 characters. */
const MAX_TEXT = 200_000
const SAVE = 'import:save'
const CANCEL = 'import:cancel'

type Outcome<T> = { ok: T } | { error: { key: string; vars: Record<string, string | number> } }

async function guard<T>(run: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: await run() }
  } catch (error) {
    if (error instanceof UserError) {
      return { error: { key: error.key, vars: error.vars } }
    }
    throw error
  }
}

/**
 * /nhapkehoach: a file (.docx, .doc, .odt, .xlsx, .txt, .html, text .pdf) or the text pasted over several messages then
 * /xong; a numbered preview to check and change line by line; saving creates everything at once.
 */
export async function importPlanConversation(conversation: BotConversation, ctx: ConvContext): Promise<void> {
  const scope = await conversation.external(async (outside) => {
    requirePrivate(outside)
    const found = await currentScope(outside)
    await outside.deps.services.permissions.require(found.committee.id, found.actor.personId, 'plan.manage')
    return {
      committeeId: found.committee.id,
      actor: found.actor,
      year: Number(outside.deps.services.clock.now().toISOString().slice(0, 4)),
    }
  })
  await ctx.reply(ctx.t('import-ask-text'))
  const userId = ctx.from?.id
  const pieces: string[] = []
  let text: string | null = null
  while (text === null) {
    const wait = conversation.waitFor(['message:text', 'message:document'], {
      otherwise: (other) => other.reply(other.t('import-need-text-or-file')),
    })
    const next = userId === undefined ? await wait : await wait.andFrom(userId)
    await leaveIfCancelled(conversation, next)
    const document = next.message?.document
    if (document) {
      if ((document.file_size ?? 0) > MAX_PLAN_FILE_BYTES) {
        await next.reply(next.t('import-error-file-too-big'))
        continue
      }
      const name = document.file_name ?? 'tep'
      const read = await conversation.external(async (outside) =>
        extractPlanText(await outside.deps.downloadFile(document.file_id), name, document.mime_type),
      )
      if ('refusal' in read) {
        await next.reply(next.t(`import-error-${read.refusal}`, { name }))
        continue
      }
      text = read.text
      continue
    }
    const message = next.message?.text ?? ''
    if (/^\/xong(@\w+)?$/i.test(message.trim())) {
      if (pieces.length === 0) {
        await next.reply(next.t('import-error-nothing-pasted'))
        continue
      }
      text = pieces.join('\n')
      continue
    }
    if (message.startsWith('/')) {
      await next.reply(next.t('conversation-interrupted'))
      await conversation.halt({ next: true })
    }
    pieces.push(message)
    if (pieces.join('\n').length > MAX_TEXT) {
      await next.reply(next.t('import-error-too-long', { max: MAX_TEXT }))
      return
    }
    if (pieces.length === 1) {
      await next.reply(next.t('import-pasting'))
    }
  }
  const planText = text
  const read = await conversation.external((outside) =>
    guard(() => outside.deps.services.planImport.prepareAll(scope.actor, scope.committeeId, planText, scope.year)),
  )
  if ('error' in read) {
    await ctx.reply(ctx.t(read.error.key, read.error.vars))
    return
  }
  const drafts: PreparedImport[] = read.ok
  const committeeBodies = await conversation.external(async (outside) =>
    (await outside.deps.services.bodies.list(scope.committeeId)).map((b) => ({
      id: b.id,
      number: b.number,
      name: b.name,
      shortName: b.shortName,
      aliases: b.aliases,
    })),
  )
  // Several plans pasted together: each is its own draft, checked and saved (or skipped) in turn.
  if (drafts.length > 1) {
    await ctx.reply(
      ctx.t('import-several', {
        count: drafts.length,
        titles: drafts.map((d, i) => `${i + 1}. ${d.draft.plan.title.slice(0, 140)}`).join('\n'),
      }),
    )
  }
  for (const [index, prepared] of drafts.entries()) {
    if (prepared.duplicate) {
      await ctx.reply(ctx.t('import-error-duplicate', { number: prepared.duplicate.number, title: prepared.duplicate.title }))
      continue
    }
    const position = drafts.length > 1 ? { index, count: drafts.length } : null
    const outcome = await reviewDraft(conversation, ctx, scope, prepared, committeeBodies, position)
    if (outcome === 'stop') {
      return
    }
  }
}

/**
 * One draft: its numbered preview, the official's changes line by line, then save or cancel (skip,
 * when it is one of several). 'stop' ends the whole import.
 */
async function reviewDraft(
  conversation: BotConversation,
  ctx: ConvContext,
  scope: { committeeId: number; actor: Actor },
  prepared: PreparedImport,
  committeeBodies: CommitteeBody[],
  position: { index: number; count: number } | null,
): Promise<'saved' | 'skipped' | 'stop'> {
  const save = position ? `${SAVE}:${position.index}` : SAVE
  const cancel = position ? `${CANCEL}:${position.index}` : CANCEL
  const keyboard = new InlineKeyboard()
    .text(ctx.t(position ? 'import-button-save-one' : 'import-button-save'), save)
    .text(ctx.t(position ? 'import-button-skip' : 'import-button-cancel'), cancel)
  const showPreview = async () => {
    const head = position ? `${ctx.t('import-draft-of', { index: position.index + 1, count: position.count })}\n` : ''
    const parts = splitMessage(`${head}${importPreview((key, vars) => ctx.t(key, vars), prepared)}`)
    for (const [index, part] of parts.entries()) {
      await ctx.reply(part, index === parts.length - 1 ? { reply_markup: keyboard } : {})
    }
  }
  await showPreview()
  for (;;) {
    const answer = await waitAnswer(conversation, ctx)
    if (answer.kind === 'choice') {
      if (answer.data === cancel) {
        if (position) {
          await ctx.reply(ctx.t('import-skipped', { index: position.index + 1 }))
          return 'skipped'
        }
        await ctx.reply(ctx.t('conversation-cancelled'))
        return 'stop'
      }
      if (answer.data !== save) {
        await ctx.reply(ctx.t('conversation-stale-button'))
        continue
      }
      const saved = await conversation.external(async (outside) => {
        const result = await guard(() => outside.deps.services.planImport.commit(scope.actor, scope.committeeId, prepared))
        // The contacts were told in the import's own transaction (through the outbox).
        return 'ok' in result ? { ok: { ...result.ok, unreachable: result.ok.reach.unreachable } } : result
      })
      if ('error' in saved) {
        await ctx.reply(ctx.t(saved.error.key, saved.error.vars))
        return position ? 'skipped' : 'stop'
      }
      const { ok } = saved
      await ctx.reply(
        ctx.t('import-saved', {
          plan: ok.planNumber,
          sessions: ok.sessionNumbers.length,
          tasks: ok.taskNumbers.length,
          bodies: ok.createdBodies.length > 0 ? ok.createdBodies.join(', ') : '-',
        }),
      )
      if (ok.unreachable.length > 0) {
        await ctx.reply(ctx.t('task-unreachable', { names: ok.unreachable.join(', ') }))
      }
      return 'saved'
    }
    try {
      const changed = await applyEdit(conversation, prepared, committeeBodies, answer.text, scope.committeeId)
      await ctx.reply(ctx.t(changed.key, changed.vars))
      if (changed.key !== 'import-edit-help') {
        await showPreview()
      }
    } catch (error) {
      if (!(error instanceof UserError)) {
        throw error
      }
      await ctx.reply(ctx.t(error.key, error.vars))
    }
  }
}

type CommitteeBody = { id: number; number: number; name: string; shortName: string | null; aliases: string[] }

/**
 * One change typed by the official: "bo 3" (drop task 3; "bo 3,5"), "han 3 chậm nhất ngày
 * 10/3/2023", "coquan 3 Ban Dân vận", "phien 3 P2" (or "phien 3 0": no session). Changes the
 * draft in place; throws UserError for a wrong line.
 */
async function applyEdit(
  conversation: BotConversation,
  prepared: PreparedImport,
  committeeBodies: CommitteeBody[],
  input: string,
  committeeId: number,
): Promise<{ key: string; vars: Record<string, string | number> }> {
  const match = /^(bo|bỏ|han|hạn|coquan|cơ quan|co quan|phien|phiên)\s+([\d,\s]+?)(?:\s+(.+))?$/i.exec(input.trim())
  if (!match) {
    return { key: 'import-edit-help', vars: {} }
  }
  const verb = foldVietnamese(match[1] ?? '').replace(/ /g, '')
  const numbers = (match[2] ?? '')
    .split(/[,\s]+/)
    .filter(Boolean)
    .map(Number)
  const rest = (match[3] ?? '').trim()
  const { tasks } = prepared.draft
  for (const n of numbers) {
    if (!Number.isInteger(n) || n < 1 || n > tasks.length) {
      throw new UserError('import-error-line', { number: n, count: tasks.length })
    }
  }
  if (verb === 'bo') {
    const drop = new Set(numbers.map((n) => n - 1))
    prepared.draft.tasks = tasks.filter((_, index) => !drop.has(index))
    return { key: 'import-edited-dropped', vars: { lines: numbers.join(', ') } }
  }
  const [first] = numbers
  const task = tasks[(first ?? 1) - 1]
  if (!task || numbers.length !== 1) {
    throw new UserError('import-error-one-line')
  }
  if (!rest) {
    return { key: 'import-edit-help', vars: {} }
  }
  switch (verb) {
    case 'han': {
      const session = task.session !== null ? prepared.draft.sessions[task.session] : undefined
      const deadline = await conversation.external((outside) =>
        outside.deps.services.planImport.redate(committeeId, rest, prepared.draft.plan.year, session?.time ?? null),
      )
      if (deadline.kind === 'none') {
        throw new UserError('task-deadline-no-deadline', { text: clip(rest, 80) })
      }
      task.deadline = deadline
      return { key: 'import-edited-deadline', vars: { line: first ?? 0 } }
    }
    case 'coquan': {
      const known = [
        ...committeeBodies,
        ...prepared.bodies
          .filter((b) => !b.existing)
          .map((b, i) => ({ id: -1 - i, number: 0, name: b.name, shortName: null, aliases: [] })),
      ]
      // A name that matches no body is a new one, marked as such in the preview (the official sees it).
      const body =
        matchBody(known, rest).body ??
        (rest.length >= 5 && rest.length <= 200 ? { id: 0, number: 0, name: rest, shortName: null, aliases: [] } : null)
      if (!body) {
        throw new UserError('body-error-not-found', { name: clip(rest, 60) })
      }
      if (!prepared.bodies.some((b) => b.name === body.name)) {
        prepared.bodies.push({
          name: body.name,
          existing: body.id > 0 ? { id: body.id, number: body.number, name: body.name, shortName: body.shortName } : null,
        })
      }
      task.coordinating = task.coordinating.filter((name) => name !== body.name)
      task.lead = body.name
      return { key: 'import-edited-body', vars: { line: first ?? 0, body: body.name } }
    }
    case 'phien': {
      const index = /^p?(\d+)$/i.exec(rest)?.[1]
      const number = index === undefined ? NaN : Number(index)
      if (!Number.isInteger(number) || number < 0 || number > prepared.draft.sessions.length) {
        throw new UserError('import-error-session', { value: clip(rest, 20), count: prepared.draft.sessions.length })
      }
      task.session = number === 0 ? null : number - 1
      const session = task.session !== null ? prepared.draft.sessions[task.session] : undefined
      task.deadline = await conversation.external((outside) =>
        outside.deps.services.planImport.redate(committeeId, task.deadline.text, prepared.draft.plan.year, session?.time ?? null),
      )
      return { key: 'import-edited-session', vars: { line: first ?? 0, session: number === 0 ? '-' : `P${number}` } }
    }
  }
  return { key: 'import-edit-help', vars: {} }
}
