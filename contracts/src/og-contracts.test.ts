/**
 * The OG-chain devnet contracts (contracts/sol/og): selectors and event signatures against OpenGradient's
 * real ones, then behaviour end to end on a throwaway anvil.
 *
 * Run: npm run build -w contracts && node --test contracts/lib/og-contracts.test.js
 */
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import {
  concatHex,
  createPublicClient,
  createTestClient,
  createWalletClient,
  decodeEventLog,
  defineChain,
  encodeAbiParameters,
  getAddress,
  http,
  keccak256,
  pad,
  toBytes,
  toEventSelector,
  toFunctionSelector,
  toHex,
  type Abi,
  type AbiEvent,
  type AbiFunction,
  type Address,
  type Hex,
  type Log,
  type TransactionReceipt,
} from 'viem'
import { loadArtifact } from './artifacts'
import { DOCUMENTED_EVENTS } from './documented-events'

const OG_CONTRACTS = [
  'InferenceSettlementRelay',
  'LegacySettlementRelay',
  'TEERegistry',
  'StakingPrecompile',
  'DistributionPrecompile',
  'SlashingPrecompile',
  'InferencePrecompile',
  'InferenceHub',
] as const

/** function name → selector, from research §2–§5 and §9 (and the Cosmos EVM interfaces). */
const EXPECTED_SELECTORS: Record<string, Record<string, Hex>> = {
  InferenceSettlementRelay: { batchSettle: '0x1b243ae6', settleIndividual: '0x90480ad1', verifyProof: '0x4bc935d7' },
  LegacySettlementRelay: { settle: '0xd32a9cd9', batchSettle: '0x609580f6', settleWithMetadata: '0xa1ccc828' },
  TEERegistry: {
    registerTEEWithAttestation: '0x15c9bdb4',
    heartbeat: '0x42830ad8',
    approvePCR: '0x4c4c8e8b',
    revokePCR: '0xa041ff51',
    addTEEType: '0xcbdfc4e0',
    disableTEE: '0x17883717',
    enableTEE: '0x005ae7cf',
    setAWSRootCertificate: '0x43ed3274',
    setHeartbeatMaxAge: '0x5c1090b2',
  },
  InferencePrecompile: { runModelInference: '0x7289e9c2', runLLMCompletion: '0x14800c61', runLLMChat: '0xe39aa7e7' },
  InferenceHub: { run: '0xcbf09d80', runLLMChat: '0xe39aa7e7', runLLMCompletion: '0x14800c61' },
}

/** Cosmos EVM precompile functions by canonical signature (og-evm StakingI.sol, cosmos/evm DistributionI / ISlashing). */
const EXPECTED_SIGNATURES: Record<string, string[]> = {
  StakingPrecompile: [
    'createValidator((string,string,string,string,string),(uint256,uint256,uint256),uint256,address,string,uint256)',
    'editValidator((string,string,string,string,string),address,int256,int256)',
    'delegate(address,string,uint256)',
    'undelegate(address,string,uint256)',
    'redelegate(address,string,string,uint256)',
    'cancelUnbondingDelegation(address,string,uint256,uint256)',
    'delegation(address,string)',
    'unbondingDelegation(address,string)',
    'validator(address)',
    'validators(string,(bytes,uint64,uint64,bool,bool))',
    'redelegation(address,string,string)',
  ],
  DistributionPrecompile: [
    'claimRewards(address,uint32)',
    'withdrawDelegatorRewards(address,string)',
    'delegationRewards(address,string)',
    'delegationTotalRewards(address)',
    'delegatorValidators(address)',
  ],
  SlashingPrecompile: ['unjail(address)', 'getParams()'],
}

const abiOf = (name: string) => loadArtifact(name).abi as Abi
const functionsOf = (name: string) => abiOf(name).filter((i): i is AbiFunction => i.type === 'function')
const eventsOf = (name: string) => abiOf(name).filter((i): i is AbiEvent => i.type === 'event')

