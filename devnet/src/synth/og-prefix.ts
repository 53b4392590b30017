/**
 * The OG model at the end of the OG deployment blocks. The contracts' constructors are configured
 * from the deployments (og-model.ts); the blocks' other transactions (role grants, the precompiles'
 * initialisation, the proof-of-authority validator) are executed on the model, and the logs it
 * emits must be the ones anvil emitted, so the model and the deployment cannot drift apart unseen.
 */
import type { DatasetBlock } from '../dataset/format'
import type { Deployments } from '../deployments'
import { num } from '../gateway/chain-data'
import { OgModel, type StateRecord } from './og-model'

export function ogModelAfterPrefix(blocks: DatasetBlock[], deployments: Deployments, record: StateRecord): { model: OgModel; nonces: Map<string, number> } {
  const model = new OgModel(deployments, record)
  const nonces = new Map<string, number>()
  for (const block of blocks) {
    const number = num(block.header.number as string)
    const timestamp = BigInt(block.header.timestamp as string)
    for (const tx of block.transactions) {
      const from = tx.from.toLowerCase()
      nonces.set(from, Math.max(nonces.get(from) ?? 0, num(tx.nonce as string) + 1))
      if (!tx.to) continue
      const expected = block.logs.filter((l) => l.transactionHash === tx.hash).map((l) => [l.address.toLowerCase(), l.topics, l.data])
      const { logs } = model.execute({ from, to: tx.to, data: tx.input as string, nonce: num(tx.nonce as string) }, timestamp, number)
      const actual = logs.map((l) => [l.address, l.topics, l.data])
      if (JSON.stringify(actual) !== JSON.stringify(expected))
        throw new Error(
          `the OG model's logs for deployment transaction ${tx.hash} differ from anvil's: ${JSON.stringify(actual)} vs ${JSON.stringify(expected)}`,
        )
    }
  }
  return { model, nonces }
}
