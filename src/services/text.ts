/**
 * Folds Vietnamese text for matching: lower case, no diacritics, đ → d, punctuation to spaces,
 * single spaces. "Ban Dân vận Tỉnh ủy" → "ban dan van tinh uy".
 */
export function foldVietnamese(text: string): string {
  return stripDiacritics(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** Lower case without diacritics (đ → d), punctuation kept: the common first step of every fold. */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
}

/** Initials of a folded name: "Ban Dân vận Tỉnh ủy" → "bdvtu" (how officials abbreviate bodies). */
export function initialsOf(text: string): string {
  return foldVietnamese(text)
    .split(' ')
    .filter(Boolean)
    .map((word) => (/^\d+$/.test(word) ? word : word[0]))
    .join('')
}

/** Levenshtein distance, for "did you mean" suggestions on short names. */
export function editDistance(a: string, b: string): number {
  if (a === b) {
    return 0
  }
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
    }
    previous = current
  }
  return previous[b.length] ?? 0
}

/** Trims and collapses inner whitespace; returns null for an empty result. */
export function cleanName(text: string): string | null {
  const cleaned = text.replace(/\s+/g, ' ').trim()
  return cleaned === '' ? null : cleaned
}
