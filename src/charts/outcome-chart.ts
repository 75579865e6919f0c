import { createRequire } from 'node:module'
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas'
import { OUTCOME_CLASSES, type OutcomeClass, type OutcomeCounts } from '../services/tasks/outcomes.js'
import { OUTCOME_COLOURS } from './colours.js'

/**
 * The weekly summary's chart: one horizontal bar per body, stacked by outcome class, drawn
 * in-process with Skia (@napi-rs/canvas ships prebuilt binaries on npm, no system libraries) and
 * DejaVu Sans from npm, which has every Vietnamese letter — a system font may not.
 */

const FONT = 'DejaVu Sans'
let fontLoaded = false

function loadFont(): void {
  if (!fontLoaded) {
    const require = createRequire(import.meta.url)
    GlobalFonts.registerFromPath(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'), FONT)
    GlobalFonts.registerFromPath(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'), FONT)
    fontLoaded = true
  }
}

export { OUTCOME_COLOURS }

export interface OutcomeChartInput {
  title: string
  subtitle: string
  rows: { label: string; counts: OutcomeCounts }[]
  /** The legend's words for each class, in the reader's language. */
  legend: Record<OutcomeClass, string>
  /** Shown instead of bars when there is no task at all. */
  emptyText: string
  /** The label of the last row when bodies beyond the 30th are summed into it. */
  others: (count: number) => string
}

const WIDTH = 1000
const LABEL_WIDTH = 260
const ROW_HEIGHT = 34
const TOP = 96
const MAX_ROWS = 30

function fitText(ctx: SKRSContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) {
    return text
  }
  let cut = text
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > width) {
    cut = cut.slice(0, -1)
  }
  return `${cut.trimEnd()}…`
}

/** Renders the chart as a PNG. Bodies beyond 30 are summed into one last row, so the picture stays readable. */
export async function renderOutcomeChart(input: OutcomeChartInput): Promise<Buffer> {
  loadFont()
  const rows = input.rows.length > MAX_ROWS ? foldTail(input.rows, MAX_ROWS, input.others) : input.rows
  const height = TOP + Math.max(rows.length, 1) * ROW_HEIGHT + 70
  const canvas = createCanvas(WIDTH, height)
  const ctx = canvas.getContext('2d')
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, WIDTH, height)

  ctx.fillStyle = '#1a1a1a'
  ctx.font = `bold 22px "${FONT}"`
  ctx.fillText(fitText(ctx, input.title, WIDTH - 40), 20, 36)
  ctx.font = `15px "${FONT}"`
  ctx.fillStyle = '#555555'
  ctx.fillText(fitText(ctx, input.subtitle, WIDTH - 40), 20, 62)

  const barArea = WIDTH - LABEL_WIDTH - 60
  const max = Math.max(1, ...rows.map((row) => row.counts.total))
  if (rows.length === 0) {
    ctx.fillText(input.emptyText, 20, TOP + 22)
  }
  rows.forEach((row, index) => {
    const y = TOP + index * ROW_HEIGHT
    ctx.font = `14px "${FONT}"`
    ctx.fillStyle = '#1a1a1a'
    ctx.textAlign = 'right'
    ctx.fillText(fitText(ctx, row.label, LABEL_WIDTH - 16), LABEL_WIDTH - 8, y + 21)
    ctx.textAlign = 'left'
    let x = LABEL_WIDTH
    for (const outcome of OUTCOME_CLASSES) {
      const count = row.counts[outcome]
      if (count === 0) {
        continue
      }
      const width = (count / max) * barArea
      ctx.fillStyle = OUTCOME_COLOURS[outcome]
      ctx.fillRect(x, y + 5, width, ROW_HEIGHT - 10)
      ctx.font = `bold 13px "${FONT}"`
      if (width >= 22) {
        ctx.fillStyle = outcome === 'done_late' ? '#1a1a1a' : '#ffffff'
        ctx.textAlign = 'center'
        ctx.fillText(String(count), x + width / 2, y + 22)
        ctx.textAlign = 'left'
      }
      x += width
    }
    ctx.fillStyle = '#1a1a1a'
    ctx.font = `13px "${FONT}"`
    ctx.fillText(String(row.counts.total), x + 6, y + 22)
  })

  // The legend, in one line under the bars.
  let x = 20
  const legendY = TOP + Math.max(rows.length, 1) * ROW_HEIGHT + 34
  ctx.font = `14px "${FONT}"`
  for (const outcome of OUTCOME_CLASSES) {
    ctx.fillStyle = OUTCOME_COLOURS[outcome]
    ctx.fillRect(x, legendY - 12, 16, 16)
    ctx.fillStyle = '#1a1a1a'
    ctx.fillText(input.legend[outcome], x + 22, legendY + 1)
    x += 22 + ctx.measureText(input.legend[outcome]).width + 28
  }
  return canvas.encode('png')
}

function foldTail(rows: OutcomeChartInput['rows'], keep: number, others: (count: number) => string): OutcomeChartInput['rows'] {
  const head = rows.slice(0, keep - 1)
  const rest = rows.slice(keep - 1)
  const counts = { ...rest[0]!.counts }
  for (const row of rest.slice(1)) {
    for (const key of [...OUTCOME_CLASSES, 'total', 'extended'] as const) {
      counts[key] += row.counts[key]
    }
  }
  return [...head, { label: others(rest.length), counts }]
}
