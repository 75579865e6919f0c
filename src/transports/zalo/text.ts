import { ZALO_TEXT_LIMIT } from './types.js'

/**
 * Text for Zalo, which shows plain text only (reference §1.5, §4: `parse_mode` appeared in a 2026
 * doc revision and is unconfirmed live, so it is never sent).
 */

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) {
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16))
    }
    if (name.startsWith('#')) {
      return String.fromCodePoint(Number.parseInt(name.slice(1), 10))
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole
  })
}

/** A link as text: "label (url)", or the URL alone when the label is the URL. */
function linkText(label: string, url: string): string {
  return label.trim() === url || !url ? label : `${label} (${url})`
}

/** Telegram HTML (the subset the Bot API accepts) as plain text: links keep their address. */
export function htmlToText(html: string): string {
  const withLinks = html.replace(/<a\s[^>]*href\s*=\s*"([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, (_, url: string, label: string) =>
    linkText(label.replace(/<[^>]+>/g, ''), decodeEntities(url)),
  )
  return decodeEntities(
    withLinks
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<li[^>]*>/gi, '• ')
      .replace(/<\/(p|div|li|blockquote|pre)>/gi, '\n')
      .replace(/<[^>]+>/g, ''),
  )
}

/** Telegram MarkdownV2 (and legacy Markdown) as plain text: markers removed, escapes undone, links kept. */
export function markdownToText(markdown: string, version: 'MarkdownV2' | 'Markdown'): string {
  const unescape = (value: string) => (version === 'MarkdownV2' ? value.replace(/\\([\s\S])/g, '$1') : value)
  const out: string[] = []
  // Code is shown as written; everything else loses its markers.
  const pattern = /```[^\n`]*\n?([\s\S]*?)```|`((?:\\.|[^`])*)`|\[((?:\\.|[^\]])*)\]\(((?:\\.|[^)])*)\)|\\([\s\S])|\|\||[*_~]/g
  let last = 0
  for (const match of markdown.matchAll(pattern)) {
    out.push(markdown.slice(last, match.index))
    last = match.index + match[0].length
    const [whole, block, inline, label, url, escaped] = match
    if (block !== undefined || inline !== undefined) {
      out.push(unescape(block ?? inline ?? ''))
    } else if (label !== undefined) {
      out.push(linkText(markdownToText(label, version), unescape(url ?? '')))
    } else if (escaped !== undefined) {
      out.push(version === 'MarkdownV2' ? escaped : whole)
    }
  }
  out.push(markdown.slice(last))
  return out.join('')
}

/** The text as Zalo should show it, whatever `parse_mode` grammY was given. */
export function toPlainText(text: string, parseMode: unknown): string {
  switch (parseMode) {
    case 'HTML':
      return htmlToText(text)
    case 'MarkdownV2':
      return markdownToText(text, 'MarkdownV2')
    case 'Markdown':
      return markdownToText(text, 'Markdown')
    default:
      return text
  }
}

/** Splits a string at `limit` UTF-16 units without cutting a surrogate pair. */
function hardSplit(word: string, limit: number): string[] {
  const pieces: string[] = []
  let rest = word
  while (rest.length > limit) {
    let cut = limit
    const code = rest.charCodeAt(cut - 1)
    if (code >= 0xd800 && code <= 0xdbff) {
      cut -= 1
    }
    pieces.push(rest.slice(0, cut))
    rest = rest.slice(cut)
  }
  return [...pieces, rest]
}

/** A line longer than a message, cut between words (a single word longer than that cannot be helped). */
function splitLongLine(line: string, limit: number): string[] {
  const pieces: string[] = []
  let current = ''
  for (const word of line.split(/(?<=\s)/)) {
    for (const part of word.length > limit ? hardSplit(word, limit) : [word]) {
      if (current.length + part.length > limit) {
        pieces.push(current.trimEnd())
        current = part.trimStart()
      } else {
        current += part
      }
    }
  }
  if (current.trim()) {
    pieces.push(current.trimEnd())
  }
  return pieces
}

/**
 * Cuts a text into messages of at most `limit` characters, counted in UTF-16 units (Zalo does not
 * say whether it counts those or code points; UTF-16 is never fewer, so both hold). A line is never
 * split unless it alone is longer than a message, and then only between words; a part prefers to
 * end at a blank line (a paragraph) once it is half full.
 */
export function chunkText(text: string, limit = ZALO_TEXT_LIMIT): string[] {
  const lines = text.split('\n').flatMap((line) => (line.length > limit ? splitLongLine(line, limit) : [line]))
  const length = (part: string[]) => part.reduce((sum, line, index) => sum + line.length + (index > 0 ? 1 : 0), 0)
  const chunks: string[] = []
  let current: string[] = []
  const flush = (upTo: number) => {
    const part = current
      .slice(0, upTo)
      .join('\n')
      .replace(/^\n+|\s+$/g, '')
    if (part) {
      chunks.push(part)
    }
    current = current.slice(upTo)
    while (current[0] === '') {
      current.shift()
    }
  }
  for (const line of lines) {
    while (current.length > 0 && length(current) + 1 + line.length > limit) {
      const blank = current.lastIndexOf('')
      // End at the paragraph break when that keeps the part at least half full.
      flush(blank > 0 && length(current.slice(0, blank)) >= limit / 2 ? blank : current.length)
    }
    if (current.length > 0 || line !== '') {
      current.push(line)
    }
  }
  flush(current.length)
  return chunks
}
