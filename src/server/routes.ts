import type { Update } from 'grammy/types'
import type { Logger } from '../logger.js'
import type { SettableClock } from '../services/clock.js'
import { healthz, readyz, type ReadinessDeps } from './health.js'
import { text, type Route, type RouteRequest, type RouteResponse } from './http-server.js'
import type { Metrics } from './metrics.js'
import { telegramWebhook } from './telegram-webhook.js'
import { testClockRoute } from './test-clock.js'
import { UPLOAD_MAX_BODY, UPLOAD_PATH } from './upload-page.js'
import { DOWNLOAD_PATH } from './download-page.js'
import { ICAL_PATH } from './ical-route.js'
import { MEDIA_PATH } from '../transports/zalo/media.js'
import { ZALO_WEBHOOK_PATH } from '../transports/zalo/webhook.js'
import { dashboardRoutes, type DashboardDeps } from './dashboard/routes.js'

export interface RouteDeps {
  logger: Logger
  readiness: ReadinessDeps
  metrics: Metrics
  /** Webhook mode: where Telegram posts (the path of WEBHOOK_URL), its secret, and the journal's door. */
  telegram?: { path: string; secret: string; accept: (update: Update) => Promise<boolean> }
  /** Only with --test-clock (see test-clock.ts). */
  testClock?: { clock: SettableClock; tick: () => Promise<unknown> }
  /**
   * Zalo in this process: its webhook (ZALO_MODE=webhook), the pictures Zalo fetches by URL, and the
   * one-time upload pages that take the files Zalo's chats cannot carry.
   */
  zalo?: { webhook: RouteHandler | null; media: RouteHandler; upload: RouteHandler }
  /** The dashboard: its page and files under /app/, its data under /api/ (server/dashboard/routes.ts). */
  dashboard?: DashboardDeps
  /** The exports' public links: one-time downloads (platforms without files in the chat) and the sessions' calendar feed. */
  exports?: { download: RouteHandler; ical: RouteHandler }
}

type RouteHandler = (request: RouteRequest) => Promise<RouteResponse>

/** Every route of the HTTP server, in one place. */
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
  if (deps.zalo) {
    if (deps.zalo.webhook) {
      // Zalo's messages are small; its webhook body is one event.
      routes.push({ method: 'POST', path: ZALO_WEBHOOK_PATH, maxBodyBytes: 256 * 1024, handle: deps.zalo.webhook })
    }
    routes.push(
      { method: 'GET', path: MEDIA_PATH, handle: deps.zalo.media },
      { method: 'GET', path: UPLOAD_PATH, handle: deps.zalo.upload },
      { method: 'POST', path: UPLOAD_PATH, maxBodyBytes: UPLOAD_MAX_BODY, handle: deps.zalo.upload },
    )
  }
  if (deps.dashboard) {
    routes.push(...dashboardRoutes(deps.dashboard))
  }
  if (deps.exports) {
    routes.push(
      { method: 'GET', path: DOWNLOAD_PATH, handle: deps.exports.download },
      // The page's button posts an empty form: nothing to read.
      { method: 'POST', path: DOWNLOAD_PATH, maxBodyBytes: 1024, handle: deps.exports.download },
      { method: 'GET', path: ICAL_PATH, handle: deps.exports.ical },
    )
  }
  if (deps.testClock) {
    routes.push(testClockRoute(deps.testClock))
  }
  return routes
}
