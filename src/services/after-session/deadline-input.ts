import { parseUserDate } from '../calendar/user-date.js'
import { parseDeadline } from '../deadlines/parse.js'
import type { DeadlineRule } from '../deadlines/rule.js'
import { UserError } from '../errors.js'
import { foldVietnamese } from '../text.js'

export type DeadlineInput = { kind: 'rule'; rule: Exclude<DeadlineRule, { kind: 'none' }> } | { kind: 'ongoing' }

/** "thường xuyên", "thuong xuyen", "liên tục": an ongoing directive without a due date. */
export function isOngoing(text: string): boolean {
  return /^(thuong xuyen|lien tuc|ongoing)$/.test(foldVietnamese(text))
}

/**
 * A deadline typed by an official: a plan's phrase ("trong thời hạn 15 ngày làm việc kể từ khi kết
 * thúc", "chậm nhất ngày 30/4/2023"), a bare date ("30/4/2023" — that day itself), or, where
 * `ongoingAllowed`, "thường xuyên". Refuses what it cannot read, never guesses.
 */
export function readDeadlineInput(text: string, year: number | null, ongoingAllowed: boolean): DeadlineInput {
  const trimmed = text.trim()
  if (ongoingAllowed && isOngoing(trimmed)) {
    return { kind: 'ongoing' }
  }
  const rule = parseDeadline(trimmed, { defaultYear: year })
  if (rule.kind !== 'none') {
    return { kind: 'rule', rule }
  }
  // Typed as a span first ("07 ngày làm việc sau buổi đối thoại", "3 ngày trước hội nghị"): the
  // plans write the same thing as "sau buổi đối thoại 07 ngày làm việc", which the parser reads.
  const spanFirst = /^(\d{1,3})\s+(ngày làm việc|ngày)\s+(sau|trước)\s+(\S.*)$/iu.exec(trimmed.normalize('NFC'))
  if (spanFirst) {
    const [, count, unit, direction, anchor] = spanFirst
    const reordered = parseDeadline(`${direction} ${anchor} ${count} ${unit}`, { defaultYear: year })
    if (reordered.kind !== 'none') {
      return { kind: 'rule', rule: { ...reordered, text: trimmed } }
    }
  }
  if (/^\d{1,2}\s*[/.-]\s*\d{1,2}(\s*[/.-]\s*\d{4})?$|^\d{4}-\d\d-\d\d$/.test(trimmed)) {
    const date = parseUserDate(trimmed, year)
    return { kind: 'rule', rule: { kind: 'absolute', date, inclusive: true, text: trimmed } }
  }
  throw new UserError('task-error-deadline-unreadable', { text: trimmed.slice(0, 80) })
}
