import { stripDiacritics } from '../../services/text.js'

/** Edits between two short words (insertions, deletions, substitutions). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length] ?? 0
}

function fold(word: string): string {
  return stripDiacritics(word).replace(/[^a-z0-9]/g, '')
}

/**
 * The commands an unknown one was probably meant to be, best first: typed with diacritics or capitals
 * ("/Giaoviệc"), split in two ("/giao viec"), cut short ("/giao", "/phienmo") or mistyped by a letter or
 * two ("/coqaun"). Nothing when no command is close, so a reply never guesses wildly.
 */
export function suggestCommands(text: string, known: readonly string[]): string[] {
  const words = text.replace(/^\//, '').split(/\s+/)
  const command = fold((words[0] ?? '').replace(/@\S*$/, ''))
  if (command.length < 2) {
    return []
  }
  const forms = [command, command + fold(words[1] ?? '')]
  const scored = known
    .map((name) => {
      const score = Math.min(
        ...forms.map((form) => {
          if (form === name) {
            return 0
          }
          if (form.length >= 3 && (name.startsWith(form) || form.startsWith(name))) {
            // Of two commands the typed one begins ("/phienmo": phien, phienmoi), the nearer in length.
            return 1 + Math.abs(form.length - name.length) / 100
          }
          const edits = distance(form, name)
          return edits <= (Math.min(form.length, name.length) <= 5 ? 1 : 2) ? edits + 1 : Infinity
        }),
      )
      return { name, score }
    })
    .filter(({ score }) => score < Infinity)
    .sort((a, b) => a.score - b.score)
  const best = scored[0]?.score
  return scored
    .filter(({ score }) => score === best)
    .map(({ name }) => name)
    .slice(0, 3)
}
