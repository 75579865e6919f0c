/**
 * The same document as other offices' tools would type it: the changes of typography a plan goes through between
 * Word, a PDF, a web portal and a chat, none of which changes what it says. `npm run eval:import -- --typography`
 * reads every document of the development set under each and prints how the scores move.
 */

/** Lines hard-wrapped at a width, as text copied out of a PDF (table rows and tab-separated lines kept whole). */
export function wrapAt(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.length <= width || line.trim().startsWith('|') || line.includes('\t')) {
        return line
      }
      const out: string[] = []
      let current = ''
      for (const word of line.split(' ')) {
        if (current && `${current} ${word}`.length > width) {
          out.push(current)
          current = word
        } else {
          current = current ? `${current} ${word}` : word
        }
      }
      return [...out, current].join('\n')
    })
    .join('\n')
}

export const TYPOGRAPHY: Record<string, (text: string) => string> = {
  'wrapped at 80': (t) => wrapAt(t, 80),
  'wrapped at 60': (t) => wrapAt(t, 60),
  'no bold': (t) => t.replace(/\*\*|__/g, ''),
  'Windows line ends': (t) => t.replace(/\n/g, '\r\n'),
  'decomposed letters (NFD)': (t) => t.normalize('NFD'),
  'a blank line after each': (t) => t.replace(/\n/g, '\n\n'),
  'dates with dashes': (t) => t.replace(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g, '$1-$2-$3'),
  'dates with dots': (t) => t.replace(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g, '$1.$2.$3'),
  'dates in words': (t) => t.replace(/\bngày (\d{1,2})\/(\d{1,2})\/(\d{4})\b/g, 'ngày $1 tháng $2 năm $3'),
  'two-digit days': (t) =>
    t.replace(
      /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g,
      (_m, d: string, m: string, y: string) => `${d.padStart(2, '0')}/${m.padStart(2, '0')}/${y}`,
    ),
  'non-breaking spaces': (t) => t.replace(/ (?=\d)/g, '\u00a0'),
  'bullets •': (t) => t.replace(/^(\s*)- /gm, '$1• '),
  'numbers with )': (t) => t.replace(/^(\s*)(\d{1,2})\. /gm, '$1$2) '),
  'labels in lower case': (t) =>
    t.replace(/\b(Thời gian|Địa điểm|Thành phần|Nội dung)(:)/g, (_m, l: string, c: string) => l.toLowerCase() + c),
}
