import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { describeConfig } from '../../src/config.js'

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8')

describe('the README', () => {
  it('documents exactly the configuration the code reads', () => {
    const block = /<!-- config:start -->\n([\s\S]*?)\n<!-- config:end -->/.exec(readme)?.[1]
    expect(block).toBe(describeConfig())
  })

  it('gives the two commands for a fresh clone', () => {
    expect(readme).toContain('npm install && npm start')
    expect(readme).toContain('npm install && npm test')
  })
})
