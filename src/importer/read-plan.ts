import { createCalendar, type Calendar } from '../services/calendar/calendar.js'
import { foldForDeadline } from '../services/deadlines/parse.js'
import { normalizePlanText } from './normalize.js'
import { readSessions, type DraftSession } from './read-sessions.js'
import { readTasks, type DraftTask } from './read-tasks.js'
import { splitSections, type Section } from './structure.js'
import { EXECUTION_SECTION_CUES, SESSION_SECTION_CUES } from './vocabulary.js'

export interface PlanDraft {
  plan: {
    title: string
    year: number | null
    /** Number and symbol ("45-KH/TU"), when the text has them. */
    number: string | null
    issuer: string | null
    legalBases: string[]
    /** The clause allowing sessions when needed, kept as written. */
    adHoc: string | null
  }
  sessions: DraftSession[]
  bodies: { name: string; aliases: string[] }[]
  tasks: DraftTask[]
  /** What the official must look at, as message keys (the chat and the command line render them). */
  warnings: ImportWarning[]
}

export interface ImportWarning {
  key: string
  vars: Record<string, string | number>
}

const LEGAL_BASIS =
  /(Quyết định|Quy định|Quy chế|Công văn|Chỉ thị|Nghị quyết|Kết luận|Hướng dẫn|Kế hoạch|Luật|Nghị định|Thông tư)\s+số\s+\d[^\s,;()]*(\s+ngày\s+\d{1,2}\/\d{1,2}\/\d{4})?/g

function readTitle(preamble: string[]): string {
  const start = preamble.findIndex((line) => /^ke hoach\b/.test(foldForDeadline(line)))
  if (start === -1) {
    return preamble[0] ?? ''
  }
  const parts = [preamble[start]?.replace(/^KẾ HOẠCH\s*/i, '') ?? '']
  for (const line of preamble.slice(start + 1, start + 4)) {
    if (/^(can cu|so\b)/.test(foldForDeadline(line)) || / số \d/.test(line) || line.length > 160) {
      break
    }
    parts.push(line)
  }
  const title = parts.join(' ').replace(/\s+/g, ' ').trim()
  return title ? `Kế hoạch ${title}` : 'Kế hoạch'
}

function findSection(sections: Section[], cues: RegExp[]): Section | undefined {
  return sections.find((section) => cues.some((cue) => cue.test(section.key)))
}

/**
 * Reads a plan's text into a draft: the plan, its sessions, its bodies and their tasks, and the
 * warnings an official must see. Pure: no database, no chat.
 */
export function readPlan(raw: string, options: { year?: number | null; knownBodies?: string[]; calendar?: Calendar } = {}): PlanDraft {
  const lines = normalizePlanText(raw)
  const { preamble, sections } = splitSections(lines)
  const warnings: ImportWarning[] = []
  const title = readTitle(preamble)
  const intro = preamble.join('\n')
  const year =
    options.year ??
    Number(/năm (20\d{2})/i.exec(title)?.[1] ?? /\b(20\d{2})\b/.exec(title)?.[1] ?? /năm (20\d{2})/i.exec(intro)?.[1] ?? NaN)
  const number = /Số[:\s]+(\d+[-–][A-ZĐ]{1,6}\/[A-ZĐ0-9.-]+)/.exec(intro)?.[1] ?? null
  const issuer = /,\s*([A-ZĐ][^,;:()]{3,60}?)\s+ban hành\s+(?:Kế hoạch|kế hoạch)/.exec(intro)?.[1]?.trim() ?? null
  const legalBases = [...new Set([...intro.matchAll(LEGAL_BASIS)].map((m) => m[0]))]
  const sessionSection = findSection(sections, SESSION_SECTION_CUES)
  const { sessions, adHoc } = sessionSection
    ? readSessions(
        sessionSection,
        Number.isFinite(year) ? year : null,
        warnings,
        title.replace(/^Kế hoạch\s+(tổ chức\s+)?/i, '').replace(/^./, (c) => c.toUpperCase()),
      )
    : { sessions: [], adHoc: null }
  if (!sessionSection) {
    warnings.push({ key: 'import-warning-no-sessions', vars: {} })
  }
  const execution = findSection(sections, EXECUTION_SECTION_CUES)
  if (!execution) {
    warnings.push({ key: 'import-warning-no-execution', vars: {} })
  }
  const { bodies, tasks } = execution
    ? readTasks(
        execution,
        {
          year: Number.isFinite(year) ? year : null,
          sessions,
          known: options.knownBodies ?? [],
          calendar: options.calendar ?? createCalendar(),
        },
        warnings,
      )
    : { bodies: [], tasks: [] }
  return {
    plan: { title, year: Number.isFinite(year) ? year : null, number, issuer, legalBases, adHoc },
    sessions,
    bodies: bodies.map((name) => ({ name, aliases: [] })),
    tasks,
    warnings,
  }
}
