/**
 * An in-memory model of the Base contracts the simulator calls, with the semantics of their Solidity
 * (contracts/sol/base) copied exactly: the OpenZeppelin 5 ERC-20s (OPG, MockUSDC and the background's
 * MockUSDC copies), Permit2's signature transfer, the x402 exact and upto proxies, TokenVesting, the
 * Merkle airdrop and the OPG/USDC pool. It executes one transaction and returns the logs the EVM
 * would emit, in the same order with the same words; whatever the contract would revert on throws
 * (on anvil, a reverted transaction stops the simulator too). Devnet simplifications are the
 * contracts' own: Permit2 does not check signatures, so neither does the model.
 */
import { decodeFunctionData, getContractAddress, keccak256, encodeAbiParameters, concat, maxUint256, toFunctionSelector, type Hex } from 'viem'
import { abiOf, deployData } from '../chain/contracts'
import { addressTopic, argAddress, argUint, TOPIC, word } from './abi-words'
import { getAmountOut, liquidity, priceState } from './pool-math'

export interface ModelLog {
  address: string
  topics: string[]
  data: string
}

export interface TxOutcome {
  logs: ModelLog[]
  /** the created contract, for a creation transaction */
  contractAddress: string | null
}

export interface ModelTx {
  from: string
  to?: string
  data: string
  nonce: number
}

/** a call the contract would revert; the message names the contract's error */
export class ModelRevert extends Error {}

export interface VestingConfig {
  address: string
  token: string
  beneficiary: string
  start: bigint
  cliff: bigint
  duration: bigint
  tgeBps: bigint
  released: bigint
}

export interface BaseModelConfig {
  opg: string
  usdc: string
  /** MockUSDC's owner, the only minter */
  usdcOwner: string
  permit2: string
  exactProxy: string
  uptoProxy: string
  pool: { address: string; token0: string; token1: string }
  airdrop: { address: string; token: string; merkleRoot: string; expiration: bigint }
  vestings: VestingConfig[]
}

const ZERO = '0x0000000000000000000000000000000000000000'
const lower = (a: string) => a.toLowerCase()
const SEL = {
  transfer: toFunctionSelector('transfer(address,uint256)'),
  approve: toFunctionSelector('approve(address,uint256)'),
  transferFrom: toFunctionSelector('transferFrom(address,address,uint256)'),
  mint: toFunctionSelector('mint(address,uint256)'),
  balanceOf: toFunctionSelector('balanceOf(address)'),
  release: toFunctionSelector('release()'),
  initialize: toFunctionSelector('initialize()'),
  swapExactInput: toFunctionSelector('swapExactInput(address,bool,uint256,uint256)'),
}

class Token {
  readonly balances = new Map<string, bigint>()
  readonly allowances = new Map<string, bigint>()
  constructor(
    readonly address: string,
    readonly name: string,
    /** Ownable owner, the minter; null for OPG (fixed supply, no mint) */
    readonly owner: string | null,
  ) {}

  balanceOf(holder: string): bigint {
    return this.balances.get(holder) ?? 0n
  }
}

/** The Base contracts' state, mutated by `execute` in block order. Addresses are kept lowercase. */
export class BaseModel {
  private readonly tokens = new Map<string, Token>()
  private readonly vestings = new Map<string, VestingConfig>()
  private readonly permit2Nonces = new Map<string, bigint>()
  private readonly claimed = new Set<bigint>()
  private poolInitialised = false
  private readonly mockUsdcCode: string
  private readonly cfg: BaseModelConfig

  constructor(config: BaseModelConfig) {
    const l = (a: string) => lower(a)
    this.cfg = {
      ...config,
      opg: l(config.opg),
      usdc: l(config.usdc),
      usdcOwner: l(config.usdcOwner),
      permit2: l(config.permit2),
      exactProxy: l(config.exactProxy),
      uptoProxy: l(config.uptoProxy),
      pool: { address: l(config.pool.address), token0: l(config.pool.token0), token1: l(config.pool.token1) },
      airdrop: { ...config.airdrop, address: l(config.airdrop.address), token: l(config.airdrop.token), merkleRoot: l(config.airdrop.merkleRoot) },
      vestings: config.vestings.map((v) => ({ ...v, address: l(v.address), token: l(v.token), beneficiary: l(v.beneficiary) })),
    }
    this.tokens.set(this.cfg.opg, new Token(this.cfg.opg, 'OPG', null))
    this.tokens.set(this.cfg.usdc, new Token(this.cfg.usdc, 'USDC', this.cfg.usdcOwner))
    for (const v of this.cfg.vestings) this.vestings.set(v.address, v)
    // MockUSDC's creation code without its constructor argument, to recognise the background's token deployments
    this.mockUsdcCode = deployData('MockUSDC', [ZERO]).slice(0, -64).toLowerCase()
  }

