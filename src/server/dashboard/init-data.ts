import { createHmac, timingSafeEqual } from 'node:crypto'

/** How old a Mini App's initData may be: a day (its auth_date is when Telegram opened the app). */
export const INIT_DATA_MAX_AGE_SECONDS = 24 * 3600

/** The data-check-string of Telegram's Mini App spec: every field but `hash`, sorted by name, as key=value lines. */
function dataCheckString(params: URLSearchParams): string {
  return [...params.entries()]
    .filter(([key]) => key !== 'hash')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join('\n')
}

/** The hex HMAC-SHA-256 of the data with the key HMAC-SHA-256("WebAppData", bot token), as Telegram signs initData. */
export function initDataHash(params: URLSearchParams, botToken: string): string {
  const secret = createHmac('sha256', 'WebAppData').update(botToken).digest()
  return createHmac('sha256', secret).update(dataCheckString(params)).digest('hex')
}

/**
 * Checks a Mini App's initData (Telegram's "Validating data received via the Mini App"): the hash
 * must be the HMAC of the other fields with the bot token's secret, and auth_date at most a day old
 * (and not in the future beyond a minute of clock skew). Returns the Telegram user, or null.
 */
export function verifyInitData(
  initData: string,
  botToken: string,
  now: Date,
  maxAgeSeconds = INIT_DATA_MAX_AGE_SECONDS,
): { userId: string; languageCode: string | null; authDate: Date } | null {
  if (!initData || initData.length > 8192) {
    return null
  }
  const params = new URLSearchParams(initData)
  const hash = params.get('hash') ?? ''
  if (!/^[0-9a-f]{64}$/.test(hash)) {
    return null
  }
  const expected = Buffer.from(initDataHash(params, botToken), 'hex')
  if (!timingSafeEqual(expected, Buffer.from(hash, 'hex'))) {
    return null
  }
  const authDate = Number(params.get('auth_date'))
  const age = now.getTime() / 1000 - authDate
  if (!Number.isInteger(authDate) || age > maxAgeSeconds || age < -60) {
    return null
  }
  let user: unknown
  try {
    user = JSON.parse(params.get('user') ?? 'null')
  } catch {
    return null
  }
  const id = (user as { id?: unknown } | null)?.id
  if (typeof id !== 'number' || !Number.isSafeInteger(id)) {
    return null
  }
  const language = (user as { language_code?: unknown }).language_code
  return { userId: String(id), languageCode: typeof language === 'string' ? language : null, authDate: new Date(authDate * 1000) }
}
