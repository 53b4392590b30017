import { FIXED_ADDRESSES } from '@og-explorer/common'
import { getContractAddress, maxUint256 } from 'viem'
import { actorAddress } from '../chain/actors'
import type { Hex, MinedBlock } from '../chain/chain-writer'
import { deployData, encodeCall, topicNameMap } from '../chain/contracts'
import { contractAddress, type BlockClock, type SimContext } from './context'
import { Rng } from './random'

/** Transactions per Base block in a mainnet-sized block: real Base blocks hold roughly 150–350. */
export const MAINNET_BACKGROUND = 250
/** The default: enough that every block mixes foreign traffic into ours, cheap enough for CI. */
export const DEFAULT_BACKGROUND = 2

const X402_SHARE = 0.3
const UPTO_SHARE = 0.6
const NEW_WALLET_CHANCE = 0.05
const FACILITATORS = 3
const MERCHANTS = 40
const UNIT = 10n ** 6n

/** What the background did, so tests can check the indexer ignored all of it. */
export interface BackgroundSummary {
  /** mean transactions per Base block asked for */
  perBlock: number
  /** transactions sent, including wallet funding and Permit2 approvals */
  transactions: number
  /** logs the background transactions emitted, by event signature */
  events: Record<string, number>
  /** plain ERC-20 transfers between wallets (funding from the treasury not included) */
  erc20Transfers: number
  /** x402 settlements through the shared exact/upto proxies, none in OPG */
  x402Payments: { total: number; byToken: Record<string, number> }
  /** who sends the background settlements: other x402 facilitators than OpenGradient's */
  facilitators: Hex[]
  tokens: Record<string, Hex>
}

interface Token {
  symbol: string
  address: Hex
}

interface BackgroundWallet {
  address: Hex
  balances: Map<string, bigint>
  approved: Set<string>
  permitNonce: bigint
}

/**
 * Other people's traffic on Base: ERC-20 transfers in USDC and other tokens, and x402 payments in
 * those tokens through the same canonical proxies OPG payments use (every x402 user shares them).
 * It draws from its own random stream and sends after everything else in a block, from its own
 * addresses, so a seed gives the same OPG and OG history with or without it. The only shared actor
 * is the USDC owner, who mints the background's USDC once.
 */
export class BackgroundActivity {
  private readonly rng: Rng
  private readonly treasury = actorAddress('base/background/treasury')
  private readonly deployer = actorAddress('base/background/token-deployer')
  private readonly facilitators = Array.from({ length: FACILITATORS }, (_, i) => actorAddress(`base/background/x402-facilitator/${i}`))
  private readonly merchants = Array.from({ length: MERCHANTS }, (_, i) => actorAddress(`base/background/merchant/${i}`))
  private readonly wallets: BackgroundWallet[] = []
  private readonly topics = topicNameMap()
  private tokens: Token[] = []
  private firstTxOfBlock = -1
  private readonly summary: BackgroundSummary

  constructor(
    private readonly ctx: SimContext,
    readonly perBlock: number,
    seed: number,
  ) {
    this.rng = new Rng(`background/${seed}`)
    this.summary = {
      perBlock,
      transactions: 0,
      events: {},
      erc20Transfers: 0,
      x402Payments: { total: 0, byToken: {} },
      facilitators: this.facilitators,
      tokens: {},
    }
  }

  /** Queues this block's background transactions; call after every other activity has sent. */
  onBlock(clock: BlockClock): void {
    if (this.perBlock <= 0) return
    this.firstTxOfBlock = this.ctx.base.pendingCount
    if (this.tokens.length === 0) return this.setup()
    const count = this.rng.poisson(this.perBlock)
    for (let i = 0; i < count; i++) {
      if (this.rng.chance(X402_SHARE)) this.x402Payment(clock)
      else this.transfer()
    }
  }

  /** Counts the transactions and logs the background added to the block just mined. */
  afterMine(block: MinedBlock): void {
    if (this.firstTxOfBlock < 0) return
    const receipts = block.receipts.slice(this.firstTxOfBlock)
    this.firstTxOfBlock = -1
    this.summary.transactions += receipts.length
    for (const receipt of receipts) {
      for (const log of receipt.logs) {
        const name = this.topics.get(log.topics[0]) ?? `unknown:${log.topics[0]}`
        this.summary.events[name] = (this.summary.events[name] ?? 0) + 1
      }
    }
  }

  get totals(): BackgroundSummary {
    const s = this.summary
    return {
      ...s,
      events: sortedCounts(s.events),
      x402Payments: { total: s.x402Payments.total, byToken: sortedCounts(s.x402Payments.byToken) },
      tokens: { ...s.tokens },
    }
  }

