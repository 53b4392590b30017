// The built app's initial JavaScript stays within budget and leaves the charts to the pages that
// draw them (npm test builds first, so web/dist is this commit's build).
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { test } from 'node:test'
import { initialChunks } from '../scripts/initial-chunks'
import { DIST_DIR } from '../scripts/web-server'

const BUDGET = 300 * 1024

test('initial JavaScript is under 300 KB gzipped and holds no chart code', () => {
  const manifestFile = path.join(DIST_DIR, '.vite/manifest.json')
  assert.ok(fs.existsSync(manifestFile), 'web/dist is not built: npm run build -w web')
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'))
  const { js } = initialChunks(manifest)
  const gzipped = js.reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(DIST_DIR, f)), { level: 9 }).length, 0)
  console.log(`initial JavaScript: ${(gzipped / 1024).toFixed(1)} KB gzipped in ${js.length} file(s)`)
  assert.ok(gzipped < BUDGET, `initial JavaScript is ${gzipped} bytes gzipped, over the ${BUDGET} budget`)
  for (const file of js) assert.doesNotMatch(fs.readFileSync(path.join(DIST_DIR, file), 'utf8'), /recharts-(wrapper|surface)/, `${file} carries recharts`)
  const pages = Object.values(manifest as Record<string, { file: string; isDynamicEntry?: boolean; src?: string }>).filter(
    (c) => c.isDynamicEntry && /^src\/(pages|features)\//.test(c.src ?? ''),
  )
  assert.ok(pages.length >= 10, `pages are split into their own chunks (found ${pages.length})`)
})
