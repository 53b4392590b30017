import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { TOKENOMICS_SOURCE } from './tokenomics.js'

// The API returns TOKENOMICS_SOURCE as supplySchedule.source, so a reader must be able to open what it names.
const root = repositoryRoot()

/** The workspace root, found upwards from the working directory (tests run from it or below it). */
function repositoryRoot(): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json')
    if (fs.existsSync(manifest) && 'workspaces' in JSON.parse(fs.readFileSync(manifest, 'utf8'))) return dir
    if (path.dirname(dir) === dir) throw new Error(`no workspace root above ${process.cwd()}`)
  }
}

/** GitHub's anchor for a Markdown heading: lower case, punctuation dropped, each space a hyphen. */
function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')
}

/** The anchors of every heading of a Markdown file, fenced code left out. */
function markdownAnchors(text: string): Set<string> {
  const anchors = new Set<string>()
  let fenced = false
  for (const line of text.split('\n')) {
    if (/^\s*```/.test(line)) fenced = !fenced
    if (fenced) continue
    const m = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)
    if (m) anchors.add(headingAnchor(m[1]))
  }
  return anchors
}

test('heading anchors follow GitHub: "12. Tokenomics" is #12-tokenomics', () => {
  assert.equal(headingAnchor('12. Tokenomics'), '12-tokenomics')
  assert.equal(headingAnchor('6.2 x402 flow'), '62-x402-flow')
  assert.deepEqual([...markdownAnchors('# A\n```\n# not a heading\n```\n## B: c\n')], ['a', 'b-c'])
})

test('the tokenomics source names a file of this repository and a heading in it', () => {
  const cited = [...TOKENOMICS_SOURCE.matchAll(/\b((?:[\w.-]+\/)*[\w.-]+\.md)#([\w-]+)/g)]
  assert.ok(cited.length > 0, `TOKENOMICS_SOURCE cites no repository file with a section: ${TOKENOMICS_SOURCE}`)
  for (const [, file, anchor] of cited) {
    const full = path.join(root, file)
    assert.ok(fs.existsSync(full), `${file} (cited by TOKENOMICS_SOURCE) does not exist in the repository`)
    const anchors = markdownAnchors(fs.readFileSync(full, 'utf8'))
    assert.ok(anchors.has(anchor), `${file} has no heading with anchor #${anchor}; it has ${[...anchors].join(', ')}`)
  }
})

test('every citation of a docs/sources.md section anywhere in the repository names a heading it has', (t) => {
  let files: string[]
  try {
    files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\0')
      .filter(Boolean)
  } catch {
    t.skip('not a git checkout: nothing says which files belong to the repository')
    return
  }
  const anchors = markdownAnchors(fs.readFileSync(path.join(root, 'docs/sources.md'), 'utf8'))
  const broken: string[] = []
  let cited = 0
  for (const file of files) {
    let text: string
    try {
      text = fs.readFileSync(path.join(root, file), 'utf8')
    } catch {
      continue // moved in the working tree
    }
    for (const [, anchor] of text.matchAll(/sources\.md#([\w-]+)/g)) {
      cited += 1
      if (!anchors.has(anchor)) broken.push(`${file}: #${anchor}`)
    }
  }
  assert.ok(cited > 0, 'no file cites a section of docs/sources.md, not even TOKENOMICS_SOURCE')
  assert.deepEqual(broken, [], `citations of docs/sources.md sections that do not exist:\n${broken.join('\n')}`)
})
