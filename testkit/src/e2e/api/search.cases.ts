import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import type { E2eContext } from './context'

async function hits(c: E2eContext, q: string): Promise<{ shape: string; hits: { kind: string; id: string; route: string; chain: string | null }[] }> {
  return (await c.data(`query($q: String!) { search(q: $q) { shape hits { kind id label route chain } } }`, { q })).search
}

function has(result: Awaited<ReturnType<typeof hits>>, kind: string, id: string, route?: string): void {
  const hit = result.hits.find((h) => h.kind === kind && h.id === id)
  assert.ok(hit, `${kind} ${id} in ${JSON.stringify(result.hits.map((h) => `${h.kind}:${h.id}`))}`)
  if (route) assert.equal(hit.route, route)
}

export function searchCases(ctx: () => E2eContext): void {
  describe('search finds every kind of object', () => {
    test('a settlement tx hash, merkle root, blob id and settlement id', async () => {
      const c = ctx()
      const [s] = await c.sql(`select id, tx_hash, merkle_root, blob_id from settlement where kind = 'BATCH' and merkle_root is not null order by id limit 1`)
      const byTx = await hits(c, s.tx_hash)
      assert.equal(byTx.shape, 'hash')
      has(byTx, 'SETTLEMENT', s.id, `/settlements/${s.id}`)
      has(byTx, 'TRANSACTION', s.tx_hash, `/tx/${s.tx_hash}`)
      has(await hits(c, s.merkle_root.toUpperCase().replace('0X', '0x')), 'BATCH', s.id)
      has(await hits(c, s.blob_id), 'BLOB', s.id)
      has(await hits(c, s.id), 'SETTLEMENT', s.id)
    })

    test('an inference id, input hash and output hash', async () => {
      const c = ctx()
      const [i] = await c.sql(`select id, input_hash, output_hash from inference where input_hash is not null order by id limit 1`)
      has(await hits(c, i.id), 'INFERENCE', i.id, `/inferences/${i.id}`)
      has(await hits(c, i.input_hash), 'INFERENCE', i.id)
      has(await hits(c, i.output_hash), 'INFERENCE', i.id)
    })

    test('a TEE id, a PCR hash, and the TEE owner address', async () => {
      const c = ctx()
      const [t] = await c.sql(`select id, owner, pcr_hash from tee_node where pcr_hash is not null order by id limit 1`)
      has(await hits(c, t.id), 'TEE_NODE', t.id, `/tees/${t.id}`)
      const [p] = await c.sql(`select id from pcr where pcr_hash = $1 limit 1`, [t.pcr_hash])
      has(await hits(c, t.pcr_hash), 'PCR', p.id)
      has(await hits(c, t.owner), 'TEE_NODE', t.id)
    })

    test('a validator by address and by moniker, a delegator, an account, a Base payment tx', async () => {
      const c = ctx()
      const [v] = await c.sql(`select id, moniker from validator order by id limit 1`)
      has(await hits(c, v.id), 'VALIDATOR', v.id, `/validators/${v.id}`)
      const byName = await hits(c, v.moniker.slice(1, 5).toLowerCase())
      assert.equal(byName.shape, 'text')
      has(byName, 'VALIDATOR', v.id)
      const [d] = await c.sql(`select delegator from delegation where delegator <> validator_id order by id limit 1`)
      has(await hits(c, d.delegator), 'DELEGATOR', d.delegator)
      const [p] = await c.sql(`select id, tx_hash, payer_id from payment order by id limit 1`)
      has(await hits(c, p.payer_id), 'ACCOUNT', p.payer_id, `/accounts/${p.payer_id}`)
      const tx = await hits(c, p.tx_hash)
      has(tx, 'PAYMENT', p.id)
      assert.ok(tx.hits.some((h) => h.kind === 'TRANSACTION' && h.chain === 'base'))
    })

    test('unknown or SQL-looking input simply finds nothing; empty input is BAD_USER_INPUT', async () => {
      const c = ctx()
      for (const q of [`'; DROP TABLE settlement; --`, `%_%`, `0x${'0'.repeat(64)}`, `" OR ""="`]) assert.deepEqual((await hits(c, q)).hits, [], q)
      const r = await c.gql(`{ search(q: "  ") { shape } }`)
      assert.equal(r.errors?.[0].extensions?.code, 'BAD_USER_INPUT')
    })
  })
}
