import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { DOCUMENTED_EVENTS, type DocumentedEvent } from '@og-explorer/contracts'
import { toEventSelector } from 'viem'

/*
 * The ABI modules in this folder are generated (npm run typegen -w indexer) from indexer/abi/*.json.
 * These tests hold the JSON to the documented event list and the modules to the JSON, so an ABI
 * edited by hand, or a module not regenerated after an ABI change, fails here.
 */

const ABI_DIR = path.resolve(__dirname, '../../abi')
const GENERATED_DIR = path.resolve(__dirname, '../../src/abi')
/** the chain each ABI's contract lives on */
const BASE_ABIS = new Set(['ERC20', 'UniswapV3Pool', 'X402ExactProxy', 'X402UptoProxy'])

type AbiParam = { type: string; components?: AbiParam[] }
type AbiEvent = { type: string; name: string; inputs: AbiParam[] }

/** the canonical type as hashed into topic0: tuples spelled out, array suffixes kept */
const canonical = (p: AbiParam): string => (p.type.startsWith('tuple') ? `(${p.components!.map(canonical).join(',')})${p.type.slice('tuple'.length)}` : p.type)

function abiEvents(): { abi: string; signature: string; topic: string }[] {
  return fs
    .readdirSync(ABI_DIR)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => {
      const items = JSON.parse(fs.readFileSync(path.join(ABI_DIR, f), 'utf8')) as AbiEvent[]
      return items
        .filter((x) => x.type === 'event')
        .map((e) => {
          const signature = `${e.name}(${e.inputs.map(canonical).join(',')})`
          return { abi: path.basename(f, '.json'), signature, topic: toEventSelector(signature) }
        })
    })
}

test('every event topic in indexer/abi/*.json is a documented event of its chain', () => {
  const events = abiEvents()
  assert.ok(events.length > 0, 'the ABIs declare events')
  const documented = new Map<string, DocumentedEvent>(DOCUMENTED_EVENTS.map((e) => [toEventSelector(e.signature), e]))
  const undocumented = events.filter((e) => documented.get(e.topic)?.chain !== (BASE_ABIS.has(e.abi) ? 'base' : 'og'))
  assert.deepEqual(undocumented.map((e) => `${e.abi}: ${e.signature}`), [])
})

test('each generated module carries exactly the event topics of its ABI', async () => {
  const byAbi = new Map<string, string[]>()
  for (const e of abiEvents()) byAbi.set(e.abi, [...(byAbi.get(e.abi) ?? []), e.topic])
  for (const [abi, topics] of byAbi) {
    const mod = (await import(`./${abi}`)) as { events: Record<string, { topic: string }> }
    assert.deepEqual(Object.values(mod.events).map((e) => e.topic).sort(), [...topics].sort(), abi)
  }
})

test('the committed ABI modules are what npm run typegen generates from the JSON', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'og-typegen-'))
  try {
    const jsons = fs.readdirSync(ABI_DIR).filter((f) => f.endsWith('.json'))
    const bin = require.resolve('@subsquid/evm-typegen/bin/run.js')
    const run = spawnSync(process.execPath, [bin, out, ...jsons.map((f) => path.join(ABI_DIR, f))], { encoding: 'utf8' })
    assert.equal(run.status, 0, run.stderr)
    for (const f of jsons) {
      const name = `${path.basename(f, '.json')}.ts`
      assert.equal(fs.readFileSync(path.join(GENERATED_DIR, name), 'utf8'), fs.readFileSync(path.join(out, name), 'utf8'), `${name} is stale: npm run typegen -w indexer`)
    }
  } finally {
    fs.rmSync(out, { recursive: true, force: true })
  }
})