describe('OG devnet contracts: real selectors and event signatures', () => {
  test('every listed function selector matches the compiled ABI', () => {
    for (const [contract, selectors] of Object.entries(EXPECTED_SELECTORS)) {
      const fns = functionsOf(contract)
      for (const [name, selector] of Object.entries(selectors)) {
        const found = fns.filter((f) => f.name === name).map((f) => toFunctionSelector(f))
        assert.ok(found.includes(selector), `${contract}.${name}: expected ${selector}, compiled ${found.join(', ') || 'none'}`)
      }
    }
  })

  test('precompile stand-ins expose the real Cosmos EVM function signatures', () => {
    for (const [contract, signatures] of Object.entries(EXPECTED_SIGNATURES)) {
      const compiled = new Set(functionsOf(contract).map((f) => toFunctionSelector(f)))
      for (const signature of signatures) {
        assert.ok(compiled.has(toFunctionSelector(signature)), `${contract} lacks ${signature}`)
      }
    }
  })

  test('documented topic0 values agree with keccak of their signatures', () => {
    for (const e of DOCUMENTED_EVENTS) {
      if (e.topic0) assert.equal(keccak256(toBytes(e.signature)), e.topic0, e.signature)
    }
  })

  test('every event of every OG contract is a documented real event', () => {
    const documented = new Map(DOCUMENTED_EVENTS.map((e) => [keccak256(toBytes(e.signature)), e.signature]))
    for (const contract of OG_CONTRACTS) {
      const events = eventsOf(contract)
      assert.ok(events.length > 0, `${contract} has no events`)
      for (const event of events) {
        const topic = toEventSelector(event)
        assert.ok(documented.has(topic), `${contract}: event ${event.name} (${topic}) is not in DOCUMENTED_EVENTS`)
      }
    }
  })
})

// ---------------------------------------------------------------------------------------------------------------
// end to end on anvil

const ANVIL_BIN = path.resolve(__dirname, '../../node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil')
const STAKING = '0x0000000000000000000000000000000000000800' as Address
const DISTRIBUTION = '0x0000000000000000000000000000000000000801' as Address
const SLASHING = '0x0000000000000000000000000000000000000806' as Address
const INFERENCE = '0x00000000000000000000000000000000000000F4' as Address
const E18 = 10n ** 18n
const UNBONDING_TIME = 21n * 24n * 3600n

const topicOf = (signature: string) => keccak256(toBytes(signature))

/** BIP-173 bech32 of a 20-byte address (reference for the Solidity encoder). */
function bech32(hrp: string, address: Address): string {
  const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'
  const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
  const polymod = (values: number[]) => {
    let chk = 1
    for (const v of values) {
      const top = chk >>> 25
      chk = ((chk & 0x1ffffff) << 5) ^ v
      for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GEN[i]
    }
    return chk >>> 0
  }
  const words: number[] = []
  let acc = 0
  let bits = 0
  for (const byte of toBytes(address)) {
    acc = (acc << 8) | byte
    bits += 8
    while (bits >= 5) {
      bits -= 5
      words.push((acc >>> bits) & 31)
    }
  }
  if (bits > 0) words.push((acc << (5 - bits)) & 31)
  const expanded = [...hrp]
    .map((c) => c.charCodeAt(0) >> 5)
    .concat(
      [0],
      [...hrp].map((c) => c.charCodeAt(0) & 31),
    )
  const mod = polymod(expanded.concat(words, [0, 0, 0, 0, 0, 0])) ^ 1
  const checksum = [0, 1, 2, 3, 4, 5].map((i) => (mod >>> (5 * (5 - i))) & 31)
  return `${hrp}1${words
    .concat(checksum)
    .map((w) => CHARSET[w])
    .join('')}`
}

