import { randomBytes } from 'node:crypto'
import type { ZaloMediaFile, ZaloRepository } from '../../db/repositories/zalo-repository.js'
import type { MediaPublisher } from './outbound.js'

/**
 * Where our HTTP server serves what the bot sends to Zalo: `<PUBLIC_URL>/zalo/media?t=<token>&f=<name>`
 * (the server routes exact paths; the name comes last so the URL ends as the file does).
 */
export const MEDIA_PATH = '/zalo/media'

/** How long a picture or file stays at its URL: Zalo fetches it at once, people may open a link later. */
export const MEDIA_TTL_MS = 30 * 24 * 60 * 60_000
/** How long a picture a person sent is kept: it may be the evidence of a report (a photo of the signed page). */
export const KEPT_PHOTO_TTL_MS = 400 * 24 * 60 * 60_000
/** The file id of a picture a person sent on Zalo, once the bot keeps it (Zalo's own URL expires). */
export const KEPT_PREFIX = 'zalo-kept:'

/**
 * Pictures (the weekly chart) and files for Zalo, which takes no uploads — only a public URL it
 * fetches while the send waits (reference §1.6). Stored in the database, so any instance serves them,
 * under a random token nobody can guess. Without a public address nothing can be published.
 */
export function createMediaStore(deps: {
  store: Pick<ZaloRepository, 'putMedia' | 'media'>
  /** The server's public root (PUBLIC_URL), without a trailing slash; null when not configured. */
  publicUrl: string | null
  now: () => Date
  ttlMs?: number
}): MediaPublisher & {
  find(url: URL): Promise<ZaloMediaFile | null>
  keep(bytes: Uint8Array, contentType: string): Promise<string>
  kept(fileId: string): Promise<ZaloMediaFile | null>
} {
  return {
    async publish(file) {
      if (!deps.publicUrl) {
        return null
      }
      const token = randomBytes(18).toString('base64url')
      await deps.store.putMedia(token, file, new Date(deps.now().getTime() + (deps.ttlMs ?? MEDIA_TTL_MS)))
      return `${deps.publicUrl}${MEDIA_PATH}?t=${token}&f=${encodeURIComponent(file.fileName)}`
    },
    /** The file a request for MEDIA_PATH asks for, if it exists and has not expired. */
    async find(url) {
      const token = url.pathname === MEDIA_PATH ? (url.searchParams.get('t') ?? '') : ''
      return /^[A-Za-z0-9_-]{16,64}$/.test(token) ? deps.store.media(token, deps.now()) : null
    },
    /** Keeps a file a person sent (not published); returns the file id the bot knows it by. */
    async keep(bytes, contentType) {
      const token = randomBytes(18).toString('base64url')
      const fileName = contentType.includes('png') ? 'anh.png' : 'anh.jpg'
      await deps.store.putMedia(token, { bytes, contentType, fileName }, new Date(deps.now().getTime() + KEPT_PHOTO_TTL_MS))
      return `${KEPT_PREFIX}${token}`
    },
    async kept(fileId) {
      const token = fileId.startsWith(KEPT_PREFIX) ? fileId.slice(KEPT_PREFIX.length) : ''
      return /^[A-Za-z0-9_-]{16,64}$/.test(token) ? deps.store.media(token, deps.now()) : null
    },
  }
}

/** Our HTTP server's route for MEDIA_PATH: the file, or 404 once it expired (or never was). */
export function mediaRoute(media: { find(url: URL): Promise<ZaloMediaFile | null> }) {
  return async (request: { url: URL }): Promise<{ status: number; body?: Buffer | string; contentType?: string }> => {
    const file = await media.find(request.url)
    return file
      ? { status: 200, body: Buffer.from(file.bytes), contentType: file.contentType }
      : { status: 404, body: 'not found', contentType: 'text/plain; charset=utf-8' }
  }
}
