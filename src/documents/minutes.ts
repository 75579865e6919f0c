import type { Committee, Minutes, OpinionView, SessionWithDetails } from '../db/repositories/index.js'
import { formatVietnamese, fromDbDate, type LocalDate } from '../services/calendar/local-date.js'
import { fieldLabel } from '../services/opinions/fields.js'
import { heading, officialHeader, paragraph, renderDocument, run, signatures, title, type DocTr } from './docx-common.js'

export interface MinutesInput {
  committee: Committee
  session: SessionWithDetails
  minutes: Minutes
  opinions: OpinionView[]
}

const dots = '……………'

/** What became of one opinion, in the minutes' words. */
function answerLine(t: DocTr, opinion: OpinionView): string {
  const who = opinion.answeredBy ?? opinion.body?.name ?? null
  switch (opinion.outcome) {
    case 'answered_at_session':
      return t('doc-answer-at-session', { who: who ?? t('doc-chair-word'), answer: opinion.answer ?? dots })
    case 'in_writing':
      return t('doc-answer-in-writing', {
        body: opinion.body?.name ?? dots,
        due: opinion.task?.dueDate ? formatVietnamese(fromDbDate(opinion.task.dueDate)) : dots,
        task: opinion.task?.number ?? '-',
      })
    case 'transferred':
      return t('doc-answer-transferred', { to: opinion.transferredTo ?? dots })
    case 'pending':
      return t('doc-answer-pending')
  }
}

/**
 * The minutes (biên bản) of a session in the official layout: header, time and place, chair,
 * secretary and participants, each opinion with its answer, the chair's closing remarks, signatures.
 * Made again from the data after every edit; its version is printed.
 */
export function minutesDocx(t: DocTr, input: MinutesInput): Promise<Uint8Array> {
  const { session, minutes } = input
  const day: LocalDate | null = session.heldOn ? fromDbDate(session.heldOn) : session.windowStart ? fromDbDate(session.windowStart) : null
  const opinionParagraphs = input.opinions.flatMap((opinion) => [
    paragraph(
      [
        run(`${opinion.number}. `, { bold: true }),
        run(
          t('doc-opinion-of', {
            speaker: opinion.speakerName ?? t('doc-speaker-unnamed'),
            place: opinion.place ?? '-',
            field: fieldLabel(t, opinion.field),
          }),
          { bold: true },
        ),
      ],
      { indent: true, after: 40 },
    ),
    paragraph(opinion.content, { indent: true, after: 40 }),
    paragraph([run(answerLine(t, opinion), { italics: true })], { indent: true, after: 120 }),
  ])
  return renderDocument(
    [
      officialHeader(t, input.committee, null, day),
      ...title(t('doc-minutes-title'), t('doc-minutes-subject', { topic: session.topic })),
      paragraph(
        t('doc-minutes-opening', {
          time: minutes.startTime ?? dots,
          date: day ? formatVietnamese(day) : dots,
          place: minutes.place ?? dots,
          committee: input.committee.name,
        }),
        { indent: true },
      ),
      heading(t('doc-minutes-part-people')),
      paragraph(t('doc-minutes-chair', { chair: minutes.chair ?? dots }), { indent: true }),
      paragraph(t('doc-minutes-secretary', { secretary: minutes.secretary ?? dots }), { indent: true }),
      paragraph(t('doc-minutes-participants', { participants: minutes.participants ?? session.audience ?? dots }), { indent: true }),
      heading(t('doc-minutes-part-opinions', { count: input.opinions.length })),
      ...(opinionParagraphs.length ? opinionParagraphs : [paragraph(t('doc-none'), { indent: true })]),
      heading(t('doc-minutes-part-closing')),
      ...(minutes.closingRemarks ?? dots).split('\n').map((line) => paragraph(line, { indent: true })),
      paragraph(t('doc-minutes-end', { time: minutes.endTime ?? dots, version: minutes.version }), { indent: true, before: 120 }),
      paragraph('', { after: 120 }),
      signatures({ role: t('doc-secretary'), name: minutes.secretary }, { role: t('doc-chair'), name: minutes.chair }),
    ],
    { title: t('doc-minutes-title'), creator: input.committee.name },
  )
}
