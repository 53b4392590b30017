import type { BaseBatch } from '../batch'
import type { BaseItem, ItemHeader } from '../items'
import { applyPayment } from './payment'
import { applySwap } from './swap'
import { applyTransfer } from './transfer'

/** Applies one decoded item; handlers only touch memory, the batch writes once at the end. */
export function applyItem(batch: BaseBatch, header: ItemHeader, item: BaseItem): void {
  switch (item.kind) {
    case 'transfer':
      return applyTransfer(batch, header, item.log, item.transfer)
    case 'payment':
      return applyPayment(batch, header, item.log, item)
    case 'swap':
      return applySwap(batch, header, item.log, item.swap)
  }
}
