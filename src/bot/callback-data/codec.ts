/**
 * A typed callback-data codec: `prefix:value1:value2`. Telegram allows 64 bytes, so values are
 * ids and short codes, never names. The data is client-echoed: handlers re-check permissions.
 */
export function callbackData<const K extends string>(prefix: string, fields: readonly K[]) {
  const pattern = new RegExp(`^${prefix}:${fields.map(() => '([^:]*)').join(':')}$`)
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
        throw new Error(`not ${prefix} callback data: ${data}`)
      }
      return Object.fromEntries(fields.map((field, i) => [field, match[i + 1] ?? ''])) as Record<K, string>
    },
  }
}

export const languageData = callbackData('lang', ['locale'])
export const chooseCommitteeData = callbackData('cm', ['committee'])
export const removeBodyData = callbackData('brm', ['committee', 'number', 'step'])
export const memberRoleData = callbackData('mrole', ['committee', 'number', 'role'])
export const memberRemoveData = callbackData('mrm', ['committee', 'number', 'step'])
export const sessionStatusData = callbackData('sst', ['committee', 'number', 'status'])
export const submitTaskData = callbackData('nop', ['number'])
export const extendTaskData = callbackData('gh', ['number'])
export const reviewData = callbackData('rv', ['submission', 'verdict'])
export const extensionDecisionData = callbackData('ext', ['request', 'verdict'])
export const taskPageData = callbackData('vp', ['mode', 'arg', 'page'])
export const sessionPageData = callbackData('sp', ['page'])
