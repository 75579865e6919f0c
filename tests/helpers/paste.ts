/** Pastes a text the way Telegram delivers a long paste: in pieces of at most 4,096 characters, cut at lines. */
export function pieces(text: string): string[] {
  const out: string[] = []
  let current = ''
  for (const line of text.split('\n')) {
    if (current.length + line.length + 1 > 4000) {
      out.push(current)
      current = ''
    }
    current = current ? `${current}\n${line}` : line
  }
  return [...out, current].filter((p) => p.trim())
}
