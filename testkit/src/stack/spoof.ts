import { encodeDeployData, encodeFunctionData, keccak256, toBytes, toHex, type Abi, type Hex } from 'viem'
import { loadArtifact } from '@og-explorer/contracts'
import type { TestDevnet } from './devnet'

const ATTACKER: Hex = '0x00000000000000000000000000000000000a77ac'

/**
 * Deploys look-alike contracts at addresses no profile trusts and makes them emit the exact topics
 * the indexer consumes: a BatchSettlement and an IndividualSettlement on the OG chain, an OPG-shaped
 * Transfer on Base. Returns the spoofing contracts' addresses and transaction hashes.
 */
export async function emitSpoofedLogs(devnet: TestDevnet): Promise<{ addresses: string[]; txHashes: string[] }> {
  const relay = loadArtifact('InferenceSettlementRelay')
  const token = loadArtifact('OPGToken')
  const og = devnet.ogWriter
  const base = devnet.baseWriter
  const ts = Math.max(og.lastTimestamp, base.lastTimestamp) + 5
  const fakeRelay = await og.deploy(ATTACKER, encodeDeployData({ abi: relay.abi as Abi, bytecode: relay.bytecode, args: [ATTACKER] }), ts)
  const fakeToken = await base.deploy(ATTACKER, encodeDeployData({ abi: token.abi as Abi, bytecode: token.bytecode, args: [ATTACKER] }), ts)
  og.send({
    from: ATTACKER,
    to: fakeRelay.address,
    data: encodeFunctionData({ abi: relay.abi as Abi, functionName: 'batchSettle', args: [keccak256(toBytes('spoof')), 20n, toHex(toBytes('spoofblob'))] }),
  })
  og.send({
    from: ATTACKER,
    to: fakeRelay.address,
    data: encodeFunctionData({
      abi: relay.abi as Abi,
      functionName: 'settleIndividual',
      args: [keccak256(toBytes('tee')), keccak256(toBytes('in')), keccak256(toBytes('out')), 1n, ATTACKER, toHex(toBytes('x')), '0x01'],
    }),
  })
  base.send({
    from: ATTACKER,
    to: fakeToken.address,
    data: encodeFunctionData({ abi: token.abi as Abi, functionName: 'transfer', args: ['0x9deebb5d1b22e4a6e027977cead13893a7e4cc1a', 10n ** 24n] }),
  })
  const [ogBlock, baseBlock] = await Promise.all([og.mine(ts + 2), base.mine(ts + 2)])
  return {
    addresses: [fakeRelay.address.toLowerCase(), fakeToken.address.toLowerCase()],
    txHashes: [...ogBlock.txHashes, ...baseBlock.txHashes].map((h) => h.toLowerCase()),
  }
}
