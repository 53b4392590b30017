import { AllocationDailyUnlock, Transfer, Unlock } from '../../model'
import { logId } from '@og-explorer/common'
import { applyTransferToAccounts } from '../accounts'
import type { BaseBatch, BaseHandler } from '../batch'
import { allocationDayId, newAllocationDailyUnlock } from '../daily'
import type { OpgTransfer } from './decode'
import type { ItemHeader, ItemLog, TransferItem } from '../items'
import { circulatingChange } from '../supply'

/** An OPG transfer: the row, both balances, the day's counters, an unlock when it leaves a vesting contract or distributor. */
export function applyTransfer(batch: BaseBatch, header: ItemHeader, log: ItemLog, t: OpgTransfer): void {
  const { cache, setup } = batch
  const at = new Date(header.timestamp)
  const from = batch.account(t.from, header)
  const to = batch.account(t.to, header)
  applyTransferToAccounts(from, to, t.amount, at)
  cache.insert(Transfer, new Transfer({ id: logId(log), txHash: log.transactionHash, blockNumber: header.height, timestamp: at, from, to, amount: t.amount }))

  const day = batch.daily(header.timestamp)
  const hour = batch.hourly(header.timestamp)
  day.transfers += 1
  hour.transfers += 1
  const source = setup.unlockSources.get(t.from)
  if (source) {
    cache.insert(
      Unlock,
      new Unlock({
        id: logId(log),
        allocation: source.allocation,
        source: source.address,
        sourceKind: source.kind,
        beneficiary: t.to,
        amount: t.amount,
        timestamp: at,
        blockNumber: header.height,
        txHash: log.transactionHash,
      }),
    )
    day.unlocked += t.amount
    hour.unlocked += t.amount
    const byAllocation = cache.getOrCreate(AllocationDailyUnlock, allocationDayId(source.allocation, header.timestamp), () =>
      newAllocationDailyUnlock(source.allocation, header.timestamp),
    )
    byAllocation.amount += t.amount
    byAllocation.unlocks += 1
    cache.save(AllocationDailyUnlock, byAllocation)
  }
  batch.circulating += circulatingChange(t.from, t.to, t.amount, setup.excluded)
  day.circulatingSupply = batch.circulating
}

/** OPG transfers: asks for both accounts and, for unlocks, the allocation's day; applies them in chain order. */
export const transferHandler: BaseHandler = {
  name: 'transfers',
  kinds: ['transfer'],
  async prepare(batch, items) {
    for (const item of items as TransferItem[]) {
      batch.ids.accounts.add(item.transfer.from).add(item.transfer.to)
      const source = batch.setup.unlockSources.get(item.transfer.from)
      if (source) batch.ids.allocationDays.add(allocationDayId(source.allocation, item.header.timestamp))
    }
  },
  handle(batch, item) {
    const { header, log, transfer } = item as TransferItem
    applyTransfer(batch, header, log, transfer)
  },
}
