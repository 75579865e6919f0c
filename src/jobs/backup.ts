import { join } from 'node:path'
import { pruneBackups, writeBackup } from '../db/backup.js'
import type { Database } from '../db/client.js'
import type { Logger } from '../logger.js'
import { localDateOf } from '../services/calendar/local-date.js'

/** Nightly backups kept in DATA_DIR/backups. */
export const NIGHTLY_BACKUPS_KEPT = 7

export interface NightlyBackupDeps {
  database: Database
  /** DATA_DIR/backups */
  dir: string
  timeZone: string
  logger: Logger
}

/**
 * The embedded database's nightly backup: one file per local day (`backup-YYYY-MM-DD.jsonl.gz`,
 * a second run the same day replaces it), the newest seven kept. While it is written the bot's
 * queries wait (PGlite has one connection): at night that is seconds nobody notices.
 */
export async function runNightlyBackup(deps: NightlyBackupDeps, now: Date): Promise<string> {
  const logger = deps.logger.child({ job: 'backup' })
  const file = join(deps.dir, `backup-${localDateOf(now, deps.timeZone)}.jsonl.gz`)
  const started = Date.now()
  const rows = await writeBackup(deps.database, file, now)
  const removed = pruneBackups(deps.dir, NIGHTLY_BACKUPS_KEPT)
  logger.info({ file, rows, removed, ms: Date.now() - started }, 'nightly backup written')
  return file
}
