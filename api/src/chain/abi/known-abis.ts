/**
 * The events and functions of the contracts the explorer indexes, copied from indexer/abi/*.json (names and
 * types only). known-abis.test.ts fails when a file there changes and this copy does not; the API does not
 * depend on the indexer package, so it carries its own copy.
 */
import type { AbiEntry } from './abi-types'

export const KNOWN_ABIS: Record<string, readonly AbiEntry[]> = {
  DistributionI: [
    {
      type: 'event',
      name: 'ClaimRewards',
      inputs: [
        {
          name: 'delegatorAddress',
          type: 'address',
          indexed: true,
        },
        {
          name: 'amount',
          type: 'uint256',
        },
      ],
    },
    {
      type: 'event',
      name: 'WithdrawDelegatorReward',
      inputs: [
        {
          name: 'delegatorAddress',
          type: 'address',
          indexed: true,
        },
        {
          name: 'validatorAddress',
          type: 'address',
          indexed: true,
        },
        {
          name: 'amount',
          type: 'uint256',
        },
      ],
    },
  ],
  ERC20: [
    {
      type: 'event',
      name: 'Approval',
      inputs: [
        {
          name: 'owner',
          type: 'address',
          indexed: true,
        },
        {
          name: 'spender',
          type: 'address',
          indexed: true,
        },
        {
          name: 'value',
          type: 'uint256',
        },
      ],
    },
    {
      type: 'event',
      name: 'Transfer',
      inputs: [
        {
          name: 'from',
          type: 'address',
          indexed: true,
        },
        {
          name: 'to',
          type: 'address',
          indexed: true,
        },
        {
          name: 'value',
          type: 'uint256',
        },
      ],
    },
    {
      type: 'function',
      name: 'balanceOf',
      inputs: [
        {
          name: 'account',
          type: 'address',
        },
      ],
    },
    {
      type: 'function',
      name: 'totalSupply',
      inputs: [],
    },
  ],
  InferenceHub: [
    {
      type: 'event',
      name: 'InferenceResult',
      inputs: [
        {
          name: 'output',
          type: 'tuple',
          components: [
            {
              name: 'numbers',
              type: 'tuple[]',
              components: [
                {
                  name: 'name',
                  type: 'string',
                },
                {
                  name: 'values',
                  type: 'tuple[]',
                  components: [
                    {
                      name: 'value',
                      type: 'int128',
                    },
                    {
                      name: 'decimals',
                      type: 'int128',
                    },
                  ],
                },
                {
                  name: 'shape',
                  type: 'uint32[]',
                },
              ],
            },
            {
              name: 'strings',
              type: 'tuple[]',
              components: [
                {
                  name: 'name',
                  type: 'string',
                },
                {
                  name: 'values',
                  type: 'string[]',
                },
              ],
            },
            {
              name: 'jsons',
              type: 'tuple[]',
              components: [
                {
                  name: 'name',
                  type: 'string',
                },
                {
                  name: 'value',
                  type: 'string',
                },
              ],
            },
            {
              name: 'is_simulation_result',
              type: 'bool',
            },
          ],
        },
      ],
    },
    {
      type: 'event',
      name: 'LLMChatResult',
      inputs: [
        {
          name: 'response',
          type: 'tuple',
          components: [
            {
              name: 'finish_reason',
              type: 'string',
            },
            {
              name: 'message',
              type: 'tuple',
              components: [
                {
                  name: 'role',
                  type: 'string',
                },
                {
                  name: 'content',
                  type: 'string',
                },
                {
                  name: 'name',
                  type: 'string',
                },
                {
                  name: 'tool_call_id',
                  type: 'string',
                },
                {
                  name: 'tool_calls',
                  type: 'tuple[]',
                  components: [
                    {
                      name: 'id',
                      type: 'string',
                    },
                    {
                      name: 'name',
                      type: 'string',
                    },
                    {
                      name: 'arguments',
                      type: 'string',
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    {
      type: 'event',
      name: 'LLMCompletionResult',
      inputs: [
        {
          name: 'response',
          type: 'tuple',
          components: [
            {
              name: 'answer',
              type: 'string',
            },
          ],
        },
      ],
    },
  ],
  InferencePrecompile: [
    {
      type: 'event',
      name: 'LLMChat',
      inputs: [
        {
          name: 'inferenceID',
          type: 'string',
        },
        {
          name: 'request',
          type: 'tuple',
          components: [
            {
              name: 'mode',
              type: 'uint8',
            },
            {
              name: 'modelCID',
              type: 'string',
            },
            {
              name: 'messages',
              type: 'tuple[]',
              components: [
                {
                  name: 'role',
                  type: 'string',
                },
                {
                  name: 'content',
                  type: 'string',
                },
                {
                  name: 'name',
                  type: 'string',
                },
                {
                  name: 'tool_call_id',
                  type: 'string',
                },
                {
                  name: 'tool_calls',
                  type: 'tuple[]',
                  components: [
                    {
                      name: 'id',
                      type: 'string',
                    },
                    {
                      name: 'name',
                      type: 'string',
                    },
                    {
                      name: 'arguments',
                      type: 'string',
                    },
                  ],
                },
              ],
            },
            {
              name: 'tools',
              type: 'tuple[]',
              components: [
                {
                  name: 'description',
                  type: 'string',
                },
                {
                  name: 'name',
                  type: 'string',
                },
                {
                  name: 'parameters',
                  type: 'string',
                },
              ],
            },
            {
              name: 'tool_choice',
              type: 'string',
            },
            {
              name: 'max_tokens',
              type: 'uint32',
            },
            {
              name: 'stop_sequence',
              type: 'string[]',
            },
            {
              name: 'temperature',
              type: 'uint32',
            },
          ],
        },
        {
          name: 'response',
          type: 'tuple',
          components: [
            {
              name: 'finish_reason',
              type: 'string',
            },
            {
              name: 'message',
              type: 'tuple',
              components: [
                {
                  name: 'role',
                  type: 'string',
                },
                {
                  name: 'content',
                  type: 'string',
                },
                {
                  name: 'name',
                  type: 'string',
                },
                {
                  name: 'tool_call_id',
                  type: 'string',
                },
                {
                  name: 'tool_calls',
                  type: 'tuple[]',
                  components: [
                    {
                      name: 'id',
                      type: 'string',
                    },
                    {
                      name: 'name',
                      type: 'string',
                    },
                    {
                      name: 'arguments',
                      type: 'string',
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    {
      type: 'event',
      name: 'LLMCompletionEvent',
      inputs: [
        {
          name: 'inferenceID',
          type: 'string',
        },
        {
          name: 'request',
          type: 'tuple',
          components: [
            {
              name: 'mode',
              type: 'uint8',
            },
            {
              name: 'modelCID',
              type: 'string',
            },
            {
              name: 'prompt',
              type: 'string',
            },
            {
              name: 'max_tokens',
              type: 'uint32',
            },
            {
              name: 'stop_sequence',
              type: 'string[]',
            },
            {
              name: 'temperature',
              type: 'uint32',
            },
          ],
        },
        {
          name: 'response',
          type: 'tuple',
          components: [
            {
              name: 'answer',
              type: 'string',
            },
          ],
        },
      ],
    },
    {
      type: 'event',
      name: 'ModelInferenceEvent',
      inputs: [
        {
          name: 'inferenceID',
          type: 'string',
        },
        {
          name: 'request',
          type: 'tuple',
          components: [
            {
              name: 'mode',
              type: 'uint8',
            },
            {
              name: 'modelCID',
              type: 'string',
            },
            {
              name: 'input',
              type: 'tuple',
              components: [
                {
                  name: 'numbers',
                  type: 'tuple[]',
                  components: [
                    {
                      name: 'name',
                      type: 'string',
                    },
                    {
                      name: 'values',
                      type: 'tuple[]',
                      components: [
                        {
                          name: 'value',
                          type: 'int128',
                        },
                        {
                          name: 'decimals',
                          type: 'int128',
                        },
                      ],
                    },
                    {
                      name: 'shape',
                      type: 'uint32[]',
                    },
                  ],
                },
                {
                  name: 'strings',
                  type: 'tuple[]',
                  components: [
                    {
                      name: 'name',
                      type: 'string',
                    },
                    {
                      name: 'values',
                      type: 'string[]',
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          name: 'response',
          type: 'tuple',
          components: [
            {
              name: 'numbers',
              type: 'tuple[]',
              components: [
                {
                  name: 'name',
                  type: 'string',
                },
                {
                  name: 'values',
                  type: 'tuple[]',
                  components: [
                    {
                      name: 'value',
                      type: 'int128',
                    },
                    {
                      name: 'decimals',
                      type: 'int128',
                    },
                  ],
                },
                {
                  name: 'shape',
                  type: 'uint32[]',
                },
              ],
            },
            {
              name: 'strings',
              type: 'tuple[]',
              components: [
                {
                  name: 'name',
                  type: 'string',
                },
                {
                  name: 'values',
                  type: 'string[]',
                },
              ],
            },
            {
              name: 'jsons',
              type: 'tuple[]',
              components: [
                {
                  name: 'name',
                  type: 'string',
                },
                {
                  name: 'value',
                  type: 'string',
                },
              ],
            },
            {
              name: 'is_simulation_result',
              type: 'bool',
            },
          ],
        },
      ],
    },
  ],
  InferenceSettlementRelay: [
    {
      type: 'event',
      name: 'BatchSettlement',
      inputs: [
        {
          name: 'merkleRoot',
          type: 'bytes32',
          indexed: true,
        },
        {
          name: 'batchSize',
          type: 'uint256',
        },
        {
          name: 'walrusBlobId',
          type: 'bytes',
        },
      ],
    },
    {
      type: 'event',
      name: 'IndividualSettlement',
      inputs: [
        {
          name: 'teeId',
          type: 'bytes32',
          indexed: true,
        },
        {
          name: 'ethAddress',
          type: 'address',
          indexed: true,
        },
        {
          name: 'inputHash',
          type: 'bytes32',
        },
        {
          name: 'outputHash',
          type: 'bytes32',
        },
        {
          name: 'timestamp',
          type: 'uint256',
        },
        {
          name: 'walrusBlobId',
          type: 'bytes',
        },
        {
          name: 'signature',
          type: 'bytes',
        },
      ],
    },
    {
      type: 'function',
      name: 'batchSettle',
      inputs: [
        {
          name: '_merkleRoot',
          type: 'bytes32',
        },
        {
          name: '_batchSize',
          type: 'uint256',
        },
        {
          name: '_walrusBlobId',
          type: 'bytes',
        },
      ],
    },
    {
      type: 'function',
      name: 'settleIndividual',
      inputs: [
        {
          name: '_teeId',
          type: 'bytes32',
        },
        {
          name: '_inputHash',
          type: 'bytes32',
        },
        {
          name: '_outputHash',
          type: 'bytes32',
        },
        {
          name: '_timestamp',
          type: 'uint256',
        },
        {
          name: '_ethAddress',
          type: 'address',
        },
        {
          name: '_walrusBlobId',
          type: 'bytes',
        },
        {
          name: '_signature',
          type: 'bytes',
        },
      ],
    },
  ],
  LegacySettlementRelay: [
    {
      type: 'event',
      name: 'BatchSettlement',
      inputs: [
        {
          name: 'merkleRoot',
          type: 'bytes32',
          indexed: true,
        },
        {
          name: 'batchSize',
          type: 'uint256',
        },
      ],
    },
    {
      type: 'event',
      name: 'Settlement',
      inputs: [
        {
          name: 'inputHash',
          type: 'bytes32',
          indexed: true,
        },
        {
          name: 'outputHash',
          type: 'bytes32',
          indexed: true,
        },
      ],
    },
    {
      type: 'event',
      name: 'SettlementWithMetadata',
      inputs: [
        {
          name: 'inputHash',
          type: 'bytes32',
          indexed: true,
        },
        {
          name: 'outputHash',
          type: 'bytes32',
          indexed: true,
        },
        {
          name: 'modelInfo',
          type: 'string',
        },
        {
          name: 'inputData',
          type: 'bytes',
        },
        {
          name: 'outputData',
          type: 'bytes',
        },
      ],
    },
  ],
  SlashingI: [
    {
      type: 'event',
      name: 'ValidatorUnjailed',
      inputs: [
        {
          name: 'validator',
          type: 'address',
          indexed: true,
        },
      ],
    },
  ],
  StakingI: [
    {
      type: 'event',
      name: 'CancelUnbondingDelegation',
      inputs: [
        {
          name: 'delegatorAddress',
          type: 'address',
          indexed: true,
        },
        {
          name: 'validatorAddress',
          type: 'address',
          indexed: true,
        },
        {
          name: 'amount',
          type: 'uint256',
        },
        {
          name: 'creationHeight',
          type: 'uint256',
        },
      ],
    },
    {
      type: 'event',
      name: 'CreateValidator',
      inputs: [
        {
          name: 'validatorAddress',
          type: 'address',
          indexed: true,
        },
        {
          name: 'value',
          type: 'uint256',
        },
      ],
    },
    {
      type: 'event',
      name: 'Delegate',
      inputs: [
        {
          name: 'delegatorAddress',
          type: 'address',
          indexed: true,
        },
        {
          name: 'validatorAddress',
          type: 'address',
          indexed: true,
        },
        {
          name: 'amount',
          type: 'uint256',
        },
        {
          name: 'newShares',
          type: 'uint256',
        },
      ],
    },
    {
      type: 'event',
      name: 'EditValidator',
      inputs: [
        {
          name: 'validatorAddress',
          type: 'address',
          indexed: true,
        },
        {
          name: 'commissionRate',
          type: 'int256',
        },
        {
          name: 'minSelfDelegation',
          type: 'int256',
        },
      ],
    },
    {
      type: 'event',
      name: 'Redelegate',
      inputs: [
        {
          name: 'delegatorAddress',
          type: 'address',
          indexed: true,
        },
        {
          name: 'validatorSrcAddress',
          type: 'address',
          indexed: true,
        },
        {
          name: 'validatorDstAddress',
          type: 'address',
          indexed: true,
        },
        {
          name: 'amount',
          type: 'uint256',
        },
        {
          name: 'completionTime',
          type: 'uint256',
        },
      ],
    },
    {
      type: 'event',
      name: 'Unbond',
      inputs: [
        {
          name: 'delegatorAddress',
          type: 'address',
          indexed: true,
        },
        {
          name: 'validatorAddress',
          type: 'address',
          indexed: true,
        },
        {
          name: 'amount',
          type: 'uint256',
        },
        {
          name: 'completionTime',
          type: 'uint256',
        },
      ],
    },
    {
      type: 'function',
      name: 'delegation',
      inputs: [
        {
          name: 'delegatorAddress',
          type: 'address',
        },
        {
          name: 'validatorAddress',
          type: 'string',
        },
      ],
    },
    {
      type: 'function',
      name: 'validator',
      inputs: [
        {
          name: 'validatorAddress',
          type: 'address',
        },
      ],
    },
    {
      type: 'function',
      name: 'validators',
      inputs: [
        {
          name: 'status',
          type: 'string',
        },
        {
          name: 'pageRequest',
          type: 'tuple',
          components: [
            {
              name: 'key',
              type: 'bytes',
            },
            {
              name: 'offset',
              type: 'uint64',
            },
            {
              name: 'limit',
              type: 'uint64',
            },
            {
              name: 'countTotal',
              type: 'bool',
            },
            {
              name: 'reverse',
              type: 'bool',
            },
          ],
        },
      ],
    },
  ],
  TEERegistry: [
    {
      type: 'event',
      name: 'AWSCertificateUpdated',
      inputs: [
        {
          name: 'certHash',
          type: 'bytes32',
          indexed: true,
        },
      ],
    },
    {
      type: 'event',
      name: 'HeartbeatReceived',
      inputs: [
        {
          name: 'teeId',
          type: 'bytes32',
          indexed: true,
        },
        {
          name: 'timestamp',
          type: 'uint256',
        },
      ],
    },
    {
      type: 'event',
      name: 'PCRApproved',
      inputs: [
        {
          name: 'pcrHash',
          type: 'bytes32',
          indexed: true,
        },
        {
          name: 'teeType',
          type: 'uint8',
          indexed: true,
        },
        {
          name: 'version',
          type: 'string',
        },
      ],
    },
    {
      type: 'event',
      name: 'PCRRevoked',
      inputs: [
        {
          name: 'pcrHash',
          type: 'bytes32',
          indexed: true,
        },
        {
          name: 'teeType',
          type: 'uint8',
          indexed: true,
        },
      ],
    },
    {
      type: 'event',
      name: 'PCRRevoked',
      inputs: [
        {
          name: 'pcrHash',
          type: 'bytes32',
          indexed: true,
        },
      ],
    },
    {
      type: 'event',
      name: 'TEEDisabled',
      inputs: [
        {
          name: 'teeId',
          type: 'bytes32',
          indexed: true,
        },
      ],
    },
    {
      type: 'event',
      name: 'TEEEnabled',
      inputs: [
        {
          name: 'teeId',
          type: 'bytes32',
          indexed: true,
        },
      ],
    },
    {
      type: 'event',
      name: 'TEERegistered',
      inputs: [
        {
          name: 'teeId',
          type: 'bytes32',
          indexed: true,
        },
        {
          name: 'owner',
          type: 'address',
          indexed: true,
        },
        {
          name: 'teeType',
          type: 'uint8',
        },
      ],
    },
    {
      type: 'event',
      name: 'TEETypeAdded',
      inputs: [
        {
          name: 'typeId',
          type: 'uint8',
          indexed: true,
        },
        {
          name: 'name',
          type: 'string',
        },
      ],
    },
    {
      type: 'function',
      name: 'getTEE',
      inputs: [
        {
          name: 'teeId',
          type: 'bytes32',
        },
      ],
    },
    {
      type: 'function',
      name: 'heartbeatMaxAge',
      inputs: [],
    },
    {
      type: 'function',
      name: 'registerTEEWithAttestation',
      inputs: [
        {
          name: 'attestationDocument',
          type: 'bytes',
        },
        {
          name: 'signingPublicKey',
          type: 'bytes',
        },
        {
          name: 'tlsCertificate',
          type: 'bytes',
        },
        {
          name: 'paymentAddress',
          type: 'address',
        },
        {
          name: 'endpoint',
          type: 'string',
        },
        {
          name: 'teeType',
          type: 'uint8',
        },
      ],
    },
  ],
  UniswapV3Pool: [
    {
      type: 'event',
      name: 'Initialize',
      inputs: [
        {
          name: 'sqrtPriceX96',
          type: 'uint160',
        },
        {
          name: 'tick',
          type: 'int24',
        },
      ],
    },
    {
      type: 'event',
      name: 'Swap',
      inputs: [
        {
          name: 'sender',
          type: 'address',
          indexed: true,
        },
        {
          name: 'recipient',
          type: 'address',
          indexed: true,
        },
        {
          name: 'amount0',
          type: 'int256',
        },
        {
          name: 'amount1',
          type: 'int256',
        },
        {
          name: 'sqrtPriceX96',
          type: 'uint160',
        },
        {
          name: 'liquidity',
          type: 'uint128',
        },
        {
          name: 'tick',
          type: 'int24',
        },
      ],
    },
  ],
  X402ExactProxy: [
    {
      type: 'event',
      name: 'Settled',
      inputs: [],
    },
    {
      type: 'event',
      name: 'SettledWithPermit',
      inputs: [],
    },
    {
      type: 'function',
      name: 'settle',
      inputs: [
        {
          name: 'permit',
          type: 'tuple',
          components: [
            {
              name: 'permitted',
              type: 'tuple',
              components: [
                {
                  name: 'token',
                  type: 'address',
                },
                {
                  name: 'amount',
                  type: 'uint256',
                },
              ],
            },
            {
              name: 'nonce',
              type: 'uint256',
            },
            {
              name: 'deadline',
              type: 'uint256',
            },
          ],
        },
        {
          name: 'owner',
          type: 'address',
        },
        {
          name: 'witness',
          type: 'tuple',
          components: [
            {
              name: 'to',
              type: 'address',
            },
            {
              name: 'validAfter',
              type: 'uint256',
            },
          ],
        },
        {
          name: 'signature',
          type: 'bytes',
        },
      ],
    },
    {
      type: 'function',
      name: 'settleWithPermit',
      inputs: [
        {
          name: 'permit2612',
          type: 'tuple',
          components: [
            {
              name: 'value',
              type: 'uint256',
            },
            {
              name: 'deadline',
              type: 'uint256',
            },
            {
              name: 'r',
              type: 'bytes32',
            },
            {
              name: 's',
              type: 'bytes32',
            },
            {
              name: 'v',
              type: 'uint8',
            },
          ],
        },
        {
          name: 'permit',
          type: 'tuple',
          components: [
            {
              name: 'permitted',
              type: 'tuple',
              components: [
                {
                  name: 'token',
                  type: 'address',
                },
                {
                  name: 'amount',
                  type: 'uint256',
                },
              ],
            },
            {
              name: 'nonce',
              type: 'uint256',
            },
            {
              name: 'deadline',
              type: 'uint256',
            },
          ],
        },
        {
          name: 'owner',
          type: 'address',
        },
        {
          name: 'witness',
          type: 'tuple',
          components: [
            {
              name: 'to',
              type: 'address',
            },
            {
              name: 'validAfter',
              type: 'uint256',
            },
          ],
        },
        {
          name: 'signature',
          type: 'bytes',
        },
      ],
    },
  ],
  X402UptoProxy: [
    {
      type: 'event',
      name: 'Settled',
      inputs: [],
    },
    {
      type: 'event',
      name: 'SettledWithPermit',
      inputs: [],
    },
    {
      type: 'function',
      name: 'settle',
      inputs: [
        {
          name: 'permit',
          type: 'tuple',
          components: [
            {
              name: 'permitted',
              type: 'tuple',
              components: [
                {
                  name: 'token',
                  type: 'address',
                },
                {
                  name: 'amount',
                  type: 'uint256',
                },
              ],
            },
            {
              name: 'nonce',
              type: 'uint256',
            },
            {
              name: 'deadline',
              type: 'uint256',
            },
          ],
        },
        {
          name: 'amount',
          type: 'uint256',
        },
        {
          name: 'owner',
          type: 'address',
        },
        {
          name: 'witness',
          type: 'tuple',
          components: [
            {
              name: 'to',
              type: 'address',
            },
            {
              name: 'facilitator',
              type: 'address',
            },
            {
              name: 'validAfter',
              type: 'uint256',
            },
          ],
        },
        {
          name: 'signature',
          type: 'bytes',
        },
      ],
    },
    {
      type: 'function',
      name: 'settleWithPermit',
      inputs: [
        {
          name: 'permit2612',
          type: 'tuple',
          components: [
            {
              name: 'value',
              type: 'uint256',
            },
            {
              name: 'deadline',
              type: 'uint256',
            },
            {
              name: 'r',
              type: 'bytes32',
            },
            {
              name: 's',
              type: 'bytes32',
            },
            {
              name: 'v',
              type: 'uint8',
            },
          ],
        },
        {
          name: 'permit',
          type: 'tuple',
          components: [
            {
              name: 'permitted',
              type: 'tuple',
              components: [
                {
                  name: 'token',
                  type: 'address',
                },
                {
                  name: 'amount',
                  type: 'uint256',
                },
              ],
            },
            {
              name: 'nonce',
              type: 'uint256',
            },
            {
              name: 'deadline',
              type: 'uint256',
            },
          ],
        },
        {
          name: 'amount',
          type: 'uint256',
        },
        {
          name: 'owner',
          type: 'address',
        },
        {
          name: 'witness',
          type: 'tuple',
          components: [
            {
              name: 'to',
              type: 'address',
            },
            {
              name: 'facilitator',
              type: 'address',
            },
            {
              name: 'validAfter',
              type: 'uint256',
            },
          ],
        },
        {
          name: 'signature',
          type: 'bytes',
        },
      ],
    },
  ],
}
