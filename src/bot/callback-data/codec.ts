import { UserError } from '../../services/errors.js'

/** PostgreSQL's int4: every id and number we store fits. */
export const INT4_MAX = 2_147_483_647
/** The same bound as a number typed in a command (helpers/scope.ts: MAX_TYPED_NUMBER). */
const TYPED_MAX = 1_000_000

/**
 * A typed callback-data codec: `prefix:value1:value2`. Telegram allows 64 bytes, so values are
 * ids and short codes, never names. The data is client-echoed: handlers re-check permissions, and
 * numeric fields are parsed with bounds (`numeric`: field → largest value), so crafted data such as
 * `nop:2147483648` is refused as a stale button instead of overflowing a query.
 */
export function callbackData<const K extends string>(prefix: string, fields: readonly K[], numeric: Partial<Record<K, number>> = {}) {
  const bounds = numeric as Partial<Record<string, number>>
  const pattern = new RegExp(`^${prefix}:${fields.map((field) => (bounds[field] ? '(\\d{1,12})' : '([^:]*)')).join(':')}$`)
  return {
    pattern,
    pack(values: Record<K, string | number>): string {
      const data = [prefix, ...fields.map((field) => String(values[field]))].join(':')
      if (Buffer.byteLength(data) > 64) {
        throw new Error(`callback data too long: ${data}`)
      }
      return data
    },
    unpack(data: string): Record<K, string> {
      const match = pattern.exec(data)
      if (!match) {
        throw new UserError('unhandled-button')
      }
      const values = Object.fromEntries(fields.map((field, i) => [field, match[i + 1] ?? ''])) as Record<K, string>
      for (const field of fields) {
        const max = bounds[field]
        const value = Number(values[field])
        if (max !== undefined && (!Number.isSafeInteger(value) || value < 0 || value > max)) {
          throw new UserError('unhandled-button')
        }
      }
      return values
    },
  }
}

const id = INT4_MAX
export const languageData = callbackData('lang', ['locale'])
export const chooseCommitteeData = callbackData('cm', ['committee'], { committee: id })
export const removeBodyData = callbackData('brm', ['committee', 'number', 'step'], { committee: id, number: TYPED_MAX })
export const memberRoleData = callbackData('mrole', ['committee', 'number', 'role'], { committee: id, number: TYPED_MAX })
export const memberRemoveData = callbackData('mrm', ['committee', 'number', 'step'], { committee: id, number: TYPED_MAX })
export const sessionStatusData = callbackData('sst', ['committee', 'number', 'status'], { committee: id, number: TYPED_MAX })
export const submitTaskData = callbackData('nop', ['number'], { number: TYPED_MAX })
export const extendTaskData = callbackData('gh', ['number'], { number: TYPED_MAX })
export const reviewData = callbackData('rv', ['submission', 'verdict'], { submission: id })
export const extensionDecisionData = callbackData('ext', ['request', 'verdict'], { request: id })
export const taskPageData = callbackData('vp', ['mode', 'arg', 'page'], { arg: id, page: 10_000 })
export const sessionPageData = callbackData('sp', ['page'], { page: 10_000 })
