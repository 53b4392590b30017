import { FIXED_ADDRESSES } from '@og-explorer/common'
import { maxUint256, type Hex } from 'viem'
import { actorAddress } from '../chain/actors'
import { encodeCall } from '../chain/contracts'
import { contractAddress, type BlockClock, type SimContext } from './context'
import type { InferenceRequest } from './usage'
import type { Wallet } from './wallets'

const OPG = 10n ** 18n
/** the TEE gateway's per-request session cap for the upto scheme: 0.1 OPG */
export const UPTO_CAP = OPG / 10n
const UPTO_SHARE = 0.85
const DEFAULT_PAYTO_SHARE = 0.08

export const FACILITATOR = actorAddress('base/x402-facilitator')
export const EXCHANGE_HOT_WALLET = actorAddress('base/exchange-hot-wallet')

/**
 * x402 payments on Base: the facilitator settles each request through the upto proxy (the TEE
 * gateway's scheme) or the exact proxy, moving OPG from the payer to the node's payment address.
 * New wallets are first funded from an exchange and approve Permit2, as the SDK does.
 */
export class PaymentActivity {
  private readonly paid = new Set<string>()

  constructor(
    private readonly ctx: SimContext,
    private readonly priceUsd: () => number,
  ) {}

  get payingWallets(): number {
    return this.paid.size
  }

  onBlock(clock: BlockClock, requests: InferenceRequest[]): void {
    for (const request of requests) this.pay(clock, request)
  }

  private pay(clock: BlockClock, request: InferenceRequest): void {
    const { ctx } = this
    const opg = contractAddress(ctx, 'base', 'OPG')
    const upto = ctx.rng.chance(UPTO_SHARE)
    const usd = Math.min(0.04, Math.max(0.0005, ctx.rng.logNormal(0.004, 0.8)))
    let amount = BigInt(Math.round((usd / this.priceUsd()) * 1e6)) * 10n ** 12n
    if (amount > UPTO_CAP) amount = UPTO_CAP
    if (amount === 0n) amount = 10n ** 12n
    const payer = request.payer
    this.ensureFunds(payer, amount, opg)
    const payTo = ctx.rng.chance(DEFAULT_PAYTO_SHARE) ? (FIXED_ADDRESSES.defaultPayTo as Hex) : request.tee.paymentAddress
    const nonce = payer.permitNonce++
    const deadline = BigInt(clock.timestamp + 3600)
    const validAfter = BigInt(clock.timestamp - 600)
    const signature = fakeEcdsaSignature(this.ctx)
    if (upto) {
      const permit = [[opg, UPTO_CAP], nonce, deadline]
      ctx.base.send({
        from: FACILITATOR,
        to: FIXED_ADDRESSES.x402UptoProxy as Hex,
        data: encodeCall('X402UptoPermit2Proxy', 'settle', [permit, amount, payer.address, [payTo, FACILITATOR, validAfter], signature]),
      })
    } else {
      const permit = [[opg, amount], nonce, deadline]
      ctx.base.send({
        from: FACILITATOR,
        to: FIXED_ADDRESSES.x402ExactProxy as Hex,
        data: encodeCall('X402ExactPermit2Proxy', 'settle', [permit, payer.address, [payTo, validAfter], signature]),
      })
    }
    payer.balance -= amount
    this.paid.add(payer.address)
    ctx.truth.payments.count++
    ctx.truth.payments.payingWallets = this.paid.size
  }

  /** Tops the wallet up from the exchange and approves Permit2 once, before its first payment. */
  private ensureFunds(wallet: Wallet, amount: bigint, opg: Hex): void {
    const { ctx } = this
    if (wallet.balance < amount) {
      const topUp = BigInt(Math.round(ctx.rng.logNormal(wallet.farming ? 2 : 25, 1) * 1e4) + 1) * 10n ** 14n + amount
      ctx.base.send({ from: EXCHANGE_HOT_WALLET, to: opg, data: encodeCall('OPGToken', 'transfer', [wallet.address, topUp]) })
      wallet.balance += topUp
    }
    if (!wallet.approvedPermit2) {
      ctx.base.send({ from: wallet.address, to: opg, data: encodeCall('OPGToken', 'approve', [FIXED_ADDRESSES.permit2, maxUint256]) })
      wallet.approvedPermit2 = true
    }
  }
}

/** A 65-byte r‖s‖v blob; the devnet Permit2 does not check it (see contracts/sol/base/Permit2.sol). */
function fakeEcdsaSignature(ctx: SimContext): Hex {
  return `${ctx.rng.bytes32()}${ctx.rng.bytes32().slice(2)}1b` as Hex
}
