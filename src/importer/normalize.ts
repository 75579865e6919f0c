/**
 * Plans arrive as Word text, PDF text or Markdown-ish exports: headings with "#", "**bold**",
 * "*italic*", escaped characters ("\*"), rules ("-----"), hard line breaks inside sentences. This
 * turns them into clean lines, one paragraph per line, keeping the plan's own words.
 */

/** Removes Markdown remnants from one line. */
export function stripMarkup(line: string): string {
  return line
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/\\([*_#\-+.()[\]!`])/g, '$1')
    .replace(/\*{1,3}([^*]*?)\*{1,3}/g, '$1')
    .replace(/\*{2,3}/g, '')
    .replace(/(^|\s)_{1,2}([^_]+?)_{1,2}(?=\s|$|[.,;:])/g, '$1$2')
    .replace(/[ \t\u00a0]+/g, ' ')
    .trim()
}

const BULLET = /^([-+•–*])\s+/
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2})*)\s*[.)/-]\s*/
const ROMAN = /^([IVX]{1,4})\s*[.\-–/:)]\s*/

/** True when a line starts a new unit (heading, numbered item, bullet), so it is not a continuation. */
function startsUnit(line: string): boolean {
  return BULLET.test(line) || NUMBERED.test(line) || ROMAN.test(line)
}

/**
 * Clean paragraphs: markup removed, empty lines and rules dropped, and a paragraph that starts in
 * lower case joined to the one before (a sentence broken by the export, as in "…văn hoá - xã hội,"
 * / "quốc phòng, an ninh…").
 */
export function normalizePlanText(raw: string): string[] {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map(stripMarkup)
    .filter((line) => line.length > 0 && !/^[-=_*]{3,}$/.test(line))
  const out: string[] = []
  for (const line of lines) {
    const previous = out.at(-1)
    const continues = previous !== undefined && /^[a-zđà-ỹ]/.test(line) && !startsUnit(line) && !/[.:;!?]$/.test(previous)
    if (continues) {
      out[out.length - 1] = `${previous} ${line}`
    } else {
      out.push(line)
    }
  }
  return out
}

export const PATTERNS = { BULLET, NUMBERED, ROMAN }
