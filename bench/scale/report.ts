import { readFileSync } from 'node:fs'

export interface ScaleResults {
  label: string
  date: string
  machine: string
  generation: { engine: string; dataset: string; seconds: number; committees: number; tasks: number }[]
  commands: {
    engine: string
    dataset: string
    tasks: number
    actor: string
    command: string
    samples: number
    p50: number
    p95: number
    p99: number
    queries: number
    messages: number
    chars: number
    sqlP50: number
    error: string | null
  }[]
  memory: { engine: string; dataset: string; what: string; peakMb: number; rssMb: number }[]
  jobs: {
    engine: string
    committees: number
    job: string
    seconds: number
    queries: number
    queriesPerCommittee: number
    peakMb: number
    runs: number
    deliveries: number
    chars: number
    max_parts: number
  }[]
  startup: { command: string; folder: string; runs: number; p50Ms: number; maxMs: number; peakMb: number }[]
  /** Measurements that could not be taken, and why. */
  failures: string[]
}

const size = (tasks: number) => (tasks >= 1000 ? `${Math.round(tasks / 1000)}k` : String(tasks))

/** One run's tables, in Markdown. */
export function renderReport(r: ScaleResults): string {
  const lines = [`### ${r.label} — ${r.date.slice(0, 16)}`, '', `Machine: ${r.machine}`, '']
  if (r.generation.length) {
    lines.push('| data set | engine | committees | tasks | generated in |', '|---|---|---|---|---|')
    for (const g of r.generation) {
      lines.push(`| ${g.dataset} | ${g.engine} | ${g.committees} | ${g.tasks} | ${g.seconds} s |`)
    }
    lines.push('')
  }
  if (r.commands.length) {
    lines.push(
      '| engine | tasks | who | command | p50 | p95 | p99 | its SQL (p50) | ratio | queries | messages | characters |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|',
    )
    for (const c of r.commands) {
      const ratio = c.sqlP50 > 0 ? `${Math.round((c.p50 / c.sqlP50) * 10) / 10}×` : '—'
      lines.push(
        c.error
          ? `| ${c.engine} | ${size(c.tasks)} | ${c.actor} | \`${c.command}\` | **fails**: ${c.error} | | | ${c.sqlP50} ms | | ${c.queries} | | |`
          : `| ${c.engine} | ${size(c.tasks)} | ${c.actor} | \`${c.command}\` | ${c.p50} ms | ${c.p95} ms | ${c.p99} ms | ${c.sqlP50} ms | ${ratio} | ${c.queries} | ${c.messages} | ${c.chars} |`,
      )
    }
    lines.push('')
  }
  if (r.memory.length) {
    lines.push('| engine | data set | while | peak RSS |', '|---|---|---|---|')
    for (const m of r.memory) {
      lines.push(`| ${m.engine} | ${m.dataset} | ${m.what} | ${m.peakMb} MB |`)
    }
    lines.push('')
  }
  if (r.jobs.length) {
    lines.push(
      '| engine | committees | job | wall time | per committee | SQL statements | per committee | peak RSS | deliveries | longest text |',
      '|---|---|---|---|---|---|---|---|---|---|',
    )
    for (const j of r.jobs) {
      lines.push(
        `| ${j.engine} | ${j.committees} | ${j.job} | ${j.seconds} s | ${Math.round((j.seconds / j.committees) * 1000)} ms | ${j.queries} | ${j.queriesPerCommittee} | ${j.peakMb} MB | ${j.deliveries} | ${j.chars} |`,
      )
    }
    lines.push('')
  }
  if (r.startup.length) {
    lines.push('| start-up | data folder | first answer p50 | max | peak RSS |', '|---|---|---|---|---|')
    for (const s of r.startup) {
      lines.push(`| \`${s.command}\` | ${s.folder} | ${s.p50Ms} ms | ${s.maxMs} ms | ${s.peakMb} MB |`)
    }
    lines.push('')
  }
  if (r.failures?.length) {
    lines.push('Not measured:', ...r.failures.map((f) => `- ${f}`), '')
  }
  return lines.join('\n')
}

if (process.argv[1]?.endsWith('report.ts') && !process.argv.includes('--compare')) {
  for (const file of process.argv.slice(2)) {
    process.stdout.write(`${renderReport(JSON.parse(readFileSync(file, 'utf8')) as ScaleResults)}\n`)
  }
}

const key = (c: ScaleResults['commands'][number]) => `${c.engine}|${c.tasks}|${c.actor}|${c.command}`
const ms = (value: number | null | undefined) => (value === null || value === undefined || Number.isNaN(value) ? '—' : `${value}`)

/** Before and after side by side: each command's p50/p99, its SQL, the ratio, the answer's size. */
export function renderComparison(before: ScaleResults, after: ScaleResults): string {
  const old = new Map(before.commands.map((c) => [key(c), c]))
  const lines = [
    '| engine | tasks | who | command | before p50 / p99 (ms) | ÷ SQL | messages · chars | after p50 / p99 (ms) | ÷ SQL | messages · chars | statements before → after |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ]
  const ratio = (c: ScaleResults['commands'][number] | undefined) =>
    c && !c.error && c.sqlP50 > 0 ? `${Math.round((c.p50 / c.sqlP50) * 10) / 10}×` : '—'
  const side = (c: ScaleResults['commands'][number] | undefined) =>
    !c
      ? ['—', '—', '—']
      : c.error
        ? [`**fails** (${c.error.split(':')[0]})`, '—', '—']
        : [`${ms(c.p50)} / ${ms(c.p99)}`, ratio(c), `${c.messages} · ${c.chars}`]
  for (const c of after.commands) {
    const b = old.get(key(c))
    lines.push(
      `| ${c.engine} | ${size(c.tasks)} | ${c.actor} | \`${c.command}\` | ${side(b).join(' | ')} | ${side(c).join(' | ')} | ${b?.queries ?? '—'} → ${c.queries} |`,
    )
  }
  const jobsBefore = new Map(before.jobs.map((j) => [`${j.engine}|${j.job}`, j]))
  lines.push(
    '',
    '| engine | job | before: committees · wall · per committee · statements per committee · peak RSS | after: committees · wall · per committee · statements per committee · peak RSS |',
    '|---|---|---|---|',
  )
  const jobSide = (j: ScaleResults['jobs'][number] | undefined) =>
    j
      ? `${j.committees} · ${j.seconds} s · ${Math.round((j.seconds / j.committees) * 1000)} ms · ${j.queriesPerCommittee} · ${j.peakMb} MB`
      : '—'
  for (const j of after.jobs) {
    lines.push(`| ${j.engine} | ${j.job} | ${jobSide(jobsBefore.get(`${j.engine}|${j.job}`))} | ${jobSide(j)} |`)
  }
  return lines.join('\n')
}

if (process.argv[1]?.endsWith('report.ts') && process.argv.includes('--compare')) {
  const [beforeFile, afterFile] = process.argv.slice(2).filter((a) => a !== '--compare')
  const read = (file: string | undefined) => JSON.parse(readFileSync(file ?? '', 'utf8')) as ScaleResults
  process.stdout.write(`${renderComparison(read(beforeFile), read(afterFile))}\n`)
}
