import { formatVietnamese } from '../services/calendar/local-date.js'
import type { PeriodReportData } from '../services/after-session/read-model.js'
import { pendingOpinions } from '../services/after-session/rollups.js'
import { fieldLabel } from '../services/opinions/fields.js'
import { grid, heading, officialHeader, paragraph, recipients, renderDocument, signatures, title, type DocTr } from './docx-common.js'

const FILL = '………………………………………………………………………………………………'

/**
 * The six-month or annual report drafted from the data, in the structure offices use: results
 * (sessions held and not held, opinions by field and outcome, conclusion items by body and outcome,
 * overdue items), then limits, causes and proposals left as headings to fill.
 */
export function periodReportDocx(t: DocTr, data: PeriodReportData): Promise<Uint8Array> {
  const periodWords = t(data.period === 'six_months' ? 'doc-period-six-months' : 'doc-period-annual', { year: String(data.year) })
  const o = data.total.opinions
  const i = data.total.items
  const heldLines = data.held.map((s) =>
    paragraph(t('doc-report-held-line', { number: s.number, topic: s.topic, date: s.heldOn ? formatVietnamese(s.heldOn) : '…' }), {
      indent: true,
    }),
  )
  const notHeldLines = data.notHeld.map((s) =>
    paragraph(
      t(s.cancelled ? 'doc-report-cancelled-line' : 'doc-report-not-held-line', {
        number: s.number,
        topic: s.topic,
        time: s.timeText,
        reason: s.reason ?? '…',
      }),
      { indent: true },
    ),
  )
  return renderDocument(
    [
      officialHeader(t, data.committee, null, data.asOf),
      ...title(t('doc-report-title'), t('doc-report-subject', { period: periodWords })),
      paragraph(t('doc-report-intro', { committee: data.committee.name, period: periodWords, asOf: formatVietnamese(data.asOf) }), {
        indent: true,
      }),
      heading(t('doc-report-part-results')),
      heading(t('doc-report-sessions', { held: data.held.length, notHeld: data.notHeld.length })),
      ...(heldLines.length ? heldLines : [paragraph(t('doc-report-none-held'), { indent: true })]),
      ...notHeldLines,
      heading(t('doc-report-opinions')),
      paragraph(
        t('doc-report-opinions-total', {
          received: o.received,
          atSession: o.answeredAtSession,
          writing: o.writing.done_on_time + o.writing.done_late + o.writing.open_in_term + o.writing.open_overdue,
          onTime: o.writing.done_on_time,
          late: o.writing.done_late,
          inTerm: o.writing.open_in_term,
          overdue: o.writing.open_overdue,
          transferred: o.transferred,
          pending: pendingOpinions(o),
        }),
        { indent: true, after: 120 },
      ),
      grid(
        [
          t('doc-col-field'),
          t('doc-col-total'),
          t('doc-col-at-session'),
          t('doc-col-writing-on-time'),
          t('doc-col-writing-late'),
          t('doc-col-writing-open'),
          t('doc-col-transferred'),
          t('doc-col-undecided'),
        ],
        data.byField.length
          ? data.byField.map(({ field, rollup }) => [
              fieldLabel(t, field),
              String(rollup.received),
              String(rollup.answeredAtSession),
              String(rollup.writing.done_on_time),
              String(rollup.writing.done_late),
              String(rollup.writing.open_in_term + rollup.writing.open_overdue),
              String(rollup.transferred),
              String(rollup.undecided),
            ])
          : [[t('doc-none'), '0', '0', '0', '0', '0', '0', '0']],
        [28, 9, 11, 11, 10, 11, 10, 10],
      ),
      heading(t('doc-report-items')),
      paragraph(
        t('doc-report-items-total', {
          total: i.total,
          onTime: i.doneOnTime,
          late: i.doneLate,
          inProgress: i.inProgress,
          ongoing: i.ongoing,
          overdue: i.overdue,
        }),
        { indent: true, after: 120 },
      ),
      grid(
        [
          t('doc-col-lead-body'),
          t('doc-col-total'),
          t('doc-col-on-time'),
          t('doc-col-late'),
          t('doc-col-in-progress'),
          t('doc-col-overdue'),
        ],
        data.byBody.length
          ? data.byBody.map(({ body, rollup }) => [
              body,
              String(rollup.total),
              String(rollup.doneOnTime),
              String(rollup.doneLate),
              String(rollup.inProgress),
              String(rollup.overdue),
            ])
          : [[t('doc-none'), '0', '0', '0', '0', '0']],
        [40, 12, 12, 12, 12, 12],
      ),
      heading(t('doc-report-overdue', { count: data.overdue.length })),
      ...(data.overdue.length
        ? [
            grid(
              [t('doc-col-task'), t('doc-col-content'), t('doc-col-lead-body'), t('doc-col-due')],
              data.overdue.map((row) => [String(row.number), row.title, row.body, formatVietnamese(row.due)]),
              [10, 50, 25, 15],
            ),
          ]
        : [paragraph(t('doc-report-no-overdue'), { indent: true })]),
      heading(t('doc-report-part-limits')),
      paragraph(FILL, { indent: true }),
      heading(t('doc-report-part-causes')),
      paragraph(FILL, { indent: true }),
      heading(t('doc-report-part-proposals')),
      paragraph(FILL, { indent: true }),
      paragraph('', { after: 120 }),
      signatures(null, { role: t('doc-report-signer', { committee: data.committee.name }), name: null }),
      ...recipients(t, [t('doc-report-recipient-above'), t('doc-report-recipient-file')]),
    ],
    { title: `${t('doc-report-title')} ${periodWords}`, creator: data.committee.name },
  )
}
