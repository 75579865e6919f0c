import type { Logger } from '../logger.js'
import { UserError } from '../services/errors.js'
import type { UploadReceived, UploadService } from '../services/uploads.js'
import { parseMultipart } from '../transports/local-bot-api.js'
import type { HttpRequest, HttpResponse } from '../transports/zalo/webhook.js'
import { escapeHtml as escape } from '../services/text.js'

/** The path of the upload page; the link's token is its `t` parameter. */
export const UPLOAD_PATH = '/upload'
/** A file of 20 MB in a multipart body, with room for the form's own parts. */
export const UPLOAD_MAX_BODY = 21 * 1024 * 1024

type Translate = (locale: string, key: string, vars?: Record<string, string | number>) => string

/** A plain page that reads well on a phone: no script, no style sheet to fetch, no login (also the download page's). */
export function page(lang: string, title: string, body: string): string {
  return `<!doctype html>
<html lang="${escape(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:1.5rem auto;padding:0 1rem;line-height:1.5}
input,button{font-size:1.1rem;margin:.5rem 0;width:100%}button{padding:.7rem}.error{color:#b00020}</style></head>
<body><h1>${escape(title)}</h1>${body}</body></html>`
}

/**
 * The one-time upload page (services/uploads.ts). GET shows a form for one file; POST takes it,
 * refuses what is not acceptable with the reason (the form again while the link is still good), and
 * hands the file to the platform's bot (`deliver`), which completes the dialogue step in the chat.
 */
export function uploadPage(deps: {
  uploads: UploadService
  translate: Translate
  defaultLocale: string
  timeZone: string
  deliver: (received: UploadReceived) => Promise<void>
  logger: Logger
}) {
  const { translate: t } = deps
  const html = (status: number, body: string): HttpResponse => ({ status, body, contentType: 'text/html; charset=utf-8' })
  const until = (at: Date) => new Intl.DateTimeFormat('vi-VN', { timeZone: deps.timeZone, hour: '2-digit', minute: '2-digit' }).format(at)

  async function form(token: string, error: string | null): Promise<HttpResponse> {
    let link
    try {
      link = await deps.uploads.check(token)
    } catch (refusal) {
      return refused(refusal, deps.defaultLocale)
    }
    const locale = link.locale ?? deps.defaultLocale
    const body = `${error ? `<p class="error">${escape(error)}</p>` : ''}
<p>${escape(t(locale, 'upload-page-intro', { name: link.personName, until: until(link.expiresAt) }))}</p>
<form method="post" enctype="multipart/form-data">
<label>${escape(t(locale, 'upload-page-choose'))}<input type="file" name="file" required
 accept=".pdf,.doc,.docx,.xls,.xlsx,.odt,.jpg,.jpeg,.png,application/pdf,image/*"></label>
<button type="submit">${escape(t(locale, 'upload-page-send'))}</button></form>`
    return html(error ? 400 : 200, page(locale, t(locale, 'upload-page-title'), body))
  }

  function refused(refusal: unknown, locale: string): HttpResponse {
    if (!(refusal instanceof UserError)) {
      throw refusal
    }
    const status = refusal.key === 'upload-error-unknown' ? 404 : 410
    return html(
      status,
      page(locale, t(locale, 'upload-page-title'), `<p class="error">${escape(t(locale, refusal.key, refusal.vars))}</p>`),
    )
  }

  return async (request: HttpRequest): Promise<HttpResponse> => {
    const token = request.url.searchParams.get('t') ?? ''
    if (request.method !== 'POST') {
      return form(token, null)
    }
    const contentType = request.headers['content-type']
    let file: { name: string; bytes: Uint8Array } | null
    try {
      const parts = parseMultipart(request.body, typeof contentType === 'string' ? contentType : '')
      const part = parts.file as { name?: unknown; bytes?: unknown } | undefined
      file = part && typeof part.name === 'string' && part.bytes instanceof Uint8Array ? { name: part.name, bytes: part.bytes } : null
    } catch {
      file = null
    }
    let received: UploadReceived
    try {
      received = await deps.uploads.receive(token, { fileName: file?.name ?? '', bytes: file?.bytes ?? new Uint8Array() })
    } catch (refusal) {
      if (refusal instanceof UserError && ['upload-error-empty', 'upload-error-too-large', 'upload-error-kind'].includes(refusal.key)) {
        const link = await deps.uploads.check(token).catch(() => null)
        return form(token, t(link?.locale ?? deps.defaultLocale, refusal.key, refusal.vars))
      }
      return refused(refusal, deps.defaultLocale)
    }
    deps.logger.info({ upload: received.uploadId, platform: received.platform, size: received.size }, 'file uploaded')
    await deps.deliver(received)
    const locale = received.locale ?? deps.defaultLocale
    return html(
      200,
      page(
        locale,
        t(locale, 'upload-page-title'),
        `<p>${escape(t(locale, 'upload-page-done', { name: received.fileName }))}</p><p>${escape(t(locale, 'upload-page-back'))}</p>`,
      ),
    )
  }
}
