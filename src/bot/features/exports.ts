import { Composer, InputFile } from 'grammy'
import { trackingWorkbook, auditWorkbook } from '../../documents/tracking-workbook.js'
import { XLSX_CONTENT_TYPE } from '../../documents/xlsx-stream.js'
import { formatVietnamese, localDateOf } from '../../services/calendar/local-date.js'
import { UserError } from '../../services/errors.js'
import { stripDiacritics } from '../../services/text.js'
import type { BotContext } from '../context.js'
import { currentScope, requireActor, requirePrivate } from '../helpers/scope.js'

const composer = new Composer<BotContext>()

/** The word after /xuat, typed with or without diacritics ("nhật ký", "nhatky", "lịch", "lich"), and the rest. */
function readVerb(match: string): { verb: string | undefined; rest: string[] } {
  const words = match.trim().split(/\s+/).filter(Boolean)
  const first = stripDiacritics(words[0] ?? '')
  if (first === 'nhat' && stripDiacritics(words[1] ?? '') === 'ky') {
    return { verb: 'nhatky', rest: words.slice(2) }
  }
  return { verb: words[0] === undefined ? undefined : first, rest: words.slice(1) }
}

/**
 * A file for the person who asked, in this private chat: as a document where the chat carries files,
 * else (Zalo) as a one-time download link served by our HTTP server.
 */
async function sendFile(ctx: BotContext, file: { bytes: Buffer; fileName: string }, caption: string): Promise<void> {
  if (ctx.deps.capabilities.files === 'upload-link') {
    const link = await ctx.deps.services.exports.downloads.offer(requireActor(ctx), { ...file, contentType: XLSX_CONTENT_TYPE })
    if (!link) {
      throw new UserError('export-error-no-link')
    }
    await ctx.reply(ctx.t('export-download-link', { caption, ...link }))
    return
  }
  await ctx.replyWithDocument(new InputFile(file.bytes, file.fileName), { caption })
}

/**
 * /xuat — the exports, in private (they hold people's names):
 *   /xuat                    the tracking table (.xlsx): owner, secretariat, leaders
 *   /xuat nhatky TỪ ĐẾN      the audit trail of a period (.xlsx): owner, secretariat
 *   /xuat lich [moi]         the sessions' calendar address (made once, or replaced): owner, secretariat
 * Who may is decided by the services; the files are worded in the committee's language.
 */
composer.command('xuat', async (ctx) => {
  requirePrivate(ctx)
  const scope = await currentScope(ctx)
  const { services } = ctx.deps
  const { verb, rest } = readVerb(ctx.match)
  const fileT = (key: string, vars?: Record<string, string | number>) => ctx.deps.translate(scope.committee.locale, key, vars)
  const now = () => services.clock.now()

  if (!verb) {
    const source = await services.exports.tracking(scope.actor, scope.committee.id)
    // The file takes seconds at a province's volume: show that it is coming.
    await ctx.replyWithChatAction('upload_document').catch(() => undefined)
    const file = await trackingWorkbook(fileT, source, now())
    const counts = file.rows.slice(-2)
    const caption = [
      ctx.t('export-tracking-caption', {
        committee: scope.committee.name,
        date: formatVietnamese(source.asOf),
        tasks: file.tasks,
        sheets: file.rows.length,
        opinions: counts[0] ?? 0,
        items: counts[1] ?? 0,
      }),
      ...(source.personal ? [] : [ctx.t('export-tracking-no-personal')]),
    ].join('\n')
    await sendFile(ctx, file, caption)
    return
  }
  if (verb === 'nhatky') {
    const source = await services.exports.auditTrail(scope.actor, scope.committee.id, rest[0], rest[1])
    await ctx.replyWithChatAction('upload_document').catch(() => undefined)
    const file = await auditWorkbook(fileT, source, now())
    await sendFile(
      ctx,
      file,
      ctx.t('export-audit-caption', {
        committee: scope.committee.name,
        from: formatVietnamese(source.from),
        to: formatVietnamese(source.to),
        events: file.rows[0] ?? 0,
      }),
    )
    return
  }
  if (verb === 'lich' && (rest.length === 0 || (rest.length === 1 && stripDiacritics(rest[0] ?? '') === 'moi'))) {
    const calendar = services.exports.calendar
    const result =
      rest.length === 1 ? await calendar.rotate(scope.actor, scope.committee.id) : await calendar.show(scope.actor, scope.committee.id)
    if (result.kind === 'exists') {
      await ctx.reply(
        ctx.t('export-calendar-exists', {
          name: result.createdBy,
          date: formatVietnamese(localDateOf(result.createdAt, scope.committee.timeZone)),
        }),
      )
      return
    }
    await ctx.reply(ctx.t('export-calendar-made', { committee: scope.committee.name, url: result.url }))
    return
  }
  throw new UserError('export-usage')
})

export const exportsFeature = composer
