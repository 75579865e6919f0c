import { describe, expect, it } from 'vitest'
import { createCanvas, loadImage } from '@napi-rs/canvas'
import { OUTCOME_COLOURS, renderOutcomeChart, type OutcomeChartInput } from '../../src/charts/outcome-chart.js'

const counts = (onTime: number, late: number, inTerm: number, overdue: number) => ({
  done_on_time: onTime,
  done_late: late,
  open_in_term: inTerm,
  open_overdue: overdue,
  total: onTime + late + inTerm + overdue,
  extended: 0,
})
const input = (rows: OutcomeChartInput['rows']): OutcomeChartInput => ({
  title: 'Tình hình thực hiện nhiệm vụ — Ban Thường vụ Tỉnh ủy',
  subtitle: 'Đến ngày 23/11/2026',
  rows,
  legend: { done_on_time: 'đúng hạn', done_late: 'trễ hạn', open_in_term: 'còn hạn', open_overdue: 'quá hạn' },
  emptyText: 'Chưa có nhiệm vụ nào.',
  others: (n) => `${n} cơ quan khác`,
})

async function pixels(png: Buffer) {
  const image = await loadImage(png)
  const canvas = createCanvas(image.width, image.height)
  const ctx = canvas.getContext('2d')
  ctx.drawImage(image, 0, 0)
  return {
    width: image.width,
    height: image.height,
    at: (x: number, y: number) => {
      const [r, g, b] = ctx.getImageData(x, y, 1, 1).data
      return `#${[r, g, b].map((v) => (v ?? 0).toString(16).padStart(2, '0')).join('')}`
    },
  }
}

describe('the outcome chart', () => {
  it('draws one bar per body, stacked in the order of the classes, scaled to the largest', async () => {
    const image = await pixels(
      await renderOutcomeChart(
        input([
          { label: 'SGDĐT', counts: counts(2, 0, 1, 1) },
          { label: 'SYT', counts: counts(0, 0, 0, 2) },
        ]),
      ),
    )
    expect([image.width, image.height]).toEqual([1000, 96 + 2 * 34 + 70])
    // Bars start after the 260-pixel label column; the first row's middle is at y = 96 + 17.
    // SGDĐT has 4 tasks over 680 pixels (170 each): on time from 260 to 600, in term to 770, overdue to 940.
    expect(image.at(300, 96 + 8)).toBe(OUTCOME_COLOURS.done_on_time)
    expect(image.at(700, 96 + 8)).toBe(OUTCOME_COLOURS.open_in_term)
    expect(image.at(900, 96 + 8)).toBe(OUTCOME_COLOURS.open_overdue)
    // SYT: 2 overdue tasks, half the width; white after it.
    expect(image.at(300, 96 + 34 + 8)).toBe(OUTCOME_COLOURS.open_overdue)
    expect(image.at(700, 96 + 34 + 8)).toBe('#ffffff')
  })

  it('keeps 30 rows at most, summing the rest into the last one', async () => {
    const rows = Array.from({ length: 45 }, (_, i) => ({ label: `Cơ quan ${i + 1}`, counts: counts(1, 0, 0, 0) }))
    const image = await pixels(await renderOutcomeChart(input(rows)))
    expect(image.height).toBe(96 + 30 * 34 + 70)
    // The last row sums 16 bodies: the widest bar, full width; an ordinary row is 1/16 of it.
    expect(image.at(930, 96 + 29 * 34 + 8)).toBe(OUTCOME_COLOURS.done_on_time)
    expect(image.at(330, 96 + 8)).toBe('#ffffff')
  })

  it('draws a picture with a line of text when there is no task', async () => {
    const image = await pixels(await renderOutcomeChart(input([])))
    expect(image.height).toBe(96 + 34 + 70)
  })
})
