// Generates the Prisma client into src/generated/prisma. Runs on `npm install` (postinstall).
// The Prisma CLI wants to download its schema engine even for `generate`, which does not use it;
// pointing PRISMA_SCHEMA_ENGINE_BINARY at a stub keeps generation offline.
// With `npm ci --omit=dev` the CLI is absent: then generation is skipped unless --required.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const cli = join(root, 'node_modules', 'prisma', 'build', 'index.js')
const required = process.argv.includes('--required')

if (!existsSync(cli)) {
  if (required) {
    process.stderr.write('prisma CLI not installed: run npm install first\n')
    process.exit(1)
  }
  process.stderr.write('prisma CLI not installed (production install): skipping client generation\n')
  process.exit(0)
}

const env = { ...process.env }
env.PRISMA_SCHEMA_ENGINE_BINARY ??= join(root, 'scripts', 'schema-engine-stub.sh')
env.PRISMA_HIDE_UPDATE_MESSAGE = '1'
const result = spawnSync(process.execPath, [cli, 'generate'], { cwd: root, env, stdio: 'inherit' })
process.exit(result.status ?? 1)
