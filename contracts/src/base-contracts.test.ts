/**
 * Tests of the Base-side devnet contracts (contracts/sol/base): ABI-level checks of the real selectors and event
 * signatures, then behaviour on a real anvil (chain id 8453) with Permit2 and the x402 proxies installed at their
 * canonical addresses through anvil_setCode.
 *
 * Run: npm run build -w contracts && node --test contracts/lib/base-contracts.test.js
 */
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {
  createPublicClient,
  createTestClient,
  createWalletClient,
  decodeEventLog,
  defineChain,
  getAddress,
  http,
  keccak256,
  maxUint256,
  parseUnits,
  toBytes,
  toEventSelector,
  toFunctionSelector,
  type Abi,
  type AbiEvent,
  type AbiFunction,
  type Address,
  type Hex,
  type TransactionReceipt,
} from 'viem'
import { StandardMerkleTree } from '@openzeppelin/merkle-tree'
import { loadArtifact } from './artifacts'
import { DOCUMENTED_EVENTS, OWN_EVENTS } from './documented-events'

// ---------------------------------------------------------------------------------------------------------------
// constants

const PERMIT2_ADDRESS: Address = '0x000000000022D473030F116dDEE9F6B43aC78BA3'
const EXACT_PROXY_ADDRESS: Address = '0x402085c248EeA27D92E8b30b2C58ed07f9E20001'
const UPTO_PROXY_ADDRESS: Address = '0x4020A4f3b7b90ccA423B9fabCc0CE57C6C240002'
const DEV: Address = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'

/** Every contract under contracts/sol/base that gets deployed (interfaces/abstract bases have no own events). */
const BASE_CONTRACTS = [
  'OPGToken',
  'MockUSDC',
  'Permit2',
  'X402ExactPermit2Proxy',
  'X402UptoPermit2Proxy',
  'TokenVesting',
  'MerkleAirdrop',
  'UniswapV3StylePool',
] as const

const SETTLED_TOPIC = '0x97088ec3606cfe8cc112180570d03fcde05f9b8e1bfef8e27784eaf5dd5691b6'
const SETTLED_WITH_PERMIT_TOPIC = '0xde5b89d10fc800c459329c382fabfcad0be0ed7e5328e01fae04e507b09ef5d8'

const PERMIT_TUPLE = '((address,uint256),uint256,uint256)'
const EIP2612_TUPLE = '(uint256,uint256,bytes32,bytes32,uint8)'

const abiOf = (name: string): Abi => loadArtifact(name).abi as Abi

function fnSelector(abi: Abi, name: string): Hex {
  const items = abi.filter((i): i is AbiFunction => i.type === 'function' && i.name === name)
  assert.equal(items.length, 1, `exactly one ${name}() in the ABI`)
  return toFunctionSelector(items[0])
}

function errorsOf(...names: string[]): Abi {
  return names.flatMap((n) => abiOf(n).filter((i) => i.type === 'error')) as Abi
}

// ---------------------------------------------------------------------------------------------------------------
// ABI-level checks (no chain needed)

