import { Composer, InputFile } from 'grammy'
import { formatVietnamese, localDateOf } from '../../services/calendar/local-date.js'
import { UserError } from '../../services/errors.js'
import { readRegistrationCode, type RegistrationEntry } from '../../services/opinions/registrations.js'
import { fieldLabel } from '../../services/opinions/fields.js'
import { roleAllows } from '../../services/permissions.js'
import { foldVietnamese } from '../../services/text.js'
import { localHhmm } from '../../services/time.js'
import { speakerListDocx } from '../../documents/speaker-list.js'
import type { BotContext } from '../context.js'
import { BRIDGE_READY_CONVERSATION, type BridgeArgs } from '../conversations/bridge-readiness.js'
import { pickBody } from '../conversations/assign-task.js'
import { REGISTER_SPEAKER_CONVERSATION, type RegisterArgs } from '../conversations/register-speaker.js'
import { bridgeLine, registrationLine, registrationLink, unreachableTail } from '../helpers/after-session-view.js'
import { dueText } from '../../services/wording.js'
import { replyLong } from '../helpers/reply.js'
import { currentScope, parseNumberArg, requirePrivate, requireRight } from '../helpers/scope.js'
import { sessionWhenWithWords } from '../helpers/session-view.js'

const composer = new Composer<BotContext>()

/** In the committee's language: what the bot writes into the committee's data (task titles, rules). */
const committeeTr = (ctx: BotContext, locale: string) => (key: string, vars?: Record<string, string | number>) =>
  ctx.deps.translate(locale, key, vars)

async function startRegistration(ctx: BotContext, raw: string): Promise<void> {
  requirePrivate(ctx)
  const code = readRegistrationCode(raw)
  if (!code) {
    throw new UserError('registration-error-code', { code: raw.slice(0, 20) })
  }
  // Checked before the dialogue starts, so a closed or unknown code is answered at once.
  await ctx.deps.services.afterSession.registrations.sessionForCode(code)
  await ctx.conversation.enter(REGISTER_SPEAKER_CONVERSATION, { code } satisfies RegisterArgs)
}

// t.me/<bot>?start=dk_<code>: the link posted to the groups. Other start payloads go on to /start.
composer.command('start', async (ctx, next) => {
  const payload = ctx.match.trim()
  if (ctx.chat?.type === 'private' && /^dk_/i.test(payload)) {
    await startRegistration(ctx, payload)
    return
  }
  await next()
})

/** /dk MÃ: registration by the code typed (on Zalo, and for whoever heard it on the loudspeaker). */
composer.command('dk', async (ctx) => {
  const arg = ctx.match.trim()
  if (!arg) {
    throw new UserError('registration-usage')
  }
  await startRegistration(ctx, arg)
})

// "DK K7P2QX" or "dk_K7P2QX" typed as a plain message in private.
composer.on('message:text').filter(
  (ctx) => ctx.chat.type === 'private' && typeof ctx.message.text === 'string' && /^dk[\s_-]*[a-z2-9]{6}$/i.test(ctx.message.text.trim()),
  async (ctx) => startRegistration(ctx, ctx.message.text),
)

/** The registrations under their field, by place within it: how the secretariat spots duplicates and shares out questions. */
function byFieldAndPlace(ctx: BotContext, entries: RegistrationEntry[]): string[] {
  const groups = new Map<string, RegistrationEntry[]>()
  for (const entry of entries) {
    const label = fieldLabel(ctx.t, entry.field)
    groups.set(label, [...(groups.get(label) ?? []), entry])
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'vi'))
    .flatMap(([label, list]) => [
      ctx.t('speakers-field', { field: label, count: list.length }),
      ...list
        .sort((a, b) => (a.place ?? '').localeCompare(b.place ?? '', 'vi') || a.number - b.number)
        .map((e) => registrationLine(ctx.t, e)),
    ])
}

/**
 * /phatbieu SỐ — the registrations of a session (secretariat and leaders, in private; a body's
 * contact sees those given to their bodies); mo, dong, gui, gop, giao, thutu, xuat act on them.
 */
