import type { Update } from 'grammy/types'
import type { Logger } from '../logger.js'
import type { SettableClock } from '../services/clock.js'
import { healthz, readyz, type ReadinessDeps } from './health.js'
import { text, type Route } from './http-server.js'
import type { Metrics } from './metrics.js'
import { telegramWebhook } from './telegram-webhook.js'
import { testClockRoute } from './test-clock.js'

export interface RouteDeps {
  logger: Logger
  readiness: ReadinessDeps
  metrics: Metrics
  /** Webhook mode: where Telegram posts (the path of WEBHOOK_URL), its secret, and the journal's door. */
  telegram?: { path: string; secret: string; accept: (update: Update) => Promise<boolean> }
  /** Only with --test-clock (see test-clock.ts). */
  testClock?: { clock: SettableClock; tick: () => Promise<void> }
}

/**
 * Every route of the HTTP server, in one place. Next here: the Zalo webhook, one-time upload pages
 * and the dashboard (/app/, /api/).
 */
export function buildRoutes(deps: RouteDeps): Route[] {
  const routes: Route[] = [
    { method: 'GET', path: '/healthz', handle: healthz },
    { method: 'GET', path: '/readyz', handle: readyz(deps.readiness) },
    {
      method: 'GET',
      path: '/metrics',
      handle: async () => text(200, await deps.metrics.render(), deps.metrics.contentType),
    },
  ]
  if (deps.telegram) {
    routes.push({
      method: 'POST',
      path: deps.telegram.path,
      // Telegram's updates are small (a 4,096-character text at most); anything larger is not one.
      maxBodyBytes: 256 * 1024,
      handle: telegramWebhook({ secret: deps.telegram.secret, accept: deps.telegram.accept, logger: deps.logger }),
    })
  }
  if (deps.testClock) {
    routes.push(testClockRoute(deps.testClock))
  }
  return routes
}