describe('OG devnet contracts on anvil', () => {
  let anvil: ChildProcess | undefined
  let rpcUrl = ''
  let publicClient: ReturnType<typeof makeClients>['publicClient']
  let walletClient: ReturnType<typeof makeClients>['walletClient']
  let testClient: ReturnType<typeof makeClients>['testClient']
  let admin: Address
  let accounts: Address[]

  function makeClients(url: string) {
    const chain = defineChain({
      id: 10740,
      name: 'OG devnet (test)',
      nativeCurrency: { name: 'OG', symbol: 'OG', decimals: 18 },
      rpcUrls: { default: { http: [url] } },
    })
    return {
      publicClient: createPublicClient({ chain, transport: http(url), pollingInterval: 50 }),
      walletClient: createWalletClient({ chain, transport: http(url) }),
      testClient: createTestClient({ chain, mode: 'anvil', transport: http(url) }),
    }
  }

  async function startAnvil(): Promise<void> {
    for (let attempt = 0; attempt < 4; attempt++) {
      const port = 18600 + Math.floor(Math.random() * 1000)
      const child = spawn(ANVIL_BIN, ['--port', String(port), '--silent', '--chain-id', '10740'], { stdio: 'ignore' })
      let exited = false
      child.once('exit', () => (exited = true))
      const url = `http://127.0.0.1:${port}`
      const deadline = Date.now() + 10_000
      while (!exited && Date.now() < deadline) {
        try {
          const res = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] }),
          })
          const body = (await res.json()) as { result?: string }
          if (body.result === '0x29f4') {
            anvil = child
            rpcUrl = url
            return
          }
        } catch {
          // not listening yet
        }
        await new Promise((r) => setTimeout(r, 100))
      }
      if (!exited) child.kill('SIGKILL')
    }
    throw new Error('could not start anvil')
  }

  async function deploy(name: string, args: readonly unknown[] = []): Promise<Address> {
    const artifact = loadArtifact(name)
    const hash = await walletClient.deployContract({ abi: artifact.abi as Abi, bytecode: artifact.bytecode, args, account: admin, chain: null } as any)
    const receipt = await publicClient.waitForTransactionReceipt({ hash })
    assert.equal(receipt.status, 'success', `deploy ${name}`)
    return receipt.contractAddress as Address
  }

  async function install(name: string, address: Address): Promise<void> {
    await testClient.setCode({ address, bytecode: loadArtifact(name).deployedBytecode })
  }

  async function send(from: Address, contract: string, address: Address, functionName: string, args: readonly unknown[] = []): Promise<TransactionReceipt> {
    const hash = await walletClient.writeContract({ abi: abiOf(contract), address, functionName, args, account: from, chain: null } as any)
    const receipt = await publicClient.waitForTransactionReceipt({ hash })
    assert.equal(receipt.status, 'success', `${contract}.${functionName}`)
    return receipt
  }

  async function read<T = any>(contract: string, address: Address, functionName: string, args: readonly unknown[] = []): Promise<T> {
    return (await publicClient.readContract({ abi: abiOf(contract), address, functionName, args } as any)) as T
  }

  function decode(contract: string, log: Log): { eventName: string; args: any } {
    return decodeEventLog({ abi: abiOf(contract), data: log.data, topics: log.topics as any }) as any
  }

  async function blockTime(receipt: TransactionReceipt): Promise<bigint> {
    return (await publicClient.getBlock({ blockNumber: receipt.blockNumber })).timestamp
  }

  before(async () => {
    await startAnvil()
    ;({ publicClient, walletClient, testClient } = makeClients(rpcUrl))
    accounts = (await publicClient.request({ method: 'eth_accounts' } as any)) as Address[]
    admin = getAddress(accounts[0])
    assert.equal(admin, '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266')
  })

  after(() => {
    if (anvil && anvil.exitCode === null) anvil.kill('SIGTERM')
  })

  test('InferenceSettlementRelay: role-gated settlements, real event layout, Merkle proofs', async () => {
    const relay = await deploy('InferenceSettlementRelay', [admin])
    const root = keccak256(toBytes('root'))
    const blob = toHex('walrus-blob-id-1')
    const batch = await send(admin, 'InferenceSettlementRelay', relay, 'batchSettle', [root, 20n, blob])
    const batchLog = batch.logs[0]
    assert.equal(batchLog.topics[0], topicOf('BatchSettlement(bytes32,uint256,bytes)'))
    assert.deepEqual(decode('InferenceSettlementRelay', batchLog).args, { merkleRoot: root, batchSize: 20n, walrusBlobId: blob })

    const args = [keccak256(toBytes('tee')), keccak256(toBytes('in')), keccak256(toBytes('out')), 1_700_000_000n, accounts[5], blob, '0xdeadbeef'] as const
    await assert.rejects(send(getAddress(accounts[1]), 'InferenceSettlementRelay', relay, 'settleIndividual', args))
    const individual = await send(admin, 'InferenceSettlementRelay', relay, 'settleIndividual', args)
    const log = individual.logs[0]
    assert.equal(log.topics[0], topicOf('IndividualSettlement(bytes32,address,bytes32,bytes32,uint256,bytes,bytes)'))
    const decoded = decode('InferenceSettlementRelay', log).args
    assert.equal(decoded.teeId, args[0])
    assert.equal(decoded.ethAddress, getAddress(accounts[5]))
    assert.equal(decoded.timestamp, args[3])
    assert.equal(decoded.signature, '0xdeadbeef')

    const [a, b] = [keccak256(toBytes('leaf-a')), keccak256(toBytes('leaf-b'))]
    const pairRoot = keccak256(BigInt(a) < BigInt(b) ? concatHex([a, b]) : concatHex([b, a]))
    assert.equal(await read('InferenceSettlementRelay', relay, 'verifyProof', [[b], pairRoot, a]), true)
    assert.equal(await read('InferenceSettlementRelay', relay, 'verifyProof', [[b], pairRoot, root]), false)
  })

  test('LegacySettlementRelay: v0 events, no access control', async () => {
    const relay = await deploy('LegacySettlementRelay')
    const anyone = getAddress(accounts[7])
    const [i, o] = [keccak256(toBytes('i')), keccak256(toBytes('o'))]
    const r1 = await send(anyone, 'LegacySettlementRelay', relay, 'settle', [i, o])
    assert.deepEqual(r1.logs[0].topics, [topicOf('Settlement(bytes32,bytes32)'), i, o])
    const r2 = await send(anyone, 'LegacySettlementRelay', relay, 'batchSettle', [i, 5n])
    assert.equal(r2.logs[0].topics[0], topicOf('BatchSettlement(bytes32,uint256)'))
    const r3 = await send(anyone, 'LegacySettlementRelay', relay, 'settleWithMetadata', [i, o, 'model-x', '0x01', '0x02'])
    assert.equal(r3.logs[0].topics[0], topicOf('SettlementWithMetadata(bytes32,bytes32,string,bytes,bytes)'))
    assert.equal(decode('LegacySettlementRelay', r3.logs[0]).args.modelInfo, 'model-x')
  })

  for (const legacy of [false, true]) {
    test(`TEERegistry (legacy PCRRevoked: ${legacy}): register, heartbeat, views, revoke`, async () => {
      const registry = await deploy('TEERegistry', [admin, legacy])
      const R = 'TEERegistry'
      const typeReceipt = await send(admin, R, registry, 'addTEEType', [0, 'LLMProxy'])
      assert.equal(typeReceipt.logs[0].topics[0], topicOf('TEETypeAdded(uint8,string)'))

      const pcrs = { pcr0: toHex('pcr0'.repeat(12)), pcr1: toHex('pcr1'.repeat(12)), pcr2: toHex('pcr2'.repeat(12)) }
      const pcrHash = keccak256(concatHex([pcrs.pcr0, pcrs.pcr1, pcrs.pcr2]))
      assert.equal(await read(R, registry, 'computePCRHash', [pcrs]), pcrHash)
      const approve = await send(admin, R, registry, 'approvePCR', [pcrs, 'v1.0.0', 0])
      assert.deepEqual(approve.logs[0].topics, [topicOf('PCRApproved(bytes32,uint8,string)'), pcrHash, pad('0x00')])

      const attestation = encodeAbiParameters([{ type: 'bytes32' }], [pcrHash])
      const keys = [toHex('rsa-public-key-1'), toHex('rsa-public-key-2')]
      const payment = getAddress(accounts[4])
      const register = await send(admin, R, registry, 'registerTEEWithAttestation', [attestation, keys[0], '0xc0ffee', payment, 'https://tee-1.devnet', 0])
      const teeId = keccak256(keys[0])
      assert.deepEqual(register.logs[0].topics, [topicOf('TEERegistered(bytes32,address,uint8)'), teeId, pad(admin.toLowerCase() as Hex)])
      await send(admin, R, registry, 'registerTEEWithAttestation', [attestation, keys[1], '0xc0ffee', payment, 'https://tee-2.devnet', 0])
      const teeId2 = keccak256(keys[1])
      await assert.rejects(send(admin, R, registry, 'registerTEEWithAttestation', [attestation, keys[0], '0x', payment, 'dup', 0]))
      const unknownPcr = encodeAbiParameters([{ type: 'bytes32' }], [keccak256(toBytes('nope'))])
      await assert.rejects(send(admin, R, registry, 'registerTEEWithAttestation', [unknownPcr, toHex('k3'), '0x', payment, 'x', 0]))

      const registeredAt = await blockTime(register)
      const hbTs = registeredAt + 30n
      const hb = await send(getAddress(accounts[6]), R, registry, 'heartbeat', [teeId, hbTs, '0x1234'])
      assert.equal(hb.logs[0].topics[0], topicOf('HeartbeatReceived(bytes32,uint256)'))
      assert.deepEqual(decode(R, hb.logs[0]).args, { teeId, timestamp: hbTs })
      await assert.rejects(send(admin, R, registry, 'heartbeat', [teeId, hbTs, '0x']))

      const tee = await read(R, registry, 'getTEE', [teeId])
      assert.deepEqual(tee, {
        owner: admin,
        paymentAddress: payment,
        endpoint: 'https://tee-1.devnet',
        publicKey: keys[0],
        tlsCertificate: '0xc0ffee',
        pcrHash,
        teeType: 0,
        enabled: true,
        registeredAt,
        lastHeartbeatAt: hbTs,
      })
      assert.equal(await read(R, registry, 'computeTEEId', [keys[0]]), teeId)
      assert.equal(await read(R, registry, 'isTEEActive', [teeId]), true)
      assert.equal((await read<unknown[]>(R, registry, 'getActiveTEEs', [0])).length, 2)
      assert.deepEqual(await read(R, registry, 'getTEEsByOwner', [admin]), [teeId, teeId2])
      assert.deepEqual(await read(R, registry, 'getApprovedPCRs'), [{ pcrHash, teeType: 0 }])
      const [typeIds, infos] = await read<[number[], { name: string }[]]>(R, registry, 'getTEETypes')
      assert.deepEqual(typeIds, [0])
      assert.equal(infos[0].name, 'LLMProxy')
      assert.equal(await read(R, registry, 'heartbeatMaxAge'), 1800n)

      const cert = toHex('aws-root-cert')
      const certReceipt = await send(admin, R, registry, 'setAWSRootCertificate', [cert])
      assert.deepEqual(certReceipt.logs[0].topics, [topicOf('AWSCertificateUpdated(bytes32)'), keccak256(cert)])

      const revoke = await send(admin, R, registry, 'revokePCR', [pcrHash, 0])
      const disabled = revoke.logs.filter((l) => l.topics[0] === topicOf('TEEDisabled(bytes32)')).map((l) => l.topics[1])
      assert.deepEqual(new Set(disabled), new Set([teeId, teeId2]))
      const last = revoke.logs[revoke.logs.length - 1]
      if (legacy) assert.deepEqual(last.topics, [topicOf('PCRRevoked(bytes32)'), pcrHash])
      else assert.deepEqual(last.topics, [topicOf('PCRRevoked(bytes32,uint8)'), pcrHash, pad('0x00')])
      assert.equal(revoke.logs.length, 3)
      assert.equal(await read(R, registry, 'isTEEEnabled', [teeId]), false)
      assert.deepEqual(await read(R, registry, 'getEnabledTEEs', [0]), [])
      assert.deepEqual(await read(R, registry, 'getApprovedPCRs'), [])
      await assert.rejects(send(admin, R, registry, 'enableTEE', [teeId]))
      await assert.rejects(send(admin, R, registry, 'heartbeat', [teeId, hbTs + 60n, '0x']))
    })
  }

  test('staking / distribution / slashing stand-ins: documented events, views, silent slash, unjail', async () => {
    await install('StakingPrecompile', STAKING)
    await install('DistributionPrecompile', DISTRIBUTION)
    await install('SlashingPrecompile', SLASHING)
    const S = 'StakingPrecompile'
    await send(admin, S, STAKING, 'initialize', [admin])
    await assert.rejects(send(admin, S, STAKING, 'initialize', [admin]))
    await send(admin, 'DistributionPrecompile', DISTRIBUTION, 'initialize', [admin])

    const [val1, val2, delegator] = [getAddress(accounts[1]), getAddress(accounts[2]), getAddress(accounts[3])]
    const description = (moniker: string) => ({ moniker, identity: '', website: 'https://val.example', securityContact: '', details: '' })
    const rates = { rate: 5n * 10n ** 16n, maxRate: 2n * 10n ** 17n, maxChangeRate: 10n ** 16n }
    const pubkey = (seed: string) => Buffer.from(toBytes(keccak256(toBytes(seed)))).toString('base64')

    const create = await send(val1, S, STAKING, 'createValidator', [description('val-1'), rates, E18, val1, pubkey('v1'), 100n * E18])
    assert.equal(create.logs.length, 1)
    assert.deepEqual(create.logs[0].topics, [topicOf('CreateValidator(address,uint256)'), pad(val1.toLowerCase() as Hex)])
    assert.equal(decode(S, create.logs[0]).args.value, 100n * E18)
    await send(val2, S, STAKING, 'createValidator', [description('val-2'), rates, E18, val2, pubkey('v2'), 50n * E18])
    await assert.rejects(send(val1, S, STAKING, 'createValidator', [description('x'), rates, E18, val2, pubkey('v3'), E18]))

    let v = await read(S, STAKING, 'validator', [val1])
    assert.equal(v.operatorAddress, val1)
    assert.equal(v.tokens, 100n * E18)
    assert.equal(v.delegatorShares, 100n * E18 * E18)
    assert.equal(v.status, 3)
    assert.equal(v.jailed, false)
    assert.equal(v.commission, rates.rate)
    assert.equal((await read(S, STAKING, 'validator', [getAddress(accounts[9])])).operatorAddress, '')

    // delegate with a hex string and with bech32
    const d1 = await send(delegator, S, STAKING, 'delegate', [delegator, val1.toLowerCase(), 10n * E18])
    assert.deepEqual(d1.logs[0].topics, [
      topicOf('Delegate(address,address,uint256,uint256)'),
      pad(delegator.toLowerCase() as Hex),
      pad(val1.toLowerCase() as Hex),
    ])
    assert.deepEqual(decode(S, d1.logs[0]).args, { delegatorAddress: delegator, validatorAddress: val1, amount: 10n * E18, newShares: 10n * E18 * E18 })
    const d2 = await send(delegator, S, STAKING, 'delegate', [delegator, bech32('ogvaloper', val2), 5n * E18])
    assert.equal(decode(S, d2.logs[0]).args.validatorAddress, val2)
    await assert.rejects(send(val1, S, STAKING, 'delegate', [delegator, val1, E18]), 'delegator must be msg.sender')
    await assert.rejects(send(delegator, S, STAKING, 'delegate', [delegator, 'not-an-address', E18]))
    assert.equal((await read(S, STAKING, 'validator', [val1])).tokens, 110n * E18)
    const [shares, balance] = await read(S, STAKING, 'delegation', [delegator, val1])
    assert.equal(shares, 10n * E18 * E18)
    assert.deepEqual(balance, { denom: 'ogwei', amount: 10n * E18 })

    // undelegate → unbonding entry → partial cancel
    const ub = await send(delegator, S, STAKING, 'undelegate', [delegator, val1, 4n * E18])
    const ubTime = await blockTime(ub)
    assert.equal(ub.logs[0].topics[0], topicOf('Unbond(address,address,uint256,uint256)'))
    assert.deepEqual(decode(S, ub.logs[0]).args, {
      delegatorAddress: delegator,
      validatorAddress: val1,
      amount: 4n * E18,
      completionTime: ubTime + UNBONDING_TIME,
    })
    const ubd = await read(S, STAKING, 'unbondingDelegation', [delegator, val1])
    assert.equal(ubd.delegatorAddress, bech32('og', delegator))
    assert.equal(ubd.validatorAddress, bech32('ogvaloper', val1))
    assert.equal(ubd.entries.length, 1)
    assert.equal(ubd.entries[0].balance, 4n * E18)
    assert.equal(BigInt(ubd.entries[0].creationHeight), ub.blockNumber)
    const cancel = await send(delegator, S, STAKING, 'cancelUnbondingDelegation', [delegator, val1, E18, ub.blockNumber])
    assert.equal(cancel.logs[0].topics[0], topicOf('CancelUnbondingDelegation(address,address,uint256,uint256)'))
    assert.deepEqual(decode(S, cancel.logs[0]).args, { delegatorAddress: delegator, validatorAddress: val1, amount: E18, creationHeight: ub.blockNumber })
    assert.equal((await read(S, STAKING, 'unbondingDelegation', [delegator, val1])).entries[0].balance, 3n * E18)
    assert.equal((await read(S, STAKING, 'validator', [val1])).tokens, 107n * E18)

    // redelegate val1 → val2
    const rd = await send(delegator, S, STAKING, 'redelegate', [delegator, val1, val2, 2n * E18])
    assert.deepEqual(rd.logs[0].topics, [
      topicOf('Redelegate(address,address,address,uint256,uint256)'),
      pad(delegator.toLowerCase() as Hex),
      pad(val1.toLowerCase() as Hex),
      pad(val2.toLowerCase() as Hex),
    ])
    assert.equal(decode(S, rd.logs[0]).args.completionTime, (await blockTime(rd)) + UNBONDING_TIME)
    assert.equal((await read(S, STAKING, 'validator', [val1])).tokens, 105n * E18)
    assert.equal((await read(S, STAKING, 'validator', [val2])).tokens, 57n * E18)
    assert.equal((await read(S, STAKING, 'redelegation', [delegator, val1, val2])).entries.length, 1)

    // editValidator: -1 = do not modify; the event carries the values passed
    const keep = '[do-not-modify]'
    const edit = await send(val1, S, STAKING, 'editValidator', [
      { moniker: 'val-1-renamed', identity: keep, website: keep, securityContact: keep, details: keep },
      val1,
      -1n,
      -1n,
    ])
    assert.deepEqual(decode(S, edit.logs[0]).args, { validatorAddress: val1, commissionRate: -1n, minSelfDelegation: -1n })
    v = await read(S, STAKING, 'validator', [val1])
    assert.equal(v.description.moniker, 'val-1-renamed')
    assert.equal(v.description.website, 'https://val.example')
    assert.equal(v.commission, rates.rate)

    // devnet-only slash + jail: state changes, NO log at all
    await assert.rejects(send(delegator, S, STAKING, 'adminSlashAndJail', [val1, 10n ** 17n]))
    const slash = await send(admin, S, STAKING, 'adminSlashAndJail', [val1, 10n ** 17n])
    assert.equal(slash.logs.length, 0)
    v = await read(S, STAKING, 'validator', [val1])
    assert.equal(v.tokens, 105n * E18 - (105n * E18) / 10n)
    assert.equal(v.jailed, true)
    assert.equal(v.status, 2)
    assert.ok((await read(S, STAKING, 'delegation', [delegator, val1]))[1].amount < 7n * E18)
    await assert.rejects(send(admin, S, STAKING, 'setJailed', [val1, false]), 'only 0x806 may call setJailed')
    await assert.rejects(send(delegator, S, STAKING, 'cancelUnbondingDelegation', [delegator, val1, E18, ub.blockNumber]), 'jailed')

    // unjail through the slashing stand-in
    await assert.rejects(send(delegator, 'SlashingPrecompile', SLASHING, 'unjail', [val1]))
    const unjail = await send(val1, 'SlashingPrecompile', SLASHING, 'unjail', [val1])
    assert.equal(unjail.logs.length, 1)
    assert.equal(unjail.logs[0].address.toLowerCase(), SLASHING.toLowerCase())
    assert.deepEqual(unjail.logs[0].topics, [topicOf('ValidatorUnjailed(address)'), pad(val1.toLowerCase() as Hex)])
    v = await read(S, STAKING, 'validator', [val1])
    assert.equal(v.jailed, false)
    assert.equal(v.status, 3)
    await assert.rejects(send(val1, 'SlashingPrecompile', SLASHING, 'unjail', [val1]), 'not jailed any more')

    // distribution: accrue (silent), withdraw one pair, claim the rest
    const D = 'DistributionPrecompile'
    const accrue = await send(admin, D, DISTRIBUTION, 'accrueRewards', [delegator, val1, 3n * E18])
    assert.equal(accrue.logs.length, 0)
    await send(admin, D, DISTRIBUTION, 'accrueRewards', [delegator, val2, 2n * E18])
    const withdraw = await send(delegator, D, DISTRIBUTION, 'withdrawDelegatorRewards', [delegator, val1])
    assert.equal(withdraw.logs[0].topics[0], topicOf('WithdrawDelegatorReward(address,address,uint256)'))
    assert.deepEqual(decode(D, withdraw.logs[0]).args, { delegatorAddress: delegator, validatorAddress: val1, amount: 3n * E18 })
    assert.deepEqual(await read(D, DISTRIBUTION, 'delegationRewards', [delegator, bech32('ogvaloper', val2)]), [
      { denom: 'ogwei', amount: 2n * E18 * E18, precision: 18 },
    ])
    const claim = await send(delegator, D, DISTRIBUTION, 'claimRewards', [delegator, 10])
    assert.equal(claim.logs.length, 1)
    assert.equal(claim.logs[0].topics[0], topicOf('ClaimRewards(address,uint256)'))
    assert.equal(decode(D, claim.logs[0]).args.amount, 2n * E18)
    assert.equal(await read(D, DISTRIBUTION, 'pendingRewards', [delegator, val2]), 0n)

    // Cosmos rules kept: no transitive redelegation, commission changes once per 24 h within maxChangeRate
    await assert.rejects(send(delegator, S, STAKING, 'redelegate', [delegator, val2, val1, E18]), 'transitive redelegation')
    await assert.rejects(send(val2, S, STAKING, 'editValidator', [description('val-2'), val2, 6n * 10n ** 16n, -1n]), '24h rule')
    await testClient.increaseTime({ seconds: 86_400 })
    await send(val2, S, STAKING, 'editValidator', [description('val-2'), val2, 6n * 10n ** 16n, 2n * E18])
    v = await read(S, STAKING, 'validator', [val2])
    assert.equal(v.commission, 6n * 10n ** 16n)
    assert.equal(v.minSelfDelegation, 2n * E18)
    await testClient.increaseTime({ seconds: 86_400 })
    await assert.rejects(send(val2, S, STAKING, 'editValidator', [description('val-2'), val2, 8n * 10n ** 16n, -1n]), 'above maxChangeRate')
  })

  test('InferenceHub + 0xF4 precompile: precompile log then hub log in one transaction', async () => {
    await install('InferencePrecompile', INFERENCE)
    const hub = await deploy('InferenceHub', [INFERENCE])
    const message = { role: 'user', content: 'hello', name: '', tool_call_id: '', tool_calls: [] }
    const chat = await send(admin, 'InferenceHub', hub, 'runLLMChat', [
      { mode: 1, modelCID: 'meta-llama/Llama-3-8B', messages: [message], tools: [], tool_choice: '', max_tokens: 100, stop_sequence: ['</s>'], temperature: 0 },
    ])
    assert.equal(chat.logs.length, 2)
    const [pre, post] = chat.logs
    assert.equal(pre.address.toLowerCase(), INFERENCE.toLowerCase())
    assert.equal(pre.topics[0], '0x4c92d3df7819fcd1c9f9663332f0a599a65eefdad2eaf9193cffb9dbf1919c3b')
    assert.equal(post.address.toLowerCase(), hub.toLowerCase())
    assert.equal(post.topics[0], '0x53fcd580be8545626a896d86eb76e16597d793de715dda5d21df71d303d1ff96')
    const event = decode('InferencePrecompile', pre).args
    assert.equal(event.inferenceID, '0')
    assert.equal(event.request.messages[0].content, 'hello')
    assert.equal(event.response.message.content, 'devnet response #0')
    assert.deepEqual(decode('InferenceHub', post).args.response, event.response)

    const completion = await send(admin, 'InferenceHub', hub, 'runLLMCompletion', [
      { mode: 0, modelCID: 'model', prompt: 'say hi', max_tokens: 10, stop_sequence: [], temperature: 50 },
    ])
    assert.deepEqual(
      completion.logs.map((l) => l.topics[0]),
      ['0x51fe69d513d73ecde3fa3bf17584f7d2acfd5f0b13d367e898d6e11e742127a3', '0xe522a1a92cb132ca102e36a004efceb8c83284b64164e0d128ddce12e86cab7b'],
    )
    assert.equal(decode('InferenceHub', completion.logs[1]).args.response.answer, 'devnet response #1')

    const input = { numbers: [{ name: 'x', values: [{ value: 15n, decimals: 1n }], shape: [1] }], strings: [] }
    const model = await send(admin, 'InferenceHub', hub, 'run', ['QmModelCid', 0, input])
    assert.deepEqual(
      model.logs.map((l) => l.topics[0]),
      ['0x1b283af3452f3718585ce100f80d9aa81fc60924db4a582a36db6aae3b109d87', '0xc1396ff68bc2d8630100df29ce5561fa99078c602e8676ab72a53e37095d7168'],
    )
    const modelEvent = decode('InferencePrecompile', model.logs[0]).args
    assert.equal(modelEvent.inferenceID, '2')
    assert.equal(modelEvent.request.modelCID, 'QmModelCid')
    assert.deepEqual(modelEvent.request.input, input)
    assert.deepEqual(decode('InferenceHub', model.logs[1]).args.output, modelEvent.response)
    assert.equal(modelEvent.response.numbers[0].shape[0], 1)
  })
})
