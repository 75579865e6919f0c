// `npm start`: runs the compiled bot (dist/), compiling it first when dist/ is missing or older
// than src/. Node then loads plain JavaScript instead of transpiling ~150 TypeScript files at every
// start (tsx), which is most of the start-up time that is ours; `npm install && npm start` from a
// fresh clone still works in one command (the first start compiles, once).
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const entry = join(root, 'dist', 'main.js')

/** The newest modification time of the files under `dir`. */
function newest(dir) {
  let time = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs)
  }
  return time
}

if (!existsSync(entry) || newest(join(root, 'src')) > statSync(entry).mtimeMs) {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc')
  if (!existsSync(tsc)) {
    process.stderr.write('dist/ is missing or older than src/, and TypeScript is not installed: run npm install, or npm run build\n')
    process.exit(1)
  }
  process.stderr.write('Compiling the bot (once after each change of src/)…\n')
  const build = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'inherit' })
  if (build.status !== 0) {
    process.exit(build.status ?? 1)
  }
}
await import(pathToFileURL(entry).href)
