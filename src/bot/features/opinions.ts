import { Composer, InlineKeyboard, InputFile } from 'grammy'
import { minutesDocx } from '../../documents/minutes.js'
import { UserError } from '../../services/errors.js'
import type { MinutesField } from '../../services/opinions/opinions.js'
import { roleAllows } from '../../services/permissions.js'
import { foldVietnamese } from '../../services/text.js'
import { recordOpinionData } from '../callback-data/after-session.js'
import type { BotContext } from '../context.js'
import { RECORD_OPINION_CONVERSATION, type OpinionArgs } from '../conversations/record-opinion.js'
import { opinionLine } from '../helpers/after-session-view.js'
import { replyLong } from '../helpers/reply.js'
import { currentScope, parseNumberArg, requireActor, requirePrivate, requireRight } from '../helpers/scope.js'

const composer = new Composer<BotContext>()

/** The words after /bienban SỐ that name a field of the minutes. */
const MINUTES_WORDS: Record<string, MinutesField> = {
  batdau: 'startTime',
  giobatdau: 'startTime',
  ketthuc: 'endTime',
  gioketthuc: 'endTime',
  diadiem: 'place',
  chutri: 'chair',
  thuky: 'secretary',
  thanhphan: 'participants',
  ketluan: 'closingRemarks',
}

const EDIT_WORDS: Record<string, 'content' | 'answer' | 'speakerName' | 'place' | 'field'> = {
  noidung: 'content',
  traloi: 'answer',
  nguoi: 'speakerName',
  nguoiphatbieu: 'speakerName',
  noi: 'place',
  diachi: 'place',
  linhvuc: 'field',
}

/**
 * /ykien SỐ — the opinions of a session and what became of them (names and places for the
 * secretariat and leaders only); /ykien SỐ ghi records them; /ykien SỐ sua N … corrects one;
 * /ykien alone: the opinions a contact's bodies must answer.
 */
composer.command('ykien', async (ctx) => {
  const scope = await currentScope(ctx)
  const { services } = ctx.deps
  const opinions = services.afterSession.opinions
  const [first = '', verb = '', ...rest] = ctx.match.trim().split(/\s+/)
  const today = await services.tasks.today(scope.committee.id)
  if (!first) {
    const mine = await opinions.ofMyBodies(scope.actor, scope.committee.id)
    await replyLong(
      ctx,
      [
        ctx.t('opinion-mine-header', { count: mine.length }),
        ...(mine.length
          ? mine.map((o) => `${ctx.t('opinion-session-mark', { number: o.session.number })} ${opinionLine(ctx.t, o, today)}`)
          : [ctx.t('opinion-none')]),
      ].join('\n'),
    )
    return
  }
  const number = parseNumberArg(first, 'session-error-number')
  switch (foldVietnamese(verb)) {
    case '': {
      const { session, personal, entries } = await opinions.list(scope.actor, scope.committee.id, number)
      if (personal) {
        requirePrivate(ctx)
      }
      const manage = roleAllows(scope.role, 'opinion.manage') && ctx.chat?.type === 'private'
      await replyLong(
        ctx,
        [
          ctx.t('opinion-header', { number: session.number, topic: session.topic, count: entries.length }),
          '',
          ...(entries.length ? entries.map((e) => opinionLine(ctx.t, e, today)) : [ctx.t('opinion-none')]),
          '',
          ctx.t(manage ? 'opinion-hint-manage' : 'opinion-hint-view', { number: session.number }),
        ].join('\n'),
        manage
          ? new InlineKeyboard().text(
              ctx.t('opinion-button-record'),
              recordOpinionData.pack({ committee: scope.committee.id, session: number }),
            )
          : undefined,
      )
      return
    }
    case 'ghi': {
      requirePrivate(ctx)
      await requireRight(ctx, 'opinion.manage')
      await services.sessions.get(scope.committee.id, number)
      await ctx.conversation.enter(RECORD_OPINION_CONVERSATION, { session: number } satisfies OpinionArgs)
      return
    }
    case 'sua': {
      // /ykien 1 sua 3 traloi Đã giải thích …
      requirePrivate(ctx)
      const [opinionText = '', what = '', ...value] = rest
      const field = EDIT_WORDS[foldVietnamese(what).replace(/ /g, '')]
      if (!field || value.length === 0) {
        throw new UserError('opinion-edit-usage')
      }
      const opinion = parseNumberArg(opinionText, 'opinion-edit-usage')
      await opinions.edit(scope.actor, scope.committee.id, number, opinion, field, value.join(' '))
      await ctx.reply(ctx.t('opinion-edited', { number: opinion, session: number }))
      return
    }
    default:
      throw new UserError('opinion-usage')
  }
})

composer.callbackQuery(recordOpinionData.pattern, async (ctx) => {
  requireActor(ctx)
  const { committee, session } = recordOpinionData.unpack(ctx.callbackQuery.data)
  await ctx.answerCallbackQuery()
  const scope = await currentScope(ctx)
  if (scope.committee.id !== Number(committee)) {
    throw new UserError('conversation-stale-button')
  }
  await requireRight(ctx, 'opinion.manage')
  await ctx.conversation.enter(RECORD_OPINION_CONVERSATION, { session: Number(session) } satisfies OpinionArgs)
})

/**
 * /bienban SỐ — the minutes as a .docx made from what was recorded (secretariat and leaders, in
 * private); /bienban SỐ chutri|thuky|thanhphan|diadiem|batdau|ketthuc|ketluan … changes a field.
 */
composer.command('bienban', async (ctx) => {
  requirePrivate(ctx)
  const scope = await requireRight(ctx, 'personal.view')
  const opinions = ctx.deps.services.afterSession.opinions
  const [first = '', verb = '', ...rest] = ctx.match.trim().split(/\s+/)
  const number = parseNumberArg(first, 'session-error-number')
  if (verb) {
    const field = MINUTES_WORDS[foldVietnamese(verb).replace(/ /g, '')]
    if (!field || rest.length === 0) {
      throw new UserError('minutes-usage')
    }
    // The raw text after the field's word keeps its line breaks (closing remarks run over lines).
    const value = ctx.match.trim().slice(ctx.match.trim().indexOf(verb) + verb.length)
    const { minutes } = await opinions.setMinutes(scope.actor, scope.committee.id, number, field, value)
    await ctx.reply(
      ctx.t('minutes-changed', {
        number,
        field: ctx.t(`minutes-field-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`),
        version: minutes.version,
      }),
    )
    return
  }
  const data = await opinions.minutesDocument(scope.actor, scope.committee.id, number)
  const t = (key: string, vars?: Record<string, string | number>) => ctx.deps.translate(scope.committee.locale, key, vars)
  const bytes = await minutesDocx(t, data)
  const m = data.minutes
  await ctx.replyWithDocument(new InputFile(bytes, `bien-ban-buoi-${number}-ban-${m.version}.docx`), {
    caption: ctx.t('minutes-caption', {
      number,
      version: m.version,
      opinions: data.opinions.length,
      chair: m.chair ?? '-',
      secretary: m.secretary ?? '-',
      start: m.startTime ?? '-',
      end: m.endTime ?? '-',
    }),
  })
})

export { composer as opinionsFeature }