composer.command('phatbieu', async (ctx) => {
  requirePrivate(ctx)
  const scope = await currentScope(ctx)
  const { services } = ctx.deps
  const registrations = services.afterSession.registrations
  const [first = '', verb = '', ...rest] = ctx.match.trim().split(/\s+/)
  if (!first) {
    throw new UserError('speakers-usage')
  }
  const number = parseNumberArg(first, 'session-error-number')
  const word = foldVietnamese(verb)
  const tz = scope.committee.timeZone
  const moment = (at: Date) => `${localHhmm(at, tz)} ${formatVietnamese(localDateOf(at, tz))}`
  switch (word) {
    case '': {
      const { session, personal, entries } = await registrations.list(scope.actor, scope.committee.id, number)
      const open = session.registrationCode && session.registrationClosesAt && session.registrationClosesAt > services.clock.now()
      const lines = [
        ctx.t('speakers-header', { number: session.number, topic: session.topic, count: entries.length }),
        session.registrationCode
          ? ctx.t(open ? 'speakers-open' : 'speakers-closed', {
              code: session.registrationCode,
              closes: session.registrationClosesAt ? moment(session.registrationClosesAt) : '-',
            })
          : ctx.t('speakers-not-open'),
        '',
        ...(entries.length ? byFieldAndPlace(ctx, entries) : [ctx.t('speakers-none')]),
        '',
        ctx.t(
          personal ? (roleAllows(scope.role, 'opinion.manage') ? 'speakers-hint-manage' : 'speakers-hint-view') : 'speakers-hint-body',
          {
            number: session.number,
          },
        ),
      ]
      await replyLong(ctx, lines.join('\n'))
      return
    }
    case 'mo': {
      const result = await registrations.open(scope.actor, scope.committee.id, number, rest.join(' ') || null)
      await ctx.reply(
        ctx.t('speakers-opened', {
          number,
          code: result.code,
          link: registrationLink(ctx, result.code) ?? '-',
          closes: moment(result.closesAt),
        }),
      )
      return
    }
    case 'dong': {
      await registrations.close(scope.actor, scope.committee.id, number)
      await ctx.reply(ctx.t('speakers-closed-now', { number }))
      return
    }
    case 'gui': {
      const reach = await registrations.announce(scope.actor, scope.committee.id, number, (code) => registrationLink(ctx, code))
      await ctx.reply(ctx.t('speakers-announced', { number, groups: reach.groups }))
      return
    }
    case 'gop': {
      const [keep, ...others] = rest.map((n) => parseNumberArg(n, 'registration-merge-usage'))
      if (keep === undefined) {
        throw new UserError('registration-merge-usage')
      }
      const result = await registrations.merge(scope.actor, scope.committee.id, number, keep, others)
      await ctx.reply(ctx.t('speakers-merged', { keep: result.keep, merged: result.merged.join(', ') }))
      return
    }
    case 'giao': {
      // /phatbieu 1 giao 3 SNN | chậm nhất ngày 20/3/2023
      const [who = '', deadline = ''] = rest
        .join(' ')
        .split('|')
        .map((p) => p.trim())
      const [regText = '', ...bodyWords] = who.split(/\s+/)
      const reg = parseNumberArg(regText, 'registration-assign-usage')
      if (bodyWords.length === 0) {
        throw new UserError('registration-assign-usage')
      }
      await requireRight(ctx, 'opinion.manage')
      const body = pickBody(await services.bodies.list(scope.committee.id), bodyWords.join(' '))
      const result = await registrations.assign(scope.actor, scope.committee.id, number, reg, body.id, deadline || null)
      await ctx.reply(
        ctx.t('speakers-assigned', {
          number: reg,
          body: body.name,
          task: result.task.number,
          due: dueText(ctx.t, result.task),
          words: result.task.deadlineText ?? '-',
        }) + unreachableTail(ctx.t, result.reach),
      )
      return
    }
    case 'thutu': {
      const order = await registrations.order(
        scope.actor,
        scope.committee.id,
        number,
        rest
          .flatMap((n) => n.split(','))
          .filter(Boolean)
          .map((n) => parseNumberArg(n, 'registration-order-usage')),
      )
      await ctx.reply(ctx.t('speakers-ordered', { number, order: order.join(' → ') }))
      return
    }
    case 'xuat': {
      const data = await registrations.exportList(scope.actor, scope.committee.id, number)
      const t = committeeTr(ctx, scope.committee.locale)
      const bytes = await speakerListDocx(t, { ...data, when: sessionWhenWithWords(t, data.session) })
      await ctx.replyWithDocument(new InputFile(bytes, `danh-sach-dang-ky-phat-bieu-buoi-${number}.docx`), {
        caption: ctx.t('speakers-exported', { number, count: data.rows.length }),
      })
      return
    }
    default:
      throw new UserError('speakers-usage')
  }
})

