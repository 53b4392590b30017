/**
 * Event signatures as OpenGradient's real contracts (and the standard contracts around them) emit them.
 * Source: docs/sources.md (section numbers below). Where the research behind it printed a
 * full topic0, it is kept here too, so the keccak of the signature is checked against an independent
 * computation and not only against itself.
 */
export interface DocumentedEvent {
  chain: 'og' | 'base'
  /** canonical signature, as hashed for topic0 */
  signature: string
  source: string
  topic0?: `0x${string}`
}

export const DOCUMENTED_EVENTS: readonly DocumentedEvent[] = [
  // §4.1 current settlement relay
  {
    chain: 'og',
    signature: 'BatchSettlement(bytes32,uint256,bytes)',
    source: '§4.1 InferenceSettlementRelay',
    topic0: '0xc2aff8d8a10a4543baabf39bd9ff45e7fc3881d19098df350a3b7f339e911127',
  },
  {
    chain: 'og',
    signature: 'IndividualSettlement(bytes32,address,bytes32,bytes32,uint256,bytes,bytes)',
    source: '§4.1 InferenceSettlementRelay',
    topic0: '0x74e71a1981c03bd0c36f3b1227f3ee2a34dca5d6fef25c4b2787e033ab60b782',
  },
  // §4.2 legacy relay (v0)
  {
    chain: 'og',
    signature: 'Settlement(bytes32,bytes32)',
    source: '§4.2 legacy relay',
    topic0: '0x2dec475996b83d8f0b0b5863ea37b28d71de0e635fecf1042fd2c6e41b2bdda3',
  },
  {
    chain: 'og',
    signature: 'BatchSettlement(bytes32,uint256)',
    source: '§4.2 legacy relay',
    topic0: '0xfa7c610716cb742e297d9aaa305f688a478691d7bdda909887be587592075db0',
  },
  {
    chain: 'og',
    signature: 'SettlementWithMetadata(bytes32,bytes32,string,bytes,bytes)',
    source: '§4.2 legacy relay',
    topic0: '0x699118b9cf4c170299a3cd2b24610f4bdd66f1492695baf29c49077ef64c056c',
  },
  // §3.2 / §3.3 TEE registry
  {
    chain: 'og',
    signature: 'TEETypeAdded(uint8,string)',
    source: '§3.2 TEERegistry',
    topic0: '0xed0161664cf318441e585cccad9fa9fc770298b648a49635dda84ac6f0adc908',
  },
  {
    chain: 'og',
    signature: 'PCRApproved(bytes32,uint8,string)',
    source: '§3.2 TEERegistry',
    topic0: '0x98c6d69cba0181c4e436357d22ac56e02ec472c03f04df0fbf89d1bb614af2fe',
  },
  {
    chain: 'og',
    signature: 'PCRRevoked(bytes32,uint8)',
    source: '§3.2 TEERegistry',
    topic0: '0xd5a6741f8bbaee4cc3ea05953ea04c6a1863ce4c66a52da653dd0a315f84c2fb',
  },
  {
    chain: 'og',
    signature: 'PCRRevoked(bytes32)',
    source: '§3.3 TEERegistry (older deployments)',
    topic0: '0x021cbdaf8e2ddc626ca016468398743e833c1d67b00106b10077757586679a20',
  },
  {
    chain: 'og',
    signature: 'TEERegistered(bytes32,address,uint8)',
    source: '§3.2 TEERegistry',
    topic0: '0x97d0af70a4d2c616e9c1093d5f57c8b31b3a7d824f1d335e5d5416402ec14931',
  },
  { chain: 'og', signature: 'TEEDisabled(bytes32)', source: '§3.2 TEERegistry', topic0: '0x01c235337ed5406ee8cebb3f299d60f237a2837430f8a14fbc81f94ce50236b6' },
  { chain: 'og', signature: 'TEEEnabled(bytes32)', source: '§3.2 TEERegistry', topic0: '0xcfe7e61b35fbf35c6b0d5c7ebe6feb619ab832dc476c4a02dbdc041fb92b5ca6' },
  {
    chain: 'og',
    signature: 'AWSCertificateUpdated(bytes32)',
    source: '§3.2 TEERegistry',
    topic0: '0x378c4547bd8b346276ae1db9e298d984a43bd8788ad795e7a141ba069045f4cb',
  },
  {
    chain: 'og',
    signature: 'HeartbeatReceived(bytes32,uint256)',
    source: '§3.2 TEERegistry',
    topic0: '0x3cf0bf7708060bf073b6ddb921eef0485b3eb9da828e0ed751fa6582ef337f57',
  },
  // OpenZeppelin AccessControl, emitted by the registry and the relay
  { chain: 'og', signature: 'RoleGranted(bytes32,address,address)', source: '§3.2 AccessControl' },
  { chain: 'og', signature: 'RoleRevoked(bytes32,address,address)', source: '§3.2 AccessControl' },
  { chain: 'og', signature: 'RoleAdminChanged(bytes32,bytes32,bytes32)', source: '§3.2 AccessControl' },
  // §2 Cosmos EVM precompiles
  { chain: 'og', signature: 'CreateValidator(address,uint256)', source: '§2 staking 0x800' },
  { chain: 'og', signature: 'EditValidator(address,int256,int256)', source: '§2 staking 0x800' },
  { chain: 'og', signature: 'Delegate(address,address,uint256,uint256)', source: '§2 staking 0x800' },
  { chain: 'og', signature: 'Unbond(address,address,uint256,uint256)', source: '§2 staking 0x800' },
  { chain: 'og', signature: 'Redelegate(address,address,address,uint256,uint256)', source: '§2 staking 0x800' },
  { chain: 'og', signature: 'CancelUnbondingDelegation(address,address,uint256,uint256)', source: '§2 staking 0x800' },
  { chain: 'og', signature: 'ClaimRewards(address,uint256)', source: '§2 distribution 0x801' },
  { chain: 'og', signature: 'WithdrawDelegatorReward(address,address,uint256)', source: '§2 distribution 0x801' },
  {
    chain: 'og',
    signature: 'ValidatorUnjailed(address)',
    source: '§2 slashing 0x806',
    topic0: '0x9390b453426557da5ebdc31f19a37753ca04addf656d32f35232211bb2af3f19',
  },
  // §5.1 / §5.2 legacy on-chain inference
  {
    chain: 'og',
    signature:
      'LLMChat(string,(uint8,string,(string,string,string,string,(string,string,string)[])[],(string,string,string)[],string,uint32,string[],uint32),(string,(string,string,string,string,(string,string,string)[])))',
    source: '§5.1 precompile 0xF4',
    topic0: '0x4c92d3df7819fcd1c9f9663332f0a599a65eefdad2eaf9193cffb9dbf1919c3b',
  },
  {
    chain: 'og',
    signature: 'LLMCompletionEvent(string,(uint8,string,string,uint32,string[],uint32),(string))',
    source: '§5.1 precompile 0xF4',
    topic0: '0x51fe69d513d73ecde3fa3bf17584f7d2acfd5f0b13d367e898d6e11e742127a3',
  },
  {
    chain: 'og',
    signature:
      'ModelInferenceEvent(string,(uint8,string,((string,(int128,int128)[],uint32[])[],(string,string[])[])),((string,(int128,int128)[],uint32[])[],(string,string[])[],(string,string)[],bool))',
    source: '§5.1 precompile 0xF4',
    topic0: '0x1b283af3452f3718585ce100f80d9aa81fc60924db4a582a36db6aae3b109d87',
  },
  {
    chain: 'og',
    signature: 'InferenceResult(((string,(int128,int128)[],uint32[])[],(string,string[])[],(string,string)[],bool))',
    source: '§5.2 InferenceHub',
    topic0: '0xc1396ff68bc2d8630100df29ce5561fa99078c602e8676ab72a53e37095d7168',
  },
  {
    chain: 'og',
    signature: 'LLMChatResult((string,(string,string,string,string,(string,string,string)[])))',
    source: '§5.2 InferenceHub',
    topic0: '0x53fcd580be8545626a896d86eb76e16597d793de715dda5d21df71d303d1ff96',
  },
  {
    chain: 'og',
    signature: 'LLMCompletionResult((string))',
    source: '§5.2 InferenceHub',
    topic0: '0xe522a1a92cb132ca102e36a004efceb8c83284b64164e0d128ddce12e86cab7b',
  },
  // §6 Base: OPG (standard ERC-20) and the x402 proxies
  {
    chain: 'base',
    signature: 'Transfer(address,address,uint256)',
    source: '§6.1 ERC-20',
    topic0: '0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef',
  },
  { chain: 'base', signature: 'Approval(address,address,uint256)', source: '§6.1 ERC-20' },
  { chain: 'base', signature: 'Settled()', source: '§6.2 x402 proxies', topic0: '0x97088ec3606cfe8cc112180570d03fcde05f9b8e1bfef8e27784eaf5dd5691b6' },
  {
    chain: 'base',
    signature: 'SettledWithPermit()',
    source: '§6.2 x402 proxies',
    topic0: '0xde5b89d10fc800c459329c382fabfcad0be0ed7e5328e01fae04e507b09ef5d8',
  },
  // Uniswap v3 pool (the issue names the exact Swap signature) and Sablier's Merkle airdrop claim
  { chain: 'base', signature: 'Swap(address,address,int256,int256,uint160,uint128,int24)', source: 'Uniswap v3 pool' },
  { chain: 'base', signature: 'Initialize(uint160,int24)', source: 'Uniswap v3 pool' },
  { chain: 'base', signature: 'Claim(uint256,address,uint128)', source: '§12 SablierMerkleInstant' },
]

/**
 * Events of contracts whose real source is not public (§13): the vesting contracts, and devnet-only
 * admin paths. They are our own documented interface; the indexer does not depend on them for
 * correctness (unlocks are read from OPG transfers out of the vesting contracts).
 */
export const OWN_EVENTS: readonly string[] = ['ERC20Released(address,uint256)', 'OwnershipTransferred(address,address)']
