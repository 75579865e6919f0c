import { createCanvas, loadImage } from '@napi-rs/canvas'
import type { SessionRollupLine } from '../services/after-session/read-model.js'
import { emptyCounts, type OutcomeClass, type OutcomeCounts } from '../services/tasks/outcomes.js'
import { renderOutcomeChart } from './outcome-chart.js'

/**
 * The weekly summary's second chart: per held session, its conclusion items and its written answers
 * by the four outcome classes (done on time, late, in term, overdue), drawn like the first chart.
 */
export function renderAfterSessionChart(input: {
  title: string
  subtitle: string
  sessions: SessionRollupLine[]
  itemsLabel: (number: number) => string
  answersLabel: (number: number) => string
  legend: Record<OutcomeClass, string>
  emptyText: string
  others: (count: number) => string
}): Promise<Buffer> {
  const counts = (values: Record<OutcomeClass, number>): OutcomeCounts => {
    const c = emptyCounts()
    for (const key of Object.keys(values) as OutcomeClass[]) {
      c[key] = values[key]
      c.total += values[key]
    }
    return c
  }
  const rows = input.sessions.flatMap((s) => {
    const i = s.rollup.items
    const items = counts({ done_on_time: i.doneOnTime, done_late: i.doneLate, open_in_term: i.inProgress, open_overdue: i.overdue })
    const answers = counts(s.rollup.opinions.writing)
    return [
      ...(items.total > 0 ? [{ label: input.itemsLabel(s.number), counts: items }] : []),
      ...(answers.total > 0 ? [{ label: input.answersLabel(s.number), counts: answers }] : []),
    ]
  })
  return renderOutcomeChart({
    title: input.title,
    subtitle: input.subtitle,
    rows,
    legend: input.legend,
    emptyText: input.emptyText,
    others: input.others,
  })
}

/**
 * Two charts as one picture, one above the other: the summary goes out as one text and one picture
 * whatever it holds, so the second chart travels in the same image as the first.
 */
export async function stackCharts(pictures: Buffer[]): Promise<Buffer> {
  const images = await Promise.all(pictures.map((p) => loadImage(p)))
  const width = Math.max(...images.map((i) => i.width))
  const height = images.reduce((sum, i) => sum + i.height, 0)
  const canvas = createCanvas(width, height)
  const ctx = canvas.getContext('2d')
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, width, height)
  let y = 0
  for (const image of images) {
    ctx.drawImage(image, 0, y)
    y += image.height
  }
  return canvas.encode('png')
}
