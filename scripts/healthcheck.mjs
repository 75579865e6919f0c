// The container's health check (Dockerfile HEALTHCHECK, docker-compose.yml): exits 0 when the bot's
// /readyz answers 200 — database reachable, migrations applied, sender running, not shutting down.
const port = process.env.PORT || '8080'
const controller = new AbortController()
setTimeout(() => controller.abort(), 4000).unref()
try {
  const response = await fetch(`http://127.0.0.1:${port}/readyz`, { signal: controller.signal })
  if (!response.ok) {
    process.stderr.write(`not ready: ${await response.text()}\n`)
  }
  process.exit(response.ok ? 0 : 1)
} catch (error) {
  process.stderr.write(`no answer on port ${port}: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
}
