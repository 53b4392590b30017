import type { ChainReaders } from '../chain/chain-reader'
import type { ApiConfig } from '../config'
import type { Db } from '../db/db'
import type { HeadsReader } from '../heads'
import type { Model } from '../model/types'
import type { Loaders } from './loaders'
import type { RowBudget } from './row-budget'

/** What every resolver gets: the database, the model, the limits and this request's DataLoaders. */
export interface ApiContext {
  db: Db
  model: Model
  config: ApiConfig
  heads: HeadsReader
  loaders: Loaders
  rows: RowBudget
  /** the chains' nodes, for the pages the index cannot draw alone; null where no RPC URL is set */
  chain: ChainReaders
}
