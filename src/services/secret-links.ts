import { createHash, randomBytes } from 'node:crypto'

/** What a link's token looks like (base64url, 20 to 64 characters): anything else is not looked up. */
export const LINK_TOKEN = /^[A-Za-z0-9_-]{20,64}$/

/** The SHA-256 of a link's token: only this is stored, so a copy of the database opens nothing. */
export const hashLinkToken = (token: string) => createHash('sha256').update(token).digest('hex')

/**
 * A new unguessable token for a one-time link (an upload page, a dashboard login) and the hash to
 * store for it.
 */
export function newLinkToken(bytes = 24): { token: string; hash: string } {
  const token = randomBytes(bytes).toString('base64url')
  return { token, hash: hashLinkToken(token) }
}