/**
 * /diemcau SỐ — the bridge points of an online session and whether each is ready; han (the time to
 * confirm by), giao (the body answering for a point), sansang (a point's liaison confirms).
 */
composer.command('diemcau', async (ctx) => {
  const scope = await currentScope(ctx)
  const points = ctx.deps.services.afterSession.bridgePoints
  const [first = '', verb = '', ...rest] = ctx.match.trim().split(/\s+/)
  if (!first) {
    throw new UserError('bridge-usage')
  }
  const number = parseNumberArg(first, 'session-error-number')
  const tz = scope.committee.timeZone
  const moment = (at: Date) => `${localHhmm(at, tz)} ${formatVietnamese(localDateOf(at, tz))}`
  switch (foldVietnamese(verb)) {
    case '': {
      const { session, points: list } = await points.list(scope.committee.id, number)
      await replyLong(
        ctx,
        [
          ctx.t('bridge-header', { number: session.number, topic: session.topic }),
          session.readinessDueAt ? ctx.t('bridge-due', { at: moment(session.readinessDueAt) }) : ctx.t('bridge-no-due'),
          '',
          ...list.map((p) => bridgeLine(ctx.t, p, tz)),
          '',
          ctx.t('bridge-hint', { number: session.number }),
        ].join('\n'),
      )
      return
    }
    case 'han': {
      const result = await points.setDue(scope.actor, scope.committee.id, number, rest.join(' ') || null)
      await ctx.reply(ctx.t('bridge-due-set', { number, at: moment(result.at) }))
      return
    }
    case 'giao': {
      const [pointText = '', ...words] = rest
      const point = parseNumberArg(pointText, 'bridge-usage')
      await requireRight(ctx, 'session.manage')
      const body = pickBody(await ctx.deps.services.bodies.list(scope.committee.id), words.join(' '))
      const updated = await points.setBody(scope.actor, scope.committee.id, number, point, body.id)
      await ctx.reply(ctx.t('bridge-body-set', { number: point, place: updated.place, body: body.name }))
      return
    }
    case 'sansang': {
      // /diemcau 2 sansang 3 | Nguyễn Văn B, 0905 123 456 — room and connection confirmed, with the liaison.
      const [pointText = '', liaison = ''] = rest
        .join(' ')
        .split('|')
        .map((p) => p.trim())
      const point = parseNumberArg(pointText, 'bridge-usage')
      if (liaison) {
        const result = await points.confirm(scope.actor, scope.committee.id, number, point, {
          roomReady: true,
          connectionTested: true,
          liaison,
        })
        await ctx.reply(
          ctx.t(result.ready ? 'bridge-confirmed-ready' : 'bridge-confirmed-not-ready', { number: point, place: result.point.place }),
        )
        return
      }
      await ctx.conversation.enter(BRIDGE_READY_CONVERSATION, { session: number, point } satisfies BridgeArgs)
      return
    }
    default:
      throw new UserError('bridge-usage')
  }
})

export { composer as speakersFeature }
