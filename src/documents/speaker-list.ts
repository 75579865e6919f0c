import type { Committee, SessionWithDetails } from '../db/repositories/index.js'
import type { LocalDate } from '../services/calendar/local-date.js'
import { fieldLabel } from '../services/opinions/fields.js'
import type { RegistrationEntry } from '../services/opinions/registrations.js'
import { grid, officialHeader, paragraph, renderDocument, signatures, title, type DocTr } from './docx-common.js'

export interface SpeakerListInput {
  committee: Committee
  session: SessionWithDetails
  today: LocalDate
  /** `when` of the session as the officials read it ("Thứ Sáu, 24/03/2023 lúc 08:00"). */
  when: string
  rows: (RegistrationEntry & { merged: number[] })[]
}

/** "Danh sách đăng ký phát biểu": the printed form of a session's registrations, speakers in order first. */
export function speakerListDocx(t: DocTr, input: SpeakerListInput): Promise<Uint8Array> {
  const { session } = input
  const rows = input.rows.map((row, index) => [
    String(index + 1),
    `${row.name ?? ''}${row.phone ? `\n${row.phone}` : ''}`,
    row.place ?? '',
    fieldLabel(t, row.field),
    row.content,
    t(row.mode === 'speak' ? 'doc-mode-speak' : 'doc-mode-written'),
    [
      row.body?.name ?? '',
      row.merged.length ? t('doc-merged', { numbers: row.merged.join(', ') }) : '',
      t('doc-registration-number', { number: row.number }),
    ]
      .filter(Boolean)
      .join('\n'),
  ])
  return renderDocument(
    [
      officialHeader(t, input.committee, null, input.today),
      ...title(t('doc-speaker-list-title'), t('doc-speaker-list-subject', { number: session.number, topic: session.topic })),
      paragraph(t('doc-session-when', { when: input.when }), { align: 'left' }),
      paragraph(t('doc-session-where', { place: session.venue ?? session.bridgePoints.find((p) => p.kind === 'central')?.place ?? '…' }), {
        align: 'left',
      }),
      paragraph(t('doc-speaker-list-count', { count: input.rows.length, speak: input.rows.filter((r) => r.mode === 'speak').length }), {
        align: 'left',
        after: 160,
      }),
      grid(
        [
          t('doc-col-order'),
          t('doc-col-name'),
          t('doc-col-place'),
          t('doc-col-field'),
          t('doc-col-content'),
          t('doc-col-mode'),
          t('doc-col-body'),
        ],
        rows.length ? rows : [['', t('doc-none'), '', '', '', '', '']],
        [6, 15, 13, 11, 31, 9, 15],
      ),
      paragraph('', { after: 240 }),
      signatures(null, { role: t('doc-list-maker'), name: null }),
    ],
    { title: t('doc-speaker-list-title'), creator: input.committee.name },
  )
}
