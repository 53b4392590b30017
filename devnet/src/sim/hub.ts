import type { Hex } from 'viem'
import { actorAddress } from '../chain/actors'
import { encodeCall } from '../chain/contracts'
import { contractAddress, type BlockClock, type SimContext } from './context'

export const MODE = { VANILLA: 0, ZKML: 1, TEE: 2 } as const
const ML_MODELS = ['QmVolatilityEthUsdt1h', 'QmSpamClassifierV2', 'QmCreditScoreXGB', 'QmSentimentDistilBert']
const LLM_MODELS = ['meta-llama/Meta-Llama-3-8B-Instruct', 'meta-llama/Llama-3.2-3B-Instruct', 'Qwen/Qwen2.5-72B-Instruct']

/**
 * Legacy on-chain inference through InferenceHub and the 0xF4 precompile: the only place where the
 * chain itself records the mode (VANILLA / ZKML / TEE) and the model CID. TEE-heavy, small ZKML share.
 */
export class HubActivity {
  private readonly users = Array.from({ length: 25 }, (_, i) => actorAddress(`og/hub-user/${i}`))

  constructor(private readonly ctx: SimContext) {}

  onBlock(clock: BlockClock): void {
    const { ctx } = this
    const perBlock = clock.live ? ctx.scale.hubInferencesPerDay / 43_200 : ctx.scale.hubInferencesPerDay / ctx.scale.blocksPerDay
    const count = ctx.rng.poisson(perBlock)
    const hub = contractAddress(ctx, 'og', 'InferenceHub')
    for (let i = 0; i < count; i++) {
      const from = ctx.rng.pick(this.users)
      const kind = ctx.rng.weighted([0.5, 0.3, 0.2])
      ctx.og.send({ from, to: hub, data: this.call(kind), gas: 8_000_000n })
      ctx.truth.settled.hubInferences++
    }
  }

  private call(kind: number): Hex {
    const { rng } = this.ctx
    if (kind === 0) {
      const mode = [MODE.TEE, MODE.VANILLA, MODE.ZKML][rng.weighted([0.7, 0.2, 0.1])]
      const input = [
        [
          [
            'features',
            [
              [BigInt(rng.int(1, 999_999)), 6n],
              [BigInt(rng.int(1, 999_999)), 6n],
            ],
            [1, 2],
          ],
        ],
        [['symbol', ['ETH/USDT']]],
      ]
      return encodeCall('InferenceHub', 'run', [rng.pick(ML_MODELS), mode, input])
    }
    const mode = rng.chance(0.8) ? MODE.TEE : MODE.VANILLA
    const model = rng.pick(LLM_MODELS)
    if (kind === 1) {
      const messages = [['user', `What is the capital of country #${rng.int(1, 190)}?`, '', '', []]]
      return encodeCall('InferenceHub', 'runLLMChat', [[mode, model, messages, [], '', 256, ['</s>'], 70]])
    }
    return encodeCall('InferenceHub', 'runLLMCompletion', [[mode, model, `Complete the sentence #${rng.int(1, 1000)}:`, 128, ['\n'], 50]])
  }
}
