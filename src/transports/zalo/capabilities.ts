import type { Capabilities } from '../../bot/capabilities.js'
import { ZALO_TEXT_LIMIT } from './types.js'

/** Zalo's Bot API (reference §0, §4): plain text of 2,000 characters, nothing else of Telegram's. */
export const ZALO_CAPABILITIES: Capabilities = Object.freeze({
  canEdit: false,
  hasButtons: false,
  maxText: ZALO_TEXT_LIMIT,
  files: 'upload-link',
  adminChecks: false,
  webApps: false,
})
