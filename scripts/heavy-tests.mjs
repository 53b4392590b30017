// Which compiled test files need the machine to themselves: those that start anvil, Postgres, Chromium,
// Vitest or any child process, directly or through a module of the repository they load. The rest
// (pure functions, in-process servers on port 0) can run side by side.
import fs from 'node:fs'
import path from 'node:path'

/**
 * Calls that start something heavy (in compiled CommonJS a call reads `name(` or `(0, m.name)(`).
 * Worker threads are not on the list: they share the test's process and its core budget.
 */
const HEAVY =
  /\b(startTestDevnet|startDevnet|startStack|startIndexedStack|startProduct|startLiveProduct|freshDatabase|startEmbeddedPostgres|launchChromium|spawn|spawnSync|execFile|execFileSync|execSync|fork)\)?\(/

const REQUIRE = /require\("([^"]+)"\)/g

/**
 * Where a require() of a compiled module points, inside the repository: relative paths, and
 * `@og-explorer/<workspace>` (its lib/index.js) or `@og-explorer/<workspace>/lib/...`. Other
 * packages are outside the question (a dependency that spawns is reached through our own call).
 */
function resolveLocal(from, spec, workspaceDirs) {
  let base
  if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec)
  else {
    const m = /^@og-explorer\/([^/]+)(?:\/(.*))?$/.exec(spec)
    if (!m || !workspaceDirs[m[1]]) return undefined
    // a package's index re-exports everything (the devnet's exports start anvil); a test that starts
    // something through it names the call itself, in its own text
    if (!m[2]) return undefined
    base = path.join(workspaceDirs[m[1]], m[2])
  }
  for (const candidate of [base, `${base}.js`, path.join(base, 'index.js')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile() && candidate.endsWith('.js')) return candidate
  }
  return undefined
}

/** Splits test files into those that may run concurrently and those that run one at a time. */
export function splitHeavy(files, root, workspaces) {
  const workspaceDirs = {}
  for (const w of workspaces) {
    const pkg = path.join(root, w, 'package.json')
    if (!fs.existsSync(pkg)) continue
    const name = JSON.parse(fs.readFileSync(pkg, 'utf8')).name ?? ''
    workspaceDirs[name.replace(/^@og-explorer\//, '')] = path.join(root, w)
  }
  // per module: whether it names something heavy itself, and the repository modules it loads
  const modules = new Map()
  const moduleInfo = (file) => {
    let info = modules.get(file)
    if (!info) {
      const text = fs.readFileSync(file, 'utf8')
      const deps = [...text.matchAll(REQUIRE)].map(([, spec]) => resolveLocal(file, spec, workspaceDirs)).filter(Boolean)
      info = { heavy: HEAVY.test(text), deps }
      modules.set(file, info)
    }
    return info
  }
  const isHeavy = (file) => {
    const seen = new Set([file])
    const todo = [file]
    while (todo.length) {
      const info = moduleInfo(todo.pop())
      if (info.heavy) return true
      for (const d of info.deps) if (!seen.has(d)) seen.add(d), todo.push(d)
    }
    return false
  }
  const light = []
  const heavy = []
  for (const f of files) (isHeavy(f) ? heavy : light).push(f)
  return { light, heavy }
}
