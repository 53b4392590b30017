import type { NetworkProfile } from '../../config/profile'
import { Delegation, Validator } from '../../model'
import type { OgBatch, OgHandler } from '../batch'
import type { RoutedLog } from '../routing'
import { applyStakingLog, delegationId, newStakingBatchState, type StakingBatchState } from './apply'
import { decodeStakingLog, MOVES_STAKE, type StakingLog } from './decode'
import { reconcileStaking } from './finish'
import { seedValidators, ValidatorListSchedule } from './seed'

function safeDecode(r: RoutedLog): StakingLog | undefined {
  try {
    return decodeStakingLog(r.log)
  } catch {
    return undefined // handle() decodes again and the error is recorded against the log
  }
}

/**
 * Staking, distribution and slashing precompiles. Logs give the events; the precompile's own view,
 * read in `finish`, is the truth about validators (tokens, status, jailing, commission) and the only
 * witness of slashes and jails, which leave no EVM log, and of validators added by governance.
 */
export function stakingHandler(_profile: NetworkProfile): OgHandler {
  let st: StakingBatchState = newStakingBatchState()
  const validatorList = new ValidatorListSchedule()
  return {
    name: 'staking',
    kinds: ['staking', 'distribution', 'slashing'],
    async prepare(batch: OgBatch, logs: RoutedLog[]) {
      st = newStakingBatchState(new Map(logs.map((r) => [r, safeDecode(r)] as const)))
      const validators = new Set<string>()
      const delegations = new Set<string>()
      for (const e of st.events.values()) {
        if (!e) continue
        for (const v of [e.validator, e.dstValidator]) {
          if (!v) continue
          validators.add(v)
          if (e.delegator && MOVES_STAKE.has(e.kind)) delegations.add(delegationId(e.delegator, v))
        }
      }
      await batch.cache.prefetch(Validator, validators)
      await batch.cache.prefetch(Delegation, delegations)
    },
    handle(batch: OgBatch, r: RoutedLog) {
      const event = st.events.get(r) ?? decodeStakingLog(r.log)
      if (event) applyStakingLog(batch, st, r, event)
    },
    async finish(batch: OgBatch) {
      // validators added without a log (proof-of-authority governance) come from the precompile's list
      await seedValidators(batch, st, validatorList)
      await reconcileStaking(batch, st)
    },
  }
}
