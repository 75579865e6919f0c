import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = join(import.meta.dirname, '..', '..', 'src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  )
}

/**
 * Issue 14: features and services run unchanged on every transport. What differs is asked of the
 * transport's declared capabilities (src/bot/capabilities.ts), never of the platform's name.
 */
describe('features and services', () => {
  it('never branch on which platform they run on', () => {
    const platformCheck = new RegExp(
      [
        String.raw`[!=]==?\s*'(telegram|zalo|console)'`,
        String.raw`'(telegram|zalo|console)'\s*[!=]==?`,
        String.raw`case\s+'(telegram|zalo|console)'`,
        String.raw`deps\.platform\s*[!=]==?`,
        String.raw`[!=]==?\s*\w+\.deps\.platform`,
      ].join('|'),
    )
    const found = [...sourceFiles(join(SRC, 'services')), ...sourceFiles(join(SRC, 'bot'))].flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ at: `${file.slice(SRC.length + 1)}:${i + 1}`, line }))
        .filter(({ line }) => platformCheck.test(line)),
    )
    expect(found).toEqual([])
    // The rule itself would see a check: a test that could not fail would prove nothing.
    expect(platformCheck.test("if (ctx.deps.platform === 'zalo') {")).toBe(true)
    expect(platformCheck.test("return platform !== 'telegram'")).toBe(true)
  })
})
