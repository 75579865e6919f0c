import { describe, expect, it } from 'vitest'
import { ConfigError, describeConfig, parseConfig } from '../../src/config.js'

describe('configuration', () => {
  it('has working defaults for a fresh machine: no token, embedded database, Vietnamese', () => {
    const config = parseConfig({})
    expect(config.BOT_TOKEN).toBeUndefined()
    expect(config.DATABASE_URL).toBeUndefined()
    expect(config).toMatchObject({
      DATA_DIR: './data',
      TZ: 'Asia/Ho_Chi_Minh',
      DEFAULT_LOCALE: 'vi',
      LOG_LEVEL: 'info',
      TELEGRAM_API_ROOT: 'https://api.telegram.org',
      DB_CONNECT_TIMEOUT_MS: 5000,
    })
  })

  it('treats empty variables as unset', () => {
    expect(parseConfig({ BOT_TOKEN: '', DATABASE_URL: '' }).BOT_TOKEN).toBeUndefined()
  })

  it('names every bad variable in one readable message', () => {
    let error: unknown
    try {
      parseConfig({ BOT_TOKEN: 'nope', TZ: 'Mars/Base', DATABASE_URL: 'mysql://x', DEFAULT_LOCALE: 'fr', TELEGRAM_API_ROOT: 'http://x/' })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ConfigError)
    const message = (error as Error).message
    for (const name of ['BOT_TOKEN', 'TZ', 'DATABASE_URL', 'DEFAULT_LOCALE', 'TELEGRAM_API_ROOT']) {
      expect(message).toMatch(new RegExp(`^  ${name}: `, 'm'))
    }
    expect(message.split('\n')).toHaveLength(6)
  })

  it('accepts a real-looking token and a PostgreSQL URL', () => {
    const config = parseConfig({ BOT_TOKEN: '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw', DATABASE_URL: 'postgresql://u:p@localhost/db' })
    expect(config.DATABASE_URL).toBe('postgresql://u:p@localhost/db')
  })

  it('documents every variable for the README', () => {
    const table = describeConfig()
    for (const name of ['BOT_TOKEN', 'DATABASE_URL', 'DATA_DIR', 'TZ', 'DEFAULT_LOCALE', 'LOG_LEVEL', 'TELEGRAM_API_ROOT']) {
      expect(table).toContain(`| \`${name}\` |`)
    }
  })
})
