import { OUTCOME_CLASSES, type OutcomeClass } from '../services/tasks/outcomes.js'
import { OUTCOME_COLOURS } from './colours.js'
import { escapeHtml as escapeXml } from '../services/text.js'

/**
 * The dashboard's charts as SVG, drawn on the server (no charting script in the browser, nothing
 * fetched from elsewhere): the four classes as a ring, the weekly trend as stacked columns, and bars
 * by body. Text takes the page's font and colours (Telegram's theme); numbers are rounded to two
 * decimals so the same data always gives the same picture.
 */

type Counts = Record<OutcomeClass, number> & { total: number }

/** The words a chart needs, in the reader's language. */
export interface ChartWords {
  legend: Record<OutcomeClass, string>
  /** Under the ring's total: "nhiệm vụ". */
  tasks: string
  /** Shown instead of a chart without data. */
  empty: string
}

const WIDTH = 420
const n = (value: number) => (Math.round(value * 100) / 100).toString()

function svg(height: number, label: string, body: string): string {
  return (
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${n(height)}" width="100%" role="img" aria-label="${escapeXml(label)}" ` +
    `xmlns="http://www.w3.org/2000/svg">${body}</svg>`
  )
}

function emptyChart(words: ChartWords, height = 60): string {
  return svg(
    height,
    words.empty,
    `<text x="${WIDTH / 2}" y="${height / 2}" text-anchor="middle" class="hint">${escapeXml(words.empty)}</text>`,
  )
}

/** The legend as HTML (it wraps on a phone, which an SVG legend would not). */
export function legendHtml(words: ChartWords, counts?: Counts): string {
  return `<ul class="legend">${OUTCOME_CLASSES.map(
    (c) =>
      `<li><span class="swatch" style="background:${OUTCOME_COLOURS[c]}"></span>${escapeXml(words.legend[c])}` +
      `${counts ? ` <b>${counts[c]}</b>` : ''}</li>`,
  ).join('')}</ul>`
}

/** The four classes as a ring around the total. */
export function classRing(counts: Counts, words: ChartWords): string {
  if (counts.total === 0) {
    return emptyChart(words)
  }
  const radius = 62
  const circumference = 2 * Math.PI * radius
  const cx = WIDTH / 2
  const cy = 90
  let offset = 0
  const arcs = OUTCOME_CLASSES.filter((c) => counts[c] > 0).map((c) => {
    const length = (counts[c] / counts.total) * circumference
    const arc =
      `<circle cx="${cx}" cy="${cy}" r="${radius}" fill="none" stroke="${OUTCOME_COLOURS[c]}" stroke-width="26" ` +
      `stroke-dasharray="${n(length)} ${n(circumference - length)}" stroke-dashoffset="${n(-offset)}" ` +
      `transform="rotate(-90 ${cx} ${cy})"><title>${escapeXml(words.legend[c])}: ${counts[c]}</title></circle>`
    offset += length
    return arc
  })
  const label = OUTCOME_CLASSES.map((c) => `${words.legend[c]}: ${counts[c]}`).join(', ')
  return svg(
    180,
    label,
    `${arcs.join('')}<text x="${cx}" y="${cy + 4}" text-anchor="middle" class="big">${counts.total}</text>` +
      `<text x="${cx}" y="${cy + 24}" text-anchor="middle" class="hint">${escapeXml(words.tasks)}</text>`,
  )
}

/** Stacked columns, one a week (the last is today), with the day under every other column. */
export function trendColumns(points: { label: string; counts: Counts }[], words: ChartWords): string {
  if (points.every((p) => p.counts.total === 0)) {
    return emptyChart(words)
  }
  const top = 14
  const plot = 150
  const left = 34
  const gap = 6
  const width = (WIDTH - left - 4) / points.length
  const max = Math.max(...points.map((p) => p.counts.total))
  const scale = plot / max
  const grid = [0, Math.round(max / 2), max]
    .filter((v, i, all) => all.indexOf(v) === i)
    .map((v) => {
      const y = top + plot - v * scale
      return (
        `<line x1="${left}" x2="${WIDTH - 4}" y1="${n(y)}" y2="${n(y)}" class="grid"/>` +
        `<text x="${left - 5}" y="${n(y + 4)}" text-anchor="end" class="axis">${v}</text>`
      )
    })
  const columns = points.map((p, i) => {
    const x = left + i * width + gap / 2
    let y = top + plot
    const parts = OUTCOME_CLASSES.filter((c) => p.counts[c] > 0).map((c) => {
      const h = p.counts[c] * scale
      y -= h
      return `<rect x="${n(x)}" y="${n(y)}" width="${n(width - gap)}" height="${n(h)}" fill="${OUTCOME_COLOURS[c]}"/>`
    })
    const tip = `${p.label}: ${OUTCOME_CLASSES.map((c) => `${words.legend[c]} ${p.counts[c]}`).join(', ')}`
    const label =
      (points.length - 1 - i) % 2 === 0
        ? `<text x="${n(x + (width - gap) / 2)}" y="${top + plot + 16}" text-anchor="middle" class="axis">${escapeXml(p.label)}</text>`
        : ''
    return `<g><title>${escapeXml(tip)}</title>${parts.join('')}</g>${label}`
  })
  return svg(top + plot + 24, words.legend.open_overdue, `${grid.join('')}${columns.join('')}`)
}

/** One horizontal bar per row, stacked by class, the row's total at its end. */
export function barsByRow(rows: { label: string; counts: Counts }[], words: ChartWords): string {
  if (rows.length === 0) {
    return emptyChart(words)
  }
  const labelWidth = 120
  const row = 26
  const area = WIDTH - labelWidth - 40
  const max = Math.max(1, ...rows.map((r) => r.counts.total))
  const body = rows.map((r, i) => {
    const y = i * row + 4
    let x = labelWidth
    const parts = OUTCOME_CLASSES.filter((c) => r.counts[c] > 0).map((c) => {
      const w = (r.counts[c] / max) * area
      const rect = `<rect x="${n(x)}" y="${y + 3}" width="${n(w)}" height="${row - 10}" fill="${OUTCOME_COLOURS[c]}"/>`
      x += w
      return rect
    })
    const label = r.label.length > 18 ? `${r.label.slice(0, 17)}…` : r.label
    return (
      `<g><title>${escapeXml(r.label)}: ${OUTCOME_CLASSES.map((c) => `${words.legend[c]} ${r.counts[c]}`).join(', ')}</title>` +
      `<text x="${labelWidth - 6}" y="${y + 15}" text-anchor="end" class="label">${escapeXml(label)}</text>${parts.join('')}` +
      `<text x="${n(x + 5)}" y="${y + 15}" class="axis">${r.counts.total}</text></g>`
    )
  })
  return svg(rows.length * row + 8, words.legend.open_overdue, body.join(''))
}
