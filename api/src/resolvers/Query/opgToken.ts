import type { ApiContext } from '../context'

/** The OPG contract the deployment indexes, as configured (mainnet's by default; npm start passes the devnet's). */
export function opgToken(_parent: unknown, _args: unknown, ctx: ApiContext) {
  return {
    address: ctx.config.chain.opgToken,
    chain: 'base' as const,
    decimals: 18,
    source: 'the API setting API_OPG_TOKEN_ADDRESS (the mainnet contract unless the deployment names another)',
  }
}
