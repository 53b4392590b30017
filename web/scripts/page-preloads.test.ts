import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { pagePreloads } from './page-preloads'
import { DIST_DIR } from './web-server'

test('a page preloads its chunk, its on-demand chunks and their imports, and nothing the entry already loads', () => {
  const chunks = {
    'entry.js': { imports: ['react.js'], dynamicImports: ['page.js', 'other-page.js'] },
    'react.js': { imports: [], dynamicImports: [] },
    'page.js': { imports: ['react.js', 'card.js'], dynamicImports: ['chart.js'] },
    'card.js': { imports: [], dynamicImports: [] },
    'chart.js': { imports: ['react.js', 'charting-library.js'], dynamicImports: ['never-asked.js'] },
    'charting-library.js': { imports: ['card.js'], dynamicImports: [] },
    'never-asked.js': { imports: [], dynamicImports: [] },
    'other-page.js': { imports: [], dynamicImports: [] },
  }
  const files = pagePreloads(chunks, 'entry.js', 'page.js')
  assert.equal(files[0], 'page.js')
  assert.deepEqual([...files].sort(), ['card.js', 'chart.js', 'charting-library.js', 'page.js'])
  assert.equal(new Set(files).size, files.length)
})

interface ManifestChunk {
  file: string
  src?: string
  isEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
}

test('the built index.html preloads every chunk the overview and its charts load, per the build manifest', () => {
  const manifestFile = path.join(DIST_DIR, '.vite/manifest.json')
  assert.ok(fs.existsSync(manifestFile), 'web/dist is not built: npm run build -w web')
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>
  const html = fs.readFileSync(path.join(DIST_DIR, 'index.html'), 'utf8')
  const linked = new Set([...html.matchAll(/<link rel="modulepreload"[^>]*href="\/([^"]+)"/g)].map((m) => m[1]))
  const entry = Object.values(manifest).find((c) => c.isEntry)
  assert.ok(entry, 'the manifest has no entry')
  const script = /<script type="module"[^>]*src="\/([^"]+)"/.exec(html)?.[1]
  assert.equal(script, entry.file)
  // the manifest's own graph: keys, not file names, so this walk does not share the plugin's input
  const needed = new Set<string>()
  const walk = (key: string) => {
    if (needed.has(manifest[key].file)) return
    needed.add(manifest[key].file)
    for (const dep of manifest[key].imports ?? []) walk(dep)
  }
  const overview = manifest['src/pages/Overview.tsx']
  assert.ok(overview?.dynamicImports?.length, 'the overview loads its charts on demand')
  walk('src/pages/Overview.tsx')
  for (const chart of overview.dynamicImports) walk(chart)
  needed.delete(entry.file)
  for (const file of needed) assert.ok(linked.has(file), `${file} is not preloaded`)
  assert.ok(linked.has(manifest[overview.dynamicImports[0]].file))
})