  /** Replays an ERC-20 log of the deployment blocks into the ledgers (Transfer and Approval of known tokens). */
  replayLog(log: ModelLog): void {
    const token = this.tokens.get(lower(log.address))
    if (!token) return
    if (log.topics[0] === TOPIC.Transfer) {
      const from = `0x${log.topics[1].slice(26)}`
      const to = `0x${log.topics[2].slice(26)}`
      const value = BigInt(log.data)
      if (from !== ZERO) token.balances.set(from, token.balanceOf(from) - value)
      if (to !== ZERO) token.balances.set(to, token.balanceOf(to) + value)
    } else if (log.topics[0] === TOPIC.Approval) {
      token.allowances.set(`${log.topics[1].slice(26)}:${log.topics[2].slice(26)}`, BigInt(log.data))
    }
  }

  /** balanceOf on a modelled token, for the plan's reads (the DEX re-reads the pool's reserves) */
  balanceOf(token: string, holder: string): bigint {
    const t = this.tokens.get(lower(token))
    if (!t) throw new Error(`the Base model has no token ${token}`)
    return t.balanceOf(lower(holder))
  }

  /** Answers an eth_call the plan makes; only balanceOf is read today. */
  call(to: string, data: string): Hex {
    const t = this.tokens.get(lower(to))
    if (t && data.slice(0, 10) === SEL.balanceOf) return `0x${word(t.balanceOf(argAddress(data, 0)))}`
    throw new Error(`the Base model cannot answer eth_call ${data.slice(0, 10)} on ${to}`)
  }

  execute(tx: ModelTx, timestamp: bigint): TxOutcome {
    const from = lower(tx.from)
    const data = tx.data.toLowerCase()
    const logs: ModelLog[] = []
    if (!tx.to) return { logs, contractAddress: this.create(from, data, tx.nonce, logs) }
    const to = lower(tx.to)
    const token = this.tokens.get(to)
    if (token) this.tokenCall(token, from, data, logs)
    else if (to === this.cfg.exactProxy || to === this.cfg.uptoProxy) this.x402Settle(to, from, data, timestamp, logs)
    else if (this.vestings.has(to)) this.release(this.vestings.get(to)!, data, timestamp, logs)
    else if (to === this.cfg.airdrop.address) this.claim(data, timestamp, logs)
    else if (to === this.cfg.pool.address) this.poolCall(from, data, logs)
    else throw new Error(`the Base model has no contract at ${to} (selector ${data.slice(0, 10)})`)
    return { logs, contractAddress: null }
  }

  private create(from: string, data: string, nonce: number, logs: ModelLog[]): string {
    if (!data.startsWith(this.mockUsdcCode) || data.length !== this.mockUsdcCode.length + 64)
      throw new Error(`the Base model only creates MockUSDC tokens (creation from ${from})`)
    const owner = `0x${data.slice(-40)}`
    const address = lower(getContractAddress({ from: from as Hex, nonce: BigInt(nonce) }))
    this.tokens.set(address, new Token(address, 'MockUSDC', owner))
    logs.push({ address, topics: [TOPIC.OwnershipTransferred, addressTopic(ZERO), addressTopic(owner)], data: '0x' })
    return address
  }

  private tokenCall(token: Token, from: string, data: string, logs: ModelLog[]): void {
    const selector = data.slice(0, 10)
    if (selector === SEL.transfer) return this.move(token, from, argAddress(data, 0), argUint(data, 1), logs)
    if (selector === SEL.approve) {
      const spender = argAddress(data, 0)
      if (spender === ZERO) throw new ModelRevert('ERC20InvalidSpender')
      const value = argUint(data, 1)
      token.allowances.set(`${from.slice(2)}:${spender.slice(2)}`, value)
      logs.push({ address: token.address, topics: [TOPIC.Approval, addressTopic(from), addressTopic(spender)], data: `0x${word(value)}` })
      return
    }
    if (selector === SEL.transferFrom) {
      const owner = argAddress(data, 0)
      const value = argUint(data, 2)
      this.spendAllowance(token, owner, from, value)
      return this.move(token, owner, argAddress(data, 1), value, logs)
    }
    if (selector === SEL.mint && token.owner !== null) {
      if (from !== token.owner) throw new ModelRevert(`OwnableUnauthorizedAccount(${from})`)
      return this.move(token, ZERO, argAddress(data, 0), argUint(data, 1), logs)
    }
    throw new Error(`the Base model has no ${token.name} function ${selector}`)
  }

