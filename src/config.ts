import { z } from 'zod'

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
    return true
  } catch {
    return false
  }
}

const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value)

/**
 * Every environment variable the bot reads. `.describe()` texts feed the README's configuration
 * table (`npm run env:docs`), so the documentation cannot drift from the code.
 */
export const configSchema = z.object({
  BOT_TOKEN: z
    .preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^\d+:[\w-]{20,}$/, 'must look like 123456789:AA… (the token BotFather gives)')
        .optional(),
    )
    .describe('Telegram bot token from BotFather. Without it the bot opens the local console chat.'),
  DATABASE_URL: z
    .preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
        .optional(),
    )
    .describe('PostgreSQL connection URL. Without it the embedded PGlite database in DATA_DIR is used.'),
  DATA_DIR: z.string().min(1).default('./data').describe('Directory of the embedded database, the lock file and console logs.'),
  TZ: z
    .string()
    .default('Asia/Ho_Chi_Minh')
    .refine(isTimeZone, 'must be an IANA time zone such as Asia/Ho_Chi_Minh')
    .describe('Default time zone of new committees (IANA name).'),
  DEFAULT_LOCALE: z.enum(['vi', 'en']).default('vi').describe('Language used until a person chooses one with /lang.'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info').describe('pino log level.'),
  TELEGRAM_API_ROOT: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL without a trailing slash' })
    .refine((value) => !value.endsWith('/'), 'must not end with a slash')
    .default('https://api.telegram.org')
    .describe('Bot API server root; set it for a self-hosted Bot API server.'),
  DB_CONNECT_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(120_000)
    .default(5_000)
    .describe('PostgreSQL: how long to wait for a connection before failing (ms).'),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10).describe('PostgreSQL: connection pool size.'),
  INVITE_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(7).describe('Days an invite code stays valid.'),
  CONVERSATION_TIMEOUT_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30)
    .describe('Minutes a multi-step dialogue waits for an answer before it is abandoned.'),
  BOT_MODE: z
    .enum(['polling', 'webhook'])
    .default('polling')
    .describe('How Telegram updates arrive: long polling (one instance) or a webhook (several instances on PostgreSQL).'),
  PORT: z.coerce
    .number()
    .int()
    .min(0)
    .max(65_535)
    .optional()
    .describe('HTTP port of the webhook, /healthz, /readyz and /metrics. Webhook mode: 8080 when unset; polling: no server unless set.'),
  WEBHOOK_URL: z
    .preprocess(emptyToUndefined, z.url({ protocol: /^https?$/, error: 'must be the public https:// URL Telegram posts to' }).optional())
    .describe('Webhook mode: the public URL Telegram posts updates to; the server listens at its path.'),
  WEBHOOK_SECRET: z
    .preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{16,256}$/, 'must be 16–256 characters of A-Z a-z 0-9 _ -')
        .optional(),
    )
    .describe('Webhook mode: the secret Telegram sends with every update (X-Telegram-Bot-Api-Secret-Token).'),
  UPDATE_CONCURRENCY: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(8)
    .describe("Updates one instance handles at once (one chat's updates always one after another)."),
  UPDATE_LEASE_SECONDS: z.coerce
    .number()
    .int()
    .min(2)
    .max(3600)
    .default(60)
    .describe('How long an instance may go silent before the updates it was handling are taken over by another.'),
  ZALO_BOT_TOKEN: z
    .preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^\d+:\S{8,}$/, 'must look like 12345689:abc… (the token Zalo Bot Creator sends you)')
        .optional(),
    )
    .describe('Zalo bot token (Zalo Bot Manager → Tạo bot). Runs the bot on Zalo too; alone, on Zalo only.'),
  ZALO_MODE: z.enum(['polling', 'webhook']).default('polling').describe('How Zalo updates arrive: long polling or a webhook.'),
  ZALO_WEBHOOK_SECRET: z
    .preprocess(emptyToUndefined, z.string().min(8, 'must be 8 to 256 characters').max(256, 'must be 8 to 256 characters').optional())
    .describe('Zalo webhook mode: the secret Zalo sends with every update (X-Bot-Api-Secret-Token), 8–256 characters.'),
  ZALO_API_ROOT: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL without a trailing slash' })
    .refine((value) => !value.endsWith('/'), 'must not end with a slash')
    .default('https://bot-api.zaloplatforms.com')
    .describe('Zalo Bot API root; tests and fakes point it elsewhere.'),
  ZALO_BOT_NAME: z
    .preprocess(emptyToUndefined, z.string().trim().min(1).max(100).optional())
    .describe('The Zalo bot\'s name as people mention it in groups ("Bot Đối thoại"), when Zalo\'s getMe does not tell it.'),
  ZALO_SENDS_PER_SECOND: z.coerce
    .number()
    .min(0.2)
    .max(100)
    .default(3)
    .describe('Messages a second Zalo is assumed to take from the bot (Zalo publishes no limit); the outbox books 80 % of it.'),
  ZALO_GROUP_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .max(600)
    .default(10)
    .describe('Messages a minute the bot sends to one Zalo group at most.'),
  PUBLIC_URL: z
    .preprocess(
      emptyToUndefined,
      z
        .url({ protocol: /^https?$/, error: 'must be an http(s) URL without a trailing slash' })
        .refine((value) => !value.endsWith('/'), 'must not end with a slash')
        .optional(),
    )
    .describe(
      'Public https:// root of our HTTP server: the dashboard, upload and download links, ' +
        'the calendar feed (/ical); Zalo fetches pictures.',
    ),
})

export type Config = z.infer<typeof configSchema>

/** Thrown when the environment is invalid; its message names every bad variable. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Parses the environment once. Throws ConfigError with one readable line per bad variable. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(env)
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`)
    throw new ConfigError(`Invalid environment:\n${lines.join('\n')}`)
  }
  const config = result.data
  if (config.BOT_MODE === 'webhook') {
    const missing = (['BOT_TOKEN', 'WEBHOOK_URL', 'WEBHOOK_SECRET'] as const).filter((name) => !config[name])
    if (missing.length > 0) {
      throw new ConfigError(`Invalid environment:\n${missing.map((name) => `  ${name}: required when BOT_MODE=webhook`).join('\n')}`)
    }
  }
  if (config.ZALO_MODE === 'webhook' && (!config.ZALO_BOT_TOKEN || !config.ZALO_WEBHOOK_SECRET || !config.PUBLIC_URL)) {
    const missing = (['ZALO_BOT_TOKEN', 'ZALO_WEBHOOK_SECRET', 'PUBLIC_URL'] as const).filter((name) => !config[name])
    throw new ConfigError(`Invalid environment:\n${missing.map((name) => `  ${name}: required when ZALO_MODE=webhook`).join('\n')}`)
  }
  return Object.freeze(config)
}

/** The configuration table for the README, generated from the schema. */
export function describeConfig(): string {
  const rows = Object.entries(configSchema.shape).map(([name, schema]) => {
    const parsed = schema.safeParse(undefined)
    const defaultValue = parsed.success && parsed.data !== undefined ? `\`${String(parsed.data)}\`` : '—'
    return `| \`${name}\` | ${defaultValue} | ${schema.description ?? ''} |`
  })
  return ['| variable | default | meaning |', '|---|---|---|', ...rows].join('\n')
}
