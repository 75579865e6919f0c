import type { Logger } from '../logger.js'
import { UserError } from '../services/errors.js'
import type { DownloadService } from '../services/exports/downloads.js'
import type { RouteRequest, RouteResponse } from './http-server.js'
import { escapeHtml as escape } from '../services/text.js'
import { page } from './upload-page.js'

export { DOWNLOAD_PATH } from '../services/exports/downloads.js'

type Translate = (locale: string, key: string, vars?: Record<string, string | number>) => string

/** RFC 6266: an ASCII fallback name and the UTF-8 one. */
function disposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`
}

/**
 * The one-time download page (services/exports/downloads.ts). GET shows the file's name and a button;
 * the button (POST) takes the file, once. A link preview fetching the page does not use the link up.
 */
export function downloadPage(deps: {
  downloads: DownloadService
  translate: Translate
  defaultLocale: string
  timeZone: string
  logger: Logger
}) {
  const { translate: t } = deps
  const html = (status: number, body: string): RouteResponse => ({
    status,
    body,
    contentType: 'text/html; charset=utf-8',
    headers: { 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' },
  })
  const until = (at: Date) => new Intl.DateTimeFormat('vi-VN', { timeZone: deps.timeZone, hour: '2-digit', minute: '2-digit' }).format(at)

  function refused(refusal: unknown): RouteResponse {
    if (!(refusal instanceof UserError)) {
      throw refusal
    }
    const locale = deps.defaultLocale
    const status = refusal.key === 'download-error-unknown' ? 404 : 410
    return html(
      status,
      page(locale, t(locale, 'download-page-title'), `<p class="error">${escape(t(locale, refusal.key, refusal.vars))}</p>`),
    )
  }

  return async (request: RouteRequest): Promise<RouteResponse> => {
    const token = request.url.searchParams.get('t') ?? ''
    if (request.method !== 'POST') {
      let link
      try {
        link = await deps.downloads.check(token)
      } catch (refusal) {
        return refused(refusal)
      }
      const locale = link.locale ?? deps.defaultLocale
      const intro = t(locale, 'download-page-intro', { name: link.personName, file: link.fileName, until: until(link.expiresAt) })
      return html(
        200,
        page(
          locale,
          t(locale, 'download-page-title'),
          `<p>${escape(intro)}</p>
<form method="post"><button type="submit">${escape(t(locale, 'download-page-button'))}</button></form>`,
        ),
      )
    }
    let file
    try {
      file = await deps.downloads.take(token)
    } catch (refusal) {
      return refused(refusal)
    }
    deps.logger.info({ size: file.bytes.length, file: file.fileName }, 'file downloaded')
    return {
      status: 200,
      body: Buffer.from(file.bytes),
      contentType: file.contentType,
      headers: { 'content-disposition': disposition(file.fileName), 'cache-control': 'no-store' },
    }
  }
}
