import { CHAINS } from '@og-explorer/common'
import { readingChain } from '../../chain/errors'
import { addressArg, readerOf } from '../../chain/inputs'
import type { ApiContext } from '../context'

/** EIP-7702: an account whose code is this prefix and an address is still a key-held account that delegates */
const DELEGATION_PREFIX = '0xef0100'

/** Contract or key-held account on each chain (eth_getCode at the head), and the OPG balance the index holds. */
export async function accountKind(_parent: unknown, args: { address: string }, ctx: ApiContext) {
  const address = addressArg(args.address)
  const [chains, rows] = await Promise.all([
    Promise.all(
      CHAINS.map(async (chain) => {
        const reader = readerOf(ctx, chain)
        if (!reader) return { chain, chainReads: false, kind: 'UNKNOWN' as const }
        const code = await readingChain(chain, () => reader.code(address))
        const kind = code === '0x' || code === '' || code.toLowerCase().startsWith(DELEGATION_PREFIX) ? ('EOA' as const) : ('CONTRACT' as const)
        return { chain, chainReads: true, kind }
      }),
    ),
    ctx.db.query<{ balance: string }>('SELECT balance::text AS balance FROM account WHERE id = $1', [address]),
  ])
  const balance = rows[0]?.balance ?? null
  return {
    address,
    chains,
    opgBalance: balance,
    opgBalanceSource:
      balance === null
        ? 'no indexed OPG transfer touched this address, so the index holds no balance for it'
        : 'the indexed Account row: every OPG transfer on Base up to the indexed head, summed',
  }
}
