import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FluentBundle, FluentResource } from '@fluent/bundle'
import { describe, expect, it } from 'vitest'
import { COMMANDS } from '../../src/bot/commands.js'
import { LOCALES_DIR, SUPPORTED_LOCALES } from '../../src/bot/i18n.js'

function sources(locale: string): string {
  const dir = join(LOCALES_DIR, locale)
  return readdirSync(dir)
    .filter((file) => file.endsWith('.ftl'))
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .join('\n')
}

function bundle(locale: string): FluentBundle {
  const result = new FluentBundle(locale, { useIsolating: false })
  const errors = result.addResource(new FluentResource(sources(locale)))
  expect(errors).toEqual([])
  return result
}

function keys(locale: string): string[] {
  return [...sources(locale).matchAll(/^([a-z][a-z0-9-]*)\s*=/gm)].map((m) => m[1] ?? '').sort()
}

/** A message's definition as written: its first line and the indented lines that continue it. */
function definition(source: string, key: string): string {
  return new RegExp(`^${key} =.*(?:\\n[ \\t]+.*)*`, 'm').exec(source)?.[0] ?? ''
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  )
}

describe('translations', () => {
  it('have the same keys in every locale', () => {
    const [first, ...others] = SUPPORTED_LOCALES
    for (const other of others) {
      expect(keys(other)).toEqual(keys(first))
    }
  })

  it('parse without errors and have no duplicate keys', () => {
    for (const locale of SUPPORTED_LOCALES) {
      bundle(locale)
      const all = keys(locale)
      expect(new Set(all).size).toBe(all.length)
    }
  })

  it('cover every key the code uses literally, and every command description', () => {
    const root = join(LOCALES_DIR, '..', 'src')
    const used = new Set<string>()
    for (const file of sourceFiles(root).filter((f) => !f.includes('generated'))) {
      const text = readFileSync(file, 'utf8')
      // Literal keys inside t(…) and UserError(…) calls, including both arms of a ternary.
      for (const call of text.matchAll(/\b(?:t|UserError)\(([^()]*)/g)) {
        for (const match of (call[1] ?? '').matchAll(/'([a-z]+(?:-[a-z0-9]+)+)'/g)) {
          used.add(match[1] ?? '')
        }
      }
    }
    for (const spec of COMMANDS) {
      used.add(`cmd-${spec.command}`)
    }
    const defined = new Set(keys('vi'))
    expect([...used].filter((key) => !defined.has(key)).sort()).toEqual([])
    expect(used.size).toBeGreaterThan(80)
  })

  it('word a prompt for the transport: choices are chosen where there are no buttons, and only texts shown in a chat vary', () => {
    const varying = new Set<string>()
    for (const locale of SUPPORTED_LOCALES) {
      const messages = bundle(locale)
      const source = sources(locale)
      for (const key of keys(locale)) {
        const value = messages.getMessage(key)?.value
        if (!value || !definition(source, key).includes('$buttons')) {
          continue
        }
        varying.add(key)
        const withButtons = messages.formatPattern(value, { buttons: 'yes' }, [])
        const without = messages.formatPattern(value, { buttons: 'no' }, [])
        expect(without, key).not.toBe(withButtons)
        const pressing = locale === 'vi' ? /(^|[^\p{L}])(bấm|nút)(?!\p{L})/iu : /\b(press|button)\b/i
        expect(without, key).not.toMatch(pressing)
      }
    }
    expect(varying.size).toBeGreaterThan(30)
    // The outbox's texts are made outside any chat, for whatever platform: they cannot vary.
    for (const dir of ['services', 'delivery', 'jobs']) {
      for (const file of sourceFiles(join(LOCALES_DIR, '..', 'src', dir))) {
        for (const call of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-z0-9-]+)'/g)) {
          expect(varying.has(call[1] ?? ''), `${file}: ${call[1]}`).toBe(false)
        }
      }
    }
  })

  it('write Vietnamese with its diacritics (no text left unaccented by mistake)', () => {
    const vi = bundle('vi')
    const text = keys('vi')
      .map((key) => vi.getMessage(key)?.value)
      .filter((value) => value !== null && value !== undefined)
      .map((value) => vi.formatPattern(value, {}, []))
      .join(' ')
    // Words officials always write with marks; their bare forms would be a typo here.
    for (const bare of [' co quan ', ' don vi ', ' nhiem vu ', ' thanh vien ', ' dang ky ']) {
      expect(text.toLowerCase()).not.toContain(bare)
    }
    expect(text).toContain('cơ quan, đơn vị')
  })
})