describe('base contracts: ABI', () => {
  test('x402 proxy selectors match the canonical contracts', () => {
    const exact = abiOf('X402ExactPermit2Proxy')
    const upto = abiOf('X402UptoPermit2Proxy')
    assert.equal(fnSelector(exact, 'settle'), '0x13cd3b53')
    assert.equal(fnSelector(exact, 'settleWithPermit'), '0xfa340378')
    assert.equal(fnSelector(upto, 'settle'), '0xff11e7b4')
    assert.equal(fnSelector(upto, 'settleWithPermit'), '0x016c1748')
    // the canonical signatures, spelled out
    assert.equal(toFunctionSelector(`settle(${PERMIT_TUPLE},address,(address,uint256),bytes)`), '0x13cd3b53')
    assert.equal(toFunctionSelector(`settle(${PERMIT_TUPLE},uint256,address,(address,address,uint256),bytes)`), '0xff11e7b4')
    assert.equal(toFunctionSelector(`settleWithPermit(${EIP2612_TUPLE},${PERMIT_TUPLE},address,(address,uint256),bytes)`), '0xfa340378')
    assert.equal(toFunctionSelector(`settleWithPermit(${EIP2612_TUPLE},${PERMIT_TUPLE},uint256,address,(address,address,uint256),bytes)`), '0x016c1748')
  })

  test('Permit2 exposes the real SignatureTransfer selectors', () => {
    const permit2 = abiOf('Permit2')
    assert.equal(fnSelector(permit2, 'permitWitnessTransferFrom'), '0x137c29fe')
    assert.equal(fnSelector(permit2, 'permitTransferFrom'), '0x30f28b7a')
    assert.equal(fnSelector(permit2, 'nonceBitmap'), '0x4fe02b44')
    assert.equal(fnSelector(permit2, 'DOMAIN_SEPARATOR'), '0x3644e515')
  })

  test('Sablier-style claim and Uniswap v3 event signatures', () => {
    assert.equal(fnSelector(abiOf('MerkleAirdrop'), 'claim'), toFunctionSelector('claim(uint256,address,uint128,bytes32[])'))
    assert.equal(fnSelector(abiOf('UniswapV3StylePool'), 'slot0'), '0x3850c7bd')
  })

  test('documented topic0 values equal keccak256 of their signatures', () => {
    for (const e of DOCUMENTED_EVENTS) {
      if (e.topic0) assert.equal(keccak256(toBytes(e.signature)), e.topic0, e.signature)
    }
  })

  test('every event in the base contracts is documented (DOCUMENTED_EVENTS or OWN_EVENTS)', () => {
    const allowed = new Map<string, string>()
    for (const e of DOCUMENTED_EVENTS) allowed.set(keccak256(toBytes(e.signature)), e.signature)
    for (const s of OWN_EVENTS) allowed.set(keccak256(toBytes(s)), s)
    const seen = new Set<string>()
    for (const name of BASE_CONTRACTS) {
      for (const item of abiOf(name)) {
        if (item.type !== 'event') continue
        const topic0 = toEventSelector(item as AbiEvent)
        assert.ok(allowed.has(topic0), `${name}: event ${item.name} (${topic0}) is not documented`)
        seen.add(allowed.get(topic0)!)
      }
    }
    for (const expected of [
      'Transfer(address,address,uint256)',
      'Approval(address,address,uint256)',
      'Settled()',
      'SettledWithPermit()',
      'Swap(address,address,int256,int256,uint160,uint128,int24)',
      'Initialize(uint160,int24)',
      'Claim(uint256,address,uint128)',
      'ERC20Released(address,uint256)',
    ]) {
      assert.ok(seen.has(expected), `some base contract emits ${expected}`)
    }
    assert.equal(toEventSelector('Settled()'), SETTLED_TOPIC)
    assert.equal(toEventSelector('SettledWithPermit()'), SETTLED_WITH_PERMIT_TOPIC)
    // Permit2 emits nothing for signature transfers, like the real one
    assert.equal(abiOf('Permit2').filter((i) => i.type === 'event').length, 0)
  })
})

// ---------------------------------------------------------------------------------------------------------------
// anvil

function anvilBinary(): string {
  if (process.env.ANVIL_BIN) return process.env.ANVIL_BIN
  // the binary ships in the platform sub-package of @foundry-rs/anvil (the devnet finds it the same way)
  const platformPackage = `@foundry-rs/anvil-${process.platform}-${process.arch === 'x64' ? 'amd64' : process.arch}`
  const binary = path.join(path.dirname(require.resolve(`${platformPackage}/package.json`)), 'bin', 'anvil')
  if (!fs.existsSync(binary)) throw new Error(`anvil binary not found at ${binary}; set ANVIL_BIN`)
  return binary
}

async function rpcReady(url: string, timeoutMs: number, child: ChildProcess): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) return false
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] }),
      })
      if (res.ok) return true
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50))
  }
  return false
}

