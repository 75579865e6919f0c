import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import pixelmatch from 'pixelmatch'
import { PNG } from 'pngjs'

export interface Comparison {
  /** Pixels that differ beyond pixelmatch's colour threshold. */
  different: number
  total: number
  /** Where the difference picture was written, when there is one. */
  diffPath: string | null
}

/**
 * Compares a screenshot with its stored reference (pixelmatch, anti-aliasing ignored). With `update`
 * (UPDATE_SCREENSHOTS=1) it writes the reference first; without a reference it fails saying how to
 * make one. A difference picture goes beside the reference (NAME.diff.png) when pixels differ.
 */
export function compareWithReference(actual: Buffer, referencePath: string, options: { update: boolean }): Comparison {
  if (options.update || !existsSync(referencePath)) {
    if (!options.update) {
      throw new Error(`no reference screenshot ${referencePath}: run UPDATE_SCREENSHOTS=1 npm run test:browser`)
    }
    mkdirSync(dirname(referencePath), { recursive: true })
    writeFileSync(referencePath, actual)
  }
  const expected = PNG.sync.read(readFileSync(referencePath))
  const got = PNG.sync.read(actual)
  if (expected.width !== got.width || expected.height !== got.height) {
    return { different: expected.width * expected.height, total: expected.width * expected.height, diffPath: null }
  }
  const diff = new PNG({ width: got.width, height: got.height })
  const different = pixelmatch(expected.data, got.data, diff.data, got.width, got.height, { threshold: 0.1 })
  let diffPath: string | null = null
  if (different > 0) {
    diffPath = referencePath.replace(/\.png$/, '.diff.png')
    writeFileSync(diffPath, PNG.sync.write(diff))
  }
  return { different, total: got.width * got.height, diffPath }
}
