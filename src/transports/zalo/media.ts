import { randomBytes } from 'node:crypto'
import type { ZaloMediaFile, ZaloRepository } from '../../db/repositories/zalo-repository.js'
import type { MediaPublisher } from './outbound.js'

/** Where our HTTP server serves what the bot sends to Zalo: `<PUBLIC_URL>/zalo/media/<token>/<file name>`. */
export const MEDIA_PATH_PREFIX = '/zalo/media/'

/** How long a picture or file stays at its URL: Zalo fetches it at once, people may open a link later. */
export const MEDIA_TTL_MS = 30 * 24 * 60 * 60_000

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
}): MediaPublisher & { find(path: string): Promise<ZaloMediaFile | null> } {
  return {
    async publish(file) {
      if (!deps.publicUrl) {
        return null
      }
      const token = randomBytes(18).toString('base64url')
      await deps.store.putMedia(token, file, new Date(deps.now().getTime() + (deps.ttlMs ?? MEDIA_TTL_MS)))
      return `${deps.publicUrl}${MEDIA_PATH_PREFIX}${token}/${encodeURIComponent(file.fileName)}`
    },
    /** The file behind a request path under MEDIA_PATH_PREFIX, if it exists and has not expired. */
    async find(path) {
      const token = /^\/zalo\/media\/([A-Za-z0-9_-]{16,64})(?:\/[^/]*)?$/.exec(path)?.[1]
      return token ? deps.store.media(token, deps.now()) : null
    },
  }
}