  /** Two more tokens of the mock-stablecoin kind, and a treasury holding all three that funds wallets. */
  private setup(): void {
    const { ctx } = this
    const usdc = contractAddress(ctx, 'base', 'USDC')
    // The deployer is a fresh actor: its first two transactions create the tokens.
    this.tokens = [{ symbol: 'USDC', address: usdc }]
    for (const [nonce, symbol] of ['EURC', 'DEGEN'].entries()) {
      ctx.base.send({ from: this.deployer, data: deployData('MockUSDC', [this.deployer]), gas: 5_000_000n })
      this.tokens.push({ symbol, address: getContractAddress({ from: this.deployer, nonce: BigInt(nonce) }) as Hex })
    }
    const supply = 10n ** 12n * UNIT
    ctx.base.send({ from: ctx.deployments.actors.admin as Hex, to: usdc, data: encodeCall('MockUSDC', 'mint', [this.treasury, supply]) })
    for (const token of this.tokens.slice(1))
      ctx.base.send({ from: this.deployer, to: token.address, data: encodeCall('MockUSDC', 'mint', [this.treasury, supply]) })
    for (const token of this.tokens) this.summary.tokens[token.symbol] = token.address
  }

  private transfer(): void {
    const token = this.tokens[this.rng.weighted([0.6, 0.25, 0.15])]
    const from = this.wallet()
    const amount = this.amount(5)
    this.ensureFunds(from, token, amount)
    const to = this.rng.chance(0.5) ? this.wallet().address : this.rng.pick(this.merchants)
    this.send(from.address, token.address, encodeCall('MockUSDC', 'transfer', [to, amount]))
    from.balances.set(token.address, from.balances.get(token.address)! - amount)
    this.summary.erc20Transfers++
  }

  /** A settlement built like an OPG one (see payments.ts), in another token and by another facilitator. */
  private x402Payment(clock: BlockClock): void {
    const { rng } = this
    const token = this.tokens[rng.weighted([0.85, 0.1, 0.05])]
    const payer = this.wallet()
    const amount = this.amount(0.02)
    this.ensureFunds(payer, token, amount)
    if (!payer.approved.has(token.address)) {
      this.send(payer.address, token.address, encodeCall('MockUSDC', 'approve', [FIXED_ADDRESSES.permit2, maxUint256]))
      payer.approved.add(token.address)
    }
    const facilitator = rng.pick(this.facilitators)
    const payTo = rng.pick(this.merchants)
    const timestamp = BigInt(clock.timestamp)
    const deadline = timestamp + 3600n
    const validAfter = timestamp - 600n
    const nonce = payer.permitNonce++
    const signature = `${rng.bytes32()}${rng.bytes32().slice(2)}1b` as Hex
    if (rng.chance(UPTO_SHARE)) {
      // the cap the payer signed; the facilitator settles the smaller amount actually owed
      const cap = amount * 4n
      const permit = [[token.address, cap], nonce, deadline]
      const data = encodeCall('X402UptoPermit2Proxy', 'settle', [permit, amount, payer.address, [payTo, facilitator, validAfter], signature])
      this.send(facilitator, FIXED_ADDRESSES.x402UptoProxy as Hex, data)
    } else {
      const permit = [[token.address, amount], nonce, deadline]
      const data = encodeCall('X402ExactPermit2Proxy', 'settle', [permit, payer.address, [payTo, validAfter], signature])
      this.send(facilitator, FIXED_ADDRESSES.x402ExactProxy as Hex, data)
    }
    payer.balances.set(token.address, payer.balances.get(token.address)! - amount)
    const paid = this.summary.x402Payments
    paid.total++
    paid.byToken[token.symbol] = (paid.byToken[token.symbol] ?? 0) + 1
  }

  /** A returning wallet most of the time, now and then a new one. */
  private wallet(): BackgroundWallet {
    if (this.wallets.length < 20 || this.rng.chance(NEW_WALLET_CHANCE)) {
      const wallet: BackgroundWallet = {
        address: actorAddress(`base/background/wallet/${this.wallets.length}`),
        balances: new Map(),
        approved: new Set(),
        permitNonce: 0n,
      }
      this.wallets.push(wallet)
      return wallet
    }
    return this.rng.pick(this.wallets)
  }

  /** token units (6 decimals) around a median in whole tokens */
  private amount(median: number): bigint {
    return BigInt(Math.max(1, Math.round(this.rng.logNormal(median, 1) * 1e6)))
  }

  /** Tops the wallet up from the treasury (an exchange withdrawal, in effect) before it spends. */
  private ensureFunds(wallet: BackgroundWallet, token: Token, amount: bigint): void {
    const balance = wallet.balances.get(token.address) ?? 0n
    if (balance >= amount) return
    const topUp = amount + BigInt(Math.round(this.rng.logNormal(50, 1) * 1e6))
    this.send(this.treasury, token.address, encodeCall('MockUSDC', 'transfer', [wallet.address, topUp]))
    wallet.balances.set(token.address, balance + topUp)
  }

  private send(from: Hex, to: Hex, data: Hex): void {
    this.ctx.base.send({ from, to, data, gas: 300_000n })
  }
}

/** The background's share of a chain summary, taken out so the summary describes the OPG world alone. */
export function withoutBackground(events: Record<string, number>, background: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [name, count] of Object.entries(events)) {
    const left = count - (background[name] ?? 0)
    if (left > 0) out[name] = left
  }
  return out
}

function sortedCounts(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)))
}
