import { describe, expect, it } from 'vitest'
import { classifyTask, completionDate, countOutcomes, type OutcomeTask } from '../../src/services/tasks/outcomes.js'

const task = (status: OutcomeTask['status'], dueDate: string | null, completedOn: string | null = null): OutcomeTask => ({
  status,
  dueDate,
  completedOn,
})

describe('the four outcome classes', () => {
  it.each([
    [task('done', '2023-02-27', '2023-02-27'), '2023-03-10', 'done_on_time'],
    [task('done', '2023-02-27', '2023-02-28'), '2023-03-10', 'done_late'],
    [task('open', '2023-02-27'), '2023-02-27', 'open_in_term'],
    [task('open', '2023-02-27'), '2023-02-28', 'open_overdue'],
    [task('open', null), '2030-01-01', 'open_in_term'],
    [task('done', null, '2023-05-05'), '2023-05-05', 'done_on_time'],
    [task('cancelled', '2023-02-27'), '2023-03-01', null],
  ])('%o on %s is %s', (t, on, expected) => {
    expect(classifyTask(t, on)).toBe(expected)
  })

  it('counts by any grouping, and counts extensions apart', () => {
    const tasks = [
      { ...task('done', '2023-02-27', '2023-02-20'), body: 'SGDĐT', session: 1, extended: false },
      { ...task('done', '2023-02-27', '2023-03-01'), body: 'SGDĐT', session: 1, extended: true },
      { ...task('open', '2023-03-22'), body: 'BDVTU', session: 1, extended: false },
      { ...task('open', '2023-02-27'), body: 'BDVTU', session: 2, extended: false },
      { ...task('cancelled', '2023-02-27'), body: 'BDVTU', session: 2, extended: false },
    ]
    const { total, groups } = countOutcomes(tasks, '2023-03-01', (t) => [t.body, `s${t.session}`])
    expect(total).toEqual({ done_on_time: 1, done_late: 1, open_in_term: 1, open_overdue: 1, total: 4, extended: 1 })
    expect(groups.get('SGDĐT')).toMatchObject({ done_on_time: 1, done_late: 1, total: 2 })
    expect(groups.get('BDVTU')).toMatchObject({ open_in_term: 1, open_overdue: 1, total: 2 })
    expect(groups.get('s2')).toMatchObject({ open_overdue: 1, total: 1 })
  })
})

describe('the date a task is done on', () => {
  it('is the document’s date, held between the assignment and the confirmation', () => {
    expect(completionDate({ documentDate: '2023-02-27', submittedOn: '2023-02-28' }, '2023-01-10')).toBe('2023-02-27')
    expect(completionDate({ documentDate: '2023-03-02', submittedOn: '2023-02-28' }, '2023-01-10')).toBe('2023-02-28')
    expect(completionDate({ documentDate: '2023-01-02', submittedOn: '2023-02-28' }, '2023-01-10')).toBe('2023-01-10')
  })
})