  /** OpenZeppelin ERC20._update for a transfer or a mint (from = 0) */
  private move(token: Token, from: string, to: string, value: bigint, logs: ModelLog[]): void {
    if (to === ZERO) throw new ModelRevert('ERC20InvalidReceiver(0)')
    if (from !== ZERO) {
      const balance = token.balanceOf(from)
      if (balance < value) throw new ModelRevert(`ERC20InsufficientBalance(${from}, ${balance}, ${value}) on ${token.name}`)
      token.balances.set(from, balance - value)
    }
    token.balances.set(to, token.balanceOf(to) + value)
    logs.push({ address: token.address, topics: [TOPIC.Transfer, addressTopic(from), addressTopic(to)], data: `0x${word(value)}` })
  }

  /** ERC20._spendAllowance: an infinite allowance is not decreased, and no Approval is emitted either way */
  private spendAllowance(token: Token, owner: string, spender: string, value: bigint): void {
    const key = `${owner.slice(2)}:${spender.slice(2)}`
    const current = token.allowances.get(key) ?? 0n
    if (current === maxUint256) return
    if (current < value) throw new ModelRevert(`ERC20InsufficientAllowance(${spender}, ${current}, ${value}) on ${token.name}`)
    token.allowances.set(key, current - value)
  }

  private x402Settle(proxy: string, sender: string, data: string, timestamp: bigint, logs: ModelLog[]): void {
    const upto = proxy === this.cfg.uptoProxy
    const { functionName, args } = decodeFunctionData({ abi: abiOf(upto ? 'X402UptoPermit2Proxy' : 'X402ExactPermit2Proxy'), data: data as Hex }) as {
      functionName: string
      args: any[]
    }
    if (functionName !== 'settle') throw new Error(`the Base model has no x402 proxy function ${functionName}`)
    const permit = args[0] as { permitted: { token: string; amount: bigint }; nonce: bigint; deadline: bigint }
    let amount: bigint
    let owner: string
    let witness: { to: string; validAfter: bigint; facilitator?: string }
    if (upto) {
      ;[, amount, owner, witness] = args
      if (amount > permit.permitted.amount) throw new ModelRevert('AmountExceedsPermitted')
      if (sender !== lower(witness.facilitator!)) throw new ModelRevert('UnauthorizedFacilitator')
    } else {
      ;[, owner, witness] = args
      amount = permit.permitted.amount
    }
    owner = lower(owner)
    const to = lower(witness.to)
    // X402BasePermit2Proxy._settle
    if (amount === 0n) throw new ModelRevert('InvalidAmount')
    if (owner === ZERO) throw new ModelRevert('InvalidOwner')
    if (to === ZERO) throw new ModelRevert('InvalidDestination')
    if (timestamp < witness.validAfter) throw new ModelRevert('PaymentTooEarly')
    // Permit2._permitTransferFrom
    if (timestamp > permit.deadline) throw new ModelRevert(`SignatureExpired(${permit.deadline})`)
    if (amount > permit.permitted.amount) throw new ModelRevert('InvalidAmount')
    this.useUnorderedNonce(owner, permit.nonce)
    const token = this.tokens.get(lower(permit.permitted.token))
    if (!token) throw new ModelRevert(`Permit2 transfer of unknown token ${permit.permitted.token}`)
    this.spendAllowance(token, owner, this.cfg.permit2, amount)
    this.move(token, owner, to, amount, logs)
    logs.push({ address: proxy, topics: [TOPIC.Settled], data: '0x' })
  }

  /** Permit2's nonce bitmap: word = nonce >> 8 (as uint248), bit = nonce & 0xff */
  private useUnorderedNonce(owner: string, nonce: bigint): void {
    const key = `${owner}:${(nonce >> 8n) & ((1n << 248n) - 1n)}`
    const bit = 1n << (nonce & 0xffn)
    const flipped = (this.permit2Nonces.get(key) ?? 0n) ^ bit
    if ((flipped & bit) === 0n) throw new ModelRevert('InvalidNonce')
    this.permit2Nonces.set(key, flipped)
  }

  private release(v: VestingConfig, data: string, timestamp: bigint, logs: ModelLog[]): void {
    if (data.slice(0, 10) !== SEL.release) throw new Error(`the Base model has no TokenVesting function ${data.slice(0, 10)}`)
    const token = this.tokens.get(v.token)!
    const total = token.balanceOf(v.address) + v.released
    let vested: bigint
    if (timestamp < v.start) vested = 0n
    else {
      const tgeAmount = (total * v.tgeBps) / 10_000n
      if (timestamp < v.cliff) vested = tgeAmount
      else {
        const elapsed = timestamp - v.cliff
        vested = elapsed >= v.duration ? total : tgeAmount + ((total - tgeAmount) * elapsed) / v.duration
      }
    }
    const amount = vested - v.released
    if (amount === 0n) throw new ModelRevert(`NothingToRelease(${timestamp})`)
    v.released += amount
    logs.push({ address: v.address, topics: [TOPIC.ERC20Released, addressTopic(v.token)], data: `0x${word(amount)}` })
    this.move(token, v.address, v.beneficiary, amount, logs)
  }

