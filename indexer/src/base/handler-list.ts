import type { BaseHandler } from './batch'
import { paymentHandler } from './payments/handler'
import { swapHandler } from './swaps/handler'
import { transferHandler } from './transfers/handler'

/**
 * The Base handlers. Each item goes to the one handler of its kind, in chain order, so the order
 * here only orders their `prepare`, which collect ids and read nothing.
 */
export const baseHandlers: readonly BaseHandler[] = [transferHandler, paymentHandler, swapHandler]
