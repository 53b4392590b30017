import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { KNOWN_ABIS } from './known-abis'

// api/lib/chain/abi → the repository's indexer/abi
const ABI_DIR = path.resolve(__dirname, '../../../../indexer/abi')

type Param = { name: string; type: string; indexed?: boolean; components?: Param[] }
const slim = (p: Param): Param => ({
  name: p.name,
  type: p.type,
  ...(p.indexed ? { indexed: true } : {}),
  ...(p.components ? { components: p.components.map(slim) } : {}),
})

test('the API’s copy of the ABIs equals indexer/abi (events and functions, names and types)', () => {
  const files = fs.readdirSync(ABI_DIR).filter((f) => f.endsWith('.json'))
  assert.deepEqual(Object.keys(KNOWN_ABIS).sort(), files.map((f) => f.replace(/\.json$/, '')).sort())
  for (const file of files) {
    const raw = JSON.parse(fs.readFileSync(path.join(ABI_DIR, file), 'utf8'))
    const abi: Array<{ type: string; name: string; inputs?: Param[] }> = Array.isArray(raw) ? raw : raw.abi
    const expected = abi
      .filter((x) => x.type === 'event' || x.type === 'function')
      .map((x) => ({ type: x.type, name: x.name, inputs: (x.inputs ?? []).map(slim) }))
    assert.deepEqual(KNOWN_ABIS[file.replace(/\.json$/, '')], expected, `${file} changed: copy it into api/src/chain/abi/known-abis.ts`)
  }
})
