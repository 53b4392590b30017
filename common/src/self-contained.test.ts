import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

// Users clone this repository alone: nothing in it may point at a file beside it. The patterns are
// assembled so that this file does not match itself.
const root = repositoryRoot()

/** The workspace root, found upwards from the working directory (tests run from it or below it). */
function repositoryRoot(): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json')
    if (fs.existsSync(manifest) && 'workspaces' in JSON.parse(fs.readFileSync(manifest, 'utf8'))) return dir
    if (path.dirname(dir) === dir) throw new Error(`no workspace root above ${process.cwd()}`)
  }
}
const FORBIDDEN = ['..' + '/shared', 'shared' + '/research']

/** Paths git tracks, or undefined outside a git checkout (a tarball or a Docker context has no .git). */
function trackedFiles(): string[] | undefined {
  try {
    const out = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 })
    return out.split('\0').filter((p) => p.length > 0)
  } catch {
    return undefined
  }
}

/** A tracked file's text; undefined when it is gone from the working tree (mid-move) or binary. */
function readText(relative: string): string | undefined {
  try {
    const buf = fs.readFileSync(path.join(root, relative))
    return buf.includes(0) ? undefined : buf.toString('utf8')
  } catch {
    return undefined
  }
}

test('no tracked file points outside the repository', (t) => {
  const files = trackedFiles()
  if (files === undefined) {
    t.skip('not a git checkout: nothing says which files belong to the repository')
    return
  }
  assert.ok(files.includes('package.json'), `git ls-files at ${root} did not list the root package.json`)
  const hits: string[] = []
  for (const file of files) {
    const text = readText(file)
    if (text === undefined) continue
    text.split('\n').forEach((line, i) => {
      if (FORBIDDEN.some((f) => line.includes(f))) hits.push(`${file}:${i + 1}: ${line.trim().slice(0, 160)}`)
    })
  }
  assert.deepEqual(hits, [], `files cite paths outside the repository (move the facts into docs/sources.md):\n${hits.join('\n')}`)
})
