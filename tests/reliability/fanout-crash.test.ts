import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { startLimitedBotApi } from '../../bench/limited-bot-api.js'
import { openDatabase } from '../../src/db/client.js'
import { compiled, migratedDataDir, NODE_OPTIONS_FOR_TESTS, ROOT, startBot } from '../helpers/processes.js'
import { silentLogger } from '../helpers/test-db.js'
import { until } from '../helpers/until.js'

describe('a digest fan-out interrupted by kill -9', () => {
  it('ends with every delivery final, no duplicate, and only the in-flight ones unknown', async () => {
    const groups = 150
    const dir = migratedDataDir('bot-fanout-')
    const targets = execFileSync(
      process.execPath,
      [...NODE_OPTIONS_FOR_TESTS, compiled('test-helpers/seed-outbox.ts'), dir, String(groups)],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    )
      .trim()
      .split(',')
    expect(targets).toHaveLength(groups)
    const server = await startLimitedBotApi({ perSecond: 30, perGroupPerMinute: 20 })
    const env = { BOT_TOKEN: '123456789:AAFakeTokenForTheLoopbackServerOnly', TELEGRAM_API_ROOT: server.apiRoot, DATA_DIR: dir }
    try {
      const first = startBot(env)
      await until(() => server.received() >= 40, 60_000)
      first.child.kill('SIGKILL')
      await first.exited
      const atKill = server.received()
      expect(atKill).toBeLessThan(groups)

      const second = startBot(env)
      try {
        // The sender logs "outbox drained" (to standard error, as JSON) after a pass that did
        // something, with the deliveries still open (pending or being sent). Deliveries held back by
        // a 429 or a group's quota may wait for a later pass, up to a minute. A time-out here fails the test.
        await until(() => {
          const drains = second
            .stderr()
            .split('\n')
            .filter((line) => line.includes('"outbox drained"'))
            .map((line) => JSON.parse(line) as { open: number })
          return drains.at(-1)?.open === 0
        }, 100_000).catch((error: unknown) => {
          throw new Error(`${String(error)}; the second process logged:\n${second.stderr().slice(-3000)}`)
        })
      } finally {
        second.child.kill('SIGTERM')
      }
      expect(await second.exited).toBe(0)
    } finally {
      await server.close()
    }
    const stats = server.stats(targets)
    const database = await openDatabase({ kind: 'pglite', dataDir: dir, logger: silentLogger })
    const deliveries = await database.prisma.delivery.findMany()
    await database.close()
    const byState = (state: string) => deliveries.filter((d) => d.state === state)
    expect(deliveries.every((d) => ['sent', 'unknown', 'failed'].includes(d.state))).toBe(true)
    expect(byState('unknown').length).toBeLessThanOrEqual(8)
    expect(byState('sent').length + byState('unknown').length).toBe(groups)
    expect(stats.duplicates).toBe(0)
    // A group that got nothing is one of the reported unknowns, never a silent loss.
    const unknownTargets = new Set(byState('unknown').map((d) => d.target))
    const missing = targets.filter((t) => !deliveries.some((d) => d.target === t && d.state === 'sent') && !unknownTargets.has(t))
    expect(missing).toEqual([])
    expect(stats.losses).toBeLessThanOrEqual(byState('unknown').length)
  }, 200_000)
})
