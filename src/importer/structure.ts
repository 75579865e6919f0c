import { foldForDeadline } from '../services/deadlines/parse.js'
import { PATTERNS } from './normalize.js'
import { CLOSING_CUE } from './vocabulary.js'

/** A part of the plan under a Roman numeral ("II. NỘI DUNG, …"). */
export interface Section {
  numeral: string
  title: string
  /** Folded title, for matching cues. */
  key: string
  lines: string[]
}

/** A numbered item ("1. Ban Dân vận Tỉnh ủy") with the lines under it until the next one. */
export interface Item {
  number: string
  heading: string
  lines: string[]
}

/** The lines before the first Roman numeral (title, legal bases) and the sections. */
export function splitSections(lines: string[]): { preamble: string[]; sections: Section[] } {
  const preamble: string[] = []
  const sections: Section[] = []
  for (const line of lines) {
    if (sections.length > 0 && CLOSING_CUE.test(foldForDeadline(line))) {
      break // the closing request, the distribution list and the signature assign nothing
    }
    const roman = PATTERNS.ROMAN.exec(line)
    if (roman && /^[A-ZĐÀ-Ỹa-zđà-ỹ]/.test(line.slice(roman[0].length))) {
      const title = line.slice(roman[0].length).replace(/:$/, '').trim()
      sections.push({ numeral: roman[1] ?? '', title, key: foldForDeadline(title), lines: [] })
      continue
    }
    const current = sections.at(-1)
    if (current) {
      current.lines.push(line)
    } else {
      preamble.push(line)
    }
  }
  return { preamble, sections }
}

/**
 * Numbered items at the top level of a section ("1.", "2.", not "1.1."); lines before the first
 * item are returned as `intro`.
 */
export function splitItems(lines: string[], depth = 1): { intro: string[]; items: Item[] } {
  const intro: string[] = []
  const items: Item[] = []
  for (const line of lines) {
    const numbered = PATTERNS.NUMBERED.exec(line)
    if (numbered && (numbered[1] ?? '').split('.').length === depth) {
      items.push({ number: numbered[1] ?? '', heading: line.slice(numbered[0].length).trim(), lines: [] })
      continue
    }
    const current = items.at(-1)
    if (current) {
      current.lines.push(line)
    } else {
      intro.push(line)
    }
  }
  return { intro, items }
}

/** "- text" → { marker: '-', text }; lines without a bullet have marker ''. */
export function bulletOf(line: string): { marker: string; text: string } {
  const match = PATTERNS.BULLET.exec(line)
  return match ? { marker: match[1] ?? '', text: line.slice(match[0].length).trim() } : { marker: '', text: line }
}

/** "Đối tượng: Đại diện …" → ['Đối tượng', 'Đại diện …'] when the part before the colon is short. */
export function labelled(text: string): { label: string; key: string; value: string } | null {
  const match = /^([^:]{2,60}):\s*(.*)$/.exec(text)
  if (!match) {
    return null
  }
  const label = (match[1] ?? '').trim()
  return { label, key: foldForDeadline(label), value: (match[2] ?? '').trim() }
}
