# Lines `npm start` prints (issue 10, defect 8)
startup-config-invalid = Invalid configuration. Fix these environment variables and start again:
startup-console-no-token = No BOT_TOKEN or ZALO_BOT_TOKEN: starting the local console chat (no Telegram or Zalo needed). Logs: { $log }
startup-console-flag = Console chat (--console): the bot runs locally, Telegram is not contacted.
startup-data-dir-locked = The data directory { $dir } is in use by another process. The embedded database (PGlite) is single-process: stop the other bot first, or use PostgreSQL (DATABASE_URL) to run several instances.
startup-data-dir-locked-pid = The data directory { $dir } is in use by another process (pid { $pid }). The embedded database (PGlite) is single-process: stop the other bot first, or use PostgreSQL (DATABASE_URL) to run several instances.
startup-migrations-applied = Applied: { $list }
startup-migrations-none = Database is up to date.
startup-fatal = Fatal
startup-backup-written = Backup written: { $file } ({ $rows } rows).
startup-restored = Restored { $rows } rows from { $file }; { $migrations } newer migrations applied.
