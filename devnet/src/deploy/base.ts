import { ALLOCATIONS, FIXED_ADDRESSES, allocationAmount, scheduleTimes, type AllocationId } from '@og-explorer/common'
import type { ChainWriter, Hex } from '../chain/chain-writer'
import { encodeCall } from '../chain/contracts'
import type { AccountLabel, ContractDeployment } from '../deployments'
import { airdropList } from './airdrop-list'
import { deploy, deployAtFixedAddress } from './install'

export interface BaseActors {
  admin: Hex
  treasury: Hex
  stakingPool: Hex
  liquidityWallet: Hex
  bridgeLockbox: Hex
  ecosystemFund: Hex
  foundationTreasury: Hex
  coreContributors: Hex
  investors: Hex
}

/** allocations released through a TokenVesting contract, and who receives each release */
const VESTED: { id: AllocationId; beneficiary: keyof BaseActors }[] = [
  { id: 'ecosystem', beneficiary: 'ecosystemFund' },
  { id: 'foundation', beneficiary: 'foundationTreasury' },
  { id: 'coreContributors', beneficiary: 'coreContributors' },
  { id: 'investorsAdvisors', beneficiary: 'investors' },
  { id: 'liquidity', beneficiary: 'liquidityWallet' },
]

export function vestingContractName(id: AllocationId): string {
  return `TokenVesting_${id}`
}

/**
 * Base as the explorer sees it: OPG, USDC, Permit2 and the two x402 proxies at their real addresses,
 * one vesting contract per scheduled allocation, the airdrop distributor and the OPG/USDC pool.
 * The treasury funds each of them before TGE, so every later unlock is a transfer out of a vesting
 * contract or the distributor.
 */
export async function deployBase(
  writer: ChainWriter,
  actors: BaseActors,
  startTimestamp: number,
  tge: number,
): Promise<{ contracts: Record<string, ContractDeployment>; labels: AccountLabel[] }> {
  let ts = startTimestamp
  const next = () => (ts += 2)
  const { admin } = actors
  const contracts: Record<string, ContractDeployment> = {}
  const labels: AccountLabel[] = []
  const add = (name: string, kind: string, d: { address: Hex; block: number }) => (contracts[name] = { address: d.address, block: d.block, kind })

  add('OPG', 'opg-token', await deploy(writer, admin, 'OPGToken', [actors.treasury], next()))
  add('USDC', 'usdc-token', await deploy(writer, admin, 'MockUSDC', [admin], next()))
  const permit2 = await deployAtFixedAddress(writer, admin, 'Permit2', [], FIXED_ADDRESSES.permit2 as Hex, next())
  add('Permit2', 'permit2', permit2)
  add(
    'X402ExactPermit2Proxy',
    'x402-exact-proxy',
    await deployAtFixedAddress(writer, admin, 'X402ExactPermit2Proxy', [permit2.address], FIXED_ADDRESSES.x402ExactProxy as Hex, next()),
  )
  add(
    'X402UptoPermit2Proxy',
    'x402-upto-proxy',
    await deployAtFixedAddress(writer, admin, 'X402UptoPermit2Proxy', [permit2.address], FIXED_ADDRESSES.x402UptoProxy as Hex, next()),
  )
  const opg = contracts.OPG.address as Hex

  for (const { id, beneficiary } of VESTED) {
    const allocation = ALLOCATIONS.find((a) => a.id === id)!
    const { start, cliffEnd, duration } = scheduleTimes(allocation, tge)
    const name = vestingContractName(id)
    add(
      name,
      'vesting',
      await deploy(writer, admin, 'TokenVesting', [opg, actors[beneficiary], allocation.label, start, cliffEnd - start, duration, allocation.tgeBps], next()),
    )
    labels.push({ address: contracts[name].address, label: `${allocation.label} vesting`, category: 'vesting', circulating: false, allocation: id })
  }

  const airdrop = airdropList()
  const expiration = tge + 365 * 86_400
  add('MerkleAirdrop', 'airdrop-distributor', await deploy(writer, admin, 'MerkleAirdrop', [opg, airdrop.tree.root, expiration, admin], next()))
  labels.push({ address: contracts.MerkleAirdrop.address, label: 'Airdrop distributor', category: 'distributor', circulating: false, allocation: 'airdrop' })
  add('OPG_USDC_Pool', 'dex-pool', await deploy(writer, admin, 'UniswapV3StylePool', [opg, contracts.USDC.address], next()))
  labels.push({ address: contracts.OPG_USDC_Pool.address, label: 'OPG/USDC pool', category: 'dex-pool', circulating: true })

  // The treasury hands every allocation to its holder before TGE.
  const fund = (to: string, id: AllocationId) =>
    writer.send({ from: actors.treasury, to: opg, data: encodeCall('OPGToken', 'transfer', [to, allocationAmount(ALLOCATIONS.find((a) => a.id === id)!)]) })
  for (const { id } of VESTED) fund(contracts[vestingContractName(id)].address, id)
  fund(contracts.MerkleAirdrop.address, 'airdrop')
  fund(actors.stakingPool, 'staking')
  await writer.mine(next())

  labels.push(
    { address: actors.treasury, label: 'OPG treasury (mint recipient)', category: 'treasury', circulating: false },
    { address: actors.stakingPool, label: 'Staking rewards pool (SVIP)', category: 'staking-pool', circulating: false, allocation: 'staking' },
    { address: actors.bridgeLockbox, label: 'Bridge lockbox (Base → OG L1)', category: 'bridge', circulating: false },
    { address: actors.ecosystemFund, label: 'Ecosystem fund', category: 'allocation-beneficiary', circulating: true, allocation: 'ecosystem' },
    { address: actors.foundationTreasury, label: 'Foundation treasury', category: 'allocation-beneficiary', circulating: true, allocation: 'foundation' },
    {
      address: actors.coreContributors,
      label: 'Core contributors multisig',
      category: 'allocation-beneficiary',
      circulating: true,
      allocation: 'coreContributors',
    },
    { address: actors.investors, label: 'Investors/advisors multisig', category: 'allocation-beneficiary', circulating: true, allocation: 'investorsAdvisors' },
    { address: actors.liquidityWallet, label: 'Liquidity wallet', category: 'allocation-beneficiary', circulating: true, allocation: 'liquidity' },
    { address: FIXED_ADDRESSES.permit2, label: 'Permit2', category: 'contract', circulating: true },
    { address: FIXED_ADDRESSES.x402ExactProxy, label: 'x402 exact Permit2 proxy', category: 'x402-proxy', circulating: true },
    { address: FIXED_ADDRESSES.x402UptoProxy, label: 'x402 upto Permit2 proxy', category: 'x402-proxy', circulating: true },
    { address: FIXED_ADDRESSES.defaultPayTo, label: 'OpenGradient default x402 payTo', category: 'x402-payee', circulating: true },
  )
  return { contracts, labels }
}