describe('base contracts on anvil (chain 8453)', () => {
  let anvil: ChildProcess | undefined
  let url = ''
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let pub: any
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let wallet: any
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let testClient: any
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let chain: any

  let opg: Address
  const opgAbi = abiOf('OPGToken')

  // other actors: arbitrary addresses, sent through --auto-impersonate
  const payer = getAddress('0x00000000000000000000000000000000000a11ce')
  const payTo = getAddress('0x9deEBB5D1b22e4a6e027977CeAd13893A7E4cC1a') // research §6.2 default payee
  const facilitator = getAddress('0x00000000000000000000000000000000000fac11')
  const beneficiary = getAddress('0x0000000000000000000000000000000000000bef')
  const trader = getAddress('0x0000000000000000000000000000000000007ade')

  async function deploy(name: string, args: unknown[] = []): Promise<Address> {
    const art = loadArtifact(name)
    const hash = await wallet.deployContract({ account: DEV, chain, abi: art.abi, bytecode: art.bytecode, args })
    const receipt: TransactionReceipt = await pub.waitForTransactionReceipt({ hash })
    assert.equal(receipt.status, 'success', `deploy ${name}`)
    return receipt.contractAddress as Address
  }

  async function write(from: Address, address: Address, abi: Abi, functionName: string, args: unknown[] = []): Promise<TransactionReceipt> {
    const hash = await wallet.writeContract({ account: from, chain, address, abi, functionName, args })
    const receipt: TransactionReceipt = await pub.waitForTransactionReceipt({ hash })
    assert.equal(receipt.status, 'success', `${functionName} succeeded`)
    return receipt
  }

  async function read<T>(address: Address, abi: Abi, functionName: string, args: unknown[] = [], blockNumber?: bigint) {
    return (await pub.readContract({ address, abi, functionName, args, blockNumber })) as T
  }

  async function expectRevert(
    from: Address,
    address: Address,
    abi: Abi,
    functionName: string,
    args: unknown[],
    pattern: RegExp,
    blockNumber?: bigint,
  ): Promise<void> {
    await assert.rejects(pub.simulateContract({ account: from, address, abi, functionName, args, blockNumber }), (err: Error) => {
      assert.match(`${err.message}`, pattern)
      return true
    })
  }

  async function latestTimestamp(): Promise<bigint> {
    return ((await pub.getBlock({ blockTag: 'latest' })) as { timestamp: bigint }).timestamp
  }

  /** mines one empty block at `timestamp` and returns its number */
  async function mineAt(timestamp: bigint): Promise<bigint> {
    await testClient.request({ method: 'evm_mine', params: [Number(timestamp)] })
    return (await pub.getBlockNumber()) as bigint
  }

  const balanceOf = (token: Address, who: Address, abi: Abi = opgAbi) => read<bigint>(token, abi, 'balanceOf', [who])

  function decode(abi: Abi, log: { data: Hex; topics: Hex[] }) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return decodeEventLog({ abi, data: log.data, topics: log.topics as any }) as { eventName: string; args: any }
  }

  function assertTransferLog(log: TransactionReceipt['logs'][number], token: Address, from: Address, to: Address, value: bigint) {
    assert.equal(getAddress(log.address), getAddress(token))
    const ev = decode(opgAbi, log)
    assert.equal(ev.eventName, 'Transfer')
    assert.equal(getAddress(ev.args.from), getAddress(from))
    assert.equal(getAddress(ev.args.to), getAddress(to))
    assert.equal(ev.args.value, value)
  }

  function assertBareEvent(log: TransactionReceipt['logs'][number], address: Address, topic0: Hex) {
    assert.equal(getAddress(log.address), getAddress(address))
    assert.deepEqual(log.topics, [topic0])
    assert.equal(log.data, '0x')
  }

  before(async () => {
    const bin = anvilBinary()
    for (let attempt = 0; attempt < 4 && !anvil; attempt++) {
      const port = 18700 + Math.floor(Math.random() * 1200)
      const child = spawn(bin, ['--silent', '--chain-id', '8453', '--port', String(port), '--auto-impersonate'], {
        stdio: 'ignore',
      })
      const candidateUrl = `http://127.0.0.1:${port}`
      if (await rpcReady(candidateUrl, 10_000, child)) {
        anvil = child
        url = candidateUrl
      } else {
        child.kill('SIGKILL')
      }
    }
    if (!anvil) throw new Error('could not start anvil')

    chain = defineChain({
      id: 8453,
      name: 'Base (local devnet)',
      nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
      rpcUrls: { default: { http: [url] } },
    })
    const transport = http(url)
    pub = createPublicClient({ chain, transport, pollingInterval: 20 })
    wallet = createWalletClient({ chain, transport, pollingInterval: 20 })
    testClient = createTestClient({ chain, transport, mode: 'anvil', pollingInterval: 20 })
    assert.equal(await pub.getChainId(), 8453)

    for (const who of [payer, payTo, facilitator, beneficiary, trader]) {
      await testClient.setBalance({ address: who, value: parseUnits('100', 18) })
    }

    opg = await deploy('OPGToken', [DEV])

    // Permit2 and the proxies: deploy normally, then copy the runtime code to the canonical addresses
    const permit2Deployed = await deploy('Permit2')
    await testClient.setCode({ address: PERMIT2_ADDRESS, bytecode: await pub.getCode({ address: permit2Deployed }) })
    for (const [name, fixed] of [
      ['X402ExactPermit2Proxy', EXACT_PROXY_ADDRESS],
      ['X402UptoPermit2Proxy', UPTO_PROXY_ADDRESS],
    ] as const) {
      const deployed = await deploy(name, [PERMIT2_ADDRESS])
      await testClient.setCode({ address: fixed, bytecode: await pub.getCode({ address: deployed }) })
    }
  })

  after(() => {
    anvil?.kill('SIGTERM')
  })

  test('OPG: name, symbol, decimals and the fixed 1B supply minted to the treasury', async () => {
    assert.equal(await read<string>(opg, opgAbi, 'name'), 'OpenGradient')
    assert.equal(await read<string>(opg, opgAbi, 'symbol'), 'OPG')
    assert.equal(await read<number>(opg, opgAbi, 'decimals'), 18)
    assert.equal(await read<bigint>(opg, opgAbi, 'totalSupply'), 1_000_000_000n * 10n ** 18n)
    assert.equal(await balanceOf(opg, DEV), 1_000_000_000n * 10n ** 18n)
  })

  test('fixed-address contracts answer at their canonical addresses', async () => {
    const exactAbi = abiOf('X402ExactPermit2Proxy')
    const uptoAbi = abiOf('X402UptoPermit2Proxy')
    assert.equal(getAddress(await read<Address>(EXACT_PROXY_ADDRESS, exactAbi, 'PERMIT2')), PERMIT2_ADDRESS)
    assert.equal(getAddress(await read<Address>(UPTO_PROXY_ADDRESS, uptoAbi, 'PERMIT2')), PERMIT2_ADDRESS)
    assert.equal(
      await read<string>(EXACT_PROXY_ADDRESS, exactAbi, 'WITNESS_TYPE_STRING'),
      'Witness witness)TokenPermissions(address token,uint256 amount)Witness(address to,uint256 validAfter)',
    )
    assert.equal(
      await read<Hex>(UPTO_PROXY_ADDRESS, uptoAbi, 'WITNESS_TYPEHASH'),
      keccak256(toBytes('Witness(address to,address facilitator,uint256 validAfter)')),
    )
    const expectedDomain = keccak256(
      `0x${[
        keccak256(toBytes('EIP712Domain(string name,uint256 chainId,address verifyingContract)')).slice(2),
        keccak256(toBytes('Permit2')).slice(2),
        (8453).toString(16).padStart(64, '0'),
        PERMIT2_ADDRESS.slice(2).toLowerCase().padStart(64, '0'),
      ].join('')}` as Hex,
    )
    assert.equal(await read<Hex>(PERMIT2_ADDRESS, abiOf('Permit2'), 'DOMAIN_SEPARATOR'), expectedDomain)
  })

  test('x402 exact payment: [Transfer(payer→payTo), Settled()] and nonce reuse reverts', async () => {
    const exactAbi = abiOf('X402ExactPermit2Proxy')
    const revertAbi = [...exactAbi, ...errorsOf('Permit2')] as Abi
    await write(DEV, opg, opgAbi, 'transfer', [payer, parseUnits('1000', 18)])

    // the client approves Permit2 once (OPG Approval(owner, Permit2, max))
    const approval = await write(payer, opg, opgAbi, 'approve', [PERMIT2_ADDRESS, maxUint256])
    assert.equal(approval.logs.length, 1)
    const approvalEv = decode(opgAbi, approval.logs[0])
    assert.equal(approvalEv.eventName, 'Approval')
    assert.equal(getAddress(approvalEv.args.owner), payer)
    assert.equal(getAddress(approvalEv.args.spender), PERMIT2_ADDRESS)

    const now = await latestTimestamp()
    const amount = parseUnits('1.5', 18)
    const permit = { permitted: { token: opg, amount }, nonce: 1n, deadline: now + 3600n }
    const witness = { to: payTo, validAfter: now - 10n }
    const signature = `0x${'11'.repeat(65)}` as Hex

    const receipt = await write(facilitator, EXACT_PROXY_ADDRESS, exactAbi, 'settle', [permit, payer, witness, signature])
    assert.equal(receipt.logs.length, 2)
    assertTransferLog(receipt.logs[0], opg, payer, payTo, amount)
    assertBareEvent(receipt.logs[1], EXACT_PROXY_ADDRESS, SETTLED_TOPIC)
    assert.equal(await balanceOf(opg, payTo), amount)
    assert.equal(await read<bigint>(PERMIT2_ADDRESS, abiOf('Permit2'), 'nonceBitmap', [payer, 0n]), 2n)

    // the same nonce again: Permit2 rejects it
    await expectRevert(facilitator, EXACT_PROXY_ADDRESS, revertAbi, 'settle', [permit, payer, witness, signature], /InvalidNonce/)
    // not yet valid / expired
    await expectRevert(
      facilitator,
      EXACT_PROXY_ADDRESS,
      revertAbi,
      'settle',
      [{ ...permit, nonce: 2n }, payer, { ...witness, validAfter: now + 10_000n }, signature],
      /PaymentTooEarly/,
    )
    await expectRevert(
      facilitator,
      EXACT_PROXY_ADDRESS,
      revertAbi,
      'settle',
      [{ ...permit, nonce: 2n, deadline: now - 1n }, payer, witness, signature],
      /SignatureExpired/,
    )

    // settleWithPermit: OPG has no EIP-2612, the permit call fails silently and the existing approval is used
    const permit2612 = { value: amount, deadline: now + 3600n, r: `0x${'22'.repeat(32)}`, s: `0x${'33'.repeat(32)}`, v: 27 }
    const withPermit = await write(facilitator, EXACT_PROXY_ADDRESS, exactAbi, 'settleWithPermit', [
      permit2612,
      { ...permit, nonce: 300n },
      payer,
      witness,
      signature,
    ])
    assert.equal(withPermit.logs.length, 2)
    assertTransferLog(withPermit.logs[0], opg, payer, payTo, amount)
    assertBareEvent(withPermit.logs[1], EXACT_PROXY_ADDRESS, SETTLED_WITH_PERMIT_TOPIC)
    assert.equal(await read<bigint>(PERMIT2_ADDRESS, abiOf('Permit2'), 'nonceBitmap', [payer, 1n]), 1n << 44n)
    await expectRevert(
      facilitator,
      EXACT_PROXY_ADDRESS,
      revertAbi,
      'settleWithPermit',
      [{ ...permit2612, value: amount - 1n }, { ...permit, nonce: 301n }, payer, witness, signature],
      /Permit2612AmountMismatch/,
    )
  })

  test('x402 upto payment: [Transfer(payer→payTo, amount), Settled()], facilitator and cap enforced', async () => {
    const uptoAbi = abiOf('X402UptoPermit2Proxy')
    const revertAbi = [...uptoAbi, ...errorsOf('Permit2')] as Abi
    const now = await latestTimestamp()
    const cap = 100_000_000_000_000_000n // 0.1 OPG session cap (research §6.2)
    const amount = 37_400_000_000_000_000n
    const permit = { permitted: { token: opg, amount: cap }, nonce: 7n, deadline: now + 3600n }
    const witness = { to: payTo, facilitator, validAfter: now }
    const signature = `0x${'44'.repeat(65)}` as Hex
    const payToBefore = await balanceOf(opg, payTo)

    await expectRevert(DEV, UPTO_PROXY_ADDRESS, revertAbi, 'settle', [permit, amount, payer, witness, signature], /UnauthorizedFacilitator/)
    await expectRevert(facilitator, UPTO_PROXY_ADDRESS, revertAbi, 'settle', [permit, cap + 1n, payer, witness, signature], /AmountExceedsPermitted/)
    await expectRevert(facilitator, UPTO_PROXY_ADDRESS, revertAbi, 'settle', [permit, 0n, payer, witness, signature], /InvalidAmount/)

    const receipt = await write(facilitator, UPTO_PROXY_ADDRESS, uptoAbi, 'settle', [permit, amount, payer, witness, signature])
    assert.equal(receipt.logs.length, 2)
    assertTransferLog(receipt.logs[0], opg, payer, payTo, amount)
    assertBareEvent(receipt.logs[1], UPTO_PROXY_ADDRESS, SETTLED_TOPIC)
    assert.equal(await balanceOf(opg, payTo), payToBefore + amount)

    await expectRevert(facilitator, UPTO_PROXY_ADDRESS, revertAbi, 'settle', [permit, amount, payer, witness, signature], /InvalidNonce/)

    const permit2612 = { value: cap, deadline: now + 3600n, r: `0x${'55'.repeat(32)}`, s: `0x${'66'.repeat(32)}`, v: 28 }
    const withPermit = await write(facilitator, UPTO_PROXY_ADDRESS, uptoAbi, 'settleWithPermit', [
      permit2612,
      { ...permit, nonce: 8n },
      1n,
      payer,
      witness,
      signature,
    ])
    assert.equal(withPermit.logs.length, 2)
    assertTransferLog(withPermit.logs[0], opg, payer, payTo, 1n)
    assertBareEvent(withPermit.logs[1], UPTO_PROXY_ADDRESS, SETTLED_WITH_PERMIT_TOPIC)
  })

  test('vesting: nothing before start, TGE share at start, nothing more before the cliff, linear after', async () => {
    const vAbi = abiOf('TokenVesting')
    const now = await latestTimestamp()
    const start = now + 100n
    const cliffSeconds = 1_000n
    const duration = 4_000n
    const total = parseUnits('1000', 18)
    const vesting = await deploy('TokenVesting', [opg, beneficiary, 'Core Contributors', start, cliffSeconds, duration, 1000])
    await write(DEV, opg, opgAbi, 'transfer', [vesting, total])

    assert.equal(await read<string>(vesting, vAbi, 'category'), 'Core Contributors')
    assert.equal(await read<bigint>(vesting, vAbi, 'cliff'), start + cliffSeconds)
    assert.equal(await read<bigint>(vesting, vAbi, 'releasable'), 0n)
    await expectRevert(DEV, vesting, vAbi, 'release', [], /NothingToRelease/)

    const tge = total / 10n
    const rest = total - tge
    assert.equal(await read<bigint>(vesting, vAbi, 'vestedAmount', [start - 1n]), 0n)
    assert.equal(await read<bigint>(vesting, vAbi, 'vestedAmount', [start]), tge)
    assert.equal(await read<bigint>(vesting, vAbi, 'vestedAmount', [start + cliffSeconds - 1n]), tge)
    assert.equal(await read<bigint>(vesting, vAbi, 'vestedAmount', [start + cliffSeconds + 1000n]), tge + rest / 4n)
    assert.equal(await read<bigint>(vesting, vAbi, 'vestedAmount', [start + cliffSeconds + duration]), total)

    const releaseAt = async (ts: bigint, expected: bigint) => {
      await testClient.setNextBlockTimestamp({ timestamp: ts })
      const r = await write(facilitator, vesting, vAbi, 'release')
      assert.equal(r.logs.length, 2)
      const ev = decode(vAbi, r.logs[0])
      assert.equal(ev.eventName, 'ERC20Released')
      assert.equal(getAddress(ev.args.token), getAddress(opg))
      assert.equal(ev.args.amount, expected)
      assertTransferLog(r.logs[1], opg, vesting, beneficiary, expected)
    }

    await releaseAt(start, tge)
    assert.equal(await balanceOf(opg, beneficiary), tge)

    // before the cliff: nothing more
    const beforeCliff = await mineAt(start + 500n)
    assert.equal(await read<bigint>(vesting, vAbi, 'releasable', [], beforeCliff), 0n)
    await expectRevert(DEV, vesting, vAbi, 'release', [], /NothingToRelease/, beforeCliff)

    await releaseAt(start + cliffSeconds + 1000n, rest / 4n)
    await releaseAt(start + cliffSeconds + duration + 10n, rest - rest / 4n)
    assert.equal(await balanceOf(opg, beneficiary), total)
    assert.equal(await read<bigint>(vesting, vAbi, 'released'), total)
    assert.equal(await read<bigint>(vesting, vAbi, 'releasable'), 0n)
  })

  test('airdrop: a StandardMerkleTree claim succeeds once, then reverts; clawback after expiry', async () => {
    const aAbi = abiOf('MerkleAirdrop')
    const recipients: [string, string, string][] = [
      ['0', getAddress('0x00000000000000000000000000000000000000a1'), parseUnits('100', 18).toString()],
      ['1', getAddress('0x00000000000000000000000000000000000000b2'), parseUnits('250', 18).toString()],
      ['2', getAddress('0x00000000000000000000000000000000000000c3'), parseUnits('5', 18).toString()],
    ]
    const tree = StandardMerkleTree.of(recipients, ['uint256', 'address', 'uint128'])
    const now = await latestTimestamp()
    const expiration = now + 10_000n
    const airdrop = await deploy('MerkleAirdrop', [opg, tree.root, Number(expiration), DEV])
    await write(DEV, opg, opgAbi, 'transfer', [airdrop, parseUnits('355', 18)])

    const [index, recipient, amount] = recipients[1]
    const proof = tree.getProof(1) as Hex[]
    const args = [BigInt(index), recipient, BigInt(amount), proof]

    await expectRevert(DEV, airdrop, aAbi, 'claim', [BigInt(index), recipient, BigInt(amount) + 1n, proof], /InvalidMerkleProof/)
    const r = await write(facilitator, airdrop, aAbi, 'claim', args)
    assert.equal(r.logs.length, 2)
    assertTransferLog(r.logs[0], opg, airdrop, recipient as Address, BigInt(amount))
    const ev = decode(aAbi, r.logs[1])
    assert.equal(ev.eventName, 'Claim')
    assert.equal(ev.args.index, 1n)
    assert.equal(getAddress(ev.args.recipient), recipient)
    assert.equal(ev.args.amount, BigInt(amount))
    assert.equal(r.logs[1].topics[0], keccak256(toBytes('Claim(uint256,address,uint128)')))
    assert.equal(await read<boolean>(airdrop, aAbi, 'hasClaimed', [1n]), true)
    assert.equal(await read<boolean>(airdrop, aAbi, 'hasClaimed', [0n]), false)

    await expectRevert(DEV, airdrop, aAbi, 'claim', args, /IndexAlreadyClaimed/)
    await expectRevert(DEV, airdrop, aAbi, 'clawback', [DEV, 1n], /CampaignNotExpired/)

    await testClient.setNextBlockTimestamp({ timestamp: expiration })
    const cb = await write(DEV, airdrop, aAbi, 'clawback', [DEV, parseUnits('105', 18)])
    assertTransferLog(cb.logs[0], opg, airdrop, DEV, parseUnits('105', 18))
    const [i0, r0, a0] = recipients[0]
    await expectRevert(DEV, airdrop, aAbi, 'claim', [BigInt(i0), r0, BigInt(a0), tree.getProof(0)], /CampaignExpired/)
  })

  test('pool: Initialize and Swap follow Uniswap v3 conventions; price from sqrtPriceX96 matches balances', async () => {
    const pAbi = abiOf('UniswapV3StylePool')
    const uAbi = abiOf('MockUSDC')
    const usdc = await deploy('MockUSDC', [DEV])
    assert.equal(await read<number>(usdc, uAbi, 'decimals'), 6)
    await write(DEV, usdc, uAbi, 'mint', [DEV, parseUnits('100000', 6)])
    await write(DEV, usdc, uAbi, 'mint', [trader, parseUnits('10000', 6)])
    await expectRevert(trader, usdc, uAbi, 'mint', [trader, 1n], /OwnableUnauthorizedAccount/)

    const pool = await deploy('UniswapV3StylePool', [opg, usdc])
    const token0 = getAddress(await read<Address>(pool, pAbi, 'token0'))
    const token1 = getAddress(await read<Address>(pool, pAbi, 'token1'))
    assert.ok(BigInt(token0) < BigInt(token1))
    assert.deepEqual(new Set([token0, token1]), new Set([getAddress(opg), getAddress(usdc)]))
    assert.equal(await read<number>(pool, pAbi, 'fee'), 3000)
    const opgIs0 = token0 === getAddress(opg)

    // funding by plain transfers: 1,000,000 OPG and 100,000 USDC (0.10 USDC per OPG)
    await write(DEV, opg, opgAbi, 'transfer', [pool, parseUnits('1000000', 18)])
    await write(DEV, usdc, uAbi, 'transfer', [pool, parseUnits('100000', 6)])
    await expectRevert(DEV, pool, pAbi, 'swapExactInput', [DEV, true, 1n, 0n], /NotInitialized/)

    const checkPrice = async (sqrtPriceX96: bigint, tick: number, liquidity?: bigint) => {
      const [b0, b1] = await read<[bigint, bigint]>(pool, pAbi, 'getReserves')
      const Q192 = 1n << 192n
      // sqrtPriceX96 = floor(sqrt(b1 * 2^192 / b0)) exactly
      assert.ok(sqrtPriceX96 * sqrtPriceX96 * b0 <= b1 * Q192, 'sqrtPrice not above the balance ratio')
      assert.ok((sqrtPriceX96 + 1n) * (sqrtPriceX96 + 1n) * b0 > b1 * Q192, 'sqrtPrice is the floor')
      const priceFromSqrt = (Number(sqrtPriceX96) / 2 ** 96) ** 2
      const priceFromBalances = Number(b1) / Number(b0)
      assert.ok(Math.abs(priceFromSqrt / priceFromBalances - 1) < 1e-9)
      const expectedTick = Math.floor(Math.log(priceFromBalances) / Math.log(1.0001))
      assert.ok(Math.abs(tick - expectedTick) <= 1, `tick ${tick} vs ${expectedTick}`)
      if (liquidity !== undefined) {
        assert.ok(liquidity * liquidity <= b0 * b1 && (liquidity + 1n) * (liquidity + 1n) > b0 * b1)
      }
      return { b0, b1 }
    }

    const init = await write(facilitator, pool, pAbi, 'initialize')
    assert.equal(init.logs.length, 1)
    const initEv = decode(pAbi, init.logs[0])
    assert.equal(initEv.eventName, 'Initialize')
    assert.equal(init.logs[0].topics[0], keccak256(toBytes('Initialize(uint160,int24)')))
    await checkPrice(initEv.args.sqrtPriceX96, initEv.args.tick)
    await expectRevert(DEV, pool, pAbi, 'initialize', [], /AlreadyInitialized/)
    let [lastSqrt] = await read<[bigint, number]>(pool, pAbi, 'slot0')
    assert.equal(lastSqrt, initEv.args.sqrtPriceX96)

    const swap = async (from: Address, tokenIn: Address, tokenInAbi: Abi, amountIn: bigint) => {
      const zeroForOne = getAddress(tokenIn) === token0
      const quote = await read<bigint>(pool, pAbi, 'quoteExactInput', [zeroForOne, amountIn])
      await write(from, tokenIn, tokenInAbi, 'approve', [pool, amountIn])
      const r = await write(from, pool, pAbi, 'swapExactInput', [from, zeroForOne, amountIn, quote])
      assert.equal(r.logs.length, 3) // Transfer out, Transfer in, Swap
      const swapLog = r.logs[2]
      assert.equal(swapLog.topics[0], keccak256(toBytes('Swap(address,address,int256,int256,uint160,uint128,int24)')))
      const ev = decode(pAbi, swapLog)
      assert.equal(ev.eventName, 'Swap')
      assert.equal(getAddress(ev.args.sender), getAddress(from))
      assert.equal(getAddress(ev.args.recipient), getAddress(from))
      // signed pool deltas: + into the pool, - out of the pool
      assert.equal(ev.args.amount0, zeroForOne ? amountIn : -quote)
      assert.equal(ev.args.amount1, zeroForOne ? -quote : amountIn)
      await checkPrice(ev.args.sqrtPriceX96, ev.args.tick, ev.args.liquidity)
      // token0 in => price (token1 per token0) falls; token1 in => it rises
      if (zeroForOne) assert.ok(ev.args.sqrtPriceX96 < lastSqrt, 'price falls when token0 is sold')
      else assert.ok(ev.args.sqrtPriceX96 > lastSqrt, 'price rises when token1 is sold')
      lastSqrt = ev.args.sqrtPriceX96
      const [slotSqrt, slotTick] = await read<[bigint, number]>(pool, pAbi, 'slot0')
      assert.equal(slotSqrt, ev.args.sqrtPriceX96)
      assert.equal(slotTick, ev.args.tick)
      return { quote, ev }
    }

    // buy OPG with 1,000 USDC: the OPG price in USDC goes up
    const opgBefore = await balanceOf(opg, trader)
    const buy = await swap(trader, usdc, uAbi, parseUnits('1000', 6))
    assert.equal(await balanceOf(opg, trader), opgBefore + buy.quote)
    // ~0.1 USDC per OPG minus fee and slippage => a bit under 10,000 OPG
    assert.ok(buy.quote < parseUnits('10000', 18) && buy.quote > parseUnits('9800', 18))
    assert.equal(opgIs0 ? buy.ev.args.amount0 < 0n : buy.ev.args.amount1 < 0n, true, 'OPG left the pool')

    // sell half of it back
    const sell = await swap(trader, opg, opgAbi, buy.quote / 2n)
    assert.equal(opgIs0 ? sell.ev.args.amount0 > 0n : sell.ev.args.amount1 > 0n, true, 'OPG entered the pool')
    await expectRevert(trader, pool, pAbi, 'swapExactInput', [trader, true, 1000n, 10n ** 30n], /InsufficientOutput/)
  })
})
