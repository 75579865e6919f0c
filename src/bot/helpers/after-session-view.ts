import type { BridgePointView, ConclusionItemView } from '../../db/repositories/index.js'
import { formatVietnamese, fromDbDate, type LocalDate } from '../../services/calendar/local-date.js'
import { fieldLabel } from '../../services/opinions/fields.js'
import type { OpinionEntry } from '../../services/opinions/opinions.js'
import type { RegistrationEntry } from '../../services/opinions/registrations.js'
import { classifyTask } from '../../services/tasks/outcomes.js'
import type { BotContext } from '../context.js'
export { rollupLines } from '../../jobs/after-session-content.js'
import { formatDateTime } from './labels.js'
import { clip } from '../../services/text.js'

type Translate = (key: string, vars?: Record<string, string | number>) => string

const dateOf = (date: Date | null) => (date ? formatVietnamese(fromDbDate(date)) : null)

/**
 * The link that opens registration in the bot (Telegram's start parameter); null where the bot has
 * no public name, so the message gives only the code to type (on Zalo: "/dk MÃ").
 */
export function registrationLink(ctx: BotContext, code: string): string | null {
  const username = ctx.me?.username
  return username ? `https://t.me/${username}?start=dk_${code}` : null
}

/** "3. (thứ tự 1)[phát biểu] Nguyễn Văn A — thôn 2, xã Phổ An · Đề nghị … → LĐTBXH (NV số 12)", under its field. */
export function registrationLine(t: Translate, entry: RegistrationEntry): string {
  const who = entry.name ? `${entry.name} — ${entry.place ?? '-'}${entry.phone ? ` (${entry.phone})` : ''} · ` : ''
  const order = entry.speakOrder ? t('registration-order-mark', { order: entry.speakOrder }) : ''
  const state =
    entry.state === 'merged'
      ? ` ${t('registration-merged-mark', { number: entry.mergedInto ?? '?' })}`
      : entry.state === 'withdrawn'
        ? ` ${t('registration-withdrawn-mark')}`
        : ''
  const body = entry.body
    ? ` → ${entry.body.shortName ?? entry.body.name}${entry.task ? ` (${t('task-number-short', { number: entry.task.number })})` : ''}`
    : ''
  const mode = t(entry.mode === 'speak' ? 'registration-mode-speak-short' : 'registration-mode-written-short')
  const recorded = entry.recorded ? ` ${t('registration-recorded-mark')}` : ''
  return `${entry.number}. ${order}[${mode}] ${who}${clip(entry.content, 120)}${body}${recorded}${state}`
}

/** What became of an opinion, in one phrase. */
export function opinionOutcome(
  t: Translate,
  entry: Pick<OpinionEntry, 'outcome' | 'body' | 'answeredBy' | 'transferredTo' | 'task'>,
  today: LocalDate,
): string {
  switch (entry.outcome) {
    case 'answered_at_session':
      return t('opinion-outcome-at-session', { who: entry.answeredBy ?? entry.body ?? t('opinion-chair') })
    case 'transferred':
      return t('opinion-outcome-transferred', { to: entry.transferredTo ?? '-' })
    case 'pending':
      return t('opinion-outcome-pending')
    case 'in_writing': {
      const task = entry.task
      const state = task
        ? classifyTask(
            {
              status: task.status as 'open' | 'done' | 'cancelled',
              dueDate: task.dueDate ? fromDbDate(task.dueDate) : null,
              completedOn: task.completedOn ? fromDbDate(task.completedOn) : null,
            },
            today,
          )
        : null
      return t('opinion-outcome-in-writing', {
        body: entry.body ?? '-',
        task: task?.number ?? '-',
        due: dateOf(task?.dueDate ?? null) ?? t('task-no-due'),
        state: state ? t(`outcome-${state.replace(/_/g, '-')}`) : t('outcome-cancelled'),
      })
    }
  }
}

/** "2. Nguyễn Văn B (thôn 3) · Chính sách: … — trả lời bằng văn bản: …" */
export function opinionLine(t: Translate, entry: OpinionEntry, today: LocalDate): string {
  const who =
    entry.speakerName || entry.place ? `${entry.speakerName ?? t('opinion-unnamed')}${entry.place ? ` (${entry.place})` : ''} · ` : ''
  return `${entry.number}. ${who}${fieldLabel(t, entry.field)}: ${clip(entry.content, 140)}\n   → ${opinionOutcome(t, entry, today)}`
}

/** "KL 2 → số 15, SNN (chủ trì), hạn 30/06/2023 — 60% — còn hạn" */
export function itemLine(t: Translate, item: ConclusionItemView, today: LocalDate): string {
  const task = item.task
  const lead = task.bodies.filter((b) => b.role === 'lead').map((b) => b.body.shortName ?? b.body.name)
  const progress = task.progress[0]
  const outcome =
    task.status === 'cancelled'
      ? 'cancelled'
      : classifyTask(
          {
            status: task.status,
            dueDate: task.dueDate ? fromDbDate(task.dueDate) : null,
            completedOn: task.completedOn ? fromDbDate(task.completedOn) : null,
          },
          today,
        )
  return t('item-line', {
    position: item.position,
    content: clip(item.content, 110),
    task: task.number,
    lead: lead.join(', ') || '-',
    due: item.ongoing ? t('item-due-ongoing') : (dateOf(task.dueDate) ?? t('task-no-due')),
    progress: progress ? `${progress.percent}%` : '0%',
    state: t(`outcome-${(outcome ?? 'cancelled').replace(/_/g, '-')}`),
    milestones: task.milestones.length,
  })
}

/** "2. Hội trường Huyện ủy Bình Sơn (BTV HU Bình Sơn) — phòng ✓ · kết nối ✗ · phụ trách: -" */
export function bridgeLine(t: Translate, point: BridgePointView, timeZone: string): string {
  const mark = (ok: boolean) => (ok ? '✓' : '✗')
  return t('bridge-line', {
    number: point.position + 1,
    place: point.place,
    body: point.body?.shortName ?? point.body?.name ?? '-',
    room: mark(point.roomReady),
    connection: mark(point.connectionTested),
    liaison: point.liaisonName ? `${point.liaisonName}${point.liaisonPhone ? `, ${point.liaisonPhone}` : ''}` : '-',
    ready: point.readyAt ? t('bridge-ready-at', { at: formatDateTime(point.readyAt, timeZone) }) : t('bridge-not-ready'),
  })
}

/** "Chưa báo được: …" after a reply, when an announcement could not reach someone; empty otherwise. */
export function unreachableTail(t: Translate, reach: { unreachable: string[] }): string {
  return reach.unreachable.length ? `\n${t('task-unreachable', { names: reach.unreachable.join(', ') })}` : ''
}
