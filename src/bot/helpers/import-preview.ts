import { formatVietnamese } from '../../services/calendar/local-date.js'
import type { PreparedImport } from '../../services/plan-import.js'
import { clip } from '../../services/text.js'

type Translate = (key: string, vars?: Record<string, string | number>) => string

/**
 * The numbered preview of an imported plan: the plan, its sessions (P1, P2 …), then its tasks
 * grouped by lead body with the computed due date next to the plan's own words, new bodies
 * marked, and what the official must look at. Task numbers are the ones edits refer to.
 */
export function importPreview(t: Translate, prepared: PreparedImport): string {
  const { draft } = prepared
  const isNew = new Set(prepared.bodies.filter((b) => !b.existing).map((b) => b.name))
  const lines = [
    t('import-preview-plan', { title: draft.plan.title, year: String(draft.plan.year ?? '?'), number: draft.plan.number ?? '-' }),
    '',
    t('import-preview-sessions', { count: draft.sessions.length }),
    ...draft.sessions.map((s, i) => `P${i + 1}. ${clip(s.topic, 90)} — ${s.time.text || t('import-preview-unscheduled')}`),
  ]
  if (draft.plan.adHoc) {
    lines.push(t('import-preview-ad-hoc'))
  }
  lines.push('', t('import-preview-tasks', { count: draft.tasks.length }))
  const order = [...new Set(draft.tasks.map((task) => task.lead))]
  for (const lead of order) {
    lines.push(`▸ ${lead}${isNew.has(lead) ? ` ${t('import-preview-new-body')}` : ''}`)
    draft.tasks.forEach((task, index) => {
      if (task.lead !== lead) {
        return
      }
      const due =
        task.deadline.kind === 'none'
          ? t('task-no-due')
          : task.deadline.due
            ? `${t('task-due', { due: formatVietnamese(task.deadline.due) })}` +
              `${task.deadline.provisional ? ` ${t('task-due-provisional')}` : ''}`
            : t('import-preview-due-later')
      const words = task.deadline.kind === 'none' ? '' : ` «${clip(wordsOf(task.deadline.text), 80)}»`
      const session = task.session !== null ? ` · P${task.session + 1}` : ''
      lines.push(`  ${index + 1}. ${clip(task.what, 110)} — ${due}${words}${session}`)
    })
  }
  if (draft.warnings.length > 0) {
    lines.push('', t('import-preview-warnings'), ...draft.warnings.map((w) => `• ${t(w.key, w.vars)}`))
  }
  lines.push('', t('import-preview-help'))
  return lines.join('\n')
}

/** The words that open a deadline phrase. */
const DEADLINE_CUE = new RegExp(
  `(${[
    'chậm nhất',
    'trước ngày',
    'trước khi',
    String.raw`trước \d`,
    'trong thời hạn',
    'trong vòng',
    'đến ngày',
    'hạn chót',
    'không quá',
    'báo cáo (6 tháng|năm|quý)',
    'định kỳ',
  ].join('|')})`,
  'i',
)

/** The deadline phrase within its sentence: from the cue words to the end of the clause. */
function wordsOf(sentence: string): string {
  const cue = DEADLINE_CUE.exec(sentence)
  return (cue ? sentence.slice(cue.index) : sentence).replace(/[.;/]+$/, '')
}