  private claim(data: string, timestamp: bigint, logs: ModelLog[]): void {
    const { functionName, args } = decodeFunctionData({ abi: abiOf('MerkleAirdrop'), data: data as Hex }) as { functionName: string; args: any[] }
    if (functionName !== 'claim') throw new Error(`the Base model has no MerkleAirdrop function ${functionName}`)
    const [index, recipient, amount, proof] = args as [bigint, string, bigint, Hex[]]
    const { airdrop } = this.cfg
    if (airdrop.expiration > 0n && airdrop.expiration <= timestamp) throw new ModelRevert('CampaignExpired')
    if (this.claimed.has(index)) throw new ModelRevert(`IndexAlreadyClaimed(${index})`)
    const inner = keccak256(encodeAbiParameters([{ type: 'uint256' }, { type: 'address' }, { type: 'uint128' }], [index, recipient as Hex, amount]))
    // OpenZeppelin MerkleProof: sorted-pair hashing up the tree
    let node = keccak256(inner)
    for (const sibling of proof) node = keccak256(node < sibling ? concat([node, sibling]) : concat([sibling, node]))
    if (node !== airdrop.merkleRoot) throw new ModelRevert('InvalidMerkleProof')
    this.claimed.add(index)
    this.move(this.tokens.get(airdrop.token)!, airdrop.address, lower(recipient), amount, logs)
    logs.push({ address: airdrop.address, topics: [TOPIC.Claim, addressTopic(recipient)], data: `0x${word(index)}${word(amount)}` })
  }

  private poolCall(sender: string, data: string, logs: ModelLog[]): void {
    const { pool } = this.cfg
    const token0 = this.tokens.get(pool.token0)!
    const token1 = this.tokens.get(pool.token1)!
    const selector = data.slice(0, 10)
    if (selector === SEL.initialize) {
      if (this.poolInitialised) throw new ModelRevert('AlreadyInitialized')
      const b0 = token0.balanceOf(pool.address)
      const b1 = token1.balanceOf(pool.address)
      if (b0 === 0n || b1 === 0n) throw new ModelRevert('EmptyReserves')
      this.poolInitialised = true
      const { sqrtPriceX96, tick } = priceState(b0, b1)
      logs.push({ address: pool.address, topics: [TOPIC.Initialize], data: `0x${word(sqrtPriceX96)}${word(tick)}` })
      return
    }
    if (selector !== SEL.swapExactInput) throw new Error(`the Base model has no pool function ${selector}`)
    if (!this.poolInitialised) throw new ModelRevert('NotInitialized')
    const recipient = argAddress(data, 0)
    const zeroForOne = argUint(data, 1) !== 0n
    const amountIn = argUint(data, 2)
    const minAmountOut = argUint(data, 3)
    if (amountIn === 0n) throw new ModelRevert('ZeroAmountIn')
    let b0 = token0.balanceOf(pool.address)
    let b1 = token1.balanceOf(pool.address)
    const [tokenIn, tokenOut] = zeroForOne ? [token0, token1] : [token1, token0]
    const amountOut = zeroForOne ? getAmountOut(amountIn, b0, b1) : getAmountOut(amountIn, b1, b0)
    if (amountOut === 0n || amountOut < minAmountOut) throw new ModelRevert(`InsufficientOutput(${amountOut}, ${minAmountOut})`)
    this.move(tokenOut, pool.address, recipient, amountOut, logs)
    this.spendAllowance(tokenIn, sender, pool.address, amountIn)
    this.move(tokenIn, sender, pool.address, amountIn, logs)
    b0 = token0.balanceOf(pool.address)
    b1 = token1.balanceOf(pool.address)
    const { sqrtPriceX96, tick } = priceState(b0, b1)
    const [amount0, amount1] = zeroForOne ? [amountIn, -amountOut] : [-amountOut, amountIn]
    logs.push({
      address: pool.address,
      topics: [TOPIC.Swap, addressTopic(sender), addressTopic(recipient)],
      data: `0x${word(amount0)}${word(amount1)}${word(sqrtPriceX96)}${word(liquidity(b0, b1))}${word(tick)}`,
    })
  }
}
